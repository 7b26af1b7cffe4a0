<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Aggiungi un utente</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Aggiungi utente</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>es. anna</translation>
    </message>
    <message>
        <source>optional, e.g. Anna Berg</source>
        <translation>facoltativo, es. Anna Berg</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nome completo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Tell the new user this passphrase in person; they can change it later.</source>
        <translation>Comunica di persona questa passphrase al nuovo utente; potrà cambiarla in seguito.</translation>
    </message>
    <message>
        <source>May: </source>
        <translation>Può: </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>New vault</source>
        <translation>Nuovo archivio</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name, or open it.</source>
        <translation>{0} esiste già; scegli un altro nome oppure aprilo.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Apri archivio</translation>
    </message>
    <message>
        <source>{0} is not a crmdesk vault; choose a folder whose name ends in .crmvault.</source>
        <translation>{0} non è un archivio crmdesk; scegli una cartella il cui nome termina con .crmvault.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess {0}</source>
        <translation>Valutazione di {0}</translation>
    </message>
    <message>
        <source>Tell the supervisory authority (Art. 33)</source>
        <translation>Notifica all&apos;autorità di controllo (art. 33)</translation>
    </message>
    <message>
        <source>Tell the people affected (Art. 34)</source>
        <translation>Comunicazione agli interessati (art. 34)</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Rischio per le persone</translation>
    </message>
    <message>
        <source>Why (kept in the log)</source>
        <translation>Motivazione (conservata nel registro)</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Probabili conseguenze</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Misure adottate</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>crmdesk suggests: {0}</source>
        <translation>crmdesk suggerisce: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Voci del registro di audit</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Verifica l&apos;archivio</translation>
    </message>
    <message>
        <source>Checks the key slots, every encrypted page, the database structure and the audit chain.</source>
        <translation>Verifica gli slot delle chiavi, ogni pagina cifrata, la struttura del database e la catena di audit.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Every unlock, failed login, change of users or settings and key rotation, newest first. Entries name records by id and hold no customer data; each one carries the hash of the one before, so changes are detectable.</source>
        <translation>Ogni sblocco, accesso non riuscito, modifica di utenti o impostazioni e rotazione delle chiavi, dal più recente. Le voci indicano i record tramite id e non contengono dati dei clienti; ciascuna riporta l&apos;hash della precedente, così eventuali modifiche sono rilevabili.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemi rilevati:</translation>
    </message>
    <message>
        <source>The vault is intact: every check passed.</source>
        <translation>L&apos;archivio è integro: tutte le verifiche sono state superate.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Data e ora (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Dettagli</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>The rotation in Settings deleted an older backup: {0}.</source>
        <translation>La rotazione definita nelle impostazioni ha eliminato un backup meno recente: {0}.</translation>
    </message>
    <message>
        <source>The rotation in Settings deleted {0} older backups: {1}.</source>
        <translation>La rotazione definita nelle impostazioni ha eliminato {0} backup meno recenti: {1}.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>checked, good</source>
        <translation>verificato, valido</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DANNEGGIATO</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illeggibile</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non verificato</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Dimensione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Last checked {0}</source>
        <translation>Ultima verifica: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Esegui backup ora</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Dove e quando</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Once a day, when the vault is first unlocked that day</source>
        <translation>Una volta al giorno, al primo sblocco dell&apos;archivio nella giornata</translation>
    </message>
    <message>
        <source>When I quit crmdesk</source>
        <translation>All&apos;uscita da crmdesk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Cartella dei backup:</translation>
    </message>
    <message>
        <source>Back up by itself:</source>
        <translation>Backup automatico:</translation>
    </message>
    <message>
        <source>Keep the newest of the last:</source>
        <translation>Conserva il più recente per ciascuno degli ultimi:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verifica</translation>
    </message>
    <message>
        <source>Reads the whole backup: its seal, every encrypted page, the structure and the audit chain.</source>
        <translation>Legge l&apos;intero backup: il sigillo, ogni pagina cifrata, la struttura e la catena di audit.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Ripristina…</translation>
    </message>
    <message>
        <source>Delete old backups</source>
        <translation>Elimina backup vecchi</translation>
    </message>
    <message>
        <source>Deletes the backups the rotation above no longer keeps.</source>
        <translation>Elimina i backup che la rotazione indicata sopra non conserva più.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aggiorna</translation>
    </message>
    <message>
        <source>Each backup is one encrypted file holding the whole vault; without a passphrase it reveals nothing. Keep the backup folder on another drive, such as a USB stick, so a broken or stolen computer does not take your customer records with it.</source>
        <translation>Ogni backup è un unico file cifrato che contiene l&apos;intero archivio; senza passphrase non rivela nulla. Tieni la cartella dei backup su un&apos;altra unità, ad esempio una chiavetta USB, così un computer guasto o rubato non si porta via le schede dei tuoi clienti.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Scegli la cartella dei backup</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Impostazioni di backup</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>Backed up and checked: {0}.</source>
        <translation>Backup eseguito e verificato: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped; no backup file was made.</source>
        <translation>Il backup è stato interrotto; non è stato creato alcun file di backup.</translation>
    </message>
    <message>
        <source>This vault has no good backup yet.</source>
        <translation>Questo archivio non ha ancora un backup valido.</translation>
    </message>
    <message>
        <source>The last good backup is from {0} ({1}).</source>
        <translation>L&apos;ultimo backup valido risale al {0} ({1}).</translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1}).</source>
        <translation>Ultimo backup valido: {0} ({1}).</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Verifica di {0}…</translation>
    </message>
    <message>
        <source>{0} is damaged:</source>
        <translation>{0} è danneggiato:</translation>
    </message>
    <message>
        <source>{0} is intact: every check passed.</source>
        <translation>{0} è integro: tutte le verifiche sono state superate.</translation>
    </message>
    <message>
        <source>Every backup here is kept by the rotation; nothing to delete.</source>
        <translation>La rotazione conserva tutti i backup presenti; nulla da eliminare.</translation>
    </message>
    <message>
        <source>Delete {0} backups that the rotation no longer keeps? The newest of each of the last {1} days, {2} weeks and {3} months stay.</source>
        <translation>Eliminare {0} backup che la rotazione non conserva più? Restano i più recenti di ciascuno degli ultimi {1} giorni, {2} settimane e {3} mesi.</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>La violazione selezionata</translation>
    </message>
    <message>
        <source>Report a breach…</source>
        <translation>Segnala una violazione…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Valuta…</translation>
    </message>
    <message>
        <source>Authority told…</source>
        <translation>Notificata all&apos;autorità…</translation>
    </message>
    <message>
        <source>People told…</source>
        <translation>Comunicata agli interessati…</translation>
    </message>
    <message>
        <source>Notification draft…</source>
        <translation>Bozza di notifica…</translation>
    </message>
    <message>
        <source>Letters to the people…</source>
        <translation>Lettere agli interessati…</translation>
    </message>
    <message>
        <source>No breach in the log. Report one with “Report a breach…”.</source>
        <translation>Nessuna violazione nel registro. Per segnalarne una usa “Segnala una violazione…”.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>{0} is in the log. Assess it now.</source>
        <translation>{0} è nel registro. Valutala ora.</translation>
    </message>
    <message>
        <source>{0} assessed.</source>
        <translation>{0} valutata.</translation>
    </message>
    <message>
        <source>Notification of {0}</source>
        <translation>Notifica di {0}</translation>
    </message>
    <message>
        <source>What was sent, and how? For a late notification to the authority, why it is late:</source>
        <translation>Che cosa è stato inviato e come? Per una notifica tardiva all&apos;autorità, indicare il motivo del ritardo:</translation>
    </message>
    <message>
        <source>Recorded: {0} had the {1} of {2}.</source>
        <translation>Registrato: {0} ha ricevuto {1} di {2}.</translation>
    </message>
    <message>
        <source>The notification draft is in {0}.</source>
        <translation>La bozza di notifica si trova in {0}.</translation>
    </message>
    <message>
        <source>The letters are in {0}. They hold names and addresses: keep the file safe and delete it once they are sent.</source>
        <translation>Le lettere si trovano in {0}. Contengono nomi e indirizzi: conserva il file al sicuro ed eliminalo dopo l&apos;invio.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>Scoperta (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Persone</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Rischio</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorità</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Interessati informati</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non valutata</translation>
    </message>
    <message>
        <source>told</source>
        <translation>informati</translation>
    </message>
    <message>
        <source>to tell</source>
        <translation>da informare</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Prima di iniziare</translation>
    </message>
    <message>
        <source>Welcome, {0}. These are this shop&apos;s rules for its customers&apos; data. Read them; the customer list opens once you confirm them.</source>
        <translation>{0}, ti diamo il benvenuto. Queste sono le regole del negozio per i dati dei clienti. Leggile: l&apos;elenco dei clienti si apre dopo che le avrai confermate.</translation>
    </message>
    <message>
        <source>Loading the briefing…</source>
        <translation>Caricamento delle istruzioni…</translation>
    </message>
    <message>
        <source>The data-protection briefing</source>
        <translation>Istruzioni sulla protezione dei dati</translation>
    </message>
    <message>
        <source>I have read and understood these rules</source>
        <translation>Ho letto e compreso queste regole</translation>
    </message>
    <message>
        <source>Confirm and continue</source>
        <translation>Conferma e continua</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Disconnetti</translation>
    </message>
    <message>
        <source>Version {0}, published {1}.</source>
        <translation>Versione {0}, pubblicata il {1}.</translation>
    </message>
    <message>
        <source>Recording your confirmation…</source>
        <translation>Registrazione della conferma…</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violazioni</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Several desks</source>
        <translation>Più postazioni</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>Apri le richieste</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Mostra i contatti</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Apri Conservazione</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Apri Backup</translation>
    </message>
    <message>
        <source>Open Users</source>
        <translation>Apri Utenti</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Apri il registro di audit</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Verificale</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Conferma il codice</translation>
    </message>
    <message>
        <source>Open the breach log</source>
        <translation>Apri il registro delle violazioni</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>Apri Formazione</translation>
    </message>
    <message>
        <source>Show the alarms</source>
        <translation>Mostra gli allarmi</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
</context>
<context>
    <name>ConsentCaptureDialog</name>
    <message>
        <source>Consent — {0}</source>
        <translation>Consenso — {0}</translation>
    </message>
    <message>
        <source>What does {0} agree to?</source>
        <translation>A che cosa acconsente {0}?</translation>
    </message>
    <message>
        <source>Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. Anything not ticked is simply not recorded.</source>
        <translation>Leggi ogni finalità insieme al cliente. Spunta solo ciò a cui acconsente: nulla viene spuntato al suo posto. Ciò che non è spuntato semplicemente non viene registrato.</translation>
    </message>
    <message>
        <source>Hand the screen to the customer</source>
        <translation>Passa lo schermo al cliente</translation>
    </message>
    <message>
        <source>Large text, only the purposes and the signature pad</source>
        <translation>Testo grande, solo le finalità e l&apos;area per la firma</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Lingua dei testi:</translation>
    </message>
    <message>
        <source>There are no active consent purposes; an owner or admin adds them on the Consent page.</source>
        <translation>Non ci sono finalità attive basate sul consenso; un proprietario o un amministratore può aggiungerle nella pagina Consenso.</translation>
    </message>
    <message>
        <source>optional: a colleague who saw it</source>
        <translation>facoltativo: un collega presente</translation>
    </message>
    <message>
        <source>optional: e.g. form no. 17, asked at the till</source>
        <translation>facoltativo: es. modulo n. 17, chiesto alla cassa</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Nessuna scansione allegata</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Allega una scansione…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Come è stato prestato</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testimone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Modulo scansionato</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Cancella firma</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Firma (facoltativa)</translation>
    </message>
    <message>
        <source>Done — hand back to staff</source>
        <translation>Fatto — restituire al personale</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registra…</translation>
    </message>
    <message>
        <source>{0} ({1:,} KB)</source>
        <translation>{0} ({1:,} KB)</translation>
    </message>
    <message>
        <source>Attach a scanned form</source>
        <translation>Allega un modulo scansionato</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Scansioni (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Please read and tick what you agree to</source>
        <translation>Legga e spunti ciò a cui acconsente</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Tick a box only if you agree; you can withdraw at any time. Sign below if you like, then hand the screen back.</source>
        <translation>Nessuna casella è spuntata al posto Suo. Spunti una casella solo se acconsente; può revocare il consenso in qualsiasi momento. Se lo desidera, firmi qui sotto, poi restituisca lo schermo.</translation>
    </message>
    <message>
        <source>Discard consent</source>
        <translation>Scarta consenso</translation>
    </message>
    <message>
        <source>Close without recording? The ticks, the signature and the notes captured so far are lost.</source>
        <translation>Chiudere senza registrare? Le spunte, la firma e le note raccolte finora andranno perse.</translation>
    </message>
    <message>
        <source>Record for {0}:</source>
        <translation>Registrare per {0}:</translation>
    </message>
    <message>
        <source>  • {0} — consent given (text version {1}, {2})</source>
        <translation>  • {0} — consenso prestato (versione del testo {1}, {2})</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Modalità: {0}</translation>
    </message>
    <message>
        <source>Witness: {0}</source>
        <translation>Testimone: {0}</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Firma: {0}</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>apposta</translation>
    </message>
    <message>
        <source>none</source>
        <translation>assente</translation>
    </message>
    <message>
        <source>Scanned form: {0}</source>
        <translation>Modulo scansionato: {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registra consenso</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrazione in corso…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Purposes</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>New purpose…</source>
        <translation>Nuova finalità…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Publish new text…</source>
        <translation>Pubblica nuovo testo…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Ritira…</translation>
    </message>
    <message>
        <source>Version and language of the text</source>
        <translation>Versione e lingua del testo</translation>
    </message>
    <message>
        <source>Text of the purpose</source>
        <translation>Testo della finalità</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Consent and lawful bases</source>
        <translation>Consenso e basi giuridiche</translation>
    </message>
    <message>
        <source>Every contact is processed for stated purposes, each on one lawful basis. Where the basis is consent, the customer agrees to an exact text, and crmdesk keeps which version, when and how.</source>
        <translation>Ogni contatto è trattato per finalità dichiarate, ciascuna fondata su una base giuridica. Se la base è il consenso, il cliente acconsente a un testo esatto e crmdesk conserva quale versione, quando e come.</translation>
    </message>
    <message>
        <source>{0}, version {1}, published {2}</source>
        <translation>{0}, versione {1}, pubblicata il {2}</translation>
    </message>
    <message>
        <source>This purpose rests on another lawful basis; it has no consent text.</source>
        <translation>Questa finalità si fonda su un&apos;altra base giuridica; non ha un testo di consenso.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Retire purpose</source>
        <translation>Ritira finalità</translation>
    </message>
    <message>
        <source>Stop offering “{0}”? Its history stays; consents already given can still be withdrawn, but nobody can agree to it any more.</source>
        <translation>Smettere di offrire “{0}”? La cronologia resta; i consensi già prestati possono ancora essere revocati, ma nessuno potrà più acconsentirvi.</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>by {0}</source>
        <translation>da {0}</translation>
    </message>
    <message>
        <source>witness {0}</source>
        <translation>testimone {0}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Registra base</translation>
    </message>
    <message>
        <source>Capture consent…</source>
        <translation>Raccogli consenso…</translation>
    </message>
    <message>
        <source>How the customer told you, for withdrawals and other changes</source>
        <translation>Come il cliente ha comunicato revoche e altre modifiche</translation>
    </message>
    <message>
        <source>Changes told</source>
        <translation>Modifiche comunicate</translation>
    </message>
    <message>
        <source>Purposes and their state</source>
        <translation>Finalità e relativo stato</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Cronologia dei consensi</translation>
    </message>
    <message>
        <source>Text the customer saw</source>
        <translation>Testo presentato al cliente</translation>
    </message>
    <message>
        <source>Select an entry to see the text the customer saw</source>
        <translation>Seleziona una voce per vedere il testo presentato al cliente</translation>
    </message>
    <message>
        <source>Save a copy of the scan…</source>
        <translation>Salva una copia della scansione…</translation>
    </message>
    <message>
        <source>History (oldest first)</source>
        <translation>Cronologia (dalla voce meno recente)</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> fino al {0}</translation>
    </message>
    <message>
        <source>⚠ No lawful basis on record: capture consent, or record the basis that applies (an order, a legal duty) before using this contact&apos;s data.</source>
        <translation>⚠ Nessuna base giuridica registrata: raccogli il consenso o registra la base giuridica applicabile (un ordine, un obbligo legale) prima di usare i dati di questo contatto.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ancora nessuna registrazione.</translation>
    </message>
    <message>
        <source>Processing is restricted: no new consent until it is lifted</source>
        <translation>Trattamento limitato: nessun nuovo consenso finché la limitazione non viene revocata</translation>
    </message>
    <message>
        <source>Text version {0} ({1}), SHA-256 {2}</source>
        <translation>Versione del testo {0} ({1}), SHA-256 {2}</translation>
    </message>
    <message>
        <source>Save a copy of the scan ({0})…</source>
        <translation>Salva una copia della scansione ({0})…</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Salva una copia della scansione</translation>
    </message>
    <message>
        <source>Saved to {0}. The copy is not encrypted; delete it when done.</source>
        <translation>Salvata in {0}. La copia non è cifrata; eliminala quando non serve più.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Salva una copia</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrato.</translation>
    </message>
    <message>
        <source>Record that {0} withdrew consent to “{1}” ({2})?</source>
        <translation>Registrare che {0} ha revocato il consenso a «{1}» ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} no longer has the basis of “{1}” ({2})?</source>
        <translation>Registrare che per {0} la base «{1}» non vale più ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} has the basis of “{1}” ({2})?</source>
        <translation>Registrare che per {0} vale la base «{1}» ({2})?</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Registra una modifica</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Annulla modifiche</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Deleting a person is erasure: everything about them goes, only a tombstone without personal data stays</source>
        <translation>Eliminare una persona equivale alla cancellazione: tutto ciò che la riguarda viene rimosso, resta solo una traccia senza dati personali</translation>
    </message>
    <message>
        <source>Only an owner or admin can delete contacts.</source>
        <translation>Solo un proprietario o un amministratore può eliminare i contatti.</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>Richiesta…</translation>
    </message>
    <message>
        <source>Register a request from this person: access, erasure, …</source>
        <translation>Registra una richiesta di questa persona: accesso, cancellazione, …</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interazioni</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Quando è avvenuto</translation>
    </message>
    <message>
        <source>What happened? e.g. Asked about wedding cakes</source>
        <translation>Che cosa è successo? es. Ha chiesto informazioni sulle torte nuziali</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Aggiungi nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consensi</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Revoca limitazione</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>Fill in what you know; a name or an organisation is enough.</source>
        <translation>Compila ciò che sai; basta un nome o un&apos;organizzazione.</translation>
    </message>
    <message>
        <source>customer since {0}</source>
        <translation>cliente dal {0}</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Nessun contatto selezionato</translation>
    </message>
    <message>
        <source>Pick a contact in the list, or create a new one.</source>
        <translation>Scegli un contatto dall&apos;elenco o creane uno nuovo.</translation>
    </message>
    <message>
        <source>⚠ Processing restricted (Art. 18): no changes and no new consent; exports only for this person&apos;s own request.</source>
        <translation>⚠ Trattamento limitato (art. 18): nessuna modifica e nessun nuovo consenso; esportazioni solo su richiesta della persona stessa.</translation>
    </message>
    <message>
        <source>⚖ Legal hold: nothing about this contact is erased while it is on.</source>
        <translation>⚖ Blocco legale: finché è attivo, nulla di questo contatto viene cancellato.</translation>
    </message>
    <message>
        <source>✎ Correcting under request {0}: saving records which fields changed in it.</source>
        <translation>✎ Rettifica per la richiesta {0}: al salvataggio, i campi modificati vengono registrati nella richiesta.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Ancora nessuna registrazione.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Salva contatto</translation>
    </message>
    <message>
        <source>{0} Did they come back to you on their own?</source>
        <translation>{0} La persona è tornata da te di sua iniziativa?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Elimina contatto</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

Only a tombstone without personal data stays, so a later import recognises them. This cannot be undone.</source>
        <translation>Cancellare {0} ovunque? Verranno rimossi:
{1}

Resta solo una traccia senza dati personali, così un&apos;importazione successiva riconoscerà la persona. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Lift the restriction on {0}? Their data can then be changed and used again.</source>
        <translation>Revocare la limitazione per {0}? I suoi dati potranno di nuovo essere modificati e utilizzati.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>shown as given and family name</source>
        <translation>visualizzato come nome e cognome</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Indirizzo e-mail</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>cellulare</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>lavoro</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>cercapersone</translation>
    </message>
    <message>
        <source>other</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>via e numero civico</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>city</source>
        <translation>città</translation>
    </message>
    <message>
        <source>country</source>
        <translation>paese</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>CAP</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Indirizzo web</translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, Newsletter</source>
        <translation>separate da virgole, es. VIP, Newsletter</translation>
    </message>
    <message>
        <source>where the data came from</source>
        <translation>origine dei dati</translation>
    </message>
    <message>
        <source>e.g. {date}, or {day} (no year)</source>
        <translation>es. {date}, oppure {day} (senza anno)</translation>
    </message>
    <message>
        <source>Day, month and year ({date}), or day and month only ({day}); 1980-04-23 is understood too</source>
        <translation>Giorno, mese e anno ({date}), oppure solo giorno e mese ({day}); anche 1980-04-23 viene capito</translation>
    </message>
    <message>
        <source>e.g. {date}; empty: today</source>
        <translation>es. {date}; vuoto: oggi</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>la lingua del negozio</translation>
    </message>
    <message>
        <source>The language of the letters and reports this person receives, such as the access report</source>
        <translation>La lingua delle lettere e dei rapporti che questa persona riceve, come il rapporto di accesso ai dati</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Cognome:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Visualizzato come:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizzazione:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Qualifica:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Compleanno:</translation>
    </message>
    <message>
        <source>Websites:</source>
        <translation>Siti web:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Cliente dal:</translation>
    </message>
    <message>
        <source>Letters in:</source>
        <translation>Lingua della corrispondenza:</translation>
    </message>
    <message>
        <source>Write dates with day, month and year, for example {date} (a birthday without its year as {day}).</source>
        <translation>Scrivi le date con giorno, mese e anno, ad esempio {date} (un compleanno senza anno come {day}).</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ultimo contatto</translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation>Nessuna base giuridica</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Fai clic per ordinare in base a questa colonna</translation>
    </message>
    <message>
        <source>No consent and no other lawful basis on record; record one before using this data.</source>
        <translation>Nessun consenso né altra base giuridica registrati; registra una base giuridica prima di usare questi dati.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names, organisations, e-mail, phone, tags, notes…</source>
        <translation>Cerca nomi, organizzazioni, e-mail, telefoni, etichette, note…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Cerca contatti</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuovo contatto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tutti i contatti</translation>
    </message>
    <message>
        <source>Without lawful basis</source>
        <translation>Senza base giuridica</translation>
    </message>
    <message>
        <source>Consent running out</source>
        <translation>Consenso in scadenza</translation>
    </message>
    <message>
        <source>Only contacts with no consent and no other lawful basis on record</source>
        <translation>Solo i contatti senza consenso né altra base giuridica registrati</translation>
    </message>
    <message>
        <source>Only contacts with a consent that runs out within 30 days: ask them again</source>
        <translation>Solo i contatti con un consenso che scade entro 30 giorni: chiedilo di nuovo</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nuovo contatto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Salva contatto</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Ricerca in corso…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Every contact has a lawful basis on record.</source>
        <translation>Ogni contatto ha una base giuridica registrata.</translation>
    </message>
    <message>
        <source>1 contact without a lawful basis</source>
        <translation>1 contatto senza base giuridica</translation>
    </message>
    <message>
        <source>{0}{1} contacts without a lawful basis</source>
        <translation>{0}{1} contatti senza base giuridica</translation>
    </message>
    <message>
        <source>No consent runs out within 30 days.</source>
        <translation>Nessun consenso scade entro 30 giorni.</translation>
    </message>
    <message>
        <source>1 contact with a consent running out</source>
        <translation>1 contatto con un consenso in scadenza</translation>
    </message>
    <message>
        <source>{0}{1} contacts with a consent running out</source>
        <translation>{0}{1} contatti con un consenso in scadenza</translation>
    </message>
    <message>
        <source>No contact matches “{0}”.</source>
        <translation>Nessun contatto corrisponde a “{0}”.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 risultato</translation>
    </message>
    <message>
        <source>{0}{1} matches</source>
        <translation>{0}{1} risultati</translation>
    </message>
    <message>
        <source>{0}+ contacts</source>
        <translation>{0}+ contatti</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contatto</translation>
    </message>
    <message>
        <source>{0:,} contacts</source>
        <translation>{0:,} contatti</translation>
    </message>
    <message>
        <source>1 possible duplicate to review</source>
        <translation>1 possibile duplicato da esaminare</translation>
    </message>
    <message>
        <source>{0} possible duplicates to review</source>
        <translation>{0} possibili duplicati da esaminare</translation>
    </message>
    <message>
        <source>Clear the filter to search</source>
        <translation>Rimuovi il filtro per cercare</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a crmdesk vault</source>
        <translation>Crea un archivio crmdesk</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Creazione dell&apos;archivio cifrato…</translation>
    </message>
    <message>
        <source>Vault not created</source>
        <translation>Archivio non creato</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Apertura dell&apos;archivio…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Who restores it</source>
        <translation>Chi esegue il ripristino</translation>
    </message>
    <message>
        <source>The passphrase of an owner or admin who was a user of the vault when the backup was made.</source>
        <translation>La passphrase di un proprietario o di un amministratore che era utente dell&apos;archivio al momento del backup.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>only if this account uses an authenticator app</source>
        <translation>solo se questo account usa un&apos;app di autenticazione</translation>
    </message>
    <message>
        <source>I understand that the vault I am using now will be replaced (its safety copy stays beside it).</source>
        <translation>Ho capito che l&apos;archivio che sto usando verrà sostituito (la sua copia di sicurezza resta accanto).</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nome utente:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Codice di autenticazione:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>es. {example}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Scegli il giorno dal calendario</translation>
    </message>
    <message>
        <source>Type the day, e.g. {example}.</source>
        <translation>Scrivi il giorno, es. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day and a time; type them as {example} 14:30.</source>
        <translation>«{text}» non è un giorno con un orario; scrivili come {example} 14:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day; type it as {example}.</source>
        <translation>«{text}» non è un giorno; scrivilo come {example}.</translation>
    </message>
    <message>
        <source>Add the time of day after the day, as in {example} 14:30.</source>
        <translation>Aggiungi l&apos;ora dopo il giorno, come in {example} 14:30.</translation>
    </message>
    <message>
        <source>{day} is still to come; type a day that has passed.</source>
        <translation>Il {day} deve ancora venire; scrivi un giorno già passato.</translation>
    </message>
    <message>
        <source>{day} is too early; the earliest day is {earliest}.</source>
        <translation>Il {day} è troppo presto; il primo giorno possibile è il {earliest}.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Ripristina un backup</translation>
    </message>
    <message>
        <source>{0}, made {1}: {2} contacts, {3} users.</source>
        <translation>{0}, creato il {1}: {2} contatti, {3} utenti.</translation>
    </message>
    <message>
        <source>As a new vault in this folder:</source>
        <translation>Come nuovo archivio in questa cartella:</translation>
    </message>
    <message>
        <source>Over the vault I am using now</source>
        <translation>Al posto dell&apos;archivio che sto usando</translation>
    </message>
    <message>
        <source>Folder of the restored vault</source>
        <translation>Cartella dell&apos;archivio ripristinato</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>The vault you have open is moved aside as a safety copy, not deleted. Everything entered since the backup was made is then only in that copy.</source>
        <translation>L&apos;archivio aperto viene spostato da parte come copia di sicurezza, non eliminato. Tutto ciò che è stato inserito dopo il backup resterà solo in quella copia.</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Ripristina come</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Archivio crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Give the folder for the restored vault.</source>
        <translation>Indica la cartella per l&apos;archivio ripristinato.</translation>
    </message>
    <message>
        <source>{0} already exists; choose a new name.</source>
        <translation>{0} esiste già; scegli un nuovo nome.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La cartella {0} non esiste.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>Benvenuto in crmdesk</translation>
    </message>
    <message>
        <source>Your customer data will live in an encrypted vault on this computer. First, who is it for?</source>
        <translation>I dati dei tuoi clienti saranno conservati in un archivio cifrato su questo computer. Innanzitutto, per chi è?</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>es. Panificio Sole</translation>
    </message>
    <message>
        <source>optional, e.g. Maria Sonne</source>
        <translation>facoltativo, es. Maria Sole</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code</source>
        <translation>Paese dei numeri di telefono scritti senza prefisso internazionale</translation>
    </message>
    <message>
        <source>The vault will be created at:</source>
        <translation>L&apos;archivio verrà creato in:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nome dell&apos;attività:</translation>
    </message>
    <message>
        <source>Owner&apos;s user name:</source>
        <translation>Nome utente del proprietario:</translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation>Nome completo del proprietario:</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Paese (per i numeri di telefono):</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Possibili duplicati</translation>
    </message>
    <message>
        <source>Each pair shares an e-mail address, a phone number (a family&apos;s home phone, a shop&apos;s landline, or one person written two ways), or a name and a town, or was added again on purpose. Merge them only if they are one person; the merged contact keeps both histories.</source>
        <translation>Ogni coppia ha in comune un indirizzo e-mail, un numero di telefono (il telefono di casa di una famiglia, il fisso di un negozio o una persona scritta in due modi), oppure un nome e una città, o è stata aggiunta di nuovo di proposito. Uniscile solo se si tratta della stessa persona; il contatto unito conserva entrambe le cronologie.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Unisci…</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Persone diverse</translation>
    </message>
    <message>
        <source>Looking through the vault…</source>
        <translation>Ricerca nell&apos;archivio…</translation>
    </message>
    <message>
        <source>Found 1 new pair.</source>
        <translation>Trovata 1 nuova coppia.</translation>
    </message>
    <message>
        <source>Found {0} new pairs.</source>
        <translation>Trovate {0} nuove coppie.</translation>
    </message>
    <message>
        <source>Looked through the vault: nothing new.</source>
        <translation>Ricerca nell&apos;archivio completata: niente di nuovo.</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Nulla in attesa di verifica.</translation>
    </message>
    <message>
        <source>Merged into {0}.</source>
        <translation>Uniti in {0}.</translation>
    </message>
    <message>
        <source>Noted: they are different people.</source>
        <translation>Annotato: sono persone diverse.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the access report — {0}</source>
        <translation>Esporta il rapporto di accesso ai dati — {0}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Cartella</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>The person&apos;s language (on their contact), else the shop&apos;s (Settings)</source>
        <translation>La lingua della persona (nel suo contatto), altrimenti quella del negozio (Impostazioni)</translation>
    </message>
    <message>
        <source>The shop&apos;s postal address is empty, so the letter has no sender; fill it in under Settings → The shop as controller first, or export anyway.</source>
        <translation>L&apos;indirizzo postale del negozio è vuoto, quindi la lettera non ha mittente; compilalo prima in Impostazioni → Il negozio come titolare del trattamento, oppure esporta comunque.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Cartella:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>Password del PDF:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Ripetila:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Lingua:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Esporta</translation>
    </message>
    <message>
        <source>The PDF letter and the data as JSON go into the folder. A password protects the PDF; give it to the person separately (leave both fields empty for none).</source>
        <translation>La lettera in PDF e i dati in JSON vengono salvati nella cartella. Una password protegge il PDF; comunicala alla persona separatamente (lascia vuoti entrambi i campi per non usarla).</translation>
    </message>
    <message>
        <source>Folder for the access report</source>
        <translation>Cartella per il rapporto di accesso ai dati</translation>
    </message>
    <message>
        <source>No password: anyone with the file can read it.</source>
        <translation>Nessuna password: chiunque abbia il file può leggerlo.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Scegli una cartella esistente.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Le due password sono diverse; digita la stessa due volte.</translation>
    </message>
    <message>
        <source>The password is shorter than {0} characters; choose a longer one.</source>
        <translation>La password ha meno di {0} caratteri; scegline una più lunga.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>line {0}: added {1} ({2})</source>
        <translation>riga {0}: aggiunto {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: merged {1} ({2})</source>
        <translation>riga {0}: unito {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: skipped {1} ({2})</source>
        <translation>riga {0}: saltato {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: added {1}</source>
        <translation>riga {0}: aggiunto {1}</translation>
    </message>
    <message>
        <source>line {0}: merged {1}</source>
        <translation>riga {0}: unito {1}</translation>
    </message>
    <message>
        <source>line {0}: skipped {1}</source>
        <translation>riga {0}: saltato {1}</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Scegli file…</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or a spreadsheet, or vCard (.vcf).</source>
        <translation>CSV da Google Contatti, Outlook o un foglio di calcolo, oppure vCard (.vcf).</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Colonne del file e campi che compilano</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonna nel file</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va in</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Le prime righe come verrebbero importate</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizzazione</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefono</translation>
    </message>
    <message>
        <source>merge into the existing contact</source>
        <translation>unisci al contatto esistente</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>salta la riga</translation>
    </message>
    <message>
        <source>import as a new contact</source>
        <translation>importa come nuovo contatto</translation>
    </message>
    <message>
        <source>where these contacts came from, e.g. old customer list</source>
        <translation>origine di questi contatti, es. vecchio elenco clienti</translation>
    </message>
    <message>
        <source>none yet — find them later with “Without lawful basis”</source>
        <translation>nessuna per ora — trovali in seguito con “Senza base giuridica”</translation>
    </message>
    <message>
        <source>The purpose whose lawful basis applies to everyone in this file: recorded for each contact with method “imported” and the source as its note. Consent is not offered: it is captured one person at a time, with its evidence</source>
        <translation>La finalità la cui base giuridica si applica a tutti i contatti del file: viene registrata per ciascun contatto con la modalità “importato” e l&apos;origine come nota. Il consenso non è proposto: si raccoglie una persona alla volta, con le relative prove</translation>
    </message>
    <message>
        <source>recognised from the file</source>
        <translation>riconosciuta dal file</translation>
    </message>
    <message>
        <source>Names with wrong letters (Iksiñski for Iksiński, Ã¼ for ü)? The file did not say its character set and another was assumed: choose the one it was written in; the rows above show the result</source>
        <translation>Nomi con lettere errate (Iksiñski per Iksiński, Ã¼ per ü)? Il file non indicava la propria codifica dei caratteri e ne è stata presunta un&apos;altra: scegli quella con cui è stato scritto; le righe sopra mostrano il risultato</translation>
    </message>
    <message>
        <source>What the import did, row by row</source>
        <translation>Risultato dell&apos;importazione, riga per riga</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Verifica (simulazione)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Same e-mail or phone as a known contact:</source>
        <translation>Stessa e-mail o telefono di un contatto noto:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origine:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Base giuridica:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>First rows as they will be imported</source>
        <translation>Prime righe come verranno importate</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lettura di {0}…</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3} contacts</source>
        <translation>{0}: {1}, {2}, {3} contatti</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>importato da {0}</translation>
    </message>
    <message>
        <source>line {0}: skipped ({1})</source>
        <translation>riga {0}: saltata ({1})</translation>
    </message>
    <message>
        <source>line {0}: note: {1}</source>
        <translation>riga {0}: nota: {1}</translation>
    </message>
    <message>
        <source>This file cannot be imported; see below.</source>
        <translation>Questo file non può essere importato; vedi sotto.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione in corso…</translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>Da aggiungere</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Aggiunti</translation>
    </message>
    <message>
        <source>{0} {1}, merged {2}, skipped {3}.</source>
        <translation>{0}: {1}, uniti: {2}, saltati: {3}.</translation>
    </message>
    <message>
        <source>Lawful basis “{0}” {1} for {2} of these contacts (method: imported).</source>
        <translation>Base giuridica “{0}” {1} per {2} di questi contatti (modalità: importato).</translation>
    </message>
    <message>
        <source>would be recorded</source>
        <translation>verrebbe registrata</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrata</translation>
    </message>
    <message>
        <source>{0} had ended it (an objection, a contract that ran out) and keep it ended.</source>
        <translation>{0} l&apos;avevano fatta cessare (un&apos;opposizione, un contratto scaduto) e resta cessata.</translation>
    </message>
    <message>
        <source>No lawful basis would be recorded; the “Without lawful basis” filter finds such contacts.</source>
        <translation>Non verrebbe registrata alcuna base giuridica; il filtro “Senza base giuridica” trova questi contatti.</translation>
    </message>
    <message>
        <source>No lawful basis was recorded; the “Without lawful basis” filter finds them.</source>
        <translation>Non è stata registrata alcuna base giuridica; il filtro “Senza base giuridica” li trova.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) may be someone already in the vault; review them with “possible duplicates” on the Contacts page.</source>
        <translation>
            <numerusform>%n contatto aggiunto potrebbe essere una persona già presente nell&apos;archivio; verificalo con “Possibili duplicati” nella pagina Contatti.</numerusform>
            <numerusform>%n contatti aggiunti potrebbero essere persone già presenti nell&apos;archivio; verificali con “Possibili duplicati” nella pagina Contatti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Press Import to do it.</source>
        <translation>Non è stato modificato nulla. Premi Importa per eseguire l&apos;importazione.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Interruzione… non verrà importato nulla.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Chiudi</translation>
    </message>
</context>
<context>
    <name>LabelledListEdit</name>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Aggiungi una riga</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Rimuovi la riga selezionata</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consenso</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backup</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro di audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>{0} — crmdesk</source>
        <translation>{0} — crmdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <source>Retention sweep…</source>
        <translation>Pulizia di conservazione…</translation>
    </message>
    <message>
        <source>Retention sweep: {0} of {1} records…</source>
        <translation>Pulizia di conservazione: {0} di {1} record…</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Archivio: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>a user&apos;s name and role in the status bar</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Signed in as {0}; role: {1}</source>
        <translation>Accesso come {0}; ruolo: {1}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Blocca</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Blocca l&apos;archivio (Ctrl+L)</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Archivio</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Backup in corso…</translation>
    </message>
    <message>
        <source>{0} waiting for review</source>
        <translation>{0} in attesa di verifica</translation>
    </message>
    <message>
        <source>Retention proposals: open the Retention page</source>
        <translation>Proposte di conservazione: apri la pagina Conservazione</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Lingua della finestra</translation>
    </message>
    <message>
        <source>A contact or the settings are being edited: save or revert them first, then choose the language again.</source>
        <translation>Un contatto o le impostazioni sono in modifica: salva o annulla prima le modifiche, poi scegli di nuovo la lingua.</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Violazione segnalata</translation>
    </message>
    <message>
        <source>{0} is in the breach log. Tell the owner now as well: the supervisory authority may have to be told within 72 hours.</source>
        <translation>{0} è nel registro delle violazioni. Informa subito anche il proprietario: potrebbe essere necessario notificarla all&apos;autorità di controllo entro 72 ore.</translation>
    </message>
    <message>
        <source>{0} failed unlock tries since the last unlock.</source>
        <translation>Tentativi di sblocco non riusciti dall&apos;ultimo sblocco: {0}.</translation>
    </message>
    <message>
        <source>Backing up… {0}%</source>
        <translation>Backup in corso… {0}%</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}.</source>
        <translation>Backup creato e verificato: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Il backup è stato interrotto.</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Backup non riuscito: {0}</translation>
    </message>
    <message>
        <source>Backup on quit</source>
        <translation>Backup all&apos;uscita</translation>
    </message>
    <message>
        <source>The backup before closing did not work: {0} Close crmdesk anyway?</source>
        <translation>Il backup prima della chiusura non è riuscito: {0} Chiudere comunque crmdesk?</translation>
    </message>
    <message>
        <source>Open the Backups page</source>
        <translation>Apri la pagina Backup</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Backup prima della chiusura…</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Il server del team era stato ripristinato da una copia precedente; questa postazione gli ha restituito ciò che aveva perso.</translation>
    </message>
    <message>
        <source>1 change received from the other desks.</source>
        <translation>1 modifica ricevuta dalle altre postazioni.</translation>
    </message>
    <message>
        <source>{0} changes received from the other desks.</source>
        <translation>{0} modifiche ricevute dalle altre postazioni.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Not in step with the team&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Non allineata con il team&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Retention sweep: {0} records removed.</source>
        <translation>Pulizia di conservazione: {0} record rimossi.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nuovo archivio…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Apri archivio…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importa contatti…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Esporta contatti…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Esegui &amp;backup ora</translation>
    </message>
    <message>
        <source>Report a data brea&amp;ch…</source>
        <translation>Segnala una &amp;violazione dei dati…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Es&amp;ci</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contatto</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registra &amp;consenso…</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Nuova &amp;richiesta…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Possibili &amp;duplicati…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Apri la cartella dei &amp;log</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>&amp;Informazioni su crmdesk</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nuovo archivio</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Archivio crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Open a vault (a NAME.crmvault folder)</source>
        <translation>Apri un archivio (una cartella NOME.crmvault)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Esporta contatti</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>Foglio di calcolo (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Name the file .csv (spreadsheet) or .vcf (vCard).</source>
        <translation>Il nome del file deve terminare con .csv (foglio di calcolo) o .vcf (vCard).</translation>
    </message>
    <message>
        <source>Exported {0} contacts to {1}. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>Esportati {0} contatti in {1}. Il file non è cifrato; conservalo al sicuro ed eliminalo quando non serve più.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Scegli prima un contatto.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Invio</translation>
    </message>
    <message>
        <source>in a search: go to the results; in a dialog: its main button</source>
        <translation>in una ricerca: va ai risultati; in una finestra di dialogo: il pulsante principale</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close a dialog (it asks first when something would be lost)</source>
        <translation>chiude una finestra di dialogo (prima chiede conferma se qualcosa andrebbe perso)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Canc</translation>
    </message>
    <message>
        <source>in the contact list: delete the selected contact</source>
        <translation>nell&apos;elenco dei contatti: elimina il contatto selezionato</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>Informazioni su crmdesk</translation>
    </message>
    <message>
        <source>Customer records in an encrypted vault on this computer, with consent, data subject requests, retention and backups.</source>
        <translation>Schede clienti in un archivio cifrato su questo computer, con consensi, richieste degli interessati, conservazione e backup.</translation>
    </message>
    <message>
        <source>Vault: {vault}
Log (no personal data): {log}</source>
        <translation>Archivio: {vault}
Log (senza dati personali): {log}</translation>
    </message>
    <message>
        <source>Show Details lists every component crmdesk is made of, with its licence.</source>
        <translation>“Mostra dettagli” elenca tutti i componenti di cui è fatto crmdesk, con la relativa licenza.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Cartella dei log</translation>
    </message>
    <message>
        <source>This desktop has no file manager to open it with. The log is in {folder}.</source>
        <translation>Questo desktop non ha un file manager con cui aprirla. Il log si trova in {folder}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sito web:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etichette:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Unisci due contatti</translation>
    </message>
    <message>
        <source>In the vault before</source>
        <translation>Già nell&apos;archivio</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Aggiunto dopo</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mail addresses, numbers, addresses, web addresses, tags and notes of both are kept, and so are their interactions, consents and requests. The contact added later then goes.</source>
        <translation>Scegli il valore da conservare dove i due differiscono. Indirizzi e-mail, numeri, indirizzi, indirizzi web, etichette e note di entrambi vengono conservati, così come le loro interazioni, i consensi e le richieste. Il contatto aggiunto dopo viene poi rimosso.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Unisci</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Il tuo nuovo codice di recupero</translation>
    </message>
    <message>
        <source>The old code no longer works. This one is shown only now: save the kit and print it, or write the code down.</source>
        <translation>Il vecchio codice non funziona più. Questo viene mostrato solo ora: salva il kit e stampalo, oppure annota il codice.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fatto</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nuova richiesta</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone, then pick</source>
        <translation>Digita un nome, un&apos;e-mail o un telefono, poi scegli</translation>
    </message>
    <message>
        <source>optional, e.g. asked at the counter for a copy</source>
        <translation>facoltativo, es. ha chiesto una copia al banco</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Ricevuta da</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registra</translation>
    </message>
    <message>
        <source>Due on {0}: one calendar month after receipt{1}.</source>
        <translation>Scadenza il {0}: un mese di calendario dopo il ricevimento{1}.</translation>
    </message>
    <message>
        <source>Pick the person from the list that appears as you type.</source>
        <translation>Scegli la persona dall&apos;elenco che appare mentre digiti.</translation>
    </message>
</context>
<context>
    <name>NoDataDialog</name>
    <message>
        <source>No data held</source>
        <translation>Nessun dato conservato</translation>
    </message>
    <message>
        <source>Someone asked about their data, and you think the vault holds none. Give every name, e-mail address and number they gave: crmdesk searches for each; when none finds a contact, the request is registered as answered and the reply says so. The address is used for the letter only.</source>
        <translation>Qualcuno ha chiesto dei propri dati e ritieni che l&apos;archivio non ne contenga. Inserisci ogni nome, indirizzo e-mail e numero che ha fornito: crmdesk li cerca uno per uno; se nessuno porta a un contatto, la richiesta viene registrata come evasa e la risposta lo dichiara. L&apos;indirizzo serve solo per la lettera.</translation>
    </message>
    <message>
        <source>their name as they gave it</source>
        <translation>il nome come indicato dalla persona</translation>
    </message>
    <message>
        <source>one a line: names, e-mail addresses, phone numbers</source>
        <translation>uno per riga: nomi, indirizzi e-mail, numeri di telefono</translation>
    </message>
    <message>
        <source>What to search for</source>
        <translation>Che cosa cercare</translation>
    </message>
    <message>
        <source>where the reply goes (not kept)</source>
        <translation>dove inviare la risposta (non conservato)</translation>
    </message>
    <message>
        <source>Address for the reply</source>
        <translation>Indirizzo per la risposta</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Richiedente</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Richiesta</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Ricevuta il</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>la lingua del negozio</translation>
    </message>
    <message>
        <source>Reply in</source>
        <translation>Lingua della risposta</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Ricevuta da</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Rispondere a</translation>
    </message>
    <message>
        <source>Search and write the reply…</source>
        <translation>Cerca e scrivi la risposta…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Salva la risposta</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Documento Word (*.docx)</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name and what to search for.</source>
        <translation>Indica il nome del richiedente e che cosa cercare.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written to; choose another.</source>
        <translation>Impossibile scrivere nella cartella {0}; scegline un&apos;altra.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>In the vault before</source>
        <translation>Già nell&apos;archivio</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Aggiunto dopo</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Rilevata il</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Language of the paper</source>
        <translation>Lingua del documento</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Salva come PDF…</translation>
    </message>
    <message>
        <source>Save as Word document…</source>
        <translation>Salva come documento Word…</translation>
    </message>
    <message>
        <source>Save as text for the website…</source>
        <translation>Salva come testo per il sito web…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>{0} is in {1}.</source>
        <translation>{0} si trova in {1}.</translation>
    </message>
    <message>
        <source>Made from the vault each time: purposes, people and data counted, processors, retention and the security measures that are on. What crmdesk cannot know (a representative, other processing) is written in Settings.</source>
        <translation>Generato ogni volta dall&apos;archivio: finalità, numero di persone e di dati, responsabili del trattamento, conservazione e misure di sicurezza attive. Ciò che crmdesk non può sapere (un rappresentante, altri trattamenti) si scrive nelle Impostazioni.</translation>
    </message>
    <message>
        <source>This is version {0}, published {1}.</source>
        <translation>Questa è la versione {0}, pubblicata il {1}.</translation>
    </message>
    <message>
        <source>The notice is published in the shop&apos;s language and English (Settings); this one can be saved, not published.</source>
        <translation>L&apos;informativa viene pubblicata nella lingua del negozio e in inglese (Impostazioni); questa può essere salvata, non pubblicata.</translation>
    </message>
    <message>
        <source>This text is not published yet: publish it to keep it as a version, then put it on the website and at the counter.</source>
        <translation>Questo testo non è ancora pubblicato: pubblicalo per conservarlo come versione, poi mettilo sul sito web e al banco.</translation>
    </message>
    <message>
        <source>What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, retention and the shop&apos;s details in Settings, in the shop&apos;s language and English. What the shop wrote itself (its details, a purpose it added) stays as written.</source>
        <translation>Ciò che il negozio comunica alle persone quando ne raccoglie i dati (art. 13), generato dalle finalità, dai responsabili del trattamento, dalla conservazione e dai dati del negozio nelle Impostazioni, nella lingua del negozio e in inglese. Ciò che il negozio ha scritto di suo (i propri dati, una finalità aggiunta) resta come è stato scritto.</translation>
    </message>
    <message>
        <source>Publish this version</source>
        <translation>Pubblica questa versione</translation>
    </message>
    <message>
        <source>The privacy notice is published: {0}.</source>
        <translation>L&apos;informativa privacy è stata pubblicata: {0}.</translation>
    </message>
    <message>
        <source>{0} version {1}</source>
        <translation>{0} versione {1}</translation>
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
        <translation>Ripetila:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Le due passphrase sono diverse.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose the owner&apos;s passphrase</source>
        <translation>Scegli la passphrase del proprietario</translation>
    </message>
    <message>
        <source>It unlocks the vault. Several words are easier to remember and harder to guess than one short password.</source>
        <translation>Sblocca l&apos;archivio. Più parole sono più facili da ricordare e più difficili da indovinare di una password breve.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>applied by each sweep</source>
        <translation>applicata a ogni passaggio</translation>
    </message>
    <message>
        <source>proposed for review</source>
        <translation>proposta per revisione</translation>
    </message>
    <message>
        <source>off</source>
        <translation>disattiva</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Change {0}</source>
        <translation>Modifica {0}</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Aggiungi un responsabile del trattamento</translation>
    </message>
    <message>
        <source>the business, e.g. Example Mail GmbH</source>
        <translation>l&apos;azienda, es. Example Mail S.r.l.</translation>
    </message>
    <message>
        <source>what they do for the shop, e.g. sends the newsletter</source>
        <translation>che cosa fa per il negozio, es. invia la newsletter</translation>
    </message>
    <message>
        <source>Transfer basis</source>
        <translation>Base del trasferimento</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Contratto firmato il</translation>
    </message>
    <message>
        <source>The agreement&apos;s date</source>
        <translation>Data del contratto</translation>
    </message>
    <message>
        <source>no scan kept</source>
        <translation>nessuna scansione conservata</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Scegli la scansione…</translation>
    </message>
    <message>
        <source>Purposes they serve</source>
        <translation>Finalità servite</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Data they get</source>
        <translation>Dati ricevuti</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>No purpose ticked: they serve the whole shop (like the IT provider) and are named to everyone as a recipient.</source>
        <translation>Nessuna finalità spuntata: opera per l&apos;intero negozio (come il fornitore IT) ed è indicato a tutti come destinatario.</translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation>Il contratto firmato</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Scansioni (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorRegister</name>
    <message>
        <source>Processors</source>
        <translation>Responsabili del trattamento</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Save the agreement…</source>
        <translation>Salva il contratto…</translation>
    </message>
    <message>
        <source>No longer used…</source>
        <translation>Non più utilizzato…</translation>
    </message>
    <message>
        <source>Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients to the people whose data they get; the record of processing lists them.</source>
        <translation>Aziende che trattano dati dei clienti per conto del negozio (art. 28). I rapporti di accesso ai dati li indicano come destinatari alle persone di cui ricevono i dati; il registro delle attività di trattamento li elenca.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Salva il contratto</translation>
    </message>
    <message>
        <source>{0} is in the register.</source>
        <translation>{0} è nel registro.</translation>
    </message>
    <message>
        <source>{0} is changed.</source>
        <translation>Modifiche a {0} salvate.</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Non più utilizzato</translation>
    </message>
    <message>
        <source>The shop no longer uses {0}? They are no longer named as a recipient; the register keeps them in its history.</source>
        <translation>Il negozio non si avvale più di {0}? Non verrà più indicato come destinatario; il registro lo conserva nella cronologia.</translation>
    </message>
    <message>
        <source>{0} is retired.</source>
        <translation>{0} non è più in uso.</translation>
    </message>
    <message>
        <source>The agreement is in {0}.</source>
        <translation>Il contratto si trova in {0}.</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Responsabile</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Attività</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dove</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contratto</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message>
        <source>, scan kept</source>
        <translation>, scansione conservata</translation>
    </message>
    <message>
        <source>all</source>
        <translation>tutte</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Record</source>
        <translation>Elemento</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Breach log</source>
        <translation>Registro delle violazioni</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Responsabili</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registro dei trattamenti</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Informativa privacy</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formazione</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protezione dei dati</translation>
    </message>
    <message>
        <source>The shop&apos;s data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the processors who handle customer data, the record of processing made from the vault, and the staff&apos;s briefing.</source>
        <translation>La documentazione del negozio sulla protezione dei dati (art. 5, par. 2, RGPD): il registro delle violazioni con il conteggio delle 72 ore, i responsabili del trattamento che gestiscono i dati dei clienti, il registro delle attività di trattamento generato dall&apos;archivio e le istruzioni per il personale.</translation>
    </message>
</context>
<context>
    <name>PublishTextDialog</name>
    <message>
        <source>Publish a new text — {0}</source>
        <translation>Pubblica un nuovo testo — {0}</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>Published texts never change. Customers who agreed to an earlier version keep that version in their history; new consents use this one.</source>
        <translation>I testi pubblicati non cambiano mai. I clienti che hanno acconsentito a una versione precedente la mantengono nella loro cronologia; i nuovi consensi usano questa.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Pubblica</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
</context>
<context>
    <name>PurposeBox</name>
    <message>
        <source>This purpose has no published text yet; it cannot be agreed to.</source>
        <translation>Questa finalità non ha ancora un testo pubblicato; non è possibile acconsentirvi.</translation>
    </message>
    <message>
        <source> — not yet written in this language</source>
        <translation> — non ancora disponibile in questa lingua</translation>
    </message>
    <message>
        <source>version {0}, {1}{2}</source>
        <translation>versione {0}, {1}{2}</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Edit purpose</source>
        <translation>Modifica finalità</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nuova finalità</translation>
    </message>
    <message>
        <source>e.g. loyalty-club</source>
        <translation>es. club-fedelta</translation>
    </message>
    <message>
        <source>e.g. Loyalty club</source>
        <translation>es. Club fedeltà</translation>
    </message>
    <message>
        <source>What the data is used for, in a sentence</source>
        <translation>Per che cosa vengono usati i dati, in una frase</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>nessun periodo fisso</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>fino alla revoca</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Testo del consenso</translation>
    </message>
    <message>
        <source>The exact words the customer agrees to</source>
        <translation>Le parole esatte a cui il cliente acconsente</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Conservati per</translation>
    </message>
    <message>
        <source>Consent lasts</source>
        <translation>Durata del consenso</translation>
    </message>
    <message>
        <source>Text language</source>
        <translation>Lingua del testo</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalità</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base giuridica</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Re-consent</source>
        <translation>Rinnovo consenso</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contatti</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ancora nessuno</translation>
    </message>
    <message>
        <source>active</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>ritirata</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the owner&apos;s access</source>
        <translation>Recupera l&apos;accesso del proprietario</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery kit and choose a new passphrase for the owner. Other users keep their passphrases.</source>
        <translation>Digita il codice di recupero riportato nel kit di recupero e scegli una nuova passphrase per il proprietario. Gli altri utenti mantengono le loro passphrase.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nuova passphrase:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Imposta nuova passphrase</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Codice di recupero:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Codice di recupero</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is lost, the recovery code on the printed kit is the only way back into the vault. Type it here once to be sure the kit is kept and readable; crmdesk never stores the code itself.</source>
        <translation>Se la passphrase del proprietario va persa, il codice di recupero sul kit stampato è l&apos;unico modo per rientrare nell&apos;archivio. Digitalo qui una volta per assicurarti che il kit sia conservato e leggibile; crmdesk non memorizza mai il codice.</translation>
    </message>
    <message>
        <source>Recovery code from the kit</source>
        <translation>Codice di recupero del kit</translation>
    </message>
    <message>
        <source>Code from the kit:</source>
        <translation>Codice del kit:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>Make a new code…</source>
        <translation>Genera un nuovo codice…</translation>
    </message>
    <message>
        <source>The current code was confirmed on {0}.</source>
        <translation>Il codice attuale è stato confermato il {0}.</translation>
    </message>
    <message>
        <source>The current code has not been confirmed since it was made.</source>
        <translation>Il codice attuale non è stato confermato da quando è stato generato.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Verifica del codice…</translation>
    </message>
    <message>
        <source>The code is right and confirmed. Keep the kit where you keep other important papers.</source>
        <translation>Il codice è corretto e confermato. Conserva il kit insieme agli altri documenti importanti.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Genera un nuovo codice di recupero</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once, so destroy the old kit and keep the new one.</source>
        <translation>Generare un nuovo codice di recupero? Quello vecchio smette subito di funzionare: distruggi il vecchio kit e conserva quello nuovo.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Save recovery kit (PDF)…</source>
        <translation>Salva kit di recupero (PDF)…</translation>
    </message>
    <message>
        <source>Open it to print</source>
        <translation>Aprilo per stamparlo</translation>
    </message>
    <message>
        <source>I have saved the kit or written the code down</source>
        <translation>Ho salvato il kit o annotato il codice</translation>
    </message>
    <message>
        <source>Recovery kit not saved</source>
        <translation>Kit di recupero non salvato</translation>
    </message>
    <message>
        <source>The kit could not be written to {0} ({1}); choose another folder.</source>
        <translation>Impossibile scrivere il kit in {0} ({1}); scegli un&apos;altra cartella.</translation>
    </message>
    <message>
        <source>Saved to {0}. Print it and keep it somewhere safe.</source>
        <translation>Salvato in {0}. Stampalo e conservalo in un luogo sicuro.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Il tuo codice di recupero</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever lost, this code is the only way back in. It is shown only now.</source>
        <translation>Se la passphrase del proprietario va persa, questo codice è l&apos;unico modo per rientrare. Viene mostrato solo ora.</translation>
    </message>
    <message>
        <source>Remember the key on this computer (no passphrase here)</source>
        <translation>Ricorda la chiave su questo computer (qui senza passphrase)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>non disponibile</translation>
    </message>
</context>
<context>
    <name>ReportBreachDialog</name>
    <message>
        <source>Report a data breach</source>
        <translation>Segnala una violazione dei dati</translation>
    </message>
    <message>
        <source>Personal data lost, sent to the wrong person, seen by someone who should not see it, or changed without leave: report it now. The owner has 72 hours from when it was noticed to tell the supervisory authority. A report stays in the breach log.</source>
        <translation>Dati personali persi, inviati alla persona sbagliata, visti da chi non doveva vederli o modificati senza autorizzazione: segnalalo subito. Il proprietario ha 72 ore dal momento in cui se ne è venuti a conoscenza per notificarlo all&apos;autorità di controllo. La segnalazione resta nel registro delle violazioni.</translation>
    </message>
    <message>
        <source>e.g. The laptop with the customer list was stolen from the car</source>
        <translation>es. Il portatile con l&apos;elenco clienti è stato rubato dall&apos;auto</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Che cosa è successo</translation>
    </message>
    <message>
        <source>as far as known, e.g. Saturday night</source>
        <translation>per quanto noto, es. sabato notte</translation>
    </message>
    <message>
        <source>e.g. the recipient phoned us</source>
        <translation>es. ci ha telefonato il destinatario</translation>
    </message>
    <message>
        <source>Every contact in the vault</source>
        <translation>Tutti i contatti dell&apos;archivio</translation>
    </message>
    <message>
        <source>The contacts with the tag</source>
        <translation>I contatti con l&apos;etichetta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etichetta</translation>
    </message>
    <message>
        <source>Only the contact shown on the Contacts page</source>
        <translation>Solo il contatto mostrato nella pagina Contatti</translation>
    </message>
    <message>
        <source>Yes: an encrypted device or file (the crmdesk vault, a protected backup), its key safe</source>
        <translation>Sì: un dispositivo o file cifrato (l&apos;archivio crmdesk, un backup protetto), con la chiave al sicuro</translation>
    </message>
    <message>
        <source>No: readable (a CSV, paper, an e-mail, a screen)</source>
        <translation>No: leggibile (un CSV, carta, un&apos;e-mail, uno schermo)</translation>
    </message>
    <message>
        <source>optional: how it was protected</source>
        <translation>facoltativo: come era protetto</translation>
    </message>
    <message>
        <source>How it was protected</source>
        <translation>Come era protetto</translation>
    </message>
    <message>
        <source>Noticed at</source>
        <translation>Scoperta il</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Avvenuta</translation>
    </message>
    <message>
        <source>Noticed how</source>
        <translation>Come è stata scoperta</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Dati di chi</translation>
    </message>
    <message>
        <source>Was it encrypted?</source>
        <translation>Era cifrato?</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Segnala</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Riferimento</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Ricezione</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Giorni restanti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(cancellato)</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} in ritardo</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Aperte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Scadute</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>In scadenza entro {0} giorni</translation>
    </message>
    <message>
        <source>Extended: tell the person why</source>
        <translation>Prorogate: informare la persona del motivo</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tutte</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Richieste da mostrare</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nuova richiesta…</translation>
    </message>
    <message>
        <source>No data held…</source>
        <translation>Nessun dato conservato…</translation>
    </message>
    <message>
        <source>A request from someone who is not in the vault: search, register and write the reply</source>
        <translation>Una richiesta di qualcuno che non è nell&apos;archivio: cerca, registra e scrivi la risposta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>La richiesta selezionata</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Verifica identità…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Esporta rapporto…</translation>
    </message>
    <message>
        <source>Correct the contact…</source>
        <translation>Rettifica il contatto…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Cancella…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limita il trattamento</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Registra opposizione</translation>
    </message>
    <message>
        <source>Person told of the extension</source>
        <translation>Persona informata della proroga</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Proroga…</translation>
    </message>
    <message>
        <source>Close as fulfilled</source>
        <translation>Chiudi come evasa</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Respingi…</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Richieste degli interessati</translation>
    </message>
    <message>
        <source>When someone asks what you hold about them, or to be erased, the answer is due within one calendar month. Register the request, check who is asking, then answer it from here.</source>
        <translation>Quando qualcuno chiede quali dati conservi su di lui o di essere cancellato, la risposta è dovuta entro un mese di calendario. Registra la richiesta, verifica chi la presenta e poi rispondi da qui.</translation>
    </message>
    <message>
        <source>No requests here. Register one with “New request…”.</source>
        <translation>Nessuna richiesta. Registrane una con “Nuova richiesta…”.</translation>
    </message>
    <message>
        <source>Registered {0}, due {1}.</source>
        <translation>Richiesta {0} registrata, scadenza {1}.</translation>
    </message>
    <message>
        <source>{0}: nothing is held about {1}; registered as answered. The reply is in {2}.</source>
        <translation>{0}: nessun dato conservato su {1}; registrata come evasa. La risposta si trova in {2}.</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Verifica identità</translation>
    </message>
    <message>
        <source>How was the identity checked? Choose, or write it in your own words:</source>
        <translation>Come è stata verificata l&apos;identità? Scegli o descrivilo con parole tue:</translation>
    </message>
    <message>
        <source>The access report and data for {0} are in {1}. They are not encrypted by the vault; delete them once handed over.</source>
        <translation>Il rapporto di accesso ai dati e i dati di {0} si trovano in {1}. Non sono cifrati dall&apos;archivio; eliminali dopo averli consegnati.</translation>
    </message>
    <message>
        <source>{0} verified.</source>
        <translation>{0} verificata.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Proroga</translation>
    </message>
    <message>
        <source>Why does it need another month? (the person is told)</source>
        <translation>Perché serve un altro mese? (la persona ne viene informata)</translation>
    </message>
    <message>
        <source>{0} extended.</source>
        <translation>{0} prorogata.</translation>
    </message>
    <message>
        <source>Recorded: the person of {0} was told of the extension.</source>
        <translation>Registrato: la persona della richiesta {0} è stata informata della proroga.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Respingi</translation>
    </message>
    <message>
        <source>Why is the request refused? (the person is told)</source>
        <translation>Perché la richiesta viene respinta? (la persona ne viene informata)</translation>
    </message>
    <message>
        <source>{0} refused.</source>
        <translation>{0} respinta.</translation>
    </message>
    <message>
        <source>{0} fulfilled.</source>
        <translation>{0} evasa.</translation>
    </message>
    <message>
        <source>Processing is restricted; close the request when the person is told.</source>
        <translation>Il trattamento è limitato; chiudi la richiesta quando la persona ne è stata informata.</translation>
    </message>
    <message>
        <source>The objection is recorded in the consent ledger.</source>
        <translation>L&apos;opposizione è registrata nel registro dei consensi.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Cancella</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

A tombstone, the request reference and the audit log stay, without personal data. This cannot be undone.</source>
        <translation>Cancellare {0} ovunque? Verranno rimossi:
{1}

Restano una traccia, il riferimento della richiesta e il registro di audit, senza dati personali. L&apos;operazione non può essere annullata.</translation>
    </message>
    <message>
        <source>Erased; {0} is fulfilled.</source>
        <translation>Cancellazione eseguita; {0} è evasa.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore — crmdesk</source>
        <translation>Ripristino — crmdesk</translation>
    </message>
    <message>
        <source>Restored {0} to {1}.</source>
        <translation>{0} ripristinato in {1}.</translation>
    </message>
    <message>
        <source>The backup was restored. The vault you had open is kept as {0}. Unlock the restored vault to go on.</source>
        <translation>Il backup è stato ripristinato. L&apos;archivio che avevi aperto è conservato come {0}. Sblocca l&apos;archivio ripristinato per continuare.</translation>
    </message>
    <message>
        <source>The vault you had open is kept as {0}.</source>
        <translation>L&apos;archivio che avevi aperto è conservato come {0}.</translation>
    </message>
    <message>
        <source>crmdesk locks when you close this; then unlock the restored vault.</source>
        <translation>crmdesk si blocca quando chiudi questa finestra; poi sblocca l&apos;archivio ripristinato.</translation>
    </message>
    <message>
        <source>1 person erased since this backup was made was erased again.</source>
        <translation>1 persona cancellata dopo la creazione di questo backup è stata cancellata di nuovo.</translation>
    </message>
    <message>
        <source>{0} people erased since this backup was made were erased again.</source>
        <translation>{0} persone cancellate dopo la creazione di questo backup sono state cancellate di nuovo.</translation>
    </message>
    <message>
        <source>It was a desk of a team: restored into another folder, it is a desk of its own now, with its contacts. To take the place of a lost desk, join the team with a new invitation.</source>
        <translation>Era una postazione di un team: ripristinata in un&apos;altra cartella, ora è una postazione a sé, con i suoi contatti. Per prendere il posto di una postazione persa, unitevi al team con un nuovo invito.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Ripristinato</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Ripristina comunque</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention policies</source>
        <translation>Regole di conservazione</translation>
    </message>
    <message>
        <source>applied by each sweep</source>
        <translation>applicata a ogni pulizia</translation>
    </message>
    <message>
        <source>proposed for review first</source>
        <translation>proposta prima per la verifica</translation>
    </message>
    <message>
        <source>on</source>
        <translation>attiva</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Salva regola</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>Regola selezionata</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Dopo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modalità</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Esecuzione</translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation>Esegui pulizia ora</translation>
    </message>
    <message>
        <source>Proposals waiting for review</source>
        <translation>Proposte in attesa di verifica</translation>
    </message>
    <message>
        <source>Apply all…</source>
        <translation>Applica tutte…</translation>
    </message>
    <message>
        <source>Apply selected…</source>
        <translation>Applica selezionate…</translation>
    </message>
    <message>
        <source>Keep selected</source>
        <translation>Mantieni selezionati</translation>
    </message>
    <message>
        <source>Decline: not proposed again until the record or the policy changes</source>
        <translation>Rifiuta: non viene riproposto finché il record o la regola non cambiano</translation>
    </message>
    <message>
        <source>Waiting for review (from the last sweep)</source>
        <translation>In attesa di verifica (dall&apos;ultima pulizia)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservazione</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. These policies say what goes and when; crmdesk sweeps after each unlock and then regularly. Erasing and anonymising wait here for your review unless you set them to apply by themselves. Nothing on legal hold or restricted is touched.</source>
        <translation>I dati personali non vengono conservati più del necessario. Queste regole stabiliscono che cosa viene rimosso e quando; crmdesk esegue una pulizia dopo ogni sblocco e poi a intervalli regolari. Cancellazioni e anonimizzazioni attendono qui la tua verifica, a meno che tu non le imposti per essere applicate automaticamente. Nulla di ciò che è sotto blocco legale o limitato viene toccato.</translation>
    </message>
    <message>
        <source>Sweeps run in the window of an owner or admin, or from cron.</source>
        <translation>Le pulizie vengono eseguite nella finestra di un proprietario o di un amministratore, oppure da cron.</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Pulizia in corso…</translation>
    </message>
    <message>
        <source>Next sweep: {0}</source>
        <translation>Prossima pulizia: {0}</translation>
    </message>
    <message>
        <source>The first sweep starts shortly after unlock.</source>
        <translation>La prima pulizia inizia poco dopo lo sblocco.</translation>
    </message>
    <message>
        <source>applied {0}</source>
        <translation>applicato: {0}</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>nulla applicato</translation>
    </message>
    <message>
        <source>; proposed {0}</source>
        <translation>; proposto: {0}</translation>
    </message>
    <message>
        <source>Last sweeps:
</source>
        <translation>Ultime pulizie:
</translation>
    </message>
    <message>
        <source>No sweep yet.</source>
        <translation>Ancora nessuna pulizia.</translation>
    </message>
    <message>
        <source>Saved; the next sweep follows it.</source>
        <translation>Salvata; la prossima pulizia la applicherà.</translation>
    </message>
    <message>
        <source>Carry out all {0} proposals now?</source>
        <translation>Eseguire ora tutte le {0} proposte?</translation>
    </message>
    <message>
        <source>Carry out the {0} selected proposals now?</source>
        <translation>Eseguire ora le {0} proposte selezionate?</translation>
    </message>
    <message>
        <source>Carry out the selected proposal now?</source>
        <translation>Eseguire ora la proposta selezionata?</translation>
    </message>
    <message>
        <source>Apply the proposals</source>
        <translation>Applica le proposte</translation>
    </message>
    <message>
        <source>Erased and anonymised contacts cannot be brought back.</source>
        <translation>I contatti cancellati e anonimizzati non possono essere recuperati.</translation>
    </message>
    <message>
        <source>Kept {0}: not proposed again until the record or the policy changes.</source>
        <translation>Mantenimento registrato per {0}: non verrà riproposto finché il record o la regola non cambiano.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 record</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} record</translation>
    </message>
    <message>
        <source>Applied: {0}.</source>
        <translation>Applicato: {0}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nulla</translation>
    </message>
    <message>
        <source>{0} no longer due (a new consent or basis, a hold, a changed policy) were left alone.</source>
        <translation>{0} proposte non più dovute (un nuovo consenso o una nuova base giuridica, un blocco, una regola modificata) sono state lasciate invariate.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Ripristino in corso</translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Apri l&apos;archivio ripristinato</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Verifica del backup, poi ripristino…</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambia la tua passphrase</translation>
    </message>
    <message>
        <source>Set a passphrase for {0}</source>
        <translation>Imposta una passphrase per {0}</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Imposta passphrase</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nuova passphrase:</translation>
    </message>
    <message>
        <source>A key remembered on another computer for {0} stops working; they unlock with the new passphrase.</source>
        <translation>Una chiave memorizzata su un altro computer per {0} smette di funzionare; lo sblocco avverrà con la nuova passphrase.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Postal address:</source>
        <translation>Indirizzo postale:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contatto:</translation>
    </message>
    <message>
        <source>Data protection contact:</source>
        <translation>Contatto per la protezione dei dati:</translation>
    </message>
    <message>
        <source>Other recipients:</source>
        <translation>Altri destinatari:</translation>
    </message>
    <message>
        <source>Supervisory authority:</source>
        <translation>Autorità di controllo:</translation>
    </message>
    <message>
        <source>Representative in the EU:</source>
        <translation>Rappresentante nell&apos;UE:</translation>
    </message>
    <message>
        <source>Other processing:</source>
        <translation>Altri trattamenti:</translation>
    </message>
    <message>
        <source>Street and number
Postal code and town</source>
        <translation>Via e numero civico
CAP e città</translation>
    </message>
    <message>
        <source>e.g. info@example.com or +49 30 1234567</source>
        <translation>es. info@example.com o +39 06 1234567</translation>
    </message>
    <message>
        <source>who answers data protection questions, e.g. the owner&apos;s e-mail</source>
        <translation>chi risponde alle domande sulla protezione dei dati, es. l&apos;e-mail del proprietario</translation>
    </message>
    <message>
        <source>one per line, besides the processors of Data protection, e.g. Tax office (invoices)</source>
        <translation>uno per riga, oltre ai responsabili del trattamento di Protezione dei dati, es. Agenzia delle Entrate (fatture)</translation>
    </message>
    <message>
        <source>e.g. the data protection authority of your state</source>
        <translation>es. il Garante per la protezione dei dati personali</translation>
    </message>
    <message>
        <source>only for a shop outside the EU that serves people in it (Art. 27)</source>
        <translation>solo per un negozio con sede fuori dall&apos;UE che si rivolge a persone nell&apos;UE (art. 27)</translation>
    </message>
    <message>
        <source>for the record of processing, one a line, e.g. Payroll by our tax adviser</source>
        <translation>per il registro dei trattamenti, uno per riga, es. Buste paga tramite il nostro consulente</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Questo archivio</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nome dell&apos;attività:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code; changing it reads every number in the vault again</source>
        <translation>Paese dei numeri di telefono scritti senza prefisso internazionale; se lo modifichi, tutti i numeri dell&apos;archivio vengono riletti</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Paese (per i numeri di telefono):</translation>
    </message>
    <message>
        <source>Country of the public holidays</source>
        <translation>Paese dei giorni festivi</translation>
    </message>
    <message>
        <source>Region of the public holidays</source>
        <translation>Regione dei giorni festivi</translation>
    </message>
    <message>
        <source>A request due on a Saturday, a Sunday or one of these public holidays is due on the next working day (Regulation 1182/71)</source>
        <translation>Una richiesta in scadenza di sabato, di domenica o in uno di questi giorni festivi scade il primo giorno lavorativo successivo (regolamento 1182/71)</translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation>Giorni festivi:</translation>
    </message>
    <message>
        <source>The language of the shop&apos;s documents; the privacy notice is published in it and in English</source>
        <translation>La lingua dei documenti del negozio; l&apos;informativa privacy viene pubblicata in questa lingua e in inglese</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Lingua dei documenti:</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Blocca dopo un&apos;inattività di:</translation>
    </message>
    <message>
        <source>After each unlock, and then this often, the window applies the retention policies (Retention page)</source>
        <translation>Dopo ogni sblocco, e poi con questa frequenza, la finestra applica le regole di conservazione (pagina Conservazione)</translation>
    </message>
    <message>
        <source>Retention sweep every:</source>
        <translation>Pulizia di conservazione ogni:</translation>
    </message>
    <message>
        <source>only for a new version</source>
        <translation>solo per una nuova versione</translation>
    </message>
    <message>
        <source>Staff confirm the shop&apos;s data-protection briefing again this often (Data protection → Training).</source>
        <translation>Con questa frequenza il personale conferma di nuovo le istruzioni del negozio sulla protezione dei dati (Protezione dei dati → Formazione).</translation>
    </message>
    <message>
        <source>Briefing again every:</source>
        <translation>Riconferma istruzioni ogni:</translation>
    </message>
    <message>
        <source>In letters to customers, such as access reports:</source>
        <translation>Nelle lettere ai clienti, come i rapporti di accesso ai dati:</translation>
    </message>
    <message>
        <source>Only an owner or admin can change these.</source>
        <translation>Solo un proprietario o un amministratore può modificare queste impostazioni.</translation>
    </message>
    <message>
        <source>Your account: {0} ({1})</source>
        <translation>Il tuo account: {0} ({1})</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Cambia la mia passphrase…</translation>
    </message>
    <message>
        <source>the computer&apos;s ({0})</source>
        <translation>quella del computer ({0})</translation>
    </message>
    <message>
        <source>Kept in the vault: it follows you to any desk</source>
        <translation>Salvata nell&apos;archivio: ti segue su qualsiasi postazione</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Lingua della finestra:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>How this vault behaves for everyone, and your own account on this computer.</source>
        <translation>Il comportamento di questo archivio per tutti e il tuo account su questo computer.</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>tutto il paese</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Disattiva autenticatore…</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Configura autenticatore…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Ricorda su questo computer</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Verifica del portachiavi di questo computer…</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Dimentica su questo computer</translation>
    </message>
    <message>
        <source>Your key is kept in this computer&apos;s keyring; no passphrase is needed here.</source>
        <translation>La tua chiave è conservata nel portachiavi di questo computer; qui non serve la passphrase.</translation>
    </message>
    <message>
        <source>Remembering keeps your key in this computer&apos;s keyring, so anyone who can log into this computer account can open the vault as you.</source>
        <translation>Se la ricordi, la tua chiave resta nel portachiavi di questo computer: chiunque possa accedere a questo account del computer può aprire l&apos;archivio a tuo nome.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Salvato.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Il tuo account</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>La tua passphrase è stata cambiata.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticatore</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for your account?</source>
        <translation>Disattivare il codice di autenticazione per il tuo account?</translation>
    </message>
    <message>
        <source>Unlocking now also asks for the authenticator code.</source>
        <translation>Ora lo sblocco richiede anche il codice di autenticazione.</translation>
    </message>
    <message>
        <source>Your key is no longer kept on this computer.</source>
        <translation>La tua chiave non è più conservata su questo computer.</translation>
    </message>
    <message>
        <source>Your key is now kept in this computer&apos;s keyring.</source>
        <translation>La tua chiave è ora conservata nel portachiavi di questo computer.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Area per la firma</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Firmare qui con il mouse, una penna o un dito</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firmare qui</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>User</source>
        <translation>Utente</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Conferma</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>writes it</source>
        <translation>le redige</translation>
    </message>
    <message>
        <source>due</source>
        <translation>da confermare</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confermato</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
</context>
<context>
    <name>TeamAlarmsDialog</name>
    <message>
        <source>Alarms about audit logs</source>
        <translation>Allarmi sui registri di audit</translation>
    </message>
    <message>
        <source>Each desk of the team publishes checkpoints of its audit log, and the other desks keep them. A log that went back or no longer holds an entry as the team saw it means that desk&apos;s vault was put back to an older copy, or someone with its key cut or rewrote its log.</source>
        <translation>Ogni postazione del team pubblica punti di controllo del proprio registro di audit, e le altre postazioni li conservano. Un registro tornato indietro, o che non contiene più una voce come il team l&apos;ha vista, significa che l&apos;archivio di quella postazione è stato riportato a una copia precedente, oppure che qualcuno con la sua chiave ha tagliato o riscritto il registro.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Allarmi</translation>
    </message>
    <message>
        <source>Mark as &amp;explained…</source>
        <translation>Segna come &amp;chiarito…</translation>
    </message>
    <message>
        <source>No alarm waits.</source>
        <translation>Nessun allarme in attesa.</translation>
    </message>
    <message>
        <source>Mark as explained</source>
        <translation>Segna come chiarito</translation>
    </message>
    <message>
        <source>Mark alarm {0} as explained? Do so only when you know who put the desk&apos;s vault back or changed its log, and why. The audit log keeps that you did.</source>
        <translation>Segnare l&apos;allarme {0} come chiarito? Fatelo solo se sapete chi ha riportato indietro l&apos;archivio della postazione o ne ha modificato il registro, e perché. Il registro di audit conserva che siete stati voi.</translation>
    </message>
    <message>
        <source>Marked as explained.</source>
        <translation>Segnato come chiarito.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Several desks</source>
        <translation>Più postazioni</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Esamina…</translation>
    </message>
    <message>
        <source>Changes both this desk and another made, and changes a rule here held back</source>
        <translation>Modifiche fatte sia da questa postazione sia da un&apos;altra, e modifiche trattenute da una regola qui</translation>
    </message>
    <message>
        <source>&amp;Alarms…</source>
        <translation>&amp;Allarmi…</translation>
    </message>
    <message>
        <source>A desk&apos;s audit log that went back or was rewritten</source>
        <translation>Il registro di audit di una postazione tornato indietro o riscritto</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>Sincroni&amp;zza ora</translation>
    </message>
    <message>
        <source>Last exchange:</source>
        <translation>Ultimo scambio:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>In attesa di invio:</translation>
    </message>
    <message>
        <source>For review:</source>
        <translation>Da esaminare:</translation>
    </message>
    <message>
        <source>Audit log alarms:</source>
        <translation>Allarmi del registro di audit:</translation>
    </message>
    <message>
        <source>This vault is a desk of its own. To share one customer list among several desks through the shop&apos;s PostgreSQL server, set up a team from the command line: crmdesk team init (README, Several desks).</source>
        <translation>Questo archivio è una postazione a sé. Per condividere un elenco clienti tra più postazioni tramite il server PostgreSQL dell&apos;attività, crea un team dalla riga di comando: crmdesk team init (README, Several desks).</translation>
    </message>
    <message>
        <source>Desk {0} of the team on {1}.</source>
        <translation>Postazione {0} del team su {1}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 allarme</translation>
    </message>
    <message>
        <source>{0} alarms</source>
        <translation>{0} allarmi</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modifica</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>{0} modifiche</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Sent {0}, received {1}.</source>
        <translation>Inviati {0}, ricevuti {1}.</translation>
    </message>
    <message>
        <source>Also sent {0} and received {1} consent entries, interactions and purposes.</source>
        <translation>Inoltre inviati {0} e ricevuti {1} tra voci di consenso, interazioni e finalità.</translation>
    </message>
    <message>
        <source>1 change for review.</source>
        <translation>1 modifica da esaminare.</translation>
    </message>
    <message>
        <source>{0} changes for review.</source>
        <translation>{0} modifiche da esaminare.</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Il server del team era stato ripristinato da una copia precedente; questa postazione gli ha restituito ciò che aveva perso.</translation>
    </message>
    <message>
        <source>The audit log of a desk went back or was rewritten: see the alarms.</source>
        <translation>Il registro di audit di una postazione è tornato indietro o è stato riscritto: vedete gli allarmi.</translation>
    </message>
    <message>
        <source>1 contact too large to send: shorten its notes.</source>
        <translation>1 contatto troppo grande da inviare: accorcia le sue note.</translation>
    </message>
    <message>
        <source>{0} contacts too large to send: shorten their notes.</source>
        <translation>{0} contatti troppo grandi da inviare: accorcia le loro note.</translation>
    </message>
</context>
<context>
    <name>TeamReviewDialog</name>
    <message>
        <source>Changes for review</source>
        <translation>Modifiche da esaminare</translation>
    </message>
    <message>
        <source>Where this desk and another changed the same field, the team&apos;s value is in the contact and this desk&apos;s was kept here. A change a rule here held back is applied only when you take it, and only once the rule allows it.</source>
        <translation>Dove questa postazione e un&apos;altra hanno cambiato lo stesso campo, il valore del team è nel contatto e quello di questa postazione è stato conservato qui. Una modifica trattenuta da una regola qui viene applicata solo quando la prendi, e solo quando la regola lo consente.</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s</source>
        <translation>Prendi quella del &amp;team</translation>
    </message>
    <message>
        <source>Take this &amp;desk&apos;s</source>
        <translation>Prendi quella di questa &amp;postazione</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>&amp;Preso nota</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
</context>
<context>
    <name>TeamReviewModel</name>
    <message>
        <source>the whole change (a rule here held it back)</source>
        <translation>l&apos;intera modifica (una regola qui l&apos;ha trattenuta)</translation>
    </message>
    <message>
        <source>merged into another contact at another desk</source>
        <translation>unito a un altro contatto in un&apos;altra postazione</translation>
    </message>
    <message>
        <source>erased at another desk (a legal hold here kept them)</source>
        <translation>cancellato in un&apos;altra postazione (un blocco legale qui lo ha conservato)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contatto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Cosa</translation>
    </message>
    <message>
        <source>The team&apos;s (in the contact)</source>
        <translation>Del team (nel contatto)</translation>
    </message>
    <message>
        <source>This desk&apos;s (kept)</source>
        <translation>Di questa postazione (conservato)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Synchronising with the team failed; details are in the log.</source>
        <translation>La sincronizzazione con il team non è riuscita; i dettagli sono nel log.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>What needs doing, and how the shop stands. Each card opens the place to act.</source>
        <translation>Che cosa c&apos;è da fare e qual è la situazione del negozio. Ogni scheda apre il punto in cui intervenire.</translation>
    </message>
    <message>
        <source>1 thing needs doing.</source>
        <translation>C&apos;è 1 cosa da fare.</translation>
    </message>
    <message>
        <source>{0} things need doing.</source>
        <translation>Ci sono {0} cose da fare.</translation>
    </message>
    <message>
        <source>All is well: nothing needs doing today.</source>
        <translation>Tutto a posto: oggi non c&apos;è nulla da fare.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Authenticator for {0}</source>
        <translation>Autenticatore per {0}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator), then type the 6-digit code it shows.</source>
        <translation>Scansiona questo codice con un&apos;app di autenticazione (ad esempio FreeOTP, Aegis, Google Authenticator), poi digita il codice a 6 cifre che mostra.</translation>
    </message>
    <message>
        <source>Or type this secret: </source>
        <translation>Oppure digita questo segreto: </translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Codice dell&apos;app:</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>The briefing in force</source>
        <translation>Istruzioni in vigore</translation>
    </message>
    <message>
        <source>Who confirmed the briefing</source>
        <translation>Chi ha confermato le istruzioni</translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Pubblica una nuova versione…</translation>
    </message>
    <message>
        <source>Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new version is published; until then crmdesk holds back the customers&apos; data from them. Version {1}, published {2}. {3}</source>
        <translation>Ogni utente tranne il proprietario conferma queste istruzioni al primo accesso, poi di nuovo {0} e quando viene pubblicata una nuova versione; fino ad allora crmdesk non gli mostra i dati dei clienti. Versione {1}, pubblicata il {2}. {3}</translation>
    </message>
    <message>
        <source>{0} due.</source>
        <translation>Da confermare: {0}.</translation>
    </message>
    <message>
        <source>Nobody is due.</source>
        <translation>Nessuno deve confermare.</translation>
    </message>
    <message>
        <source>Publish a new version</source>
        <translation>Pubblica una nuova versione</translation>
    </message>
    <message>
        <source>The shop&apos;s rules for its staff; everyone but the owner confirms them again:</source>
        <translation>Le regole del negozio per il personale; tutti tranne il proprietario dovranno confermarle di nuovo:</translation>
    </message>
    <message>
        <source>Version {0} is in force; everyone but the owner confirms it at their next sign-in.</source>
        <translation>La versione {0} è in vigore; tutti tranne il proprietario la confermano al prossimo accesso.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Si è verificato un problema</translation>
    </message>
    <message>
        <source>crmdesk met an error it did not expect, and stopped what it was doing; what was saved before is safe; {where}.</source>
        <translation>crmdesk ha incontrato un errore imprevisto e ha interrotto l&apos;operazione in corso; ciò che era stato salvato prima è al sicuro; {where}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {0} — crmdesk</source>
        <translation>Sblocca {0} — crmdesk</translation>
    </message>
    <message>
        <source>Unlock the vault “{0}”</source>
        <translation>Sblocca l&apos;archivio “{0}”</translation>
    </message>
    <message>
        <source>leave empty for the owner</source>
        <translation>lascia vuoto per il proprietario</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Codice a 6 cifre dell&apos;app di autenticazione</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Codice di autenticazione</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Codice:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Ricorda su questo computer</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utente:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Passphrase:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Sblocca</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Esci</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Passphrase dimenticata…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Digita la passphrase.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ora puoi riprovare.</translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {0} seconds.</source>
        <translation>Troppi tentativi errati. Puoi riprovare tra {0} secondi.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticatore</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Ultimo accesso</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Disattivato</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Attivo</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Non attivo</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utenti</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Aggiungi utente…</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>Imposta passphrase…</translation>
    </message>
    <message>
        <source>Authenticator…</source>
        <translation>Autenticatore…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Disattiva…</translation>
    </message>
    <message>
        <source>Recovery code…</source>
        <translation>Codice di recupero…</translation>
    </message>
    <message>
        <source>Everyone who works with the vault has their own account and passphrase. Disabling an account changes the vault&apos;s key, so that person&apos;s passphrase opens nothing any more.</source>
        <translation>Chiunque lavori con l&apos;archivio ha un proprio account e una propria passphrase. Disattivando un account si cambia la chiave dell&apos;archivio, così la passphrase di quella persona non apre più nulla.</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Disattiva autenticatore…</translation>
    </message>
    <message>
        <source>Added {0} as {1}.</source>
        <translation>Aggiunto l&apos;utente {0} con ruolo {1}.</translation>
    </message>
    <message>
        <source>The passphrase of {0} is changed.</source>
        <translation>La passphrase di {0} è stata cambiata.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticatore</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for {0}?</source>
        <translation>Disattivare il codice di autenticazione per {0}?</translation>
    </message>
    <message>
        <source>Unlocking as {0} now also asks for the authenticator code.</source>
        <translation>Ora lo sblocco come {0} richiede anche il codice di autenticazione.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Disattiva utente</translation>
    </message>
    <message>
        <source>Disable {0}? Their passphrase will open nothing any more; the vault&apos;s key is changed for everyone else without them noticing.</source>
        <translation>Disattivare {0}? La sua passphrase non aprirà più nulla; la chiave dell&apos;archivio viene cambiata per tutti gli altri senza che se ne accorgano.</translation>
    </message>
    <message>
        <source>{0} is disabled and the vault&apos;s key was changed.</source>
        <translation>L&apos;utente {0} è stato disattivato e la chiave dell&apos;archivio è stata cambiata.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Waiting for another crmdesk to finish writing…</source>
        <translation>In attesa che un&apos;altra istanza di crmdesk finisca di scrivere…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Elaborazione in corso…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts</source>
        <translation>Importa contatti</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>File di contatti (*.csv *.vcf *.vcard *.txt);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Salva kit di recupero</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
</TS>
