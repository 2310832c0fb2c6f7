<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>CasesPage</name>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n case</numerusform>
            <numerusform>%n cases</numerusform>
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
