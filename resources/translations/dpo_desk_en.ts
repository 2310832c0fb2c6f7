<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>BackupsPage</name>
    <message numerus="yes">
        <source>%n damaged backup(s) in the folder.</source>
        <translation>
            <numerusform>%n damaged backup in the folder.</numerusform>
            <numerusform>%n damaged backups in the folder.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Automatic backup every %n hour(s) when something changed.</source>
        <translation>
            <numerusform>Automatic backup every hour when something changed.</numerusform>
            <numerusform>Automatic backup every %n hours when something changed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CaseLettersWidget</name>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>No case with these filters; without them, %Ln case(s) match “%1”.</source>
        <translation>
            <numerusform>No case with these filters; without them, %Ln case matches “%1”.</numerusform>
            <numerusform>No case with these filters; without them, %Ln cases match “%1”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln case(s)</source>
        <translation>
            <numerusform>Show %Ln case</numerusform>
            <numerusform>Show %Ln cases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln case</numerusform>
            <numerusform>%Ln cases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FiguresView</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentActions</name>
    <message numerus="yes">
        <source>%n incident(s) exported to %1.</source>
        <translation>
            <numerusform>%n incident exported to %1.</numerusform>
            <numerusform>%n incidents exported to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentRetention</name>
    <message numerus="yes">
        <source>%n closed incident register entry(ies) kept five years from awareness (Quebec, r. 3.1 s. 7) may now be removed:</source>
        <translation>
            <numerusform>%n closed incident register entry kept five years from awareness (Quebec, r. 3.1 s. 7) may now be removed:</numerusform>
            <numerusform>%n closed incident register entries kept five years from awareness (Quebec, r. 3.1 s. 7) may now be removed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n incident register entry(ies)?</source>
        <translation>
            <numerusform>Remove %n incident register entry?</numerusform>
            <numerusform>Remove %n incident register entries?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident register entry(ies) removed.</source>
        <translation>
            <numerusform>%n incident register entry removed.</numerusform>
            <numerusform>%n incident register entries removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message numerus="yes">
        <source>%n earlier request(s)</source>
        <translation>
            <numerusform>%n earlier request</numerusform>
            <numerusform>%n earlier requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Locked after %n minute without activity.</numerusform>
            <numerusform>Locked after %n minutes without activity.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegisterAndRetention</name>
    <message numerus="yes">
        <source>%Ln request(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln request exported to %1.</numerusform>
            <numerusform>%Ln requests exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — closed on %2 — %n file(s)</source>
        <translation>
            <numerusform>%1 — closed on %2 — %n file</numerusform>
            <numerusform>%1 — closed on %2 — %n files</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) would be anonymised now:</source>
        <translation>
            <numerusform>%n closed case would be anonymised now:</numerusform>
            <numerusform>%n closed cases would be anonymised now:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed case(s)?</source>
        <translation>
            <numerusform>Anonymise %n closed case?</numerusform>
            <numerusform>Anonymise %n closed cases?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) anonymised</source>
        <translation>
            <numerusform>%n case anonymised</numerusform>
            <numerusform>%n cases anonymised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) destroyed.</source>
        <translation>
            <numerusform>%n file destroyed.</numerusform>
            <numerusform>%n files destroyed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RequestIdentityDialog</name>
    <message numerus="yes">
        <source>If nothing arrives by this day, the identity step expires: you may then refuse because identity is not established. Default: %n day(s) after today (a house choice; no law fixes it).</source>
        <translation>
            <numerusform>If nothing arrives by this day, the identity step expires: you may then refuse because identity is not established. Default: %n day after today (a house choice; no law fixes it).</numerusform>
            <numerusform>If nothing arrives by this day, the identity step expires: you may then refuse because identity is not established. Default: %n days after today (a house choice; no law fixes it).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScopeTab</name>
    <message numerus="yes">
        <source>Scope saved: %n line(s) will be told in the access reply.</source>
        <translation>
            <numerusform>Scope saved: %n line will be told in the access reply.</numerusform>
            <numerusform>Scope saved: %n lines will be told in the access reply.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Too many wrong attempts. Try again in %n second.</numerusform>
            <numerusform>Too many wrong attempts. Try again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message numerus="yes">
        <source>%n document copy(ies) destroyed</source>
        <translation>
            <numerusform>%n document copy destroyed</numerusform>
            <numerusform>%n document copies destroyed</numerusform>
        </translation>
    </message>
</context>
</TS>
