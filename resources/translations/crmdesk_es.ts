<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Añadir un usuario</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>p. ej., anna</translation>
    </message>
    <message>
        <source>optional, e.g. Anna Berg</source>
        <translation>opcional; p. ej., Anna Berg</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Nombre completo:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rol:</translation>
    </message>
    <message>
        <source>Tell the new user this passphrase in person; they can change it later.</source>
        <translation>Comunique esta frase de contraseña al nuevo usuario en persona; podrá cambiarla más adelante.</translation>
    </message>
    <message>
        <source>May: </source>
        <translation>Puede: </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>New vault</source>
        <translation>Nueva bóveda</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name, or open it.</source>
        <translation>{0} ya existe; elija otro nombre o ábrala.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Abrir bóveda</translation>
    </message>
    <message>
        <source>{0} is not a crmdesk vault; choose a folder whose name ends in .crmvault.</source>
        <translation>{0} no es una bóveda de crmdesk; elija una carpeta cuyo nombre termine en .crmvault.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess {0}</source>
        <translation>Evaluar {0}</translation>
    </message>
    <message>
        <source>Tell the supervisory authority (Art. 33)</source>
        <translation>Notificar a la autoridad de control (art. 33)</translation>
    </message>
    <message>
        <source>Tell the people affected (Art. 34)</source>
        <translation>Comunicar a los afectados (art. 34)</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Riesgo para las personas</translation>
    </message>
    <message>
        <source>Why (kept in the log)</source>
        <translation>Motivo (se guarda en el registro)</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Consecuencias probables</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Medidas adoptadas</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>crmdesk suggests: {0}</source>
        <translation>crmdesk sugiere: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Entradas del registro de auditoría</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Comprobar la bóveda</translation>
    </message>
    <message>
        <source>Checks the key slots, every encrypted page, the database structure and the audit chain.</source>
        <translation>Comprueba las ranuras de clave, cada página cifrada, la estructura de la base de datos y la cadena de auditoría.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every unlock, failed login, change of users or settings and key rotation, newest first. Entries name records by id and hold no customer data; each one carries the hash of the one before, so changes are detectable.</source>
        <translation>Cada desbloqueo, inicio de sesión fallido, cambio de usuarios o de configuración y rotación de clave, empezando por lo más reciente. Las entradas identifican los registros por su id y no contienen datos de clientes; cada una lleva el hash de la anterior, de modo que cualquier cambio se puede detectar.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Problemas encontrados:</translation>
    </message>
    <message>
        <source>The vault is intact: every check passed.</source>
        <translation>La bóveda está intacta: se han superado todas las comprobaciones.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Fecha y hora (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detalle</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>The rotation in Settings deleted an older backup: {0}.</source>
        <translation>La rotación definida en Configuración ha eliminado una copia de seguridad antigua: {0}.</translation>
    </message>
    <message>
        <source>The rotation in Settings deleted {0} older backups: {1}.</source>
        <translation>La rotación definida en Configuración ha eliminado {0} copias de seguridad antiguas: {1}.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>checked, good</source>
        <translation>comprobada, válida</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>DAÑADA</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>sin comprobar</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last checked {0}</source>
        <translation>Última comprobación: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia ahora</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Dónde y cuándo</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Once a day, when the vault is first unlocked that day</source>
        <translation>Una vez al día, al desbloquear la bóveda por primera vez ese día</translation>
    </message>
    <message>
        <source>When I quit crmdesk</source>
        <translation>Al salir de crmdesk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Carpeta de copias de seguridad:</translation>
    </message>
    <message>
        <source>Back up by itself:</source>
        <translation>Copia automática:</translation>
    </message>
    <message>
        <source>Keep the newest of the last:</source>
        <translation>Conservar la más reciente de los últimos:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobar</translation>
    </message>
    <message>
        <source>Reads the whole backup: its seal, every encrypted page, the structure and the audit chain.</source>
        <translation>Lee la copia de seguridad completa: su sello, cada página cifrada, la estructura y la cadena de auditoría.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Delete old backups</source>
        <translation>Eliminar copias antiguas</translation>
    </message>
    <message>
        <source>Deletes the backups the rotation above no longer keeps.</source>
        <translation>Elimina las copias de seguridad que la rotación indicada arriba ya no conserva.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Each backup is one encrypted file holding the whole vault; without a passphrase it reveals nothing. Keep the backup folder on another drive, such as a USB stick, so a broken or stolen computer does not take your customer records with it.</source>
        <translation>Cada copia de seguridad es un único archivo cifrado que contiene toda la bóveda; sin una frase de contraseña no revela nada. Guarde la carpeta de copias de seguridad en otra unidad, como una memoria USB, para que un equipo averiado o robado no se lleve consigo los datos de sus clientes.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Elegir la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Configuración de las copias de seguridad</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>Backed up and checked: {0}.</source>
        <translation>Copia hecha y comprobada: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped; no backup file was made.</source>
        <translation>Se detuvo la copia de seguridad; no se creó ningún archivo de copia.</translation>
    </message>
    <message>
        <source>This vault has no good backup yet.</source>
        <translation>Esta bóveda aún no tiene ninguna copia de seguridad válida.</translation>
    </message>
    <message>
        <source>The last good backup is from {0} ({1}).</source>
        <translation>La última copia de seguridad válida es del {0} ({1}).</translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1}).</source>
        <translation>Última copia válida: {0} ({1}).</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Comprobando {0}…</translation>
    </message>
    <message>
        <source>{0} is damaged:</source>
        <translation>La copia {0} está dañada:</translation>
    </message>
    <message>
        <source>{0} is intact: every check passed.</source>
        <translation>La copia {0} está intacta: se han superado todas las comprobaciones.</translation>
    </message>
    <message>
        <source>Every backup here is kept by the rotation; nothing to delete.</source>
        <translation>La rotación conserva todas las copias de esta carpeta; no hay nada que eliminar.</translation>
    </message>
    <message>
        <source>Delete {0} backups that the rotation no longer keeps? The newest of each of the last {1} days, {2} weeks and {3} months stay.</source>
        <translation>¿Eliminar {0} copias de seguridad que la rotación ya no conserva? Se mantiene la más reciente de cada uno de los últimos {1} días, {2} semanas y {3} meses.</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>Breaches</source>
        <translation>Violaciones de seguridad</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>La violación de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Report a breach…</source>
        <translation>Informar de una violación…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Evaluar…</translation>
    </message>
    <message>
        <source>Authority told…</source>
        <translation>Autoridad notificada…</translation>
    </message>
    <message>
        <source>People told…</source>
        <translation>Afectados informados…</translation>
    </message>
    <message>
        <source>Notification draft…</source>
        <translation>Borrador de notificación…</translation>
    </message>
    <message>
        <source>Letters to the people…</source>
        <translation>Cartas a los afectados…</translation>
    </message>
    <message>
        <source>No breach in the log. Report one with “Report a breach…”.</source>
        <translation>No hay ninguna violación de seguridad en el registro. Informe de una con «Informar de una violación…».</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>{0} is in the log. Assess it now.</source>
        <translation>{0} está en el registro. Evalúela ahora.</translation>
    </message>
    <message>
        <source>{0} assessed.</source>
        <translation>{0} evaluada.</translation>
    </message>
    <message>
        <source>Notification of {0}</source>
        <translation>Notificación de {0}</translation>
    </message>
    <message>
        <source>What was sent, and how? For a late notification to the authority, why it is late:</source>
        <translation>¿Qué se envió y cómo? Si la notificación a la autoridad es tardía, indique el motivo del retraso:</translation>
    </message>
    <message>
        <source>Recorded: {0} had the {1} of {2}.</source>
        <translation>Registrado: {0} recibió {1} de {2}.</translation>
    </message>
    <message>
        <source>The notification draft is in {0}.</source>
        <translation>El borrador de la notificación está en {0}.</translation>
    </message>
    <message>
        <source>The letters are in {0}. They hold names and addresses: keep the file safe and delete it once they are sent.</source>
        <translation>Las cartas están en {0}. Contienen nombres y direcciones: guarde el archivo en un lugar seguro y elimínelo una vez enviadas.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>Detectada (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Autoridad</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Afectados informados</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>sin evaluar</translation>
    </message>
    <message>
        <source>told</source>
        <translation>informados</translation>
    </message>
    <message>
        <source>to tell</source>
        <translation>por informar</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Antes de empezar</translation>
    </message>
    <message>
        <source>Welcome, {0}. These are this shop&apos;s rules for its customers&apos; data. Read them; the customer list opens once you confirm them.</source>
        <translation>Le damos la bienvenida, {0}. Estas son las normas de esta tienda sobre los datos de sus clientes. Léalas; la lista de clientes se abrirá cuando las confirme.</translation>
    </message>
    <message>
        <source>Loading the briefing…</source>
        <translation>Cargando las instrucciones…</translation>
    </message>
    <message>
        <source>The data-protection briefing</source>
        <translation>Instrucciones sobre protección de datos</translation>
    </message>
    <message>
        <source>I have read and understood these rules</source>
        <translation>He leído y entendido estas normas</translation>
    </message>
    <message>
        <source>Confirm and continue</source>
        <translation>Confirmar y continuar</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Version {0}, published {1}.</source>
        <translation>Versión {0}, publicada el {1}.</translation>
    </message>
    <message>
        <source>Recording your confirmation…</source>
        <translation>Registrando su confirmación…</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Violaciones de seguridad</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Several desks</source>
        <translation>Varios puestos</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>Abrir las solicitudes</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Mostrar los contactos</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Abrir Conservación</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Abrir Copias de seguridad</translation>
    </message>
    <message>
        <source>Open Users</source>
        <translation>Abrir Usuarios</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Abrir el registro de auditoría</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Revisarlas</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Confirmar el código</translation>
    </message>
    <message>
        <source>Open the breach log</source>
        <translation>Abrir el registro de violaciones</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>Abrir Formación</translation>
    </message>
    <message>
        <source>Show the alarms</source>
        <translation>Mostrar las alarmas</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
</context>
<context>
    <name>ConsentCaptureDialog</name>
    <message>
        <source>Consent — {0}</source>
        <translation>Consentimiento — {0}</translation>
    </message>
    <message>
        <source>What does {0} agree to?</source>
        <translation>¿A qué da su consentimiento {0}?</translation>
    </message>
    <message>
        <source>Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. Anything not ticked is simply not recorded.</source>
        <translation>Lea cada finalidad con el cliente. Marque solo aquello a lo que dé su consentimiento: no se marca nada en su lugar. Lo que no se marque simplemente no se registra.</translation>
    </message>
    <message>
        <source>Hand the screen to the customer</source>
        <translation>Pasar la pantalla al cliente</translation>
    </message>
    <message>
        <source>Large text, only the purposes and the signature pad</source>
        <translation>Texto grande, solo las finalidades y el panel de firma</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Idioma de los textos:</translation>
    </message>
    <message>
        <source>There are no active consent purposes; an owner or admin adds them on the Consent page.</source>
        <translation>No hay finalidades de consentimiento activas; un propietario o administrador las añade en la página Consentimiento.</translation>
    </message>
    <message>
        <source>optional: a colleague who saw it</source>
        <translation>opcional: un compañero que lo presenció</translation>
    </message>
    <message>
        <source>optional: e.g. form no. 17, asked at the till</source>
        <translation>opcional: p. ej., formulario n.º 17, preguntado en caja</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Sin escaneado adjunto</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Adjuntar un escaneado…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Cómo se otorgó</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Testigo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Formulario escaneado</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Borrar firma</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Firma (opcional)</translation>
    </message>
    <message>
        <source>Done — hand back to staff</source>
        <translation>Listo: devolver al personal</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Registrar…</translation>
    </message>
    <message>
        <source>{0} ({1:,} KB)</source>
        <translation>{0} ({1:,} KB)</translation>
    </message>
    <message>
        <source>Attach a scanned form</source>
        <translation>Adjuntar un formulario escaneado</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Escaneados (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Please read and tick what you agree to</source>
        <translation>Lea y marque aquello a lo que da su consentimiento</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Tick a box only if you agree; you can withdraw at any time. Sign below if you like, then hand the screen back.</source>
        <translation>No hay nada marcado de antemano. Marque una casilla solo si está de acuerdo; puede retirar su consentimiento en cualquier momento. Si lo desea, firme abajo y después devuelva la pantalla.</translation>
    </message>
    <message>
        <source>Discard consent</source>
        <translation>Descartar consentimiento</translation>
    </message>
    <message>
        <source>Close without recording? The ticks, the signature and the notes captured so far are lost.</source>
        <translation>¿Cerrar sin registrar? Se perderán las marcas, la firma y las notas recogidas hasta ahora.</translation>
    </message>
    <message>
        <source>Record for {0}:</source>
        <translation>Registrar para {0}:</translation>
    </message>
    <message>
        <source>  • {0} — consent given (text version {1}, {2})</source>
        <translation>  • {0} — consentimiento otorgado (versión del texto {1}, {2})</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Método: {0}</translation>
    </message>
    <message>
        <source>Witness: {0}</source>
        <translation>Testigo: {0}</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Firma: {0}</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>trazada en pantalla</translation>
    </message>
    <message>
        <source>none</source>
        <translation>no consta</translation>
    </message>
    <message>
        <source>Scanned form: {0}</source>
        <translation>Formulario escaneado: {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Registrar consentimiento</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Registrando…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>New purpose…</source>
        <translation>Nueva finalidad…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Publish new text…</source>
        <translation>Publicar nuevo texto…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Dar de baja…</translation>
    </message>
    <message>
        <source>Version and language of the text</source>
        <translation>Versión e idioma del texto</translation>
    </message>
    <message>
        <source>Text of the purpose</source>
        <translation>Texto de la finalidad</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Consent and lawful bases</source>
        <translation>Consentimiento y bases jurídicas</translation>
    </message>
    <message>
        <source>Every contact is processed for stated purposes, each on one lawful basis. Where the basis is consent, the customer agrees to an exact text, and crmdesk keeps which version, when and how.</source>
        <translation>Cada contacto se trata para finalidades determinadas, cada una con una base jurídica. Cuando la base es el consentimiento, el cliente acepta un texto exacto, y crmdesk guarda qué versión aceptó, cuándo y cómo.</translation>
    </message>
    <message>
        <source>{0}, version {1}, published {2}</source>
        <translation>{0}, versión {1}, publicada el {2}</translation>
    </message>
    <message>
        <source>This purpose rests on another lawful basis; it has no consent text.</source>
        <translation>Esta finalidad se apoya en otra base jurídica; no tiene texto de consentimiento.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Retire purpose</source>
        <translation>Dar de baja la finalidad</translation>
    </message>
    <message>
        <source>Stop offering “{0}”? Its history stays; consents already given can still be withdrawn, but nobody can agree to it any more.</source>
        <translation>¿Dejar de ofrecer «{0}»? Su historial se conserva; los consentimientos ya otorgados aún pueden retirarse, pero nadie más podrá aceptarla.</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>by {0}</source>
        <translation>por {0}</translation>
    </message>
    <message>
        <source>witness {0}</source>
        <translation>testigo {0}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Registrar base</translation>
    </message>
    <message>
        <source>Capture consent…</source>
        <translation>Recoger consentimiento…</translation>
    </message>
    <message>
        <source>How the customer told you, for withdrawals and other changes</source>
        <translation>Cómo se lo comunicó el cliente, para retiradas y otros cambios</translation>
    </message>
    <message>
        <source>Changes told</source>
        <translation>Cambios comunicados por</translation>
    </message>
    <message>
        <source>Purposes and their state</source>
        <translation>Finalidades y su estado</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historial de consentimiento</translation>
    </message>
    <message>
        <source>Text the customer saw</source>
        <translation>Texto que vio el cliente</translation>
    </message>
    <message>
        <source>Select an entry to see the text the customer saw</source>
        <translation>Seleccione una entrada para ver el texto que vio el cliente</translation>
    </message>
    <message>
        <source>Save a copy of the scan…</source>
        <translation>Guardar una copia del escaneado…</translation>
    </message>
    <message>
        <source>History (oldest first)</source>
        <translation>Historial (primero lo más antiguo)</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> hasta el {0}</translation>
    </message>
    <message>
        <source>⚠ No lawful basis on record: capture consent, or record the basis that applies (an order, a legal duty) before using this contact&apos;s data.</source>
        <translation>⚠ No consta ninguna base jurídica: recoja el consentimiento o registre la base aplicable (un pedido, una obligación legal) antes de usar los datos de este contacto.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Aún no se ha registrado nada.</translation>
    </message>
    <message>
        <source>Processing is restricted: no new consent until it is lifted</source>
        <translation>El tratamiento está limitado: no se admiten nuevos consentimientos hasta que se levante la limitación</translation>
    </message>
    <message>
        <source>Text version {0} ({1}), SHA-256 {2}</source>
        <translation>Versión del texto {0} ({1}), SHA-256 {2}</translation>
    </message>
    <message>
        <source>Save a copy of the scan ({0})…</source>
        <translation>Guardar una copia del escaneado ({0})…</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Guardar una copia del escaneado</translation>
    </message>
    <message>
        <source>Saved to {0}. The copy is not encrypted; delete it when done.</source>
        <translation>Guardado en {0}. La copia no está cifrada; elimínela cuando termine.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Guardar una copia</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Registrado.</translation>
    </message>
    <message>
        <source>Record that {0} withdrew consent to “{1}” ({2})?</source>
        <translation>¿Registrar que {0} retiró su consentimiento a «{1}» ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} no longer has the basis of “{1}” ({2})?</source>
        <translation>¿Registrar que la base «{1}» ya no se aplica a {0} ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} has the basis of “{1}” ({2})?</source>
        <translation>¿Registrar que la base «{1}» se aplica a {0} ({2})?</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Registrar un cambio</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Deleting a person is erasure: everything about them goes, only a tombstone without personal data stays</source>
        <translation>Eliminar a una persona es una supresión: se borra todo lo relativo a ella y solo queda una marca sin datos personales</translation>
    </message>
    <message>
        <source>Only an owner or admin can delete contacts.</source>
        <translation>Solo un propietario o administrador puede eliminar contactos.</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>Solicitud…</translation>
    </message>
    <message>
        <source>Register a request from this person: access, erasure, …</source>
        <translation>Registrar una solicitud de esta persona: acceso, supresión, …</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Interacciones</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Cuándo ocurrió</translation>
    </message>
    <message>
        <source>What happened? e.g. Asked about wedding cakes</source>
        <translation>¿Qué ocurrió? P. ej., preguntó por tartas de boda</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Añadir nota</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Levantar limitación</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Fill in what you know; a name or an organisation is enough.</source>
        <translation>Rellene lo que sepa; basta con un nombre o una organización.</translation>
    </message>
    <message>
        <source>customer since {0}</source>
        <translation>cliente desde {0}</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Ningún contacto seleccionado</translation>
    </message>
    <message>
        <source>Pick a contact in the list, or create a new one.</source>
        <translation>Elija un contacto de la lista o cree uno nuevo.</translation>
    </message>
    <message>
        <source>⚠ Processing restricted (Art. 18): no changes and no new consent; exports only for this person&apos;s own request.</source>
        <translation>⚠ Tratamiento limitado (art. 18): sin cambios ni nuevos consentimientos; exportaciones solo a petición de la propia persona.</translation>
    </message>
    <message>
        <source>⚖ Legal hold: nothing about this contact is erased while it is on.</source>
        <translation>⚖ Retención legal: mientras esté activa, no se suprime nada de este contacto.</translation>
    </message>
    <message>
        <source>✎ Correcting under request {0}: saving records which fields changed in it.</source>
        <translation>✎ Rectificación conforme a la solicitud {0}: al guardar se anota en ella qué campos han cambiado.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Aún no se ha anotado nada.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Guardar contacto</translation>
    </message>
    <message>
        <source>{0} Did they come back to you on their own?</source>
        <translation>{0} ¿Ha vuelto esta persona por iniciativa propia?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Eliminar contacto</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

Only a tombstone without personal data stays, so a later import recognises them. This cannot be undone.</source>
        <translation>¿Suprimir a {0} en todas partes? Esto elimina:
{1}

Solo queda una marca sin datos personales, para que una importación posterior reconozca a la persona. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Lift the restriction on {0}? Their data can then be changed and used again.</source>
        <translation>¿Levantar la limitación del tratamiento de {0}? Sus datos podrán volver a modificarse y utilizarse.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>shown as given and family name</source>
        <translation>se muestra como nombre y apellidos</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo electrónico</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>móvil</translation>
    </message>
    <message>
        <source>home</source>
        <translation>casa</translation>
    </message>
    <message>
        <source>work</source>
        <translation>trabajo</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>fax</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>buscapersonas</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>calle y número</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>código postal</translation>
    </message>
    <message>
        <source>city</source>
        <translation>localidad</translation>
    </message>
    <message>
        <source>country</source>
        <translation>país</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Dirección web</translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, Newsletter</source>
        <translation>separadas por comas, p. ej., VIP, Boletín</translation>
    </message>
    <message>
        <source>where the data came from</source>
        <translation>de dónde proceden los datos</translation>
    </message>
    <message>
        <source>e.g. {date}, or {day} (no year)</source>
        <translation>p. ej., {date}, o {day} (sin año)</translation>
    </message>
    <message>
        <source>Day, month and year ({date}), or day and month only ({day}); 1980-04-23 is understood too</source>
        <translation>Día, mes y año ({date}), o solo día y mes ({day}); también se entiende 1980-04-23</translation>
    </message>
    <message>
        <source>e.g. {date}; empty: today</source>
        <translation>p. ej., {date}; vacío: hoy</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>el idioma de la tienda</translation>
    </message>
    <message>
        <source>The language of the letters and reports this person receives, such as the access report</source>
        <translation>El idioma de las cartas e informes que recibe esta persona, como el informe de acceso</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Apellidos:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Se muestra como:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Cargo:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Correo electrónico:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Cumpleaños:</translation>
    </message>
    <message>
        <source>Websites:</source>
        <translation>Sitios web:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Cliente desde:</translation>
    </message>
    <message>
        <source>Letters in:</source>
        <translation>Idioma de la correspondencia:</translation>
    </message>
    <message>
        <source>Write dates with day, month and year, for example {date} (a birthday without its year as {day}).</source>
        <translation>Escriba las fechas con día, mes y año, por ejemplo {date} (un cumpleaños sin año, como {day}).</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Último contacto</translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation>Sin base jurídica</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Haga clic para ordenar por esta columna</translation>
    </message>
    <message>
        <source>No consent and no other lawful basis on record; record one before using this data.</source>
        <translation>No consta consentimiento ni otra base jurídica; registre una antes de usar estos datos.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names, organisations, e-mail, phone, tags, notes…</source>
        <translation>Buscar nombres, organizaciones, correo, teléfono, etiquetas, notas…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Buscar contactos</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nuevo contacto</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Todos los contactos</translation>
    </message>
    <message>
        <source>Without lawful basis</source>
        <translation>Sin base jurídica</translation>
    </message>
    <message>
        <source>Consent running out</source>
        <translation>Consentimiento por caducar</translation>
    </message>
    <message>
        <source>Only contacts with no consent and no other lawful basis on record</source>
        <translation>Solo los contactos sin consentimiento ni otra base jurídica registrada</translation>
    </message>
    <message>
        <source>Only contacts with a consent that runs out within 30 days: ask them again</source>
        <translation>Solo los contactos con un consentimiento que caduca en los próximos 30 días: vuelva a preguntarles</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nuevo contacto</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>&amp;Guardar contacto</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Every contact has a lawful basis on record.</source>
        <translation>Todos los contactos tienen una base jurídica registrada.</translation>
    </message>
    <message>
        <source>1 contact without a lawful basis</source>
        <translation>1 contacto sin base jurídica</translation>
    </message>
    <message>
        <source>{0}{1} contacts without a lawful basis</source>
        <translation>{0}{1} contactos sin base jurídica</translation>
    </message>
    <message>
        <source>No consent runs out within 30 days.</source>
        <translation>Ningún consentimiento caduca en los próximos 30 días.</translation>
    </message>
    <message>
        <source>1 contact with a consent running out</source>
        <translation>1 contacto con un consentimiento por caducar</translation>
    </message>
    <message>
        <source>{0}{1} contacts with a consent running out</source>
        <translation>{0}{1} contactos con un consentimiento por caducar</translation>
    </message>
    <message>
        <source>No contact matches “{0}”.</source>
        <translation>Ningún contacto coincide con «{0}».</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 coincidencia</translation>
    </message>
    <message>
        <source>{0}{1} matches</source>
        <translation>{0}{1} coincidencias</translation>
    </message>
    <message>
        <source>{0}+ contacts</source>
        <translation>{0}+ contactos</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 contacto</translation>
    </message>
    <message>
        <source>{0:,} contacts</source>
        <translation>{0:,} contactos</translation>
    </message>
    <message>
        <source>1 possible duplicate to review</source>
        <translation>1 posible duplicado por revisar</translation>
    </message>
    <message>
        <source>{0} possible duplicates to review</source>
        <translation>{0} posibles duplicados por revisar</translation>
    </message>
    <message>
        <source>Clear the filter to search</source>
        <translation>Quite el filtro para buscar</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a crmdesk vault</source>
        <translation>Crear una bóveda de crmdesk</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Creando la bóveda cifrada…</translation>
    </message>
    <message>
        <source>Vault not created</source>
        <translation>No se ha creado la bóveda</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Abriendo la bóveda…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Who restores it</source>
        <translation>Quién la restaura</translation>
    </message>
    <message>
        <source>The passphrase of an owner or admin who was a user of the vault when the backup was made.</source>
        <translation>La frase de contraseña de un propietario o administrador que era usuario de la bóveda cuando se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>only if this account uses an authenticator app</source>
        <translation>solo si esta cuenta usa una aplicación de autenticación</translation>
    </message>
    <message>
        <source>I understand that the vault I am using now will be replaced (its safety copy stays beside it).</source>
        <translation>Entiendo que la bóveda que estoy usando ahora será sustituida (su copia de resguardo se queda junto a ella).</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nombre de usuario:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Código del autenticador:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>p. ej., {example}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Elegir el día en un calendario</translation>
    </message>
    <message>
        <source>Type the day, e.g. {example}.</source>
        <translation>Escriba el día, p. ej., {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day and a time; type them as {example} 14:30.</source>
        <translation>«{text}» no es un día con hora; escríbalos como {example} 14:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day; type it as {example}.</source>
        <translation>«{text}» no es un día; escríbalo como {example}.</translation>
    </message>
    <message>
        <source>Add the time of day after the day, as in {example} 14:30.</source>
        <translation>Añada la hora después del día, como en {example} 14:30.</translation>
    </message>
    <message>
        <source>{day} is still to come; type a day that has passed.</source>
        <translation>El {day} todavía no ha llegado; escriba un día pasado.</translation>
    </message>
    <message>
        <source>{day} is too early; the earliest day is {earliest}.</source>
        <translation>El {day} es demasiado pronto; el primer día posible es el {earliest}.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurar una copia de seguridad</translation>
    </message>
    <message>
        <source>{0}, made {1}: {2} contacts, {3} users.</source>
        <translation>{0}, creada el {1}: {2} contactos, {3} usuarios.</translation>
    </message>
    <message>
        <source>As a new vault in this folder:</source>
        <translation>Como bóveda nueva en esta carpeta:</translation>
    </message>
    <message>
        <source>Over the vault I am using now</source>
        <translation>Sobre la bóveda que estoy usando ahora</translation>
    </message>
    <message>
        <source>Folder of the restored vault</source>
        <translation>Carpeta de la bóveda restaurada</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The vault you have open is moved aside as a safety copy, not deleted. Everything entered since the backup was made is then only in that copy.</source>
        <translation>La bóveda que tiene abierta se aparta como copia de resguardo, no se elimina. Todo lo introducido desde que se hizo la copia de seguridad quedará solo en esa copia de resguardo.</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Restaurar como</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Bóveda de crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Give the folder for the restored vault.</source>
        <translation>Indique la carpeta de la bóveda restaurada.</translation>
    </message>
    <message>
        <source>{0} already exists; choose a new name.</source>
        <translation>{0} ya existe; elija un nombre nuevo.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>La carpeta {0} no existe.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>Le damos la bienvenida a crmdesk</translation>
    </message>
    <message>
        <source>Your customer data will live in an encrypted vault on this computer. First, who is it for?</source>
        <translation>Los datos de sus clientes se guardarán en una bóveda cifrada en este equipo. Primero, ¿para quién es?</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>p. ej., Panadería Sol</translation>
    </message>
    <message>
        <source>optional, e.g. Maria Sonne</source>
        <translation>opcional; p. ej., María Sol</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code</source>
        <translation>El país de los números de teléfono escritos sin +prefijo internacional</translation>
    </message>
    <message>
        <source>The vault will be created at:</source>
        <translation>La bóveda se creará en:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>Owner&apos;s user name:</source>
        <translation>Nombre de usuario del propietario:</translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation>Nombre completo del propietario:</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>País (para los números de teléfono):</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Posibles duplicados</translation>
    </message>
    <message>
        <source>Each pair shares an e-mail address, a phone number (a family&apos;s home phone, a shop&apos;s landline, or one person written two ways), or a name and a town, or was added again on purpose. Merge them only if they are one person; the merged contact keeps both histories.</source>
        <translation>Cada pareja comparte una dirección de correo electrónico, un número de teléfono (el fijo de una familia, el de una tienda o una misma persona escrita de dos formas), o un nombre y una localidad, o se añadió de nuevo a propósito. Fusiónelos solo si son la misma persona; el contacto fusionado conserva ambos historiales.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Fusionar…</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Personas distintas</translation>
    </message>
    <message>
        <source>Looking through the vault…</source>
        <translation>Revisando la bóveda…</translation>
    </message>
    <message>
        <source>Found 1 new pair.</source>
        <translation>Se ha encontrado 1 pareja nueva.</translation>
    </message>
    <message>
        <source>Found {0} new pairs.</source>
        <translation>Se han encontrado {0} parejas nuevas.</translation>
    </message>
    <message>
        <source>Looked through the vault: nothing new.</source>
        <translation>Bóveda revisada: nada nuevo.</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>No hay nada pendiente de revisión.</translation>
    </message>
    <message>
        <source>Merged into {0}.</source>
        <translation>Fusionado en {0}.</translation>
    </message>
    <message>
        <source>Noted: they are different people.</source>
        <translation>Anotado: son personas distintas.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the access report — {0}</source>
        <translation>Exportar el informe de acceso — {0}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>The person&apos;s language (on their contact), else the shop&apos;s (Settings)</source>
        <translation>El idioma de la persona (en su contacto) o, si no, el de la tienda (Configuración)</translation>
    </message>
    <message>
        <source>The shop&apos;s postal address is empty, so the letter has no sender; fill it in under Settings → The shop as controller first, or export anyway.</source>
        <translation>La dirección postal de la tienda está vacía, así que la carta no tiene remitente; rellénela primero en Configuración → La tienda como responsable del tratamiento, o exporte de todos modos.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>Contraseña del PDF:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Idioma:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>The PDF letter and the data as JSON go into the folder. A password protects the PDF; give it to the person separately (leave both fields empty for none).</source>
        <translation>La carta en PDF y los datos en JSON se guardan en la carpeta. Una contraseña protege el PDF; comuníquesela a la persona por separado (deje ambos campos vacíos para no usar ninguna).</translation>
    </message>
    <message>
        <source>Folder for the access report</source>
        <translation>Carpeta para el informe de acceso</translation>
    </message>
    <message>
        <source>No password: anyone with the file can read it.</source>
        <translation>Sin contraseña: cualquiera que tenga el archivo podrá leerlo.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Las dos contraseñas no coinciden; escriba la misma dos veces.</translation>
    </message>
    <message>
        <source>The password is shorter than {0} characters; choose a longer one.</source>
        <translation>La contraseña tiene menos de {0} caracteres; elija una más larga.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>line {0}: added {1} ({2})</source>
        <translation>línea {0}: se añadió {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: merged {1} ({2})</source>
        <translation>línea {0}: se fusionó {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: skipped {1} ({2})</source>
        <translation>línea {0}: se omitió {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: added {1}</source>
        <translation>línea {0}: se añadió {1}</translation>
    </message>
    <message>
        <source>line {0}: merged {1}</source>
        <translation>línea {0}: se fusionó {1}</translation>
    </message>
    <message>
        <source>line {0}: skipped {1}</source>
        <translation>línea {0}: se omitió {1}</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Elegir archivo…</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or a spreadsheet, or vCard (.vcf).</source>
        <translation>CSV de Google Contactos, Outlook o una hoja de cálculo, o vCard (.vcf).</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Columnas del archivo y campos que rellenan</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Va a</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Las primeras filas tal como se importarían</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>merge into the existing contact</source>
        <translation>fusionar con el contacto existente</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>omitir la fila</translation>
    </message>
    <message>
        <source>import as a new contact</source>
        <translation>importar como contacto nuevo</translation>
    </message>
    <message>
        <source>where these contacts came from, e.g. old customer list</source>
        <translation>de dónde proceden estos contactos, p. ej., antigua lista de clientes</translation>
    </message>
    <message>
        <source>none yet — find them later with “Without lawful basis”</source>
        <translation>ninguna por ahora: encuéntrelos después con «Sin base jurídica»</translation>
    </message>
    <message>
        <source>The purpose whose lawful basis applies to everyone in this file: recorded for each contact with method “imported” and the source as its note. Consent is not offered: it is captured one person at a time, with its evidence</source>
        <translation>La finalidad cuya base jurídica se aplica a todas las personas de este archivo: se registra para cada contacto con el método «importado» y el origen como nota. No se ofrece el consentimiento: se recoge persona a persona, con sus pruebas</translation>
    </message>
    <message>
        <source>recognised from the file</source>
        <translation>detectado en el archivo</translation>
    </message>
    <message>
        <source>Names with wrong letters (Iksiñski for Iksiński, Ã¼ for ü)? The file did not say its character set and another was assumed: choose the one it was written in; the rows above show the result</source>
        <translation>¿Nombres con letras incorrectas (Iksiñski en lugar de Iksiński, Ã¼ en lugar de ü)? El archivo no indicaba su juego de caracteres y se supuso otro: elija aquel en el que se escribió; las filas de arriba muestran el resultado</translation>
    </message>
    <message>
        <source>What the import did, row by row</source>
        <translation>Lo que hizo la importación, fila a fila</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Comprobar (simulación)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Same e-mail or phone as a known contact:</source>
        <translation>Mismo correo o teléfono que un contacto existente:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Origen:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Base jurídica:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Juego de caracteres:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>First rows as they will be imported</source>
        <translation>Primeras filas tal como se importarán</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Leyendo {0}…</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3} contacts</source>
        <translation>{0}: {1}, {2}, {3} contactos</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>importado de {0}</translation>
    </message>
    <message>
        <source>line {0}: skipped ({1})</source>
        <translation>línea {0}: omitida ({1})</translation>
    </message>
    <message>
        <source>line {0}: note: {1}</source>
        <translation>línea {0}: nota: {1}</translation>
    </message>
    <message>
        <source>This file cannot be imported; see below.</source>
        <translation>Este archivo no se puede importar; vea los detalles abajo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>Se añadirían</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Añadidos</translation>
    </message>
    <message>
        <source>{0} {1}, merged {2}, skipped {3}.</source>
        <translation>{0}: {1}; fusionados: {2}; omitidos: {3}.</translation>
    </message>
    <message>
        <source>Lawful basis “{0}” {1} for {2} of these contacts (method: imported).</source>
        <translation>Base jurídica «{0}» {1} para {2} de estos contactos (método: importado).</translation>
    </message>
    <message>
        <source>would be recorded</source>
        <translation>se registraría</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrada</translation>
    </message>
    <message>
        <source>{0} had ended it (an objection, a contract that ran out) and keep it ended.</source>
        <translation>En {0} de ellos ya estaba finalizada (una oposición, un contrato vencido) y se mantiene así.</translation>
    </message>
    <message>
        <source>No lawful basis would be recorded; the “Without lawful basis” filter finds such contacts.</source>
        <translation>No se registraría ninguna base jurídica; el filtro «Sin base jurídica» encuentra esos contactos.</translation>
    </message>
    <message>
        <source>No lawful basis was recorded; the “Without lawful basis” filter finds them.</source>
        <translation>No se registró ninguna base jurídica; el filtro «Sin base jurídica» los encuentra.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) may be someone already in the vault; review them with “possible duplicates” on the Contacts page.</source>
        <translation>
            <numerusform>%n contacto añadido puede ser alguien que ya está en la bóveda; revíselo con «posibles duplicados» en la página Contactos.</numerusform>
            <numerusform>%n contactos añadidos pueden ser personas que ya están en la bóveda; revíselos con «posibles duplicados» en la página Contactos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Press Import to do it.</source>
        <translation>No se ha cambiado nada. Pulse Importar para hacerlo.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Deteniendo… no se importará nada.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
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
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Añadir una fila</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>{0} — crmdesk</source>
        <translation>{0} — crmdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <source>Retention sweep…</source>
        <translation>Depuración de datos…</translation>
    </message>
    <message>
        <source>Retention sweep: {0} of {1} records…</source>
        <translation>Depuración de datos: {0} de {1} registros…</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Bóveda: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>a user&apos;s name and role in the status bar</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Signed in as {0}; role: {1}</source>
        <translation>Sesión iniciada como {0}; rol: {1}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Bloquear</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Bloquear la bóveda (Ctrl+L)</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Bóveda</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Haciendo copia de seguridad…</translation>
    </message>
    <message>
        <source>{0} waiting for review</source>
        <translation>Pendientes de revisión: {0}</translation>
    </message>
    <message>
        <source>Retention proposals: open the Retention page</source>
        <translation>Propuestas de conservación: abra la página Conservación</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Idioma de la ventana</translation>
    </message>
    <message>
        <source>A contact or the settings are being edited: save or revert them first, then choose the language again.</source>
        <translation>Se está editando un contacto o la configuración: guarde o descarte primero los cambios y vuelva a elegir el idioma.</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Violación de seguridad registrada</translation>
    </message>
    <message>
        <source>{0} is in the breach log. Tell the owner now as well: the supervisory authority may have to be told within 72 hours.</source>
        <translation>{0} está en el registro de violaciones de seguridad. Avise también ahora al propietario: puede que haya que notificarla a la autoridad de control en un plazo de 72 horas.</translation>
    </message>
    <message>
        <source>{0} failed unlock tries since the last unlock.</source>
        <translation>{0} intentos de desbloqueo fallidos desde el último desbloqueo.</translation>
    </message>
    <message>
        <source>Backing up… {0}%</source>
        <translation>Haciendo copia de seguridad… {0} %</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}.</source>
        <translation>Copia de seguridad hecha y comprobada: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Se detuvo la copia de seguridad.</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Error en la copia de seguridad: {0}</translation>
    </message>
    <message>
        <source>Backup on quit</source>
        <translation>Copia de seguridad al salir</translation>
    </message>
    <message>
        <source>The backup before closing did not work: {0} Close crmdesk anyway?</source>
        <translation>La copia de seguridad previa al cierre no ha funcionado: {0} ¿Cerrar crmdesk de todos modos?</translation>
    </message>
    <message>
        <source>Open the Backups page</source>
        <translation>Abrir la página Copias de seguridad</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Haciendo copia de seguridad antes de cerrar…</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>El servidor del equipo se había restaurado desde una copia anterior; este puesto le devolvió lo que había perdido.</translation>
    </message>
    <message>
        <source>1 change received from the other desks.</source>
        <translation>1 cambio recibido de los demás puestos.</translation>
    </message>
    <message>
        <source>{0} changes received from the other desks.</source>
        <translation>{0} cambios recibidos de los demás puestos.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Not in step with the team&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Sin sincronizar con el equipo&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Retention sweep: {0} records removed.</source>
        <translation>Depuración de datos: {0} registros eliminados.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nueva bóveda…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>A&amp;brir bóveda…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importar contactos…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Exportar contactos…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Hacer &amp;copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Report a data brea&amp;ch…</source>
        <translation>Informar de una &amp;violación de seguridad…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Contacto</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Registrar &amp;consentimiento…</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Nueva &amp;solicitud…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Posibles &amp;duplicados…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atajos de teclado</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>Acerca &amp;de crmdesk</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nueva bóveda</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Bóveda de crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Open a vault (a NAME.crmvault folder)</source>
        <translation>Abrir una bóveda (una carpeta NOMBRE.crmvault)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Exportar contactos</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>Hoja de cálculo (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Name the file .csv (spreadsheet) or .vcf (vCard).</source>
        <translation>Ponga al archivo la extensión .csv (hoja de cálculo) o .vcf (vCard).</translation>
    </message>
    <message>
        <source>Exported {0} contacts to {1}. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>Se han exportado {0} contactos a {1}. El archivo no está cifrado; guárdelo en un lugar seguro y elimínelo cuando termine.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Elija primero un contacto.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>in a search: go to the results; in a dialog: its main button</source>
        <translation>en una búsqueda: ir a los resultados; en un diálogo: su botón principal</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close a dialog (it asks first when something would be lost)</source>
        <translation>cerrar un diálogo (antes pregunta si se fuera a perder algo)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Supr</translation>
    </message>
    <message>
        <source>in the contact list: delete the selected contact</source>
        <translation>en la lista de contactos: eliminar el contacto seleccionado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>Acerca de crmdesk</translation>
    </message>
    <message>
        <source>Customer records in an encrypted vault on this computer, with consent, data subject requests, retention and backups.</source>
        <translation>Registros de clientes en una bóveda cifrada en este equipo, con consentimientos, solicitudes de los interesados, conservación y copias de seguridad.</translation>
    </message>
    <message>
        <source>Vault: {vault}
Log (no personal data): {log}</source>
        <translation>Bóveda: {vault}
Registro (sin datos personales): {log}</translation>
    </message>
    <message>
        <source>Show Details lists every component crmdesk is made of, with its licence.</source>
        <translation>«Mostrar detalles» enumera todos los componentes de crmdesk, con su licencia.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Carpeta de registros</translation>
    </message>
    <message>
        <source>This desktop has no file manager to open it with. The log is in {folder}.</source>
        <translation>Este escritorio no tiene un gestor de archivos con el que abrirla. El registro está en {folder}.</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>E-mail:</source>
        <translation>Correo:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Teléfono:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Sitio web:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Fusionar dos contactos</translation>
    </message>
    <message>
        <source>In the vault before</source>
        <translation>Ya en la bóveda</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Añadido después</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mail addresses, numbers, addresses, web addresses, tags and notes of both are kept, and so are their interactions, consents and requests. The contact added later then goes.</source>
        <translation>Elija el valor que se conserva donde los dos difieren. Se conservan las direcciones de correo electrónico, los números, las direcciones, las direcciones web, las etiquetas y las notas de ambos, así como sus interacciones, consentimientos y solicitudes. Después, el contacto añadido más tarde desaparece.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Fusionar</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Su nuevo código de recuperación</translation>
    </message>
    <message>
        <source>The old code no longer works. This one is shown only now: save the kit and print it, or write the code down.</source>
        <translation>El código anterior ya no funciona. Este solo se muestra ahora: guarde el kit e imprímalo, o anote el código.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nueva solicitud</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone, then pick</source>
        <translation>Escriba un nombre, correo o teléfono y elija</translation>
    </message>
    <message>
        <source>optional, e.g. asked at the counter for a copy</source>
        <translation>opcional; p. ej., pidió una copia en el mostrador</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recibida por</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Registrar</translation>
    </message>
    <message>
        <source>Due on {0}: one calendar month after receipt{1}.</source>
        <translation>Vence el {0}: un mes natural tras la recepción{1}.</translation>
    </message>
    <message>
        <source>Pick the person from the list that appears as you type.</source>
        <translation>Elija la persona en la lista que aparece mientras escribe.</translation>
    </message>
</context>
<context>
    <name>NoDataDialog</name>
    <message>
        <source>No data held</source>
        <translation>No constan datos</translation>
    </message>
    <message>
        <source>Someone asked about their data, and you think the vault holds none. Give every name, e-mail address and number they gave: crmdesk searches for each; when none finds a contact, the request is registered as answered and the reply says so. The address is used for the letter only.</source>
        <translation>Alguien ha preguntado por sus datos y usted cree que la bóveda no contiene ninguno. Indique todos los nombres, direcciones de correo electrónico y números que le dio: crmdesk busca cada uno; si ninguno encuentra un contacto, la solicitud se registra como respondida y la respuesta lo indica. La dirección solo se usa para la carta.</translation>
    </message>
    <message>
        <source>their name as they gave it</source>
        <translation>su nombre tal como lo indicó</translation>
    </message>
    <message>
        <source>one a line: names, e-mail addresses, phone numbers</source>
        <translation>uno por línea: nombres, direcciones de correo electrónico, números de teléfono</translation>
    </message>
    <message>
        <source>What to search for</source>
        <translation>Qué buscar</translation>
    </message>
    <message>
        <source>where the reply goes (not kept)</source>
        <translation>adónde va la respuesta (no se guarda)</translation>
    </message>
    <message>
        <source>Address for the reply</source>
        <translation>Dirección para la respuesta</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitante</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Recibida el</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>el idioma de la tienda</translation>
    </message>
    <message>
        <source>Reply in</source>
        <translation>Responder en</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Recibida por</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Responder a</translation>
    </message>
    <message>
        <source>Search and write the reply…</source>
        <translation>Buscar y redactar la respuesta…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Guardar la respuesta</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Documento de Word (*.docx)</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name and what to search for.</source>
        <translation>Indique el nombre del solicitante y qué buscar.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written to; choose another.</source>
        <translation>No se puede escribir en la carpeta {0}; elija otra.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>In the vault before</source>
        <translation>Ya en la bóveda</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Añadido después</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Detectado</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Language of the paper</source>
        <translation>Idioma del documento</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar en PDF…</translation>
    </message>
    <message>
        <source>Save as Word document…</source>
        <translation>Guardar en Word…</translation>
    </message>
    <message>
        <source>Save as text for the website…</source>
        <translation>Guardar texto para la web…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>{0} is in {1}.</source>
        <translation>{0} está en {1}.</translation>
    </message>
    <message>
        <source>Made from the vault each time: purposes, people and data counted, processors, retention and the security measures that are on. What crmdesk cannot know (a representative, other processing) is written in Settings.</source>
        <translation>Se genera a partir de la bóveda cada vez: finalidades, recuento de personas y datos, encargados del tratamiento, conservación y las medidas de seguridad activas. Lo que crmdesk no puede saber (un representante, otros tratamientos) se escribe en Configuración.</translation>
    </message>
    <message>
        <source>This is version {0}, published {1}.</source>
        <translation>Esta es la versión {0}, publicada el {1}.</translation>
    </message>
    <message>
        <source>The notice is published in the shop&apos;s language and English (Settings); this one can be saved, not published.</source>
        <translation>La información se publica en el idioma de la tienda y en inglés (Configuración); esta se puede guardar, pero no publicar.</translation>
    </message>
    <message>
        <source>This text is not published yet: publish it to keep it as a version, then put it on the website and at the counter.</source>
        <translation>Este texto aún no está publicado: publíquelo para conservarlo como versión y, después, póngalo en el sitio web y en el mostrador.</translation>
    </message>
    <message>
        <source>What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, retention and the shop&apos;s details in Settings, in the shop&apos;s language and English. What the shop wrote itself (its details, a purpose it added) stays as written.</source>
        <translation>Lo que la tienda comunica a las personas cuando recoge sus datos (art. 13), generado a partir de las finalidades, los encargados del tratamiento, la conservación y los datos de la tienda en Configuración, en el idioma de la tienda y en inglés. Lo que la tienda escribió por sí misma (sus datos, una finalidad que añadió) se mantiene tal cual.</translation>
    </message>
    <message>
        <source>Publish this version</source>
        <translation>Publicar esta versión</translation>
    </message>
    <message>
        <source>The privacy notice is published: {0}.</source>
        <translation>Se ha publicado la información sobre protección de datos: {0}.</translation>
    </message>
    <message>
        <source>{0} version {1}</source>
        <translation>{0} (versión {1})</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Repítala:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Las dos frases de contraseña no coinciden.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose the owner&apos;s passphrase</source>
        <translation>Elija la frase de contraseña del propietario</translation>
    </message>
    <message>
        <source>It unlocks the vault. Several words are easier to remember and harder to guess than one short password.</source>
        <translation>Desbloquea la bóveda. Varias palabras son más fáciles de recordar y más difíciles de adivinar que una contraseña corta.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>applied by each sweep</source>
        <translation>aplicada en cada barrido</translation>
    </message>
    <message>
        <source>proposed for review</source>
        <translation>propuesta para revisión</translation>
    </message>
    <message>
        <source>off</source>
        <translation>desactivada</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Tras</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Change {0}</source>
        <translation>Modificar {0}</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Añadir un encargado del tratamiento</translation>
    </message>
    <message>
        <source>the business, e.g. Example Mail GmbH</source>
        <translation>la empresa, p. ej., Example Mail GmbH</translation>
    </message>
    <message>
        <source>what they do for the shop, e.g. sends the newsletter</source>
        <translation>qué hace para la tienda, p. ej., envía el boletín</translation>
    </message>
    <message>
        <source>Transfer basis</source>
        <translation>Base de la transferencia</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Contrato firmado el</translation>
    </message>
    <message>
        <source>The agreement&apos;s date</source>
        <translation>Fecha del contrato</translation>
    </message>
    <message>
        <source>no scan kept</source>
        <translation>sin copia escaneada</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Elegir el escaneado…</translation>
    </message>
    <message>
        <source>Purposes they serve</source>
        <translation>Finalidades a las que sirve</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Data they get</source>
        <translation>Datos que recibe</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>No purpose ticked: they serve the whole shop (like the IT provider) and are named to everyone as a recipient.</source>
        <translation>Ninguna finalidad marcada: sirve a toda la tienda (como el proveedor informático) y figura como destinatario ante todos.</translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation>El contrato firmado</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Escaneados (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorRegister</name>
    <message>
        <source>Processors</source>
        <translation>Encargados del tratamiento</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Modificar…</translation>
    </message>
    <message>
        <source>Save the agreement…</source>
        <translation>Guardar el contrato…</translation>
    </message>
    <message>
        <source>No longer used…</source>
        <translation>Ya no se utiliza…</translation>
    </message>
    <message>
        <source>Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients to the people whose data they get; the record of processing lists them.</source>
        <translation>Empresas que tratan datos de clientes por cuenta de la tienda (art. 28). Los informes de acceso los nombran como destinatarios ante las personas cuyos datos reciben; el registro de actividades de tratamiento los enumera.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Guardar el contrato</translation>
    </message>
    <message>
        <source>{0} is in the register.</source>
        <translation>{0} figura en el registro.</translation>
    </message>
    <message>
        <source>{0} is changed.</source>
        <translation>{0} se ha modificado.</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Ya no se utiliza</translation>
    </message>
    <message>
        <source>The shop no longer uses {0}? They are no longer named as a recipient; the register keeps them in its history.</source>
        <translation>¿La tienda ya no utiliza {0}? Dejará de figurar como destinatario; el registro lo conserva en su historial.</translation>
    </message>
    <message>
        <source>{0} is retired.</source>
        <translation>{0} se ha dado de baja.</translation>
    </message>
    <message>
        <source>The agreement is in {0}.</source>
        <translation>El contrato está en {0}.</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Dónde</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Finalidades</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Contrato</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message>
        <source>, scan kept</source>
        <translation>, con escaneado</translation>
    </message>
    <message>
        <source>all</source>
        <translation>todas</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
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
        <translation>Violaciones</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Encargados</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Registro de actividades</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Aviso de privacidad</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Formación</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Protección de datos</translation>
    </message>
    <message>
        <source>The shop&apos;s data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the processors who handle customer data, the record of processing made from the vault, and the staff&apos;s briefing.</source>
        <translation>La carpeta de protección de datos de la tienda (art. 5.2 RGPD): el registro de violaciones de seguridad con su plazo de 72 horas, los encargados del tratamiento que manejan datos de clientes, el registro de actividades de tratamiento generado a partir de la bóveda y las instrucciones para el personal.</translation>
    </message>
</context>
<context>
    <name>PublishTextDialog</name>
    <message>
        <source>Publish a new text — {0}</source>
        <translation>Publicar un nuevo texto — {0}</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Published texts never change. Customers who agreed to an earlier version keep that version in their history; new consents use this one.</source>
        <translation>Los textos publicados no cambian nunca. Los clientes que aceptaron una versión anterior conservan esa versión en su historial; los nuevos consentimientos usan esta.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publicar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
<context>
    <name>PurposeBox</name>
    <message>
        <source>This purpose has no published text yet; it cannot be agreed to.</source>
        <translation>Esta finalidad aún no tiene texto publicado; no se puede aceptar.</translation>
    </message>
    <message>
        <source> — not yet written in this language</source>
        <translation> — aún no redactado en este idioma</translation>
    </message>
    <message>
        <source>version {0}, {1}{2}</source>
        <translation>versión {0}, {1}{2}</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Edit purpose</source>
        <translation>Editar finalidad</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nueva finalidad</translation>
    </message>
    <message>
        <source>e.g. loyalty-club</source>
        <translation>p. ej., club-fidelidad</translation>
    </message>
    <message>
        <source>e.g. Loyalty club</source>
        <translation>p. ej., Club de fidelidad</translation>
    </message>
    <message>
        <source>What the data is used for, in a sentence</source>
        <translation>Para qué se usan los datos, en una frase</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>sin plazo fijo</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>hasta que se retire</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>The exact words the customer agrees to</source>
        <translation>Las palabras exactas que acepta el cliente</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Se conserva durante</translation>
    </message>
    <message>
        <source>Consent lasts</source>
        <translation>Duración del consentimiento</translation>
    </message>
    <message>
        <source>Text language</source>
        <translation>Idioma del texto</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Finalidad</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Base jurídica</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Re-consent</source>
        <translation>Renovación</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguno aún</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activa</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>dada de baja</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the owner&apos;s access</source>
        <translation>Recuperar el acceso del propietario</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery kit and choose a new passphrase for the owner. Other users keep their passphrases.</source>
        <translation>Escriba el código de recuperación del kit de recuperación y elija una nueva frase de contraseña para el propietario. Los demás usuarios conservan sus frases de contraseña.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Establecer nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Código de recuperación:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Código de recuperación</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is lost, the recovery code on the printed kit is the only way back into the vault. Type it here once to be sure the kit is kept and readable; crmdesk never stores the code itself.</source>
        <translation>Si se pierde la frase de contraseña del propietario, el código de recuperación del kit impreso es la única forma de volver a entrar en la bóveda. Escríbalo aquí una vez para asegurarse de que el kit se conserva y es legible; crmdesk nunca guarda el código en sí.</translation>
    </message>
    <message>
        <source>Recovery code from the kit</source>
        <translation>Código de recuperación del kit</translation>
    </message>
    <message>
        <source>Code from the kit:</source>
        <translation>Código del kit:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Make a new code…</source>
        <translation>Generar un código nuevo…</translation>
    </message>
    <message>
        <source>The current code was confirmed on {0}.</source>
        <translation>El código actual se confirmó el {0}.</translation>
    </message>
    <message>
        <source>The current code has not been confirmed since it was made.</source>
        <translation>El código actual no se ha confirmado desde que se generó.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Comprobando el código…</translation>
    </message>
    <message>
        <source>The code is right and confirmed. Keep the kit where you keep other important papers.</source>
        <translation>El código es correcto y ha quedado confirmado. Guarde el kit donde guarde otros documentos importantes.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Generar un nuevo código de recuperación</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once, so destroy the old kit and keep the new one.</source>
        <translation>¿Generar un nuevo código de recuperación? El anterior deja de funcionar de inmediato, así que destruya el kit anterior y conserve el nuevo.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Save recovery kit (PDF)…</source>
        <translation>Guardar kit de recuperación (PDF)…</translation>
    </message>
    <message>
        <source>Open it to print</source>
        <translation>Abrirlo para imprimir</translation>
    </message>
    <message>
        <source>I have saved the kit or written the code down</source>
        <translation>He guardado el kit o he anotado el código</translation>
    </message>
    <message>
        <source>Recovery kit not saved</source>
        <translation>Kit de recuperación no guardado</translation>
    </message>
    <message>
        <source>The kit could not be written to {0} ({1}); choose another folder.</source>
        <translation>No se pudo escribir el kit en {0} ({1}); elija otra carpeta.</translation>
    </message>
    <message>
        <source>Saved to {0}. Print it and keep it somewhere safe.</source>
        <translation>Guardado en {0}. Imprímalo y guárdelo en un lugar seguro.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Su código de recuperación</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever lost, this code is the only way back in. It is shown only now.</source>
        <translation>Si alguna vez se pierde la frase de contraseña del propietario, este código es la única forma de volver a entrar. Solo se muestra ahora.</translation>
    </message>
    <message>
        <source>Remember the key on this computer (no passphrase here)</source>
        <translation>Recordar la clave en este equipo (sin frase de contraseña aquí)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>no disponible</translation>
    </message>
</context>
<context>
    <name>ReportBreachDialog</name>
    <message>
        <source>Report a data breach</source>
        <translation>Informar de una violación de seguridad</translation>
    </message>
    <message>
        <source>Personal data lost, sent to the wrong person, seen by someone who should not see it, or changed without leave: report it now. The owner has 72 hours from when it was noticed to tell the supervisory authority. A report stays in the breach log.</source>
        <translation>Datos personales perdidos, enviados a la persona equivocada, vistos por alguien que no debía verlos o modificados sin autorización: informe de ello ahora. El propietario tiene 72 horas desde que se detectó para notificarlo a la autoridad de control. El informe queda en el registro de violaciones de seguridad.</translation>
    </message>
    <message>
        <source>e.g. The laptop with the customer list was stolen from the car</source>
        <translation>p. ej., robaron del coche el portátil con la lista de clientes</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <source>as far as known, e.g. Saturday night</source>
        <translation>en la medida en que se sepa, p. ej., el sábado por la noche</translation>
    </message>
    <message>
        <source>e.g. the recipient phoned us</source>
        <translation>p. ej., nos llamó el destinatario</translation>
    </message>
    <message>
        <source>Every contact in the vault</source>
        <translation>Todos los contactos de la bóveda</translation>
    </message>
    <message>
        <source>The contacts with the tag</source>
        <translation>Los contactos con la etiqueta</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Only the contact shown on the Contacts page</source>
        <translation>Solo el contacto mostrado en la página Contactos</translation>
    </message>
    <message>
        <source>Yes: an encrypted device or file (the crmdesk vault, a protected backup), its key safe</source>
        <translation>Sí: un dispositivo o archivo cifrado (la bóveda de crmdesk, una copia de seguridad protegida), con su clave a salvo</translation>
    </message>
    <message>
        <source>No: readable (a CSV, paper, an e-mail, a screen)</source>
        <translation>No: legible (un CSV, papel, un correo electrónico, una pantalla)</translation>
    </message>
    <message>
        <source>optional: how it was protected</source>
        <translation>opcional: cómo estaba protegido</translation>
    </message>
    <message>
        <source>How it was protected</source>
        <translation>Cómo estaba protegido</translation>
    </message>
    <message>
        <source>Noticed at</source>
        <translation>Detectada el</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Ocurrió</translation>
    </message>
    <message>
        <source>Noticed how</source>
        <translation>Cómo se detectó</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>De quién son los datos</translation>
    </message>
    <message>
        <source>Was it encrypted?</source>
        <translation>¿Estaba cifrado?</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Informar</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
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
        <translation>Recepción</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Días restantes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(suprimido)</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} de retraso</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Abiertas</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Vencidas</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>Vencen en {0} días</translation>
    </message>
    <message>
        <source>Extended: tell the person why</source>
        <translation>Prorrogadas: explicar el motivo a la persona</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Qué solicitudes mostrar</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nueva solicitud…</translation>
    </message>
    <message>
        <source>No data held…</source>
        <translation>No constan datos…</translation>
    </message>
    <message>
        <source>A request from someone who is not in the vault: search, register and write the reply</source>
        <translation>Una solicitud de alguien que no está en la bóveda: buscar, registrar y redactar la respuesta</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>La solicitud seleccionada</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Verificar identidad…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Exportar informe…</translation>
    </message>
    <message>
        <source>Correct the contact…</source>
        <translation>Rectificar el contacto…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Suprimir…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Limitar el tratamiento</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Registrar oposición</translation>
    </message>
    <message>
        <source>Person told of the extension</source>
        <translation>Prórroga comunicada a la persona</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Prorrogar…</translation>
    </message>
    <message>
        <source>Close as fulfilled</source>
        <translation>Cerrar como atendida</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Denegar…</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Solicitudes de los interesados</translation>
    </message>
    <message>
        <source>When someone asks what you hold about them, or to be erased, the answer is due within one calendar month. Register the request, check who is asking, then answer it from here.</source>
        <translation>Cuando alguien pregunta qué datos tiene usted sobre él o pide que se supriman, la respuesta vence en el plazo de un mes natural. Registre la solicitud, compruebe quién la hace y respóndala desde aquí.</translation>
    </message>
    <message>
        <source>No requests here. Register one with “New request…”.</source>
        <translation>No hay solicitudes. Registre una con «Nueva solicitud…».</translation>
    </message>
    <message>
        <source>Registered {0}, due {1}.</source>
        <translation>{0} registrada; vence el {1}.</translation>
    </message>
    <message>
        <source>{0}: nothing is held about {1}; registered as answered. The reply is in {2}.</source>
        <translation>{0}: no consta nada sobre {1}; registrada como respondida. La respuesta está en {2}.</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Verificar la identidad</translation>
    </message>
    <message>
        <source>How was the identity checked? Choose, or write it in your own words:</source>
        <translation>¿Cómo se comprobó la identidad? Elija una opción o descríbalo con sus propias palabras:</translation>
    </message>
    <message>
        <source>The access report and data for {0} are in {1}. They are not encrypted by the vault; delete them once handed over.</source>
        <translation>El informe de acceso y los datos de {0} están en {1}. La bóveda no los cifra; elimínelos una vez entregados.</translation>
    </message>
    <message>
        <source>{0} verified.</source>
        <translation>{0} verificada.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Prorrogar</translation>
    </message>
    <message>
        <source>Why does it need another month? (the person is told)</source>
        <translation>¿Por qué necesita otro mes? (se le comunica a la persona)</translation>
    </message>
    <message>
        <source>{0} extended.</source>
        <translation>{0} prorrogada.</translation>
    </message>
    <message>
        <source>Recorded: the person of {0} was told of the extension.</source>
        <translation>Registrado: se comunicó la prórroga a la persona de {0}.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Why is the request refused? (the person is told)</source>
        <translation>¿Por qué se deniega la solicitud? (se le comunica a la persona)</translation>
    </message>
    <message>
        <source>{0} refused.</source>
        <translation>{0} denegada.</translation>
    </message>
    <message>
        <source>{0} fulfilled.</source>
        <translation>{0} atendida.</translation>
    </message>
    <message>
        <source>Processing is restricted; close the request when the person is told.</source>
        <translation>El tratamiento está limitado; cierre la solicitud cuando se haya informado a la persona.</translation>
    </message>
    <message>
        <source>The objection is recorded in the consent ledger.</source>
        <translation>La oposición queda anotada en el registro de consentimientos.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Suprimir</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

A tombstone, the request reference and the audit log stay, without personal data. This cannot be undone.</source>
        <translation>¿Suprimir a {0} en todas partes? Esto elimina:
{1}

Quedan una marca, la referencia de la solicitud y el registro de auditoría, sin datos personales. No se puede deshacer.</translation>
    </message>
    <message>
        <source>Erased; {0} is fulfilled.</source>
        <translation>Datos suprimidos; {0} atendida.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore — crmdesk</source>
        <translation>Restaurar — crmdesk</translation>
    </message>
    <message>
        <source>Restored {0} to {1}.</source>
        <translation>Se ha restaurado {0} en {1}.</translation>
    </message>
    <message>
        <source>The backup was restored. The vault you had open is kept as {0}. Unlock the restored vault to go on.</source>
        <translation>Se ha restaurado la copia de seguridad. La bóveda que tenía abierta se conserva como {0}. Desbloquee la bóveda restaurada para continuar.</translation>
    </message>
    <message>
        <source>The vault you had open is kept as {0}.</source>
        <translation>La bóveda que tenía abierta se conserva como {0}.</translation>
    </message>
    <message>
        <source>crmdesk locks when you close this; then unlock the restored vault.</source>
        <translation>crmdesk se bloquea al cerrar esto; después, desbloquee la bóveda restaurada.</translation>
    </message>
    <message>
        <source>1 person erased since this backup was made was erased again.</source>
        <translation>1 persona suprimida después de hacerse esta copia de seguridad se ha vuelto a suprimir.</translation>
    </message>
    <message>
        <source>{0} people erased since this backup was made were erased again.</source>
        <translation>{0} personas suprimidas después de hacerse esta copia de seguridad se han vuelto a suprimir.</translation>
    </message>
    <message>
        <source>It was a desk of a team: restored into another folder, it is a desk of its own now, with its contacts. To take the place of a lost desk, join the team with a new invitation.</source>
        <translation>Era un puesto de un equipo: restaurado en otra carpeta, ahora es un puesto independiente, con sus contactos. Para ocupar el lugar de un puesto perdido, únase al equipo con una nueva invitación.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Restauración completada</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Restaurar de todos modos</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention policies</source>
        <translation>Políticas de conservación</translation>
    </message>
    <message>
        <source>applied by each sweep</source>
        <translation>aplicada en cada depuración</translation>
    </message>
    <message>
        <source>proposed for review first</source>
        <translation>propuesta primero para revisión</translation>
    </message>
    <message>
        <source>on</source>
        <translation>activada</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Guardar política</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>Política seleccionada</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Tras</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Modo</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Se aplica</translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation>Depurar ahora</translation>
    </message>
    <message>
        <source>Proposals waiting for review</source>
        <translation>Propuestas pendientes de revisión</translation>
    </message>
    <message>
        <source>Apply all…</source>
        <translation>Aplicar todas…</translation>
    </message>
    <message>
        <source>Apply selected…</source>
        <translation>Aplicar seleccionadas…</translation>
    </message>
    <message>
        <source>Keep selected</source>
        <translation>Conservar seleccionadas</translation>
    </message>
    <message>
        <source>Decline: not proposed again until the record or the policy changes</source>
        <translation>Rechazar: no se vuelve a proponer hasta que cambie el registro o la política</translation>
    </message>
    <message>
        <source>Waiting for review (from the last sweep)</source>
        <translation>Pendientes de revisión (de la última depuración)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Conservación</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. These policies say what goes and when; crmdesk sweeps after each unlock and then regularly. Erasing and anonymising wait here for your review unless you set them to apply by themselves. Nothing on legal hold or restricted is touched.</source>
        <translation>Los datos personales no se conservan más tiempo del necesario. Estas políticas indican qué se elimina y cuándo; crmdesk hace una depuración tras cada desbloqueo y después periódicamente. Las supresiones y anonimizaciones esperan aquí a que usted las revise, salvo que las configure para aplicarse automáticamente. No se toca nada que esté en retención legal o con el tratamiento limitado.</translation>
    </message>
    <message>
        <source>Sweeps run in the window of an owner or admin, or from cron.</source>
        <translation>Las depuraciones se ejecutan en la ventana de un propietario o administrador, o desde cron.</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Depurando…</translation>
    </message>
    <message>
        <source>Next sweep: {0}</source>
        <translation>Próxima depuración: {0}</translation>
    </message>
    <message>
        <source>The first sweep starts shortly after unlock.</source>
        <translation>La primera depuración empieza poco después del desbloqueo.</translation>
    </message>
    <message>
        <source>applied {0}</source>
        <translation>aplicado: {0}</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>nada aplicado</translation>
    </message>
    <message>
        <source>; proposed {0}</source>
        <translation>; propuesto: {0}</translation>
    </message>
    <message>
        <source>Last sweeps:
</source>
        <translation>Últimas depuraciones:
</translation>
    </message>
    <message>
        <source>No sweep yet.</source>
        <translation>Aún no se ha hecho ninguna depuración.</translation>
    </message>
    <message>
        <source>Saved; the next sweep follows it.</source>
        <translation>Guardada; la próxima depuración la aplicará.</translation>
    </message>
    <message>
        <source>Carry out all {0} proposals now?</source>
        <translation>¿Ejecutar ahora las {0} propuestas?</translation>
    </message>
    <message>
        <source>Carry out the {0} selected proposals now?</source>
        <translation>¿Ejecutar ahora las {0} propuestas seleccionadas?</translation>
    </message>
    <message>
        <source>Carry out the selected proposal now?</source>
        <translation>¿Ejecutar ahora la propuesta seleccionada?</translation>
    </message>
    <message>
        <source>Apply the proposals</source>
        <translation>Aplicar las propuestas</translation>
    </message>
    <message>
        <source>Erased and anonymised contacts cannot be brought back.</source>
        <translation>Los contactos suprimidos y anonimizados no se pueden recuperar.</translation>
    </message>
    <message>
        <source>Kept {0}: not proposed again until the record or the policy changes.</source>
        <translation>Se conserva: {0}. No se volverá a proponer hasta que cambie el registro o la política.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 registro</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>{0} registros</translation>
    </message>
    <message>
        <source>Applied: {0}.</source>
        <translation>Aplicado: {0}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>{0} no longer due (a new consent or basis, a hold, a changed policy) were left alone.</source>
        <translation>Sin cambios, porque ya no procedía (un nuevo consentimiento o base jurídica, una retención legal, una política modificada): {0}.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Restaurando</translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Abrir la bóveda restaurada</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Comprobando la copia de seguridad y restaurándola…</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>Set a passphrase for {0}</source>
        <translation>Establecer una frase de contraseña para {0}</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Establecer frase de contraseña</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nueva frase de contraseña:</translation>
    </message>
    <message>
        <source>A key remembered on another computer for {0} stops working; they unlock with the new passphrase.</source>
        <translation>La clave recordada en otro equipo para {0} deja de funcionar; deberá desbloquear con la nueva frase de contraseña.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Postal address:</source>
        <translation>Dirección postal:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <source>Data protection contact:</source>
        <translation>Contacto de protección de datos:</translation>
    </message>
    <message>
        <source>Other recipients:</source>
        <translation>Otros destinatarios:</translation>
    </message>
    <message>
        <source>Supervisory authority:</source>
        <translation>Autoridad de control:</translation>
    </message>
    <message>
        <source>Representative in the EU:</source>
        <translation>Representante en la UE:</translation>
    </message>
    <message>
        <source>Other processing:</source>
        <translation>Otros tratamientos:</translation>
    </message>
    <message>
        <source>Street and number
Postal code and town</source>
        <translation>Calle y número
Código postal y localidad</translation>
    </message>
    <message>
        <source>e.g. info@example.com or +49 30 1234567</source>
        <translation>p. ej., info@example.com o +34 912 345 678</translation>
    </message>
    <message>
        <source>who answers data protection questions, e.g. the owner&apos;s e-mail</source>
        <translation>quién responde a las preguntas sobre protección de datos, p. ej., el correo electrónico del propietario</translation>
    </message>
    <message>
        <source>one per line, besides the processors of Data protection, e.g. Tax office (invoices)</source>
        <translation>uno por línea, además de los encargados de Protección de datos, p. ej., Agencia Tributaria (facturas)</translation>
    </message>
    <message>
        <source>e.g. the data protection authority of your state</source>
        <translation>p. ej., la Agencia Española de Protección de Datos</translation>
    </message>
    <message>
        <source>only for a shop outside the EU that serves people in it (Art. 27)</source>
        <translation>solo para una tienda de fuera de la UE que atiende a personas en ella (art. 27)</translation>
    </message>
    <message>
        <source>for the record of processing, one a line, e.g. Payroll by our tax adviser</source>
        <translation>para el registro de actividades de tratamiento, uno por línea, p. ej., Nóminas a cargo de nuestra gestoría</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Esta bóveda</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nombre del negocio:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code; changing it reads every number in the vault again</source>
        <translation>El país de los números de teléfono escritos sin +prefijo internacional; al cambiarlo se vuelven a leer todos los números de la bóveda</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>País (para los números de teléfono):</translation>
    </message>
    <message>
        <source>Country of the public holidays</source>
        <translation>País de los días festivos</translation>
    </message>
    <message>
        <source>Region of the public holidays</source>
        <translation>Región de los días festivos</translation>
    </message>
    <message>
        <source>A request due on a Saturday, a Sunday or one of these public holidays is due on the next working day (Regulation 1182/71)</source>
        <translation>Una solicitud que venza en sábado, domingo o uno de estos días festivos vence el siguiente día hábil (Reglamento 1182/71)</translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation>Días festivos:</translation>
    </message>
    <message>
        <source>The language of the shop&apos;s documents; the privacy notice is published in it and in English</source>
        <translation>El idioma de los documentos de la tienda; la información sobre protección de datos se publica en él y en inglés</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Idioma de los documentos:</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Bloquear tras una inactividad de:</translation>
    </message>
    <message>
        <source>After each unlock, and then this often, the window applies the retention policies (Retention page)</source>
        <translation>Tras cada desbloqueo, y después con esta frecuencia, la ventana aplica las políticas de conservación (página Conservación)</translation>
    </message>
    <message>
        <source>Retention sweep every:</source>
        <translation>Depuración de datos cada:</translation>
    </message>
    <message>
        <source>only for a new version</source>
        <translation>solo con una nueva versión</translation>
    </message>
    <message>
        <source>Staff confirm the shop&apos;s data-protection briefing again this often (Data protection → Training).</source>
        <translation>El personal vuelve a confirmar las instrucciones de protección de datos de la tienda con esta frecuencia (Protección de datos → Formación).</translation>
    </message>
    <message>
        <source>Briefing again every:</source>
        <translation>Reconfirmar instrucciones cada:</translation>
    </message>
    <message>
        <source>In letters to customers, such as access reports:</source>
        <translation>En las cartas a los clientes, como los informes de acceso:</translation>
    </message>
    <message>
        <source>Only an owner or admin can change these.</source>
        <translation>Solo un propietario o administrador puede cambiar estos ajustes.</translation>
    </message>
    <message>
        <source>Your account: {0} ({1})</source>
        <translation>Su cuenta: {0} ({1})</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Cambiar mi frase de contraseña…</translation>
    </message>
    <message>
        <source>the computer&apos;s ({0})</source>
        <translation>el del equipo ({0})</translation>
    </message>
    <message>
        <source>Kept in the vault: it follows you to any desk</source>
        <translation>Se guarda en la bóveda: le acompaña en cualquier puesto</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Idioma de la ventana:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>How this vault behaves for everyone, and your own account on this computer.</source>
        <translation>Cómo se comporta esta bóveda para todos, y su propia cuenta en este equipo.</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>todo el país</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Desactivar autenticador…</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Configurar autenticador…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este equipo</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Comprobando el llavero de este equipo…</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Olvidar en este equipo</translation>
    </message>
    <message>
        <source>Your key is kept in this computer&apos;s keyring; no passphrase is needed here.</source>
        <translation>Su clave se guarda en el llavero de este equipo; aquí no se necesita frase de contraseña.</translation>
    </message>
    <message>
        <source>Remembering keeps your key in this computer&apos;s keyring, so anyone who can log into this computer account can open the vault as you.</source>
        <translation>Recordar guarda su clave en el llavero de este equipo, de modo que cualquiera que pueda iniciar sesión en esta cuenta del equipo podrá abrir la bóveda como usted.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Su cuenta</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Se ha cambiado su frase de contraseña.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for your account?</source>
        <translation>¿Desactivar el código del autenticador para su cuenta?</translation>
    </message>
    <message>
        <source>Unlocking now also asks for the authenticator code.</source>
        <translation>A partir de ahora, el desbloqueo también pide el código del autenticador.</translation>
    </message>
    <message>
        <source>Your key is no longer kept on this computer.</source>
        <translation>Su clave ya no se guarda en este equipo.</translation>
    </message>
    <message>
        <source>Your key is now kept in this computer&apos;s keyring.</source>
        <translation>Su clave se guarda ahora en el llavero de este equipo.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Panel de firma</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Firme aquí con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Firme aquí</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmada</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>writes it</source>
        <translation>las redacta</translation>
    </message>
    <message>
        <source>due</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>confirmado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>TeamAlarmsDialog</name>
    <message>
        <source>Alarms about audit logs</source>
        <translation>Alarmas sobre registros de auditoría</translation>
    </message>
    <message>
        <source>Each desk of the team publishes checkpoints of its audit log, and the other desks keep them. A log that went back or no longer holds an entry as the team saw it means that desk&apos;s vault was put back to an older copy, or someone with its key cut or rewrote its log.</source>
        <translation>Cada puesto del equipo publica puntos de control de su registro de auditoría, y los demás puestos los guardan. Un registro que retrocedió, o que ya no contiene una entrada tal como el equipo la vio, significa que la bóveda de ese puesto se devolvió a una copia anterior, o que alguien con su clave recortó o reescribió su registro.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmas</translation>
    </message>
    <message>
        <source>Mark as &amp;explained…</source>
        <translation>Marcar como &amp;explicada…</translation>
    </message>
    <message>
        <source>No alarm waits.</source>
        <translation>No queda ninguna alarma.</translation>
    </message>
    <message>
        <source>Mark as explained</source>
        <translation>Marcar como explicada</translation>
    </message>
    <message>
        <source>Mark alarm {0} as explained? Do so only when you know who put the desk&apos;s vault back or changed its log, and why. The audit log keeps that you did.</source>
        <translation>¿Marcar la alarma {0} como explicada? Hágalo solo si sabe quién devolvió la bóveda del puesto a una copia anterior o cambió su registro, y por qué. El registro de auditoría guarda que lo hizo usted.</translation>
    </message>
    <message>
        <source>Marked as explained.</source>
        <translation>Marcada como explicada.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Several desks</source>
        <translation>Varios puestos</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Revisar…</translation>
    </message>
    <message>
        <source>Changes both this desk and another made, and changes a rule here held back</source>
        <translation>Cambios que hicieron este puesto y otro, y cambios que una regla de aquí retuvo</translation>
    </message>
    <message>
        <source>&amp;Alarms…</source>
        <translation>&amp;Alarmas…</translation>
    </message>
    <message>
        <source>A desk&apos;s audit log that went back or was rewritten</source>
        <translation>El registro de auditoría de un puesto que retrocedió o se reescribió</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>Sincroni&amp;zar ahora</translation>
    </message>
    <message>
        <source>Last exchange:</source>
        <translation>Último intercambio:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Pendiente de envío:</translation>
    </message>
    <message>
        <source>For review:</source>
        <translation>Por revisar:</translation>
    </message>
    <message>
        <source>Audit log alarms:</source>
        <translation>Alarmas del registro de auditoría:</translation>
    </message>
    <message>
        <source>This vault is a desk of its own. To share one customer list among several desks through the shop&apos;s PostgreSQL server, set up a team from the command line: crmdesk team init (README, Several desks).</source>
        <translation>Esta bóveda es un puesto independiente. Para compartir una lista de clientes entre varios puestos a través del servidor PostgreSQL del negocio, cree un equipo desde la línea de órdenes: crmdesk team init (README, Several desks).</translation>
    </message>
    <message>
        <source>Desk {0} of the team on {1}.</source>
        <translation>Puesto {0} del equipo en {1}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 alarma</translation>
    </message>
    <message>
        <source>{0} alarms</source>
        <translation>{0} alarmas</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>{0} cambios</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message>
        <source>Sent {0}, received {1}.</source>
        <translation>Enviados {0}, recibidos {1}.</translation>
    </message>
    <message>
        <source>Also sent {0} and received {1} consent entries, interactions and purposes.</source>
        <translation>Además, se enviaron {0} y se recibieron {1} entradas de consentimiento, interacciones y finalidades.</translation>
    </message>
    <message>
        <source>1 change for review.</source>
        <translation>1 cambio por revisar.</translation>
    </message>
    <message>
        <source>{0} changes for review.</source>
        <translation>{0} cambios por revisar.</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>El servidor del equipo se había restaurado desde una copia anterior; este puesto le devolvió lo que había perdido.</translation>
    </message>
    <message>
        <source>The audit log of a desk went back or was rewritten: see the alarms.</source>
        <translation>El registro de auditoría de un puesto retrocedió o se reescribió: vea las alarmas.</translation>
    </message>
    <message>
        <source>1 contact too large to send: shorten its notes.</source>
        <translation>1 contacto demasiado grande para enviarlo: acorte sus notas.</translation>
    </message>
    <message>
        <source>{0} contacts too large to send: shorten their notes.</source>
        <translation>{0} contactos demasiado grandes para enviarlos: acorte sus notas.</translation>
    </message>
</context>
<context>
    <name>TeamReviewDialog</name>
    <message>
        <source>Changes for review</source>
        <translation>Cambios por revisar</translation>
    </message>
    <message>
        <source>Where this desk and another changed the same field, the team&apos;s value is in the contact and this desk&apos;s was kept here. A change a rule here held back is applied only when you take it, and only once the rule allows it.</source>
        <translation>Donde este puesto y otro cambiaron el mismo campo, el valor del equipo está en el contacto y el de este puesto se guardó aquí. Un cambio que una regla de aquí retuvo solo se aplica cuando usted lo toma, y solo cuando la regla lo permite.</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s</source>
        <translation>Tomar la del &amp;equipo</translation>
    </message>
    <message>
        <source>Take this &amp;desk&apos;s</source>
        <translation>Tomar la de este &amp;puesto</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>&amp;Anotado</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
</context>
<context>
    <name>TeamReviewModel</name>
    <message>
        <source>the whole change (a rule here held it back)</source>
        <translation>todo el cambio (una regla de aquí lo retuvo)</translation>
    </message>
    <message>
        <source>merged into another contact at another desk</source>
        <translation>fusionado con otro contacto en otro puesto</translation>
    </message>
    <message>
        <source>erased at another desk (a legal hold here kept them)</source>
        <translation>borrado en otro puesto (una retención legal de aquí lo conservó)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>The team&apos;s (in the contact)</source>
        <translation>Del equipo (en el contacto)</translation>
    </message>
    <message>
        <source>This desk&apos;s (kept)</source>
        <translation>De este puesto (guardado)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Synchronising with the team failed; details are in the log.</source>
        <translation>La sincronización con el equipo falló; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>What needs doing, and how the shop stands. Each card opens the place to act.</source>
        <translation>Lo que hay que hacer y cómo está la tienda. Cada tarjeta abre el lugar donde actuar.</translation>
    </message>
    <message>
        <source>1 thing needs doing.</source>
        <translation>Hay 1 tarea pendiente.</translation>
    </message>
    <message>
        <source>{0} things need doing.</source>
        <translation>Hay {0} tareas pendientes.</translation>
    </message>
    <message>
        <source>All is well: nothing needs doing today.</source>
        <translation>Todo en orden: hoy no hay nada pendiente.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Authenticator for {0}</source>
        <translation>Autenticador para {0}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Activar</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator), then type the 6-digit code it shows.</source>
        <translation>Escanee este código con una aplicación de autenticación (por ejemplo, FreeOTP, Aegis, Google Authenticator) y escriba el código de 6 dígitos que muestre.</translation>
    </message>
    <message>
        <source>Or type this secret: </source>
        <translation>O escriba este secreto: </translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Código de la aplicación:</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>The briefing in force</source>
        <translation>Las instrucciones vigentes</translation>
    </message>
    <message>
        <source>Who confirmed the briefing</source>
        <translation>Quién confirmó las instrucciones</translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Publicar una nueva versión…</translation>
    </message>
    <message>
        <source>Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new version is published; until then crmdesk holds back the customers&apos; data from them. Version {1}, published {2}. {3}</source>
        <translation>Todos los usuarios salvo el propietario confirman estas instrucciones en su primer inicio de sesión, de nuevo {0} y cuando se publica una nueva versión; hasta entonces, crmdesk no les muestra los datos de los clientes. Versión {1}, publicada el {2}. {3}</translation>
    </message>
    <message>
        <source>{0} due.</source>
        <translation>Pendientes: {0}.</translation>
    </message>
    <message>
        <source>Nobody is due.</source>
        <translation>No hay nadie pendiente.</translation>
    </message>
    <message>
        <source>Publish a new version</source>
        <translation>Publicar una nueva versión</translation>
    </message>
    <message>
        <source>The shop&apos;s rules for its staff; everyone but the owner confirms them again:</source>
        <translation>Las normas de la tienda para su personal; todos salvo el propietario vuelven a confirmarlas:</translation>
    </message>
    <message>
        <source>Version {0} is in force; everyone but the owner confirms it at their next sign-in.</source>
        <translation>La versión {0} está vigente; todos salvo el propietario la confirman en su próximo inicio de sesión.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Algo ha fallado</translation>
    </message>
    <message>
        <source>crmdesk met an error it did not expect, and stopped what it was doing; what was saved before is safe; {where}.</source>
        <translation>crmdesk encontró un error inesperado y detuvo lo que estaba haciendo; lo guardado antes está a salvo; {where}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {0} — crmdesk</source>
        <translation>Desbloquear {0} — crmdesk</translation>
    </message>
    <message>
        <source>Unlock the vault “{0}”</source>
        <translation>Desbloquear la bóveda «{0}»</translation>
    </message>
    <message>
        <source>leave empty for the owner</source>
        <translation>déjelo vacío para el propietario</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>código de 6 dígitos de su aplicación de autenticación</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Código del autenticador</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Código:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Recordar en este equipo</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Usuario:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Frase de contraseña:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>He olvidado la frase de contraseña…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Escriba su frase de contraseña.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Ya puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {0} seconds.</source>
        <translation>Demasiados intentos fallidos. Puede volver a intentarlo dentro de {0} segundos.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Último acceso</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Añadir usuario…</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>Establecer frase de contraseña…</translation>
    </message>
    <message>
        <source>Authenticator…</source>
        <translation>Autenticador…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Desactivar…</translation>
    </message>
    <message>
        <source>Recovery code…</source>
        <translation>Código de recuperación…</translation>
    </message>
    <message>
        <source>Everyone who works with the vault has their own account and passphrase. Disabling an account changes the vault&apos;s key, so that person&apos;s passphrase opens nothing any more.</source>
        <translation>Cada persona que trabaja con la bóveda tiene su propia cuenta y frase de contraseña. Al desactivar una cuenta cambia la clave de la bóveda, de modo que la frase de contraseña de esa persona ya no abre nada.</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Desactivar autenticador…</translation>
    </message>
    <message>
        <source>Added {0} as {1}.</source>
        <translation>Se ha añadido a {0} como {1}.</translation>
    </message>
    <message>
        <source>The passphrase of {0} is changed.</source>
        <translation>Se ha cambiado la frase de contraseña de {0}.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Autenticador</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for {0}?</source>
        <translation>¿Desactivar el código del autenticador para {0}?</translation>
    </message>
    <message>
        <source>Unlocking as {0} now also asks for the authenticator code.</source>
        <translation>A partir de ahora, el desbloqueo como {0} también pide el código del autenticador.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Desactivar usuario</translation>
    </message>
    <message>
        <source>Disable {0}? Their passphrase will open nothing any more; the vault&apos;s key is changed for everyone else without them noticing.</source>
        <translation>¿Desactivar a {0}? Su frase de contraseña ya no abrirá nada; la clave de la bóveda se cambia para todos los demás sin que lo noten.</translation>
    </message>
    <message>
        <source>{0} is disabled and the vault&apos;s key was changed.</source>
        <translation>Se ha desactivado a {0} y se ha cambiado la clave de la bóveda.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Waiting for another crmdesk to finish writing…</source>
        <translation>Esperando a que otra instancia de crmdesk termine de escribir…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts</source>
        <translation>Importar contactos</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Archivos de contactos (*.csv *.vcf *.vcard *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Guardar kit de recuperación</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
</TS>
