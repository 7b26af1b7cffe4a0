<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>p. ex. anna</translation>
    </message>
    <message>
        <source>optional, e.g. Anna Berg</source>
        <translation>facultatif, p. ex. Anna Berg</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nom complet&#xa0;:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rôle&#xa0;:</translation>
    </message>
    <message>
        <source>Tell the new user this passphrase in person; they can change it later.</source>
        <translation>Communiquez cette phrase secrète en personne au nouvel utilisateur&#xa0;; il pourra la changer ensuite.</translation>
    </message>
    <message>
        <source>May: </source>
        <translation>Peut&#xa0;: </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>New vault</source>
        <translation>Nouveau coffre</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name, or open it.</source>
        <translation>{0} existe déjà&#xa0;; choisissez un autre nom ou ouvrez-le.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Ouvrir un coffre</translation>
    </message>
    <message>
        <source>{0} is not a crmdesk vault; choose a folder whose name ends in .crmvault.</source>
        <translation>{0} n&apos;est pas un coffre crmdesk&#xa0;; choisissez un dossier dont le nom se termine par .crmvault.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess {0}</source>
        <translation>Évaluer {0}</translation>
    </message>
    <message>
        <source>Tell the supervisory authority (Art. 33)</source>
        <translation>Notifier l&apos;autorité de contrôle (art. 33)</translation>
    </message>
    <message>
        <source>Tell the people affected (Art. 34)</source>
        <translation>Informer les personnes concernées (art. 34)</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Risque pour les personnes</translation>
    </message>
    <message>
        <source>Why (kept in the log)</source>
        <translation>Justification (conservée dans le registre)</translation>
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
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>crmdesk suggests: {0}</source>
        <translation>Suggestion de crmdesk&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Vérifier le coffre</translation>
    </message>
    <message>
        <source>Checks the key slots, every encrypted page, the database structure and the audit chain.</source>
        <translation>Vérifie les emplacements de clé, chaque page chiffrée, la structure de la base de données et la chaîne d&apos;audit.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Every unlock, failed login, change of users or settings and key rotation, newest first. Entries name records by id and hold no customer data; each one carries the hash of the one before, so changes are detectable.</source>
        <translation>Chaque déverrouillage, échec de connexion, modification des utilisateurs ou des paramètres et rotation de clé, du plus récent au plus ancien. Les entrées désignent les fiches par leur identifiant et ne contiennent aucune donnée client&#xa0;; chacune porte l&apos;empreinte de la précédente, ce qui rend toute modification détectable.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problèmes détectés&#xa0;:</translation>
    </message>
    <message>
        <source>The vault is intact: every check passed.</source>
        <translation>Le coffre est intact&#xa0;: toutes les vérifications ont réussi.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Horodatage (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>The rotation in Settings deleted an older backup: {0}.</source>
        <translation>La rotation définie dans les paramètres a supprimé une ancienne sauvegarde&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The rotation in Settings deleted {0} older backups: {1}.</source>
        <translation>La rotation définie dans les paramètres a supprimé {0} anciennes sauvegardes&#xa0;: {1}.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>checked, good</source>
        <translation>vérifiée, valide</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>ENDOMMAGÉE</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifiée</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Créée le</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last checked {0}</source>
        <translation>Dernière vérification&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Où et quand</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Once a day, when the vault is first unlocked that day</source>
        <translation>Une fois par jour, au premier déverrouillage du jour</translation>
    </message>
    <message>
        <source>When I quit crmdesk</source>
        <translation>Quand je quitte crmdesk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Dossier de sauvegarde&#xa0;:</translation>
    </message>
    <message>
        <source>Back up by itself:</source>
        <translation>Sauvegarde automatique&#xa0;:</translation>
    </message>
    <message>
        <source>Keep the newest of the last:</source>
        <translation>Garder la plus récente des derniers&#xa0;:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Reads the whole backup: its seal, every encrypted page, the structure and the audit chain.</source>
        <translation>Lit toute la sauvegarde&#xa0;: son sceau, chaque page chiffrée, la structure et la chaîne d&apos;audit.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurer…</translation>
    </message>
    <message>
        <source>Delete old backups</source>
        <translation>Supprimer les anciennes sauvegardes</translation>
    </message>
    <message>
        <source>Deletes the backups the rotation above no longer keeps.</source>
        <translation>Supprime les sauvegardes que la rotation ci-dessus ne conserve plus.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Each backup is one encrypted file holding the whole vault; without a passphrase it reveals nothing. Keep the backup folder on another drive, such as a USB stick, so a broken or stolen computer does not take your customer records with it.</source>
        <translation>Chaque sauvegarde est un fichier chiffré unique contenant tout le coffre&#xa0;; sans phrase secrète, il ne révèle rien. Placez le dossier de sauvegarde sur un autre support, comme une clé USB, pour qu&apos;un ordinateur en panne ou volé n&apos;emporte pas avec lui vos fichiers clients.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Choisir le dossier de sauvegarde</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Paramètres de sauvegarde</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>Backed up and checked: {0}.</source>
        <translation>Sauvegardé et vérifié&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped; no backup file was made.</source>
        <translation>La sauvegarde a été interrompue&#xa0;; aucun fichier de sauvegarde n&apos;a été créé.</translation>
    </message>
    <message>
        <source>This vault has no good backup yet.</source>
        <translation>Ce coffre n&apos;a encore aucune sauvegarde valide.</translation>
    </message>
    <message>
        <source>The last good backup is from {0} ({1}).</source>
        <translation>La dernière sauvegarde valide date du {0} ({1}).</translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1}).</source>
        <translation>Dernière sauvegarde valide&#xa0;: {0} ({1}).</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Vérification de {0}…</translation>
    </message>
    <message>
        <source>{0} is damaged:</source>
        <translation>{0} est endommagée&#xa0;:</translation>
    </message>
    <message>
        <source>{0} is intact: every check passed.</source>
        <translation>{0} est intacte&#xa0;: toutes les vérifications ont réussi.</translation>
    </message>
    <message>
        <source>Every backup here is kept by the rotation; nothing to delete.</source>
        <translation>La rotation conserve toutes les sauvegardes présentes&#xa0;; rien à supprimer.</translation>
    </message>
    <message>
        <source>Delete {0} backups that the rotation no longer keeps? The newest of each of the last {1} days, {2} weeks and {3} months stay.</source>
        <translation>Supprimer {0} sauvegardes que la rotation ne conserve plus&#xa0;? La plus récente de chacun des {1} derniers jours, des {2} dernières semaines et des {3} derniers mois est conservée.</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>La violation sélectionnée</translation>
    </message>
    <message>
        <source>Report a breach…</source>
        <translation>Signaler une violation…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Évaluer…</translation>
    </message>
    <message>
        <source>Authority told…</source>
        <translation>Autorité notifiée…</translation>
    </message>
    <message>
        <source>People told…</source>
        <translation>Personnes informées…</translation>
    </message>
    <message>
        <source>Notification draft…</source>
        <translation>Projet de notification…</translation>
    </message>
    <message>
        <source>Letters to the people…</source>
        <translation>Lettres aux personnes…</translation>
    </message>
    <message>
        <source>No breach in the log. Report one with “Report a breach…”.</source>
        <translation>Aucune violation dans le registre. Signalez-en une avec «&#xa0;Signaler une violation…&#xa0;».</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Document Word (*.docx)</translation>
    </message>
    <message>
        <source>{0} is in the log. Assess it now.</source>
        <translation>{0} figure dans le registre. Évaluez-la maintenant.</translation>
    </message>
    <message>
        <source>{0} assessed.</source>
        <translation>{0} évaluée.</translation>
    </message>
    <message>
        <source>Notification of {0}</source>
        <translation>Notification de {0}</translation>
    </message>
    <message>
        <source>What was sent, and how? For a late notification to the authority, why it is late:</source>
        <translation>Qu&apos;est-ce qui a été envoyé, et comment&#xa0;? Pour une notification tardive à l&apos;autorité, le motif du retard&#xa0;:</translation>
    </message>
    <message>
        <source>Recorded: {0} had the {1} of {2}.</source>
        <translation>Enregistré&#xa0;: {0} — {1} de {2}.</translation>
    </message>
    <message>
        <source>The notification draft is in {0}.</source>
        <translation>Le projet de notification se trouve dans {0}.</translation>
    </message>
    <message>
        <source>The letters are in {0}. They hold names and addresses: keep the file safe and delete it once they are sent.</source>
        <translation>Les lettres se trouvent dans {0}. Elles contiennent des noms et des adresses&#xa0;: conservez le fichier en lieu sûr et supprimez-le une fois les lettres envoyées.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>Constatée (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autorité</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Personnes informées</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>non évaluée</translation>
    </message>
    <message>
        <source>told</source>
        <translation>informées</translation>
    </message>
    <message>
        <source>to tell</source>
        <translation>à informer</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Avant de commencer</translation>
    </message>
    <message>
        <source>Welcome, {0}. These are this shop&apos;s rules for its customers&apos; data. Read them; the customer list opens once you confirm them.</source>
        <translation>Bienvenue, {0}. Voici les règles de la boutique concernant les données de ses clients. Lisez-les&#xa0;; la liste des clients s&apos;ouvre une fois que vous les avez confirmées.</translation>
    </message>
    <message>
        <source>Loading the briefing…</source>
        <translation>Chargement des consignes…</translation>
    </message>
    <message>
        <source>The data-protection briefing</source>
        <translation>Les consignes de protection des données</translation>
    </message>
    <message>
        <source>I have read and understood these rules</source>
        <translation>J&apos;ai lu et compris ces règles</translation>
    </message>
    <message>
        <source>Confirm and continue</source>
        <translation>Confirmer et continuer</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Version {0}, published {1}.</source>
        <translation>Version {0}, publiée le {1}.</translation>
    </message>
    <message>
        <source>Recording your confirmation…</source>
        <translation>Enregistrement de votre confirmation…</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Several desks</source>
        <translation>Plusieurs postes</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>Ouvrir les demandes</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Afficher les contacts</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Ouvrir la page Conservation</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Ouvrir la page Sauvegardes</translation>
    </message>
    <message>
        <source>Open Users</source>
        <translation>Ouvrir la page Utilisateurs</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Ouvrir le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Les examiner</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Confirmer le code</translation>
    </message>
    <message>
        <source>Open the breach log</source>
        <translation>Ouvrir le registre des violations</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>Ouvrir l&apos;onglet Formation</translation>
    </message>
    <message>
        <source>Show the alarms</source>
        <translation>Afficher les alarmes</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
</context>
<context>
    <name>ConsentCaptureDialog</name>
    <message>
        <source>Consent — {0}</source>
        <translation>Consentement — {0}</translation>
    </message>
    <message>
        <source>What does {0} agree to?</source>
        <translation>À quoi {0} consent-il&#xa0;?</translation>
    </message>
    <message>
        <source>Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. Anything not ticked is simply not recorded.</source>
        <translation>Lisez chaque finalité avec la personne. Ne cochez que ce à quoi elle consent&#xa0;: rien n&apos;est coché d&apos;avance. Ce qui n&apos;est pas coché n&apos;est tout simplement pas enregistré.</translation>
    </message>
    <message>
        <source>Hand the screen to the customer</source>
        <translation>Passer l&apos;écran au client</translation>
    </message>
    <message>
        <source>Large text, only the purposes and the signature pad</source>
        <translation>Grand texte, uniquement les finalités et le pavé de signature</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Langue des textes&#xa0;:</translation>
    </message>
    <message>
        <source>There are no active consent purposes; an owner or admin adds them on the Consent page.</source>
        <translation>Aucune finalité soumise au consentement n&apos;est active&#xa0;; un propriétaire ou un administrateur peut en ajouter sur la page Consentement.</translation>
    </message>
    <message>
        <source>optional: a colleague who saw it</source>
        <translation>facultatif&#xa0;: un collègue qui en a été témoin</translation>
    </message>
    <message>
        <source>optional: e.g. form no. 17, asked at the till</source>
        <translation>facultatif&#xa0;: p. ex. formulaire n° 17, demandé en caisse</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Aucun document numérisé joint</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Joindre un document numérisé…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Comment il a été donné</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Témoin</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Formulaire numérisé</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Signature (facultative)</translation>
    </message>
    <message>
        <source>Done — hand back to staff</source>
        <translation>Terminé — rendre l&apos;écran au personnel</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>{0} ({1:,} KB)</source>
        <translation>{0} ({1:,} Ko)</translation>
    </message>
    <message>
        <source>Attach a scanned form</source>
        <translation>Joindre un formulaire numérisé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Documents numérisés (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Please read and tick what you agree to</source>
        <translation>Veuillez lire et cocher ce à quoi vous consentez</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Tick a box only if you agree; you can withdraw at any time. Sign below if you like, then hand the screen back.</source>
        <translation>Rien n&apos;est coché à votre place. Cochez une case uniquement si vous êtes d&apos;accord&#xa0;; vous pouvez retirer votre consentement à tout moment. Signez ci-dessous si vous le souhaitez, puis rendez l&apos;écran.</translation>
    </message>
    <message>
        <source>Discard consent</source>
        <translation>Abandonner le consentement</translation>
    </message>
    <message>
        <source>Close without recording? The ticks, the signature and the notes captured so far are lost.</source>
        <translation>Fermer sans enregistrer&#xa0;? Les cases cochées, la signature et les notes saisies jusqu&apos;ici seront perdues.</translation>
    </message>
    <message>
        <source>Record for {0}:</source>
        <translation>Enregistrer pour {0}&#xa0;:</translation>
    </message>
    <message>
        <source>  • {0} — consent given (text version {1}, {2})</source>
        <translation>  • {0} — consentement donné (version du texte {1}, {2})</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Méthode&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Witness: {0}</source>
        <translation>Témoin&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Signature&#xa0;: {0}</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>dessinée</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Scanned form: {0}</source>
        <translation>Formulaire numérisé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>New purpose…</source>
        <translation>Nouvelle finalité…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Publish new text…</source>
        <translation>Publier un nouveau texte…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Version and language of the text</source>
        <translation>Version et langue du texte</translation>
    </message>
    <message>
        <source>Text of the purpose</source>
        <translation>Texte de la finalité</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Consent and lawful bases</source>
        <translation>Consentement et bases légales</translation>
    </message>
    <message>
        <source>Every contact is processed for stated purposes, each on one lawful basis. Where the basis is consent, the customer agrees to an exact text, and crmdesk keeps which version, when and how.</source>
        <translation>Chaque contact est traité pour des finalités déterminées, chacune reposant sur une base légale. Lorsque la base est le consentement, le client accepte un texte précis, et crmdesk conserve la version, la date et la manière.</translation>
    </message>
    <message>
        <source>{0}, version {1}, published {2}</source>
        <translation>{0}, version {1}, publiée le {2}</translation>
    </message>
    <message>
        <source>This purpose rests on another lawful basis; it has no consent text.</source>
        <translation>Cette finalité repose sur une autre base légale&#xa0;; elle n&apos;a pas de texte de consentement.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Retire purpose</source>
        <translation>Désactiver la finalité</translation>
    </message>
    <message>
        <source>Stop offering “{0}”? Its history stays; consents already given can still be withdrawn, but nobody can agree to it any more.</source>
        <translation>Ne plus proposer «&#xa0;{0}&#xa0;»&#xa0;? Son historique est conservé&#xa0;; les consentements déjà donnés peuvent encore être retirés, mais plus personne ne pourra y consentir.</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>by {0}</source>
        <translation>par {0}</translation>
    </message>
    <message>
        <source>witness {0}</source>
        <translation>témoin {0}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Mettre fin</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Enregistrer la base</translation>
    </message>
    <message>
        <source>Capture consent…</source>
        <translation>Recueillir le consentement…</translation>
    </message>
    <message>
        <source>How the customer told you, for withdrawals and other changes</source>
        <translation>Comment le client vous l&apos;a fait savoir, pour les retraits et autres changements</translation>
    </message>
    <message>
        <source>Changes told</source>
        <translation>Mode de signalement</translation>
    </message>
    <message>
        <source>Purposes and their state</source>
        <translation>Finalités et leur état</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historique des consentements</translation>
    </message>
    <message>
        <source>Text the customer saw</source>
        <translation>Texte vu par le client</translation>
    </message>
    <message>
        <source>Select an entry to see the text the customer saw</source>
        <translation>Sélectionnez une entrée pour voir le texte vu par le client</translation>
    </message>
    <message>
        <source>Save a copy of the scan…</source>
        <translation>Exporter le document numérisé…</translation>
    </message>
    <message>
        <source>History (oldest first)</source>
        <translation>Historique (du plus ancien au plus récent)</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> jusqu&apos;au {0}</translation>
    </message>
    <message>
        <source>⚠ No lawful basis on record: capture consent, or record the basis that applies (an order, a legal duty) before using this contact&apos;s data.</source>
        <translation>⚠ Aucune base légale enregistrée&#xa0;: recueillez le consentement ou enregistrez la base applicable (une commande, une obligation légale) avant d&apos;utiliser les données de ce contact.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Processing is restricted: no new consent until it is lifted</source>
        <translation>Le traitement est limité&#xa0;: aucun nouveau consentement tant que la limitation n&apos;est pas levée</translation>
    </message>
    <message>
        <source>Text version {0} ({1}), SHA-256 {2}</source>
        <translation>Version du texte {0} ({1}), SHA-256 {2}</translation>
    </message>
    <message>
        <source>Save a copy of the scan ({0})…</source>
        <translation>Exporter le document numérisé ({0})…</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Enregistrer une copie du document numérisé</translation>
    </message>
    <message>
        <source>Saved to {0}. The copy is not encrypted; delete it when done.</source>
        <translation>Enregistrée dans {0}. La copie n&apos;est pas chiffrée&#xa0;; supprimez-la une fois terminé.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Enregistrer une copie</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Record that {0} withdrew consent to “{1}” ({2})?</source>
        <translation>Enregistrer que {0} a retiré son consentement à « {1} » ({2}) ?</translation>
    </message>
    <message>
        <source>Record that {0} no longer has the basis of “{1}” ({2})?</source>
        <translation>Enregistrer que la base « {1} » ne s’applique plus à {0} ({2}) ?</translation>
    </message>
    <message>
        <source>Record that {0} has the basis of “{1}” ({2})?</source>
        <translation>Enregistrer que la base « {1} » s’applique à {0} ({2}) ?</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Enregistrer un changement</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Deleting a person is erasure: everything about them goes, only a tombstone without personal data stays</source>
        <translation>Supprimer une personne équivaut à un effacement&#xa0;: tout ce qui la concerne disparaît, seul un marqueur d&apos;effacement sans donnée personnelle est conservé</translation>
    </message>
    <message>
        <source>Only an owner or admin can delete contacts.</source>
        <translation>Seul un propriétaire ou un administrateur peut supprimer des contacts.</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>Demande…</translation>
    </message>
    <message>
        <source>Register a request from this person: access, erasure, …</source>
        <translation>Enregistrer une demande de cette personne&#xa0;: accès, effacement, …</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Date de l&apos;échange</translation>
    </message>
    <message>
        <source>What happened? e.g. Asked about wedding cakes</source>
        <translation>Que s&apos;est-il passé&#xa0;? p. ex. Renseignements sur les gâteaux de mariage</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Lever la limitation</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Fill in what you know; a name or an organisation is enough.</source>
        <translation>Renseignez ce que vous savez&#xa0;; un nom ou une organisation suffit.</translation>
    </message>
    <message>
        <source>customer since {0}</source>
        <translation>client depuis le {0}</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Aucun contact sélectionné</translation>
    </message>
    <message>
        <source>Pick a contact in the list, or create a new one.</source>
        <translation>Choisissez un contact dans la liste ou créez-en un nouveau.</translation>
    </message>
    <message>
        <source>⚠ Processing restricted (Art. 18): no changes and no new consent; exports only for this person&apos;s own request.</source>
        <translation>⚠ Traitement limité (art. 18)&#xa0;: aucune modification ni nouveau consentement&#xa0;; exportations uniquement à la demande de la personne elle-même.</translation>
    </message>
    <message>
        <source>⚖ Legal hold: nothing about this contact is erased while it is on.</source>
        <translation>⚖ Gel juridique&#xa0;: rien de ce qui concerne ce contact n&apos;est effacé tant qu&apos;il est actif.</translation>
    </message>
    <message>
        <source>✎ Correcting under request {0}: saving records which fields changed in it.</source>
        <translation>✎ Rectification au titre de la demande {0}&#xa0;: l&apos;enregistrement y consigne les champs modifiés.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aucun échange consigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
    <message>
        <source>{0} Did they come back to you on their own?</source>
        <translation>{0} Cette personne est-elle revenue vers vous d&apos;elle-même&#xa0;?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Supprimer le contact</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

Only a tombstone without personal data stays, so a later import recognises them. This cannot be undone.</source>
        <translation>Effacer {0} partout&#xa0;? Cela supprime&#xa0;:
{1}

Seul un marqueur d&apos;effacement sans donnée personnelle est conservé, afin qu&apos;une importation ultérieure reconnaisse la personne. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Lift the restriction on {0}? Their data can then be changed and used again.</source>
        <translation>Lever la limitation pour {0}&#xa0;? Ses données pourront alors de nouveau être modifiées et utilisées.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>shown as given and family name</source>
        <translation>affiché comme prénom et nom</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>mobile</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domicile</translation>
    </message>
    <message>
        <source>work</source>
        <translation>travail</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>bipeur</translation>
    </message>
    <message>
        <source>other</source>
        <translation>autre</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>rue et numéro</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>code postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>ville</translation>
    </message>
    <message>
        <source>country</source>
        <translation>pays</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adresse web</translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, Newsletter</source>
        <translation>séparées par des virgules, p. ex. VIP, Newsletter</translation>
    </message>
    <message>
        <source>where the data came from</source>
        <translation>provenance des données</translation>
    </message>
    <message>
        <source>e.g. {date}, or {day} (no year)</source>
        <translation>p. ex. {date}, ou {day} (sans l&apos;année)</translation>
    </message>
    <message>
        <source>Day, month and year ({date}), or day and month only ({day}); 1980-04-23 is understood too</source>
        <translation>Jour, mois et année ({date}), ou seulement jour et mois ({day})&#xa0;; 1980-04-23 est aussi compris</translation>
    </message>
    <message>
        <source>e.g. {date}; empty: today</source>
        <translation>p. ex. {date}&#xa0;; vide&#xa0;: aujourd&apos;hui</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>la langue de la boutique</translation>
    </message>
    <message>
        <source>The language of the letters and reports this person receives, such as the access report</source>
        <translation>La langue des lettres et rapports que reçoit cette personne, comme le rapport d&apos;accès aux données</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Nom de famille&#xa0;:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Affiché comme&#xa0;:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Date de naissance&#xa0;:</translation>
    </message>
    <message>
        <source>Websites:</source>
        <translation>Sites web&#xa0;:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Client(e) depuis&#xa0;:</translation>
    </message>
    <message>
        <source>Letters in:</source>
        <translation>Langue de correspondance&#xa0;:</translation>
    </message>
    <message>
        <source>Write dates with day, month and year, for example {date} (a birthday without its year as {day}).</source>
        <translation>Saisissez les dates avec le jour, le mois et l&apos;année, par exemple {date} (une date de naissance sans l&apos;année&#xa0;: {day}).</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
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
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier échange</translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation>Aucune base juridique</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Cliquez pour trier selon cette colonne</translation>
    </message>
    <message>
        <source>No consent and no other lawful basis on record; record one before using this data.</source>
        <translation>Aucun consentement ni autre base légale enregistré&#xa0;; enregistrez-en un avant d&apos;utiliser ces données.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names, organisations, e-mail, phone, tags, notes…</source>
        <translation>Rechercher dans les noms, organisations, e-mails, téléphones, étiquettes, notes…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Rechercher des contacts</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nouveau contact</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Tous les contacts</translation>
    </message>
    <message>
        <source>Without lawful basis</source>
        <translation>Sans base légale</translation>
    </message>
    <message>
        <source>Consent running out</source>
        <translation>Consentement bientôt expiré</translation>
    </message>
    <message>
        <source>Only contacts with no consent and no other lawful basis on record</source>
        <translation>Uniquement les contacts sans consentement ni autre base légale enregistrés</translation>
    </message>
    <message>
        <source>Only contacts with a consent that runs out within 30 days: ask them again</source>
        <translation>Uniquement les contacts dont un consentement expire dans les 30 jours&#xa0;: redemandez-le</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nouveau contact</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Enregistrer le contact</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Every contact has a lawful basis on record.</source>
        <translation>Tous les contacts ont une base légale enregistrée.</translation>
    </message>
    <message>
        <source>1 contact without a lawful basis</source>
        <translation>1 contact sans base légale</translation>
    </message>
    <message>
        <source>{0}{1} contacts without a lawful basis</source>
        <translation>{0}{1} contacts sans base légale</translation>
    </message>
    <message>
        <source>No consent runs out within 30 days.</source>
        <translation>Aucun consentement n&apos;expire dans les 30 jours.</translation>
    </message>
    <message>
        <source>1 contact with a consent running out</source>
        <translation>1 contact dont un consentement expire bientôt</translation>
    </message>
    <message>
        <source>{0}{1} contacts with a consent running out</source>
        <translation>{0}{1} contacts dont un consentement expire bientôt</translation>
    </message>
    <message>
        <source>No contact matches “{0}”.</source>
        <translation>Aucun contact ne correspond à «&#xa0;{0}&#xa0;».</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 résultat</translation>
    </message>
    <message>
        <source>{0}{1} matches</source>
        <translation>{0}{1} résultats</translation>
    </message>
    <message>
        <source>{0}+ contacts</source>
        <translation>{0}+ contacts</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contact</translation>
    </message>
    <message>
        <source>{0:,} contacts</source>
        <translation>{0:,} contacts</translation>
    </message>
    <message>
        <source>1 possible duplicate to review</source>
        <translation>1 doublon possible à examiner</translation>
    </message>
    <message>
        <source>{0} possible duplicates to review</source>
        <translation>{0} doublons possibles à examiner</translation>
    </message>
    <message>
        <source>Clear the filter to search</source>
        <translation>Effacez le filtre pour rechercher</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a crmdesk vault</source>
        <translation>Créer un coffre crmdesk</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Création du coffre chiffré…</translation>
    </message>
    <message>
        <source>Vault not created</source>
        <translation>Coffre non créé</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Ouverture du coffre…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Who restores it</source>
        <translation>Qui effectue la restauration</translation>
    </message>
    <message>
        <source>The passphrase of an owner or admin who was a user of the vault when the backup was made.</source>
        <translation>La phrase secrète d&apos;un propriétaire ou d&apos;un administrateur qui était utilisateur du coffre au moment de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>only if this account uses an authenticator app</source>
        <translation>uniquement si ce compte utilise une application d&apos;authentification</translation>
    </message>
    <message>
        <source>I understand that the vault I am using now will be replaced (its safety copy stays beside it).</source>
        <translation>Je comprends que le coffre que j&apos;utilise actuellement sera remplacé (sa copie de sécurité reste à côté).</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nom d&apos;utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Code d&apos;authentification&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ex. {example}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Choisir le jour dans un calendrier</translation>
    </message>
    <message>
        <source>Type the day, e.g. {example}.</source>
        <translation>Saisissez le jour, p. ex. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day and a time; type them as {example} 14:30.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un jour avec une heure&#xa0;; saisissez-les comme {example} 14:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day; type it as {example}.</source>
        <translation>«&#xa0;{text}&#xa0;» n&apos;est pas un jour&#xa0;; saisissez-le comme {example}.</translation>
    </message>
    <message>
        <source>Add the time of day after the day, as in {example} 14:30.</source>
        <translation>Ajoutez l&apos;heure après le jour, comme dans {example} 14:30.</translation>
    </message>
    <message>
        <source>{day} is still to come; type a day that has passed.</source>
        <translation>Le {day} n&apos;est pas encore passé&#xa0;; saisissez un jour passé.</translation>
    </message>
    <message>
        <source>{day} is too early; the earliest day is {earliest}.</source>
        <translation>Le {day} est trop tôt&#xa0;; le premier jour possible est le {earliest}.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>{0}, made {1}: {2} contacts, {3} users.</source>
        <translation>{0}, créée le {1}&#xa0;: {2} contacts, {3} utilisateurs.</translation>
    </message>
    <message>
        <source>As a new vault in this folder:</source>
        <translation>Comme nouveau coffre dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Over the vault I am using now</source>
        <translation>À la place du coffre que j&apos;utilise actuellement</translation>
    </message>
    <message>
        <source>Folder of the restored vault</source>
        <translation>Dossier du coffre restauré</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The vault you have open is moved aside as a safety copy, not deleted. Everything entered since the backup was made is then only in that copy.</source>
        <translation>Le coffre ouvert est mis de côté comme copie de sécurité, pas supprimé. Tout ce qui a été saisi depuis la sauvegarde ne se trouve alors que dans cette copie.</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurer sous</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Coffre crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Give the folder for the restored vault.</source>
        <translation>Indiquez le dossier du coffre restauré.</translation>
    </message>
    <message>
        <source>{0} already exists; choose a new name.</source>
        <translation>{0} existe déjà&#xa0;; choisissez un nouveau nom.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Le dossier {0} n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>Bienvenue dans crmdesk</translation>
    </message>
    <message>
        <source>Your customer data will live in an encrypted vault on this computer. First, who is it for?</source>
        <translation>Les données de vos clients seront conservées dans un coffre chiffré sur cet ordinateur. Tout d&apos;abord, pour qui est-il&#xa0;?</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>p. ex. Bäckerei Sonne</translation>
    </message>
    <message>
        <source>optional, e.g. Maria Sonne</source>
        <translation>facultatif, p. ex. Maria Sonne</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code</source>
        <translation>Le pays des numéros de téléphone écrits sans indicatif international</translation>
    </message>
    <message>
        <source>The vault will be created at:</source>
        <translation>Le coffre sera créé ici&#xa0;:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s user name:</source>
        <translation>Nom d&apos;utilisateur du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation>Nom complet du propriétaire&#xa0;:</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Pays (pour les numéros de téléphone)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Doublons possibles</translation>
    </message>
    <message>
        <source>Each pair shares an e-mail address, a phone number (a family&apos;s home phone, a shop&apos;s landline, or one person written two ways), or a name and a town, or was added again on purpose. Merge them only if they are one person; the merged contact keeps both histories.</source>
        <translation>Chaque paire partage une adresse e-mail, un numéro de téléphone (le téléphone fixe d&apos;une famille ou d&apos;une boutique, ou une même personne saisie de deux façons), ou un nom et une ville, ou a été ajoutée à nouveau délibérément. Ne les fusionnez que s&apos;il s&apos;agit d&apos;une seule personne&#xa0;; le contact fusionné conserve les deux historiques.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personnes différentes</translation>
    </message>
    <message>
        <source>Looking through the vault…</source>
        <translation>Recherche dans le coffre…</translation>
    </message>
    <message>
        <source>Found 1 new pair.</source>
        <translation>1 nouvelle paire trouvée.</translation>
    </message>
    <message>
        <source>Found {0} new pairs.</source>
        <translation>{0} nouvelles paires trouvées.</translation>
    </message>
    <message>
        <source>Looked through the vault: nothing new.</source>
        <translation>Coffre parcouru&#xa0;: rien de nouveau.</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Rien n&apos;attend d&apos;examen.</translation>
    </message>
    <message>
        <source>Merged into {0}.</source>
        <translation>Fusionné dans {0}.</translation>
    </message>
    <message>
        <source>Noted: they are different people.</source>
        <translation>Noté&#xa0;: ce sont des personnes différentes.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the access report — {0}</source>
        <translation>Exporter le rapport d&apos;accès aux données — {0}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>The person&apos;s language (on their contact), else the shop&apos;s (Settings)</source>
        <translation>La langue de la personne (dans sa fiche), sinon celle de la boutique (Paramètres)</translation>
    </message>
    <message>
        <source>The shop&apos;s postal address is empty, so the letter has no sender; fill it in under Settings → The shop as controller first, or export anyway.</source>
        <translation>L&apos;adresse postale de la boutique est vide, la lettre n&apos;a donc pas d&apos;expéditeur&#xa0;; renseignez-la d&apos;abord dans Paramètres → La boutique en tant que responsable du traitement, ou exportez quand même.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Dossier&#xa0;:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>Mot de passe du PDF&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-le&#xa0;:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>The PDF letter and the data as JSON go into the folder. A password protects the PDF; give it to the person separately (leave both fields empty for none).</source>
        <translation>La lettre PDF et les données au format JSON sont placées dans le dossier. Un mot de passe protège le PDF&#xa0;; communiquez-le séparément à la personne (laissez les deux champs vides pour ne pas en mettre).</translation>
    </message>
    <message>
        <source>Folder for the access report</source>
        <translation>Dossier du rapport d&apos;accès aux données</translation>
    </message>
    <message>
        <source>No password: anyone with the file can read it.</source>
        <translation>Pas de mot de passe&#xa0;: toute personne ayant le fichier peut le lire.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Choisissez un dossier existant.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Les deux mots de passe diffèrent&#xa0;; saisissez deux fois le même.</translation>
    </message>
    <message>
        <source>The password is shorter than {0} characters; choose a longer one.</source>
        <translation>Le mot de passe compte moins de {0} caractères&#xa0;; choisissez-en un plus long.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>line {0}: added {1} ({2})</source>
        <translation>ligne {0} ajoutée&#xa0;: {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: merged {1} ({2})</source>
        <translation>ligne {0} fusionnée&#xa0;: {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: skipped {1} ({2})</source>
        <translation>ligne {0} ignorée&#xa0;: {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: added {1}</source>
        <translation>ligne {0} ajoutée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>line {0}: merged {1}</source>
        <translation>ligne {0} fusionnée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>line {0}: skipped {1}</source>
        <translation>ligne {0} ignorée&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Choisir un fichier…</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or a spreadsheet, or vCard (.vcf).</source>
        <translation>CSV de Google Contacts, d&apos;Outlook ou d&apos;un tableur, ou vCard (.vcf).</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Colonnes du fichier et champs qu&apos;elles remplissent</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Champ cible</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Les premières lignes telles qu&apos;elles seraient importées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
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
        <source>merge into the existing contact</source>
        <translation>fusionner avec le contact existant</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>ignorer la ligne</translation>
    </message>
    <message>
        <source>import as a new contact</source>
        <translation>importer comme nouveau contact</translation>
    </message>
    <message>
        <source>where these contacts came from, e.g. old customer list</source>
        <translation>provenance de ces contacts, p. ex. ancienne liste de clients</translation>
    </message>
    <message>
        <source>none yet — find them later with “Without lawful basis”</source>
        <translation>aucune pour l&apos;instant — retrouvez-les plus tard avec «&#xa0;Sans base légale&#xa0;»</translation>
    </message>
    <message>
        <source>The purpose whose lawful basis applies to everyone in this file: recorded for each contact with method “imported” and the source as its note. Consent is not offered: it is captured one person at a time, with its evidence</source>
        <translation>La finalité dont la base légale s&apos;applique à toutes les personnes de ce fichier&#xa0;: enregistrée pour chaque contact avec la méthode «&#xa0;importé&#xa0;» et la source comme note. Le consentement n&apos;est pas proposé&#xa0;: il se recueille personne par personne, avec sa preuve</translation>
    </message>
    <message>
        <source>recognised from the file</source>
        <translation>détecté dans le fichier</translation>
    </message>
    <message>
        <source>Names with wrong letters (Iksiñski for Iksiński, Ã¼ for ü)? The file did not say its character set and another was assumed: choose the one it was written in; the rows above show the result</source>
        <translation>Des noms avec des lettres erronées (Iksiñski pour Iksiński, Ã¼ pour ü)&#xa0;? Le fichier n&apos;indiquait pas son jeu de caractères et un autre a été supposé&#xa0;: choisissez celui dans lequel il a été écrit&#xa0;; les lignes ci-dessus montrent le résultat</translation>
    </message>
    <message>
        <source>What the import did, row by row</source>
        <translation>Ce que l&apos;importation a fait, ligne par ligne</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Vérifier (simulation)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Same e-mail or phone as a known contact:</source>
        <translation>Même e-mail ou téléphone qu&apos;un contact connu&#xa0;:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source&#xa0;:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Base légale&#xa0;:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Jeu de caractères&#xa0;:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>First rows as they will be imported</source>
        <translation>Premières lignes telles qu&apos;elles seront importées</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Lecture de {0}…</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3} contacts</source>
        <translation>{0}&#xa0;: {1}, {2}, {3} contacts</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>importé de {0}</translation>
    </message>
    <message>
        <source>line {0}: skipped ({1})</source>
        <translation>ligne {0} ignorée ({1})</translation>
    </message>
    <message>
        <source>line {0}: note: {1}</source>
        <translation>ligne {0}, remarque&#xa0;: {1}</translation>
    </message>
    <message>
        <source>This file cannot be imported; see below.</source>
        <translation>Ce fichier ne peut pas être importé&#xa0;; voir ci-dessous.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importation…</translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>Seraient ajoutés</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajoutés</translation>
    </message>
    <message>
        <source>{0} {1}, merged {2}, skipped {3}.</source>
        <translation>{0}&#xa0;: {1}, fusionnés&#xa0;: {2}, ignorés&#xa0;: {3}.</translation>
    </message>
    <message>
        <source>Lawful basis “{0}” {1} for {2} of these contacts (method: imported).</source>
        <translation>Base légale «&#xa0;{0}&#xa0;» {1} pour {2} de ces contacts (méthode&#xa0;: importé).</translation>
    </message>
    <message>
        <source>would be recorded</source>
        <translation>serait enregistrée</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>{0} had ended it (an objection, a contract that ran out) and keep it ended.</source>
        <translation>{0} contact(s) y avaient mis fin (une opposition, un contrat arrivé à échéance)&#xa0;: elle reste close pour eux.</translation>
    </message>
    <message>
        <source>No lawful basis would be recorded; the “Without lawful basis” filter finds such contacts.</source>
        <translation>Aucune base légale ne serait enregistrée&#xa0;; le filtre «&#xa0;Sans base légale&#xa0;» retrouve ces contacts.</translation>
    </message>
    <message>
        <source>No lawful basis was recorded; the “Without lawful basis” filter finds them.</source>
        <translation>Aucune base légale n&apos;a été enregistrée&#xa0;; le filtre «&#xa0;Sans base légale&#xa0;» les retrouve.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) may be someone already in the vault; review them with “possible duplicates” on the Contacts page.</source>
        <translation>
            <numerusform>%n contact ajouté est peut-être une personne déjà présente dans le coffre&#xa0;; examinez-le avec «&#xa0;doublons possibles&#xa0;» sur la page Contacts.</numerusform>
            <numerusform>%n contacts ajoutés sont peut-être des personnes déjà présentes dans le coffre&#xa0;; examinez-les avec «&#xa0;doublons possibles&#xa0;» sur la page Contacts.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Press Import to do it.</source>
        <translation>Rien n&apos;a été modifié. Cliquez sur Importer pour effectuer l&apos;importation.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Arrêt… rien ne sera importé.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>LabelledListEdit</name>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Supprimer la ligne sélectionnée</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>{0} — crmdesk</source>
        <translation>{0} — crmdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Retention sweep…</source>
        <translation>Purge de conservation…</translation>
    </message>
    <message>
        <source>Retention sweep: {0} of {1} records…</source>
        <translation>Purge de conservation&#xa0;: {0} sur {1} fiches…</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Coffre&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>a user&apos;s name and role in the status bar</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Signed in as {0}; role: {1}</source>
        <translation>Connecté en tant que {0}&#xa0;; rôle&#xa0;: {1}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Verrouiller</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Verrouiller le coffre (Ctrl+L)</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Coffre</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <source>{0} waiting for review</source>
        <translation>{0} en attente d&apos;examen</translation>
    </message>
    <message>
        <source>Retention proposals: open the Retention page</source>
        <translation>Propositions de conservation&#xa0;: ouvrir la page Conservation</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>A contact or the settings are being edited: save or revert them first, then choose the language again.</source>
        <translation>Un contact ou les paramètres sont en cours de modification : enregistrez ou annulez d&apos;abord les changements, puis choisissez à nouveau la langue.</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Violation signalée</translation>
    </message>
    <message>
        <source>{0} is in the breach log. Tell the owner now as well: the supervisory authority may have to be told within 72 hours.</source>
        <translation>{0} figure dans le registre des violations. Prévenez aussi le propriétaire dès maintenant&#xa0;: l&apos;autorité de contrôle devra peut-être être notifiée dans les 72 heures.</translation>
    </message>
    <message>
        <source>{0} failed unlock tries since the last unlock.</source>
        <translation>{0} tentatives de déverrouillage échouées depuis le dernier déverrouillage.</translation>
    </message>
    <message>
        <source>Backing up… {0}%</source>
        <translation>Sauvegarde en cours… {0} %</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}.</source>
        <translation>Sauvegarde créée et vérifiée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>La sauvegarde a été interrompue.</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Échec de la sauvegarde&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Backup on quit</source>
        <translation>Sauvegarde à la fermeture</translation>
    </message>
    <message>
        <source>The backup before closing did not work: {0} Close crmdesk anyway?</source>
        <translation>La sauvegarde avant fermeture a échoué&#xa0;: {0} Fermer crmdesk quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Open the Backups page</source>
        <translation>Ouvrir la page Sauvegardes</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Sauvegarde avant fermeture…</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Le serveur de l&apos;équipe avait été restauré depuis une copie plus ancienne ; ce poste lui a rendu ce qu&apos;il avait perdu.</translation>
    </message>
    <message>
        <source>1 change received from the other desks.</source>
        <translation>1 modification reçue des autres postes.</translation>
    </message>
    <message>
        <source>{0} changes received from the other desks.</source>
        <translation>{0} modifications reçues des autres postes.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Not in step with the team&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Pas à jour avec l&apos;équipe&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Retention sweep: {0} records removed.</source>
        <translation>Purge de conservation&#xa0;: {0} fiches supprimées.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nouveau coffre…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Ouvrir un coffre…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importer des contacts…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>E&amp;xporter des contacts…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Report a data brea&amp;ch…</source>
        <translation>Signaler une &amp;violation de données…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contact</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Enregistrer un &amp;consentement…</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Nouvelle &amp;demande…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>D&amp;oublons possibles…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>À &amp;propos de crmdesk</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nouveau coffre</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Coffre crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Open a vault (a NAME.crmvault folder)</source>
        <translation>Ouvrir un coffre (un dossier NOM.crmvault)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exporter des contacts</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>Tableur (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Name the file .csv (spreadsheet) or .vcf (vCard).</source>
        <translation>Nommez le fichier .csv (tableur) ou .vcf (vCard).</translation>
    </message>
    <message>
        <source>Exported {0} contacts to {1}. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>{0} contacts exportés vers {1}. Le fichier n&apos;est pas chiffré&#xa0;; conservez-le en lieu sûr et supprimez-le une fois terminé.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Choisissez d&apos;abord un contact.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>in a search: go to the results; in a dialog: its main button</source>
        <translation>dans une recherche&#xa0;: aller aux résultats&#xa0;; dans une boîte de dialogue&#xa0;: son bouton principal</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Échap</translation>
    </message>
    <message>
        <source>close a dialog (it asks first when something would be lost)</source>
        <translation>fermer une boîte de dialogue (avec confirmation si quelque chose devait être perdu)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Suppr</translation>
    </message>
    <message>
        <source>in the contact list: delete the selected contact</source>
        <translation>dans la liste des contacts&#xa0;: supprimer le contact sélectionné</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>À propos de crmdesk</translation>
    </message>
    <message>
        <source>Customer records in an encrypted vault on this computer, with consent, data subject requests, retention and backups.</source>
        <translation>Fiches clients dans un coffre chiffré sur cet ordinateur, avec consentements, demandes des personnes concernées, conservation et sauvegardes.</translation>
    </message>
    <message>
        <source>Vault: {vault}
Log (no personal data): {log}</source>
        <translation>Coffre&#xa0;: {vault}
Journal (sans donnée personnelle)&#xa0;: {log}</translation>
    </message>
    <message>
        <source>Show Details lists every component crmdesk is made of, with its licence.</source>
        <translation>«&#xa0;Afficher les détails&#xa0;» liste chaque composant de crmdesk, avec sa licence.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Dossier des journaux</translation>
    </message>
    <message>
        <source>This desktop has no file manager to open it with. The log is in {folder}.</source>
        <translation>Ce bureau n&apos;a pas de gestionnaire de fichiers pour l&apos;ouvrir. Le journal se trouve dans {folder}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>E-mail:</source>
        <translation>E-mail :</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Téléphone :</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adresse :</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Site web :</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Étiquettes :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Fusionner deux contacts</translation>
    </message>
    <message>
        <source>In the vault before</source>
        <translation>Déjà dans le coffre</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Ajouté ensuite</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0} :</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mail addresses, numbers, addresses, web addresses, tags and notes of both are kept, and so are their interactions, consents and requests. The contact added later then goes.</source>
        <translation>Choisissez la valeur à conserver là où les deux diffèrent. Les adresses e-mail, numéros, adresses, adresses web, étiquettes et notes des deux sont conservés, de même que leurs échanges, consentements et demandes. Le contact ajouté ensuite disparaît.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionner</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Votre nouveau code de récupération</translation>
    </message>
    <message>
        <source>The old code no longer works. This one is shown only now: save the kit and print it, or write the code down.</source>
        <translation>L&apos;ancien code ne fonctionne plus. Celui-ci n&apos;est affiché que maintenant&#xa0;: enregistrez le kit et imprimez-le, ou notez le code.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone, then pick</source>
        <translation>Saisissez un nom, un e-mail ou un téléphone, puis choisissez</translation>
    </message>
    <message>
        <source>optional, e.g. asked at the counter for a copy</source>
        <translation>facultatif, p. ex. a demandé une copie au comptoir</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Due on {0}: one calendar month after receipt{1}.</source>
        <translation>Échéance le {0}&#xa0;: un mois civil après réception{1}.</translation>
    </message>
    <message>
        <source>Pick the person from the list that appears as you type.</source>
        <translation>Choisissez la personne dans la liste qui s&apos;affiche pendant la saisie.</translation>
    </message>
</context>
<context>
    <name>NoDataDialog</name>
    <message>
        <source>No data held</source>
        <translation>Aucune donnée détenue</translation>
    </message>
    <message>
        <source>Someone asked about their data, and you think the vault holds none. Give every name, e-mail address and number they gave: crmdesk searches for each; when none finds a contact, the request is registered as answered and the reply says so. The address is used for the letter only.</source>
        <translation>Quelqu&apos;un a demandé quelles données vous détenez à son sujet, et vous pensez que le coffre n&apos;en contient aucune. Indiquez chaque nom, adresse e-mail et numéro qu&apos;il a donnés&#xa0;: crmdesk recherche chacun&#xa0;; si aucun ne trouve de contact, la demande est enregistrée comme traitée et la réponse l&apos;indique. L&apos;adresse ne sert qu&apos;à la lettre.</translation>
    </message>
    <message>
        <source>their name as they gave it</source>
        <translation>son nom tel qu&apos;il l&apos;a indiqué</translation>
    </message>
    <message>
        <source>one a line: names, e-mail addresses, phone numbers</source>
        <translation>un par ligne&#xa0;: noms, adresses e-mail, numéros de téléphone</translation>
    </message>
    <message>
        <source>What to search for</source>
        <translation>Éléments à rechercher</translation>
    </message>
    <message>
        <source>where the reply goes (not kept)</source>
        <translation>destination de la réponse (non conservée)</translation>
    </message>
    <message>
        <source>Address for the reply</source>
        <translation>Adresse pour la réponse</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Demandeur</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>la langue de la boutique</translation>
    </message>
    <message>
        <source>Reply in</source>
        <translation>Répondre en</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Reçue par</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Répondre à</translation>
    </message>
    <message>
        <source>Search and write the reply…</source>
        <translation>Rechercher et rédiger la réponse…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Document Word (*.docx)</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name and what to search for.</source>
        <translation>Indiquez le nom du demandeur et les éléments à rechercher.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written to; choose another.</source>
        <translation>Impossible d&apos;écrire dans le dossier {0}&#xa0;; choisissez-en un autre.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>In the vault before</source>
        <translation>Déjà dans le coffre</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Ajouté ensuite</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Détectée le</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Language of the paper</source>
        <translation>Langue du document</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as Word document…</source>
        <translation>Enregistrer en Word…</translation>
    </message>
    <message>
        <source>Save as text for the website…</source>
        <translation>Texte pour le site web…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{0} is in {1}.</source>
        <translation>{0} se trouve dans {1}.</translation>
    </message>
    <message>
        <source>Made from the vault each time: purposes, people and data counted, processors, retention and the security measures that are on. What crmdesk cannot know (a representative, other processing) is written in Settings.</source>
        <translation>Généré à partir du coffre à chaque fois&#xa0;: finalités, personnes et données dénombrées, sous-traitants, conservation et mesures de sécurité actives. Ce que crmdesk ne peut pas savoir (un représentant, d&apos;autres traitements) se renseigne dans les Paramètres.</translation>
    </message>
    <message>
        <source>This is version {0}, published {1}.</source>
        <translation>Ceci est la version {0}, publiée le {1}.</translation>
    </message>
    <message>
        <source>The notice is published in the shop&apos;s language and English (Settings); this one can be saved, not published.</source>
        <translation>L&apos;information est publiée dans la langue de la boutique et en anglais (Paramètres)&#xa0;; celle-ci peut être enregistrée, mais pas publiée.</translation>
    </message>
    <message>
        <source>This text is not published yet: publish it to keep it as a version, then put it on the website and at the counter.</source>
        <translation>Ce texte n&apos;est pas encore publié&#xa0;: publiez-le pour le conserver comme version, puis mettez-le sur le site web et au comptoir.</translation>
    </message>
    <message>
        <source>What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, retention and the shop&apos;s details in Settings, in the shop&apos;s language and English. What the shop wrote itself (its details, a purpose it added) stays as written.</source>
        <translation>Ce que la boutique communique aux personnes lorsqu&apos;elle collecte leurs données (art. 13), généré à partir des finalités, des sous-traitants, de la conservation et des informations de la boutique dans les Paramètres, dans la langue de la boutique et en anglais. Ce que la boutique a rédigé elle-même (ses informations, une finalité qu&apos;elle a ajoutée) reste tel quel.</translation>
    </message>
    <message>
        <source>Publish this version</source>
        <translation>Publier cette version</translation>
    </message>
    <message>
        <source>The privacy notice is published: {0}.</source>
        <translation>L&apos;information sur la protection des données est publiée&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>{0} version {1}</source>
        <translation>{0} (version {1})</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Répétez-la&#xa0;:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Les deux phrases secrètes diffèrent.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose the owner&apos;s passphrase</source>
        <translation>Choisissez la phrase secrète du propriétaire</translation>
    </message>
    <message>
        <source>It unlocks the vault. Several words are easier to remember and harder to guess than one short password.</source>
        <translation>Elle déverrouille le coffre. Plusieurs mots sont plus faciles à retenir et plus difficiles à deviner qu&apos;un mot de passe court.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>applied by each sweep</source>
        <translation>appliquée à chaque passage</translation>
    </message>
    <message>
        <source>proposed for review</source>
        <translation>proposée pour examen</translation>
    </message>
    <message>
        <source>off</source>
        <translation>désactivée</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Change {0}</source>
        <translation>Modifier {0}</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Ajouter un sous-traitant</translation>
    </message>
    <message>
        <source>the business, e.g. Example Mail GmbH</source>
        <translation>l&apos;entreprise, p. ex. Example Mail GmbH</translation>
    </message>
    <message>
        <source>what they do for the shop, e.g. sends the newsletter</source>
        <translation>ce qu&apos;il fait pour la boutique, p. ex. envoie la newsletter</translation>
    </message>
    <message>
        <source>Transfer basis</source>
        <translation>Fondement du transfert</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Contrat signé le</translation>
    </message>
    <message>
        <source>The agreement&apos;s date</source>
        <translation>Date du contrat</translation>
    </message>
    <message>
        <source>no scan kept</source>
        <translation>aucun document numérisé conservé</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Choisir le document numérisé…</translation>
    </message>
    <message>
        <source>Purposes they serve</source>
        <translation>Finalités concernées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Data they get</source>
        <translation>Données reçues</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>No purpose ticked: they serve the whole shop (like the IT provider) and are named to everyone as a recipient.</source>
        <translation>Aucune finalité cochée&#xa0;: il sert toute la boutique (comme le prestataire informatique) et est indiqué à tous comme destinataire.</translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation>Le contrat signé</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Documents numérisés (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorRegister</name>
    <message>
        <source>Processors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Save the agreement…</source>
        <translation>Enregistrer le contrat…</translation>
    </message>
    <message>
        <source>No longer used…</source>
        <translation>Plus utilisé…</translation>
    </message>
    <message>
        <source>Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients to the people whose data they get; the record of processing lists them.</source>
        <translation>Entreprises qui traitent des données clients pour le compte de la boutique (art. 28). Les rapports d&apos;accès aux données les indiquent comme destinataires aux personnes dont ils reçoivent les données&#xa0;; le registre des activités de traitement les répertorie.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Enregistrer le contrat</translation>
    </message>
    <message>
        <source>{0} is in the register.</source>
        <translation>{0} figure dans le registre.</translation>
    </message>
    <message>
        <source>{0} is changed.</source>
        <translation>{0} a été modifié.</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Plus utilisé</translation>
    </message>
    <message>
        <source>The shop no longer uses {0}? They are no longer named as a recipient; the register keeps them in its history.</source>
        <translation>La boutique n&apos;utilise plus {0}&#xa0;? Il ne sera plus indiqué comme destinataire&#xa0;; le registre le conserve dans son historique.</translation>
    </message>
    <message>
        <source>{0} is retired.</source>
        <translation>{0} n&apos;est plus utilisé.</translation>
    </message>
    <message>
        <source>The agreement is in {0}.</source>
        <translation>Le contrat se trouve dans {0}.</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Sous-traitant</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Localisation</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalités</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrat</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message>
        <source>, scan kept</source>
        <translation>, document numérisé conservé</translation>
    </message>
    <message>
        <source>all</source>
        <translation>toutes</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Record</source>
        <translation>Fiche</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Breach log</source>
        <translation>Violations</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Sous-traitants</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registre des traitements</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Mentions d&apos;information</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formation</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protection des données</translation>
    </message>
    <message>
        <source>The shop&apos;s data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the processors who handle customer data, the record of processing made from the vault, and the staff&apos;s briefing.</source>
        <translation>Le dossier de protection des données de la boutique (art. 5, paragraphe 2, du RGPD)&#xa0;: le registre des violations avec son délai de 72 heures, les sous-traitants qui traitent des données clients, le registre des activités de traitement généré à partir du coffre et les consignes du personnel.</translation>
    </message>
</context>
<context>
    <name>PublishTextDialog</name>
    <message>
        <source>Publish a new text — {0}</source>
        <translation>Publier un nouveau texte — {0}</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>Published texts never change. Customers who agreed to an earlier version keep that version in their history; new consents use this one.</source>
        <translation>Les textes publiés ne changent jamais. Les clients qui ont accepté une version antérieure conservent cette version dans leur historique&#xa0;; les nouveaux consentements utilisent celle-ci.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>PurposeBox</name>
    <message>
        <source>This purpose has no published text yet; it cannot be agreed to.</source>
        <translation>Cette finalité n&apos;a pas encore de texte publié&#xa0;; on ne peut pas y consentir.</translation>
    </message>
    <message>
        <source> — not yet written in this language</source>
        <translation> — pas encore rédigé dans cette langue</translation>
    </message>
    <message>
        <source>version {0}, {1}{2}</source>
        <translation>version {0}, {1}{2}</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Edit purpose</source>
        <translation>Modifier la finalité</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nouvelle finalité</translation>
    </message>
    <message>
        <source>e.g. loyalty-club</source>
        <translation>p. ex. club-fidelite</translation>
    </message>
    <message>
        <source>e.g. Loyalty club</source>
        <translation>p. ex. Club de fidélité</translation>
    </message>
    <message>
        <source>What the data is used for, in a sentence</source>
        <translation>L&apos;usage fait des données, en une phrase</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>pas de durée fixe</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>jusqu&apos;au retrait du consentement</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texte de consentement</translation>
    </message>
    <message>
        <source>The exact words the customer agrees to</source>
        <translation>Les mots exacts auxquels le client consent</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Durée de conservation</translation>
    </message>
    <message>
        <source>Consent lasts</source>
        <translation>Durée du consentement</translation>
    </message>
    <message>
        <source>Text language</source>
        <translation>Langue du texte</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalité</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Re-consent</source>
        <translation>Renouvellement</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contacts</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucun pour l&apos;instant</translation>
    </message>
    <message>
        <source>active</source>
        <translation>active</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>désactivée</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the owner&apos;s access</source>
        <translation>Récupérer l&apos;accès du propriétaire</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery kit and choose a new passphrase for the owner. Other users keep their passphrases.</source>
        <translation>Saisissez le code de récupération figurant dans le kit de récupération et choisissez une nouvelle phrase secrète pour le propriétaire. Les autres utilisateurs conservent leur phrase secrète.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Définir la nouvelle phrase secrète</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Code de récupération&#xa0;:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Code de récupération</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is lost, the recovery code on the printed kit is the only way back into the vault. Type it here once to be sure the kit is kept and readable; crmdesk never stores the code itself.</source>
        <translation>Si la phrase secrète du propriétaire est perdue, le code de récupération figurant dans le kit imprimé est le seul moyen de revenir dans le coffre. Saisissez-le ici une fois pour vous assurer que le kit est bien conservé et lisible&#xa0;; crmdesk ne stocke jamais le code lui-même.</translation>
    </message>
    <message>
        <source>Recovery code from the kit</source>
        <translation>Code de récupération du kit</translation>
    </message>
    <message>
        <source>Code from the kit:</source>
        <translation>Code du kit&#xa0;:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>Make a new code…</source>
        <translation>Créer un nouveau code…</translation>
    </message>
    <message>
        <source>The current code was confirmed on {0}.</source>
        <translation>Le code actuel a été confirmé le {0}.</translation>
    </message>
    <message>
        <source>The current code has not been confirmed since it was made.</source>
        <translation>Le code actuel n&apos;a pas été confirmé depuis sa création.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Vérification du code…</translation>
    </message>
    <message>
        <source>The code is right and confirmed. Keep the kit where you keep other important papers.</source>
        <translation>Le code est correct et confirmé. Rangez le kit avec vos autres papiers importants.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Créer un nouveau code de récupération</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once, so destroy the old kit and keep the new one.</source>
        <translation>Créer un nouveau code de récupération&#xa0;? L&apos;ancien cesse immédiatement de fonctionner&#xa0;: détruisez l&apos;ancien kit et conservez le nouveau.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Save recovery kit (PDF)…</source>
        <translation>Enregistrer le kit de récupération (PDF)…</translation>
    </message>
    <message>
        <source>Open it to print</source>
        <translation>L&apos;ouvrir pour l&apos;imprimer</translation>
    </message>
    <message>
        <source>I have saved the kit or written the code down</source>
        <translation>J&apos;ai enregistré le kit ou noté le code</translation>
    </message>
    <message>
        <source>Recovery kit not saved</source>
        <translation>Kit de récupération non enregistré</translation>
    </message>
    <message>
        <source>The kit could not be written to {0} ({1}); choose another folder.</source>
        <translation>Impossible d&apos;écrire le kit dans {0} ({1})&#xa0;; choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Saved to {0}. Print it and keep it somewhere safe.</source>
        <translation>Enregistré dans {0}. Imprimez-le et conservez-le en lieu sûr.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Votre code de récupération</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever lost, this code is the only way back in. It is shown only now.</source>
        <translation>Si la phrase secrète du propriétaire est un jour perdue, ce code est le seul moyen de revenir dans le coffre. Il n&apos;est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Remember the key on this computer (no passphrase here)</source>
        <translation>Mémoriser la clé sur cet ordinateur (sans phrase secrète ici)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>indisponible</translation>
    </message>
</context>
<context>
    <name>ReportBreachDialog</name>
    <message>
        <source>Report a data breach</source>
        <translation>Signaler une violation de données</translation>
    </message>
    <message>
        <source>Personal data lost, sent to the wrong person, seen by someone who should not see it, or changed without leave: report it now. The owner has 72 hours from when it was noticed to tell the supervisory authority. A report stays in the breach log.</source>
        <translation>Des données personnelles perdues, envoyées à la mauvaise personne, vues par quelqu&apos;un qui ne devait pas les voir ou modifiées sans autorisation&#xa0;: signalez-le maintenant. Le propriétaire dispose de 72 heures à partir de la constatation pour notifier l&apos;autorité de contrôle. Un signalement reste dans le registre des violations.</translation>
    </message>
    <message>
        <source>e.g. The laptop with the customer list was stolen from the car</source>
        <translation>p. ex. L&apos;ordinateur portable contenant la liste des clients a été volé dans la voiture</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>as far as known, e.g. Saturday night</source>
        <translation>dans la mesure où c&apos;est connu, p. ex. samedi soir</translation>
    </message>
    <message>
        <source>e.g. the recipient phoned us</source>
        <translation>p. ex. le destinataire nous a téléphoné</translation>
    </message>
    <message>
        <source>Every contact in the vault</source>
        <translation>Tous les contacts du coffre</translation>
    </message>
    <message>
        <source>The contacts with the tag</source>
        <translation>Les contacts portant l&apos;étiquette</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Only the contact shown on the Contacts page</source>
        <translation>Uniquement le contact affiché sur la page Contacts</translation>
    </message>
    <message>
        <source>Yes: an encrypted device or file (the crmdesk vault, a protected backup), its key safe</source>
        <translation>Oui&#xa0;: un appareil ou fichier chiffré (le coffre crmdesk, une sauvegarde protégée), sa clé en sécurité</translation>
    </message>
    <message>
        <source>No: readable (a CSV, paper, an e-mail, a screen)</source>
        <translation>Non&#xa0;: lisible (un CSV, du papier, un e-mail, un écran)</translation>
    </message>
    <message>
        <source>optional: how it was protected</source>
        <translation>facultatif&#xa0;: comment il était protégé</translation>
    </message>
    <message>
        <source>How it was protected</source>
        <translation>Mode de protection</translation>
    </message>
    <message>
        <source>Noticed at</source>
        <translation>Constatée le</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Survenue</translation>
    </message>
    <message>
        <source>Noticed how</source>
        <translation>Comment constatée</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Was it encrypted?</source>
        <translation>Étaient-elles chiffrées&#xa0;?</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Signaler</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(effacé)</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} de retard</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Ouvertes</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>Échéance dans les {0} jours</translation>
    </message>
    <message>
        <source>Extended: tell the person why</source>
        <translation>Prolongées&#xa0;: informer la personne du motif</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Toutes</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Demandes à afficher</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nouvelle demande…</translation>
    </message>
    <message>
        <source>No data held…</source>
        <translation>Aucune donnée détenue…</translation>
    </message>
    <message>
        <source>A request from someone who is not in the vault: search, register and write the reply</source>
        <translation>Une demande d&apos;une personne absente du coffre&#xa0;: rechercher, enregistrer et rédiger la réponse</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>La demande sélectionnée</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Vérifier l&apos;identité…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Correct the contact…</source>
        <translation>Rectifier le contact…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Effacer…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limiter le traitement</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Enregistrer l&apos;opposition</translation>
    </message>
    <message>
        <source>Person told of the extension</source>
        <translation>Personne informée de la prolongation</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prolonger…</translation>
    </message>
    <message>
        <source>Close as fulfilled</source>
        <translation>Clôturer comme satisfaite</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Refuser…</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Demandes des personnes concernées</translation>
    </message>
    <message>
        <source>When someone asks what you hold about them, or to be erased, the answer is due within one calendar month. Register the request, check who is asking, then answer it from here.</source>
        <translation>Lorsqu&apos;une personne demande ce que vous détenez à son sujet, ou à être effacée, la réponse est due dans un délai d&apos;un mois civil. Enregistrez la demande, vérifiez l&apos;identité du demandeur, puis répondez-y d&apos;ici.</translation>
    </message>
    <message>
        <source>No requests here. Register one with “New request…”.</source>
        <translation>Aucune demande ici. Enregistrez-en une avec «&#xa0;Nouvelle demande…&#xa0;».</translation>
    </message>
    <message>
        <source>Registered {0}, due {1}.</source>
        <translation>Demande {0} enregistrée, échéance le {1}.</translation>
    </message>
    <message>
        <source>{0}: nothing is held about {1}; registered as answered. The reply is in {2}.</source>
        <translation>{0}&#xa0;: rien n&apos;est détenu au sujet de {1}&#xa0;; enregistrée comme traitée. La réponse se trouve dans {2}.</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Vérifier l&apos;identité</translation>
    </message>
    <message>
        <source>How was the identity checked? Choose, or write it in your own words:</source>
        <translation>Comment l&apos;identité a-t-elle été vérifiée&#xa0;? Choisissez, ou décrivez-le avec vos propres mots&#xa0;:</translation>
    </message>
    <message>
        <source>The access report and data for {0} are in {1}. They are not encrypted by the vault; delete them once handed over.</source>
        <translation>Le rapport d&apos;accès et les données de {0} se trouvent dans {1}. Ils ne sont pas chiffrés par le coffre&#xa0;; supprimez-les une fois remis.</translation>
    </message>
    <message>
        <source>{0} verified.</source>
        <translation>{0} vérifiée.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prolonger</translation>
    </message>
    <message>
        <source>Why does it need another month? (the person is told)</source>
        <translation>Pourquoi faut-il un mois de plus&#xa0;? (la personne en est informée)</translation>
    </message>
    <message>
        <source>{0} extended.</source>
        <translation>{0} prolongée.</translation>
    </message>
    <message>
        <source>Recorded: the person of {0} was told of the extension.</source>
        <translation>Enregistré&#xa0;: la personne concernée par {0} a été informée de la prolongation.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Why is the request refused? (the person is told)</source>
        <translation>Pourquoi la demande est-elle refusée&#xa0;? (la personne en est informée)</translation>
    </message>
    <message>
        <source>{0} refused.</source>
        <translation>{0} refusée.</translation>
    </message>
    <message>
        <source>{0} fulfilled.</source>
        <translation>{0} satisfaite.</translation>
    </message>
    <message>
        <source>Processing is restricted; close the request when the person is told.</source>
        <translation>Le traitement est limité&#xa0;; clôturez la demande une fois la personne informée.</translation>
    </message>
    <message>
        <source>The objection is recorded in the consent ledger.</source>
        <translation>L&apos;opposition est enregistrée dans le registre des consentements.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

A tombstone, the request reference and the audit log stay, without personal data. This cannot be undone.</source>
        <translation>Effacer {0} partout&#xa0;? Cela supprime&#xa0;:
{1}

Un marqueur d&apos;effacement, la référence de la demande et le journal d&apos;audit sont conservés, sans donnée personnelle. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Erased; {0} is fulfilled.</source>
        <translation>Effacé&#xa0;; {0} est satisfaite.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore — crmdesk</source>
        <translation>Restauration — crmdesk</translation>
    </message>
    <message>
        <source>Restored {0} to {1}.</source>
        <translation>{0} restauré dans {1}.</translation>
    </message>
    <message>
        <source>The backup was restored. The vault you had open is kept as {0}. Unlock the restored vault to go on.</source>
        <translation>La sauvegarde a été restaurée. Le coffre qui était ouvert est conservé sous {0}. Déverrouillez le coffre restauré pour continuer.</translation>
    </message>
    <message>
        <source>The vault you had open is kept as {0}.</source>
        <translation>Le coffre qui était ouvert est conservé sous {0}.</translation>
    </message>
    <message>
        <source>crmdesk locks when you close this; then unlock the restored vault.</source>
        <translation>crmdesk se verrouille à la fermeture de cette fenêtre&#xa0;; déverrouillez ensuite le coffre restauré.</translation>
    </message>
    <message>
        <source>1 person erased since this backup was made was erased again.</source>
        <translation>1 personne effacée depuis cette sauvegarde a été effacée à nouveau.</translation>
    </message>
    <message>
        <source>{0} people erased since this backup was made were erased again.</source>
        <translation>{0} personnes effacées depuis cette sauvegarde ont été effacées à nouveau.</translation>
    </message>
    <message>
        <source>It was a desk of a team: restored into another folder, it is a desk of its own now, with its contacts. To take the place of a lost desk, join the team with a new invitation.</source>
        <translation>C&apos;était un poste d&apos;une équipe : restauré dans un autre dossier, c&apos;est désormais un poste à part, avec ses contacts. Pour prendre la place d&apos;un poste perdu, rejoignez l&apos;équipe avec une nouvelle invitation.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauré</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restaurer quand même</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention policies</source>
        <translation>Règles de conservation</translation>
    </message>
    <message>
        <source>applied by each sweep</source>
        <translation>appliquée à chaque purge</translation>
    </message>
    <message>
        <source>proposed for review first</source>
        <translation>proposée d&apos;abord pour examen</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activée</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Enregistrer la règle</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation>Purger maintenant</translation>
    </message>
    <message>
        <source>Proposals waiting for review</source>
        <translation>Propositions en attente d&apos;examen</translation>
    </message>
    <message>
        <source>Apply all…</source>
        <translation>Tout appliquer…</translation>
    </message>
    <message>
        <source>Apply selected…</source>
        <translation>Appliquer la sélection…</translation>
    </message>
    <message>
        <source>Keep selected</source>
        <translation>Conserver la sélection</translation>
    </message>
    <message>
        <source>Decline: not proposed again until the record or the policy changes</source>
        <translation>Refuser&#xa0;: plus proposé tant que la fiche ou la règle n&apos;a pas changé</translation>
    </message>
    <message>
        <source>Waiting for review (from the last sweep)</source>
        <translation>En attente d&apos;examen (depuis la dernière purge)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. These policies say what goes and when; crmdesk sweeps after each unlock and then regularly. Erasing and anonymising wait here for your review unless you set them to apply by themselves. Nothing on legal hold or restricted is touched.</source>
        <translation>Les données personnelles ne sont pas conservées plus longtemps que nécessaire. Ces règles indiquent ce qui disparaît et quand&#xa0;; crmdesk effectue une purge après chaque déverrouillage, puis régulièrement. Les effacements et anonymisations attendent ici votre examen, sauf si vous les réglez pour s&apos;appliquer d&apos;eux-mêmes. Rien de ce qui fait l&apos;objet d&apos;un gel juridique ou d&apos;une limitation n&apos;est touché.</translation>
    </message>
    <message>
        <source>Sweeps run in the window of an owner or admin, or from cron.</source>
        <translation>Les purges s&apos;exécutent dans la fenêtre d&apos;un propriétaire ou d&apos;un administrateur, ou via cron.</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Purge en cours…</translation>
    </message>
    <message>
        <source>Next sweep: {0}</source>
        <translation>Prochaine purge&#xa0;: {0}</translation>
    </message>
    <message>
        <source>The first sweep starts shortly after unlock.</source>
        <translation>La première purge démarre peu après le déverrouillage.</translation>
    </message>
    <message>
        <source>applied {0}</source>
        <translation>appliqué : {0}</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>rien d’appliqué</translation>
    </message>
    <message>
        <source>; proposed {0}</source>
        <translation> ; proposé : {0}</translation>
    </message>
    <message>
        <source>Last sweeps:
</source>
        <translation>Dernières purges&#xa0;:
</translation>
    </message>
    <message>
        <source>No sweep yet.</source>
        <translation>Aucune purge pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Saved; the next sweep follows it.</source>
        <translation>Enregistrée&#xa0;; la prochaine purge l&apos;appliquera.</translation>
    </message>
    <message>
        <source>Carry out all {0} proposals now?</source>
        <translation>Exécuter maintenant les {0} propositions&#xa0;?</translation>
    </message>
    <message>
        <source>Carry out the {0} selected proposals now?</source>
        <translation>Exécuter maintenant les {0} propositions sélectionnées&#xa0;?</translation>
    </message>
    <message>
        <source>Carry out the selected proposal now?</source>
        <translation>Exécuter maintenant la proposition sélectionnée&#xa0;?</translation>
    </message>
    <message>
        <source>Apply the proposals</source>
        <translation>Appliquer les propositions</translation>
    </message>
    <message>
        <source>Erased and anonymised contacts cannot be brought back.</source>
        <translation>Les contacts effacés et anonymisés ne peuvent pas être récupérés.</translation>
    </message>
    <message>
        <source>Kept {0}: not proposed again until the record or the policy changes.</source>
        <translation>Conservation de {0}&#xa0;: plus de proposition tant que la fiche ou la règle n&apos;a pas changé.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 fiche</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} fiches</translation>
    </message>
    <message>
        <source>Applied: {0}.</source>
        <translation>Appliqué&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <source>{0} no longer due (a new consent or basis, a hold, a changed policy) were left alone.</source>
        <translation>{0} proposition(s) qui n&apos;étaient plus dues (nouveau consentement ou nouvelle base légale, gel juridique, règle modifiée) ont été laissées de côté.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Ouvrir le coffre restauré</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Vérification de la sauvegarde, puis restauration…</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Modifier votre phrase secrète</translation>
    </message>
    <message>
        <source>Set a passphrase for {0}</source>
        <translation>Définir une phrase secrète pour {0}</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Définir la phrase secrète</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nouvelle phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>A key remembered on another computer for {0} stops working; they unlock with the new passphrase.</source>
        <translation>Une clé mémorisée sur un autre ordinateur pour {0} cesse de fonctionner&#xa0;; le déverrouillage se fait avec la nouvelle phrase secrète.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Postal address:</source>
        <translation>Adresse postale&#xa0;:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <source>Data protection contact:</source>
        <translation>Contact pour la protection des données&#xa0;:</translation>
    </message>
    <message>
        <source>Other recipients:</source>
        <translation>Autres destinataires&#xa0;:</translation>
    </message>
    <message>
        <source>Supervisory authority:</source>
        <translation>Autorité de contrôle&#xa0;:</translation>
    </message>
    <message>
        <source>Representative in the EU:</source>
        <translation>Représentant dans l&apos;UE&#xa0;:</translation>
    </message>
    <message>
        <source>Other processing:</source>
        <translation>Autres traitements&#xa0;:</translation>
    </message>
    <message>
        <source>Street and number
Postal code and town</source>
        <translation>Rue et numéro
Code postal et ville</translation>
    </message>
    <message>
        <source>e.g. info@example.com or +49 30 1234567</source>
        <translation>p. ex. info@example.com ou +49 30 1234567</translation>
    </message>
    <message>
        <source>who answers data protection questions, e.g. the owner&apos;s e-mail</source>
        <translation>qui répond aux questions sur la protection des données, p. ex. l&apos;e-mail du propriétaire</translation>
    </message>
    <message>
        <source>one per line, besides the processors of Data protection, e.g. Tax office (invoices)</source>
        <translation>un par ligne, en plus des sous-traitants de la page Protection des données, p. ex. Centre des impôts (factures)</translation>
    </message>
    <message>
        <source>e.g. the data protection authority of your state</source>
        <translation>p. ex. l&apos;autorité de protection des données de votre pays</translation>
    </message>
    <message>
        <source>only for a shop outside the EU that serves people in it (Art. 27)</source>
        <translation>uniquement pour une boutique établie hors de l&apos;UE qui s&apos;adresse à des personnes dans l&apos;UE (art. 27)</translation>
    </message>
    <message>
        <source>for the record of processing, one a line, e.g. Payroll by our tax adviser</source>
        <translation>pour le registre des activités de traitement, un par ligne, p. ex. Paie par notre expert-comptable</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ce coffre</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nom de l&apos;entreprise&#xa0;:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code; changing it reads every number in the vault again</source>
        <translation>Le pays des numéros de téléphone écrits sans indicatif international&#xa0;; le modifier relit tous les numéros du coffre</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Pays (pour les numéros de téléphone)&#xa0;:</translation>
    </message>
    <message>
        <source>Country of the public holidays</source>
        <translation>Pays des jours fériés</translation>
    </message>
    <message>
        <source>Region of the public holidays</source>
        <translation>Région des jours fériés</translation>
    </message>
    <message>
        <source>A request due on a Saturday, a Sunday or one of these public holidays is due on the next working day (Regulation 1182/71)</source>
        <translation>Une demande dont l&apos;échéance tombe un samedi, un dimanche ou l&apos;un de ces jours fériés est reportée au jour ouvrable suivant (règlement n° 1182/71)</translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation>Jours fériés&#xa0;:</translation>
    </message>
    <message>
        <source>The language of the shop&apos;s documents; the privacy notice is published in it and in English</source>
        <translation>La langue des documents de la boutique&#xa0;; l&apos;information sur la protection des données est publiée dans cette langue et en anglais</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Langue des documents&#xa0;:</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Verrouiller après une inactivité de&#xa0;:</translation>
    </message>
    <message>
        <source>After each unlock, and then this often, the window applies the retention policies (Retention page)</source>
        <translation>Après chaque déverrouillage, puis à cette fréquence, la fenêtre applique les règles de conservation (page Conservation)</translation>
    </message>
    <message>
        <source>Retention sweep every:</source>
        <translation>Purge de conservation tous les&#xa0;:</translation>
    </message>
    <message>
        <source>only for a new version</source>
        <translation>uniquement pour une nouvelle version</translation>
    </message>
    <message>
        <source>Staff confirm the shop&apos;s data-protection briefing again this often (Data protection → Training).</source>
        <translation>Le personnel confirme à nouveau les consignes de protection des données de la boutique à cette fréquence (Protection des données → Formation).</translation>
    </message>
    <message>
        <source>Briefing again every:</source>
        <translation>Reconfirmer les consignes tous les&#xa0;:</translation>
    </message>
    <message>
        <source>In letters to customers, such as access reports:</source>
        <translation>Dans les lettres aux clients, comme les rapports d&apos;accès&#xa0;:</translation>
    </message>
    <message>
        <source>Only an owner or admin can change these.</source>
        <translation>Seul un propriétaire ou un administrateur peut les modifier.</translation>
    </message>
    <message>
        <source>Your account: {0} ({1})</source>
        <translation>Votre compte&#xa0;: {0} ({1})</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Modifier ma phrase secrète…</translation>
    </message>
    <message>
        <source>the computer&apos;s ({0})</source>
        <translation>celle de l&apos;ordinateur ({0})</translation>
    </message>
    <message>
        <source>Kept in the vault: it follows you to any desk</source>
        <translation>Conservée dans le coffre&#xa0;: elle vous suit sur tous les postes</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Langue de la fenêtre&#xa0;:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>How this vault behaves for everyone, and your own account on this computer.</source>
        <translation>Le fonctionnement de ce coffre pour tous, et votre propre compte sur cet ordinateur.</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>tout le pays</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Désactiver l&apos;authentificateur…</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Configurer l&apos;authentificateur…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Vérification du trousseau de cet ordinateur…</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Oublier sur cet ordinateur</translation>
    </message>
    <message>
        <source>Your key is kept in this computer&apos;s keyring; no passphrase is needed here.</source>
        <translation>Votre clé est conservée dans le trousseau de cet ordinateur&#xa0;; aucune phrase secrète n&apos;est nécessaire ici.</translation>
    </message>
    <message>
        <source>Remembering keeps your key in this computer&apos;s keyring, so anyone who can log into this computer account can open the vault as you.</source>
        <translation>La mémorisation conserve votre clé dans le trousseau de cet ordinateur&#xa0;: toute personne pouvant se connecter à ce compte d&apos;ordinateur peut ouvrir le coffre en votre nom.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Votre phrase secrète a été modifiée.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentificateur</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for your account?</source>
        <translation>Désactiver le code d&apos;authentification pour votre compte&#xa0;?</translation>
    </message>
    <message>
        <source>Unlocking now also asks for the authenticator code.</source>
        <translation>Le déverrouillage demande désormais aussi le code d&apos;authentification.</translation>
    </message>
    <message>
        <source>Your key is no longer kept on this computer.</source>
        <translation>Votre clé n&apos;est plus conservée sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Your key is now kept in this computer&apos;s keyring.</source>
        <translation>Votre clé est désormais conservée dans le trousseau de cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Pavé de signature</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Signez ici avec la souris, un stylet ou le doigt</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Signez ici</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé le</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>writes it</source>
        <translation>les rédige</translation>
    </message>
    <message>
        <source>due</source>
        <translation>à confirmer</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>TeamAlarmsDialog</name>
    <message>
        <source>Alarms about audit logs</source>
        <translation>Alarmes sur les journaux d&apos;audit</translation>
    </message>
    <message>
        <source>Each desk of the team publishes checkpoints of its audit log, and the other desks keep them. A log that went back or no longer holds an entry as the team saw it means that desk&apos;s vault was put back to an older copy, or someone with its key cut or rewrote its log.</source>
        <translation>Chaque poste de l&apos;équipe publie des points de contrôle de son journal d&apos;audit, et les autres postes les conservent. Un journal revenu en arrière, ou qui ne contient plus une entrée telle que l&apos;équipe l&apos;a vue, signifie que le coffre de ce poste a été remis à une copie plus ancienne, ou que quelqu&apos;un qui détient sa clé a tronqué ou réécrit son journal.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmes</translation>
    </message>
    <message>
        <source>Mark as &amp;explained…</source>
        <translation>Marquer comme &amp;expliquée…</translation>
    </message>
    <message>
        <source>No alarm waits.</source>
        <translation>Aucune alarme en attente.</translation>
    </message>
    <message>
        <source>Mark as explained</source>
        <translation>Marquer comme expliquée</translation>
    </message>
    <message>
        <source>Mark alarm {0} as explained? Do so only when you know who put the desk&apos;s vault back or changed its log, and why. The audit log keeps that you did.</source>
        <translation>Marquer l&apos;alarme {0} comme expliquée ? Faites-le seulement si vous savez qui a remis le coffre du poste en arrière ou modifié son journal, et pourquoi. Le journal d&apos;audit garde trace que vous l&apos;avez fait.</translation>
    </message>
    <message>
        <source>Marked as explained.</source>
        <translation>Marquée comme expliquée.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Several desks</source>
        <translation>Plusieurs postes</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Examiner…</translation>
    </message>
    <message>
        <source>Changes both this desk and another made, and changes a rule here held back</source>
        <translation>Modifications faites par ce poste et par un autre, et modifications qu&apos;une règle d&apos;ici a retenues</translation>
    </message>
    <message>
        <source>&amp;Alarms…</source>
        <translation>&amp;Alarmes…</translation>
    </message>
    <message>
        <source>A desk&apos;s audit log that went back or was rewritten</source>
        <translation>Le journal d&apos;audit d&apos;un poste revenu en arrière ou réécrit</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Last exchange:</source>
        <translation>Dernier échange :</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>En attente d&apos;envoi :</translation>
    </message>
    <message>
        <source>For review:</source>
        <translation>À examiner :</translation>
    </message>
    <message>
        <source>Audit log alarms:</source>
        <translation>Alarmes du journal d&apos;audit :</translation>
    </message>
    <message>
        <source>This vault is a desk of its own. To share one customer list among several desks through the shop&apos;s PostgreSQL server, set up a team from the command line: crmdesk team init (README, Several desks).</source>
        <translation>Ce coffre est un poste autonome. Pour partager une liste de clients entre plusieurs postes via le serveur PostgreSQL de l&apos;entreprise, créez une équipe en ligne de commande : crmdesk team init (README, Several desks).</translation>
    </message>
    <message>
        <source>Desk {0} of the team on {1}.</source>
        <translation>Poste {0} de l&apos;équipe sur {1}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 alarme</translation>
    </message>
    <message>
        <source>{0} alarms</source>
        <translation>{0} alarmes</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 modification</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>{0} modifications</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Sent {0}, received {1}.</source>
        <translation>Envoyés {0}, reçus {1}.</translation>
    </message>
    <message>
        <source>Also sent {0} and received {1} consent entries, interactions and purposes.</source>
        <translation>Également {0} envoyés et {1} reçus : entrées de consentement, interactions et finalités.</translation>
    </message>
    <message>
        <source>1 change for review.</source>
        <translation>1 modification à examiner.</translation>
    </message>
    <message>
        <source>{0} changes for review.</source>
        <translation>{0} modifications à examiner.</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Le serveur de l&apos;équipe avait été restauré depuis une copie plus ancienne ; ce poste lui a rendu ce qu&apos;il avait perdu.</translation>
    </message>
    <message>
        <source>The audit log of a desk went back or was rewritten: see the alarms.</source>
        <translation>Le journal d&apos;audit d&apos;un poste est revenu en arrière ou a été réécrit : voir les alarmes.</translation>
    </message>
    <message>
        <source>1 contact too large to send: shorten its notes.</source>
        <translation>1 contact trop volumineux pour être envoyé : raccourcissez ses notes.</translation>
    </message>
    <message>
        <source>{0} contacts too large to send: shorten their notes.</source>
        <translation>{0} contacts trop volumineux pour être envoyés : raccourcissez leurs notes.</translation>
    </message>
</context>
<context>
    <name>TeamReviewDialog</name>
    <message>
        <source>Changes for review</source>
        <translation>Modifications à examiner</translation>
    </message>
    <message>
        <source>Where this desk and another changed the same field, the team&apos;s value is in the contact and this desk&apos;s was kept here. A change a rule here held back is applied only when you take it, and only once the rule allows it.</source>
        <translation>Là où ce poste et un autre ont modifié le même champ, la valeur de l&apos;équipe est dans le contact et celle de ce poste a été gardée ici. Une modification qu&apos;une règle d&apos;ici a retenue n&apos;est appliquée que si vous la prenez, et seulement quand la règle le permet.</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s</source>
        <translation>Prendre celle de l&apos;é&amp;quipe</translation>
    </message>
    <message>
        <source>Take this &amp;desk&apos;s</source>
        <translation>Prendre celle de ce &amp;poste</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>&amp;Noté</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fait.</translation>
    </message>
</context>
<context>
    <name>TeamReviewModel</name>
    <message>
        <source>the whole change (a rule here held it back)</source>
        <translation>toute la modification (une règle d&apos;ici l&apos;a retenue)</translation>
    </message>
    <message>
        <source>merged into another contact at another desk</source>
        <translation>fusionné avec un autre contact à un autre poste</translation>
    </message>
    <message>
        <source>erased at another desk (a legal hold here kept them)</source>
        <translation>effacé à un autre poste (un gel juridique d&apos;ici l&apos;a gardé)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>The team&apos;s (in the contact)</source>
        <translation>De l&apos;équipe (dans le contact)</translation>
    </message>
    <message>
        <source>This desk&apos;s (kept)</source>
        <translation>De ce poste (gardée)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Synchronising with the team failed; details are in the log.</source>
        <translation>La synchronisation avec l&apos;équipe a échoué ; les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>What needs doing, and how the shop stands. Each card opens the place to act.</source>
        <translation>Ce qui est à faire, et où en est la boutique. Chaque carte ouvre l&apos;endroit où agir.</translation>
    </message>
    <message>
        <source>1 thing needs doing.</source>
        <translation>1 chose à faire.</translation>
    </message>
    <message>
        <source>{0} things need doing.</source>
        <translation>{0} choses à faire.</translation>
    </message>
    <message>
        <source>All is well: nothing needs doing today.</source>
        <translation>Tout va bien&#xa0;: rien à faire aujourd&apos;hui.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Authenticator for {0}</source>
        <translation>Authentificateur pour {0}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activer</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator), then type the 6-digit code it shows.</source>
        <translation>Scannez ce code avec une application d&apos;authentification (par exemple FreeOTP, Aegis, Google Authenticator), puis saisissez le code à 6 chiffres qu&apos;elle affiche.</translation>
    </message>
    <message>
        <source>Or type this secret: </source>
        <translation>Ou saisissez ce secret&#xa0;: </translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Code de l&apos;application&#xa0;:</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>The briefing in force</source>
        <translation>Les consignes en vigueur</translation>
    </message>
    <message>
        <source>Who confirmed the briefing</source>
        <translation>Qui a confirmé les consignes</translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Publier une nouvelle version…</translation>
    </message>
    <message>
        <source>Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new version is published; until then crmdesk holds back the customers&apos; data from them. Version {1}, published {2}. {3}</source>
        <translation>Chaque utilisateur, sauf le propriétaire, confirme ces consignes à sa première connexion, à nouveau ({0}) et à chaque nouvelle version publiée&#xa0;; d&apos;ici là, crmdesk ne lui donne pas accès aux données des clients. Version {1}, publiée le {2}. {3}</translation>
    </message>
    <message>
        <source>{0} due.</source>
        <translation>{0} à confirmer.</translation>
    </message>
    <message>
        <source>Nobody is due.</source>
        <translation>Personne n&apos;a de confirmation en attente.</translation>
    </message>
    <message>
        <source>Publish a new version</source>
        <translation>Publier une nouvelle version</translation>
    </message>
    <message>
        <source>The shop&apos;s rules for its staff; everyone but the owner confirms them again:</source>
        <translation>Les règles de la boutique pour son personnel&#xa0;; tous, sauf le propriétaire, les confirment à nouveau&#xa0;:</translation>
    </message>
    <message>
        <source>Version {0} is in force; everyone but the owner confirms it at their next sign-in.</source>
        <translation>La version {0} est en vigueur&#xa0;; tous, sauf le propriétaire, la confirment à leur prochaine connexion.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Une erreur s&apos;est produite</translation>
    </message>
    <message>
        <source>crmdesk met an error it did not expect, and stopped what it was doing; what was saved before is safe; {where}.</source>
        <translation>crmdesk a rencontré une erreur inattendue et a interrompu l&apos;opération en cours&#xa0;; ce qui avait été enregistré auparavant est intact&#xa0;; {where}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {0} — crmdesk</source>
        <translation>Déverrouiller {0} — crmdesk</translation>
    </message>
    <message>
        <source>Unlock the vault “{0}”</source>
        <translation>Déverrouiller le coffre «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <source>leave empty for the owner</source>
        <translation>laisser vide pour le propriétaire</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>Code à 6 chiffres de votre application d&apos;authentification</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Code d&apos;authentification</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Code&#xa0;:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Mémoriser sur cet ordinateur</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Phrase secrète oubliée…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {0} seconds.</source>
        <translation>Trop de tentatives erronées. Vous pourrez réessayer dans {0} secondes.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentificateur</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>Définir la phrase secrète…</translation>
    </message>
    <message>
        <source>Authenticator…</source>
        <translation>Authentificateur…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Désactiver…</translation>
    </message>
    <message>
        <source>Recovery code…</source>
        <translation>Code de récupération…</translation>
    </message>
    <message>
        <source>Everyone who works with the vault has their own account and passphrase. Disabling an account changes the vault&apos;s key, so that person&apos;s passphrase opens nothing any more.</source>
        <translation>Toute personne qui travaille avec le coffre a son propre compte et sa propre phrase secrète. Désactiver un compte change la clé du coffre, si bien que la phrase secrète de cette personne n&apos;ouvre plus rien.</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Désactiver l&apos;authentificateur…</translation>
    </message>
    <message>
        <source>Added {0} as {1}.</source>
        <translation>{0} ajouté avec le rôle {1}.</translation>
    </message>
    <message>
        <source>The passphrase of {0} is changed.</source>
        <translation>La phrase secrète de {0} a été modifiée.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Authentificateur</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for {0}?</source>
        <translation>Désactiver le code d&apos;authentification pour {0}&#xa0;?</translation>
    </message>
    <message>
        <source>Unlocking as {0} now also asks for the authenticator code.</source>
        <translation>Le déverrouillage en tant que {0} demande désormais aussi le code d&apos;authentification.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disable {0}? Their passphrase will open nothing any more; the vault&apos;s key is changed for everyone else without them noticing.</source>
        <translation>Désactiver {0}&#xa0;? Sa phrase secrète n&apos;ouvrira plus rien&#xa0;; la clé du coffre est changée pour tous les autres sans qu&apos;ils le remarquent.</translation>
    </message>
    <message>
        <source>{0} is disabled and the vault&apos;s key was changed.</source>
        <translation>{0} est désactivé et la clé du coffre a été changée.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Waiting for another crmdesk to finish writing…</source>
        <translation>En attente de la fin d&apos;écriture d&apos;une autre instance de crmdesk…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts</source>
        <translation>Importer des contacts</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Fichiers de contacts (*.csv *.vcf *.vcard *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Enregistrer le kit de récupération</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
</TS>
