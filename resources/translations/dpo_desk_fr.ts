<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About DPO Desk</source>
        <translation>À propos de DPO Desk</translation>
    </message>
    <message>
        <source>Requests, deadlines, registers and letters for a Data Protection Officer. Your data stays on this computer.</source>
        <translation>Demandes, échéances, registres et courriers pour le délégué à la protection des données (DPO). Vos données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Data directory</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Bundled software and fonts</source>
        <translation>Logiciels et polices inclus</translation>
    </message>
</context>
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
        <translation>Modifier un traitement</translation>
    </message>
    <message>
        <source>Add a processing activity</source>
        <translation>Ajouter un traitement</translation>
    </message>
    <message>
        <source>Each text has an English (EN) and a French (FR) field: letters use the text of their language, and the other one when it is empty.</source>
        <translation>Chaque texte a un champ anglais (EN) et un champ français (FR) : les courriers emploient le texte de leur langue, et l&apos;autre s&apos;il est vide.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Purposes</source>
        <translation>&amp;Finalités</translation>
    </message>
    <message>
        <source>Why the data are processed (Art. 30(1)(b))</source>
        <translation>Pourquoi les données sont traitées (art. 30(1)(b))</translation>
    </message>
    <message>
        <source>&amp;Legal basis</source>
        <translation>&amp;Base légale</translation>
    </message>
    <message>
        <source>GDPR Art. 6(1): the basis decides which rights apply (e.g. portability for consent and contract)</source>
        <translation>RGPD art. 6(1) : la base légale détermine les droits applicables (p. ex. la portabilité pour le consentement et le contrat)</translation>
    </message>
    <message>
        <source>&amp;Data categories</source>
        <translation>&amp;Catégories de données</translation>
    </message>
    <message>
        <source>One per line or separated by semicolons</source>
        <translation>Une par ligne ou séparées par des points-virgules</translation>
    </message>
    <message>
        <source>Data s&amp;ubjects</source>
        <translation>&amp;Personnes concernées</translation>
    </message>
    <message>
        <source>Categories of people, one per line</source>
        <translation>Catégories de personnes, une par ligne</translation>
    </message>
    <message>
        <source>&amp;Sources</source>
        <translation>&amp;Sources</translation>
    </message>
    <message>
        <source>Where the data come from (Art. 15(1)(g))</source>
        <translation>Origine des données (art. 15(1)(g))</translation>
    </message>
    <message>
        <source>&amp;Retention</source>
        <translation>&amp;Durée de conservation</translation>
    </message>
    <message>
        <source>How long the data are kept, or the criteria (Art. 15(1)(d))</source>
        <translation>Durée de conservation des données, ou les critères pour la déterminer (art. 15(1)(d))</translation>
    </message>
    <message>
        <source>Re&amp;cipients</source>
        <translation>D&amp;estinataires</translation>
    </message>
    <message>
        <source>Tick who receives the data (Recipients page)</source>
        <translation>Cochez les destinataires des données (page Destinataires)</translation>
    </message>
    <message>
        <source>&amp;Automated decision</source>
        <translation>Décision &amp;automatisée</translation>
    </message>
    <message>
        <source>Leave empty when there is none; otherwise what is decided and how to get human review (Art. 22)</source>
        <translation>Laisser vide s&apos;il n&apos;y en a pas ; sinon, ce qui est décidé et comment obtenir l&apos;intervention d&apos;une personne (art. 22)</translation>
    </message>
    <message>
        <source>Its lo&amp;gic</source>
        <translation>Sa lo&amp;gique</translation>
    </message>
    <message>
        <source>The procedure and principles actually applied, in words the person understands (Art. 15(1)(h); CJEU C-203/22)</source>
        <translation>La procédure et les principes effectivement appliqués, en des termes compréhensibles par la personne (art. 15.1.h ; CJUE C-203/22)</translation>
    </message>
    <message>
        <source>Its significa&amp;nce</source>
        <translation>Sa portée (&amp;importance)</translation>
    </message>
    <message>
        <source>What the decision decides for the person (Art. 15(1)(h))</source>
        <translation>Ce que la décision tranche pour la personne (art. 15.1.h)</translation>
    </message>
    <message>
        <source>Its c&amp;onsequences</source>
        <translation>Ses c&amp;onséquences</translation>
    </message>
    <message>
        <source>The envisaged consequences for the person (Art. 15(1)(h))</source>
        <translation>Les conséquences envisagées pour la personne (art. 15.1.h)</translation>
    </message>
    <message>
        <source>&amp;Register (Art. 30)</source>
        <translation>&amp;Registre (art. 30)</translation>
    </message>
    <message>
        <source>%1 (English)</source>
        <translation>%1 (anglais)</translation>
    </message>
    <message>
        <source>%1 (French)</source>
        <translation>%1 (français)</translation>
    </message>
    <message>
        <source>empty: the English text is used</source>
        <translation>vide : le texte anglais est employé</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Activity</source>
        <translation>&amp;Traitement</translation>
    </message>
    <message>
        <source>active</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>Untick to keep a finished activity for history</source>
        <translation>Décochez pour conserver un traitement terminé pour l&apos;historique</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
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
    <name>AssignDialog</name>
    <message>
        <source>Assign %1</source>
        <translation>Attribuer %1</translation>
    </message>
    <message>
        <source>empty: nobody</source>
        <translation>vide : personne</translation>
    </message>
    <message>
        <source>&amp;Me</source>
        <translation>&amp;Moi</translation>
    </message>
    <message>
        <source>Assign the case to you (%1)</source>
        <translation>Vous attribuer le dossier (%1)</translation>
    </message>
    <message>
        <source>&amp;Assigned to</source>
        <translation>&amp;Attribué à</translation>
    </message>
    <message>
        <source>The team member&apos;s login name, as they sign in to the server</source>
        <translation>L&apos;identifiant du membre de l&apos;équipe, celui de sa connexion au serveur</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>A&amp;ssign…</source>
        <translation>A&amp;ttribuer…</translation>
    </message>
    <message>
        <source>Who works on this case (the “My cases” filter)</source>
        <translation>Qui traite ce dossier (le filtre « Mes dossiers »)</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit trail</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every change is recorded with who made it and when, each entry sealed to the previous one (SHA-256): an entry edited, deleted or reordered outside DPO Desk breaks the chain. Times are shown in the organisation&apos;s time zone (%1).</source>
        <translation>Chaque modification est enregistrée avec son auteur et sa date, chaque entrée scellée à la précédente (SHA-256) : une entrée modifiée, supprimée ou déplacée hors de DPO Desk rompt la chaîne. Les heures sont affichées dans le fuseau horaire de l&apos;organisme (%1).</translation>
    </message>
    <message>
        <source>&amp;Check the chain again</source>
        <translation>&amp;Vérifier à nouveau la chaîne</translation>
    </message>
    <message>
        <source>Walk the whole chain again from the first entry</source>
        <translation>Revérifier toute la chaîne depuis la première entrée</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtre</translation>
    </message>
    <message>
        <source>&amp;Operation</source>
        <translation>&amp;Opération</translation>
    </message>
    <message>
        <source>&amp;Actor</source>
        <translation>&amp;Auteur</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Référence</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>on or after</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>on or before</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Filter by operation</source>
        <translation>Filtrer par opération</translation>
    </message>
    <message>
        <source>Filter by actor</source>
        <translation>Filtrer par auteur</translation>
    </message>
    <message>
        <source>Filter by record reference</source>
        <translation>Filtrer par référence</translation>
    </message>
    <message>
        <source>e.g. DPO-2026-0012</source>
        <translation>p. ex. DPO-2026-0012</translation>
    </message>
    <message>
        <source>A case reference, or the number of another record</source>
        <translation>Une référence de dossier, ou le numéro d&apos;un autre enregistrement</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>A&amp;ppliquer</translation>
    </message>
    <message>
        <source>Rese&amp;t</source>
        <translation>Réini&amp;tialiser</translation>
    </message>
    <message>
        <source>Audit entries, newest first</source>
        <translation>Entrées du journal d&apos;audit, les plus récentes en premier</translation>
    </message>
    <message>
        <source>Audit chain status</source>
        <translation>État de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>&amp;Stop the check</source>
        <translation>&amp;Arrêter la vérification</translation>
    </message>
    <message>
        <source>Stop walking the chain; nothing is concluded</source>
        <translation>Arrêter le parcours de la chaîne ; rien n’est conclu</translation>
    </message>
    <message>
        <source>Checking the audit chain: {0} of {1} entries ({2} %)…</source>
        <translation>Vérification de la chaîne d’audit : {0} entrées sur {1} ({2} %)…</translation>
    </message>
    <message>
        <source>The chain could not be checked: {0}</source>
        <translation>La chaîne n&apos;a pas pu être vérifiée : {0}</translation>
    </message>
    <message>
        <source>Checking the audit chain…</source>
        <translation>Vérification de la chaîne d&apos;audit…</translation>
    </message>
    <message>
        <source>The check was stopped before the end; nothing was concluded.</source>
        <translation>La vérification a été arrêtée avant la fin ; rien n’a été conclu.</translation>
    </message>
    <message>
        <source>The audit chain has not been checked yet.</source>
        <translation>La chaîne d&apos;audit n&apos;a pas encore été vérifiée.</translation>
    </message>
    <message>
        <source>✔ Chain intact: {0} entries, head {1}…</source>
        <translation>✔ Chaîne intacte : {0} entrées, dernière empreinte {1}…</translation>
    </message>
    <message>
        <source>Its end matches the anchor of {0} ({1}, {2} entries).</source>
        <translation>Sa fin correspond à l’ancre du {0} ({1}, {2} entrées).</translation>
    </message>
    <message>
        <source>No anchor yet: the end of the trail could not be checked.</source>
        <translation>Pas encore d’ancre : la fin du journal n’a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>✖ The end of the trail was cut: {0} entries recorded up to the anchor of {1} ({2}, {3} entries) are missing. Restore a backup made after that date or report the tampering.</source>
        <translation>✖ La fin du journal a été coupée : {0} entrées enregistrées jusqu’à l’ancre du {1} ({2}, {3} entrées) manquent. Restaurez une sauvegarde postérieure à cette date ou signalez l’altération.</translation>
    </message>
    <message>
        <source>✖ The trail no longer contains the entry anchored on {0} ({1}): its end was replaced. Restore a backup or report the tampering.</source>
        <translation>✖ Le journal ne contient plus l’entrée ancrée le {0} ({1}) : sa fin a été remplacée. Restaurez une sauvegarde ou signalez l’altération.</translation>
    </message>
    <message>
        <source>✖ {0} anchor(s) of the audit trail fail their seal: the anchor file was altered. Report the tampering.</source>
        <translation>✖ {0} ancre(s) du journal ne passent pas le contrôle de leur sceau : le fichier des ancres a été modifié. Signalez l’altération.</translation>
    </message>
    <message>
        <source>✖ Broken at entry {0}: it {1}. The {2} entries before it are intact; restore a backup or report the tampering.</source>
        <translation>✖ Chaîne rompue à l&apos;entrée {0} ({1}). Les {2} entrées précédentes sont intactes ; restaurez une sauvegarde ou signalez l&apos;altération.</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>close</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>checkpoint</source>
        <translation>point de contrôle</translation>
    </message>
    <message>
        <source>backup {0}</source>
        <translation>sauvegarde {0}</translation>
    </message>
    <message>
        <source>sent letter {0}</source>
        <translation>courrier envoyé {0}</translation>
    </message>
    <message>
        <source>All operations</source>
        <translation>Toutes les opérations</translation>
    </message>
    <message>
        <source>{0} (all)</source>
        <translation>{0} (tout)</translation>
    </message>
    <message>
        <source>All actors</source>
        <translation>Tous les auteurs</translation>
    </message>
    <message>
        <source>The date range is reversed: the first date is after the second.</source>
        <translation>La période est inversée : la première date est postérieure à la seconde.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message>
        <source>{0} matching entries ({1} loaded; scroll for more)</source>
        <translation>Entrées correspondantes : {0} ({1} chargées ; faites défiler pour voir la suite)</translation>
    </message>
    <message>
        <source>{0} matching entries</source>
        <translation>Entrées correspondantes : {0}</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Opération</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
</context>
<context>
    <name>AuditText</name>
    <message>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Death notifications</source>
        <translation>Décès signalés</translation>
    </message>
    <message>
        <source>Post-mortem directives</source>
        <translation>Directives post mortem</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exports</translation>
    </message>
    <message>
        <source>Identity checks</source>
        <translation>Vérifications d&apos;identité</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Registers</source>
        <translation>Registres</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Data subject</source>
        <translation>Personne concernée</translation>
    </message>
    <message>
        <source>Death notification</source>
        <translation>Notification de décès</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Post-mortem directive</source>
        <translation>Directive post mortem</translation>
    </message>
    <message>
        <source>Processing activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transfert</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registre</translation>
    </message>
    <message>
        <source>Annual report</source>
        <translation>Rapport annuel</translation>
    </message>
    <message>
        <source>proportionate</source>
        <translation>proportionnée</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>stricte</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Requested on</source>
        <translation>Demandé le</translation>
    </message>
    <message>
        <source>Reason for doubt</source>
        <translation>Motif du doute</translation>
    </message>
    <message>
        <source>Identity policy</source>
        <translation>Politique d&apos;identité</translation>
    </message>
    <message>
        <source>Warning shown</source>
        <translation>Avertissement affiché</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Copies destroyed</source>
        <translation>Copies détruites</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>File type</source>
        <translation>Type de fichier</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
</context>
<context>
    <name>BackgroundOp</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Please wait</source>
        <translation>Veuillez patienter</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>BackupLine</name>
    <message>
        <source>No verified backup is recorded for this data directory.</source>
        <translation>Aucune sauvegarde vérifiée n&apos;est enregistrée pour ce dossier de données.</translation>
    </message>
    <message>
        <source>⚠ Backup overdue — last: %1</source>
        <translation>⚠ Sauvegarde en retard — dernière : %1</translation>
    </message>
    <message>
        <source>Backups are verified before they count (%1 good).</source>
        <translation>Les sauvegardes sont vérifiées avant d&apos;être prises en compte (valides : %1).</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aucune sauvegarde pour l&apos;instant</translation>
    </message>
    <message>
        <source>Last backup: %1</source>
        <translation>Dernière sauvegarde : %1</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Automatic backup made and verified.</source>
        <translation>Sauvegarde automatique effectuée et vérifiée.</translation>
    </message>
    <message>
        <source>⚠ Automatic backup failed: %1</source>
        <translation>⚠ Échec de la sauvegarde automatique : %1</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Backups and retention</source>
        <translation>Sauvegardes et conservation</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Audit entries</source>
        <translation>Entrées d&apos;audit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Double-click a backup to verify it again</source>
        <translation>Double-cliquez sur une sauvegarde pour la revérifier</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Make a backup now; it counts only once it has been read back in full</source>
        <translation>Faire une sauvegarde maintenant ; elle ne compte qu&apos;une fois relue intégralement</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Read the selected backup back in full and check every byte</source>
        <translation>Relire intégralement la sauvegarde sélectionnée et en contrôler chaque octet</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>Replace the current data with the selected backup (asks first)</source>
        <translation>Remplacer les données actuelles par la sauvegarde sélectionnée (après confirmation)</translation>
    </message>
    <message>
        <source>Open &amp;folder</source>
        <translation>Ouvrir le &amp;dossier</translation>
    </message>
    <message>
        <source>Show the backup folder in the file manager</source>
        <translation>Afficher le dossier des sauvegardes dans le gestionnaire de fichiers</translation>
    </message>
    <message>
        <source>Outcome of the last action</source>
        <translation>Résultat de la dernière action</translation>
    </message>
    <message>
        <source>✓ Sound</source>
        <translation>✓ Intègre</translation>
    </message>
    <message>
        <source>✗ Damaged: cannot be restored</source>
        <translation>✗ Endommagée : non restaurable</translation>
    </message>
    <message>
        <source>Not verified yet</source>
        <translation>Pas encore vérifiée</translation>
    </message>
    <message>
        <source>Reading the backup folder…</source>
        <translation>Lecture du dossier des sauvegardes…</translation>
    </message>
    <message>
        <source>⚠ No verified backup yet. Make one now.</source>
        <translation>⚠ Aucune sauvegarde vérifiée pour l&apos;instant. Faites-en une maintenant.</translation>
    </message>
    <message>
        <source>⚠ Backup overdue. Last good backup: %1.</source>
        <translation>⚠ Sauvegarde en retard. Dernière sauvegarde valide : %1.</translation>
    </message>
    <message>
        <source>✓ Last good backup: %1.</source>
        <translation>✓ Dernière sauvegarde valide : %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n damaged backup(s) in the folder.</source>
        <translation>
            <numerusform>%n sauvegarde endommagée dans le dossier.</numerusform>
            <numerusform>%n sauvegardes endommagées dans le dossier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Automatic backups are off (Settings).</source>
        <translation>Les sauvegardes automatiques sont désactivées (Paramètres).</translation>
    </message>
    <message numerus="yes">
        <source>Automatic backup every %n hour(s) when something changed.</source>
        <translation>
            <numerusform>Sauvegarde automatique toutes les heures en cas de modification.</numerusform>
            <numerusform>Sauvegarde automatique toutes les %n heures en cas de modification.</numerusform>
        </translation>
    </message>
    <message>
        <source>Folder: %1. %2 Backups are encrypted like the data and thinned over time.</source>
        <translation>Dossier : %1. %2 Les sauvegardes sont chiffrées comme les données et espacées avec le temps.</translation>
    </message>
    <message>
        <source>Folder: %1. %2 The data are not encrypted, nor are their backups (anyone with the file can read it; damage is detected). Backups are thinned over time.</source>
        <translation>Dossier : %1. %2 Les données ne sont pas chiffrées, leurs sauvegardes non plus (qui a le fichier peut le lire ; une altération est détectée). Les sauvegardes sont espacées avec le temps.</translation>
    </message>
    <message>
        <source>Closed cases are kept %1 days after closure, then anonymised: names, contact details, notes and files go; dates and outcomes stay for statistics.</source>
        <translation>Les dossiers clôturés sont conservés %1 jours après leur clôture, puis anonymisés : noms, coordonnées, notes et fichiers sont supprimés ; les dates et les issues restent pour les statistiques.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 est endommagée : %2</translation>
    </message>
    <message>
        <source>Backing up</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Copying the database…</source>
        <translation>Copie de la base de données…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Backup progress</source>
        <translation>Progression de la sauvegarde</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>Checking the audit trail: %1 of %2 entries</source>
        <translation>Vérification du journal d&apos;audit : %1 entrées sur %2</translation>
    </message>
    <message>
        <source>Reading the backup back to verify it: %1 of %2</source>
        <translation>Relecture de la sauvegarde pour la vérifier : %1 sur %2</translation>
    </message>
    <message>
        <source>Compressing and writing the backup: %1 of %2</source>
        <translation>Compression et écriture de la sauvegarde : %1 sur %2</translation>
    </message>
    <message>
        <source>Reading the backup back to verify it…</source>
        <translation>Relecture de la sauvegarde pour la vérifier…</translation>
    </message>
    <message>
        <source>Waiting for the check of the data to finish…</source>
        <translation>En attente de la fin de la vérification des données…</translation>
    </message>
    <message>
        <source>Backup made and verified: %1 (%2).</source>
        <translation>Sauvegarde effectuée et vérifiée : %1 (%2).</translation>
    </message>
    <message>
        <source>Backup cancelled; nothing was kept.</source>
        <translation>Sauvegarde annulée ; rien n&apos;a été conservé.</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Sélectionnez d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>%1 is sound: every byte checked, %2 cases, %3 audit entries.</source>
        <translation>%1 est intègre : chaque octet contrôlé, %2 dossiers, %3 entrées d&apos;audit.</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be restored: %2</source>
        <translation>%1 est endommagée et ne peut pas être restaurée : %2</translation>
    </message>
    <message>
        <source>Cannot open the folder %1 here.</source>
        <translation>Impossible d&apos;ouvrir le dossier %1 ici.</translation>
    </message>
    <message>
        <source>Cancelled; nothing changed.</source>
        <translation>Annulé ; rien n&apos;a changé.</translation>
    </message>
    <message>
        <source>Reading and checking the backup: %1 read</source>
        <translation>Lecture et vérification de la sauvegarde : %1 lus</translation>
    </message>
    <message>
        <source>Saving the current data first: %1 of %2</source>
        <translation>Sauvegarde préalable des données actuelles : %1 sur %2</translation>
    </message>
    <message>
        <source>Saving the current data first…</source>
        <translation>Sauvegarde préalable des données actuelles…</translation>
    </message>
    <message>
        <source>Putting the restored data in place…</source>
        <translation>Mise en place des données restaurées…</translation>
    </message>
    <message>
        <source>Checking the restored data…</source>
        <translation>Vérification des données restaurées…</translation>
    </message>
    <message>
        <source>The backup of %1: cases %2, documents %3, audit entries %4.</source>
        <translation>La sauvegarde du %1 : dossiers %2, documents %3, entrées d&apos;audit %4.</translation>
    </message>
    <message>
        <source>Now: no data yet (a new data directory).</source>
        <translation>Aujourd&apos;hui : aucune donnée (un nouveau dossier de données).</translation>
    </message>
    <message>
        <source>Now: the current data cannot be read; they will be kept aside, not deleted.</source>
        <translation>Aujourd&apos;hui : les données actuelles ne se lisent pas ; elles seront mises de côté, pas supprimées.</translation>
    </message>
    <message>
        <source>Now: cases %1, documents %2, audit entries %3.</source>
        <translation>Aujourd&apos;hui : dossiers %1, documents %2, entrées d&apos;audit %3.</translation>
    </message>
    <message>
        <source>The current data are newer than the backup: what was done since will be replaced (it is backed up first).</source>
        <translation>Les données actuelles sont plus récentes que la sauvegarde : ce qui a été fait depuis sera remplacé (après avoir été sauvegardé).</translation>
    </message>
    <message>
        <source>A rollback journal that DPO Desk did not write lies next to the database: it will be moved aside, never replayed.</source>
        <translation>Un journal de retour arrière que DPO Desk n&apos;a pas écrit se trouve à côté de la base : il sera mis de côté, jamais rejoué.</translation>
    </message>
</context>
<context>
    <name>CaseImportDialog</name>
    <message>
        <source>Import requests from a web-form export</source>
        <translation>Importer des demandes depuis l&apos;export d&apos;un formulaire web</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <source>A .csv or .xlsx export of the form</source>
        <translation>L&apos;export .csv ou .xlsx du formulaire</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <source>Which column holds what (* required)</source>
        <translation>Quelle colonne contient quoi (* obligatoire)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Postal address</source>
        <translation>Adresse postale</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>{0} *:</source>
        <translation>{0} * :</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Choose a web-form export</source>
        <translation>Choisir l&apos;export d&apos;un formulaire web</translation>
    </message>
    <message>
        <source>Form exports (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>Exports de formulaire (*.csv *.xlsx);;Fichiers CSV (*.csv);;Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>column {0}</source>
        <translation>colonne {0}</translation>
    </message>
    <message>
        <source>Check the columns, then Check or Import.</source>
        <translation>Vérifiez les colonnes, puis Vérifier ou Importer.</translation>
    </message>
    <message>
        <source>Checking every row…</source>
        <translation>Vérification de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>{0} rows checked: all can be imported.</source>
        <translation>{0} lignes vérifiées : toutes peuvent être importées.</translation>
    </message>
    <message>
        <source>{0} requests imported ({1} to {2}).</source>
        <translation>{0} demandes importées ({1} à {2}).</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was imported.</source>
        <translation>Import annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{0} row(s) refused; nothing was imported. Correct the file, then import it again.</source>
        <translation>{0} ligne(s) refusée(s) ; rien n&apos;a été importé. Corrigez le fichier, puis importez-le de nouveau.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
</context>
<context>
    <name>CaseLettersWidget</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Draft: not sent yet</source>
        <translation>Brouillon : pas encore envoyé</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n jour de retard</numerusform>
            <numerusform>%n jours de retard</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft, late</source>
        <translation>Brouillon, en retard</translation>
    </message>
    <message>
        <source>Draft written after its date</source>
        <translation>Brouillon rédigé après sa date limite</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;, not kept: “Generate” keeps it as a draft.</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;, non conservé : « Générer » le conserve comme brouillon.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, sent on %2 — frozen. SHA-256 %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, envoyé le %2 — figé. SHA-256 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, draft of %2.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;, brouillon du %2.</translation>
    </message>
    <message>
        <source>%1 pages.</source>
        <translation>%1 pages.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Preview&lt;/b&gt;, not kept — the form changed since: preview again to see the letter as it is now.</source>
        <translation>&lt;b&gt;Aperçu&lt;/b&gt;, non conservé — le formulaire a changé depuis : relancez l&apos;aperçu pour voir le courrier à jour.</translation>
    </message>
    <message>
        <source>Rendering the preview…</source>
        <translation>Préparation de l&apos;aperçu…</translation>
    </message>
    <message>
        <source>Generating the letter…</source>
        <translation>Génération du courrier…</translation>
    </message>
    <message>
        <source>Draft kept. Print it or save it, then mark it as sent.</source>
        <translation>Brouillon conservé. Imprimez-le ou enregistrez-le, puis marquez-le comme envoyé.</translation>
    </message>
    <message>
        <source>Print the letter</source>
        <translation>Imprimer le courrier</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Printing stopped after %1 page(s).</source>
        <translation>Impression interrompue (pages imprimées : %1).</translation>
    </message>
    <message>
        <source>%1 page(s) sent to %2.</source>
        <translation>Pages envoyées à %2 : %1.</translation>
    </message>
    <message>
        <source>Printing page %1 of %2…</source>
        <translation>Impression de la page %1 sur %2…</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Enregistrer le courrier en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Marked as sent and archived.</source>
        <translation>Marqué comme envoyé et archivé.</translation>
    </message>
    <message>
        <source>Approved: it can now be marked as sent.</source>
        <translation>Approuvé : il peut maintenant être marqué comme envoyé.</translation>
    </message>
    <message>
        <source>Delivery recorded.</source>
        <translation>Distribution enregistrée.</translation>
    </message>
    <message>
        <source>Already sent on %1: a sent letter is final. Use “Regenerate” for a new draft.</source>
        <translation>Déjà envoyé le %1 : un courrier envoyé est définitif. Utilisez « Régénérer » pour un nouveau brouillon.</translation>
    </message>
    <message>
        <source>Freeze the selected draft as sent: it is archived with its SHA-256 and can never change</source>
        <translation>Figer le brouillon sélectionné comme envoyé : il est archivé avec son empreinte SHA-256 et ne pourra plus changer</translation>
    </message>
    <message>
        <source>Letters of this case</source>
        <translation>Courriers du dossier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Drafts and sent letters; a lock marks a sent letter</source>
        <translation>Brouillons et courriers envoyés ; un cadenas signale un courrier envoyé</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>I&amp;mprimer…</translation>
    </message>
    <message>
        <source>Print the selected letter</source>
        <translation>Imprimer le courrier sélectionné</translation>
    </message>
    <message>
        <source>Print the selected letter (choose the printer)</source>
        <translation>Imprimer le courrier sélectionné (choix de l&apos;imprimante)</translation>
    </message>
    <message>
        <source>Sa&amp;ve as PDF…</source>
        <translation>Enregistrer en PD&amp;F…</translation>
    </message>
    <message>
        <source>Save the selected letter</source>
        <translation>Enregistrer le courrier sélectionné</translation>
    </message>
    <message>
        <source>Write the selected letter to a PDF file (recorded in the audit log)</source>
        <translation>Enregistrer le courrier sélectionné dans un fichier PDF (inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Mark as sent…</source>
        <translation>Mar&amp;quer comme envoyé…</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Appro&amp;uver</translation>
    </message>
    <message>
        <source>Approve the letter</source>
        <translation>Approuver le courrier</translation>
    </message>
    <message>
        <source>E-ma&amp;il…</source>
        <translation>Par e-mai&amp;l…</translation>
    </message>
    <message>
        <source>Reply by e-mail</source>
        <translation>Répondre par e-mail</translation>
    </message>
    <message>
        <source>Send the selected letter as a PDF attachment by e-mail</source>
        <translation>Envoyer le courrier sélectionné en pièce jointe PDF par e-mail</translation>
    </message>
    <message>
        <source>&amp;Delivered…</source>
        <translation>&amp;Distribué…</translation>
    </message>
    <message>
        <source>Record the delivery</source>
        <translation>Enregistrer la distribution</translation>
    </message>
    <message>
        <source>Record the day the sent letter was delivered, with its proof</source>
        <translation>Enregistrer le jour où le courrier envoyé a été distribué, avec sa preuve</translation>
    </message>
    <message>
        <source>R&amp;egenerate</source>
        <translation>Régé&amp;nérer</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Make a new draft of the same kind and language from the form; the selected letter is kept</source>
        <translation>Créer un nouveau brouillon du même type et de la même langue à partir du formulaire ; le courrier sélectionné est conservé</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>Preview the letter</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <source>Render the letter from the form without keeping it</source>
        <translation>Afficher le courrier issu du formulaire sans le conserver</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <source>Generate the letter</source>
        <translation>Générer le courrier</translation>
    </message>
    <message>
        <source>Keep the letter as a new draft of this case</source>
        <translation>Conserver le courrier comme nouveau brouillon du dossier</translation>
    </message>
    <message>
        <source>Shown document</source>
        <translation>Document affiché</translation>
    </message>
    <message>
        <source>Letters status</source>
        <translation>État des courriers</translation>
    </message>
    <message>
        <source>Choose a kind of letter and press “Preview”, or select a kept letter to see it here.</source>
        <translation>Choisissez un type de courrier et cliquez sur « Aperçu », ou sélectionnez un courrier conservé pour l&apos;afficher ici.</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
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
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
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
        <translation>Statut et échéance</translation>
    </message>
    <message>
        <source>Move the case to “%1”</source>
        <translation>Passer le dossier à « %1 »</translation>
    </message>
    <message>
        <source>E&amp;xtend…</source>
        <translation>&amp;Prolonger…</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>Extend the period (reasons required); shows the new dates before confirming</source>
        <translation>Prolonger le délai (motifs obligatoires) ; les nouvelles dates sont affichées avant confirmation</translation>
    </message>
    <message>
        <source>Recipients &amp;notified…</source>
        <translation>&amp;Destinataires informés…</translation>
    </message>
    <message>
        <source>Recipients notified</source>
        <translation>Destinataires informés</translation>
    </message>
    <message>
        <source>Record which recipients were told of the rectification, erasure or restriction (GDPR Art. 19)</source>
        <translation>Enregistrer les destinataires informés de la rectification, de l&apos;effacement ou de la limitation (art. 19 du RGPD)</translation>
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
        <source>Export a plain copy</source>
        <translation>Exporter une copie en clair</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Exporté vers %1</translation>
    </message>
    <message>
        <source>Delete a document</source>
        <translation>Supprimer un document</translation>
    </message>
    <message>
        <source>Destroy “%1” for good?</source>
        <translation>Détruire définitivement « %1 » ?</translation>
    </message>
    <message>
        <source>The file is overwritten and removed; only the fact that it existed stays in the case and the audit log. It will not be in the next backups.</source>
        <translation>Le fichier est écrasé puis supprimé ; seule la trace de son existence reste dans le dossier et dans le journal d&apos;audit. Il ne figurera pas dans les prochaines sauvegardes.</translation>
    </message>
    <message>
        <source>Delete the file</source>
        <translation>Supprimer le fichier</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Le conserver</translation>
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
        <source>&amp;Scope</source>
        <translation>&amp;Périmètre</translation>
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
        <source>My cases</source>
        <translation>Mes dossiers</translation>
    </message>
    <message>
        <source>Only the cases assigned to you (%1)</source>
        <translation>Seulement les dossiers qui vous sont attribués (%1)</translation>
    </message>
    <message>
        <source>Import requests…</source>
        <translation>Importer des demandes…</translation>
    </message>
    <message>
        <source>Import requests from a web-form export (CSV or Excel), all or nothing</source>
        <translation>Importer des demandes depuis l&apos;export d&apos;un formulaire web (CSV ou Excel), tout ou rien</translation>
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
        <translation>Toutes les échéances</translation>
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
        <source>No case with these filters; without them, %Ln case(s) match “%1”.</source>
        <translation>
            <numerusform>Aucun dossier avec ces filtres ; sans eux, %Ln dossier correspond à « %1 ».</numerusform>
            <numerusform>Aucun dossier avec ces filtres ; sans eux, %Ln dossiers correspondent à « %1 ».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Show %Ln case(s)</source>
        <translation>
            <numerusform>Afficher %Ln dossier</numerusform>
            <numerusform>Afficher %Ln dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Show every status, right, law and deadline; the search is kept</source>
        <translation>Afficher tous les statuts, droits, législations et échéances ; la recherche est conservée</translation>
    </message>
    <message>
        <source>Counting the cases…</source>
        <translation>Décompte des dossiers…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln dossier</numerusform>
            <numerusform>%Ln dossiers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictBar</name>
    <message>
        <source>&amp;Reload their version</source>
        <translation>&amp;Recharger sa version</translation>
    </message>
    <message>
        <source>Fill the form again with what is stored now (your text is replaced)</source>
        <translation>Remplir à nouveau le formulaire avec ce qui est enregistré (votre texte est remplacé)</translation>
    </message>
    <message>
        <source>&amp;Keep my text</source>
        <translation>&amp;Garder mon texte</translation>
    </message>
    <message>
        <source>Go on editing; saving again replaces their change with yours</source>
        <translation>Continuer la saisie ; enregistrer à nouveau remplace sa modification par la vôtre</translation>
    </message>
    <message>
        <source>Saved by someone else</source>
        <translation>Enregistré par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Someone else saved this while you were editing it.</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré cette fiche pendant que vous la modifiiez.</translation>
    </message>
</context>
<context>
    <name>CounterButton</name>
    <message>
        <source>Show these cases in the case list</source>
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
        <source>Deadlines, the late ones first (double-click to open)</source>
        <translation>Échéances, les retards en premier (double-clic pour ouvrir)</translation>
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
    <name>DateField</name>
    <message>
        <source>Not a date: write it as 31/12/2025 or 2025-12-31.</source>
        <translation>Ce n&apos;est pas une date : écrivez-la sous la forme 31/12/2025 ou 2025-12-31.</translation>
    </message>
    <message>
        <source>%1 does not exist in the calendar.</source>
        <translation>Le %1 n&apos;existe pas dans le calendrier.</translation>
    </message>
    <message>
        <source>Pick in a calendar</source>
        <translation>Choisir dans un calendrier</translation>
    </message>
    <message>
        <source>A date is required.</source>
        <translation>Une date est obligatoire.</translation>
    </message>
    <message>
        <source>%1 is after %2.</source>
        <translation>Le %1 est postérieur au %2.</translation>
    </message>
    <message>
        <source>%1 is before %2.</source>
        <translation>Le %1 est antérieur au %2.</translation>
    </message>
    <message>
        <source>Pick %1 in a calendar</source>
        <translation>Choisir « %1 » dans un calendrier</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>no deadline</source>
        <translation>pas d&apos;échéance</translation>
    </message>
    <message>
        <source>%1 · closed</source>
        <translation>%1 · clôturé</translation>
    </message>
    <message>
        <source>%1 · clock paused</source>
        <translation>%1 · suspendu</translation>
    </message>
    <message>
        <source>%1 · 1 day late</source>
        <translation>%1 · 1 j de retard</translation>
    </message>
    <message>
        <source>%1 · %2 days late</source>
        <translation>%1 · %2 j de retard</translation>
    </message>
    <message>
        <source>%1 · due tomorrow</source>
        <translation>%1 · demain</translation>
    </message>
    <message>
        <source>%1 · in %2 days</source>
        <translation>%1 · dans %2 jours</translation>
    </message>
    <message>
        <source>%1 · due today</source>
        <translation>%1 · aujourd&apos;hui</translation>
    </message>
</context>
<context>
    <name>DeathActionDialog</name>
    <message>
        <source>Record an action — {0}</source>
        <translation>Enregistrer une action — {0}</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>What was done for the heirs&apos; or executor&apos;s request</source>
        <translation>Ce qui a été fait à la demande des héritiers ou de la personne désignée</translation>
    </message>
    <message>
        <source>&amp;Detail</source>
        <translation>&amp;Détail</translation>
    </message>
    <message>
        <source>Required for &quot;data communicated&quot; and &quot;other&quot;: what, to whom</source>
        <translation>Obligatoire pour « Données communiquées » et « Autre » : quoi, à qui</translation>
    </message>
    <message>
        <source>Done &amp;on</source>
        <translation>Effectuée &amp;le</translation>
    </message>
</context>
<context>
    <name>DeliveryDialog</name>
    <message>
        <source>Record the delivery</source>
        <translation>Enregistrer la distribution</translation>
    </message>
    <message>
        <source>“%1” was sent on %2. Record the day it was delivered and, if you have it, the proof (signed registered post slip, read receipt).</source>
        <translation>« %1 » a été envoyé le %2. Indiquez le jour de sa distribution et, si vous l&apos;avez, la preuve (avis de réception signé, accusé de lecture).</translation>
    </message>
    <message>
        <source>Day of delivery</source>
        <translation>Jour de distribution</translation>
    </message>
    <message>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Distribué le :</translation>
    </message>
    <message>
        <source>Proof of delivery file</source>
        <translation>Fichier de preuve de distribution</translation>
    </message>
    <message>
        <source>Optional: PDF or image</source>
        <translation>Facultatif : PDF ou image</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Proof:</source>
        <translation>P&amp;reuve :</translation>
    </message>
    <message>
        <source>Proof of delivery</source>
        <translation>Preuve de distribution</translation>
    </message>
    <message>
        <source>PDF or image (*.pdf *.png *.jpg)</source>
        <translation>PDF ou image (*.pdf *.png *.jpg)</translation>
    </message>
</context>
<context>
    <name>DetailFields</name>
    <message>
        <source>Owning &amp;department</source>
        <translation>Service &amp;responsable</translation>
    </message>
    <message>
        <source>The department that runs the activity (CNIL model register)</source>
        <translation>Le service qui met en œuvre le traitement (modèle de registre de la CNIL)</translation>
    </message>
    <message>
        <source>Security &amp;measures</source>
        <translation>&amp;Mesures de sécurité</translation>
    </message>
    <message>
        <source>Tick the measures of the company&apos;s list that protect this activity (Art. 32); edit the list with &apos;Measures list…&apos; on the register page</source>
        <translation>Cochez les mesures de la liste de l&apos;entreprise qui protègent ce traitement (art. 32) ; modifiez la liste avec « Liste des mesures… » sur la page du registre</translation>
    </message>
    <message>
        <source>Joint controllers and &amp;processors</source>
        <translation>Responsables conjoints et &amp;sous-traitants</translation>
    </message>
    <message>
        <source>Art. 26 arrangement or Art. 28 contract: its date, and whether the clauses required by Art. 28(3) were checked</source>
        <translation>Accord de l&apos;art. 26 ou contrat de l&apos;art. 28 : sa date, et si les clauses exigées par l&apos;art. 28(3) ont été vérifiées</translation>
    </message>
    <message>
        <source>DPIA &amp;screening (WP248)</source>
        <translation>&amp;Critères d&apos;AIPD (WP248)</translation>
    </message>
    <message>
        <source>The nine criteria of the EDPB-endorsed guidelines WP248 rev.01: two or more, a DPIA is likely needed (Art. 35)</source>
        <translation>Les neuf critères des lignes directrices WP248 rév.01 reprises par le CEPD : deux ou plus, une AIPD est probablement requise (art. 35)</translation>
    </message>
    <message>
        <source>DPIA done on</source>
        <translation>AIPD réalisée le</translation>
    </message>
    <message>
        <source>done</source>
        <translation>réalisée</translation>
    </message>
    <message>
        <source>The date of the impact assessment, when one was made</source>
        <translation>La date de l&apos;analyse d&apos;impact, si elle a été faite</translation>
    </message>
    <message>
        <source>DPIA &amp;link</source>
        <translation>&amp;Lien vers l&apos;AIPD</translation>
    </message>
    <message>
        <source>Where the assessment is kept (reference, path or address)</source>
        <translation>Où l&apos;analyse est conservée (référence, chemin ou adresse)</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revue</translation>
    </message>
    <message>
        <source>When this sheet of the register was last checked</source>
        <translation>Quand cette fiche du registre a été vérifiée pour la dernière fois</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévue</translation>
    </message>
    <message>
        <source>When it is to be checked next</source>
        <translation>Quand elle doit être vérifiée à nouveau</translation>
    </message>
    <message>
        <source>Criteria met: {0}. A DPIA is likely needed (WP248: two or more).</source>
        <translation>Critères remplis : {0}. Une AIPD est probablement requise (WP248 : deux ou plus).</translation>
    </message>
    <message>
        <source>Criteria met: {0}. A DPIA is not presumed (WP248: two or more).</source>
        <translation>Critères remplis : {0}. Une AIPD n&apos;est pas présumée (WP248 : deux ou plus).</translation>
    </message>
</context>
<context>
    <name>DirectiveDialog</name>
    <message>
        <source>Post-mortem directive</source>
        <translation>Directive post mortem</translation>
    </message>
    <message>
        <source>Register a post-mortem directive</source>
        <translation>Enregistrer une directive post mortem</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Full name of the person who gives the directive</source>
        <translation>Nom complet de la personne qui donne la directive</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <source>Used to find the directive when a death is notified</source>
        <translation>Sert à retrouver la directive lorsqu&apos;un décès est signalé</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>&amp;Birth date</source>
        <translation>Date de &amp;naissance</translation>
    </message>
    <message>
        <source>Tells two people with the same name apart</source>
        <translation>Permet de distinguer deux homonymes</translation>
    </message>
    <message>
        <source>&amp;Registered on</source>
        <translation>En&amp;registrée le</translation>
    </message>
    <message>
        <source>The day the directive was received by the organisation</source>
        <translation>Date de réception de la directive par l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Action</source>
        <translation>&amp;Action</translation>
    </message>
    <message>
        <source>What the person wants done with their data after death</source>
        <translation>Ce que la personne souhaite voir fait de ses données après son décès</translation>
    </message>
    <message>
        <source>&amp;Scope</source>
        <translation>Péri&amp;mètre</translation>
    </message>
    <message>
        <source>Which data the directive covers</source>
        <translation>Les données couvertes par la directive</translation>
    </message>
    <message>
        <source>&amp;Instructions</source>
        <translation>&amp;Instructions</translation>
    </message>
    <message>
        <source>The directive&apos;s words</source>
        <translation>Le texte de la directive</translation>
    </message>
    <message>
        <source>&amp;Designated person</source>
        <translation>Personne &amp;désignée</translation>
    </message>
    <message>
        <source>Who executes the directive (required to communicate the data); without one, the heirs may (Loi 78-17 art. 85 I)</source>
        <translation>Qui exécute la directive (obligatoire pour communiquer les données) ; à défaut, les héritiers le peuvent (loi 78-17 art. 85 I)</translation>
    </message>
    <message>
        <source>Designated person&apos;s &amp;contact</source>
        <translation>&amp;Coordonnées de la personne désignée</translation>
    </message>
    <message>
        <source>Evidence of specific &amp;consent</source>
        <translation>Preuve du consentement &amp;spécifique</translation>
    </message>
    <message>
        <source>Required: how the person gave specific consent to this directive (signed form, dedicated online box). Accepting general terms is not enough (Loi 78-17 art. 85 I).</source>
        <translation>Obligatoire : comment la personne a donné son consentement spécifique à cette directive (formulaire signé, case dédiée en ligne). L&apos;acceptation de conditions générales ne suffit pas (loi 78-17 art. 85 I).</translation>
    </message>
    <message>
        <source>A particular directive needs the person&apos;s specific consent, not mere acceptance of terms (Loi 78-17 art. 85 I).</source>
        <translation>Une directive particulière exige le consentement spécifique de la personne, pas la simple acceptation de conditions générales (loi 78-17 art. 85 I).</translation>
    </message>
    <message>
        <source>consent evidence: required. Say how the person gave specific consent (Loi 78-17 art. 85 I).</source>
        <translation>Preuve du consentement : obligatoire. Indiquez comment la personne a donné son consentement spécifique (loi 78-17 art. 85 I).</translation>
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
        <translation>Personne</translation>
    </message>
    <message>
        <source>Registered on</source>
        <translation>Enregistrée le</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Designated person</source>
        <translation>Personne désignée</translation>
    </message>
    <message>
        <source>Revoked?</source>
        <translation>Révoquée ?</translation>
    </message>
    <message>
        <source>Revoked on {0}</source>
        <translation>Révoquée le {0}</translation>
    </message>
    <message>
        <source>No, in force</source>
        <translation>Non, en vigueur</translation>
    </message>
    <message>
        <source>Deceased</source>
        <translation>Défunt</translation>
    </message>
    <message>
        <source>Notified on</source>
        <translation>Signalé le</translation>
    </message>
    <message>
        <source>Notifier</source>
        <translation>Déclarant</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Directives</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Post-mortem directives</source>
        <translation>Directives post mortem</translation>
    </message>
    <message>
        <source>Directives registered with us</source>
        <translation>Directives enregistrées auprès de nous</translation>
    </message>
    <message>
        <source>Particular directives concern the data we hold; they need the person&apos;s specific consent and can be revoked at any time (Loi 78-17 art. 85 I).</source>
        <translation>Les directives particulières portent sur les données que nous détenons ; elles exigent le consentement spécifique de la personne et sont révocables à tout moment (loi 78-17 art. 85 I).</translation>
    </message>
    <message>
        <source>Full name of the person (accents and capitals ignored)</source>
        <translation>Nom complet de la personne (accents et majuscules ignorés)</translation>
    </message>
    <message>
        <source>Find directives: name</source>
        <translation>Rechercher des directives : nom</translation>
    </message>
    <message>
        <source>or e-mail</source>
        <translation>ou e-mail</translation>
    </message>
    <message>
        <source>Find directives: e-mail</source>
        <translation>Rechercher des directives : e-mail</translation>
    </message>
    <message>
        <source>&amp;Find directives of a person</source>
        <translation>&amp;Rechercher ses directives</translation>
    </message>
    <message>
        <source>Search by full name (&quot;elodie lefevre&quot; finds &quot;Élodie Lefèvre&quot;) or e-mail, revoked directives included</source>
        <translation>Rechercher par nom complet (« elodie lefevre » trouve « Élodie Lefèvre ») ou par e-mail, directives révoquées comprises</translation>
    </message>
    <message>
        <source>Show all</source>
        <translation>Tout afficher</translation>
    </message>
    <message>
        <source>Clear the search and list every directive</source>
        <translation>Effacer la recherche et afficher toutes les directives</translation>
    </message>
    <message>
        <source>&amp;Register a directive…</source>
        <translation>&amp;Enregistrer une directive…</translation>
    </message>
    <message>
        <source>Record a particular directive with the evidence of the person&apos;s specific consent</source>
        <translation>Enregistrer une directive particulière avec la preuve du consentement spécifique de la personne</translation>
    </message>
    <message>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <source>Show the selected directive. To change a directive, revoke it and register the new one: consent is given to a precise text.</source>
        <translation>Afficher la directive sélectionnée. Pour modifier une directive, révoquez-la et enregistrez la nouvelle : le consentement porte sur un texte précis.</translation>
    </message>
    <message>
        <source>Re&amp;voke…</source>
        <translation>Ré&amp;voquer…</translation>
    </message>
    <message>
        <source>Mark the selected directive revoked; it is kept, never executed</source>
        <translation>Marquer la directive sélectionnée comme révoquée ; elle est conservée, jamais exécutée</translation>
    </message>
    <message>
        <source>Death notifications</source>
        <translation>Décès signalés</translation>
    </message>
    <message>
        <source>Notified → actions recorded → heirs answered → death certificate and proof of capacity purged. Without directives, heirs may ask only what the succession needs and that the death be taken into account (art. 85 II).</source>
        <translation>Signalé → actions enregistrées → réponse aux héritiers → acte de décès et justificatif de qualité supprimés. Sans directives, les héritiers ne peuvent demander que ce qui est nécessaire à la succession et la prise en compte du décès (art. 85 II).</translation>
    </message>
    <message>
        <source>&amp;Notify a death…</source>
        <translation>&amp;Signaler un décès…</translation>
    </message>
    <message>
        <source>Open a post-mortem case, mark the person deceased and find their directives</source>
        <translation>Ouvrir un dossier post mortem, marquer la personne comme décédée et retrouver ses directives</translation>
    </message>
    <message>
        <source>Record an &amp;action…</source>
        <translation>Enregistrer une &amp;action…</translation>
    </message>
    <message>
        <source>Record what was done (accounts closed, data communicated…)</source>
        <translation>Enregistrer ce qui a été fait (comptes clôturés, données communiquées…)</translation>
    </message>
    <message>
        <source>&amp;Mark answered</source>
        <translation>&amp;Marquer comme répondu</translation>
    </message>
    <message>
        <source>The heirs were told what was done, at no cost (art. 85)</source>
        <translation>Les héritiers ont été informés, gratuitement, de ce qui a été fait (art. 85)</translation>
    </message>
    <message>
        <source>&amp;Purge evidence</source>
        <translation>&amp;Purger les justificatifs</translation>
    </message>
    <message>
        <source>Destroy the death certificate and proof of capacity once the heirs are answered</source>
        <translation>Détruire l&apos;acte de décès et le justificatif de qualité une fois la réponse faite aux héritiers</translation>
    </message>
    <message>
        <source>Answered, evidence purged</source>
        <translation>Répondu, justificatifs purgés</translation>
    </message>
    <message>
        <source>Answered on {0}; evidence to purge</source>
        <translation>Répondu le {0} ; justificatifs à purger</translation>
    </message>
    <message>
        <source>{0} action(s) recorded; to answer</source>
        <translation>Actions enregistrées : {0} ; réponse à faire</translation>
    </message>
    <message>
        <source>Notified; no action yet</source>
        <translation>Signalé ; aucune action pour l&apos;instant</translation>
    </message>
    <message>
        <source>Evidence not received: {0}</source>
        <translation>Justificatifs non reçus : {0}</translation>
    </message>
    <message>
        <source>{0} directive(s) found for this person.</source>
        <translation>Directives trouvées pour cette personne : {0}.</translation>
    </message>
    <message>
        <source>No directive found for this person.</source>
        <translation>Aucune directive trouvée pour cette personne.</translation>
    </message>
    <message>
        <source>Select a directive first.</source>
        <translation>Sélectionnez d&apos;abord une directive.</translation>
    </message>
    <message>
        <source>Select a death notification first.</source>
        <translation>Sélectionnez d&apos;abord un décès signalé.</translation>
    </message>
    <message>
        <source>Directive of {0} registered.</source>
        <translation>Directive de {0} enregistrée.</translation>
    </message>
    <message>
        <source>This directive was already revoked on {0}.</source>
        <translation>Cette directive a déjà été révoquée le {0}.</translation>
    </message>
    <message>
        <source>Directive of {0} revoked.</source>
        <translation>Directive de {0} révoquée.</translation>
    </message>
    <message>
        <source>Death of {0} recorded: case {1}.</source>
        <translation>Décès de {0} enregistré : dossier {1}.</translation>
    </message>
    <message>
        <source>Action recorded.</source>
        <translation>Action enregistrée.</translation>
    </message>
    <message>
        <source>Heirs of {0} answered.</source>
        <translation>Réponse faite aux héritiers de {0}.</translation>
    </message>
    <message>
        <source>Destroy the death certificate and proof of capacity of {0}? This cannot be undone; the facts and the audit trail remain.</source>
        <translation>Détruire l&apos;acte de décès et le justificatif de qualité de {0} ? Cette action est irréversible ; les faits et le journal d&apos;audit sont conservés.</translation>
    </message>
    <message>
        <source>Evidence purged.</source>
        <translation>Justificatifs purgés.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>Document — %1</source>
        <translation>Document — %1</translation>
    </message>
    <message>
        <source>This picture cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>Document content</source>
        <translation>Contenu du document</translation>
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
        <source>&amp;What is it?</source>
        <translation>&amp;De quoi s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Choose what the file is…</source>
        <translation>Indiquez la nature du fichier…</translation>
    </message>
    <message>
        <source>Kind of the files to attach</source>
        <translation>Nature des fichiers à joindre</translation>
    </message>
    <message>
        <source>An identity document copy is destroyed as soon as identity is verified; a plain attachment is kept with the case.</source>
        <translation>Une copie de pièce d&apos;identité est détruite dès que l&apos;identité est vérifiée ; une simple pièce jointe est conservée avec le dossier.</translation>
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
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Show the file in the desk (no copy left on disk)</source>
        <translation>Afficher le fichier dans DPO Desk (aucune copie laissée sur le disque)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Save a plain copy of the file (recorded in the audit log)</source>
        <translation>Enregistrer une copie en clair du fichier (inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Destroy the file for good (recorded in the audit log)</source>
        <translation>Détruire définitivement le fichier (inscrit au journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Say what the files are, then attach them or drop them here. Identity document copies are destroyed as soon as identity is verified.</source>
        <translation>Indiquez la nature des fichiers, puis joignez-les ou déposez-les ici. Les copies de pièces d&apos;identité sont détruites dès que l&apos;identité est vérifiée.</translation>
    </message>
    <message>
        <source>Nothing attached: first say what the files are, then drop them again.</source>
        <translation>Rien n&apos;a été joint : indiquez d&apos;abord la nature des fichiers, puis déposez-les à nouveau.</translation>
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
    <name>EmailReplyDialog</name>
    <message>
        <source>Reply by e-mail</source>
        <translation>Répondre par e-mail</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>À :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Message :</translation>
    </message>
    <message>
        <source>Attached:</source>
        <translation>Pièce jointe :</translation>
    </message>
    <message>
        <source>Data copy (JSON):</source>
        <translation>Copie des données (JSON) :</translation>
    </message>
    <message>
        <source>{0} (the archived letter, {1} KB)</source>
        <translation>{0} (le courrier archivé, {1} Ko)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Required for a portability reply (GDPR Art. 20(1): machine-readable)</source>
        <translation>Obligatoire pour une réponse de portabilité (art. 20.1 du RGPD : lisible par machine)</translation>
    </message>
    <message>
        <source>It left: record it as sent</source>
        <translation>Il est parti : l&apos;enregistrer comme envoyé</translation>
    </message>
    <message>
        <source>It did not leave</source>
        <translation>Il n&apos;est pas parti</translation>
    </message>
    <message>
        <source>Open in my mail program</source>
        <translation>Ouvrir dans ma messagerie</translation>
    </message>
    <message>
        <source>Send now (SMTP)</source>
        <translation>Envoyer maintenant (SMTP)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Your request {0}</source>
        <translation>Votre demande {0}</translation>
    </message>
    <message>
        <source>Hello,

Please find attached our letter about your request {0}.

Kind regards,</source>
        <translation>Bonjour,

Veuillez trouver ci-joint notre courrier concernant votre demande {0}.

Bien cordialement,</translation>
    </message>
    <message>
        <source>Set the SMTP server in Settings, E-mail, to send from here</source>
        <translation>Réglez le serveur SMTP dans Réglages, E-mail, pour envoyer d&apos;ici</translation>
    </message>
    <message>
        <source>A sending of this letter by e-mail was interrupted: it may have left. Check your mail&apos;s Sent folder or with the recipient, then answer.</source>
        <translation>Un envoi de ce courrier par e-mail a été interrompu : il est peut-être parti. Vérifiez le dossier Envoyés de votre messagerie ou auprès du destinataire, puis répondez.</translation>
    </message>
    <message>
        <source>This letter was handed to your mail program. Once you sent it from there, record it as sent (its Message-ID is kept).</source>
        <translation>Ce courrier a été remis à votre messagerie. Une fois envoyé depuis celle-ci, enregistrez-le comme envoyé (son Message-ID est conservé).</translation>
    </message>
    <message>
        <source>Choose the data copy</source>
        <translation>Choisir la copie des données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Written to {0} and opened in your mail program.</source>
        <translation>Écrit dans {0} et ouvert dans votre messagerie.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Recorded: the e-mail did not leave.</source>
        <translation>Enregistré : l&apos;e-mail n&apos;est pas parti.</translation>
    </message>
    <message>
        <source>Sent to {0} and recorded (Message-ID {1}).</source>
        <translation>Envoyé à {0} et enregistré (Message-ID {1}).</translation>
    </message>
</context>
<context>
    <name>ExtendDialog</name>
    <message>
        <source>Extend the deadline — %1</source>
        <translation>Prolonger le délai — %1</translation>
    </message>
    <message>
        <source>The period can be extended once, by the extra time the law allows, if the request is complex or numerous. The person must be told, with the reasons, before the first deadline.</source>
        <translation>Le délai peut être prolongé une fois, de la durée supplémentaire prévue par la loi, lorsque la demande est complexe ou que les demandes sont nombreuses. La personne doit en être informée, avec les motifs, avant la première échéance.</translation>
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
        <translation>Motifs de la prolongation</translation>
    </message>
    <message>
        <source>&amp;Reasons:</source>
        <translation>&amp;Motifs :</translation>
    </message>
    <message>
        <source>Evidence of the earlier decision</source>
        <translation>Justificatif de la décision antérieure</translation>
    </message>
    <message>
        <source>Only if decided before today: where the decision is recorded</source>
        <translation>Uniquement si la décision est antérieure à aujourd&apos;hui : où elle est consignée</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Justificatif :</translation>
    </message>
    <message>
        <source>Extended deadline</source>
        <translation>Échéance prolongée</translation>
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
        <translation>Échéance prolongée :</translation>
    </message>
    <message>
        <source>Notify the person by:</source>
        <translation>Informer la personne au plus tard le :</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Prolonger le délai</translation>
    </message>
    <message>
        <source>This jurisdiction has no extension.</source>
        <translation>Ce droit applicable ne prévoit pas de prolongation.</translation>
    </message>
    <message>
        <source>The reasons are required: they go in the notice to the person (GDPR Art. 12(3)).</source>
        <translation>Les motifs sont obligatoires : ils figurent dans la notification adressée à la personne (RGPD art. 12(3)).</translation>
    </message>
    <message>
        <source>The decision is dated before today: say where it is recorded (evidence). It will show as late.</source>
        <translation>La décision est datée d&apos;avant aujourd&apos;hui : indiquez où elle est consignée (justificatif). Elle apparaîtra comme tardive.</translation>
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
    <name>FiguresView</name>
    <message>
        <source>n/a</source>
        <translation>s.o.</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests received</source>
        <translation>Demandes reçues</translation>
    </message>
    <message>
        <source>%1 a month on average; most exercised: %2.</source>
        <translation>%1 par mois en moyenne ; droit le plus exercé : %2.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Answered on time</source>
        <translation>Réponses dans les délais</translation>
    </message>
    <message>
        <source>%1 of %2 requests due or answered in the period were answered by the deadline in force (GDPR Art. 12(3)); %3 late.</source>
        <translation>%1 des %2 demandes échues ou traitées sur la période ont reçu réponse dans le délai en vigueur (art. 12.3 du RGPD) ; %3 en retard.</translation>
    </message>
    <message>
        <source>Median time to answer</source>
        <translation>Délai médian de réponse</translation>
    </message>
    <message>
        <source>Over %1 answers; nine in ten within %2.</source>
        <translation>Sur %1 réponses ; neuf sur dix en %2 au plus.</translation>
    </message>
    <message>
        <source>Requests refused</source>
        <translation>Demandes refusées</translation>
    </message>
    <message>
        <source>Most frequent ground: %1. </source>
        <translation>Motif le plus fréquent : %1. </translation>
    </message>
    <message>
        <source>Extensions decided: %1.</source>
        <translation>Prolongations décidées : %1.</translation>
    </message>
    <message>
        <source>Personal data breaches</source>
        <translation>Violations de données</translation>
    </message>
    <message>
        <source>%1 notified to the authority, %2 within 72 hours (GDPR Art. 33); %3 to the persons.</source>
        <translation>%1 notifiée(s) à l&apos;autorité, dont %2 dans les 72 heures (art. 33 du RGPD) ; %3 communiquée(s) aux personnes.</translation>
    </message>
    <message>
        <source>Backups verified</source>
        <translation>Sauvegardes vérifiées</translation>
    </message>
    <message>
        <source>Each archive verified in full before it is kept; %1 failed.</source>
        <translation>Chaque archive est vérifiée en entier avant d&apos;être conservée ; %1 échec(s).</translation>
    </message>
    <message>
        <source>    of which complaints</source>
        <translation>    dont réclamations</translation>
    </message>
    <message>
        <source>Requests due or answered in the period</source>
        <translation>Demandes échues ou traitées sur la période</translation>
    </message>
    <message>
        <source>Answered by the deadline in force</source>
        <translation>Réponses dans le délai en vigueur</translation>
    </message>
    <message>
        <source>Answers sent (replies and refusals)</source>
        <translation>Réponses envoyées (dont refus)</translation>
    </message>
    <message>
        <source>90th percentile of the time to answer</source>
        <translation>90e centile du délai de réponse</translation>
    </message>
    <message>
        <source>Extensions decided (GDPR Art. 12(3))</source>
        <translation>Prolongations décidées (art. 12.3 du RGPD)</translation>
    </message>
    <message>
        <source>    of which notified too late (not counted)</source>
        <translation>    dont notifiées trop tard (non prises en compte)</translation>
    </message>
    <message>
        <source>Channel: %1</source>
        <translation>Canal : %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refus : %1</translation>
    </message>
    <message>
        <source>Identity proofs requested (GDPR Art. 12(6))</source>
        <translation>Justificatifs d&apos;identité demandés (art. 12.6 du RGPD)</translation>
    </message>
    <message>
        <source>    received</source>
        <translation>    reçus</translation>
    </message>
    <message>
        <source>    identity verified</source>
        <translation>    identité vérifiée</translation>
    </message>
    <message>
        <source>    verification failed</source>
        <translation>    vérification en échec</translation>
    </message>
    <message>
        <source>Breaches notified to the authority after 72 hours</source>
        <translation>Violations notifiées à l&apos;autorité après 72 heures</translation>
    </message>
    <message>
        <source>Breaches not notified, reasons recorded (GDPR Art. 33(5))</source>
        <translation>Violations non notifiées, motifs consignés (art. 33.5 du RGPD)</translation>
    </message>
    <message>
        <source>Register changes: %1</source>
        <translation>Modifications des registres : %1</translation>
    </message>
    <message>
        <source>Backups that failed</source>
        <translation>Sauvegardes en échec</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>Restaurations</translation>
    </message>
    <message>
        <source>processing activities</source>
        <translation>traitements</translation>
    </message>
    <message>
        <source>recipients</source>
        <translation>destinataires</translation>
    </message>
    <message>
        <source>transfers</source>
        <translation>transferts</translation>
    </message>
    <message>
        <source>post-mortem directives</source>
        <translation>directives post mortem</translation>
    </message>
    <message>
        <source>Requests received per month</source>
        <translation>Demandes reçues par mois</translation>
    </message>
    <message>
        <source>Rights exercised (a request may exercise several)</source>
        <translation>Droits exercés (une demande peut en exercer plusieurs)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>All figures of the period</source>
        <translation>Tous les chiffres de la période</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose a file: {0}</source>
        <translation>Choisir un fichier : {0}</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to DPO Desk</source>
        <translation>Bienvenue dans DPO Desk</translation>
    </message>
    <message>
        <source>This data directory is empty. You can explore DPO Desk with a demonstration organisation (a French online jeweller and a few dozen requests), start with your own organisation, or join your team&apos;s server.</source>
        <translation>Ce dossier de données est vide. Vous pouvez découvrir DPO Desk avec une organisation de démonstration (un bijoutier en ligne français et quelques dizaines de demandes), commencer avec votre propre organisation, ou rejoindre le serveur de votre équipe.</translation>
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
        <source>Join a &amp;team server…</source>
        <translation>Rejoindre un serveur d&apos;é&amp;quipe…</translation>
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
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Unexpected error ({0}); nothing was saved. See the log.</source>
        <translation>Erreur inattendue ({0}) ; rien n&apos;a été enregistré. Consultez le journal.</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <source>&amp;Request information…</source>
        <translation>De&amp;mander des informations…</translation>
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
        <source>Attach the ID &amp;copy…</source>
        <translation>Joindre la &amp;copie de la pièce d&apos;identité…</translation>
    </message>
    <message>
        <source>Attach the identity document copy</source>
        <translation>Joindre la copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Kept only until identity is verified or fails, then destroyed</source>
        <translation>Conservée seulement jusqu&apos;à la vérification (ou l&apos;échec) de l&apos;identité, puis détruite</translation>
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
        <source>Answer by</source>
        <translation>Réponse attendue le</translation>
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
        <source>Attach the ID copy</source>
        <translation>Joindre la copie de la pièce d&apos;identité</translation>
    </message>
    <message>
        <source>Identity verified. Any identity document copy was destroyed; only the facts below are kept.</source>
        <translation>Identité vérifiée. Toute copie de pièce d&apos;identité a été détruite ; seuls les éléments ci-dessous sont conservés.</translation>
    </message>
    <message>
        <source>Expired: nothing was received by %1, the day given to answer. You may refuse the request because identity is not established, or still accept the information if it arrives.</source>
        <translation>Expirée : rien n&apos;a été reçu au %1, date limite de réponse indiquée. Vous pouvez refuser la demande faute d&apos;identité établie, ou accepter encore les informations si elles arrivent.</translation>
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
    <name>IncidentActions</name>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Modif&amp;ier…</translation>
    </message>
    <message>
        <source>Complete or correct the facts of the incident as they arrive (people, consequences, measures, advice to the persons)</source>
        <translation>Compléter ou corriger les faits de l&apos;incident à mesure qu&apos;ils sont connus (personnes, conséquences, mesures, conseils aux personnes)</translation>
    </message>
    <message>
        <source>C&amp;lose the incident</source>
        <translation>C&amp;lore l&apos;incident</translation>
    </message>
    <message>
        <source>Close the incident once it is handled; its entry stays in the register</source>
        <translation>Clore l&apos;incident une fois traité ; son entrée reste au registre</translation>
    </message>
    <message>
        <source>E&amp;xport the register…</source>
        <translation>E&amp;xporter le registre…</translation>
    </message>
    <message>
        <source>The incident register for the authority: every incident, notified or not</source>
        <translation>Le registre des incidents pour l&apos;autorité : tous les incidents, notifiés ou non</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>%1 updated.</source>
        <translation>%1 mis à jour.</translation>
    </message>
    <message>
        <source>%1 closed; its entry stays in the register.</source>
        <translation>%1 clos ; son entrée reste au registre.</translation>
    </message>
    <message>
        <source>exporting the incident register</source>
        <translation>d&apos;exporter le registre des incidents</translation>
    </message>
    <message>
        <source>Export the incident register</source>
        <translation>Exporter le registre des incidents</translation>
    </message>
    <message>
        <source>Export cancelled; nothing written.</source>
        <translation>Export annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s) exported to %1.</source>
        <translation>
            <numerusform>%n incident exporté vers %1.</numerusform>
            <numerusform>%n incidents exportés vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentClocksButton</name>
    <message>
        <source>Incident clocks running</source>
        <translation>Délais de notification en cours</translation>
    </message>
    <message>
        <source>one is due within 24 hours</source>
        <translation>une échéance dans moins de 24 heures</translation>
    </message>
    <message>
        <source>Show the incidents</source>
        <translation>Afficher les incidents</translation>
    </message>
</context>
<context>
    <name>IncidentIntakeDialog</name>
    <message>
        <source>Complete %1</source>
        <translation>Compléter %1</translation>
    </message>
    <message>
        <source>Record an incident</source>
        <translation>Enregistrer un incident</translation>
    </message>
    <message>
        <source>Short description</source>
        <translation>Description courte</translation>
    </message>
    <message>
        <source>Became aware on</source>
        <translation>Prise de connaissance le</translation>
    </message>
    <message>
        <source>YYYY-MM-DD HH:MM (unknown: leave empty)</source>
        <translation>AAAA-MM-JJ HH:MM (inconnu : laisser vide)</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Début le</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Fin le</translation>
    </message>
    <message>
        <source>Notice to the authority due</source>
        <translation>Notification à l&apos;autorité au plus tard</translation>
    </message>
    <message>
        <source>Reported by</source>
        <translation>Signalé par</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Data concerned</source>
        <translation>Données concernées</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Sous-traitants et destinataires</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>People concerned (about)</source>
        <translation>Personnes concernées (environ)</translation>
    </message>
    <message>
        <source>Records concerned (about)</source>
        <translation>Enregistrements concernés (environ)</translation>
    </message>
    <message>
        <source>Of whom living in Quebec</source>
        <translation>Dont résidant au Québec</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <source>What the persons can do</source>
        <translation>Ce que les personnes peuvent faire</translation>
    </message>
    <message>
        <source>The clock started at awareness: it stays as recorded.</source>
        <translation>Le délai court depuis la prise de connaissance : elle reste telle qu&apos;enregistrée.</translation>
    </message>
</context>
<context>
    <name>IncidentRetention</name>
    <message>
        <source>Re&amp;move…</source>
        <translation>Suppri&amp;mer…</translation>
    </message>
    <message>
        <source>Remove the ticked incident register entries for good (asks first)</source>
        <translation>Supprimer définitivement les entrées cochées du registre des incidents (demande d&apos;abord)</translation>
    </message>
    <message>
        <source>Incident register entries whose retention has ended</source>
        <translation>Entrées du registre des incidents dont la durée de conservation est écoulée</translation>
    </message>
    <message>
        <source>%1 — %2 — kept until %3</source>
        <translation>%1 — %2 — conservée jusqu&apos;au %3</translation>
    </message>
    <message numerus="yes">
        <source>%n closed incident register entry(ies) kept five years from awareness (Quebec, r. 3.1 s. 7) may now be removed:</source>
        <translation>
            <numerusform>%n entrée close du registre des incidents, conservée cinq ans après la prise de connaissance (Québec, r. 3.1, art. 7), peut maintenant être supprimée :</numerusform>
            <numerusform>%n entrées closes du registre des incidents, conservées cinq ans après la prise de connaissance (Québec, r. 3.1, art. 7), peuvent maintenant être supprimées :</numerusform>
        </translation>
    </message>
    <message>
        <source>Incident register: no closed entry has passed its five years from awareness (Quebec, r. 3.1 s. 7); GDPR-only entries are kept.</source>
        <translation>Registre des incidents : aucune entrée close n&apos;a dépassé ses cinq ans depuis la prise de connaissance (Québec, r. 3.1, art. 7) ; les entrées relevant du seul RGPD sont conservées.</translation>
    </message>
    <message>
        <source>Tick the incident entries to remove first.</source>
        <translation>Cochez d&apos;abord les entrées d&apos;incident à supprimer.</translation>
    </message>
    <message>
        <source>removing incident register entries</source>
        <translation>de supprimer des entrées du registre des incidents</translation>
    </message>
    <message>
        <source>Remove incident register entries</source>
        <translation>Supprimer des entrées du registre des incidents</translation>
    </message>
    <message numerus="yes">
        <source>Remove %n incident register entry(ies)?</source>
        <translation>
            <numerusform>Supprimer %n entrée du registre des incidents ?</numerusform>
            <numerusform>Supprimer %n entrées du registre des incidents ?</numerusform>
        </translation>
    </message>
    <message>
        <source>%1

Their notices, links and documents are deleted for good; the audit trail keeps that they were removed. Backups made before keep them until thinning removes those backups.</source>
        <translation>%1

Leurs notifications, liens et documents sont définitivement supprimés ; le journal d&apos;audit garde la trace de leur suppression. Les sauvegardes antérieures les conservent jusqu&apos;à ce que l&apos;espacement les supprime.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n incident register entry(ies) removed.</source>
        <translation>
            <numerusform>%n entrée du registre des incidents supprimée.</numerusform>
            <numerusform>%n entrées du registre des incidents supprimées.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IncidentView</name>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>GDPR risk</source>
        <translation>Risque (RGPD)</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Quebec: sensitivity</source>
        <translation>Québec : sensibilité</translation>
    </message>
    <message>
        <source>Quebec: anticipated consequences</source>
        <translation>Québec : conséquences appréhendées</translation>
    </message>
    <message>
        <source>Quebec: likelihood of misuse</source>
        <translation>Québec : probabilité d&apos;utilisation préjudiciable</translation>
    </message>
    <message>
        <source>Quebec: serious injury</source>
        <translation>Québec : préjudice sérieux</translation>
    </message>
    <message>
        <source>Quebec: reasons</source>
        <translation>Québec : motifs</translation>
    </message>
    <message>
        <source>Reasons not to notify</source>
        <translation>Motifs de non-notification</translation>
    </message>
    <message>
        <source>Risk of serious injury</source>
        <translation>Risque de préjudice sérieux</translation>
    </message>
    <message>
        <source>Record the assessment</source>
        <translation>Enregistrer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Decide not to notify</source>
        <translation>Décider de ne pas notifier</translation>
    </message>
    <message>
        <source>Produce</source>
        <translation>Produire</translation>
    </message>
    <message>
        <source>Mark sent</source>
        <translation>Marquer envoyé</translation>
    </message>
    <message>
        <source>Reasons for a late notice (Art. 33(1))</source>
        <translation>Motifs d&apos;une notification tardive (art. 33.1)</translation>
    </message>
    <message>
        <source>Notification summary (authority)</source>
        <translation>Synthèse de notification (autorité)</translation>
    </message>
    <message>
        <source>Notice to the CAI</source>
        <translation>Avis à la CAI</translation>
    </message>
    <message>
        <source>Notice to the persons</source>
        <translation>Avis aux personnes</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Produced</source>
        <translation>Produit le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>authority notified on %1</source>
        <translation>autorité notifiée le %1</translation>
    </message>
    <message>
        <source>no clock running</source>
        <translation>aucun délai en cours</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Aware on</source>
        <translation>Connaissance le</translation>
    </message>
    <message>
        <source>Notice due</source>
        <translation>Échéance de notification</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Measures proposed</source>
        <translation>Mesures envisagées</translation>
    </message>
    <message>
        <source>What the persons can do</source>
        <translation>Ce que les personnes peuvent faire</translation>
    </message>
    <message>
        <source>Processors and recipients</source>
        <translation>Sous-traitants et destinataires</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>Notices sent</source>
        <translation>Notifications envoyées</translation>
    </message>
    <message>
        <source>Quebec: time since awareness</source>
        <translation>Québec : temps écoulé depuis la prise de connaissance</translation>
    </message>
    <message>
        <source>The 72 hours explained</source>
        <translation>Les 72 heures expliquées</translation>
    </message>
    <message>
        <source>Assessment recorded.</source>
        <translation>Évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Decision not to notify recorded.</source>
        <translation>Décision de ne pas notifier enregistrée.</translation>
    </message>
    <message>
        <source>Document produced; check it, then mark it sent.</source>
        <translation>Document produit ; vérifiez-le, puis marquez-le envoyé.</translation>
    </message>
    <message>
        <source>Select a document first.</source>
        <translation>Sélectionnez d&apos;abord un document.</translation>
    </message>
    <message>
        <source>Marked sent; the notice is recorded.</source>
        <translation>Marqué envoyé ; la notification est enregistrée.</translation>
    </message>
</context>
<context>
    <name>IncidentsPage</name>
    <message>
        <source>Incidents</source>
        <translation>Incidents</translation>
    </message>
    <message>
        <source>Breaches and incidents</source>
        <translation>Violations et incidents</translation>
    </message>
    <message>
        <source>All incidents</source>
        <translation>Tous les incidents</translation>
    </message>
    <message>
        <source>Clocks running</source>
        <translation>Délais en cours</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Quebec</source>
        <translation>Québec</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Rechercher…</translation>
    </message>
    <message>
        <source>Record an incident…</source>
        <translation>Enregistrer un incident…</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Aware on</source>
        <translation>Connaissance le</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Quebec: %1 since awareness</source>
        <translation>Québec : %1 depuis la prise de connaissance</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
</context>
<context>
    <name>InspectionDialog</name>
    <message>
        <source>Inspection pack</source>
        <translation>Dossier d&apos;inspection</translation>
    </message>
    <message>
        <source>Folder of the pack</source>
        <translation>Dossier de destination</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>XLSX and ODS</source>
        <translation>XLSX et ODS</translation>
    </message>
    <message>
        <source>Include persons&apos; names in the request log and the directives (otherwise pseudonyms)</source>
        <translation>Inclure les noms des personnes dans le registre des demandes et les directives (sinon des pseudonymes)</translation>
    </message>
    <message>
        <source>&amp;Write the pack…</source>
        <translation>&amp;Écrire le dossier…</translation>
    </message>
    <message>
        <source>&amp;Folder (new or empty)</source>
        <translation>&amp;Dossier (nouveau ou vide)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Spreadsheets</source>
        <translation>&amp;Tableurs</translation>
    </message>
    <message>
        <source>What the CNIL or the CAI asks for on the day of an inspection: the register (PDF and spreadsheets), recipients and transfers, post-mortem directives, the request log with every deadline and whether it was met, the incident register and a certificate of the audit chain, each file listed with its SHA-256 in an index signed with this store&apos;s key.</source>
        <translation>Ce que la CNIL ou la CAI demande le jour d&apos;un contrôle : le registre (PDF et tableurs), les destinataires et transferts, les directives post mortem, le registre des demandes avec chaque échéance et son respect, le registre des violations et un certificat de la chaîne d&apos;audit, chaque fichier listé avec son SHA-256 dans un index signé avec la clé de ce dossier de données.</translation>
    </message>
    <message>
        <source>Where to put the pack</source>
        <translation>Où placer le dossier d&apos;inspection</translation>
    </message>
    <message>
        <source>with the persons&apos; names</source>
        <translation>avec le nom des personnes</translation>
    </message>
    <message>
        <source>with pseudonyms instead of names</source>
        <translation>avec des pseudonymes à la place des noms</translation>
    </message>
    <message>
        <source>The pack will contain personal data:</source>
        <translation>Le dossier contiendra des données personnelles :</translation>
    </message>
    <message>
        <source>• the request log: {0} requests, {1}; no e-mail, address or note;</source>
        <translation>• le registre des demandes : {0} demandes, {1} ; ni e-mail, ni adresse, ni note ;</translation>
    </message>
    <message>
        <source>• post-mortem directives: {0}, {1};</source>
        <translation>• les directives post mortem : {0}, {1} ;</translation>
    </message>
    <message>
        <source>• the incident register: {0} incidents, as described in DPO Desk;</source>
        <translation>• le registre des violations : {0} incidents, tels que décrits dans DPO Desk ;</translation>
    </message>
    <message>
        <source>• the register ({0} activities): the names and contacts of the controller, the DPO and the processors.</source>
        <translation>• le registre ({0} traitements) : les noms et coordonnées du responsable du traitement, du DPO et des sous-traitants.</translation>
    </message>
    <message>
        <source>Hand it only to the authority, over a secure channel. Write it now?</source>
        <translation>Ne le remettez qu&apos;à l&apos;autorité, par un canal sécurisé. L&apos;écrire maintenant ?</translation>
    </message>
    <message>
        <source>Personal data in the pack</source>
        <translation>Données personnelles dans le dossier</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the inspection pack…</source>
        <translation>Écriture du dossier d&apos;inspection…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Writing {0} ({1} of {2})…</source>
        <translation>Écriture de {0} ({1} sur {2})…</translation>
    </message>
    <message>
        <source>{0} of {1} requests</source>
        <translation>{0} demandes sur {1}</translation>
    </message>
    <message>
        <source>Pack written to {0}: {1} files, signed (key fingerprint {2}).</source>
        <translation>Dossier écrit dans {0} : {1} fichiers, signé (empreinte de la clé {2}).</translation>
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
        <translation>E-&amp;mail :</translation>
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
        <source>Make the typed details this person&apos;s own (the earlier ones are kept)</source>
        <translation>Enregistrer ces coordonnées pour cette personne (les précédentes sont conservées)</translation>
    </message>
    <message>
        <source>Keep the new details for this person</source>
        <translation>Conserver les nouvelles coordonnées pour cette personne</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Re&amp;ceived:</source>
        <translation>Reçue &amp;le :</translation>
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
        <source>&amp;What is it?</source>
        <translation>&amp;De quoi s&apos;agit-il ?</translation>
    </message>
    <message>
        <source>Choose what the files are…</source>
        <translation>Indiquez la nature des fichiers…</translation>
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
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Not the details on file (this request&apos;s letters go to the new ones):</source>
        <translation>Coordonnées différentes de celles enregistrées (les courriers de cette demande iront aux nouvelles) :</translation>
    </message>
    <message>
        <source>%1: %2 on file, now %3</source>
        <translation>%1 : %2 dans la fiche, désormais %3</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Date received</source>
        <translation>Date de réception</translation>
    </message>
    <message>
        <source>Time received</source>
        <translation>Heure de réception</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Kind of the files to attach</source>
        <translation>Nature des fichiers à joindre</translation>
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
    <message>
        <source>A request cannot be received in the future: check the date.</source>
        <translation>Une demande ne peut pas être reçue dans le futur : vérifiez la date.</translation>
    </message>
    <message>
        <source>Time in the organisation&apos;s zone (%1)</source>
        <translation>Heure dans le fuseau de l&apos;organisme (%1)</translation>
    </message>
    <message>
        <source>The organisation&apos;s settings could not be read: %1</source>
        <translation>Les paramètres de l&apos;organisation n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>A request cannot be received in the future: check the time.</source>
        <translation>Une demande ne peut pas être reçue dans le futur : vérifiez l&apos;heure.</translation>
    </message>
    <message numerus="yes">
        <source>%n earlier request(s)</source>
        <translation>
            <numerusform>%n demande antérieure</numerusform>
            <numerusform>%n demandes antérieures</numerusform>
        </translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
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
        <translation>En cas de prolongation : %1 (à notifier à la personne au plus tard le %2).</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Nothing attached: first say what the files are (“What is it?”).</source>
        <translation>Rien n&apos;a été joint : indiquez d&apos;abord la nature des fichiers (« De quoi s&apos;agit-il ? »).</translation>
    </message>
    <message>
        <source>Not attached:</source>
        <translation>Non joints :</translation>
    </message>
    <message>
        <source>This form already holds a request: drop the e-mail on the main window to open another one.</source>
        <translation>Ce formulaire contient déjà une demande : déposez le message sur la fenêtre principale pour en ouvrir une autre.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Discard this request?</source>
        <translation>Abandonner cette demande ?</translation>
    </message>
    <message>
        <source>What you typed for this request has not been saved.</source>
        <translation>Ce que vous avez saisi pour cette demande n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <source>Save it to keep it; discard it only if it was entered by mistake.</source>
        <translation>Enregistrez-la pour la conserver ; ne l&apos;abandonnez que si elle a été saisie par erreur.</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Tick at least one right.</source>
        <translation>Cochez au moins un droit.</translation>
    </message>
    <message>
        <source>Date received: %1</source>
        <translation>Date de réception : %1</translation>
    </message>
    <message>
        <source>The requester&apos;s name is required.</source>
        <translation>Le nom du demandeur est obligatoire.</translation>
    </message>
    <message>
        <source>kept only in the sealed e-mail: %1</source>
        <translation>conservé seulement dans le courriel scellé : %1</translation>
    </message>
    <message>
        <source>(from the e-mail)</source>
        <translation>(du message)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnue</translation>
    </message>
    <message>
        <source>the organisation&apos;s mail server (Received:)</source>
        <translation>le serveur de messagerie de l&apos;organisme (Received:)</translation>
    </message>
    <message>
        <source>the sender&apos;s Date: header (no Received: hop)</source>
        <translation>l&apos;en-tête Date: de l&apos;expéditeur (aucun Received:)</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>aucun en-tête</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sans objet)</translation>
    </message>
    <message>
        <source>From the e-mail “%1”, received %2 according to %3. Check the rights suggested from its words; on saving, the original message is kept sealed as proof of receipt.</source>
        <translation>D&apos;après le message « %1 », reçu le %2 selon %3. Vérifiez les droits suggérés par ses mots ; à l&apos;enregistrement, le message d&apos;origine est conservé scellé comme preuve de réception.</translation>
    </message>
</context>
<context>
    <name>JoinServerDialog</name>
    <message>
        <source>Join a team server</source>
        <translation>Rejoindre un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Your administrator gives you the server&apos;s address, the database, your user name and password, and the CA file that proves the server is genuine. The password is kept in the system keyring, never in a file.</source>
        <translation>Votre administrateur vous donne l&apos;adresse du serveur, la base de données, votre nom d&apos;utilisateur et votre mot de passe, ainsi que le fichier d&apos;autorité de certification (CA) qui prouve que le serveur est authentique. Le mot de passe est conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>Verify the certificate and the host name (recommended)</source>
        <translation>Vérifier le certificat et le nom du serveur (recommandé)</translation>
    </message>
    <message>
        <source>Verify the certificate only</source>
        <translation>Vérifier le certificat seulement</translation>
    </message>
    <message>
        <source>Encrypt without verifying (not safe)</source>
        <translation>Chiffrer sans vérifier (peu sûr)</translation>
    </message>
    <message>
        <source>No encryption (test servers only)</source>
        <translation>Sans chiffrement (serveurs de test seulement)</translation>
    </message>
    <message>
        <source>The CA file (.pem or .crt) from your administrator</source>
        <translation>Le fichier CA (.pem ou .crt) donné par votre administrateur</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS :</translation>
    </message>
    <message>
        <source>&amp;CA file:</source>
        <translation>&amp;Fichier CA :</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>Tester la &amp;connexion</translation>
    </message>
    <message>
        <source>&amp;Join</source>
        <translation>&amp;Rejoindre</translation>
    </message>
    <message>
        <source>The server&apos;s CA file</source>
        <translation>Le fichier CA du serveur</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>adjoint</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>Connected as %1, but %1 is not a member of the DPO Desk team: ask the DPO to add you.</source>
        <translation>Connecté en tant que %1, mais %1 ne fait pas partie de l&apos;équipe DPO Desk : demandez au DPO de vous ajouter.</translation>
    </message>
    <message>
        <source>Connected as %1 (role: %2), PostgreSQL %3.</source>
        <translation>Connecté en tant que %1 (rôle : %2), PostgreSQL %3.</translation>
    </message>
    <message>
        <source>The database has no DPO Desk data yet: the DPO prepares it with &apos;dpo-desk team init&apos;.</source>
        <translation>La base ne contient pas encore de données DPO Desk : le DPO la prépare avec « dpo-desk team init ».</translation>
    </message>
    <message>
        <source>Joined: DPO Desk opens this server at its next start.</source>
        <translation>Serveur rejoint : DPO Desk l&apos;ouvrira au prochain démarrage.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>France (GDPR, metropolitan calendar)</source>
        <translation>France (RGPD, calendrier métropolitain)</translation>
    </message>
    <message>
        <source>France, Moselle (GDPR, local law calendar)</source>
        <translation>France, Moselle (RGPD, calendrier de droit local)</translation>
    </message>
    <message>
        <source>France, Bas-Rhin (GDPR, local law calendar)</source>
        <translation>France, Bas-Rhin (RGPD, calendrier de droit local)</translation>
    </message>
    <message>
        <source>France, Haut-Rhin (GDPR, local law calendar)</source>
        <translation>France, Haut-Rhin (RGPD, calendrier de droit local)</translation>
    </message>
    <message>
        <source>United Kingdom (UK GDPR, England and Wales bank holidays)</source>
        <translation>Royaume-Uni (UK GDPR, jours fériés d&apos;Angleterre et du pays de Galles)</translation>
    </message>
    <message>
        <source>Quebec (private sector, P-39.1)</source>
        <translation>Québec (secteur privé, P-39.1)</translation>
    </message>
    <message>
        <source>California (CCPA / CPRA)</source>
        <translation>Californie (CCPA / CPRA)</translation>
    </message>
    <message>
        <source>Canada, federal (PIPEDA)</source>
        <translation>Canada, fédéral (LPRPDE)</translation>
    </message>
    <message>
        <source>Brazil (LGPD)</source>
        <translation>Brésil (LGPD)</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>En attente d&apos;identité</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Prolongée</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondue</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clôturée</translation>
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
        <translation>Demander l&apos;identité</translation>
    </message>
    <message>
        <source>Start work</source>
        <translation>Prendre en charge</translation>
    </message>
    <message>
        <source>Mark answered</source>
        <translation>Marquer comme répondue</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clôturer</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Record withdrawal</source>
        <translation>Enregistrer le retrait</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Transmettre</translation>
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
        <translation>Prolongations à notifier</translation>
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
        <source>Expired (no answer in time)</source>
        <translation>Expirée (pas de réponse dans le délai)</translation>
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
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <source>Legal obligation to keep the data</source>
        <translation>Obligation légale de conserver les données</translation>
    </message>
    <message>
        <source>Legal claims</source>
        <translation>Droits en justice</translation>
    </message>
    <message>
        <source>Compelling legitimate grounds</source>
        <translation>Motifs légitimes et impérieux</translation>
    </message>
    <message>
        <source>Rights and freedoms of others</source>
        <translation>Droits et libertés d&apos;autrui</translation>
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
        <translation>Délai prolongé</translation>
    </message>
    <message>
        <source>Case assigned</source>
        <translation>Dossier attribué</translation>
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
        <source>Identity request expired</source>
        <translation>Demande d&apos;identité expirée</translation>
    </message>
    <message>
        <source>Recipients notified</source>
        <translation>Destinataires informés</translation>
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
        <source>Document exported</source>
        <translation>Document exporté</translation>
    </message>
    <message>
        <source>Document deleted</source>
        <translation>Document supprimé</translation>
    </message>
    <message>
        <source>Contact details replaced</source>
        <translation>Coordonnées remplacées</translation>
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
        <source>Letter approved (four-eyes review)</source>
        <translation>Courrier approuvé (contrôle à quatre yeux)</translation>
    </message>
    <message>
        <source>Letter being sent by e-mail</source>
        <translation>Courrier en cours d&apos;envoi par e-mail</translation>
    </message>
    <message>
        <source>Letter e-mail handed to the mail program</source>
        <translation>E-mail du courrier remis à la messagerie</translation>
    </message>
    <message>
        <source>Letter e-mail not sent</source>
        <translation>E-mail du courrier non envoyé</translation>
    </message>
    <message>
        <source>Letter e-mail withdrawn (did not leave)</source>
        <translation>E-mail du courrier annulé (non parti)</translation>
    </message>
    <message>
        <source>Requests imported from a file</source>
        <translation>Demandes importées d&apos;un fichier</translation>
    </message>
    <message>
        <source>SMTP password changed</source>
        <translation>Mot de passe SMTP modifié</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>Courrier exporté</translation>
    </message>
    <message>
        <source>Letter delivery recorded</source>
        <translation>Remise de la lettre enregistrée</translation>
    </message>
    <message>
        <source>Access reply scope chosen</source>
        <translation>Périmètre de la réponse d’accès choisi</translation>
    </message>
    <message>
        <source>Facts of the refusal recorded</source>
        <translation>Faits du refus enregistrés</translation>
    </message>
    <message>
        <source>Request anonymised</source>
        <translation>Demande anonymisée</translation>
    </message>
    <message>
        <source>Request flagged</source>
        <translation>Demande signalée</translation>
    </message>
    <message>
        <source>Data subject recorded</source>
        <translation>Personne concernée enregistrée</translation>
    </message>
    <message>
        <source>Data subject recorded as deceased</source>
        <translation>Personne concernée enregistrée comme décédée</translation>
    </message>
    <message>
        <source>Processing activity added</source>
        <translation>Traitement ajouté</translation>
    </message>
    <message>
        <source>Processing activity changed</source>
        <translation>Traitement modifié</translation>
    </message>
    <message>
        <source>Processing activity removed</source>
        <translation>Traitement supprimé</translation>
    </message>
    <message>
        <source>Recipient added</source>
        <translation>Destinataire ajouté</translation>
    </message>
    <message>
        <source>Recipient changed</source>
        <translation>Destinataire modifié</translation>
    </message>
    <message>
        <source>Recipient removed</source>
        <translation>Destinataire supprimé</translation>
    </message>
    <message>
        <source>Transfer added</source>
        <translation>Transfert ajouté</translation>
    </message>
    <message>
        <source>Transfer changed</source>
        <translation>Transfert modifié</translation>
    </message>
    <message>
        <source>Transfer removed</source>
        <translation>Transfert supprimé</translation>
    </message>
    <message>
        <source>Safeguards copy disclosed</source>
        <translation>Copie des garanties communiquée</translation>
    </message>
    <message>
        <source>Post-mortem directive registered</source>
        <translation>Directive post mortem enregistrée</translation>
    </message>
    <message>
        <source>Post-mortem directive changed</source>
        <translation>Directive post mortem modifiée</translation>
    </message>
    <message>
        <source>Post-mortem directive revoked</source>
        <translation>Directive post mortem révoquée</translation>
    </message>
    <message>
        <source>Death notified</source>
        <translation>Décès signalé</translation>
    </message>
    <message>
        <source>Action after a death recorded</source>
        <translation>Action après décès consignée</translation>
    </message>
    <message>
        <source>Heirs answered</source>
        <translation>Réponse aux héritiers</translation>
    </message>
    <message>
        <source>Death evidence attached</source>
        <translation>Justificatif de décès joint</translation>
    </message>
    <message>
        <source>Death evidence destroyed</source>
        <translation>Justificatif de décès détruit</translation>
    </message>
    <message>
        <source>Register exported</source>
        <translation>Registre exporté</translation>
    </message>
    <message>
        <source>Register imported</source>
        <translation>Registre importé</translation>
    </message>
    <message>
        <source>Requests exported</source>
        <translation>Demandes exportées</translation>
    </message>
    <message>
        <source>Team server prepared</source>
        <translation>Serveur d’équipe préparé</translation>
    </message>
    <message>
        <source>Team member added</source>
        <translation>Membre de l’équipe ajouté</translation>
    </message>
    <message>
        <source>Team member removed</source>
        <translation>Membre de l’équipe retiré</translation>
    </message>
    <message>
        <source>Team key created</source>
        <translation>Clé d&apos;équipe créée</translation>
    </message>
    <message>
        <source>Team key given to a member</source>
        <translation>Clé d&apos;équipe remise à un membre</translation>
    </message>
    <message>
        <source>Team key replaced</source>
        <translation>Clé d&apos;équipe remplacée</translation>
    </message>
    <message>
        <source>Team key secret changed</source>
        <translation>Secret de la clé d&apos;équipe changé</translation>
    </message>
    <message>
        <source>Incident register exported</source>
        <translation>Registre des incidents exporté</translation>
    </message>
    <message>
        <source>Register of processing printed</source>
        <translation>Registre des traitements imprimé</translation>
    </message>
    <message>
        <source>Inspection pack written</source>
        <translation>Dossier d&apos;inspection écrit</translation>
    </message>
    <message>
        <source>Security measure added</source>
        <translation>Mesure de sécurité ajoutée</translation>
    </message>
    <message>
        <source>Security measure changed</source>
        <translation>Mesure de sécurité modifiée</translation>
    </message>
    <message>
        <source>Security measure removed</source>
        <translation>Mesure de sécurité retirée</translation>
    </message>
    <message>
        <source>Transfer impact assessment recorded</source>
        <translation>Évaluation de l&apos;impact du transfert enregistrée</translation>
    </message>
    <message>
        <source>Annual report written</source>
        <translation>Rapport annuel rédigé</translation>
    </message>
    <message>
        <source>Incident registered</source>
        <translation>Incident enregistré</translation>
    </message>
    <message>
        <source>Incident risk assessed</source>
        <translation>Risque de l’incident évalué</translation>
    </message>
    <message>
        <source>Decision on notification recorded</source>
        <translation>Décision sur la notification consignée</translation>
    </message>
    <message>
        <source>Incident notice sent</source>
        <translation>Notification d’incident envoyée</translation>
    </message>
    <message>
        <source>Incident document produced</source>
        <translation>Document d’incident produit</translation>
    </message>
    <message>
        <source>Incident document marked sent</source>
        <translation>Document d’incident marqué envoyé</translation>
    </message>
    <message>
        <source>Incident facts completed</source>
        <translation>Faits de l&apos;incident complétés</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incident clos</translation>
    </message>
    <message>
        <source>Incident entry removed (retention)</source>
        <translation>Entrée d’incident supprimée (conservation)</translation>
    </message>
    <message>
        <source>Organisation set up</source>
        <translation>Organisme configuré</translation>
    </message>
    <message>
        <source>Organisation settings changed</source>
        <translation>Réglages de l&apos;organisme modifiés</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Sauvegarde effectuée</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Desk moved to a team server</source>
        <translation>Poste déplacé vers un serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>Window locked</source>
        <translation>Fenêtre verrouillée</translation>
    </message>
    <message>
        <source>Window unlocked</source>
        <translation>Fenêtre déverrouillée</translation>
    </message>
    <message>
        <source>Failed unlock attempt</source>
        <translation>Échec de déverrouillage</translation>
    </message>
    <message>
        <source>Passphrase confirmed</source>
        <translation>Phrase secrète confirmée</translation>
    </message>
    <message>
        <source>Deadline suspended</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Extension period</source>
        <translation>Période de prolongation</translation>
    </message>
    <message>
        <source>Request received by e-mail</source>
        <translation>Demande reçue par courriel</translation>
    </message>
    <message>
        <source>E-mail (sealed original)</source>
        <translation>Courriel (original scellé)</translation>
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
        <source>Copy of the data (JSON or CSV)</source>
        <translation>Copie des données (JSON ou CSV)</translation>
    </message>
    <message>
        <source>Data copy (*.json *.csv);;All files (*)</source>
        <translation>Copie des données (*.json *.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Fondement juridique : %1</translation>
    </message>
    <message>
        <source>Not available for this case now (its law or its state)</source>
        <translation>Indisponible pour ce dossier à ce stade (sa loi applicable ou son état)</translation>
    </message>
    <message>
        <source>New letter</source>
        <translation>Nouveau courrier</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Kind of letter</source>
        <translation>Type de courrier</translation>
    </message>
    <message>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Language of the letter</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>The letter&apos;s language; the default is the organisation&apos;s</source>
        <translation>La langue du courrier ; par défaut, celle de l&apos;organisme</translation>
    </message>
    <message>
        <source>&amp;Free paragraph:</source>
        <translation>Paragraphe li&amp;bre :</translation>
    </message>
    <message>
        <source>Free paragraph</source>
        <translation>Paragraphe libre</translation>
    </message>
    <message>
        <source>Printed where the template has [[free_text]]; leave empty for none</source>
        <translation>Imprimé à l&apos;emplacement de [[free_text]] dans le modèle ; laisser vide pour ne rien ajouter</translation>
    </message>
    <message>
        <source>Data &amp;copy:</source>
        <translation>&amp;Copie des données :</translation>
    </message>
    <message>
        <source>Data copy file</source>
        <translation>Fichier de copie des données</translation>
    </message>
    <message>
        <source>The JSON or CSV file with the data extracted from your systems, printed as an annex (the copy of Art. 15(3))</source>
        <translation>Le fichier JSON ou CSV des données extraites de vos systèmes, imprimé en annexe (la copie de l&apos;art. 15.3)</translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <source>CSV (UTF-8, what a spreadsheet exports): one row per item, columns section, field, value. JSON: {&quot;sections&quot;: [{&quot;title&quot;: &quot;Orders&quot;, &quot;rows&quot;: [[&quot;Order&quot;, &quot;A-1024&quot;]]}]}. Each section becomes a table of the annex.</source>
        <translation>CSV (UTF-8, tel qu&apos;exporté par un tableur) : une ligne par donnée, colonnes section, field, value. JSON : {&quot;sections&quot;: [{&quot;title&quot;: &quot;Commandes&quot;, &quot;rows&quot;: [[&quot;Commande&quot;, &quot;A-1024&quot;]]}]}. Chaque section devient un tableau de l&apos;annexe.</translation>
    </message>
    <message>
        <source>No file: the copy is sent &amp;separately</source>
        <translation>Sans fichier : la copie est envoyée &amp;séparément</translation>
    </message>
    <message>
        <source>The letter then says that the copy follows, by the due date</source>
        <translation>Le courrier indique alors que la copie suit, au plus tard à la date limite</translation>
    </message>
    <message>
        <source>Remove the chosen file</source>
        <translation>Retirer le fichier choisi</translation>
    </message>
    <message>
        <source>&amp;Actions done:</source>
        <translation>Actions &amp;effectuées :</translation>
    </message>
    <message>
        <source>Actions done</source>
        <translation>Actions effectuées</translation>
    </message>
    <message>
        <source>One action per line; empty: the usual sentence for each right</source>
        <translation>Une action par ligne ; vide : la phrase habituelle pour chaque droit</translation>
    </message>
    <message>
        <source>&amp;Late because:</source>
        <translation>&amp;Retard dû à :</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Motif du retard</translation>
    </message>
    <message>
        <source>Only for a letter written after its date: why it is late. The letter is then marked late in the list and the audit log</source>
        <translation>Uniquement pour un courrier rédigé après sa date limite : pourquoi il est en retard. Le courrier est alors signalé en retard dans la liste et le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Optional: a paragraph of your own</source>
        <translation>Facultatif : un paragraphe rédigé par vous</translation>
    </message>
    <message>
        <source>One action per line</source>
        <translation>Une action par ligne</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose a data copy file</source>
        <translation>Choisir un fichier de copie des données</translation>
    </message>
    <message>
        <source>Choose the JSON or CSV file to print as an annex</source>
        <translation>Choisir le fichier JSON ou CSV à imprimer en annexe</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Remove the data copy file</source>
        <translation>Retirer le fichier de copie des données</translation>
    </message>
</context>
<context>
    <name>LetterReview</name>
    <message>
        <source>Approved by %1</source>
        <translation>Approuvé par %1</translation>
    </message>
    <message>
        <source>Drafted by %1; approved by %2 on %3</source>
        <translation>Rédigé par %1 ; approuvé par %2 le %3</translation>
    </message>
    <message>
        <source>Drafted by %1; another DPO or deputy must approve it before it is sent</source>
        <translation>Rédigé par %1 ; un autre DPO ou adjoint doit l&apos;approuver avant l&apos;envoi</translation>
    </message>
    <message>
        <source>To approve</source>
        <translation>À approuver</translation>
    </message>
    <message>
        <source>Drafted by %1</source>
        <translation>Rédigé par %1</translation>
    </message>
    <message>
        <source>Select a draft to approve it</source>
        <translation>Sélectionnez un brouillon pour l&apos;approuver</translation>
    </message>
    <message>
        <source>Approve this draft as its second reader (four-eyes review)</source>
        <translation>Approuver ce brouillon en second relecteur (contrôle à quatre yeux)</translation>
    </message>
    <message>
        <source>Four-eyes review: another DPO or deputy must approve this letter first</source>
        <translation>Contrôle à quatre yeux : un autre DPO ou adjoint doit d&apos;abord approuver ce courrier</translation>
    </message>
</context>
<context>
    <name>LettersPage</name>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>D&apos;origine</translation>
    </message>
    <message>
        <source>Your copy in the data folder is used for new letters</source>
        <translation>Votre copie dans le dossier de données est utilisée pour les nouveaux courriers</translation>
    </message>
    <message>
        <source>The template shipped with DPO Desk</source>
        <translation>Le modèle fourni avec DPO Desk</translation>
    </message>
    <message>
        <source>Unsaved template</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <source>Your changes to this template are not saved. Save them?</source>
        <translation>Vos modifications de ce modèle ne sont pas enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>%1 — your copy: %2</source>
        <translation>%1 — votre copie : %2</translation>
    </message>
    <message>
        <source>%1 — shipped version (read only): press “Edit template” to make your own copy.</source>
        <translation>%1 — version d&apos;origine (lecture seule) : cliquez sur « Modifier le modèle » pour créer votre propre copie.</translation>
    </message>
    <message>
        <source>Editing your copy: %1</source>
        <translation>Modification de votre copie : %1</translation>
    </message>
    <message>
        <source>Template saved: %1</source>
        <translation>Modèle enregistré : %1</translation>
    </message>
    <message>
        <source>Rendering the sample letter…</source>
        <translation>Préparation du courrier d&apos;exemple…</translation>
    </message>
    <message>
        <source>Restore the shipped version</source>
        <translation>Restaurer la version d&apos;origine</translation>
    </message>
    <message>
        <source>Delete your edited copy of “%1” (%2)? New letters will use the shipped template again. Letters already generated do not change.</source>
        <translation>Supprimer votre copie modifiée de « %1 » (%2) ? Les nouveaux courriers utiliseront de nouveau le modèle d&apos;origine. Les courriers déjà générés ne changent pas.</translation>
    </message>
    <message>
        <source>Shipped version restored.</source>
        <translation>Version d&apos;origine restaurée.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>&amp;Templates</source>
        <translation>Modè&amp;les</translation>
    </message>
    <message>
        <source>Recent &amp;letters</source>
        <translation>Courriers ré&amp;cents</translation>
    </message>
    <message>
        <source>Letter te&amp;mplates</source>
        <translation>Modèles de co&amp;urriers</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Letter templates</source>
        <translation>Modèles de courriers</translation>
    </message>
    <message>
        <source>Each kind of letter in each language; “Edited” means your copy is used</source>
        <translation>Chaque type de courrier dans chaque langue ; « Modifié » signifie que votre copie est utilisée</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé le</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Recent letters</source>
        <translation>Courriers récents</translation>
    </message>
    <message>
        <source>Letters of every case, newest first; press Enter to open the case</source>
        <translation>Courriers de tous les dossiers, les plus récents en premier ; appuyez sur Entrée pour ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Edit template</source>
        <translation>&amp;Modifier le modèle</translation>
    </message>
    <message>
        <source>Edit template</source>
        <translation>Modifier le modèle</translation>
    </message>
    <message>
        <source>Copy the shipped template into your data folder and edit the copy</source>
        <translation>Copier le modèle d&apos;origine dans votre dossier de données et modifier la copie</translation>
    </message>
    <message>
        <source>&amp;Restore shipped version…</source>
        <translation>&amp;Restaurer la version d&apos;origine…</translation>
    </message>
    <message>
        <source>Restore shipped version</source>
        <translation>Restaurer la version d&apos;origine</translation>
    </message>
    <message>
        <source>Delete your copy; the shipped template applies again</source>
        <translation>Supprimer votre copie ; le modèle d&apos;origine s&apos;applique de nouveau</translation>
    </message>
    <message>
        <source>&amp;Open case</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Show the case of the selected letter</source>
        <translation>Afficher le dossier du courrier sélectionné</translation>
    </message>
    <message>
        <source>Letters status</source>
        <translation>État des courriers</translation>
    </message>
    <message>
        <source>Select a template and press “Preview with sample data” to see a letter made with it.</source>
        <translation>Sélectionnez un modèle et cliquez sur « Aperçu avec des données d&apos;exemple » pour voir un courrier établi à partir de ce modèle.</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Fondement juridique : %1</translation>
    </message>
</context>
<context>
    <name>LiveRefresh</name>
    <message>
        <source>Reconnected to the team server: everything shown was read again</source>
        <translation>Reconnecté au serveur de l’équipe : tout ce qui est affiché a été relu</translation>
    </message>
    <message>
        <source>Updated by %1</source>
        <translation>Mis à jour par %1</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>DPO Desk is locked</source>
        <translation>DPO Desk est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Unlock with the passphrase or the recovery key</source>
        <translation>Déverrouiller avec la phrase secrète ou la clé de secours</translation>
    </message>
    <message>
        <source>Unlock with the system &amp;keyring</source>
        <translation>Déverrouiller avec le &amp;trousseau du système</translation>
    </message>
    <message>
        <source>Unlock with the system keyring</source>
        <translation>Déverrouiller avec le trousseau du système</translation>
    </message>
    <message>
        <source>This data has no passphrase: ask the system keyring for its key again</source>
        <translation>Ces données n&apos;ont pas de phrase secrète : redemander leur clé au trousseau du système</translation>
    </message>
    <message>
        <source>Your data stays open behind this screen so that a backup can finish; nothing is shown until you unlock.</source>
        <translation>Vos données restent ouvertes derrière cet écran pour qu&apos;une sauvegarde puisse se terminer ; rien n&apos;est affiché tant que vous n&apos;avez pas déverrouillé.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minute(s) without activity.</source>
        <translation>
            <numerusform>Verrouillé après %n minute d&apos;inactivité.</numerusform>
            <numerusform>Verrouillé après %n minutes d&apos;inactivité.</numerusform>
        </translation>
    </message>
    <message>
        <source>Locked when the computer&apos;s screen was locked.</source>
        <translation>Verrouillé lors du verrouillage de l&apos;écran de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Locked when the computer went to sleep.</source>
        <translation>Verrouillé lors de la mise en veille de l&apos;ordinateur.</translation>
    </message>
    <message>
        <source>Locked on request.</source>
        <translation>Verrouillé à la demande.</translation>
    </message>
    <message>
        <source>The system keyring did not give the key (%1).</source>
        <translation>Le trousseau du système n&apos;a pas fourni la clé (%1).</translation>
    </message>
</context>
<context>
    <name>MailBatchDialog</name>
    <message>
        <source>Import e-mails</source>
        <translation>Importer des courriels</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>Rights suggested</source>
        <translation>Droits suggérés</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Import all</source>
        <translation>&amp;Tout importer</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>Lecture des messages…</translation>
    </message>
    <message>
        <source>%1 message(s). Each becomes a case with the rights its words suggest (a reply joins its case); the original is sealed as proof of receipt. Imported: %2, refused: %3.</source>
        <translation>%1 message(s). Chacun devient un dossier avec les droits que suggèrent ses mots (une réponse rejoint son dossier) ; l&apos;original est scellé comme preuve de réception. Importés : %2, refusés : %3.</translation>
    </message>
    <message>
        <source>New case %1</source>
        <translation>Nouveau dossier %1</translation>
    </message>
    <message>
        <source>Added to case %1</source>
        <translation>Ajouté au dossier %1</translation>
    </message>
    <message>
        <source>Stopped: the messages not yet imported were left as they are.</source>
        <translation>Arrêté : les messages non encore importés sont restés tels quels.</translation>
    </message>
</context>
<context>
    <name>MailDrop</name>
    <message>
        <source>This message was already imported (case %1); it was not imported again.</source>
        <translation>Ce message a déjà été importé (dossier %1) ; il n&apos;a pas été importé une seconde fois.</translation>
    </message>
    <message>
        <source>Drop e-mails here (.eml, .msg or .mbox) to open requests; attach other files from a case&apos;s Documents tab.</source>
        <translation>Déposez ici des courriels (.eml, .msg ou .mbox) pour ouvrir des demandes ; joignez les autres fichiers depuis l&apos;onglet Documents d&apos;un dossier.</translation>
    </message>
    <message>
        <source>This message answers case %1: it was added to that case (the message sealed, its text in the notes).</source>
        <translation>Ce message répond au dossier %1 : il y a été ajouté (le message scellé, son texte dans les notes).</translation>
    </message>
    <message>
        <source>Reply added</source>
        <translation>Réponse ajoutée</translation>
    </message>
</context>
<context>
    <name>MailSettingsBox</name>
    <message>
        <source>E-mail (replies sent from the desk)</source>
        <translation>E-mail (réponses envoyées depuis le bureau)</translation>
    </message>
    <message>
        <source>SMTP server:</source>
        <translation>Serveur SMTP :</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port :</translation>
    </message>
    <message>
        <source>Security:</source>
        <translation>Sécurité :</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur :</translation>
    </message>
    <message>
        <source>Sender address:</source>
        <translation>Adresse d&apos;expédition :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>SSL/TLS (port 465)</source>
        <translation>SSL/TLS (port 465)</translation>
    </message>
    <message>
        <source>None (local relay only)</source>
        <translation>Aucune (relais local seulement)</translation>
    </message>
    <message>
        <source>Kept in the system keyring; empty: unchanged</source>
        <translation>Gardé dans le trousseau du système ; vide : inchangé</translation>
    </message>
    <message>
        <source>Save e-mail settings</source>
        <translation>Enregistrer les réglages e-mail</translation>
    </message>
    <message>
        <source>A password is kept in the system keyring.</source>
        <translation>Un mot de passe est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>E-mail settings saved.</source>
        <translation>Réglages e-mail enregistrés.</translation>
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
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>A&amp;ller à</translation>
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
        <source>&amp;Lock now</source>
        <translation>&amp;Verrouiller maintenant</translation>
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
        <source>Select a letter to print.</source>
        <translation>Sélectionnez un courrier à imprimer.</translation>
    </message>
    <message>
        <source>The lock needs encrypted data (a passphrase to unlock with).</source>
        <translation>Le verrouillage nécessite des données chiffrées (une phrase secrète pour déverrouiller).</translation>
    </message>
</context>
<context>
    <name>MarkSentDialog</name>
    <message>
        <source>Mark the letter as sent</source>
        <translation>Marquer le courrier comme envoyé</translation>
    </message>
    <message>
        <source>“%1” becomes final: it can never be changed or sent again, and it is archived with its SHA-256 fingerprint
%2

The day it left is the day compared with the deadline. To change the letter later, generate a new one.</source>
        <translation>« %1 » devient définitif : il ne pourra plus être modifié ni renvoyé, et il est archivé avec son empreinte SHA-256
%2

Le jour de son envoi est celui comparé à la date limite. Pour le modifier ensuite, générez un nouveau courrier.</translation>
    </message>
    <message>
        <source>Day the letter left</source>
        <translation>Jour d&apos;envoi du courrier</translation>
    </message>
    <message>
        <source>&amp;Sent on:</source>
        <translation>&amp;Envoyé le :</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Mode d&apos;envoi</translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation>&amp;Mode d&apos;envoi :</translation>
    </message>
    <message>
        <source>Registered post number</source>
        <translation>Numéro de recommandé</translation>
    </message>
    <message>
        <source>Printed on the registered post receipt</source>
        <translation>Imprimé sur la preuve de dépôt du recommandé</translation>
    </message>
    <message>
        <source>Registered post &amp;number:</source>
        <translation>&amp;Numéro de recommandé :</translation>
    </message>
    <message>
        <source>Mark as sent</source>
        <translation>Marquer comme envoyé</translation>
    </message>
</context>
<context>
    <name>MeasureForm</name>
    <message>
        <source>Edit a security measure</source>
        <translation>Modifier une mesure de sécurité</translation>
    </message>
    <message>
        <source>Add a security measure</source>
        <translation>Ajouter une mesure de sécurité</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Name in &amp;French</source>
        <translation>Nom en &amp;français</translation>
    </message>
    <message>
        <source>Empty: the English name is printed</source>
        <translation>Vide : le nom anglais est imprimé</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Description in F&amp;rench</source>
        <translation>Description en f&amp;rançais</translation>
    </message>
</context>
<context>
    <name>MeasuresDialog</name>
    <message>
        <source>Security measures (GDPR Art. 32)</source>
        <translation>Mesures de sécurité (RGPD, art. 32)</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>The company&apos;s security measures. Each activity of the register ticks the ones that protect it; the printed register lists them on the activity&apos;s sheet.</source>
        <translation>Les mesures de sécurité de l&apos;entreprise. Chaque traitement du registre coche celles qui le protègent ; le registre imprimé les liste sur la fiche du traitement.</translation>
    </message>
    <message>
        <source>Measure {0} added.</source>
        <translation>Mesure {0} ajoutée.</translation>
    </message>
    <message>
        <source>Measure {0} saved.</source>
        <translation>Mesure {0} enregistrée.</translation>
    </message>
    <message>
        <source>Remove a measure</source>
        <translation>Retirer une mesure</translation>
    </message>
    <message>
        <source>Remove {0} from the measures list?</source>
        <translation>Retirer {0} de la liste des mesures ?</translation>
    </message>
    <message>
        <source>Measure {0} removed.</source>
        <translation>Mesure {0} retirée.</translation>
    </message>
</context>
<context>
    <name>NotifyDeathDialog</name>
    <message>
        <source>Notify a death</source>
        <translation>Signaler un décès</translation>
    </message>
    <message>
        <source>&amp;Deceased</source>
        <translation>&amp;Défunt</translation>
    </message>
    <message>
        <source>Full name of the deceased person</source>
        <translation>Nom complet de la personne décédée</translation>
    </message>
    <message>
        <source>Deceased&apos;s &amp;e-mail</source>
        <translation>&amp;E-mail du défunt</translation>
    </message>
    <message>
        <source>Helps find the customer record and directives</source>
        <translation>Aide à retrouver la fiche client et les directives</translation>
    </message>
    <message>
        <source>known</source>
        <translation>connue</translation>
    </message>
    <message>
        <source>Date of dea&amp;th</source>
        <translation>Da&amp;te du décès</translation>
    </message>
    <message>
        <source>Notified &amp;on</source>
        <translation>Signalé &amp;le</translation>
    </message>
    <message>
        <source>The day the notification was received: the case&apos;s receipt</source>
        <translation>Date de réception du signalement : date de réception du dossier</translation>
    </message>
    <message>
        <source>&amp;Notifier</source>
        <translation>Décla&amp;rant</translation>
    </message>
    <message>
        <source>Who notifies the death</source>
        <translation>Qui signale le décès</translation>
    </message>
    <message>
        <source>&amp;Capacity</source>
        <translation>&amp;Qualité</translation>
    </message>
    <message>
        <source>Heir, person designated in the directives, or notary</source>
        <translation>Héritier, personne désignée dans les directives, ou notaire</translation>
    </message>
    <message>
        <source>Notifier&apos;s con&amp;tact</source>
        <translation>&amp;Coordonnées du déclarant</translation>
    </message>
    <message>
        <source>&amp;Requests</source>
        <translation>De&amp;mandes</translation>
    </message>
    <message>
        <source>Without directives, heirs may ask only what the succession needs and that the death be taken into account (Loi 78-17 art. 85 II)</source>
        <translation>Sans directives, les héritiers ne peuvent demander que ce qui est nécessaire à la succession et la prise en compte du décès (loi 78-17 art. 85 II)</translation>
    </message>
    <message>
        <source>Documents (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>Documents (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Death certi&amp;ficate</source>
        <translation>&amp;Acte de décès</translation>
    </message>
    <message>
        <source>Death certificate</source>
        <translation>Acte de décès</translation>
    </message>
    <message>
        <source>Evidence, purged once the heirs are answered</source>
        <translation>Justificatif, supprimé une fois la réponse faite aux héritiers</translation>
    </message>
    <message>
        <source>&amp;Proof of capacity</source>
        <translation>&amp;Justificatif de qualité</translation>
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
        <source>Assigned to:</source>
        <translation>Attribué à :</translation>
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
        <translation>Notifier la prolongation avant le :</translation>
    </message>
    <message>
        <source>Extension:</source>
        <translation>Prolongation :</translation>
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
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Decided on %1, new deadline %2. Reasons: %3</source>
        <translation>Décidée le %1, nouvelle échéance le %2. Motifs : %3</translation>
    </message>
    <message>
        <source>Not extended</source>
        <translation>Non prolongé</translation>
    </message>
    <message>
        <source>Facts: %1</source>
        <translation>Faits : %1</translation>
    </message>
    <message>
        <source>Answered on %1</source>
        <translation>Répondue le %1</translation>
    </message>
    <message>
        <source>closed without a reply sent: %1</source>
        <translation>clôturé sans courrier de réponse envoyé : %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources : %1</translation>
    </message>
</context>
<context>
    <name>PartiesTable</name>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contract date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <source>Clauses checked</source>
        <translation>Clauses vérifiées</translation>
    </message>
    <message>
        <source>Joint controllers and processors</source>
        <translation>Responsables conjoints et sous-traitants</translation>
    </message>
    <message>
        <source>Add a party</source>
        <translation>Ajouter un intervenant</translation>
    </message>
    <message>
        <source>Remove the selected party</source>
        <translation>Retirer l&apos;intervenant sélectionné</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>vérifiées</translation>
    </message>
</context>
<context>
    <name>PdfView</name>
    <message>
        <source>No document to show.</source>
        <translation>Aucun document à afficher.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (error %1).</source>
        <translation>Ce PDF ne peut pas être affiché (erreur %1).</translation>
    </message>
    <message>
        <source>Qt PDF is not installed, so the letter opened in your PDF viewer. Its temporary copy (readable by you only) is deleted when DPO Desk closes.</source>
        <translation>Qt PDF n&apos;est pas installé : le courrier s&apos;est ouvert dans votre lecteur PDF. Sa copie temporaire (lisible par vous seul) est supprimée à la fermeture de DPO Desk.</translation>
    </message>
    <message>
        <source>Qt PDF is not installed and no PDF viewer could be started. Use “Save as PDF” to keep the letter and open it yourself.</source>
        <translation>Qt PDF n&apos;est pas installé et aucun lecteur PDF n&apos;a pu être lancé. Utilisez « Enregistrer en PDF » pour conserver le courrier et l&apos;ouvrir vous-même.</translation>
    </message>
    <message>
        <source>/ %1</source>
        <translation>/ %1</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Pleine largeur</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+PgUp)</source>
        <translation>Page précédente (Ctrl+Pg préc.)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page (Ctrl+PgDown)</source>
        <translation>Page suivante (Ctrl+Pg suiv.)</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Numéro de page</translation>
    </message>
    <message>
        <source>Type a page number and press Enter</source>
        <translation>Saisissez un numéro de page et appuyez sur Entrée</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation>Ajuster la page à la largeur</translation>
    </message>
    <message>
        <source>Document viewer message</source>
        <translation>Message de la visionneuse</translation>
    </message>
    <message>
        <source>Document viewer</source>
        <translation>Visionneuse de documents</translation>
    </message>
</context>
<context>
    <name>PrintRegister</name>
    <message>
        <source>PDF in the CNIL model&apos;s layout (*.pdf)</source>
        <translation>PDF au format du modèle de la CNIL (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>OpenDocument spreadsheet (*.ods)</source>
        <translation>Classeur OpenDocument (*.ods)</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>Imprimer le registre</translation>
    </message>
    <message>
        <source>Register written to {0} ({1} activities).</source>
        <translation>Registre écrit dans {0} ({1} traitements).</translation>
    </message>
</context>
<context>
    <name>ProcessingPage</name>
    <message>
        <source>Activity</source>
        <translation>Traitement</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Automated decision</source>
        <translation>Décision automatisée</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>No (kept for history)</source>
        <translation>Non (conservé pour l&apos;historique)</translation>
    </message>
    <message>
        <source>Register of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>The record of processing activities (GDPR Art. 30(1)). An access reply draws purposes, categories, recipients, retention, source and automated decisions from it (Art. 15(1)).</source>
        <translation>Le registre des activités de traitement (RGPD art. 30(1)). Une réponse à une demande d&apos;accès y puise finalités, catégories, destinataires, durées de conservation, sources et décisions automatisées (art. 15(1)).</translation>
    </message>
    <message>
        <source>&amp;Add activity…</source>
        <translation>&amp;Ajouter un traitement…</translation>
    </message>
    <message>
        <source>Add a processing activity</source>
        <translation>Ajouter un traitement</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected activity</source>
        <translation>Modifier le traitement sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import activities from CSV or JSON; a refused file changes nothing</source>
        <translation>Importer des traitements depuis un fichier CSV ou JSON ; un fichier refusé ne modifie rien</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the register to CSV or JSON</source>
        <translation>Exporter le registre en CSV ou JSON</translation>
    </message>
    <message>
        <source>&amp;Measures list…</source>
        <translation>&amp;Liste des mesures…</translation>
    </message>
    <message>
        <source>The company&apos;s security measures (GDPR Art. 32) that activities tick</source>
        <translation>Les mesures de sécurité de l&apos;entreprise (RGPD, art. 32) que les traitements cochent</translation>
    </message>
    <message>
        <source>&amp;Print register…</source>
        <translation>&amp;Imprimer le registre…</translation>
    </message>
    <message>
        <source>The register as a PDF in the CNIL model&apos;s layout, or XLSX / ODS</source>
        <translation>Le registre en PDF au format du modèle de la CNIL, ou en XLSX / ODS</translation>
    </message>
    <message>
        <source>I&amp;nspection pack…</source>
        <translation>Dossier d&apos;i&amp;nspection…</translation>
    </message>
    <message>
        <source>Everything the authority asks for on the day of an inspection, in one signed folder</source>
        <translation>Tout ce que l&apos;autorité demande le jour d&apos;un contrôle, dans un dossier signé</translation>
    </message>
    <message>
        <source>Processing activities</source>
        <translation>Traitements</translation>
    </message>
    <message>
        <source>Selected activity</source>
        <translation>Traitement sélectionné</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Select an activity to see it in full.</source>
        <translation>Sélectionnez un traitement pour l&apos;afficher en entier.</translation>
    </message>
    <message>
        <source> (third country)</source>
        <translation> (pays tiers)</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Catégories de données</translation>
    </message>
    <message>
        <source>Data subjects</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Security measures</source>
        <translation>Mesures de sécurité</translation>
    </message>
    <message>
        <source>DPIA</source>
        <translation>AIPD</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Prochaine revue</translation>
    </message>
    <message>
        <source>done on {0}</source>
        <translation>réalisée le {0}</translation>
    </message>
    <message>
        <source>likely needed ({0} WP248 criteria), not done</source>
        <translation>probablement requise ({0} critères WP248), non réalisée</translation>
    </message>
    <message>
        <source>not presumed ({0} WP248 criteria)</source>
        <translation>non présumée ({0} critères WP248)</translation>
    </message>
    <message>
        <source>Activity {0} added.</source>
        <translation>Traitement « {0} » ajouté.</translation>
    </message>
    <message>
        <source>Activity {0} saved.</source>
        <translation>Traitement « {0} » enregistré.</translation>
    </message>
    <message>
        <source>Import processing activities</source>
        <translation>Importer des traitements</translation>
    </message>
    <message>
        <source>Export the register</source>
        <translation>Exporter le registre</translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <source>Confirm it is you</source>
        <translation>Confirmez votre identité</translation>
    </message>
    <message>
        <source>Before %1, type your passphrase (or the recovery key) again. This check is recorded in the audit trail.</source>
        <translation>Avant %1, saisissez de nouveau votre phrase secrète (ou la clé de secours). Cette vérification est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Check the passphrase, then go on</source>
        <translation>Vérifier la phrase secrète, puis poursuivre</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
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
        <source>Information cannot arrive in the future: check the date.</source>
        <translation>Des informations ne peuvent pas arriver dans le futur : vérifiez la date.</translation>
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
        <translation>Modifier un destinataire</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>The department, processor or third party</source>
        <translation>Le service interne, le sous-traitant ou le tiers</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Catégorie</translation>
    </message>
    <message>
        <source>Internal department, processor (Art. 28) or third party</source>
        <translation>Service interne, sous-traitant (art. 28) ou tiers</translation>
    </message>
    <message>
        <source>&amp;What it does</source>
        <translation>&amp;Service rendu</translation>
    </message>
    <message>
        <source>The service provided or why it receives data</source>
        <translation>La prestation fournie ou la raison pour laquelle il reçoit des données</translation>
    </message>
    <message>
        <source>C&amp;ountry</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>Two-letter ISO code (FR, US, MA…); outside the EEA, a transfer safeguard is needed</source>
        <translation>Code ISO à deux lettres (FR, US, MA…) ; hors EEE, une garantie de transfert est nécessaire</translation>
    </message>
    <message>
        <source>Name (FR)</source>
        <translation>Nom (FR)</translation>
    </message>
    <message>
        <source>French name in letters</source>
        <translation>Nom employé dans les courriers en français</translation>
    </message>
    <message>
        <source>What it does (FR)</source>
        <translation>Ce qu&apos;il fait (FR)</translation>
    </message>
    <message>
        <source>French text in letters</source>
        <translation>Texte employé dans les courriers en français</translation>
    </message>
    <message>
        <source>empty: the English text is used</source>
        <translation>vide : le texte anglais est employé</translation>
    </message>
</context>
<context>
    <name>RecipientNoticesDialog</name>
    <message>
        <source>Recipients notified — %1</source>
        <translation>Destinataires informés — %1</translation>
    </message>
    <message>
        <source>Tick the recipients you told of the rectification, erasure or restriction (GDPR Art. 19). The confirmation letter names only these.</source>
        <translation>Cochez les destinataires que vous avez informés de la rectification, de l&apos;effacement ou de la limitation (art. 19 du RGPD). Le courrier de confirmation ne nomme que ceux-ci.</translation>
    </message>
    <message>
        <source>Recipients of the register</source>
        <translation>Destinataires du registre</translation>
    </message>
    <message>
        <source>told on %1</source>
        <translation>informé le %1</translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation>&amp;Destinataires :</translation>
    </message>
    <message>
        <source>Day they were told</source>
        <translation>Date à laquelle ils ont été informés</translation>
    </message>
    <message>
        <source>&amp;Told on:</source>
        <translation>&amp;Informés le :</translation>
    </message>
    <message>
        <source>How they were told</source>
        <translation>Comment ils ont été informés</translation>
    </message>
    <message>
        <source>e.g. e-mail to the processor&apos;s support</source>
        <translation>par ex. courriel au support du sous-traitant</translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation>&amp;Comment :</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
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
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Third country?</source>
        <translation>Pays tiers ?</translation>
    </message>
    <message>
        <source>Safeguard</source>
        <translation>Garantie</translation>
    </message>
    <message>
        <source>Adequacy</source>
        <translation>Adéquation</translation>
    </message>
    <message>
        <source>SCC module</source>
        <translation>Module CCT</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Safeguard expired on {0}</source>
        <translation>Garantie expirée le {0}</translation>
    </message>
    <message>
        <source>Not valid before {0}</source>
        <translation>Pas valable avant le {0}</translation>
    </message>
    <message>
        <source>Adequacy status never checked</source>
        <translation>Adéquation jamais vérifiée</translation>
    </message>
    <message>
        <source>Adequacy checked more than a year ago ({0})</source>
        <translation>Adéquation vérifiée il y a plus d&apos;un an ({0})</translation>
    </message>
    <message>
        <source>No safeguard document recorded</source>
        <translation>Aucun document de garantie enregistré</translation>
    </message>
    <message>
        <source>Third country with no transfer safeguard recorded (GDPR Chapter V)</source>
        <translation>Pays tiers sans garantie de transfert enregistrée (RGPD chapitre V)</translation>
    </message>
    <message>
        <source>No (EEA)</source>
        <translation>Non (EEE)</translation>
    </message>
    <message>
        <source>Yes — outside the EEA</source>
        <translation>Oui — hors EEE</translation>
    </message>
    <message>
        <source>⚠ None recorded</source>
        <translation>⚠ Aucune enregistrée</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Non requise</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adéquat</translation>
    </message>
    <message>
        <source>Partially adequate</source>
        <translation>Partiellement adéquat</translation>
    </message>
    <message>
        <source>Not adequate</source>
        <translation>Non adéquat</translation>
    </message>
    <message>
        <source>{0}, never checked</source>
        <translation>{0}, jamais vérifié</translation>
    </message>
    <message>
        <source>{0}, checked {1}</source>
        <translation>{0}, vérifié le {1}</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>{0} (expired)</source>
        <translation>{0} (expirée)</translation>
    </message>
    <message>
        <source>Recipients and transfers</source>
        <translation>Destinataires et transferts</translation>
    </message>
    <message>
        <source>Who receives personal data (GDPR Art. 30(1)(d)) and, outside the EEA, the safeguard of each transfer (Chapter V). An access reply lists them (Art. 15(1)(c) and 15(2)).</source>
        <translation>Qui reçoit des données personnelles (RGPD art. 30(1)(d)) et, hors EEE, la garantie de chaque transfert (chapitre V). Une réponse à une demande d&apos;accès les énumère (art. 15(1)(c) et 15(2)).</translation>
    </message>
    <message>
        <source>&amp;Add recipient…</source>
        <translation>&amp;Ajouter un destinataire…</translation>
    </message>
    <message>
        <source>Add a recipient</source>
        <translation>Ajouter un destinataire</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected recipient</source>
        <translation>Modifier le destinataire sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected recipient, its transfers and its links to processing activities</source>
        <translation>Supprimer le destinataire sélectionné, ses transferts et ses liens avec les traitements</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import recipients and transfers from a CSV or JSON file; a refused file changes nothing</source>
        <translation>Importer des destinataires et des transferts depuis un fichier CSV ou JSON ; un fichier refusé ne modifie rien</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export recipients and transfers to CSV or JSON</source>
        <translation>Exporter les destinataires et les transferts en CSV ou JSON</translation>
    </message>
    <message>
        <source>Add &amp;transfer…</source>
        <translation>Ajouter un &amp;transfert…</translation>
    </message>
    <message>
        <source>Record a transfer of the selected recipient to a third country</source>
        <translation>Enregistrer un transfert du destinataire sélectionné vers un pays tiers</translation>
    </message>
    <message>
        <source>Edit t&amp;ransfer…</source>
        <translation>Modifier le t&amp;ransfert…</translation>
    </message>
    <message>
        <source>Edit the selected transfer</source>
        <translation>Modifier le transfert sélectionné</translation>
    </message>
    <message>
        <source>Delete tra&amp;nsfer</source>
        <translation>Supprimer le tra&amp;nsfert</translation>
    </message>
    <message>
        <source>Delete the selected transfer</source>
        <translation>Supprimer le transfert sélectionné</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Destinataires</translation>
    </message>
    <message>
        <source>Transfers of the selected recipient</source>
        <translation>Transferts du destinataire sélectionné</translation>
    </message>
    <message>
        <source>Transfers</source>
        <translation>Transferts</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Select a recipient to see its transfers.</source>
        <translation>Sélectionnez un destinataire pour voir ses transferts.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>{0} — {1}
Processing activities: {2}</source>
        <translation>{0} — {1}
Traitements : {2}</translation>
    </message>
    <message>
        <source>Recipient {0} added.</source>
        <translation>Destinataire « {0} » ajouté.</translation>
    </message>
    <message>
        <source>Recipient {0} saved.</source>
        <translation>Destinataire « {0} » enregistré.</translation>
    </message>
    <message>
        <source>Delete {0}, its {1} transfer(s) and its links to processing activities? Replies already sent keep what they disclosed.</source>
        <translation>Supprimer « {0} », ses transferts ({1}) et ses liens avec les traitements ? Les réponses déjà envoyées conservent ce qu&apos;elles ont communiqué.</translation>
    </message>
    <message>
        <source>Recipient {0} deleted.</source>
        <translation>Destinataire « {0} » supprimé.</translation>
    </message>
    <message>
        <source>Transfer to {0} recorded.</source>
        <translation>Transfert vers {0} enregistré.</translation>
    </message>
    <message>
        <source>Select a transfer first.</source>
        <translation>Sélectionnez d&apos;abord un transfert.</translation>
    </message>
    <message>
        <source>Transfer saved.</source>
        <translation>Transfert enregistré.</translation>
    </message>
    <message>
        <source>Delete the transfer to {0}?</source>
        <translation>Supprimer le transfert vers {0} ?</translation>
    </message>
    <message>
        <source>Transfer deleted.</source>
        <translation>Transfert supprimé.</translation>
    </message>
    <message>
        <source>Import recipients</source>
        <translation>Importer des destinataires</translation>
    </message>
    <message>
        <source>Export recipients</source>
        <translation>Exporter les destinataires</translation>
    </message>
</context>
<context>
    <name>RegisterAndRetention</name>
    <message>
        <source>&amp;Export the request register…</source>
        <translation>E&amp;xporter le registre des demandes…</translation>
    </message>
    <message>
        <source>For an auditor: no names, no e-mails, no notes</source>
        <translation>Pour un auditeur : ni noms, ni e-mails, ni notes</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <source>List the closed cases a purge would anonymise now; nothing changes</source>
        <translation>Lister les dossiers clôturés qu&apos;une purge anonymiserait maintenant ; rien n&apos;est modifié</translation>
    </message>
    <message>
        <source>&amp;Anonymise…</source>
        <translation>&amp;Anonymiser…</translation>
    </message>
    <message>
        <source>Anonymise the listed cases for good (asks first)</source>
        <translation>Anonymiser définitivement les dossiers listés (après confirmation)</translation>
    </message>
    <message>
        <source>Destroy spent &amp;evidence…</source>
        <translation>Purger les &amp;justificatifs…</translation>
    </message>
    <message>
        <source>Destroy the ID copies, death certificates and capacity proofs of closed cases (their purpose is met)</source>
        <translation>Détruire les copies de pièces d&apos;identité, actes de décès et justificatifs de qualité des dossiers clôturés (leur finalité est atteinte)</translation>
    </message>
    <message>
        <source>Request register</source>
        <translation>Registre des demandes</translation>
    </message>
    <message>
        <source>One line per request: dates, rights, status, outcome. No name, no e-mail, no notes. Spreadsheet formulas are neutralised.</source>
        <translation>Une ligne par demande : dates, droits, statut, issue. Ni nom, ni e-mail, ni notes. Les formules de tableur sont neutralisées.</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat :</translation>
    </message>
    <message>
        <source>Export format</source>
        <translation>Format d&apos;export</translation>
    </message>
    <message>
        <source>The file format of the export</source>
        <translation>Le format du fichier exporté</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Cases a purge would anonymise</source>
        <translation>Dossiers qu&apos;une purge anonymiserait</translation>
    </message>
    <message>
        <source>Export the request register</source>
        <translation>Exporter le registre des demandes</translation>
    </message>
    <message>
        <source>exporting the request register</source>
        <translation>d&apos;exporter le registre des demandes</translation>
    </message>
    <message>
        <source>Exporting the request register…</source>
        <translation>Export du registre des demandes…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) exported to %1.</source>
        <translation>
            <numerusform>%Ln demande exportée vers %1.</numerusform>
            <numerusform>%Ln demandes exportées vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 — closed on %2 — %n file(s)</source>
        <translation>
            <numerusform>%1 — clôturé le %2 — %n fichier</numerusform>
            <numerusform>%1 — clôturé le %2 — %n fichiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n closed case(s) would be anonymised now:</source>
        <translation>
            <numerusform>%n dossier clôturé serait anonymisé maintenant :</numerusform>
            <numerusform>%n dossiers clôturés seraient anonymisés maintenant :</numerusform>
        </translation>
    </message>
    <message>
        <source>No closed case has passed the retention period: nothing to anonymise.</source>
        <translation>Aucun dossier clôturé n&apos;a dépassé la durée de conservation : rien à anonymiser.</translation>
    </message>
    <message>
        <source>anonymising old cases</source>
        <translation>d&apos;anonymiser d&apos;anciens dossiers</translation>
    </message>
    <message>
        <source>Anonymise old cases</source>
        <translation>Anonymiser d&apos;anciens dossiers</translation>
    </message>
    <message numerus="yes">
        <source>Anonymise %n closed case(s)?</source>
        <translation>
            <numerusform>Anonymiser %n dossier clôturé ?</numerusform>
            <numerusform>Anonymiser %n dossiers clôturés ?</numerusform>
        </translation>
    </message>
    <message>
        <source>Names, contact details, notes and files of these cases are erased for good. Dates, rights and outcomes stay for statistics. Backups made before keep them until thinning removes those backups (up to about 12 months).</source>
        <translation>Les noms, coordonnées, notes et fichiers de ces dossiers sont définitivement effacés. Les dates, droits et issues restent pour les statistiques. Les sauvegardes antérieures les conservent jusqu&apos;à ce que l&apos;espacement les supprime (jusqu&apos;à environ 12 mois).</translation>
    </message>
    <message>
        <source>Anonymise</source>
        <translation>Anonymiser</translation>
    </message>
    <message numerus="yes">
        <source>%n case(s) anonymised</source>
        <translation>
            <numerusform>%n dossier anonymisé</numerusform>
            <numerusform>%n dossiers anonymisés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) destroyed.</source>
        <translation>
            <numerusform>%n fichier détruit.</numerusform>
            <numerusform>%n fichiers détruits.</numerusform>
        </translation>
    </message>
    <message>
        <source>destroying evidence</source>
        <translation>de détruire des justificatifs</translation>
    </message>
    <message>
        <source>Destroy spent evidence</source>
        <translation>Purger les justificatifs</translation>
    </message>
    <message>
        <source>Destroy the ID copies, death certificates and capacity proofs of closed cases?</source>
        <translation>Détruire les copies de pièces d&apos;identité, actes de décès et justificatifs de qualité des dossiers clôturés ?</translation>
    </message>
    <message>
        <source>Their purpose is met once the case is closed. Each destruction is recorded in the audit trail; the files cannot be recovered (except from older backups).</source>
        <translation>Leur finalité est atteinte une fois le dossier clôturé. Chaque destruction est inscrite au journal d&apos;audit ; les fichiers ne peuvent pas être récupérés (sauf depuis des sauvegardes plus anciennes).</translation>
    </message>
    <message>
        <source>Destroy</source>
        <translation>Détruire</translation>
    </message>
</context>
<context>
    <name>RegisterIO</name>
    <message>
        <source>CSV files (*.csv);;JSON files (*.json)</source>
        <translation>Fichiers CSV (*.csv);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Importing {0}…</source>
        <translation>Import de {0}…</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Importing {0}: {1} of {2} entries…</source>
        <translation>Import de {0} : {1} entrées sur {2}…</translation>
    </message>
    <message>
        <source>{0}: {1} created, {2} updated, {3} unchanged.</source>
        <translation>{0} : {1} créée(s), {2} mise(s) à jour, {3} inchangée(s).</translation>
    </message>
    <message>
        <source>{0} entries exported to {1}.</source>
        <translation>{0} entrées exportées vers {1}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Annual report of the Data Protection Officer</source>
        <translation>Rapport annuel du délégué à la protection des données</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Période :</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>L&apos;an dernier</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>12 derniers mois</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisée</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>PDF &amp;language:</source>
        <translation>&amp;Langue du PDF :</translation>
    </message>
    <message>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <source>Write the annual report of this period as a PDF</source>
        <translation>Écrire le rapport annuel de cette période en PDF</translation>
    </message>
    <message>
        <source>Give the first and last day of the period.</source>
        <translation>Indiquez le premier et le dernier jour de la période.</translation>
    </message>
    <message>
        <source>Computing the figures from %1 to %2…</source>
        <translation>Calcul des chiffres du %1 au %2…</translation>
    </message>
    <message>
        <source>Figures from %1 to %2, as known today.</source>
        <translation>Chiffres du %1 au %2, tels que connus aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Save the annual report</source>
        <translation>Enregistrer le rapport annuel</translation>
    </message>
    <message>
        <source>Saving cancelled; nothing written.</source>
        <translation>Enregistrement annulé ; rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Report saved to %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
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
        <source>The request cannot be dated in the future.</source>
        <translation>La demande ne peut pas être datée dans le futur.</translation>
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
        <source>Last day to answer</source>
        <translation>Dernier jour pour répondre</translation>
    </message>
    <message numerus="yes">
        <source>If nothing arrives by this day, the identity step expires: you may then refuse because identity is not established. Default: %n day(s) after today (a house choice; no law fixes it).</source>
        <translation>
            <numerusform>Si rien n&apos;arrive à cette date, la vérification d&apos;identité expire : vous pourrez alors refuser faute d&apos;identité établie. Par défaut : %n jour après aujourd&apos;hui (choix interne ; aucun texte ne le fixe).</numerusform>
            <numerusform>Si rien n&apos;arrive à cette date, la vérification d&apos;identité expire : vous pourrez alors refuser faute d&apos;identité établie. Par défaut : %n jours après aujourd&apos;hui (choix interne ; aucun texte ne le fixe).</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer &amp;by:</source>
        <translation>Réponse &amp;attendue le :</translation>
    </message>
    <message>
        <source>Request information</source>
        <translation>Demander des informations</translation>
    </message>
    <message>
        <source>The day to answer by is before the request.</source>
        <translation>La date limite de réponse précède la demande.</translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>Select a backup first.</source>
        <translation>Sélectionnez d&apos;abord une sauvegarde.</translation>
    </message>
    <message>
        <source>This backup is damaged: it cannot be restored.</source>
        <translation>Cette sauvegarde est endommagée : elle ne peut pas être restaurée.</translation>
    </message>
    <message>
        <source>Restore is not available in this window: use “dpo-desk backup restore”.</source>
        <translation>La restauration n&apos;est pas disponible dans cette fenêtre : utilisez « dpo-desk backup restore ».</translation>
    </message>
    <message>
        <source>restoring a backup</source>
        <translation>de restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Verifying %1 before the restore…</source>
        <translation>Vérification de %1 avant la restauration…</translation>
    </message>
    <message>
        <source>Replace the current data with the backup of %1?</source>
        <translation>Remplacer les données actuelles par la sauvegarde du %1 ?</translation>
    </message>
    <message>
        <source>This backup was made by another installation of DPO Desk (another computer or data directory), not this one. Replace the current data with it anyway?</source>
        <translation>Cette sauvegarde a été faite par une autre installation de DPO Desk (un autre ordinateur ou un autre dossier de données), pas par celle-ci. Remplacer quand même les données actuelles par son contenu ?</translation>
    </message>
    <message>
        <source>What DPO Desk holds now is backed up first (a “pre-restore” backup), then replaced. The restore is recorded in the audit trail.</source>
        <translation>Les données actuelles de DPO Desk sont d&apos;abord sauvegardées (sauvegarde « pre-restore »), puis remplacées. La restauration est inscrite au journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restoring %1…</source>
        <translation>Restauration de %1…</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Restore progress</source>
        <translation>Progression de la restauration</translation>
    </message>
    <message>
        <source>Restored the backup of %1.</source>
        <translation>Sauvegarde du %1 restaurée.</translation>
    </message>
    <message>
        <source>The data replaced is kept in %1.</source>
        <translation>Les données remplacées sont conservées dans %1.</translation>
    </message>
    <message>
        <source>The restore did not happen: %1</source>
        <translation>La restauration n&apos;a pas eu lieu : %1</translation>
    </message>
    <message>
        <source>DPO Desk must close</source>
        <translation>DPO Desk doit se fermer</translation>
    </message>
    <message>
        <source>DPO Desk could not reopen its data after the restore, so it will close. Start it again.</source>
        <translation>DPO Desk n&apos;a pas pu rouvrir ses données après la restauration et va se fermer. Relancez-le.</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <source>Revoke a directive</source>
        <translation>Révoquer une directive</translation>
    </message>
    <message>
        <source>Revoke the directive of {0} registered on {1}? It stays in the register, marked revoked, and is never executed.</source>
        <translation>Révoquer la directive de {0} enregistrée le {1} ? Elle reste dans le registre, marquée comme révoquée, et ne sera jamais exécutée.</translation>
    </message>
    <message>
        <source>Revoked &amp;on</source>
        <translation>Révoquée &amp;le</translation>
    </message>
    <message>
        <source>The day the person revoked the directive</source>
        <translation>Date à laquelle la personne a révoqué la directive</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>How the revocation was received</source>
        <translation>Comment la révocation a été reçue</translation>
    </message>
</context>
<context>
    <name>ScopeTab</name>
    <message>
        <source>Tick what concerns this person: the access reply describes only these processing activities, recipients and transfers (GDPR Art. 15; EDPB Guidelines 01/2022; CJEU C-154/21, the recipients actually involved).</source>
        <translation>Cochez ce qui concerne cette personne : la réponse d&apos;accès ne décrit que ces traitements, destinataires et transferts (RGPD art. 15 ; lignes directrices 01/2022 du CEPD ; CJUE C-154/21, les destinataires effectifs).</translation>
    </message>
    <message>
        <source>The person is one of our:</source>
        <translation>La personne fait partie de nos :</translation>
    </message>
    <message>
        <source>Register line</source>
        <translation>Ligne du registre</translation>
    </message>
    <message>
        <source>Why it is suggested</source>
        <translation>Pourquoi elle est suggérée</translation>
    </message>
    <message>
        <source>Scope of the access reply</source>
        <translation>Périmètre de la réponse d&apos;accès</translation>
    </message>
    <message>
        <source>&amp;Tick the suggestion</source>
        <translation>&amp;Cocher la suggestion</translation>
    </message>
    <message>
        <source>Tick every suggested line; untick what does not concern the person</source>
        <translation>Coche toutes les lignes suggérées ; décochez ce qui ne concerne pas la personne</translation>
    </message>
    <message>
        <source>&amp;Save the scope</source>
        <translation>&amp;Enregistrer le périmètre</translation>
    </message>
    <message>
        <source>Keep the ticked lines with the case (audited)</source>
        <translation>Conserver les lignes cochées avec le dossier (journalisé)</translation>
    </message>
    <message>
        <source>The access reply was sent: this scope is final.</source>
        <translation>La réponse d&apos;accès a été envoyée : ce périmètre est définitif.</translation>
    </message>
    <message>
        <source>No scope saved yet: the access reply cannot be written before.</source>
        <translation>Aucun périmètre enregistré : la réponse d&apos;accès ne peut pas être rédigée avant.</translation>
    </message>
    <message>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <source>right exercised</source>
        <translation>droit exercé</translation>
    </message>
    <message>
        <source>channel</source>
        <translation>canal</translation>
    </message>
    <message>
        <source>recipient of a suggested activity</source>
        <translation>destinataire d&apos;un traitement suggéré</translation>
    </message>
    <message>
        <source>transfer of a suggested recipient</source>
        <translation>transfert d&apos;un destinataire suggéré</translation>
    </message>
    <message>
        <source>Relationship: %1</source>
        <translation>Relation : %1</translation>
    </message>
    <message numerus="yes">
        <source>Scope saved: %n line(s) will be told in the access reply.</source>
        <translation>
            <numerusform>Périmètre enregistré : %n ligne figurera dans la réponse d&apos;accès.</numerusform>
            <numerusform>Périmètre enregistré : %n lignes figureront dans la réponse d&apos;accès.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretEntry</name>
    <message>
        <source>&amp;Recovery key:</source>
        <translation>Clé de &amp;secours :</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>The 30-character key shown when the encryption was set up</source>
        <translation>La clé de 30 caractères affichée lors de la mise en place du chiffrement</translation>
    </message>
    <message>
        <source>Use the passphrase instead</source>
        <translation>Utiliser plutôt la phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>The passphrase that protects this data</source>
        <translation>La phrase secrète qui protège ces données</translation>
    </message>
    <message>
        <source>Forgot it? Use the recovery key</source>
        <translation>Oubliée ? Utilisez la clé de secours</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the characters typed</source>
        <translation>Afficher les caractères saisis</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>Waiting time</source>
        <translation>Temps d&apos;attente</translation>
    </message>
    <message>
        <source>Wrong passphrase or damaged key file.</source>
        <translation>Phrase secrète erronée ou fichier de clé endommagé.</translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong attempts. Try again in %n second(s).</source>
        <translation>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n seconde.</numerusform>
            <numerusform>Trop de tentatives erronées. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the passphrase or the recovery key.</source>
        <translation>Saisissez la phrase secrète ou la clé de secours.</translation>
    </message>
    <message>
        <source>Unexpected error (%1); see the log.</source>
        <translation>Erreur inattendue (%1) ; consultez le journal.</translation>
    </message>
</context>
<context>
    <name>SecuritySession</name>
    <message>
        <source>Hide everything until the passphrase is typed again (Ctrl+L)</source>
        <translation>Tout masquer jusqu&apos;à ce que la phrase secrète soit de nouveau saisie (Ctrl+L)</translation>
    </message>
    <message>
        <source>The lock needs encrypted data (a passphrase to unlock with)</source>
        <translation>Le verrouillage nécessite des données chiffrées (une phrase secrète pour déverrouiller)</translation>
    </message>
</context>
<context>
    <name>ServerRefusedDialog</name>
    <message>
        <source>The team server did not open</source>
        <translation>Le serveur d&apos;équipe ne s&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>DPO Desk could not open the team server %1 as %2.</source>
        <translation>DPO Desk n&apos;a pas pu ouvrir le serveur d&apos;équipe %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Type your password to try again (it is then kept in this computer&apos;s keyring), or work alone on the data of this computer, which is kept.</source>
        <translation>Saisissez votre mot de passe pour réessayer (il est alors conservé dans le trousseau de cet ordinateur), ou travaillez seul sur les données de cet ordinateur, qui sont conservées.</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Work alone on this computer</source>
        <translation>Travailler seul sur cet ordinateur</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
        <translation>&amp;Nom de l&apos;organisme</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Forme juridique</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>City (for letters)</source>
        <translation>Ville (pour les courriers)</translation>
    </message>
    <message>
        <source>DPO&apos;s name</source>
        <translation>Nom du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s title</source>
        <translation>Titre du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s e-mail</source>
        <translation>E-mail du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s phone</source>
        <translation>Téléphone du DPO</translation>
    </message>
    <message>
        <source>DPO&apos;s postal address</source>
        <translation>Adresse postale du DPO</translation>
    </message>
    <message>
        <source>Supervisory authority</source>
        <translation>Autorité de contrôle</translation>
    </message>
    <message>
        <source>Authority&apos;s address</source>
        <translation>Adresse de l&apos;autorité</translation>
    </message>
    <message>
        <source>Authority&apos;s website</source>
        <translation>Site web de l&apos;autorité</translation>
    </message>
    <message>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Default rule set</source>
        <translation>Droit applicable par défaut</translation>
    </message>
    <message>
        <source>Organisation&apos;s time zone</source>
        <translation>Fuseau horaire de l&apos;organisme</translation>
    </message>
    <message>
        <source>Two-month extension</source>
        <translation>Prolongation de deux mois</translation>
    </message>
    <message>
        <source>Waiting for identity</source>
        <translation>Attente de l&apos;identité</translation>
    </message>
    <message>
        <source>Day of receipt read in</source>
        <translation>Jour de réception lu dans</translation>
    </message>
    <message>
        <source>Saturday in Quebec</source>
        <translation>Samedi au Québec</translation>
    </message>
    <message>
        <source>Weekends and holidays (Canada, California, Brazil)</source>
        <translation>Week-ends et jours fériés (Canada, Californie, Brésil)</translation>
    </message>
    <message>
        <source>72 hours to notify a breach</source>
        <translation>72 heures pour notifier une violation</translation>
    </message>
    <message>
        <source>Identity documents</source>
        <translation>Pièces d&apos;identité</translation>
    </message>
    <message>
        <source>Automatic backup every</source>
        <translation>Sauvegarde automatique toutes les</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>Dossier des sauvegardes</translation>
    </message>
    <message>
        <source>Lock after inactivity</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Keep closed cases</source>
        <translation>Conserver les dossiers clôturés</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Four-eyes review of letters</source>
        <translation>Contrôle à quatre yeux des courriers</translation>
    </message>
    <message>
        <source>Earlier of both readings (default, safe)</source>
        <translation>La plus proche des deux lectures (par défaut, prudent)</translation>
    </message>
    <message>
        <source>A: receipt + 3 months</source>
        <translation>A : réception + 3 mois</translation>
    </message>
    <message>
        <source>B: first deadline + 2 months</source>
        <translation>B : première échéance + 2 mois</translation>
    </message>
    <message>
        <source>Suspends the period (France, default)</source>
        <translation>Suspend le délai (France, par défaut)</translation>
    </message>
    <message>
        <source>Restarts the period when it arrives</source>
        <translation>Fait repartir le délai à réception</translation>
    </message>
    <message>
        <source>The organisation&apos;s time zone (default)</source>
        <translation>Le fuseau de l&apos;organisme (par défaut)</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>A working day (default)</source>
        <translation>Un jour ouvrable (par défaut)</translation>
    </message>
    <message>
        <source>A holiday</source>
        <translation>Un jour férié</translation>
    </message>
    <message>
        <source>Roll past weekends and holidays as the law says (default)</source>
        <translation>Reporter après les week-ends et jours fériés, comme le prévoit la loi (par défaut)</translation>
    </message>
    <message>
        <source>Keep the earlier calendar-day date</source>
        <translation>Retenir la date calendaire, plus précoce</translation>
    </message>
    <message>
        <source>Elapsed hours from awareness (default, the earlier)</source>
        <translation>Heures écoulées depuis la prise de connaissance (par défaut, la plus prudente)</translation>
    </message>
    <message>
        <source>Reg. 1182/71 Art. 3(1): the hour of awareness left out</source>
        <translation>Règlement 1182/71, art. 3(1) : l&apos;heure de la prise de connaissance non comptée</translation>
    </message>
    <message>
        <source>Proportionate: a document only on a recorded doubt (default)</source>
        <translation>Proportionnée : une pièce seulement en cas de doute consigné (par défaut)</translation>
    </message>
    <message>
        <source>Strict: always ask (warned each time)</source>
        <translation>Stricte : toujours demander (avertissement à chaque fois)</translation>
    </message>
    <message>
        <source>Off (default)</source>
        <translation>Désactivé (par défaut)</translation>
    </message>
    <message>
        <source>On: a second person approves</source>
        <translation>Activé : une seconde personne approuve</translation>
    </message>
    <message>
        <source>GDPR Art. 12(3) allows &quot;two further months&quot; without saying from when. DPO Desk computes both readings and keeps the earlier, each rolled to a working day: never later than either (a contested point).</source>
        <translation>L&apos;art. 12.3 du RGPD permet de prolonger le délai « de deux mois » sans préciser à partir de quand. DPO Desk calcule les deux lectures et retient la plus proche, chacune reportée à un jour ouvrable : jamais plus tard que l&apos;une ou l&apos;autre (point discuté).</translation>
    </message>
    <message>
        <source>&quot;The day of receipt&quot; is read in the organisation&apos;s zone (Europe/Paris for France). Alternatives: the subject&apos;s zone, or UTC (a contested point).</source>
        <translation>« Le jour de réception » est déterminé dans le fuseau de l&apos;organisme (Europe/Paris pour la France). Autres possibilités : le fuseau de la personne concernée, ou UTC (point discuté).</translation>
    </message>
    <message>
        <source>Reading A: the extended period ends three months after receipt (Reg. 1182/71 Art. 3 counting).</source>
        <translation>Lecture A : le délai prolongé expire trois mois après la réception (computation selon le règlement 1182/71, art. 3).</translation>
    </message>
    <message>
        <source>Reading B: two months are added to the first deadline. Can be later than A when the first deadline was rolled over a weekend or holiday.</source>
        <translation>Lecture B : deux mois s&apos;ajoutent à la première échéance. Peut être plus tardive que A lorsque la première échéance a été reportée après un week-end ou un jour férié.</translation>
    </message>
    <message>
        <source>While requested identity information is awaited the period is suspended; the paused days are added before rolling (décret 2019-536).</source>
        <translation>Tant que les informations d&apos;identité demandées sont attendues, le délai est suspendu ; les jours de suspension sont ajoutés avant le report (décret 2019-536).</translation>
    </message>
    <message>
        <source>The period starts again when the information arrives. UK cases always restart (UK GDPR Art. 12A, Data (Use and Access) Act 2025).</source>
        <translation>Le délai repart à la réception des informations. Pour le Royaume-Uni, il repart toujours (UK GDPR art. 12A, Data (Use and Access) Act 2025).</translation>
    </message>
    <message>
        <source>The day of receipt is read in UTC: a request at 00:30 in Paris is received the day before.</source>
        <translation>Le jour de réception est déterminé en UTC : une demande arrivée à 00 h 30 à Paris est reçue la veille.</translation>
    </message>
    <message>
        <source>The Interpretation Act (CQLR, c. I-16, s. 61(23)) does not list Saturday: a deadline may fall on a Saturday (default).</source>
        <translation>La Loi d&apos;interprétation (RLRQ, c. I-16, art. 61(23)) ne mentionne pas le samedi : une échéance peut tomber un samedi (par défaut).</translation>
    </message>
    <message>
        <source>Some sectoral rules treat Saturday as a holiday: a deadline on a Saturday moves to the next working day (contested).</source>
        <translation>Certaines règles sectorielles assimilent le samedi à un jour férié : une échéance tombant un samedi est reportée au jour ouvrable suivant (contesté).</translation>
    </message>
    <message>
        <source>A deadline falling on a holiday (and, in California and Brazil, a weekend) moves to the next working day: Interpretation Act R.S.C. 1985 c. I-21 s. 26; Cal. Civ. Code §§10-12 and Code Civ. Proc. §12a; Código Civil art. 132 §1.</source>
        <translation>Un délai qui expire un jour férié (et, en Californie et au Brésil, un week-end) est reporté au jour ouvrable suivant : Loi d&apos;interprétation, L.R.C. 1985, ch. I-21, art. 26 ; Cal. Civ. Code §§ 10-12 et Code Civ. Proc. § 12a ; Código Civil art. 132 § 1.</translation>
    </message>
    <message>
        <source>The organisation answers by the calendar-day date, never later: earlier than the law requires, so always on time.</source>
        <translation>L&apos;organisme répond à la date calendaire, jamais plus tard : plus tôt que la loi ne l&apos;exige, donc toujours dans les délais.</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1): the notice is due 72 hours of elapsed time after the organisation became aware (EDPB Guidelines 9/2022), to the second.</source>
        <translation>Art. 33.1 du RGPD : la notification est due 72 heures de temps écoulé après la prise de connaissance par l&apos;organisme (lignes directrices 9/2022 du CEPD), à la seconde près.</translation>
    </message>
    <message>
        <source>Reg. 1182/71 Art. 3(1): the hour in which the organisation became aware is not counted; the 72 hours start at the next whole hour.</source>
        <translation>Règlement 1182/71, art. 3(1) : l&apos;heure au cours de laquelle l&apos;organisme a pris connaissance n&apos;est pas comptée ; les 72 heures commencent à l&apos;heure pleine suivante.</translation>
    </message>
    <message>
        <source>Ask for an identity document only where a reasonable doubt is recorded (GDPR Art. 12(6)). </source>
        <translation>Ne demander une pièce d&apos;identité qu&apos;en cas de doute raisonnable consigné (RGPD art. 12(6)). </translation>
    </message>
    <message>
        <source>Asking every requester for a document is contrary to the CNIL&apos;s position; each request carries a warning. </source>
        <translation>Exiger une pièce de chaque demandeur est contraire à la position de la CNIL ; chaque demande comporte un avertissement. </translation>
    </message>
    <message>
        <source>Whoever may mark a letter sent does so without a second reader.</source>
        <translation>Qui peut marquer un courrier comme envoyé le fait sans second relecteur.</translation>
    </message>
    <message>
        <source>A letter drafted by one person is marked sent only after another person with the DPO or deputy role approved it (team server only).</source>
        <translation>Un courrier rédigé par une personne n&apos;est marqué comme envoyé qu&apos;après l&apos;approbation d&apos;une autre personne ayant le rôle de DPO ou d&apos;adjoint (serveur d&apos;équipe uniquement).</translation>
    </message>
    <message>
        <source>Organisation and DPO</source>
        <translation>Organisme et DPO</translation>
    </message>
    <message>
        <source>Letterhead</source>
        <translation>En-tête des courriers</translation>
    </message>
    <message>
        <source>Deadlines and contested points of law</source>
        <translation>Délais et points de droit contestés</translation>
    </message>
    <message>
        <source>Identity policy</source>
        <translation>Politique d&apos;identité</translation>
    </message>
    <message>
        <source>Backups, locking, retention, language</source>
        <translation>Sauvegardes, verrouillage, conservation, langue</translation>
    </message>
    <message>
        <source>Only on a team server: on a solo desk nobody else can approve a letter</source>
        <translation>Seulement sur un serveur d&apos;équipe : sur un poste seul, personne d&apos;autre ne peut approuver un courrier</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivée</translation>
    </message>
    <message>
        <source>0 turns automatic backups off</source>
        <translation>0 désactive les sauvegardes automatiques</translation>
    </message>
    <message>
        <source> minutes</source>
        <translation> minutes</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Days a closed case is kept before it is anonymised</source>
        <translation>Nombre de jours de conservation d&apos;un dossier clôturé avant son anonymisation</translation>
    </message>
    <message>
        <source>The data directory&apos;s backups folder</source>
        <translation>Le dossier des sauvegardes du dossier de données</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the logo</source>
        <translation>Choisir le logo</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier des sauvegardes</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most 2 MiB; a copy is kept in the data directory</source>
        <translation>PNG ou JPEG, 2 Mio au maximum ; une copie est conservée dans le dossier de données</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save every setting in one audited change</source>
        <translation>Enregistrer tous les paramètres en une seule modification inscrite au journal d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Revert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Forget the changes not saved yet</source>
        <translation>Abandonner les modifications non enregistrées</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Nothing was saved: {0} field(s) to correct.</source>
        <translation>Rien n&apos;a été enregistré : champs à corriger : {0}.</translation>
    </message>
    <message>
        <source>Your changes are not saved yet: Save them, or Revert to drop them.</source>
        <translation>Vos modifications ne sont pas encore enregistrées : enregistrez-les, ou choisissez « Annuler les modifications ».</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Paramètres enregistrés.</translation>
    </message>
    <message>
        <source>Choose the letterhead logo</source>
        <translation>Choisir le logo de l&apos;en-tête</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Protect your data</source>
        <translation>Protéger vos données</translation>
    </message>
    <message>
        <source>Protect the data with a passphrase</source>
        <translation>Protéger les données par une phrase secrète</translation>
    </message>
    <message>
        <source>DPO Desk is creating its data folder in %1. With a passphrase, the cases, identity documents, letters and backups are encrypted on this computer: without the passphrase or the recovery key, nobody can read them — not even you.</source>
        <translation>DPO Desk crée son dossier de données dans %1. Avec une phrase secrète, les dossiers, pièces d&apos;identité, courriers et sauvegardes sont chiffrés sur cet ordinateur : sans la phrase secrète ni la clé de secours, personne ne peut les lire — pas même vous.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>At least %1 characters; a few unrelated words are easy to remember</source>
        <translation>Au moins %1 caractères ; quelques mots sans rapport entre eux sont faciles à retenir</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase secrète</translation>
    </message>
    <message>
        <source>Type the same passphrase again</source>
        <translation>Saisissez de nouveau la même phrase secrète</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the characters typed</source>
        <translation>Afficher les caractères saisis</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Robustesse de la phrase secrète</translation>
    </message>
    <message>
        <source>Also remember it in the system keyring (DPO Desk then opens without asking)</source>
        <translation>La mémoriser aussi dans le trousseau du système (DPO Desk s&apos;ouvre alors sans la demander)</translation>
    </message>
    <message>
        <source>The key is kept by your operating system&apos;s password store, unlocked with your session. The lock screen and bulk actions still ask for the passphrase.</source>
        <translation>La clé est conservée par le gestionnaire de mots de passe de votre système, déverrouillé avec votre session. L&apos;écran de verrouillage et les actions groupées demandent toujours la phrase secrète.</translation>
    </message>
    <message>
        <source>Also remember it in the system keyring</source>
        <translation>La mémoriser aussi dans le trousseau du système</translation>
    </message>
    <message>
        <source>No secure system keyring was found on this computer: DPO Desk will ask for the passphrase at every start. It is never written down in clear.</source>
        <translation>Aucun trousseau système sécurisé n&apos;a été trouvé sur cet ordinateur : DPO Desk demandera la phrase secrète à chaque démarrage. Elle n&apos;est jamais enregistrée en clair.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
    <message>
        <source>&amp;Encrypt and continue</source>
        <translation>&amp;Chiffrer et continuer</translation>
    </message>
    <message>
        <source>Encrypt the new data folder with this passphrase</source>
        <translation>Chiffrer le nouveau dossier de données avec cette phrase secrète</translation>
    </message>
    <message>
        <source>Encrypt and continue</source>
        <translation>Chiffrer et continuer</translation>
    </message>
    <message>
        <source>Continue &amp;without encryption…</source>
        <translation>Continuer &amp;sans chiffrement…</translation>
    </message>
    <message>
        <source>Store the data unencrypted (not recommended)</source>
        <translation>Stocker les données en clair (déconseillé)</translation>
    </message>
    <message>
        <source>Continue without encryption</source>
        <translation>Continuer sans chiffrement</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Co&amp;nfirmation :</translation>
    </message>
    <message>
        <source>Too short: at least %1 characters.</source>
        <translation>Trop courte : au moins %1 caractères.</translation>
    </message>
    <message>
        <source>Weak: add words or characters.</source>
        <translation>Faible : ajoutez des mots ou des caractères.</translation>
    </message>
    <message>
        <source>Fair: a longer passphrase is safer.</source>
        <translation>Moyenne : une phrase plus longue est plus sûre.</translation>
    </message>
    <message>
        <source>Strong.</source>
        <translation>Robuste.</translation>
    </message>
    <message>
        <source>The two entries differ.</source>
        <translation>Les deux saisies diffèrent.</translation>
    </message>
    <message>
        <source>Encrypting…</source>
        <translation>Chiffrement…</translation>
    </message>
    <message>
        <source>Store the data unencrypted?</source>
        <translation>Stocker les données en clair ?</translation>
    </message>
    <message>
        <source>Your data will be stored UNENCRYPTED on this computer.</source>
        <translation>Vos données seront stockées NON CHIFFRÉES sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Requests, identity documents, death certificates and letters will be readable by anyone who gets this disk or a copy of it: a stolen or repaired laptop, a synced or backed-up folder, another account on this computer with administrator rights. Backups will not be encrypted either. Art. 32 GDPR asks for protection suited to the risk; for this kind of data, encryption is the usual answer.

You can encrypt later with “dpo-desk secure encrypt”.</source>
        <translation>Les demandes, pièces d&apos;identité, actes de décès et courriers seront lisibles par quiconque obtient ce disque ou une copie : ordinateur portable volé ou en réparation, dossier synchronisé ou sauvegardé, autre compte de cet ordinateur disposant des droits d&apos;administrateur. Les sauvegardes ne seront pas chiffrées non plus. L&apos;article 32 du RGPD exige une protection adaptée au risque ; pour ce type de données, le chiffrement est la réponse habituelle.

Vous pourrez chiffrer plus tard avec « dpo-desk secure encrypt ».</translation>
    </message>
    <message>
        <source>Store unencrypted</source>
        <translation>Stocker en clair</translation>
    </message>
    <message>
        <source>Back: choose a passphrase</source>
        <translation>Retour : choisir une phrase secrète</translation>
    </message>
    <message>
        <source>Write down your recovery key</source>
        <translation>Notez votre clé de secours</translation>
    </message>
    <message>
        <source>If you forget the passphrase, this key is the only way to open your data. It is shown now and never again: write it on paper (or print it) and keep it somewhere safe, away from this computer.</source>
        <translation>Si vous oubliez la phrase secrète, cette clé est le seul moyen d&apos;ouvrir vos données. Elle n&apos;est affichée que maintenant : notez-la sur papier (ou imprimez-la) et conservez-la en lieu sûr, loin de cet ordinateur.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de secours</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy the key; the clipboard is cleared after 10 seconds</source>
        <translation>Copier la clé ; le presse-papiers est vidé au bout de 10 secondes</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copier la clé de secours</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the key on paper</source>
        <translation>Imprimer la clé sur papier</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de secours</translation>
    </message>
    <message>
        <source>I have written down (or printed) the recovery key and stored it safely</source>
        <translation>J&apos;ai noté (ou imprimé) la clé de secours et je l&apos;ai rangée en lieu sûr</translation>
    </message>
    <message>
        <source>I have written down the recovery key</source>
        <translation>J&apos;ai noté la clé de secours</translation>
    </message>
    <message>
        <source>C&amp;ontinue</source>
        <translation>C&amp;ontinuer</translation>
    </message>
    <message>
        <source>Tick the box above first</source>
        <translation>Cochez d&apos;abord la case ci-dessus</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Keep it off this computer: whoever has it can open your data.</source>
        <translation>Conservez-la hors de cet ordinateur : quiconque la détient peut ouvrir vos données.</translation>
    </message>
    <message>
        <source>Copied; the clipboard is cleared in 10 seconds.</source>
        <translation>Copiée ; le presse-papiers sera vidé dans 10 secondes.</translation>
    </message>
    <message>
        <source>DPO Desk — recovery key</source>
        <translation>DPO Desk — clé de secours</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>It opens the data if the passphrase is lost. Keep it safe.</source>
        <translation>Elle ouvre les données si la phrase secrète est perdue. Conservez-la en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>StartupCheck</name>
    <message>
        <source>Checking the data, a moment…</source>
        <translation>Vérification des données, un instant…</translation>
    </message>
    <message>
        <source>Data checked: intact.</source>
        <translation>Données vérifiées : intactes.</translation>
    </message>
</context>
<context>
    <name>TeamKeyDialog</name>
    <message>
        <source>Unlock the team key</source>
        <translation>Déverrouiller la clé d&apos;équipe</translation>
    </message>
    <message>
        <source>The files on the team server are sealed with the team key. Type the passphrase of your team key ({login}); it is not your server password.</source>
        <translation>Les fichiers du serveur d&apos;équipe sont scellés avec la clé d&apos;équipe. Saisissez la phrase de passe de votre clé d&apos;équipe ({login}) ; ce n&apos;est pas votre mot de passe du serveur.</translation>
    </message>
    <message>
        <source>Team key passphrase</source>
        <translation>Phrase de passe de la clé d&apos;équipe</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
</context>
<context>
    <name>TeamServerBox</name>
    <message>
        <source>Team server</source>
        <translation>Serveur d&apos;équipe</translation>
    </message>
    <message>
        <source>&amp;Join or change a team server…</source>
        <translation>&amp;Rejoindre ou changer de serveur d&apos;équipe…</translation>
    </message>
    <message>
        <source>Work &amp;alone at the next start</source>
        <translation>Travailler &amp;seul au prochain démarrage</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>deputy</source>
        <translation>adjoint</translation>
    </message>
    <message>
        <source>assistant</source>
        <translation>assistant</translation>
    </message>
    <message>
        <source>auditor</source>
        <translation>auditeur</translation>
    </message>
    <message>
        <source>This desk works on the team server %1 as %2 (role: %3).</source>
        <translation>Ce poste travaille sur le serveur d&apos;équipe %1 en tant que %2 (rôle : %3).</translation>
    </message>
    <message>
        <source>At the next start it works alone.</source>
        <translation>Au prochain démarrage, il travaillera seul.</translation>
    </message>
    <message>
        <source>This desk works alone: its data stay on this computer.</source>
        <translation>Ce poste travaille seul : ses données restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>It opens the team server %1 at the next start.</source>
        <translation>Il ouvrira le serveur d&apos;équipe %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <source>Fields {…}</source>
        <translation>Champs {…}</translation>
    </message>
    <message>
        <source>Values filled in from the case</source>
        <translation>Valeurs reprises du dossier</translation>
    </message>
    <message>
        <source>Blocks [[…]]</source>
        <translation>Blocs [[…]]</translation>
    </message>
    <message>
        <source>Lists and tables the letter engine writes; a block stands alone on its line</source>
        <translation>Listes et tableaux rédigés par le moteur de courriers ; un bloc occupe seul sa ligne</translation>
    </message>
    <message>
        <source>Allowed fields and blocks</source>
        <translation>Champs et blocs autorisés</translation>
    </message>
    <message>
        <source>Double-click or press Enter to insert at the cursor</source>
        <translation>Double-cliquez ou appuyez sur Entrée pour insérer au curseur</translation>
    </message>
    <message>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <source>First line: the subject. Blank line: new paragraph. “- ” starts a bullet, **bold** is the only formatting. Lines starting with # are comments.</source>
        <translation>Première ligne : l&apos;objet. Ligne vide : nouveau paragraphe. « - » en début de ligne crée une puce, **gras** est la seule mise en forme. Les lignes commençant par # sont des commentaires.</translation>
    </message>
    <message>
        <source>Anything else in braces prints as typed. Only your copy in the data folder is edited; the shipped template stays as it is.</source>
        <translation>Tout autre texte entre accolades est imprimé tel quel. Seule votre copie dans le dossier de données est modifiée ; le modèle d&apos;origine reste inchangé.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Save your copy of the template (Ctrl+S)</source>
        <translation>Enregistrer votre copie du modèle (Ctrl+S)</translation>
    </message>
    <message>
        <source>Pre&amp;view with sample data</source>
        <translation>&amp;Aperçu avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>Preview with sample data</source>
        <translation>Aperçu avec des données d&apos;exemple</translation>
    </message>
    <message>
        <source>Render a sample letter with the text above, saved or not</source>
        <translation>Produire un courrier d&apos;exemple avec le texte ci-dessus, enregistré ou non</translation>
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
        <source>(late: %1)</source>
        <translation>(en retard : %1)</translation>
    </message>
    <message>
        <source>late (deadline %1): %2</source>
        <translation>en retard (échéance du %1) : %2</translation>
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
        <source>answer by %1</source>
        <translation>réponse attendue le %1</translation>
    </message>
    <message>
        <source>Received on %1; deadline now %2</source>
        <translation>Reçu le %1 ; nouvelle échéance le %2</translation>
    </message>
    <message>
        <source>New deadline %1 — %2</source>
        <translation>Nouvelle échéance le %1 — %2</translation>
    </message>
    <message>
        <source>late, decided on %1; evidence: %2</source>
        <translation>en retard, décidée le %1 ; justificatif : %2</translation>
    </message>
    <message>
        <source>topmost Received: hop</source>
        <translation>dernier relais Received:</translation>
    </message>
    <message>
        <source>Date: header</source>
        <translation>en-tête Date:</translation>
    </message>
    <message>
        <source>Received %1 (%2); original sealed, SHA-256 %3</source>
        <translation>Reçu le %1 (%2) ; original scellé, SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer of {0}</source>
        <translation>Transfert de {0}</translation>
    </message>
    <message>
        <source>&amp;Country</source>
        <translation>&amp;Pays</translation>
    </message>
    <message>
        <source>The third country the data goes to (two-letter ISO code)</source>
        <translation>Le pays tiers destinataire des données (code ISO à deux lettres)</translation>
    </message>
    <message>
        <source>Adequate</source>
        <translation>Adéquat</translation>
    </message>
    <message>
        <source>Partially adequate</source>
        <translation>Partiellement adéquat</translation>
    </message>
    <message>
        <source>Not adequate</source>
        <translation>Non adéquat</translation>
    </message>
    <message>
        <source>&amp;Adequacy status</source>
        <translation>Statut d&apos;&amp;adéquation</translation>
    </message>
    <message>
        <source>As read on the European Commission&apos;s list of adequacy decisions (GDPR Art. 45)</source>
        <translation>Tel qu&apos;indiqué dans la liste des décisions d&apos;adéquation de la Commission européenne (RGPD art. 45)</translation>
    </message>
    <message>
        <source>checked on</source>
        <translation>vérifiée le</translation>
    </message>
    <message>
        <source>Adequacy c&amp;hecked</source>
        <translation>Adéquation &amp;vérifiée</translation>
    </message>
    <message>
        <source>The day the Commission&apos;s list was read; check again every year</source>
        <translation>Date de consultation de la liste de la Commission ; à revérifier chaque année</translation>
    </message>
    <message>
        <source>&amp;Safeguard</source>
        <translation>&amp;Garantie</translation>
    </message>
    <message>
        <source>The Chapter V tool that covers the transfer</source>
        <translation>L&apos;instrument du chapitre V qui encadre le transfert</translation>
    </message>
    <message>
        <source>(not SCC)</source>
        <translation>(pas de CCT)</translation>
    </message>
    <message>
        <source>Module 1: controller to controller</source>
        <translation>Module 1 : responsable vers responsable</translation>
    </message>
    <message>
        <source>Module 2: controller to processor</source>
        <translation>Module 2 : responsable vers sous-traitant</translation>
    </message>
    <message>
        <source>Module 3: processor to processor</source>
        <translation>Module 3 : sous-traitant vers sous-traitant</translation>
    </message>
    <message>
        <source>Module 4: processor to controller</source>
        <translation>Module 4 : sous-traitant vers responsable</translation>
    </message>
    <message>
        <source>SCC &amp;module</source>
        <translation>&amp;Module CCT</translation>
    </message>
    <message>
        <source>Standard contractual clauses of Decision 2021/914 come in four modules</source>
        <translation>Les clauses contractuelles types de la décision 2021/914 comportent quatre modules</translation>
    </message>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>The signed clauses, the decision, the BCR approval: what a person may ask a copy of (Art. 15(2))</source>
        <translation>Les clauses signées, la décision, l&apos;approbation des BCR : ce dont une personne peut demander copie (art. 15(2))</translation>
    </message>
    <message>
        <source>from</source>
        <translation>à partir du</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Dé&amp;but de validité</translation>
    </message>
    <message>
        <source>until</source>
        <translation>jusqu&apos;au</translation>
    </message>
    <message>
        <source>Valid &amp;until</source>
        <translation>&amp;Fin de validité</translation>
    </message>
    <message>
        <source>Leave empty when the safeguard has no end date</source>
        <translation>Laisser vide si la garantie n&apos;a pas de date de fin</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Document (FR)</source>
        <translation>Document (FR)</translation>
    </message>
    <message>
        <source>French text in letters</source>
        <translation>Texte employé dans les courriers en français</translation>
    </message>
    <message>
        <source>empty: the English text is used</source>
        <translation>vide : le texte anglais est employé</translation>
    </message>
    <message>
        <source>assessed on</source>
        <translation>évaluée le</translation>
    </message>
    <message>
        <source>Transfer &amp;impact assessment</source>
        <translation>Évaluation de l&apos;&amp;impact du transfert</translation>
    </message>
    <message>
        <source>When the TIA was made (CJEU C-311/18 &apos;Schrems II&apos;; EDPB Recommendations 01/2020)</source>
        <translation>Date de l&apos;évaluation (CJUE C-311/18 « Schrems II » ; recommandations 01/2020 du CEPD)</translation>
    </message>
    <message>
        <source>TIA c&amp;onclusion</source>
        <translation>C&amp;onclusion de l&apos;évaluation</translation>
    </message>
    <message>
        <source>What the assessment concluded, e.g. the supplementary measures</source>
        <translation>Ce que l&apos;évaluation a conclu, par exemple les mesures supplémentaires</translation>
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
        <source>Facts of the refusal</source>
        <translation>Faits motivant le refus</translation>
    </message>
    <message>
        <source>Required: what you found that makes this ground apply (quoted in the refusal letter)</source>
        <translation>Obligatoire : ce que vous avez constaté et qui fonde ce motif (cité dans le courrier de refus)</translation>
    </message>
    <message>
        <source>&amp;Facts:</source>
        <translation>&amp;Faits :</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Required: how the person withdrew, or to whom the request went</source>
        <translation>Obligatoire : comment la personne a retiré sa demande, ou à qui la demande a été transmise</translation>
    </message>
    <message>
        <source>Required if no reply letter was marked sent: why you close</source>
        <translation>Obligatoire si aucun courrier de réponse n&apos;a été marqué envoyé : pourquoi vous clôturez</translation>
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
        <source>The deadline was %1: this is late. Say why; the reason is kept in the audit log and the case timeline shows the step as late.</source>
        <translation>L&apos;échéance était le %1 : cette action est en retard. Indiquez pourquoi ; le motif est conservé dans le journal d&apos;audit et l&apos;historique du dossier signale l&apos;étape comme tardive.</translation>
    </message>
    <message>
        <source>Reason for the delay</source>
        <translation>Motif du retard</translation>
    </message>
    <message>
        <source>Required: why this comes after the deadline</source>
        <translation>Obligatoire : pourquoi cette action intervient après l&apos;échéance</translation>
    </message>
    <message>
        <source>Reason for the &amp;delay:</source>
        <translation>Motif du &amp;retard :</translation>
    </message>
    <message>
        <source>Please write the facts of the refusal first.</source>
        <translation>Veuillez d&apos;abord décrire les faits motivant le refus.</translation>
    </message>
    <message>
        <source>Please give the reason first.</source>
        <translation>Indiquez d&apos;abord le motif.</translation>
    </message>
    <message>
        <source>This is late: please give the reason for the delay first.</source>
        <translation>Cette action est en retard : indiquez d&apos;abord le motif du retard.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock DPO Desk</source>
        <translation>Déverrouiller DPO Desk</translation>
    </message>
    <message>
        <source>Your data is encrypted</source>
        <translation>Vos données sont chiffrées</translation>
    </message>
    <message>
        <source>Type the passphrase that protects the data in %1. If you have lost it, use the recovery key you wrote down when the encryption was set up.</source>
        <translation>Saisissez la phrase secrète qui protège les données de %1. Si vous l&apos;avez perdue, utilisez la clé de secours notée lors de la mise en place du chiffrement.</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Open the data with this passphrase</source>
        <translation>Ouvrir les données avec cette phrase secrète</translation>
    </message>
    <message>
        <source>Close DPO Desk without opening the data</source>
        <translation>Fermer DPO Desk sans ouvrir les données</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
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
<context>
    <name>dispatch</name>
    <message>
        <source>Post</source>
        <translation>Courrier simple</translation>
    </message>
    <message>
        <source>Registered post</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Hand delivery</source>
        <translation>Remise en main propre</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>dans les délais</translation>
    </message>
    <message>
        <source>delivered %1</source>
        <translation>distribué le %1</translation>
    </message>
    <message>
        <source>Sent on %1: frozen and archived with its SHA-256</source>
        <translation>Envoyé le %1 : figé et archivé avec son empreinte SHA-256</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <source>Your role: assistant. Refusing, extending, closing and sending letters are left to the DPO or a deputy.</source>
        <translation>Votre rôle : assistant(e). Refuser, prolonger, clore une demande et envoyer les courriers reviennent au DPO ou à un(e) adjoint(e).</translation>
    </message>
    <message>
        <source>Your role: auditor (read only).</source>
        <translation>Votre rôle : auditeur (lecture seule).</translation>
    </message>
</context>
</TS>
