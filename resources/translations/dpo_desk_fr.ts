<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>ActionDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <source>Edit a processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the data are processed (Art. 30(1)(b))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 6(1): the basis decides which rights apply (e.g. portability for consent and contract)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One per line or separated by semicolons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data s&amp;ubjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of people, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data come from (Art. 15(1)(g))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the data are kept, or the criteria (Art. 15(1)(d))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick who receives the data (Recipients page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when there is none; otherwise the logic, its consequences and how to get human review (Art. 15(1)(h), 22)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick to keep a finished activity for history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>DPO Desk cannot open its data</source>
        <translation>DPO Desk ne peut pas ouvrir ses données</translation>
    </message>
    <message>
        <source>DPO Desk cannot open its data, so it will close. Nothing was changed.</source>
        <translation>DPO Desk ne peut pas ouvrir ses données et va se fermer. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it and when, each entry sealed to the previous one (SHA-256): an entry edited, deleted or reordered outside DPO Desk breaks the chain. Times are shown in this computer&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chain again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the whole chain again from the first entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by record reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. DPO-2026-0012</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A case reference, or the number of another record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>The chain could not be checked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain has not been checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Chain intact: {0} entries, head {1}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Broken at entry {0}: it {1}. The {2} entries before it are intact; restore a backup or report the tampering.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All operations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date range is reversed: the first date is after the second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} matching entries ({1} loaded; scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} matching entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>(key, header source text)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseLettersWidget</name>
    <message>
        <source>Draft</source>
        <extracomment>Below this width the list and the preview are stacked instead of side by side.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on %1: frozen and archived with its SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;, not kept: “Generate” keeps it as a draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, sent on %2 — frozen. SHA-256 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, draft of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;, not kept — the form changed since: preview again to see the letter as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generating the letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft kept. Print it or save it, then mark it as sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Printing stopped after %1 page(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 page(s) sent to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the letter as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark “%1” as sent?

It becomes final: it can never be changed or sent again, and it is archived with its SHA-256 fingerprint
%2

To change it later, generate a new letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked as sent and archived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already sent on %1: a sent letter is final. Use “Regenerate” for a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Freeze the selected draft as sent: it is archived with its SHA-256 and can never change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafts and sent letters; a lock marks a sent letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected letter (choose the printer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected letter to a PDF file (recorded in the audit log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;egenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new draft of the same kind and language from the form; the selected letter is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render the letter from the form without keeping it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the letter as a new draft of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a kind of letter and press “Preview”, or select a kept letter to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <extracomment>(key, header source text, order key of the service or None when not sortable) The column painted as a deadline badge (the most urgent fact, shown second).</extracomment>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquer pour trier selon cette colonne</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Status and deadline</source>
        <extracomment>States reached through their own action, not through a plain transition button.</extracomment>
        <translation>Statut et échéance</translation>
    </message>
    <message>
        <source>Move the case to “%1”</source>
        <translation>Passer le dossier à « %1 »</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Proroger…</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Proroger le délai</translation>
    </message>
    <message>
        <source>Extend the period (reasons required); shows the new dates before confirming</source>
        <translation>Proroger le délai (motifs obligatoires) ; les nouvelles dates sont affichées avant confirmation</translation>
    </message>
    <message>
        <source>Identity policy warning</source>
        <translation>Avertissement sur la politique d&apos;identité</translation>
    </message>
    <message>
        <source>Not attached:
%1</source>
        <translation>Non joints :
%1</translation>
    </message>
    <message>
        <source>Select a case in the list to see it here, or press Ctrl+N to register a new request.</source>
        <translation>Sélectionnez un dossier dans la liste pour l&apos;afficher ici, ou appuyez sur Ctrl+N pour enregistrer une nouvelle demande.</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Synthèse</translation>
    </message>
    <message>
        <source>&amp;Identity</source>
        <translation>&amp;Identité</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Letters</source>
        <translation>Co&amp;urriers</translation>
    </message>
    <message>
        <source>Case details</source>
        <translation>Détail du dossier</translation>
    </message>
</context>
<context>
    <name>CasesPage</name>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Search by name, e-mail, reference or notes (Ctrl+F)</source>
        <translation>Rechercher par nom, e-mail, référence ou notes (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Accents are ignored: “lefevre” finds “Lefèvre”</source>
        <translation>Les accents sont ignorés : « lefevre » trouve « Lefèvre »</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Dashboard queue</source>
        <translation>File du tableau de bord</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show cases in this status</source>
        <translation>Afficher les dossiers dans ce statut</translation>
    </message>
    <message>
        <source>Right filter</source>
        <translation>Filtre de droit</translation>
    </message>
    <message>
        <source>Show cases about this right</source>
        <translation>Afficher les dossiers portant sur ce droit</translation>
    </message>
    <message>
        <source>Jurisdiction filter</source>
        <translation>Filtre de juridiction</translation>
    </message>
    <message>
        <source>Show cases under this law</source>
        <translation>Afficher les dossiers relevant de ce droit applicable</translation>
    </message>
    <message>
        <source>Deadline filter</source>
        <translation>Filtre d&apos;échéance</translation>
    </message>
    <message>
        <source>Show cases due in this window</source>
        <translation>Afficher les dossiers arrivant à échéance dans cette période</translation>
    </message>
    <message>
        <source>All queues</source>
        <translation>Toutes les files</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Dossiers en cours</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All rights</source>
        <translation>Tous les droits</translation>
    </message>
    <message>
        <source>All jurisdictions</source>
        <translation>Toutes les juridictions</translation>
    </message>
    <message>
        <source>Any deadline</source>
        <translation>Toute échéance</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Due within 30 days</source>
        <translation>Échéance sous 30 jours</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <source>Show these cases in the case list</source>
        <extracomment>Accent colour of each counter (the number is in words next to it as well). Stable colours per right in the chart (the legend names them).</extracomment>
        <translation>Afficher ces dossiers dans la liste</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong inside DPO Desk. Nothing you typed was lost: the window you were working in is still open.</source>
        <translation>Une erreur interne s&apos;est produite dans DPO Desk. Rien de ce que vous avez saisi n&apos;est perdu : la fenêtre dans laquelle vous travailliez est toujours ouverte.</translation>
    </message>
    <message>
        <source>(no report file could be written)</source>
        <translation>(aucun rapport n&apos;a pu être enregistré)</translation>
    </message>
    <message>
        <source>Error: %1
A report was saved in: %2</source>
        <translation>Erreur : %1
Un rapport a été enregistré dans : %2</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Action impossible</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Aujourd&apos;hui, %1</translation>
    </message>
    <message>
        <source>Requests received per month, by right</source>
        <translation>Demandes reçues par mois, par droit</translation>
    </message>
    <message>
        <source>Coming deadlines (double-click to open)</source>
        <translation>Prochaines échéances (double-cliquer pour ouvrir)</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Coming deadlines</source>
        <translation>Prochaines échéances</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>no deadline</source>
        <extracomment>Model role carrying the :class:`Urgency` of a row (the badge colour). Background and text colours of each badge (WCAG AA contrast on white text).</extracomment>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation>%1 · clos</translation>
    </message>
    <message>
        <source>%1 · clock paused</source>
        <translation>%1 · délai suspendu</translation>
    </message>
    <message>
        <source>%1 · 1 day late</source>
        <translation>%1 · 1 jour de retard</translation>
    </message>
    <message>
        <source>%1 · %2 days late</source>
        <translation>%1 · %2 jours de retard</translation>
    </message>
    <message>
        <source>%1 · due tomorrow</source>
        <translation>%1 · échéance demain</translation>
    </message>
    <message>
        <source>%1 · in %2 days</source>
        <translation>%1 · dans %2 jours</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · échéance aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>DeathActionDialog</name>
    <message>
        <source>Record an action — {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done for the heirs&apos; or executor&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for &quot;data communicated&quot; and &quot;other&quot;: what, to whom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <source>Post-mortem directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register a post-mortem directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person who gives the directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used to find the directive when a death is notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tells two people with the same name apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the directive was received by the organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the person wants done with their data after death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which data the directive covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The directive&apos;s words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Designated person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who executes the directive (required to communicate the data); without one, the heirs may (Loi 78-17 art. 85 I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated person&apos;s &amp;contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence of specific &amp;consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: how the person gave specific consent to this directive (signed form, dedicated online box). Accepting general terms is not enough (Loi 78-17 art. 85 I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A particular directive needs the person&apos;s specific consent, not mere acceptance of terms (Loi 78-17 art. 85 I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent evidence: required. Say how the person gave specific consent (Loi 78-17 art. 85 I).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectivesPage</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Designated person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No, in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-mortem directives</source>
        <translation>Directives post mortem</translation>
    </message>
    <message>
        <source>Directives registered with us</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Particular directives concern the data we hold; they need the person&apos;s specific consent and can be revoked at any time (Loi 78-17 art. 85 I).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the person (accents and capitals ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find directives: name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find directives: e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find directives of a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by full name (&quot;elodie lefevre&quot; finds &quot;Élodie Lefèvre&quot;) or e-mail, revoked directives included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the search and list every directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register a directive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a particular directive with the evidence of the person&apos;s specific consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected directive. To change a directive, revoke it and register the new one: consent is given to a precise text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark the selected directive revoked; it is kept, never executed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified → actions recorded → heirs answered → death certificate and proof of capacity purged. Without directives, heirs may ask only what the succession needs and that the death be taken into account (art. 85 II).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notify a death…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a post-mortem case, mark the person deceased and find their directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record an &amp;action…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record what was done (accounts closed, data communicated…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heirs were told what was done, at no cost (art. 85)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Purge evidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the death certificate and proof of capacity once the heirs are answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, evidence purged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered on {0}; evidence to purge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} action(s) recorded; to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified; no action yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence not received: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} directive(s) found for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No directive found for this person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a directive first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a death notification first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive of {0} registered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This directive was already revoked on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directive of {0} revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death of {0} recorded: case {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heirs of {0} answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destroy the death certificate and proof of capacity of {0}? This cannot be undone; the facts and the audit trail remain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evidence purged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Documents of the case</source>
        <translation>Documents du dossier</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Joindre des fichiers…</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>PDF, PNG, JPEG or plain text, up to 25 MB each</source>
        <translation>PDF, PNG, JPEG ou texte brut, 25 Mo maximum par fichier</translation>
    </message>
    <message>
        <source>Tip: drop files here to attach them. Identity document copies are destroyed as soon as identity is verified.</source>
        <translation>Astuce : déposez des fichiers ici pour les joindre. Les copies de pièces d&apos;identité sont détruites dès que l&apos;identité est vérifiée.</translation>
    </message>
    <message>
        <source>(destroyed %1)</source>
        <translation>(détruit le %1)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attention : %1</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline — %1</source>
        <translation>Proroger le délai — %1</translation>
    </message>
    <message>
        <source>The period can be extended once, by the extra time the law allows, if the request is complex or numerous. The person must be told, with the reasons, before the first deadline.</source>
        <translation>Le délai peut être prorogé une fois, de la durée supplémentaire prévue par la loi, lorsque la demande est complexe ou que les demandes sont nombreuses. La personne doit en être informée, avec les motifs, avant la première échéance.</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>&amp;Decided on:</source>
        <translation>&amp;Décidée le :</translation>
    </message>
    <message>
        <source>Why more time is needed (quoted in the notice)</source>
        <translation>Pourquoi un délai supplémentaire est nécessaire (repris dans la notification)</translation>
    </message>
    <message>
        <source>Reasons for the extension</source>
        <translation>Motifs de la prorogation</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs :</translation>
    </message>
    <message>
        <source>Extended deadline</source>
        <translation>Délai prorogé</translation>
    </message>
    <message>
        <source>Notice deadline</source>
        <translation>Date limite de notification</translation>
    </message>
    <message>
        <source>Current deadline:</source>
        <translation>Échéance actuelle :</translation>
    </message>
    <message>
        <source>Extended deadline:</source>
        <translation>Délai prorogé :</translation>
    </message>
    <message>
        <source>Notify the person by:</source>
        <translation>Informer la personne au plus tard le :</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Proroger le délai</translation>
    </message>
    <message>
        <source>This jurisdiction has no extension.</source>
        <translation>Ce droit applicable ne prévoit pas de prorogation.</translation>
    </message>
    <message>
        <source>The reasons are required: they go in the notice to the person (GDPR Art. 12(3)).</source>
        <translation>Les motifs sont obligatoires : ils figurent dans la notification adressée à la personne (RGPD art. 12(3)).</translation>
    </message>
</context>
<context>
    <name>FailIdentityDialog</name>
    <message>
        <source>Identity not established — %1</source>
        <translation>Identité non établie — %1</translation>
    </message>
    <message>
        <source>Record why the identity could not be established. You may then refuse the request (GDPR Art. 12(2) and 11(2)).</source>
        <translation>Indiquez pourquoi l&apos;identité n&apos;a pas pu être établie. Vous pourrez ensuite refuser la demande (RGPD art. 12(2) et 11(2)).</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Record failure</source>
        <translation>Enregistrer l&apos;échec</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DPO Desk</source>
        <translation>Bienvenue dans DPO Desk</translation>
    </message>
    <message>
        <source>This data directory is empty. You can explore DPO Desk with a demonstration organisation (a French online jeweller and a few dozen requests), or start with your own organisation.</source>
        <translation>Ce dossier de données est vide. Vous pouvez découvrir DPO Desk avec un organisme de démonstration (un bijoutier en ligne français et quelques dizaines de demandes), ou commencer avec votre propre organisme.</translation>
    </message>
    <message>
        <source>Load the &amp;demonstration data</source>
        <translation>Charger les données de &amp;démonstration</translation>
    </message>
    <message>
        <source>Describe my &amp;organisation…</source>
        <translation>Décrire mon &amp;organisme…</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected error ({0}); nothing was saved. See the log.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>&amp;Request information…</source>
        <translation>&amp;Demander des informations…</translation>
    </message>
    <message>
        <source>Ask the requester for information to confirm who they are; the deadline is suspended meanwhile</source>
        <translation>Demander au demandeur des informations pour confirmer son identité ; le délai est suspendu dans l&apos;intervalle</translation>
    </message>
    <message>
        <source>Information &amp;received…</source>
        <translation>Informations &amp;reçues…</translation>
    </message>
    <message>
        <source>The requested information arrived: the deadline runs again</source>
        <translation>Les informations demandées sont arrivées : le délai reprend</translation>
    </message>
    <message>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <source>Record how identity was established</source>
        <translation>Indiquer comment l&apos;identité a été établie</translation>
    </message>
    <message>
        <source>&amp;Failed…</source>
        <translation>É&amp;chec…</translation>
    </message>
    <message>
        <source>Identity could not be established</source>
        <translation>L&apos;identité n&apos;a pas pu être établie</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Reason for the doubt</source>
        <translation>Motif du doute</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation>Vérifications d&apos;identité</translation>
    </message>
    <message>
        <source>Identity verified. Any identity document copy was destroyed; only the facts below are kept.</source>
        <translation>Identité vérifiée. Toute copie de pièce d&apos;identité a été détruite ; seuls les éléments ci-dessous sont conservés.</translation>
    </message>
    <message>
        <source>Waiting for the requester&apos;s answer: the deadline is suspended.</source>
        <translation>En attente de la réponse du demandeur : le délai est suspendu.</translation>
    </message>
    <message>
        <source>No identity check yet. Verify directly when the requester is clearly identified; ask for information only on a reasonable doubt.</source>
        <translation>Aucune vérification d&apos;identité pour l&apos;instant. Vérifiez directement si le demandeur est clairement identifié ; ne demandez des informations qu&apos;en cas de doute raisonnable.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>&amp;Adresse postale :</translation>
    </message>
    <message>
        <source>Already known (check before creating a duplicate):</source>
        <translation>Personnes déjà connues (à vérifier avant de créer un doublon) :</translation>
    </message>
    <message>
        <source>&amp;Use this person</source>
        <translation>&amp;Utiliser cette personne</translation>
    </message>
    <message>
        <source>New &amp;person</source>
        <translation>Nouvelle &amp;personne</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation>Re&amp;çue le :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>&amp;Canal :</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction:</source>
        <translation>&amp;Juridiction :</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes :</translation>
    </message>
    <message>
        <source>Deadline (computed before saving)</source>
        <translation>Échéance (calculée avant l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>Attachments (drop files here)</source>
        <translation>Pièces jointes (déposez les fichiers ici)</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Right: %1</source>
        <translation>Droit : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Known people</source>
        <translation>Personnes connues</translation>
    </message>
    <message>
        <source>Use this person</source>
        <translation>Utiliser cette personne</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Date and time received</source>
        <translation>Date et heure de réception</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Remove file</source>
        <translation>Retirer le fichier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>How the deadline is computed</source>
        <translation>Comment l&apos;échéance est calculée</translation>
    </message>
    <message>
        <source>When the request reached the organisation (the day of receipt is not counted)</source>
        <translation>Date à laquelle la demande est parvenue à l&apos;organisme (le jour de réception n&apos;est pas compté)</translation>
    </message>
    <message>
        <source>The law whose deadline applies</source>
        <translation>Le droit dont le délai s&apos;applique</translation>
    </message>
    <message>
        <source>PDF, PNG, JPEG or plain text, up to 25 MB each</source>
        <translation>PDF, PNG, JPEG ou texte brut, 25 Mo maximum par fichier</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier request(s)</source>
        <translation>
            <numerusform>%n demande antérieure</numerusform>
            <numerusform>%n demandes antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>Filed under the known person: %1</source>
        <translation>Rattachée à la personne connue : %1</translation>
    </message>
    <message>
        <source>Loading the organisation profile…</source>
        <translation>Chargement du profil de l&apos;organisme…</translation>
    </message>
    <message>
        <source>No deadline: %1</source>
        <translation>Pas d&apos;échéance : %1</translation>
    </message>
    <message>
        <source>Reply due by %1</source>
        <translation>Réponse due au plus tard le %1</translation>
    </message>
    <message>
        <source>If extended: %1 (notice to the person by %2).</source>
        <translation>En cas de prorogation : %1 (à notifier à la personne au plus tard le %2).</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Non joints :</translation>
    </message>
    <message>
        <source>Tick at least one right.</source>
        <translation>Cochez au moins un droit.</translation>
    </message>
    <message>
        <source>The requester&apos;s name is required.</source>
        <translation>Le nom du demandeur est obligatoire.</translation>
    </message>
    <message>
        <source>Case %1 was saved, but these files were not attached (attach them from the Documents tab):
%2</source>
        <translation>Le dossier %1 a été enregistré, mais ces fichiers n&apos;ont pas été joints (joignez-les depuis l&apos;onglet Documents) :
%2</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rectification</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Effacement</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Limitation</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Opposition</translation>
    </message>
    <message>
        <source>Objection to marketing</source>
        <translation>Opposition à la prospection</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Portabilité</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Retrait du consentement</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Intervention humaine</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Réclamation</translation>
    </message>
    <message>
        <source>Post-mortem request</source>
        <translation>Demande post mortem</translation>
    </message>
    <message>
        <source>Copy of safeguards</source>
        <translation>Copie des garanties</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Identité en attente</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Délai prorogé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusée</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Forwarded</source>
        <translation>Transmise</translation>
    </message>
    <message>
        <source>Ask for identity</source>
        <extracomment>The verb on the button that moves a case to a state.</extracomment>
        <translation>Demander l&apos;identité</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Commencer le traitement</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Marquer comme répondue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Enregistrer le désistement</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transmettre</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>In store</source>
        <translation>En magasin</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Formulaire web</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Échéance cette semaine</translation>
    </message>
    <message>
        <source>Extension notices due</source>
        <translation>Prorogations à notifier</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Suspendues</translation>
    </message>
    <message>
        <source>E-mail matches the account</source>
        <translation>E-mail identique à celui du compte</translation>
    </message>
    <message>
        <source>Signed in to the customer account</source>
        <translation>Connexion au compte client</translation>
    </message>
    <message>
        <source>Identity document</source>
        <translation>Pièce d&apos;identité</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Vérifiée</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Manifestly unfounded</source>
        <translation>Manifestement infondée</translation>
    </message>
    <message>
        <source>Excessive (repetitive)</source>
        <translation>Excessive (répétitive)</translation>
    </message>
    <message>
        <source>Identity not established</source>
        <translation>Identité non établie</translation>
    </message>
    <message>
        <source>Legal exemption</source>
        <translation>Exception légale</translation>
    </message>
    <message>
        <source>Request registered</source>
        <translation>Demande enregistrée</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Changement de statut</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Délai prorogé</translation>
    </message>
    <message>
        <source>Identity information requested</source>
        <translation>Informations d&apos;identité demandées</translation>
    </message>
    <message>
        <source>Identity information received</source>
        <translation>Informations d&apos;identité reçues</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identité vérifiée</translation>
    </message>
    <message>
        <source>Document attached</source>
        <translation>Document joint</translation>
    </message>
    <message>
        <source>Document viewed</source>
        <translation>Document consulté</translation>
    </message>
    <message>
        <source>Document destroyed</source>
        <translation>Document détruit</translation>
    </message>
    <message>
        <source>Letter generated</source>
        <translation>Courrier généré</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Courrier envoyé</translation>
    </message>
    <message>
        <source>Deadline suspended</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Extension period</source>
        <translation>Période de prorogation</translation>
    </message>
    <message>
        <source>Attachment</source>
        <translation>Pièce jointe</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Identity evidence</source>
        <translation>Justificatif d&apos;identité</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Acte de décès</translation>
    </message>
    <message>
        <source>Proof of capacity</source>
        <translation>Justificatif de qualité</translation>
    </message>
</context>
<context>
    <name>LetterForm</name>
    <message>
        <source>Manifestly unfounded</source>
        <extracomment>Short names of the refusal grounds for the combo (the letter&apos;s wording is the tooltip).</extracomment>
        <translation>Manifestement infondée</translation>
    </message>
    <message>
        <source>Excessive (repetitive)</source>
        <translation>Excessive (répétitive)</translation>
    </message>
    <message>
        <source>Identity not established</source>
        <translation>Identité non établie</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal obligation to keep the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compelling legitimate grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights and freedoms of others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other (explain below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of the data (JSON or CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data copy (*.json *.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The letter&apos;s language; the default is the organisation&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Free paragraph:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed where the template has [[free_text]]; leave empty for none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data &amp;copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional JSON or CSV file with the data extracted from your systems (columns section, field, value), printed as an annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Actions done:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action per line; empty: the usual sentence for each right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grou&amp;nd:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground of refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ground quoted in the letter (hover an item for its wording)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xplanation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation of the refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the ground applies here, in the letter&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a paragraph of your own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file: only the case&apos;s own data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a data copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the JSON or CSV file to print as an annex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the data copy file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print no data copy besides the case&apos;s own data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy in the data folder is used for new letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The template shipped with DPO Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — your copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — shipped version (read only): press “Edit template” to make your own copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing your copy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rendering the sample letter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the shipped version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your edited copy of “%1” (%2)? New letters will use the shipped template again. Letters already generated do not change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shipped version restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter te&amp;mplates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Courrier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each kind of letter in each language; “Edited” means your copy is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters of every case, newest first; press Enter to open the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the shipped template into your data folder and edit the copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore shipped version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore shipped version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your copy; the shipped template applies again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the case of the selected letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a template and press “Preview with sample data” to see a letter made with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>DPO Desk</source>
        <translation>DPO Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Aller à</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Nouvelle demande…</translation>
    </message>
    <message>
        <source>Register a request or a complaint (Ctrl+N)</source>
        <translation>Enregistrer une demande ou une réclamation (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Find a case</source>
        <translation>&amp;Rechercher un dossier</translation>
    </message>
    <message>
        <source>&amp;Print the case&apos;s letters…</source>
        <translation>&amp;Imprimer les courriers du dossier…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Next case</source>
        <translation>Dossier &amp;suivant</translation>
    </message>
    <message>
        <source>&amp;Previous case</source>
        <translation>Dossier &amp;précédent</translation>
    </message>
    <message>
        <source>&amp;About DPO Desk</source>
        <translation>À &amp;propos de DPO Desk</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Open a case first.</source>
        <translation>Ouvrez d&apos;abord un dossier.</translation>
    </message>
    <message>
        <source>About DPO Desk</source>
        <translation>À propos de DPO Desk</translation>
    </message>
    <message>
        <source>DPO Desk %1
Requests, deadlines, registers and letters for a Data Protection Officer. Your data stays on this computer.</source>
        <translation>DPO Desk %1
Demandes, échéances, registres et courriers pour le délégué à la protection des données. Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l&apos;instant</translation>
    </message>
    <message>
        <source>No successful backup is recorded for this data directory.</source>
        <translation>Aucune sauvegarde réussie n&apos;est enregistrée pour ce dossier de données.</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
</context>
<context>
    <name>NotifyDeathDialog</name>
    <message>
        <source>Notify a death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deceased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name of the deceased person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deceased&apos;s &amp;e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps find the customer record and directives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of dea&amp;th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notified &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the notification was received: the case&apos;s receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who notifies the death</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heir, person designated in the directives, or notary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifier&apos;s con&amp;tact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without directives, heirs may ask only what the succession needs and that the death be taken into account (Loi 78-17 art. 85 II)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death certi&amp;ficate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Acte de décès</translation>
    </message>
    <message>
        <source>Evidence, purged once the heirs are answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Proof of capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proof of capacity</source>
        <translation>Justificatif de qualité</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>OrganisationDialog</name>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisme</translation>
    </message>
    <message>
        <source>These details appear on letters and set the default law for deadlines. You can change them later in Settings.</source>
        <translation>Ces informations figurent sur les courriers et déterminent le droit applicable par défaut aux délais. Vous pourrez les modifier plus tard dans les Paramètres.</translation>
    </message>
    <message>
        <source>Organisation &amp;name:</source>
        <translation>&amp;Nom de l&apos;organisme :</translation>
    </message>
    <message>
        <source>&amp;DPO name:</source>
        <translation>Nom du &amp;DPO :</translation>
    </message>
    <message>
        <source>DPO &amp;e-mail:</source>
        <translation>&amp;E-mail du DPO :</translation>
    </message>
    <message>
        <source>Default &amp;jurisdiction:</source>
        <translation>&amp;Juridiction par défaut :</translation>
    </message>
    <message>
        <source>Letters &amp;language:</source>
        <translation>&amp;Langue des courriers :</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>OverviewTab</name>
    <message>
        <source>Reference:</source>
        <translation>Référence :</translation>
    </message>
    <message>
        <source>Requester:</source>
        <translation>Demandeur :</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Coordonnées :</translation>
    </message>
    <message>
        <source>Rights exercised:</source>
        <translation>Droits exercés :</translation>
    </message>
    <message>
        <source>Channel:</source>
        <translation>Canal :</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Reçue le :</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Statut :</translation>
    </message>
    <message>
        <source>Jurisdiction:</source>
        <translation>Juridiction :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Extension notice by:</source>
        <translation>Notifier une prorogation avant le :</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Prorogation :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Issue :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>How the deadline was computed</source>
        <translation>Comment l&apos;échéance a été calculée</translation>
    </message>
    <message>
        <source>Decided on %1, new deadline %2. Reasons: %3</source>
        <translation>Décidée le %1, nouvelle échéance le %2. Motifs : %3</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>Non prorogé</translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Répondue le %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>No document to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown (error %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt PDF is not installed, so the letter opened in your PDF viewer. Its temporary copy (readable by you only) is deleted when DPO Desk closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt PDF is not installed and no PDF viewer could be started. Use “Save as PDF” to keep the letter and open it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document viewer message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (kept for history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30(1)). An access reply draws purposes, categories, recipients, retention, source and automated decisions from it (Art. 15(1)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import activities from CSV or JSON; a refused file changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Select an activity to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (third country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReceiveIdentityDialog</name>
    <message>
        <source>Information received — %1</source>
        <translation>Informations reçues — %1</translation>
    </message>
    <message>
        <source>The requested information arrived: the deadline runs again from this day.</source>
        <translation>Les informations demandées sont arrivées : le délai reprend à compter de ce jour.</translation>
    </message>
    <message>
        <source>Date the information arrived</source>
        <translation>Date d&apos;arrivée des informations</translation>
    </message>
    <message>
        <source>&amp;Arrived on:</source>
        <translation>&amp;Arrivées le :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
</context>
<context>
    <name>RecipientDialog</name>
    <message>
        <source>Edit a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The department, processor or third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal department, processor (Art. 28) or third party</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service provided or why it receives data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-letter ISO code (FR, US, MA…); outside the EEA, a transfer safeguard is needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecipientsPage</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third country?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safeguard expired on {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid before {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy status never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy checked more than a year ago ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No safeguard document recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Third country with no transfer safeguard recorded (GDPR Chapter V)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No (EEA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes — outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ None recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, never checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}, checked {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (expired)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>Destinataires et transferts</translation>
    </message>
    <message>
        <source>Who receives personal data (GDPR Art. 30(1)(d)) and, outside the EEA, the safeguard of each transfer (Chapter V). An access reply lists them (Art. 15(1)(c) and 15(2)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recipient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected recipient, its transfers and its links to processing activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recipients and transfers from a CSV or JSON file; a refused file changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recipients and transfers to CSV or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a transfer of the selected recipient to a third country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit t&amp;ransfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tra&amp;nsfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers of the selected recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Select a recipient to see its transfers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} — {1}
Processing activities: {2}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient {0} added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient {0} saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete {0}, its {1} transfer(s) and its links to processing activities? Replies already sent keep what they disclosed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipient {0} deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to {0} recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a transfer first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the transfer to {0}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RequestIdentityDialog</name>
    <message>
        <source>Request identity information — %1</source>
        <translation>Demander des informations d&apos;identité — %1</translation>
    </message>
    <message>
        <source>Ask only when there is a reasonable doubt about who is asking (GDPR Art. 12(6)). The deadline is suspended until the answer arrives.</source>
        <translation>Ne demandez des informations qu&apos;en cas de doute raisonnable sur l&apos;identité du demandeur (RGPD art. 12(6)). Le délai est suspendu jusqu&apos;à la réponse.</translation>
    </message>
    <message>
        <source>Reason for the doubt</source>
        <translation>Motif du doute</translation>
    </message>
    <message>
        <source>Why is the identity in doubt? (kept in the case)</source>
        <translation>Pourquoi l&apos;identité est-elle douteuse ? (conservé dans le dossier)</translation>
    </message>
    <message>
        <source>Reason for the &amp;doubt:</source>
        <translation>Motif du &amp;doute :</translation>
    </message>
    <message>
        <source>Ask for a copy of an identity document</source>
        <translation>Demander une copie d&apos;une pièce d&apos;identité</translation>
    </message>
    <message>
        <source>The CNIL allows it only on a reasonable doubt, never systematically; the copy is destroyed once identity is verified.</source>
        <translation>La CNIL ne l&apos;admet qu&apos;en cas de doute raisonnable, jamais de façon systématique ; la copie est détruite une fois l&apos;identité vérifiée.</translation>
    </message>
    <message>
        <source>Date of the request</source>
        <translation>Date de la demande</translation>
    </message>
    <message>
        <source>&amp;Asked on:</source>
        <translation>Demandé &amp;le :</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Demander des informations</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the directive of {0} registered on {1}? It stays in the register, marked revoked, and is never executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the person revoked the directive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the revocation was received</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Organisation &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City (for letters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DPO&apos;s postal address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default rule set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two-month extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day of receipt read in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saturday in Quebec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic backup every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier of both readings (default, safe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A: receipt + 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>B: first deadline + 2 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspends the period (France, default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarts the period when it arrives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s time zone (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A working day (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A holiday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proportionate: a document only on a recorded doubt (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: always ask (warned each time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GDPR Art. 12(3) allows &quot;two further months&quot; without saying from when. DPO Desk computes both readings and keeps the earlier, each rolled to a working day: never later than either (law.md, contested points).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading A: the extended period ends three months after receipt (Reg. 1182/71 Art. 3 counting).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading B: two months are added to the first deadline. Can be later than A when the first deadline was rolled over a weekend or holiday.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While requested identity information is awaited the period is suspended; the paused days are added before rolling (décret 2019-536).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts again when the information arrives (ICO practice before the Data (Use and Access) Act 2025).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;The day of receipt&quot; is read in the organisation&apos;s zone (Europe/Paris for France). Alternatives: the subject&apos;s zone, or UTC (contested; law.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day of receipt is read in UTC: a request at 00:30 in Paris is received the day before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Interpretation Act (CQLR I-16 s. 61(23)) does not list Saturday: a deadline may fall on a Saturday (default).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some sectoral rules treat Saturday as a holiday: a deadline on a Saturday moves to the next working day (contested).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for an identity document only where a reasonable doubt is recorded (GDPR Art. 12(6)). </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking every requester for a document is contrary to the CNIL&apos;s position; each request carries a warning. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation and DPO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines and contested points of law</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups, locking, retention, language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 turns automatic backups off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days a closed case is kept before it is anonymised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data directory&apos;s backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MiB; a copy is kept in the data directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save every setting in one audited change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nothing was saved: {0} field(s) to correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No logo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Fields {…}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Values filled in from the case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocks [[…]]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists and tables the letter engine writes; a block stands alone on its line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed fields and blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert at the cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First line: the subject. Blank line: new paragraph. “- ” starts a bullet, **bold** is the only formatting. Lines starting with # are comments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else in braces prints as typed. Only your copy in the data folder is edited; the shipped template stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished">&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save your copy of the template (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview with sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Render a sample letter with the text above, saved or not</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineTab</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Timeline of the case</source>
        <translation>Historique du dossier</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>du %1</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <source>(still running)</source>
        <translation>(en cours)</translation>
    </message>
    <message>
        <source>(destroyed)</source>
        <translation>(détruit)</translation>
    </message>
    <message>
        <source>Rights: %1; due %2</source>
        <translation>Droits : %1 ; échéance le %2</translation>
    </message>
    <message numerus="yes">
        <source>%n document copy(ies) destroyed</source>
        <translation>
            <numerusform>%n copie de document détruite</numerusform>
            <numerusform>%n copies de document détruites</numerusform>
        </translation>
    </message>
    <message>
        <source>Asked on %1 — %2</source>
        <translation>Demandé le %1 — %2</translation>
    </message>
    <message>
        <source>Received on %1; deadline now %2</source>
        <translation>Reçu le %1 ; nouvelle échéance le %2</translation>
    </message>
    <message>
        <source>New deadline %1 — %2</source>
        <translation>Nouvelle échéance le %1 — %2</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third country the data goes to (two-letter ISO code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partially adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not adequate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adequacy status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As read on the European Commission&apos;s list of adequacy decisions (GDPR Art. 45)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adequacy c&amp;hecked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day the Commission&apos;s list was read; check again every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Safeguard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Chapter V tool that covers the transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not SCC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 1: controller to controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 2: controller to processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 3: processor to processor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module 4: processor to controller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SCC &amp;module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard contractual clauses of Decision 2021/914 come in four modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed clauses, the decision, the BCR approval: what a person may ask a copy of (Art. 15(2))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty when the safeguard has no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransitionDialog</name>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Case %1 (%2) will move from “%3” to “%4”. This cannot be undone: the change is recorded in the audit log.</source>
        <translation>Le dossier %1 (%2) passera de « %3 » à « %4 ». Cette action est irréversible : le changement est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Ground for refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>&amp;Ground for refusal:</source>
        <translation>&amp;Motif du refus :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required: how the person withdrew, or to whom the request went</source>
        <translation>Obligatoire : comment la personne s&apos;est désistée, ou à qui la demande a été transmise</translation>
    </message>
    <message>
        <source>Optional note</source>
        <translation>Note facultative</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Please give the reason first.</source>
        <translation>Indiquez d&apos;abord le motif.</translation>
    </message>
</context>
<context>
    <name>VerifyIdentityDialog</name>
    <message>
        <source>Verify identity — %1</source>
        <translation>Vérifier l&apos;identité — %1</translation>
    </message>
    <message>
        <source>Record how the identity was established. Any copy of an identity document attached to the case is destroyed now; only these facts are kept.</source>
        <translation>Indiquez comment l&apos;identité a été établie. Toute copie de pièce d&apos;identité jointe au dossier est détruite maintenant ; seuls ces éléments sont conservés.</translation>
    </message>
    <message>
        <source>Verification method</source>
        <translation>Méthode de vérification</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>e.g. passport, identity card</source>
        <translation>par ex. passeport, carte d&apos;identité</translation>
    </message>
    <message>
        <source>Kind of document seen</source>
        <translation>Type de document présenté</translation>
    </message>
    <message>
        <source>&amp;Document seen:</source>
        <translation>&amp;Document présenté :</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Optional</source>
        <translation>Facultatif</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Note :</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
</context>
</TS>
