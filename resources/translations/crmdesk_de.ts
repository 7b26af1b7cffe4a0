<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Neuen Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>z. B. anna</translation>
    </message>
    <message>
        <source>optional, e.g. Anna Berg</source>
        <translation>optional, z. B. Anna Berg</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Vollständiger Name:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rolle:</translation>
    </message>
    <message>
        <source>Tell the new user this passphrase in person; they can change it later.</source>
        <translation>Teilen Sie dem neuen Benutzer diese Passphrase persönlich mit; er kann sie später ändern.</translation>
    </message>
    <message>
        <source>May: </source>
        <translation>Darf: </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>New vault</source>
        <translation>Neuer Tresor</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name, or open it.</source>
        <translation>{0} existiert bereits; wählen Sie einen anderen Namen oder öffnen Sie den vorhandenen Tresor.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Tresor öffnen</translation>
    </message>
    <message>
        <source>{0} is not a crmdesk vault; choose a folder whose name ends in .crmvault.</source>
        <translation>{0} ist kein crmdesk-Tresor; wählen Sie einen Ordner, dessen Name auf .crmvault endet.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess {0}</source>
        <translation>{0} bewerten</translation>
    </message>
    <message>
        <source>Tell the supervisory authority (Art. 33)</source>
        <translation>Meldung an die Aufsichtsbehörde (Art. 33 DSGVO)</translation>
    </message>
    <message>
        <source>Tell the people affected (Art. 34)</source>
        <translation>Benachrichtigung der betroffenen Personen (Art. 34 DSGVO)</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risiko für die Betroffenen</translation>
    </message>
    <message>
        <source>Why (kept in the log)</source>
        <translation>Begründung (wird protokolliert)</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Wahrscheinliche Folgen</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Ergriffene Maßnahmen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>crmdesk suggests: {0}</source>
        <translation>Vorschlag von crmdesk: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Einträge im Prüfprotokoll</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Tresor prüfen</translation>
    </message>
    <message>
        <source>Checks the key slots, every encrypted page, the database structure and the audit chain.</source>
        <translation>Prüft die Schlüsselplätze, jede verschlüsselte Seite, die Datenbankstruktur und die Kette des Prüfprotokolls.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every unlock, failed login, change of users or settings and key rotation, newest first. Entries name records by id and hold no customer data; each one carries the hash of the one before, so changes are detectable.</source>
        <translation>Jede Entsperrung, jede fehlgeschlagene Anmeldung, jede Änderung an Benutzern oder Einstellungen und jeder Schlüsselwechsel, die neuesten zuerst. Einträge nennen Datensätze nur mit ihrer ID und enthalten keine Kundendaten; jeder trägt den Hash des vorherigen, sodass Änderungen erkennbar sind.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Gefundene Probleme:</translation>
    </message>
    <message>
        <source>The vault is intact: every check passed.</source>
        <translation>Der Tresor ist intakt: Alle Prüfungen wurden bestanden.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>The rotation in Settings deleted an older backup: {0}.</source>
        <translation>Die Rotation in den Einstellungen hat eine ältere Sicherung gelöscht: {0}.</translation>
    </message>
    <message>
        <source>The rotation in Settings deleted {0} older backups: {1}.</source>
        <translation>Die Rotation in den Einstellungen hat {0} ältere Sicherungen gelöscht: {1}.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>checked, good</source>
        <translation>geprüft, fehlerfrei</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>BESCHÄDIGT</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>unlesbar</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last checked {0}</source>
        <translation>Zuletzt geprüft: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Wo und wann</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Once a day, when the vault is first unlocked that day</source>
        <translation>Einmal täglich, beim ersten Entsperren des Tages</translation>
    </message>
    <message>
        <source>When I quit crmdesk</source>
        <translation>Beim Beenden von crmdesk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Sicherungsordner:</translation>
    </message>
    <message>
        <source>Back up by itself:</source>
        <translation>Automatisch sichern:</translation>
    </message>
    <message>
        <source>Keep the newest of the last:</source>
        <translation>Jeweils die neueste behalten für die letzten:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Reads the whole backup: its seal, every encrypted page, the structure and the audit chain.</source>
        <translation>Liest die gesamte Sicherung: ihr Siegel, jede verschlüsselte Seite, die Struktur und die Kette des Prüfprotokolls.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Delete old backups</source>
        <translation>Alte Sicherungen löschen</translation>
    </message>
    <message>
        <source>Deletes the backups the rotation above no longer keeps.</source>
        <translation>Löscht die Sicherungen, die die obige Rotation nicht mehr behält.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Each backup is one encrypted file holding the whole vault; without a passphrase it reveals nothing. Keep the backup folder on another drive, such as a USB stick, so a broken or stolen computer does not take your customer records with it.</source>
        <translation>Jede Sicherung ist eine verschlüsselte Datei mit dem gesamten Tresor; ohne Passphrase gibt sie nichts preis. Legen Sie den Sicherungsordner auf ein anderes Laufwerk, etwa einen USB-Stick, damit ein defekter oder gestohlener Computer nicht auch Ihre Kundendaten mitnimmt.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Sicherungsordner auswählen</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Sicherungseinstellungen</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>Backed up and checked: {0}.</source>
        <translation>Gesichert und geprüft: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped; no backup file was made.</source>
        <translation>Die Sicherung wurde abgebrochen; es wurde keine Sicherungsdatei erstellt.</translation>
    </message>
    <message>
        <source>This vault has no good backup yet.</source>
        <translation>Für diesen Tresor gibt es noch keine fehlerfreie Sicherung.</translation>
    </message>
    <message>
        <source>The last good backup is from {0} ({1}).</source>
        <translation>Die letzte fehlerfreie Sicherung ist vom {0} ({1}).</translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1}).</source>
        <translation>Letzte fehlerfreie Sicherung: {0} ({1}).</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>{0} wird geprüft…</translation>
    </message>
    <message>
        <source>{0} is damaged:</source>
        <translation>{0} ist beschädigt:</translation>
    </message>
    <message>
        <source>{0} is intact: every check passed.</source>
        <translation>{0} ist intakt: Alle Prüfungen wurden bestanden.</translation>
    </message>
    <message>
        <source>Every backup here is kept by the rotation; nothing to delete.</source>
        <translation>Die Rotation behält alle Sicherungen hier; es gibt nichts zu löschen.</translation>
    </message>
    <message>
        <source>Delete {0} backups that the rotation no longer keeps? The newest of each of the last {1} days, {2} weeks and {3} months stay.</source>
        <translation>{0} Sicherungen löschen, die die Rotation nicht mehr behält? Erhalten bleibt jeweils die neueste der letzten {1} Tage, {2} Wochen und {3} Monate.</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>Breaches</source>
        <translation>Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>Die ausgewählte Datenschutzverletzung</translation>
    </message>
    <message>
        <source>Report a breach…</source>
        <translation>Verletzung melden…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Authority told…</source>
        <translation>Behörde informiert…</translation>
    </message>
    <message>
        <source>People told…</source>
        <translation>Betroffene informiert…</translation>
    </message>
    <message>
        <source>Notification draft…</source>
        <translation>Entwurf der Meldung…</translation>
    </message>
    <message>
        <source>Letters to the people…</source>
        <translation>Briefe an die Betroffenen…</translation>
    </message>
    <message>
        <source>No breach in the log. Report one with “Report a breach…”.</source>
        <translation>Keine Datenschutzverletzung verzeichnet. Melden Sie eine mit „Verletzung melden…“.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>{0} is in the log. Assess it now.</source>
        <translation>{0} ist verzeichnet. Bewerten Sie den Vorfall jetzt.</translation>
    </message>
    <message>
        <source>{0} assessed.</source>
        <translation>{0} bewertet.</translation>
    </message>
    <message>
        <source>Notification of {0}</source>
        <translation>Meldung zu {0}</translation>
    </message>
    <message>
        <source>What was sent, and how? For a late notification to the authority, why it is late:</source>
        <translation>Was wurde wie übermittelt? Bei einer verspäteten Meldung an die Behörde außerdem die Gründe für die Verzögerung:</translation>
    </message>
    <message>
        <source>Recorded: {0} had the {1} of {2}.</source>
        <translation>Erfasst: {1} zu {2} an {0}.</translation>
    </message>
    <message>
        <source>The notification draft is in {0}.</source>
        <translation>Der Entwurf der Meldung liegt in {0}.</translation>
    </message>
    <message>
        <source>The letters are in {0}. They hold names and addresses: keep the file safe and delete it once they are sent.</source>
        <translation>Die Briefe liegen in {0}. Sie enthalten Namen und Anschriften: Bewahren Sie die Datei sicher auf und löschen Sie sie, sobald die Briefe verschickt sind.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>Bemerkt (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Betroffene</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Betroffene informiert</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>told</source>
        <translation>informiert</translation>
    </message>
    <message>
        <source>to tell</source>
        <translation>zu informieren</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Bevor Sie beginnen</translation>
    </message>
    <message>
        <source>Welcome, {0}. These are this shop&apos;s rules for its customers&apos; data. Read them; the customer list opens once you confirm them.</source>
        <translation>Willkommen, {0}. Dies sind die Regeln dieses Geschäfts für die Daten seiner Kunden. Bitte lesen Sie sie; die Kundenliste öffnet sich, sobald Sie sie bestätigen.</translation>
    </message>
    <message>
        <source>Loading the briefing…</source>
        <translation>Unterweisung wird geladen…</translation>
    </message>
    <message>
        <source>The data-protection briefing</source>
        <translation>Die Datenschutzunterweisung</translation>
    </message>
    <message>
        <source>I have read and understood these rules</source>
        <translation>Ich habe diese Regeln gelesen und verstanden</translation>
    </message>
    <message>
        <source>Confirm and continue</source>
        <translation>Bestätigen und weiter</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Version {0}, published {1}.</source>
        <translation>Fassung {0}, veröffentlicht am {1}.</translation>
    </message>
    <message>
        <source>Recording your confirmation…</source>
        <translation>Ihre Bestätigung wird erfasst…</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Several desks</source>
        <translation>Mehrere Arbeitsplätze</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>Anfragen öffnen</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Kontakte anzeigen</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Aufbewahrung öffnen</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Sicherungen öffnen</translation>
    </message>
    <message>
        <source>Open Users</source>
        <translation>Benutzer öffnen</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Prüfprotokoll öffnen</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Vorschläge prüfen</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Code bestätigen</translation>
    </message>
    <message>
        <source>Open the breach log</source>
        <translation>Datenschutzverletzungen öffnen</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>Schulung öffnen</translation>
    </message>
    <message>
        <source>Show the alarms</source>
        <translation>Alarme zeigen</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
</context>
<context>
    <name>ConsentCaptureDialog</name>
    <message>
        <source>Consent — {0}</source>
        <translation>Einwilligung — {0}</translation>
    </message>
    <message>
        <source>What does {0} agree to?</source>
        <translation>Worin willigt {0} ein?</translation>
    </message>
    <message>
        <source>Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. Anything not ticked is simply not recorded.</source>
        <translation>Gehen Sie jeden Zweck mit der Person durch. Kreuzen Sie nur an, worin sie einwilligt: Nichts wird für sie vorab angekreuzt. Was nicht angekreuzt ist, wird einfach nicht erfasst.</translation>
    </message>
    <message>
        <source>Hand the screen to the customer</source>
        <translation>Bildschirm an Kunden übergeben</translation>
    </message>
    <message>
        <source>Large text, only the purposes and the signature pad</source>
        <translation>Große Schrift, nur die Zwecke und das Unterschriftenfeld</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Sprache der Texte:</translation>
    </message>
    <message>
        <source>There are no active consent purposes; an owner or admin adds them on the Consent page.</source>
        <translation>Es gibt keine aktiven Einwilligungszwecke; Inhaber oder Admins legen sie auf der Seite „Einwilligungen“ an.</translation>
    </message>
    <message>
        <source>optional: a colleague who saw it</source>
        <translation>optional: wer aus dem Team dabei war</translation>
    </message>
    <message>
        <source>optional: e.g. form no. 17, asked at the till</source>
        <translation>optional: z. B. Formular Nr. 17, an der Kasse gefragt</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Kein Scan angehängt</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Scan anhängen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Wie sie erteilt wurde</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Zeuge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Gescanntes Formular</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Unterschrift (optional)</translation>
    </message>
    <message>
        <source>Done — hand back to staff</source>
        <translation>Fertig — zurück an das Personal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Erfassen…</translation>
    </message>
    <message>
        <source>{0} ({1:,} KB)</source>
        <translation>{0} ({1:,} KB)</translation>
    </message>
    <message>
        <source>Attach a scanned form</source>
        <translation>Gescanntes Formular anhängen</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Please read and tick what you agree to</source>
        <translation>Bitte lesen Sie und kreuzen Sie an, worin Sie einwilligen</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Tick a box only if you agree; you can withdraw at any time. Sign below if you like, then hand the screen back.</source>
        <translation>Nichts ist für Sie vorab angekreuzt. Kreuzen Sie ein Feld nur an, wenn Sie einwilligen; Sie können jederzeit widerrufen. Unterschreiben Sie unten, wenn Sie möchten, und geben Sie den Bildschirm dann zurück.</translation>
    </message>
    <message>
        <source>Discard consent</source>
        <translation>Einwilligung verwerfen</translation>
    </message>
    <message>
        <source>Close without recording? The ticks, the signature and the notes captured so far are lost.</source>
        <translation>Ohne Erfassen schließen? Die Häkchen, die Unterschrift und die bisher aufgenommenen Notizen gehen verloren.</translation>
    </message>
    <message>
        <source>Record for {0}:</source>
        <translation>Für {0} erfassen:</translation>
    </message>
    <message>
        <source>  • {0} — consent given (text version {1}, {2})</source>
        <translation>  • {0} — Einwilligung erteilt (Textfassung {1}, {2})</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Methode: {0}</translation>
    </message>
    <message>
        <source>Witness: {0}</source>
        <translation>Zeuge: {0}</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Unterschrift: {0}</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>gezeichnet</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Scanned form: {0}</source>
        <translation>Gescanntes Formular: {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird erfasst…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>New purpose…</source>
        <translation>Neuer Zweck…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Publish new text…</source>
        <translation>Neuen Text veröffentlichen…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Nicht mehr anbieten…</translation>
    </message>
    <message>
        <source>Version and language of the text</source>
        <translation>Fassung und Sprache des Textes</translation>
    </message>
    <message>
        <source>Text of the purpose</source>
        <translation>Text des Zwecks</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Consent and lawful bases</source>
        <translation>Einwilligungen und Rechtsgrundlagen</translation>
    </message>
    <message>
        <source>Every contact is processed for stated purposes, each on one lawful basis. Where the basis is consent, the customer agrees to an exact text, and crmdesk keeps which version, when and how.</source>
        <translation>Jeder Kontakt wird für festgelegte Zwecke verarbeitet, jeder auf genau einer Rechtsgrundlage. Ist die Rechtsgrundlage eine Einwilligung, willigt die Person in einen genauen Wortlaut ein, und crmdesk hält fest, in welche Fassung, wann und wie.</translation>
    </message>
    <message>
        <source>{0}, version {1}, published {2}</source>
        <translation>{0}, Fassung {1}, veröffentlicht am {2}</translation>
    </message>
    <message>
        <source>This purpose rests on another lawful basis; it has no consent text.</source>
        <translation>Dieser Zweck beruht auf einer anderen Rechtsgrundlage; er hat keinen Einwilligungstext.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Retire purpose</source>
        <translation>Zweck nicht mehr anbieten</translation>
    </message>
    <message>
        <source>Stop offering “{0}”? Its history stays; consents already given can still be withdrawn, but nobody can agree to it any more.</source>
        <translation>„{0}“ nicht mehr anbieten? Der Verlauf bleibt erhalten; bereits erteilte Einwilligungen können weiterhin widerrufen werden, aber niemand kann mehr neu einwilligen.</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>by {0}</source>
        <translation>von {0}</translation>
    </message>
    <message>
        <source>witness {0}</source>
        <translation>Zeuge {0}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Grundlage erfassen</translation>
    </message>
    <message>
        <source>Capture consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>How the customer told you, for withdrawals and other changes</source>
        <translation>Wie die Person es Ihnen mitgeteilt hat, für Widerrufe und andere Änderungen</translation>
    </message>
    <message>
        <source>Changes told</source>
        <translation>Mitgeteilt per</translation>
    </message>
    <message>
        <source>Purposes and their state</source>
        <translation>Zwecke und ihr Status</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Einwilligungsverlauf</translation>
    </message>
    <message>
        <source>Text the customer saw</source>
        <translation>Vorgelegter Text</translation>
    </message>
    <message>
        <source>Select an entry to see the text the customer saw</source>
        <translation>Wählen Sie einen Eintrag, um den vorgelegten Text zu sehen</translation>
    </message>
    <message>
        <source>Save a copy of the scan…</source>
        <translation>Kopie des Scans speichern…</translation>
    </message>
    <message>
        <source>History (oldest first)</source>
        <translation>Verlauf (älteste zuerst)</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> bis {0}</translation>
    </message>
    <message>
        <source>⚠ No lawful basis on record: capture consent, or record the basis that applies (an order, a legal duty) before using this contact&apos;s data.</source>
        <translation>⚠ Keine Rechtsgrundlage erfasst: Erfassen Sie eine Einwilligung oder die zutreffende Rechtsgrundlage (eine Bestellung, eine rechtliche Verpflichtung), bevor Sie die Daten dieses Kontakts verwenden.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Noch nichts erfasst.</translation>
    </message>
    <message>
        <source>Processing is restricted: no new consent until it is lifted</source>
        <translation>Die Verarbeitung ist eingeschränkt: keine neue Einwilligung, bis die Einschränkung aufgehoben ist</translation>
    </message>
    <message>
        <source>Text version {0} ({1}), SHA-256 {2}</source>
        <translation>Textfassung {0} ({1}), SHA-256 {2}</translation>
    </message>
    <message>
        <source>Save a copy of the scan ({0})…</source>
        <translation>Kopie des Scans speichern ({0})…</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Kopie des Scans speichern</translation>
    </message>
    <message>
        <source>Saved to {0}. The copy is not encrypted; delete it when done.</source>
        <translation>Gespeichert unter {0}. Die Kopie ist nicht verschlüsselt; löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Kopie speichern</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Erfasst.</translation>
    </message>
    <message>
        <source>Record that {0} withdrew consent to “{1}” ({2})?</source>
        <translation>Erfassen, dass {0} die Einwilligung zu „{1}“ widerrufen hat ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} no longer has the basis of “{1}” ({2})?</source>
        <translation>Erfassen, dass für {0} die Grundlage „{1}“ nicht mehr besteht ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} has the basis of “{1}” ({2})?</source>
        <translation>Erfassen, dass für {0} die Grundlage „{1}“ besteht ({2})?</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Änderung erfassen</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Deleting a person is erasure: everything about them goes, only a tombstone without personal data stays</source>
        <translation>Eine Person zu löschen heißt: Alles über sie wird entfernt, nur ein Löschvermerk ohne personenbezogene Daten bleibt</translation>
    </message>
    <message>
        <source>Only an owner or admin can delete contacts.</source>
        <translation>Nur Inhaber oder Admins können Kontakte löschen.</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>Anfrage…</translation>
    </message>
    <message>
        <source>Register a request from this person: access, erasure, …</source>
        <translation>Eine Anfrage dieser Person erfassen: Auskunft, Löschung, …</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Kontaktverlauf</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <source>What happened? e.g. Asked about wedding cakes</source>
        <translation>Was ist passiert? z. B. Nach Hochzeitstorten gefragt</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Einschränkung aufheben</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Fill in what you know; a name or an organisation is enough.</source>
        <translation>Tragen Sie ein, was Sie wissen; ein Name oder eine Organisation genügt.</translation>
    </message>
    <message>
        <source>customer since {0}</source>
        <translation>Kundenbeziehung seit {0}</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Kein Kontakt ausgewählt</translation>
    </message>
    <message>
        <source>Pick a contact in the list, or create a new one.</source>
        <translation>Wählen Sie einen Kontakt in der Liste aus oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>⚠ Processing restricted (Art. 18): no changes and no new consent; exports only for this person&apos;s own request.</source>
        <translation>⚠ Verarbeitung eingeschränkt (Art. 18 DSGVO): keine Änderungen und keine neue Einwilligung; Exporte nur für eine eigene Anfrage dieser Person.</translation>
    </message>
    <message>
        <source>⚖ Legal hold: nothing about this contact is erased while it is on.</source>
        <translation>⚖ Löschsperre: Solange sie gilt, wird zu diesem Kontakt nichts gelöscht.</translation>
    </message>
    <message>
        <source>✎ Correcting under request {0}: saving records which fields changed in it.</source>
        <translation>✎ Berichtigung zur Anfrage {0}: Beim Speichern wird in der Anfrage festgehalten, welche Felder geändert wurden.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts vermerkt.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Kontakt speichern</translation>
    </message>
    <message>
        <source>{0} Did they come back to you on their own?</source>
        <translation>{0} Hat sich die Person von sich aus wieder an Sie gewandt?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Kontakt löschen</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

Only a tombstone without personal data stays, so a later import recognises them. This cannot be undone.</source>
        <translation>{0} überall löschen? Dabei wird entfernt:
{1}

Nur ein Löschvermerk ohne personenbezogene Daten bleibt, damit ein späterer Import die Person wiedererkennt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Lift the restriction on {0}? Their data can then be changed and used again.</source>
        <translation>Einschränkung für {0} aufheben? Die Daten können dann wieder geändert und verwendet werden.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>shown as given and family name</source>
        <translation>angezeigt als Vor- und Nachname</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>privat</translation>
    </message>
    <message>
        <source>work</source>
        <translation>geschäftlich</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>Straße und Hausnummer</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>city</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webadresse</translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, Newsletter</source>
        <translation>durch Kommas getrennt, z. B. VIP, Newsletter</translation>
    </message>
    <message>
        <source>where the data came from</source>
        <translation>woher die Daten stammen</translation>
    </message>
    <message>
        <source>e.g. {date}, or {day} (no year)</source>
        <translation>z. B. {date} oder {day} (ohne Jahr)</translation>
    </message>
    <message>
        <source>Day, month and year ({date}), or day and month only ({day}); 1980-04-23 is understood too</source>
        <translation>Tag, Monat und Jahr ({date}) oder nur Tag und Monat ({day}); 1980-04-23 wird auch verstanden</translation>
    </message>
    <message>
        <source>e.g. {date}; empty: today</source>
        <translation>z. B. {date}; leer: heute</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>Sprache des Geschäfts</translation>
    </message>
    <message>
        <source>The language of the letters and reports this person receives, such as the access report</source>
        <translation>Die Sprache der Briefe und Berichte, die diese Person erhält, etwa des Auskunftsberichts</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Vorname:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Nachname:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Anzeigename:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Position:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Anschrift:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Geburtstag:</translation>
    </message>
    <message>
        <source>Websites:</source>
        <translation>Websites:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Kundenbeziehung seit:</translation>
    </message>
    <message>
        <source>Letters in:</source>
        <translation>Korrespondenzsprache:</translation>
    </message>
    <message>
        <source>Write dates with day, month and year, for example {date} (a birthday without its year as {day}).</source>
        <translation>Schreiben Sie Datumsangaben mit Tag, Monat und Jahr, zum Beispiel {date} (einen Geburtstag ohne Jahr als {day}).</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Letzter Kontakt</translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation>Keine Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Klicken, um nach dieser Spalte zu sortieren</translation>
    </message>
    <message>
        <source>No consent and no other lawful basis on record; record one before using this data.</source>
        <translation>Keine Einwilligung und keine andere Rechtsgrundlage erfasst; erfassen Sie eine, bevor Sie diese Daten verwenden.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names, organisations, e-mail, phone, tags, notes…</source>
        <translation>Namen, Organisationen, E-Mail, Telefon, Schlagwörter, Notizen durchsuchen…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Kontakte durchsuchen</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Neuer Kontakt</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Alle Kontakte</translation>
    </message>
    <message>
        <source>Without lawful basis</source>
        <translation>Ohne Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Consent running out</source>
        <translation>Einwilligung läuft ab</translation>
    </message>
    <message>
        <source>Only contacts with no consent and no other lawful basis on record</source>
        <translation>Nur Kontakte ohne Einwilligung und ohne andere erfasste Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Only contacts with a consent that runs out within 30 days: ask them again</source>
        <translation>Nur Kontakte mit einer Einwilligung, die innerhalb von 30 Tagen abläuft: Fragen Sie erneut nach</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Neuer Kontakt</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>Kontakt spei&amp;chern</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Every contact has a lawful basis on record.</source>
        <translation>Für jeden Kontakt ist eine Rechtsgrundlage erfasst.</translation>
    </message>
    <message>
        <source>1 contact without a lawful basis</source>
        <translation>1 Kontakt ohne Rechtsgrundlage</translation>
    </message>
    <message>
        <source>{0}{1} contacts without a lawful basis</source>
        <translation>{0}{1} Kontakte ohne Rechtsgrundlage</translation>
    </message>
    <message>
        <source>No consent runs out within 30 days.</source>
        <translation>Keine Einwilligung läuft innerhalb von 30 Tagen ab.</translation>
    </message>
    <message>
        <source>1 contact with a consent running out</source>
        <translation>1 Kontakt mit ablaufender Einwilligung</translation>
    </message>
    <message>
        <source>{0}{1} contacts with a consent running out</source>
        <translation>{0}{1} Kontakte mit ablaufender Einwilligung</translation>
    </message>
    <message>
        <source>No contact matches “{0}”.</source>
        <translation>Kein Kontakt passt zu „{0}“.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 Treffer</translation>
    </message>
    <message>
        <source>{0}{1} matches</source>
        <translation>{0}{1} Treffer</translation>
    </message>
    <message>
        <source>{0}+ contacts</source>
        <translation>{0}+ Kontakte</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 Kontakt</translation>
    </message>
    <message>
        <source>{0:,} contacts</source>
        <translation>{0:,} Kontakte</translation>
    </message>
    <message>
        <source>1 possible duplicate to review</source>
        <translation>1 mögliches Duplikat zu prüfen</translation>
    </message>
    <message>
        <source>{0} possible duplicates to review</source>
        <translation>{0} mögliche Duplikate zu prüfen</translation>
    </message>
    <message>
        <source>Clear the filter to search</source>
        <translation>Filter zurücksetzen, um zu suchen</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a crmdesk vault</source>
        <translation>crmdesk-Tresor anlegen</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Verschlüsselter Tresor wird angelegt…</translation>
    </message>
    <message>
        <source>Vault not created</source>
        <translation>Tresor nicht angelegt</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Tresor wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Who restores it</source>
        <translation>Wer die Wiederherstellung durchführt</translation>
    </message>
    <message>
        <source>The passphrase of an owner or admin who was a user of the vault when the backup was made.</source>
        <translation>Die Passphrase eines Inhabers oder Admins, der zum Zeitpunkt der Sicherung Benutzer des Tresors war.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>only if this account uses an authenticator app</source>
        <translation>nur wenn dieses Konto eine Authenticator-App verwendet</translation>
    </message>
    <message>
        <source>I understand that the vault I am using now will be replaced (its safety copy stays beside it).</source>
        <translation>Mir ist bewusst, dass der Tresor, den ich gerade verwende, ersetzt wird (seine Sicherheitskopie bleibt daneben erhalten).</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Benutzername:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Authenticator-Code:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>z. B. {example}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Tag im Kalender wählen</translation>
    </message>
    <message>
        <source>Type the day, e.g. {example}.</source>
        <translation>Geben Sie den Tag ein, z. B. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day and a time; type them as {example} 14:30.</source>
        <translation>„{text}“ ist kein Tag mit Uhrzeit; geben Sie beides wie {example} 14:30 ein.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day; type it as {example}.</source>
        <translation>„{text}“ ist kein Tag; geben Sie ihn wie {example} ein.</translation>
    </message>
    <message>
        <source>Add the time of day after the day, as in {example} 14:30.</source>
        <translation>Geben Sie nach dem Tag die Uhrzeit ein, wie {example} 14:30.</translation>
    </message>
    <message>
        <source>{day} is still to come; type a day that has passed.</source>
        <translation>Der {day} liegt noch in der Zukunft; geben Sie einen vergangenen Tag ein.</translation>
    </message>
    <message>
        <source>{day} is too early; the earliest day is {earliest}.</source>
        <translation>Der {day} ist zu früh; der früheste Tag ist der {earliest}.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>{0}, made {1}: {2} contacts, {3} users.</source>
        <translation>{0}, erstellt am {1}: {2} Kontakte, {3} Benutzer.</translation>
    </message>
    <message>
        <source>As a new vault in this folder:</source>
        <translation>Als neuer Tresor in diesem Ordner:</translation>
    </message>
    <message>
        <source>Over the vault I am using now</source>
        <translation>Anstelle des Tresors, den ich gerade verwende</translation>
    </message>
    <message>
        <source>Folder of the restored vault</source>
        <translation>Ordner des wiederhergestellten Tresors</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The vault you have open is moved aside as a safety copy, not deleted. Everything entered since the backup was made is then only in that copy.</source>
        <translation>Der geöffnete Tresor wird als Sicherheitskopie beiseitegelegt, nicht gelöscht. Alles, was seit der Sicherung eingegeben wurde, ist dann nur noch in dieser Kopie.</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Wiederherstellen als</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>crmdesk-Tresor (*.crmvault)</translation>
    </message>
    <message>
        <source>Give the folder for the restored vault.</source>
        <translation>Geben Sie den Ordner für den wiederhergestellten Tresor an.</translation>
    </message>
    <message>
        <source>{0} already exists; choose a new name.</source>
        <translation>{0} existiert bereits; wählen Sie einen neuen Namen.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Der Ordner {0} existiert nicht.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>Willkommen bei crmdesk</translation>
    </message>
    <message>
        <source>Your customer data will live in an encrypted vault on this computer. First, who is it for?</source>
        <translation>Ihre Kundendaten werden in einem verschlüsselten Tresor auf diesem Computer gespeichert. Zuerst: Für wen ist er?</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>z. B. Bäckerei Sonne</translation>
    </message>
    <message>
        <source>optional, e.g. Maria Sonne</source>
        <translation>optional, z. B. Maria Sonne</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code</source>
        <translation>Das Land für Telefonnummern, die ohne +Ländervorwahl geschrieben sind</translation>
    </message>
    <message>
        <source>The vault will be created at:</source>
        <translation>Der Tresor wird angelegt unter:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Name des Geschäfts:</translation>
    </message>
    <message>
        <source>Owner&apos;s user name:</source>
        <translation>Benutzername des Inhabers:</translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation>Vollständiger Name des Inhabers:</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Land (für Telefonnummern):</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Mögliche Duplikate</translation>
    </message>
    <message>
        <source>Each pair shares an e-mail address, a phone number (a family&apos;s home phone, a shop&apos;s landline, or one person written two ways), or a name and a town, or was added again on purpose. Merge them only if they are one person; the merged contact keeps both histories.</source>
        <translation>Jedes Paar hat eine E-Mail-Adresse, eine Telefonnummer (den Festnetzanschluss einer Familie oder eines Geschäfts oder eine Person, die auf zwei Arten geschrieben wurde) oder einen Namen und einen Ort gemeinsam oder wurde absichtlich erneut angelegt. Führen Sie die beiden nur zusammen, wenn es dieselbe Person ist; der zusammengeführte Kontakt behält beide Verläufe.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Zusammenführen…</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Verschiedene Personen</translation>
    </message>
    <message>
        <source>Looking through the vault…</source>
        <translation>Tresor wird durchsucht…</translation>
    </message>
    <message>
        <source>Found 1 new pair.</source>
        <translation>1 neues Paar gefunden.</translation>
    </message>
    <message>
        <source>Found {0} new pairs.</source>
        <translation>{0} neue Paare gefunden.</translation>
    </message>
    <message>
        <source>Looked through the vault: nothing new.</source>
        <translation>Tresor durchsucht: nichts Neues.</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Es ist nichts zu prüfen.</translation>
    </message>
    <message>
        <source>Merged into {0}.</source>
        <translation>Zusammengeführt in {0}.</translation>
    </message>
    <message>
        <source>Noted: they are different people.</source>
        <translation>Vermerkt: Es sind verschiedene Personen.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the access report — {0}</source>
        <translation>Auskunftsbericht exportieren — {0}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>The person&apos;s language (on their contact), else the shop&apos;s (Settings)</source>
        <translation>Die Sprache der Person (in ihrem Kontakt), sonst die des Geschäfts (Einstellungen)</translation>
    </message>
    <message>
        <source>The shop&apos;s postal address is empty, so the letter has no sender; fill it in under Settings → The shop as controller first, or export anyway.</source>
        <translation>Die Postanschrift des Geschäfts ist leer, daher hat der Brief keinen Absender; tragen Sie sie zuerst unter Einstellungen → Das Geschäft als Verantwortlicher ein oder exportieren Sie trotzdem.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>PDF-Passwort:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>The PDF letter and the data as JSON go into the folder. A password protects the PDF; give it to the person separately (leave both fields empty for none).</source>
        <translation>Der PDF-Brief und die Daten als JSON werden im Ordner abgelegt. Ein Passwort schützt das PDF; geben Sie es der Person auf getrenntem Weg (lassen Sie beide Felder leer, um kein Passwort zu setzen).</translation>
    </message>
    <message>
        <source>Folder for the access report</source>
        <translation>Ordner für den Auskunftsbericht</translation>
    </message>
    <message>
        <source>No password: anyone with the file can read it.</source>
        <translation>Kein Passwort: Jeder, der die Datei hat, kann sie lesen.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein; geben Sie zweimal dasselbe ein.</translation>
    </message>
    <message>
        <source>The password is shorter than {0} characters; choose a longer one.</source>
        <translation>Das Passwort ist kürzer als {0} Zeichen; wählen Sie ein längeres.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>line {0}: added {1} ({2})</source>
        <translation>Zeile {0}: {1} hinzugefügt ({2})</translation>
    </message>
    <message>
        <source>line {0}: merged {1} ({2})</source>
        <translation>Zeile {0}: {1} zusammengeführt ({2})</translation>
    </message>
    <message>
        <source>line {0}: skipped {1} ({2})</source>
        <translation>Zeile {0}: {1} übersprungen ({2})</translation>
    </message>
    <message>
        <source>line {0}: added {1}</source>
        <translation>Zeile {0}: {1} hinzugefügt</translation>
    </message>
    <message>
        <source>line {0}: merged {1}</source>
        <translation>Zeile {0}: {1} zusammengeführt</translation>
    </message>
    <message>
        <source>line {0}: skipped {1}</source>
        <translation>Zeile {0}: {1} übersprungen</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Datei auswählen…</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or a spreadsheet, or vCard (.vcf).</source>
        <translation>CSV aus Google Kontakte, Outlook oder einer Tabellenkalkulation oder vCard (.vcf).</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Spalten der Datei und die Felder, die sie füllen</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Zielfeld</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Die ersten Zeilen, wie sie importiert würden</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>merge into the existing contact</source>
        <translation>zusammenführen</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <source>import as a new contact</source>
        <translation>als neuen Kontakt importieren</translation>
    </message>
    <message>
        <source>where these contacts came from, e.g. old customer list</source>
        <translation>woher diese Kontakte stammen, z. B. alte Kundenliste</translation>
    </message>
    <message>
        <source>none yet — find them later with “Without lawful basis”</source>
        <translation>noch keine — später mit „Ohne Rechtsgrundlage“ finden</translation>
    </message>
    <message>
        <source>The purpose whose lawful basis applies to everyone in this file: recorded for each contact with method “imported” and the source as its note. Consent is not offered: it is captured one person at a time, with its evidence</source>
        <translation>Der Zweck, dessen Rechtsgrundlage für alle in dieser Datei gilt: wird für jeden Kontakt mit der Methode „Importiert“ und der Herkunft als Notiz erfasst. Eine Einwilligung wird nicht angeboten: Sie wird für jede Person einzeln mit ihrem Nachweis erfasst</translation>
    </message>
    <message>
        <source>recognised from the file</source>
        <translation>aus der Datei erkannt</translation>
    </message>
    <message>
        <source>Names with wrong letters (Iksiñski for Iksiński, Ã¼ for ü)? The file did not say its character set and another was assumed: choose the one it was written in; the rows above show the result</source>
        <translation>Namen mit falschen Buchstaben (Iksiñski statt Iksiński, Ã¼ statt ü)? Die Datei hat ihren Zeichensatz nicht angegeben, und ein anderer wurde angenommen: Wählen Sie den, in dem sie geschrieben wurde; die Zeilen oben zeigen das Ergebnis</translation>
    </message>
    <message>
        <source>What the import did, row by row</source>
        <translation>Was der Import getan hat, Zeile für Zeile</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Prüfen (Probelauf)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Same e-mail or phone as a known contact:</source>
        <translation>E-Mail oder Telefon schon bekannt:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Herkunft:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Rechtsgrundlage:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Zeichensatz:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>First rows as they will be imported</source>
        <translation>Erste Zeilen, wie sie importiert werden</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>{0} wird gelesen…</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3} contacts</source>
        <translation>{0}: {1}, {2}, {3} Kontakte</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>importiert aus {0}</translation>
    </message>
    <message>
        <source>line {0}: skipped ({1})</source>
        <translation>Zeile {0}: übersprungen ({1})</translation>
    </message>
    <message>
        <source>line {0}: note: {1}</source>
        <translation>Zeile {0}: Hinweis: {1}</translation>
    </message>
    <message>
        <source>This file cannot be imported; see below.</source>
        <translation>Diese Datei kann nicht importiert werden; siehe unten.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>Würde hinzufügen</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>{0} {1}, merged {2}, skipped {3}.</source>
        <translation>{0}: {1}, zusammengeführt: {2}, übersprungen: {3}.</translation>
    </message>
    <message>
        <source>Lawful basis “{0}” {1} for {2} of these contacts (method: imported).</source>
        <translation>Rechtsgrundlage „{0}“ für {2} dieser Kontakte {1} (Methode: Importiert).</translation>
    </message>
    <message>
        <source>would be recorded</source>
        <translation>würde erfasst</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>erfasst</translation>
    </message>
    <message>
        <source>{0} had ended it (an objection, a contract that ran out) and keep it ended.</source>
        <translation>Bei {0} davon war sie bereits beendet (durch Widerspruch oder einen ausgelaufenen Vertrag) und bleibt es.</translation>
    </message>
    <message>
        <source>No lawful basis would be recorded; the “Without lawful basis” filter finds such contacts.</source>
        <translation>Es würde keine Rechtsgrundlage erfasst; der Filter „Ohne Rechtsgrundlage“ findet solche Kontakte.</translation>
    </message>
    <message>
        <source>No lawful basis was recorded; the “Without lawful basis” filter finds them.</source>
        <translation>Es wurde keine Rechtsgrundlage erfasst; der Filter „Ohne Rechtsgrundlage“ findet diese Kontakte.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) may be someone already in the vault; review them with “possible duplicates” on the Contacts page.</source>
        <translation>
            <numerusform>%n hinzugefügter Kontakt ist möglicherweise schon im Tresor vorhanden; prüfen Sie ihn über „mögliche Duplikate“ auf der Seite „Kontakte“.</numerusform>
            <numerusform>%n hinzugefügte Kontakte sind möglicherweise schon im Tresor vorhanden; prüfen Sie sie über „mögliche Duplikate“ auf der Seite „Kontakte“.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Press Import to do it.</source>
        <translation>Es wurde nichts geändert. Klicken Sie auf „Importieren“, um den Import auszuführen.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Wird abgebrochen… es wird nichts importiert.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>LabelledListEdit</name>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Ausgewählte Zeile entfernen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{0} — crmdesk</source>
        <translation>{0} — crmdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Retention sweep…</source>
        <translation>Bereinigung…</translation>
    </message>
    <message>
        <source>Retention sweep: {0} of {1} records…</source>
        <translation>Bereinigung: {0} von {1} Datensätzen…</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Tresor: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>a user&apos;s name and role in the status bar</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Signed in as {0}; role: {1}</source>
        <translation>Angemeldet als {0}; Rolle: {1}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Tresor sperren (Strg+L)</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Tresor</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Wird gesichert…</translation>
    </message>
    <message>
        <source>{0} waiting for review</source>
        <translation>{0} zur Prüfung offen</translation>
    </message>
    <message>
        <source>Retention proposals: open the Retention page</source>
        <translation>Vorschläge zur Aufbewahrung: Seite „Aufbewahrung“ öffnen</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>A contact or the settings are being edited: save or revert them first, then choose the language again.</source>
        <translation>Ein Kontakt oder die Einstellungen werden gerade bearbeitet: Speichern oder verwerfen Sie die Änderungen zuerst und wählen Sie die Sprache dann erneut.</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Datenschutzverletzung gemeldet</translation>
    </message>
    <message>
        <source>{0} is in the breach log. Tell the owner now as well: the supervisory authority may have to be told within 72 hours.</source>
        <translation>{0} ist im Verzeichnis der Datenschutzverletzungen. Informieren Sie jetzt auch den Inhaber: Die Aufsichtsbehörde muss möglicherweise innerhalb von 72 Stunden benachrichtigt werden.</translation>
    </message>
    <message>
        <source>{0} failed unlock tries since the last unlock.</source>
        <translation>{0} fehlgeschlagene Entsperrversuche seit dem letzten Entsperren.</translation>
    </message>
    <message>
        <source>Backing up… {0}%</source>
        <translation>Wird gesichert… {0} %</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}.</source>
        <translation>Sicherung erstellt und geprüft: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Die Sicherung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Sicherung fehlgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Backup on quit</source>
        <translation>Sicherung beim Beenden</translation>
    </message>
    <message>
        <source>The backup before closing did not work: {0} Close crmdesk anyway?</source>
        <translation>Die Sicherung vor dem Schließen hat nicht funktioniert: {0} crmdesk trotzdem schließen?</translation>
    </message>
    <message>
        <source>Open the Backups page</source>
        <translation>Seite „Sicherungen“ öffnen</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sicherung vor dem Schließen…</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Der Teamserver war aus einer älteren Kopie zurückgespielt worden; dieser Arbeitsplatz hat ihm zurückgegeben, was er verloren hatte.</translation>
    </message>
    <message>
        <source>1 change received from the other desks.</source>
        <translation>1 Änderung von den anderen Arbeitsplätzen erhalten.</translation>
    </message>
    <message>
        <source>{0} changes received from the other desks.</source>
        <translation>{0} Änderungen von den anderen Arbeitsplätzen erhalten.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Not in step with the team&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Nicht im Gleichstand mit dem Team&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Retention sweep: {0} records removed.</source>
        <translation>Bereinigung: {0} Datensätze entfernt.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Neuer Tresor…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>Tresor ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>Kontakte &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>Kontakte &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>Report a data brea&amp;ch…</source>
        <translation>&amp;Datenschutzverletzung melden…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Neue &amp;Anfrage…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Mögliche &amp;Duplikate…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>Ü&amp;ber crmdesk</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Neuer Tresor</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>crmdesk-Tresor (*.crmvault)</translation>
    </message>
    <message>
        <source>Open a vault (a NAME.crmvault folder)</source>
        <translation>Tresor öffnen (ein Ordner NAME.crmvault)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Kontakte exportieren</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>Tabelle (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Name the file .csv (spreadsheet) or .vcf (vCard).</source>
        <translation>Geben Sie der Datei die Endung .csv (Tabelle) oder .vcf (vCard).</translation>
    </message>
    <message>
        <source>Exported {0} contacts to {1}. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>{0} Kontakte nach {1} exportiert. Die Datei ist nicht verschlüsselt; bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Wählen Sie zuerst einen Kontakt aus.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>in a search: go to the results; in a dialog: its main button</source>
        <translation>in einer Suche: zu den Ergebnissen springen; in einem Dialog: seine Hauptschaltfläche</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close a dialog (it asks first when something would be lost)</source>
        <translation>Dialog schließen (fragt vorher nach, wenn etwas verloren ginge)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Entf</translation>
    </message>
    <message>
        <source>in the contact list: delete the selected contact</source>
        <translation>in der Kontaktliste: ausgewählten Kontakt löschen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>Über crmdesk</translation>
    </message>
    <message>
        <source>Customer records in an encrypted vault on this computer, with consent, data subject requests, retention and backups.</source>
        <translation>Kundendaten in einem verschlüsselten Tresor auf diesem Computer, mit Einwilligungen, Betroffenenanfragen, Aufbewahrung und Sicherungen.</translation>
    </message>
    <message>
        <source>Vault: {vault}
Log (no personal data): {log}</source>
        <translation>Tresor: {vault}
Protokoll (ohne personenbezogene Daten): {log}</translation>
    </message>
    <message>
        <source>Show Details lists every component crmdesk is made of, with its licence.</source>
        <translation>„Details einblenden“ listet alle Komponenten auf, aus denen crmdesk besteht, jeweils mit ihrer Lizenz.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Protokollordner</translation>
    </message>
    <message>
        <source>This desktop has no file manager to open it with. The log is in {folder}.</source>
        <translation>Auf diesem Desktop gibt es keinen Dateimanager, um ihn zu öffnen. Das Protokoll liegt in {folder}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>E-mail:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Website:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Zwei Kontakte zusammenführen</translation>
    </message>
    <message>
        <source>In the vault before</source>
        <translation>Bereits im Tresor</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Später hinzugefügt</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mail addresses, numbers, addresses, web addresses, tags and notes of both are kept, and so are their interactions, consents and requests. The contact added later then goes.</source>
        <translation>Wählen Sie dort, wo sich die beiden unterscheiden, den Wert, der bleiben soll. E-Mail-Adressen, Nummern, Anschriften, Webadressen, Schlagwörter und Notizen beider bleiben erhalten, ebenso ihr Kontaktverlauf, ihre Einwilligungen und Anfragen. Der später hinzugefügte Kontakt entfällt danach.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Ihr neuer Wiederherstellungscode</translation>
    </message>
    <message>
        <source>The old code no longer works. This one is shown only now: save the kit and print it, or write the code down.</source>
        <translation>Der alte Code funktioniert nicht mehr. Dieser wird nur jetzt angezeigt: Speichern und drucken Sie das Wiederherstellungskit oder schreiben Sie den Code auf.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Neue Anfrage</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone, then pick</source>
        <translation>Name, E-Mail oder Telefon eingeben, dann auswählen</translation>
    </message>
    <message>
        <source>optional, e.g. asked at the counter for a copy</source>
        <translation>optional, z. B. an der Theke um eine Kopie gebeten</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Entgegengenommen von</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Due on {0}: one calendar month after receipt{1}.</source>
        <translation>Fällig am {0}: einen Kalendermonat nach Eingang{1}.</translation>
    </message>
    <message>
        <source>Pick the person from the list that appears as you type.</source>
        <translation>Wählen Sie die Person aus der Liste, die beim Tippen erscheint.</translation>
    </message>
</context>
<context>
    <name>NoDataDialog</name>
    <message>
        <source>No data held</source>
        <translation>Keine Daten vorhanden</translation>
    </message>
    <message>
        <source>Someone asked about their data, and you think the vault holds none. Give every name, e-mail address and number they gave: crmdesk searches for each; when none finds a contact, the request is registered as answered and the reply says so. The address is used for the letter only.</source>
        <translation>Jemand hat nach seinen Daten gefragt, und Sie glauben, dass der Tresor keine enthält. Geben Sie jeden Namen, jede E-Mail-Adresse und jede Nummer an, die die Person genannt hat: crmdesk sucht nach jeder Angabe; findet keine davon einen Kontakt, wird die Anfrage als beantwortet erfasst, und die Antwort teilt dies mit. Die Anschrift wird nur für den Brief verwendet.</translation>
    </message>
    <message>
        <source>their name as they gave it</source>
        <translation>Name, wie angegeben</translation>
    </message>
    <message>
        <source>one a line: names, e-mail addresses, phone numbers</source>
        <translation>eine Angabe pro Zeile: Namen, E-Mail-Adressen, Telefonnummern</translation>
    </message>
    <message>
        <source>What to search for</source>
        <translation>Wonach gesucht wird</translation>
    </message>
    <message>
        <source>where the reply goes (not kept)</source>
        <translation>wohin die Antwort geht (wird nicht gespeichert)</translation>
    </message>
    <message>
        <source>Address for the reply</source>
        <translation>Anschrift für die Antwort</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Anfragende Person</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Suchen nach</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Eingegangen am</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>Sprache des Geschäfts</translation>
    </message>
    <message>
        <source>Reply in</source>
        <translation>Antwortsprache</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Entgegengenommen von</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Antwort an</translation>
    </message>
    <message>
        <source>Search and write the reply…</source>
        <translation>Suchen und Antwort verfassen…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Word-Dokument (*.docx)</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name and what to search for.</source>
        <translation>Geben Sie den Namen der anfragenden Person an und wonach gesucht werden soll.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written to; choose another.</source>
        <translation>In den Ordner {0} kann nicht geschrieben werden; wählen Sie einen anderen.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>In the vault before</source>
        <translation>Bereits im Tresor</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Später hinzugefügt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Language of the paper</source>
        <translation>Sprache des Dokuments</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern…</translation>
    </message>
    <message>
        <source>Save as Word document…</source>
        <translation>Als Word-Datei speichern…</translation>
    </message>
    <message>
        <source>Save as text for the website…</source>
        <translation>Als Website-Text speichern…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>{0} is in {1}.</source>
        <translation>{0} liegt in {1}.</translation>
    </message>
    <message>
        <source>Made from the vault each time: purposes, people and data counted, processors, retention and the security measures that are on. What crmdesk cannot know (a representative, other processing) is written in Settings.</source>
        <translation>Wird jedes Mal aus dem Tresor erstellt: Zwecke, gezählte Personen und Daten, Auftragsverarbeiter, Aufbewahrung und die aktiven Sicherheitsmaßnahmen. Was crmdesk nicht wissen kann (ein Vertreter, weitere Verarbeitungen), wird in den Einstellungen eingetragen.</translation>
    </message>
    <message>
        <source>This is version {0}, published {1}.</source>
        <translation>Dies ist Fassung {0}, veröffentlicht am {1}.</translation>
    </message>
    <message>
        <source>The notice is published in the shop&apos;s language and English (Settings); this one can be saved, not published.</source>
        <translation>Die Datenschutzhinweise werden in der Sprache des Geschäfts und auf Englisch veröffentlicht (Einstellungen); diese Sprachfassung kann gespeichert, aber nicht veröffentlicht werden.</translation>
    </message>
    <message>
        <source>This text is not published yet: publish it to keep it as a version, then put it on the website and at the counter.</source>
        <translation>Dieser Text ist noch nicht veröffentlicht: Veröffentlichen Sie ihn, um ihn als Fassung festzuhalten, und stellen Sie ihn dann auf die Website und an die Theke.</translation>
    </message>
    <message>
        <source>What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, retention and the shop&apos;s details in Settings, in the shop&apos;s language and English. What the shop wrote itself (its details, a purpose it added) stays as written.</source>
        <translation>Was das Geschäft Personen mitteilt, wenn es ihre Daten erhebt (Art. 13 DSGVO), erstellt aus den Zwecken, Auftragsverarbeitern, der Aufbewahrung und den Angaben zum Geschäft in den Einstellungen, in der Sprache des Geschäfts und auf Englisch. Was das Geschäft selbst geschrieben hat (seine Angaben, ein selbst angelegter Zweck), bleibt wie geschrieben.</translation>
    </message>
    <message>
        <source>Publish this version</source>
        <translation>Diese Fassung veröffentlichen</translation>
    </message>
    <message>
        <source>The privacy notice is published: {0}.</source>
        <translation>Die Datenschutzhinweise sind veröffentlicht: {0}.</translation>
    </message>
    <message>
        <source>{0} version {1}</source>
        <translation>{0} (Fassung {1})</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Wiederholen:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Die beiden Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose the owner&apos;s passphrase</source>
        <translation>Passphrase des Inhabers wählen</translation>
    </message>
    <message>
        <source>It unlocks the vault. Several words are easier to remember and harder to guess than one short password.</source>
        <translation>Sie entsperrt den Tresor. Mehrere Wörter sind leichter zu merken und schwerer zu erraten als ein kurzes Passwort.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>applied by each sweep</source>
        <translation>bei jedem Durchlauf angewendet</translation>
    </message>
    <message>
        <source>proposed for review</source>
        <translation>zur Prüfung vorgeschlagen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Change {0}</source>
        <translation>{0} ändern</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Auftragsverarbeiter hinzufügen</translation>
    </message>
    <message>
        <source>the business, e.g. Example Mail GmbH</source>
        <translation>das Unternehmen, z. B. Example Mail GmbH</translation>
    </message>
    <message>
        <source>what they do for the shop, e.g. sends the newsletter</source>
        <translation>was es für das Geschäft tut, z. B. verschickt den Newsletter</translation>
    </message>
    <message>
        <source>Transfer basis</source>
        <translation>Grundlage der Übermittlung</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Vertrag unterzeichnet am</translation>
    </message>
    <message>
        <source>The agreement&apos;s date</source>
        <translation>Datum des Vertrags</translation>
    </message>
    <message>
        <source>no scan kept</source>
        <translation>kein Scan gespeichert</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Scan auswählen…</translation>
    </message>
    <message>
        <source>Purposes they serve</source>
        <translation>Zwecke, für die er tätig ist</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Data they get</source>
        <translation>Erhaltene Daten</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>AV-Vertrag</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>No purpose ticked: they serve the whole shop (like the IT provider) and are named to everyone as a recipient.</source>
        <translation>Kein Zweck angekreuzt: Er ist für das ganze Geschäft tätig (wie der IT-Dienstleister) und wird allen als Empfänger genannt.</translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation>Der unterzeichnete AV-Vertrag</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorRegister</name>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <source>Save the agreement…</source>
        <translation>AV-Vertrag speichern…</translation>
    </message>
    <message>
        <source>No longer used…</source>
        <translation>Nicht mehr genutzt…</translation>
    </message>
    <message>
        <source>Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients to the people whose data they get; the record of processing lists them.</source>
        <translation>Unternehmen, die Kundendaten im Auftrag des Geschäfts verarbeiten (Art. 28 DSGVO). Auskunftsberichte nennen sie den Personen, deren Daten sie erhalten, als Empfänger; das Verzeichnis von Verarbeitungstätigkeiten führt sie auf.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>AV-Vertrag speichern</translation>
    </message>
    <message>
        <source>{0} is in the register.</source>
        <translation>{0} ist eingetragen.</translation>
    </message>
    <message>
        <source>{0} is changed.</source>
        <translation>{0} wurde geändert.</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Nicht mehr genutzt</translation>
    </message>
    <message>
        <source>The shop no longer uses {0}? They are no longer named as a recipient; the register keeps them in its history.</source>
        <translation>Das Geschäft nutzt {0} nicht mehr? Der Auftragsverarbeiter wird dann nicht mehr als Empfänger genannt; das Register behält ihn in seinem Verlauf.</translation>
    </message>
    <message>
        <source>{0} is retired.</source>
        <translation>{0} wird nicht mehr genutzt.</translation>
    </message>
    <message>
        <source>The agreement is in {0}.</source>
        <translation>Der AV-Vertrag liegt in {0}.</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Tätigkeit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Zwecke</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>AV-Vertrag</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <source>, scan kept</source>
        <translation>, Scan gespeichert</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Breach log</source>
        <translation>Datenschutzverletzungen</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Auftragsverarbeiter</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Verarbeitungsverzeichnis</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Datenschutzhinweise</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Datenschutz</translation>
    </message>
    <message>
        <source>The shop&apos;s data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the processors who handle customer data, the record of processing made from the vault, and the staff&apos;s briefing.</source>
        <translation>Der Datenschutzordner des Geschäfts (Art. 5 Abs. 2 DSGVO): das Verzeichnis der Datenschutzverletzungen mit seiner 72-Stunden-Frist, die Auftragsverarbeiter, die Kundendaten verarbeiten, das aus dem Tresor erstellte Verzeichnis von Verarbeitungstätigkeiten und die Unterweisung des Personals.</translation>
    </message>
</context>
<context>
    <name>PublishTextDialog</name>
    <message>
        <source>Publish a new text — {0}</source>
        <translation>Neuen Text veröffentlichen — {0}</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Published texts never change. Customers who agreed to an earlier version keep that version in their history; new consents use this one.</source>
        <translation>Veröffentlichte Texte ändern sich nie. Wer in eine frühere Fassung eingewilligt hat, behält diese Fassung im Verlauf; neue Einwilligungen verwenden diesen Text.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Veröffentlichen</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
</context>
<context>
    <name>PurposeBox</name>
    <message>
        <source>This purpose has no published text yet; it cannot be agreed to.</source>
        <translation>Für diesen Zweck gibt es noch keinen veröffentlichten Text; eine Einwilligung ist nicht möglich.</translation>
    </message>
    <message>
        <source> — not yet written in this language</source>
        <translation> — noch nicht in dieser Sprache verfasst</translation>
    </message>
    <message>
        <source>version {0}, {1}{2}</source>
        <translation>Fassung {0}, {1}{2}</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Edit purpose</source>
        <translation>Zweck bearbeiten</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Neuer Zweck</translation>
    </message>
    <message>
        <source>e.g. loyalty-club</source>
        <translation>z. B. kundenclub</translation>
    </message>
    <message>
        <source>e.g. Loyalty club</source>
        <translation>z. B. Kundenclub</translation>
    </message>
    <message>
        <source>What the data is used for, in a sentence</source>
        <translation>Wofür die Daten verwendet werden, in einem Satz</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>keine feste Dauer</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>bis zum Widerruf</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>The exact words the customer agrees to</source>
        <translation>Der genaue Wortlaut, in den eingewilligt wird</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Kennung</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Consent lasts</source>
        <translation>Einwilligung gilt</translation>
    </message>
    <message>
        <source>Text language</source>
        <translation>Textsprache</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Rechtsgrundlage</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Speicherdauer</translation>
    </message>
    <message>
        <source>Re-consent</source>
        <translation>Erneute Einwilligung</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>nicht mehr angeboten</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the owner&apos;s access</source>
        <translation>Zugang des Inhabers wiederherstellen</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery kit and choose a new passphrase for the owner. Other users keep their passphrases.</source>
        <translation>Geben Sie den Wiederherstellungscode aus dem Wiederherstellungskit ein und wählen Sie eine neue Passphrase für den Inhaber. Andere Benutzer behalten ihre Passphrasen.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Neue Passphrase festlegen</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Wiederherstellungscode:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is lost, the recovery code on the printed kit is the only way back into the vault. Type it here once to be sure the kit is kept and readable; crmdesk never stores the code itself.</source>
        <translation>Geht die Passphrase des Inhabers verloren, ist der Wiederherstellungscode auf dem gedruckten Kit der einzige Weg zurück in den Tresor. Geben Sie ihn hier einmal ein, um sicherzugehen, dass das Kit aufbewahrt wird und lesbar ist; crmdesk speichert den Code selbst nie.</translation>
    </message>
    <message>
        <source>Recovery code from the kit</source>
        <translation>Wiederherstellungscode aus dem Kit</translation>
    </message>
    <message>
        <source>Code from the kit:</source>
        <translation>Code aus dem Kit:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Make a new code…</source>
        <translation>Neuen Code erstellen…</translation>
    </message>
    <message>
        <source>The current code was confirmed on {0}.</source>
        <translation>Der aktuelle Code wurde am {0} bestätigt.</translation>
    </message>
    <message>
        <source>The current code has not been confirmed since it was made.</source>
        <translation>Der aktuelle Code wurde seit seiner Erstellung nicht bestätigt.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Code wird geprüft…</translation>
    </message>
    <message>
        <source>The code is right and confirmed. Keep the kit where you keep other important papers.</source>
        <translation>Der Code ist richtig und bestätigt. Bewahren Sie das Kit bei Ihren anderen wichtigen Unterlagen auf.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Neuen Wiederherstellungscode erstellen</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once, so destroy the old kit and keep the new one.</source>
        <translation>Neuen Wiederherstellungscode erstellen? Der alte funktioniert sofort nicht mehr; vernichten Sie daher das alte Kit und bewahren Sie das neue auf.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Save recovery kit (PDF)…</source>
        <translation>Wiederherstellungskit speichern (PDF)…</translation>
    </message>
    <message>
        <source>Open it to print</source>
        <translation>Zum Drucken öffnen</translation>
    </message>
    <message>
        <source>I have saved the kit or written the code down</source>
        <translation>Ich habe das Kit gespeichert oder den Code aufgeschrieben</translation>
    </message>
    <message>
        <source>Recovery kit not saved</source>
        <translation>Wiederherstellungskit nicht gespeichert</translation>
    </message>
    <message>
        <source>The kit could not be written to {0} ({1}); choose another folder.</source>
        <translation>Das Kit konnte nicht in {0} geschrieben werden ({1}); wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Saved to {0}. Print it and keep it somewhere safe.</source>
        <translation>Gespeichert unter {0}. Drucken Sie es aus und bewahren Sie es sicher auf.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Ihr Wiederherstellungscode</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever lost, this code is the only way back in. It is shown only now.</source>
        <translation>Sollte die Passphrase des Inhabers je verloren gehen, ist dieser Code der einzige Weg zurück. Er wird nur jetzt angezeigt.</translation>
    </message>
    <message>
        <source>Remember the key on this computer (no passphrase here)</source>
        <translation>Schlüssel auf diesem Computer merken (hier keine Passphrase nötig)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
</context>
<context>
    <name>ReportBreachDialog</name>
    <message>
        <source>Report a data breach</source>
        <translation>Datenschutzverletzung melden</translation>
    </message>
    <message>
        <source>Personal data lost, sent to the wrong person, seen by someone who should not see it, or changed without leave: report it now. The owner has 72 hours from when it was noticed to tell the supervisory authority. A report stays in the breach log.</source>
        <translation>Personenbezogene Daten verloren, an die falsche Person geschickt, von Unbefugten eingesehen oder unerlaubt verändert: Melden Sie es jetzt. Der Inhaber hat ab dem Bemerken 72 Stunden Zeit, die Aufsichtsbehörde zu benachrichtigen. Eine Meldung bleibt im Verzeichnis der Datenschutzverletzungen.</translation>
    </message>
    <message>
        <source>e.g. The laptop with the customer list was stolen from the car</source>
        <translation>z. B. Der Laptop mit der Kundenliste wurde aus dem Auto gestohlen</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was ist passiert</translation>
    </message>
    <message>
        <source>as far as known, e.g. Saturday night</source>
        <translation>soweit bekannt, z. B. Samstagnacht</translation>
    </message>
    <message>
        <source>e.g. the recipient phoned us</source>
        <translation>z. B. der Empfänger hat uns angerufen</translation>
    </message>
    <message>
        <source>Every contact in the vault</source>
        <translation>Alle Kontakte im Tresor</translation>
    </message>
    <message>
        <source>The contacts with the tag</source>
        <translation>Die Kontakte mit dem Schlagwort</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Only the contact shown on the Contacts page</source>
        <translation>Nur der auf der Seite „Kontakte“ angezeigte Kontakt</translation>
    </message>
    <message>
        <source>Yes: an encrypted device or file (the crmdesk vault, a protected backup), its key safe</source>
        <translation>Ja: verschlüsseltes Gerät oder Datei (crmdesk-Tresor, geschützte Sicherung), Schlüssel sicher</translation>
    </message>
    <message>
        <source>No: readable (a CSV, paper, an e-mail, a screen)</source>
        <translation>Nein: lesbar (eine CSV-Datei, Papier, eine E-Mail, ein Bildschirm)</translation>
    </message>
    <message>
        <source>optional: how it was protected</source>
        <translation>optional: wie die Daten geschützt waren</translation>
    </message>
    <message>
        <source>How it was protected</source>
        <translation>Wie sie geschützt waren</translation>
    </message>
    <message>
        <source>Noticed at</source>
        <translation>Bemerkt am</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Geschehen am</translation>
    </message>
    <message>
        <source>Noticed how</source>
        <translation>Wie bemerkt</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Wessen Daten</translation>
    </message>
    <message>
        <source>Was it encrypted?</source>
        <translation>War es verschlüsselt?</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Melden</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Eingegangen</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(gelöscht)</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} überfällig</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>Fällig in {0} Tagen</translation>
    </message>
    <message>
        <source>Extended: tell the person why</source>
        <translation>Verlängert: Person über Grund informieren</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Welche Anfragen angezeigt werden</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Neue Anfrage…</translation>
    </message>
    <message>
        <source>No data held…</source>
        <translation>Keine Daten vorhanden…</translation>
    </message>
    <message>
        <source>A request from someone who is not in the vault: search, register and write the reply</source>
        <translation>Eine Anfrage von jemandem, der nicht im Tresor ist: suchen, erfassen und die Antwort verfassen</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>Die ausgewählte Anfrage</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Identität verifizieren…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <source>Correct the contact…</source>
        <translation>Kontakt berichtigen…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Verarbeitung einschränken</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Widerspruch erfassen</translation>
    </message>
    <message>
        <source>Person told of the extension</source>
        <translation>Person über Verlängerung informiert</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Verlängern…</translation>
    </message>
    <message>
        <source>Close as fulfilled</source>
        <translation>Als erledigt schließen</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Ablehnen…</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Betroffenenanfragen</translation>
    </message>
    <message>
        <source>When someone asks what you hold about them, or to be erased, the answer is due within one calendar month. Register the request, check who is asking, then answer it from here.</source>
        <translation>Wenn jemand fragt, was Sie über ihn gespeichert haben, oder die Löschung verlangt, ist die Antwort innerhalb eines Kalendermonats fällig. Erfassen Sie die Anfrage, prüfen Sie, wer fragt, und beantworten Sie sie dann von hier aus.</translation>
    </message>
    <message>
        <source>No requests here. Register one with “New request…”.</source>
        <translation>Hier gibt es keine Anfragen. Erfassen Sie eine mit „Neue Anfrage…“.</translation>
    </message>
    <message>
        <source>Registered {0}, due {1}.</source>
        <translation>{0} erfasst, fällig am {1}.</translation>
    </message>
    <message>
        <source>{0}: nothing is held about {1}; registered as answered. The reply is in {2}.</source>
        <translation>{0}: Über {1} ist nichts gespeichert; als beantwortet erfasst. Die Antwort liegt in {2}.</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Identität verifizieren</translation>
    </message>
    <message>
        <source>How was the identity checked? Choose, or write it in your own words:</source>
        <translation>Wie wurde die Identität geprüft? Wählen Sie aus oder beschreiben Sie es mit eigenen Worten:</translation>
    </message>
    <message>
        <source>The access report and data for {0} are in {1}. They are not encrypted by the vault; delete them once handed over.</source>
        <translation>Der Auskunftsbericht und die Daten für {0} liegen in {1}. Sie sind nicht durch den Tresor verschlüsselt; löschen Sie sie nach der Übergabe.</translation>
    </message>
    <message>
        <source>{0} verified.</source>
        <translation>{0} verifiziert.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Verlängern</translation>
    </message>
    <message>
        <source>Why does it need another month? (the person is told)</source>
        <translation>Warum wird ein weiterer Monat benötigt? (die Person wird informiert)</translation>
    </message>
    <message>
        <source>{0} extended.</source>
        <translation>{0} verlängert.</translation>
    </message>
    <message>
        <source>Recorded: the person of {0} was told of the extension.</source>
        <translation>Erfasst: Die Person zu {0} wurde über die Verlängerung informiert.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Why is the request refused? (the person is told)</source>
        <translation>Warum wird die Anfrage abgelehnt? (die Person wird informiert)</translation>
    </message>
    <message>
        <source>{0} refused.</source>
        <translation>{0} abgelehnt.</translation>
    </message>
    <message>
        <source>{0} fulfilled.</source>
        <translation>{0} erledigt.</translation>
    </message>
    <message>
        <source>Processing is restricted; close the request when the person is told.</source>
        <translation>Die Verarbeitung ist eingeschränkt; schließen Sie die Anfrage, sobald die Person informiert ist.</translation>
    </message>
    <message>
        <source>The objection is recorded in the consent ledger.</source>
        <translation>Der Widerspruch ist im Einwilligungsverlauf erfasst.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

A tombstone, the request reference and the audit log stay, without personal data. This cannot be undone.</source>
        <translation>{0} überall löschen? Dabei wird entfernt:
{1}

Ein Löschvermerk, das Aktenzeichen der Anfrage und das Prüfprotokoll bleiben, ohne personenbezogene Daten. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Erased; {0} is fulfilled.</source>
        <translation>Gelöscht; {0} ist erledigt.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore — crmdesk</source>
        <translation>Wiederherstellen — crmdesk</translation>
    </message>
    <message>
        <source>Restored {0} to {1}.</source>
        <translation>{0} wurde nach {1} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup was restored. The vault you had open is kept as {0}. Unlock the restored vault to go on.</source>
        <translation>Die Sicherung wurde wiederhergestellt. Der zuvor geöffnete Tresor bleibt als {0} erhalten. Entsperren Sie den wiederhergestellten Tresor, um fortzufahren.</translation>
    </message>
    <message>
        <source>The vault you had open is kept as {0}.</source>
        <translation>Der zuvor geöffnete Tresor bleibt als {0} erhalten.</translation>
    </message>
    <message>
        <source>crmdesk locks when you close this; then unlock the restored vault.</source>
        <translation>crmdesk sperrt sich, wenn Sie dies schließen; entsperren Sie dann den wiederhergestellten Tresor.</translation>
    </message>
    <message>
        <source>1 person erased since this backup was made was erased again.</source>
        <translation>1 Person, die seit dieser Sicherung gelöscht wurde, wurde erneut gelöscht.</translation>
    </message>
    <message>
        <source>{0} people erased since this backup was made were erased again.</source>
        <translation>{0} Personen, die seit dieser Sicherung gelöscht wurden, wurden erneut gelöscht.</translation>
    </message>
    <message>
        <source>It was a desk of a team: restored into another folder, it is a desk of its own now, with its contacts. To take the place of a lost desk, join the team with a new invitation.</source>
        <translation>Es war ein Arbeitsplatz eines Teams: in einen anderen Ordner zurückgespielt, ist es jetzt ein Arbeitsplatz für sich, mit seinen Kontakten. Um den Platz eines verlorenen Arbeitsplatzes einzunehmen, treten Sie dem Team mit einer neuen Einladung bei.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Wiederhergestellt</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Trotzdem wiederherstellen</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention policies</source>
        <translation>Aufbewahrungsregeln</translation>
    </message>
    <message>
        <source>applied by each sweep</source>
        <translation>bei jeder Bereinigung angewendet</translation>
    </message>
    <message>
        <source>proposed for review first</source>
        <translation>zuerst zur Prüfung vorgeschlagen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Regel speichern</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation>Jetzt bereinigen</translation>
    </message>
    <message>
        <source>Proposals waiting for review</source>
        <translation>Vorschläge, die auf Prüfung warten</translation>
    </message>
    <message>
        <source>Apply all…</source>
        <translation>Alle anwenden…</translation>
    </message>
    <message>
        <source>Apply selected…</source>
        <translation>Auswahl anwenden…</translation>
    </message>
    <message>
        <source>Keep selected</source>
        <translation>Auswahl behalten</translation>
    </message>
    <message>
        <source>Decline: not proposed again until the record or the policy changes</source>
        <translation>Ablehnen: wird erst wieder vorgeschlagen, wenn sich der Datensatz oder die Regel ändert</translation>
    </message>
    <message>
        <source>Waiting for review (from the last sweep)</source>
        <translation>Wartet auf Prüfung (aus der letzten Bereinigung)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. These policies say what goes and when; crmdesk sweeps after each unlock and then regularly. Erasing and anonymising wait here for your review unless you set them to apply by themselves. Nothing on legal hold or restricted is touched.</source>
        <translation>Personenbezogene Daten werden nicht länger als nötig aufbewahrt. Diese Regeln legen fest, was wann entfernt wird; crmdesk bereinigt nach jedem Entsperren und danach regelmäßig. Löschen und Anonymisieren warten hier auf Ihre Prüfung, sofern Sie nicht festlegen, dass sie automatisch angewendet werden. Was einer Löschsperre unterliegt oder eingeschränkt ist, bleibt unangetastet.</translation>
    </message>
    <message>
        <source>Sweeps run in the window of an owner or admin, or from cron.</source>
        <translation>Bereinigungen laufen im Fenster eines Inhabers oder Admins oder über cron.</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Wird bereinigt…</translation>
    </message>
    <message>
        <source>Next sweep: {0}</source>
        <translation>Nächste Bereinigung: {0}</translation>
    </message>
    <message>
        <source>The first sweep starts shortly after unlock.</source>
        <translation>Die erste Bereinigung beginnt kurz nach dem Entsperren.</translation>
    </message>
    <message>
        <source>applied {0}</source>
        <translation>angewendet: {0}</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>nichts angewendet</translation>
    </message>
    <message>
        <source>; proposed {0}</source>
        <translation>; vorgeschlagen: {0}</translation>
    </message>
    <message>
        <source>Last sweeps:
</source>
        <translation>Letzte Bereinigungen:
</translation>
    </message>
    <message>
        <source>No sweep yet.</source>
        <translation>Noch keine Bereinigung.</translation>
    </message>
    <message>
        <source>Saved; the next sweep follows it.</source>
        <translation>Gespeichert; die nächste Bereinigung richtet sich danach.</translation>
    </message>
    <message>
        <source>Carry out all {0} proposals now?</source>
        <translation>Alle {0} Vorschläge jetzt ausführen?</translation>
    </message>
    <message>
        <source>Carry out the {0} selected proposals now?</source>
        <translation>Die {0} ausgewählten Vorschläge jetzt ausführen?</translation>
    </message>
    <message>
        <source>Carry out the selected proposal now?</source>
        <translation>Den ausgewählten Vorschlag jetzt ausführen?</translation>
    </message>
    <message>
        <source>Apply the proposals</source>
        <translation>Vorschläge anwenden</translation>
    </message>
    <message>
        <source>Erased and anonymised contacts cannot be brought back.</source>
        <translation>Gelöschte und anonymisierte Kontakte können nicht wiederhergestellt werden.</translation>
    </message>
    <message>
        <source>Kept {0}: not proposed again until the record or the policy changes.</source>
        <translation>{0} behalten: wird erst wieder vorgeschlagen, wenn sich der Datensatz oder die Regel ändert.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 Datensatz</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} Datensätze</translation>
    </message>
    <message>
        <source>Applied: {0}.</source>
        <translation>Angewendet: {0}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>{0} no longer due (a new consent or basis, a hold, a changed policy) were left alone.</source>
        <translation>{0} nicht mehr fällige Vorschläge (neue Einwilligung oder Rechtsgrundlage, Löschsperre, geänderte Regel) blieben unangetastet.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Wiederhergestellten Tresor öffnen</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Sicherung wird geprüft und dann wiederhergestellt…</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Ihre Passphrase ändern</translation>
    </message>
    <message>
        <source>Set a passphrase for {0}</source>
        <translation>Passphrase für {0} festlegen</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Passphrase festlegen</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Neue Passphrase:</translation>
    </message>
    <message>
        <source>A key remembered on another computer for {0} stops working; they unlock with the new passphrase.</source>
        <translation>Ein auf einem anderen Computer gemerkter Schlüssel für {0} funktioniert dann nicht mehr; die Person entsperrt mit der neuen Passphrase.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Postal address:</source>
        <translation>Postanschrift:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Data protection contact:</source>
        <translation>Kontakt für Datenschutzfragen:</translation>
    </message>
    <message>
        <source>Other recipients:</source>
        <translation>Weitere Empfänger:</translation>
    </message>
    <message>
        <source>Supervisory authority:</source>
        <translation>Aufsichtsbehörde:</translation>
    </message>
    <message>
        <source>Representative in the EU:</source>
        <translation>Vertreter in der EU:</translation>
    </message>
    <message>
        <source>Other processing:</source>
        <translation>Weitere Verarbeitungen:</translation>
    </message>
    <message>
        <source>Street and number
Postal code and town</source>
        <translation>Straße und Hausnummer
Postleitzahl und Ort</translation>
    </message>
    <message>
        <source>e.g. info@example.com or +49 30 1234567</source>
        <translation>z. B. info@example.com oder +49 30 1234567</translation>
    </message>
    <message>
        <source>who answers data protection questions, e.g. the owner&apos;s e-mail</source>
        <translation>wer Datenschutzfragen beantwortet, z. B. die E-Mail-Adresse des Inhabers</translation>
    </message>
    <message>
        <source>one per line, besides the processors of Data protection, e.g. Tax office (invoices)</source>
        <translation>eine Angabe pro Zeile, zusätzlich zu den Auftragsverarbeitern unter „Datenschutz“, z. B. Finanzamt (Rechnungen)</translation>
    </message>
    <message>
        <source>e.g. the data protection authority of your state</source>
        <translation>z. B. die Datenschutzaufsichtsbehörde Ihres Bundeslandes</translation>
    </message>
    <message>
        <source>only for a shop outside the EU that serves people in it (Art. 27)</source>
        <translation>nur für ein Geschäft außerhalb der EU, das Personen in der EU Waren oder Dienstleistungen anbietet (Art. 27 DSGVO)</translation>
    </message>
    <message>
        <source>for the record of processing, one a line, e.g. Payroll by our tax adviser</source>
        <translation>für das Verarbeitungsverzeichnis, eine Angabe pro Zeile, z. B. Lohnabrechnung durch unseren Steuerberater</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Dieser Tresor</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Name des Geschäfts:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code; changing it reads every number in the vault again</source>
        <translation>Das Land für Telefonnummern, die ohne +Ländervorwahl geschrieben sind; bei einer Änderung wird jede Nummer im Tresor neu eingelesen</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Land (für Telefonnummern):</translation>
    </message>
    <message>
        <source>Country of the public holidays</source>
        <translation>Land der gesetzlichen Feiertage</translation>
    </message>
    <message>
        <source>Region of the public holidays</source>
        <translation>Region der gesetzlichen Feiertage</translation>
    </message>
    <message>
        <source>A request due on a Saturday, a Sunday or one of these public holidays is due on the next working day (Regulation 1182/71)</source>
        <translation>Eine Anfrage, deren Frist an einem Samstag, Sonntag oder einem dieser Feiertage endet, ist am nächsten Werktag fällig (Verordnung 1182/71)</translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation>Feiertage:</translation>
    </message>
    <message>
        <source>The language of the shop&apos;s documents; the privacy notice is published in it and in English</source>
        <translation>Die Sprache der Dokumente des Geschäfts; die Datenschutzhinweise werden in dieser Sprache und auf Englisch veröffentlicht</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Sprache der Dokumente:</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Sperren nach Inaktivität von:</translation>
    </message>
    <message>
        <source>After each unlock, and then this often, the window applies the retention policies (Retention page)</source>
        <translation>Nach jedem Entsperren und danach in diesem Abstand wendet das Fenster die Aufbewahrungsregeln an (Seite „Aufbewahrung“)</translation>
    </message>
    <message>
        <source>Retention sweep every:</source>
        <translation>Bereinigung alle:</translation>
    </message>
    <message>
        <source>only for a new version</source>
        <translation>nur bei neuer Fassung</translation>
    </message>
    <message>
        <source>Staff confirm the shop&apos;s data-protection briefing again this often (Data protection → Training).</source>
        <translation>In diesem Abstand bestätigen die Mitarbeitenden die Datenschutzunterweisung des Geschäfts erneut (Datenschutz → Schulung).</translation>
    </message>
    <message>
        <source>Briefing again every:</source>
        <translation>Unterweisung erneut alle:</translation>
    </message>
    <message>
        <source>In letters to customers, such as access reports:</source>
        <translation>In Briefen an Kunden, etwa Auskunftsberichten:</translation>
    </message>
    <message>
        <source>Only an owner or admin can change these.</source>
        <translation>Nur Inhaber oder Admins können dies ändern.</translation>
    </message>
    <message>
        <source>Your account: {0} ({1})</source>
        <translation>Ihr Konto: {0} ({1})</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Meine Passphrase ändern…</translation>
    </message>
    <message>
        <source>the computer&apos;s ({0})</source>
        <translation>die des Computers ({0})</translation>
    </message>
    <message>
        <source>Kept in the vault: it follows you to any desk</source>
        <translation>Im Tresor gespeichert: gilt an jedem Arbeitsplatz</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Sprache der Oberfläche:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How this vault behaves for everyone, and your own account on this computer.</source>
        <translation>Wie sich dieser Tresor für alle verhält, und Ihr eigenes Konto auf diesem Computer.</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>ganzes Land</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Authenticator ausschalten…</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Authenticator einrichten…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Schlüsselbund dieses Computers wird geprüft…</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Auf diesem Computer vergessen</translation>
    </message>
    <message>
        <source>Your key is kept in this computer&apos;s keyring; no passphrase is needed here.</source>
        <translation>Ihr Schlüssel ist im Schlüsselbund dieses Computers gespeichert; hier ist keine Passphrase nötig.</translation>
    </message>
    <message>
        <source>Remembering keeps your key in this computer&apos;s keyring, so anyone who can log into this computer account can open the vault as you.</source>
        <translation>Beim Merken wird Ihr Schlüssel im Schlüsselbund dieses Computers gespeichert; wer sich an diesem Benutzerkonto des Computers anmelden kann, kann den Tresor dann als Sie öffnen.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Ihre Passphrase wurde geändert.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for your account?</source>
        <translation>Den Authenticator-Code für Ihr Konto ausschalten?</translation>
    </message>
    <message>
        <source>Unlocking now also asks for the authenticator code.</source>
        <translation>Beim Entsperren wird jetzt auch der Authenticator-Code abgefragt.</translation>
    </message>
    <message>
        <source>Your key is no longer kept on this computer.</source>
        <translation>Ihr Schlüssel ist nicht mehr auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Your key is now kept in this computer&apos;s keyring.</source>
        <translation>Ihr Schlüssel ist jetzt im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Unterschreiben Sie hier mit der Maus, einem Stift oder dem Finger</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Hier unterschreiben</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fassung</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>writes it</source>
        <translation>verfasst sie</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>bestätigt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>TeamAlarmsDialog</name>
    <message>
        <source>Alarms about audit logs</source>
        <translation>Alarme zu Prüfprotokollen</translation>
    </message>
    <message>
        <source>Each desk of the team publishes checkpoints of its audit log, and the other desks keep them. A log that went back or no longer holds an entry as the team saw it means that desk&apos;s vault was put back to an older copy, or someone with its key cut or rewrote its log.</source>
        <translation>Jeder Arbeitsplatz des Teams veröffentlicht Prüfpunkte seines Prüfprotokolls, und die anderen Arbeitsplätze bewahren sie auf. Ein Protokoll, das zurückging oder einen Eintrag nicht mehr so enthält, wie das Team ihn sah, bedeutet: Der Tresor dieses Arbeitsplatzes wurde auf eine ältere Kopie zurückgesetzt, oder jemand mit seinem Schlüssel hat sein Protokoll gekürzt oder neu geschrieben.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarme</translation>
    </message>
    <message>
        <source>Mark as &amp;explained…</source>
        <translation>Als &amp;geklärt markieren…</translation>
    </message>
    <message>
        <source>No alarm waits.</source>
        <translation>Kein Alarm wartet.</translation>
    </message>
    <message>
        <source>Mark as explained</source>
        <translation>Als geklärt markieren</translation>
    </message>
    <message>
        <source>Mark alarm {0} as explained? Do so only when you know who put the desk&apos;s vault back or changed its log, and why. The audit log keeps that you did.</source>
        <translation>Alarm {0} als geklärt markieren? Tun Sie das nur, wenn Sie wissen, wer den Tresor des Arbeitsplatzes zurückgesetzt oder sein Protokoll geändert hat, und warum. Das Prüfprotokoll hält fest, dass Sie es waren.</translation>
    </message>
    <message>
        <source>Marked as explained.</source>
        <translation>Als geklärt markiert.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Several desks</source>
        <translation>Mehrere Arbeitsplätze</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <source>Changes both this desk and another made, and changes a rule here held back</source>
        <translation>Änderungen, die dieser und ein anderer Arbeitsplatz gemacht haben, und Änderungen, die eine Regel hier zurückgehalten hat</translation>
    </message>
    <message>
        <source>&amp;Alarms…</source>
        <translation>&amp;Alarme…</translation>
    </message>
    <message>
        <source>A desk&apos;s audit log that went back or was rewritten</source>
        <translation>Ein Prüfprotokoll eines Arbeitsplatzes, das zurückging oder neu geschrieben wurde</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>Jetzt &amp;abgleichen</translation>
    </message>
    <message>
        <source>Last exchange:</source>
        <translation>Letzter Austausch:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Wartet auf das Senden:</translation>
    </message>
    <message>
        <source>For review:</source>
        <translation>Zur Prüfung:</translation>
    </message>
    <message>
        <source>Audit log alarms:</source>
        <translation>Alarme zum Prüfprotokoll:</translation>
    </message>
    <message>
        <source>This vault is a desk of its own. To share one customer list among several desks through the shop&apos;s PostgreSQL server, set up a team from the command line: crmdesk team init (README, Several desks).</source>
        <translation>Dieser Tresor ist ein eigenständiger Arbeitsplatz. Um eine Kundenliste über den PostgreSQL-Server des Geschäfts mit mehreren Arbeitsplätzen zu teilen, richten Sie ein Team auf der Befehlszeile ein: crmdesk team init (README, Several desks).</translation>
    </message>
    <message>
        <source>Desk {0} of the team on {1}.</source>
        <translation>Arbeitsplatz {0} des Teams auf {1}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 Alarm</translation>
    </message>
    <message>
        <source>{0} alarms</source>
        <translation>{0} Alarme</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 Änderung</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>{0} Änderungen</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Sent {0}, received {1}.</source>
        <translation>Gesendet {0}, erhalten {1}.</translation>
    </message>
    <message>
        <source>Also sent {0} and received {1} consent entries, interactions and purposes.</source>
        <translation>Außerdem {0} Einwilligungseinträge, Interaktionen und Zwecke gesendet und {1} empfangen.</translation>
    </message>
    <message>
        <source>1 change for review.</source>
        <translation>1 Änderung zur Prüfung.</translation>
    </message>
    <message>
        <source>{0} changes for review.</source>
        <translation>{0} Änderungen zur Prüfung.</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Der Teamserver war aus einer älteren Kopie zurückgespielt worden; dieser Arbeitsplatz hat ihm zurückgegeben, was er verloren hatte.</translation>
    </message>
    <message>
        <source>The audit log of a desk went back or was rewritten: see the alarms.</source>
        <translation>Das Prüfprotokoll eines Arbeitsplatzes ist zurückgegangen oder wurde neu geschrieben: siehe die Alarme.</translation>
    </message>
    <message>
        <source>1 contact too large to send: shorten its notes.</source>
        <translation>1 Kontakt ist zu groß zum Senden: Kürzen Sie seine Notizen.</translation>
    </message>
    <message>
        <source>{0} contacts too large to send: shorten their notes.</source>
        <translation>{0} Kontakte sind zu groß zum Senden: Kürzen Sie ihre Notizen.</translation>
    </message>
</context>
<context>
    <name>TeamReviewDialog</name>
    <message>
        <source>Changes for review</source>
        <translation>Änderungen zur Prüfung</translation>
    </message>
    <message>
        <source>Where this desk and another changed the same field, the team&apos;s value is in the contact and this desk&apos;s was kept here. A change a rule here held back is applied only when you take it, and only once the rule allows it.</source>
        <translation>Wo dieser und ein anderer Arbeitsplatz dasselbe Feld geändert haben, steht der Wert des Teams im Kontakt, und der dieses Arbeitsplatzes wurde hier aufbewahrt. Eine Änderung, die eine Regel hier zurückgehalten hat, wird erst übernommen, wenn Sie sie annehmen, und erst, wenn die Regel es erlaubt.</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s</source>
        <translation>Die des &amp;Teams übernehmen</translation>
    </message>
    <message>
        <source>Take this &amp;desk&apos;s</source>
        <translation>Die dieses &amp;Arbeitsplatzes übernehmen</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>&amp;Zur Kenntnis genommen</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
</context>
<context>
    <name>TeamReviewModel</name>
    <message>
        <source>the whole change (a rule here held it back)</source>
        <translation>die ganze Änderung (eine Regel hier hat sie zurückgehalten)</translation>
    </message>
    <message>
        <source>merged into another contact at another desk</source>
        <translation>an einem anderen Arbeitsplatz mit einem anderen Kontakt zusammengeführt</translation>
    </message>
    <message>
        <source>erased at another desk (a legal hold here kept them)</source>
        <translation>an einem anderen Arbeitsplatz gelöscht (eine Löschsperre hier hat die Person behalten)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>The team&apos;s (in the contact)</source>
        <translation>Des Teams (im Kontakt)</translation>
    </message>
    <message>
        <source>This desk&apos;s (kept)</source>
        <translation>Dieses Arbeitsplatzes (aufbewahrt)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Synchronising with the team failed; details are in the log.</source>
        <translation>Der Abgleich mit dem Team ist fehlgeschlagen; Einzelheiten stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>What needs doing, and how the shop stands. Each card opens the place to act.</source>
        <translation>Was zu tun ist und wie das Geschäft dasteht. Jede Karte öffnet die Stelle, an der Sie handeln können.</translation>
    </message>
    <message>
        <source>1 thing needs doing.</source>
        <translation>1 Aufgabe steht an.</translation>
    </message>
    <message>
        <source>{0} things need doing.</source>
        <translation>{0} Aufgaben stehen an.</translation>
    </message>
    <message>
        <source>All is well: nothing needs doing today.</source>
        <translation>Alles in Ordnung: Heute ist nichts zu tun.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Authenticator for {0}</source>
        <translation>Authenticator für {0}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Einschalten</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator), then type the 6-digit code it shows.</source>
        <translation>Scannen Sie diesen Code mit einer Authenticator-App (zum Beispiel FreeOTP, Aegis, Google Authenticator) und geben Sie dann den 6-stelligen Code ein, den sie anzeigt.</translation>
    </message>
    <message>
        <source>Or type this secret: </source>
        <translation>Oder geben Sie dieses Geheimnis ein: </translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code aus der App:</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>The briefing in force</source>
        <translation>Die geltende Unterweisung</translation>
    </message>
    <message>
        <source>Who confirmed the briefing</source>
        <translation>Wer die Unterweisung bestätigt hat</translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Neue Fassung veröffentlichen…</translation>
    </message>
    <message>
        <source>Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new version is published; until then crmdesk holds back the customers&apos; data from them. Version {1}, published {2}. {3}</source>
        <translation>Alle Benutzer außer dem Inhaber bestätigen diese Unterweisung bei ihrer ersten Anmeldung, erneut {0} und wenn eine neue Fassung veröffentlicht wird; bis dahin hält crmdesk die Kundendaten vor ihnen zurück. Fassung {1}, veröffentlicht am {2}. {3}</translation>
    </message>
    <message>
        <source>{0} due.</source>
        <translation>{0} fällig.</translation>
    </message>
    <message>
        <source>Nobody is due.</source>
        <translation>Niemand ist fällig.</translation>
    </message>
    <message>
        <source>Publish a new version</source>
        <translation>Neue Fassung veröffentlichen</translation>
    </message>
    <message>
        <source>The shop&apos;s rules for its staff; everyone but the owner confirms them again:</source>
        <translation>Die Regeln des Geschäfts für sein Personal; alle außer dem Inhaber bestätigen sie erneut:</translation>
    </message>
    <message>
        <source>Version {0} is in force; everyone but the owner confirms it at their next sign-in.</source>
        <translation>Fassung {0} gilt; alle außer dem Inhaber bestätigen sie bei ihrer nächsten Anmeldung.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Etwas ist schiefgelaufen</translation>
    </message>
    <message>
        <source>crmdesk met an error it did not expect, and stopped what it was doing; what was saved before is safe; {where}.</source>
        <translation>crmdesk ist auf einen unerwarteten Fehler gestoßen und hat den laufenden Vorgang abgebrochen; was zuvor gespeichert wurde, ist sicher; {where}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {0} — crmdesk</source>
        <translation>{0} entsperren — crmdesk</translation>
    </message>
    <message>
        <source>Unlock the vault “{0}”</source>
        <translation>Tresor „{0}“ entsperren</translation>
    </message>
    <message>
        <source>leave empty for the owner</source>
        <translation>für den Inhaber leer lassen</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-stelliger Code aus Ihrer Authenticator-App</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Authenticator-Code</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Auf diesem Computer merken</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Benutzer:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Entsperren</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Passphrase vergessen…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Geben Sie Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Sie können es jetzt erneut versuchen.</translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {0} seconds.</source>
        <translation>Zu viele Fehlversuche. Sie können es in {0} Sekunden erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Benutzer hinzufügen…</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>Passphrase festlegen…</translation>
    </message>
    <message>
        <source>Authenticator…</source>
        <translation>Authenticator…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Deaktivieren…</translation>
    </message>
    <message>
        <source>Recovery code…</source>
        <translation>Wiederherstellungscode…</translation>
    </message>
    <message>
        <source>Everyone who works with the vault has their own account and passphrase. Disabling an account changes the vault&apos;s key, so that person&apos;s passphrase opens nothing any more.</source>
        <translation>Jede Person, die mit dem Tresor arbeitet, hat ein eigenes Konto und eine eigene Passphrase. Das Deaktivieren eines Kontos ändert den Schlüssel des Tresors, sodass die Passphrase dieser Person nichts mehr öffnet.</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Authenticator ausschalten…</translation>
    </message>
    <message>
        <source>Added {0} as {1}.</source>
        <translation>{0} als {1} hinzugefügt.</translation>
    </message>
    <message>
        <source>The passphrase of {0} is changed.</source>
        <translation>Die Passphrase von {0} wurde geändert.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authenticator</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for {0}?</source>
        <translation>Den Authenticator-Code für {0} ausschalten?</translation>
    </message>
    <message>
        <source>Unlocking as {0} now also asks for the authenticator code.</source>
        <translation>Beim Entsperren als {0} wird jetzt auch der Authenticator-Code abgefragt.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable {0}? Their passphrase will open nothing any more; the vault&apos;s key is changed for everyone else without them noticing.</source>
        <translation>{0} deaktivieren? Die Passphrase öffnet dann nichts mehr; der Schlüssel des Tresors wird für alle anderen geändert, ohne dass sie es bemerken.</translation>
    </message>
    <message>
        <source>{0} is disabled and the vault&apos;s key was changed.</source>
        <translation>{0} ist deaktiviert, und der Schlüssel des Tresors wurde geändert.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Waiting for another crmdesk to finish writing…</source>
        <translation>Warten, bis eine andere crmdesk-Instanz mit dem Schreiben fertig ist…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts</source>
        <translation>Kontakte importieren</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Kontaktdateien (*.csv *.vcf *.vcard *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Wiederherstellungskit speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
</TS>
