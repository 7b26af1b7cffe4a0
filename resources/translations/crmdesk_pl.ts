<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AddUserDialog</name>
    <message>
        <source>Add a user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Dodaj użytkownika</translation>
    </message>
    <message>
        <source>e.g. anna</source>
        <translation>np. anna</translation>
    </message>
    <message>
        <source>optional, e.g. Anna Berg</source>
        <translation>opcjonalnie, np. Anna Nowak</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Full name:</source>
        <translation>Imię i nazwisko:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Rola:</translation>
    </message>
    <message>
        <source>Tell the new user this passphrase in person; they can change it later.</source>
        <translation>Przekaż nowemu użytkownikowi to hasło osobiście; może je później zmienić.</translation>
    </message>
    <message>
        <source>May: </source>
        <translation>Uprawnienia: </translation>
    </message>
</context>
<context>
    <name>AppController</name>
    <message>
        <source>New vault</source>
        <translation>Nowy sejf</translation>
    </message>
    <message>
        <source>{0} already exists; choose another name, or open it.</source>
        <translation>{0} już istnieje; wybierz inną nazwę lub otwórz istniejący sejf.</translation>
    </message>
    <message>
        <source>Open vault</source>
        <translation>Otwórz sejf</translation>
    </message>
    <message>
        <source>{0} is not a crmdesk vault; choose a folder whose name ends in .crmvault.</source>
        <translation>{0} nie jest sejfem crmdesk; wybierz folder, którego nazwa kończy się na .crmvault.</translation>
    </message>
</context>
<context>
    <name>AssessDialog</name>
    <message>
        <source>Assess {0}</source>
        <translation>Ocena naruszenia {0}</translation>
    </message>
    <message>
        <source>Tell the supervisory authority (Art. 33)</source>
        <translation>Zgłosić organowi nadzorczemu (art. 33 RODO)</translation>
    </message>
    <message>
        <source>Tell the people affected (Art. 34)</source>
        <translation>Zawiadomić osoby, których dane dotyczą (art. 34 RODO)</translation>
    </message>
    <message>
        <source>Risk to people</source>
        <translation>Ryzyko dla osób</translation>
    </message>
    <message>
        <source>Why (kept in the log)</source>
        <translation>Uzasadnienie (zapisywane w rejestrze)</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Możliwe konsekwencje</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Zastosowane środki</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>crmdesk suggests: {0}</source>
        <translation>crmdesk sugeruje: {0}</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <source>Audit log entries</source>
        <translation>Wpisy dziennika audytu</translation>
    </message>
    <message>
        <source>Check the vault</source>
        <translation>Sprawdź sejf</translation>
    </message>
    <message>
        <source>Checks the key slots, every encrypted page, the database structure and the audit chain.</source>
        <translation>Sprawdza gniazda kluczy, każdą zaszyfrowaną stronę, strukturę bazy danych i łańcuch audytu.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Every unlock, failed login, change of users or settings and key rotation, newest first. Entries name records by id and hold no customer data; each one carries the hash of the one before, so changes are detectable.</source>
        <translation>Każde odblokowanie, nieudane logowanie, zmiana użytkowników lub ustawień i rotacja klucza, od najnowszych. Wpisy wskazują rekordy tylko przez identyfikator i nie zawierają danych klientów; każdy wpis zawiera skrót poprzedniego, więc zmiany są wykrywalne.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Problems found:</source>
        <translation>Znalezione problemy:</translation>
    </message>
    <message>
        <source>The vault is intact: every check passed.</source>
        <translation>Sejf jest nienaruszony: wszystkie kontrole przebiegły pomyślnie.</translation>
    </message>
</context>
<context>
    <name>AuditTableModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>Czas (UTC)</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>BackupRunner</name>
    <message>
        <source>The rotation in Settings deleted an older backup: {0}.</source>
        <translation>Zgodnie z ustawieniami rotacji usunięto starszą kopię zapasową: {0}.</translation>
    </message>
    <message>
        <source>The rotation in Settings deleted {0} older backups: {1}.</source>
        <translation>Zgodnie z ustawieniami rotacji usunięto starsze kopie zapasowe ({0}): {1}.</translation>
    </message>
</context>
<context>
    <name>BackupTableModel</name>
    <message>
        <source>checked, good</source>
        <translation>sprawdzona, poprawna</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>USZKODZONA</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>nieczytelna</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>niesprawdzona</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Rozmiar</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last checked {0}</source>
        <translation>Ostatnio sprawdzono: {0}</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <source>Back up now</source>
        <translation>Utwórz kopię zapasową</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Where and when</source>
        <translation>Gdzie i kiedy</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Once a day, when the vault is first unlocked that day</source>
        <translation>Raz dziennie, przy pierwszym odblokowaniu sejfu danego dnia</translation>
    </message>
    <message>
        <source>When I quit crmdesk</source>
        <translation>Przy zamykaniu crmdesk</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Backup folder:</source>
        <translation>Folder kopii zapasowych:</translation>
    </message>
    <message>
        <source>Back up by itself:</source>
        <translation>Automatyczna kopia:</translation>
    </message>
    <message>
        <source>Keep the newest of the last:</source>
        <translation>Zachowuj najnowszą kopię z ostatnich:</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Sprawdź</translation>
    </message>
    <message>
        <source>Reads the whole backup: its seal, every encrypted page, the structure and the audit chain.</source>
        <translation>Odczytuje całą kopię zapasową: jej pieczęć, każdą zaszyfrowaną stronę, strukturę i łańcuch audytu.</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Przywróć…</translation>
    </message>
    <message>
        <source>Delete old backups</source>
        <translation>Usuń stare kopie</translation>
    </message>
    <message>
        <source>Deletes the backups the rotation above no longer keeps.</source>
        <translation>Usuwa kopie zapasowe, których powyższa rotacja już nie zachowuje.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>Each backup is one encrypted file holding the whole vault; without a passphrase it reveals nothing. Keep the backup folder on another drive, such as a USB stick, so a broken or stolen computer does not take your customer records with it.</source>
        <translation>Każda kopia zapasowa to jeden zaszyfrowany plik zawierający cały sejf; bez hasła niczego nie ujawnia. Trzymaj folder kopii zapasowych na innym nośniku, np. pendrivie USB, aby zepsuty lub skradziony komputer nie zabrał ze sobą danych Twoich klientów.</translation>
    </message>
    <message>
        <source>Choose the backup folder</source>
        <translation>Wybierz folder kopii zapasowych</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Backup settings</source>
        <translation>Ustawienia kopii zapasowych</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>Backed up and checked: {0}.</source>
        <translation>Utworzono i sprawdzono kopię zapasową: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped; no backup file was made.</source>
        <translation>Tworzenie kopii zapasowej zostało zatrzymane; nie utworzono pliku kopii.</translation>
    </message>
    <message>
        <source>This vault has no good backup yet.</source>
        <translation>Ten sejf nie ma jeszcze poprawnej kopii zapasowej.</translation>
    </message>
    <message>
        <source>The last good backup is from {0} ({1}).</source>
        <translation>Ostatnia poprawna kopia zapasowa pochodzi z {0} ({1}).</translation>
    </message>
    <message>
        <source>Last good backup: {0} ({1}).</source>
        <translation>Ostatnia poprawna kopia zapasowa: {0} ({1}).</translation>
    </message>
    <message>
        <source>Checking {0}…</source>
        <translation>Sprawdzanie {0}…</translation>
    </message>
    <message>
        <source>{0} is damaged:</source>
        <translation>Plik {0} jest uszkodzony:</translation>
    </message>
    <message>
        <source>{0} is intact: every check passed.</source>
        <translation>Plik {0} jest nienaruszony: wszystkie kontrole przebiegły pomyślnie.</translation>
    </message>
    <message>
        <source>Every backup here is kept by the rotation; nothing to delete.</source>
        <translation>Rotacja zachowuje wszystkie kopie zapasowe w tym folderze; nie ma nic do usunięcia.</translation>
    </message>
    <message>
        <source>Delete {0} backups that the rotation no longer keeps? The newest of each of the last {1} days, {2} weeks and {3} months stay.</source>
        <translation>Usunąć kopie zapasowe, których rotacja już nie zachowuje ({0})? Zostają najnowsze kopie z każdego z ostatnich dni ({1}), tygodni ({2}) i miesięcy ({3}).</translation>
    </message>
</context>
<context>
    <name>BreachLog</name>
    <message>
        <source>Breaches</source>
        <translation>Naruszenia</translation>
    </message>
    <message>
        <source>The selected breach</source>
        <translation>Wybrane naruszenie</translation>
    </message>
    <message>
        <source>Report a breach…</source>
        <translation>Zgłoś naruszenie…</translation>
    </message>
    <message>
        <source>Assess…</source>
        <translation>Oceń…</translation>
    </message>
    <message>
        <source>Authority told…</source>
        <translation>Zgłoszono organowi…</translation>
    </message>
    <message>
        <source>People told…</source>
        <translation>Zawiadomiono osoby…</translation>
    </message>
    <message>
        <source>Notification draft…</source>
        <translation>Projekt zgłoszenia…</translation>
    </message>
    <message>
        <source>Letters to the people…</source>
        <translation>Listy do osób…</translation>
    </message>
    <message>
        <source>No breach in the log. Report one with “Report a breach…”.</source>
        <translation>Brak naruszeń w rejestrze. Zgłoś naruszenie przyciskiem „Zgłoś naruszenie…”.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Dokument Word (*.docx)</translation>
    </message>
    <message>
        <source>{0} is in the log. Assess it now.</source>
        <translation>Naruszenie {0} jest w rejestrze. Oceń je teraz.</translation>
    </message>
    <message>
        <source>{0} assessed.</source>
        <translation>Oceniono naruszenie {0}.</translation>
    </message>
    <message>
        <source>Notification of {0}</source>
        <translation>Powiadomienie o naruszeniu {0}</translation>
    </message>
    <message>
        <source>What was sent, and how? For a late notification to the authority, why it is late:</source>
        <translation>Co wysłano i w jaki sposób? Jeśli zgłoszenie do organu jest spóźnione – z jakiego powodu:</translation>
    </message>
    <message>
        <source>Recorded: {0} had the {1} of {2}.</source>
        <translation>Zapisano powiadomienie o naruszeniu {2}: {1}, odbiorca: {0}.</translation>
    </message>
    <message>
        <source>The notification draft is in {0}.</source>
        <translation>Projekt zgłoszenia zapisano w {0}.</translation>
    </message>
    <message>
        <source>The letters are in {0}. They hold names and addresses: keep the file safe and delete it once they are sent.</source>
        <translation>Listy zapisano w {0}. Zawierają imiona, nazwiska i adresy: przechowuj plik bezpiecznie i usuń go po wysłaniu listów.</translation>
    </message>
</context>
<context>
    <name>BreachTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Discovered (UTC)</source>
        <translation>Stwierdzono (UTC)</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Ryzyko</translation>
    </message>
    <message>
        <source>Authority</source>
        <translation>Organ nadzorczy</translation>
    </message>
    <message>
        <source>People told</source>
        <translation>Zawiadomienie osób</translation>
    </message>
    <message>
        <source>not assessed</source>
        <translation>nie oceniono</translation>
    </message>
    <message>
        <source>told</source>
        <translation>zawiadomiono</translation>
    </message>
    <message>
        <source>to tell</source>
        <translation>do zawiadomienia</translation>
    </message>
</context>
<context>
    <name>BriefingDialog</name>
    <message>
        <source>Before you start</source>
        <translation>Zanim zaczniesz</translation>
    </message>
    <message>
        <source>Welcome, {0}. These are this shop&apos;s rules for its customers&apos; data. Read them; the customer list opens once you confirm them.</source>
        <translation>Witaj, {0}. Oto zasady tego sklepu dotyczące danych klientów. Przeczytaj je; lista klientów otworzy się po ich potwierdzeniu.</translation>
    </message>
    <message>
        <source>Loading the briefing…</source>
        <translation>Wczytywanie instruktażu…</translation>
    </message>
    <message>
        <source>The data-protection briefing</source>
        <translation>Instruktaż z ochrony danych</translation>
    </message>
    <message>
        <source>I have read and understood these rules</source>
        <translation>Potwierdzam zapoznanie się z tymi zasadami i ich zrozumienie</translation>
    </message>
    <message>
        <source>Confirm and continue</source>
        <translation>Potwierdź i kontynuuj</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Wyloguj</translation>
    </message>
    <message>
        <source>Version {0}, published {1}.</source>
        <translation>Wersja {0}, opublikowana {1}.</translation>
    </message>
    <message>
        <source>Recording your confirmation…</source>
        <translation>Zapisywanie potwierdzenia…</translation>
    </message>
</context>
<context>
    <name>Card</name>
    <message>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Breaches</source>
        <translation>Naruszenia</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Several desks</source>
        <translation>Kilka stanowisk</translation>
    </message>
    <message>
        <source>Open the requests</source>
        <translation>Otwórz wnioski</translation>
    </message>
    <message>
        <source>Show the contacts</source>
        <translation>Pokaż kontakty</translation>
    </message>
    <message>
        <source>Open Retention</source>
        <translation>Otwórz stronę Przechowywanie</translation>
    </message>
    <message>
        <source>Open Backups</source>
        <translation>Otwórz stronę Kopie zapasowe</translation>
    </message>
    <message>
        <source>Open Users</source>
        <translation>Otwórz stronę Użytkownicy</translation>
    </message>
    <message>
        <source>Open the audit log</source>
        <translation>Otwórz dziennik audytu</translation>
    </message>
    <message>
        <source>Review them</source>
        <translation>Sprawdź je</translation>
    </message>
    <message>
        <source>Confirm the code</source>
        <translation>Potwierdź kod</translation>
    </message>
    <message>
        <source>Open the breach log</source>
        <translation>Otwórz rejestr naruszeń</translation>
    </message>
    <message>
        <source>Open Training</source>
        <translation>Otwórz zakładkę Szkolenie</translation>
    </message>
    <message>
        <source>Show the alarms</source>
        <translation>Pokaż alarmy</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
</context>
<context>
    <name>ConsentCaptureDialog</name>
    <message>
        <source>Consent — {0}</source>
        <translation>Zgoda — {0}</translation>
    </message>
    <message>
        <source>What does {0} agree to?</source>
        <translation>Na co {0} wyraża zgodę?</translation>
    </message>
    <message>
        <source>Read each purpose with the customer. Tick only what they agree to: nothing is ticked for them. Anything not ticked is simply not recorded.</source>
        <translation>Przeczytaj z klientem każdy cel. Zaznacz tylko to, na co klient się zgadza: nic nie jest zaznaczane za niego. To, czego nie zaznaczono, po prostu nie zostanie zapisane.</translation>
    </message>
    <message>
        <source>Hand the screen to the customer</source>
        <translation>Przekaż ekran klientowi</translation>
    </message>
    <message>
        <source>Large text, only the purposes and the signature pad</source>
        <translation>Duży tekst, tylko cele i pole podpisu</translation>
    </message>
    <message>
        <source>Language of the texts:</source>
        <translation>Język treści:</translation>
    </message>
    <message>
        <source>There are no active consent purposes; an owner or admin adds them on the Consent page.</source>
        <translation>Brak aktywnych celów opartych na zgodzie; właściciel lub administrator dodaje je na stronie Zgody.</translation>
    </message>
    <message>
        <source>optional: a colleague who saw it</source>
        <translation>opcjonalnie: osoba z personelu, która była świadkiem</translation>
    </message>
    <message>
        <source>optional: e.g. form no. 17, asked at the till</source>
        <translation>opcjonalnie: np. formularz nr 17, zapytano przy kasie</translation>
    </message>
    <message>
        <source>No scan attached</source>
        <translation>Nie dołączono skanu</translation>
    </message>
    <message>
        <source>Attach a scan…</source>
        <translation>Dołącz skan…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>How it was given</source>
        <translation>Sposób wyrażenia zgody</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Sposób</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Scanned form</source>
        <translation>Zeskanowany formularz</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Wyczyść podpis</translation>
    </message>
    <message>
        <source>Signature (optional)</source>
        <translation>Podpis (opcjonalnie)</translation>
    </message>
    <message>
        <source>Done — hand back to staff</source>
        <translation>Gotowe — oddaj ekran personelowi</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Record…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>{0} ({1:,} KB)</source>
        <translation>{0} ({1:,} KB)</translation>
    </message>
    <message>
        <source>Attach a scanned form</source>
        <translation>Dołącz zeskanowany formularz</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</source>
        <translation>Skany (*.pdf *.png *.jpg *.jpeg *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Please read and tick what you agree to</source>
        <translation>Przeczytaj i zaznacz, na co się zgadzasz</translation>
    </message>
    <message>
        <source>Nothing is ticked for you. Tick a box only if you agree; you can withdraw at any time. Sign below if you like, then hand the screen back.</source>
        <translation>Nic nie jest zaznaczone za Ciebie. Zaznacz pole tylko wtedy, gdy się zgadzasz; zgodę możesz cofnąć w każdej chwili. Jeśli chcesz, podpisz się poniżej, a następnie oddaj ekran.</translation>
    </message>
    <message>
        <source>Discard consent</source>
        <translation>Porzuć zgodę</translation>
    </message>
    <message>
        <source>Close without recording? The ticks, the signature and the notes captured so far are lost.</source>
        <translation>Zamknąć bez zapisywania? Zaznaczenia, podpis i dotychczasowe notatki zostaną utracone.</translation>
    </message>
    <message>
        <source>Record for {0}:</source>
        <translation>Do zapisania dla osoby {0}:</translation>
    </message>
    <message>
        <source>  • {0} — consent given (text version {1}, {2})</source>
        <translation>  • {0} — zgoda udzielona (wersja treści {1}, {2})</translation>
    </message>
    <message>
        <source>Method: {0}</source>
        <translation>Sposób: {0}</translation>
    </message>
    <message>
        <source>Witness: {0}</source>
        <translation>Świadek: {0}</translation>
    </message>
    <message>
        <source>Signature: {0}</source>
        <translation>Podpis: {0}</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>złożony</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Scanned form: {0}</source>
        <translation>Zeskanowany formularz: {0}</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Zapisz zgodę</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Zapisywanie…</translation>
    </message>
</context>
<context>
    <name>ConsentPage</name>
    <message>
        <source>Purposes</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>New purpose…</source>
        <translation>Nowy cel…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Publish new text…</source>
        <translation>Opublikuj nową treść…</translation>
    </message>
    <message>
        <source>Retire…</source>
        <translation>Wycofaj…</translation>
    </message>
    <message>
        <source>Version and language of the text</source>
        <translation>Wersja i język treści</translation>
    </message>
    <message>
        <source>Text of the purpose</source>
        <translation>Treść celu</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Treść</translation>
    </message>
    <message>
        <source>Consent and lawful bases</source>
        <translation>Zgody i podstawy prawne</translation>
    </message>
    <message>
        <source>Every contact is processed for stated purposes, each on one lawful basis. Where the basis is consent, the customer agrees to an exact text, and crmdesk keeps which version, when and how.</source>
        <translation>Każdy kontakt jest przetwarzany w określonych celach, każdy na jednej podstawie prawnej. Gdy podstawą jest zgoda, klient zgadza się na dokładnie określoną treść, a crmdesk zapisuje, którą wersję, kiedy i w jaki sposób.</translation>
    </message>
    <message>
        <source>{0}, version {1}, published {2}</source>
        <translation>{0}, wersja {1}, opublikowana {2}</translation>
    </message>
    <message>
        <source>This purpose rests on another lawful basis; it has no consent text.</source>
        <translation>Ten cel opiera się na innej podstawie prawnej; nie ma treści zgody.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Retire purpose</source>
        <translation>Wycofaj cel</translation>
    </message>
    <message>
        <source>Stop offering “{0}”? Its history stays; consents already given can still be withdrawn, but nobody can agree to it any more.</source>
        <translation>Przestać oferować cel „{0}”? Jego historia zostaje; już udzielone zgody nadal można cofnąć, ale nikt nie może już wyrazić na niego zgody.</translation>
    </message>
</context>
<context>
    <name>ConsentsPanel</name>
    <message>
        <source>by {0}</source>
        <translation>przez {0}</translation>
    </message>
    <message>
        <source>witness {0}</source>
        <translation>świadek {0}</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Wycofaj</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Record basis</source>
        <translation>Zapisz podstawę</translation>
    </message>
    <message>
        <source>Capture consent…</source>
        <translation>Odbierz zgodę…</translation>
    </message>
    <message>
        <source>How the customer told you, for withdrawals and other changes</source>
        <translation>Jak klient Cię poinformował – dotyczy cofnięcia zgody i innych zmian</translation>
    </message>
    <message>
        <source>Changes told</source>
        <translation>Sposób zgłoszenia zmian</translation>
    </message>
    <message>
        <source>Purposes and their state</source>
        <translation>Cele i ich stan</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Consent history</source>
        <translation>Historia zgód</translation>
    </message>
    <message>
        <source>Text the customer saw</source>
        <translation>Treść przedstawiona klientowi</translation>
    </message>
    <message>
        <source>Select an entry to see the text the customer saw</source>
        <translation>Wybierz wpis, aby zobaczyć treść przedstawioną klientowi</translation>
    </message>
    <message>
        <source>Save a copy of the scan…</source>
        <translation>Zapisz kopię skanu…</translation>
    </message>
    <message>
        <source>History (oldest first)</source>
        <translation>Historia (od najstarszych)</translation>
    </message>
    <message>
        <source> until {0}</source>
        <translation> do {0}</translation>
    </message>
    <message>
        <source>⚠ No lawful basis on record: capture consent, or record the basis that applies (an order, a legal duty) before using this contact&apos;s data.</source>
        <translation>⚠ Brak odnotowanej podstawy prawnej: odbierz zgodę lub odnotuj obowiązującą podstawę (zamówienie, obowiązek prawny), zanim wykorzystasz dane tego kontaktu.</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Jeszcze nic nie zapisano.</translation>
    </message>
    <message>
        <source>Processing is restricted: no new consent until it is lifted</source>
        <translation>Przetwarzanie jest ograniczone: nowej zgody nie można odebrać, dopóki ograniczenie nie zostanie zniesione</translation>
    </message>
    <message>
        <source>Text version {0} ({1}), SHA-256 {2}</source>
        <translation>Wersja treści {0} ({1}), SHA-256 {2}</translation>
    </message>
    <message>
        <source>Save a copy of the scan ({0})…</source>
        <translation>Zapisz kopię skanu ({0})…</translation>
    </message>
    <message>
        <source>Save a copy of the scan</source>
        <translation>Zapisz kopię skanu</translation>
    </message>
    <message>
        <source>Saved to {0}. The copy is not encrypted; delete it when done.</source>
        <translation>Zapisano w {0}. Kopia nie jest zaszyfrowana; usuń ją, gdy nie będzie już potrzebna.</translation>
    </message>
    <message>
        <source>Save a copy</source>
        <translation>Zapisz kopię</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Record that {0} withdrew consent to “{1}” ({2})?</source>
        <translation>Zapisać, że {0} wycofał(a) zgodę na „{1}” ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} no longer has the basis of “{1}” ({2})?</source>
        <translation>Zapisać, że podstawa „{1}” nie dotyczy już: {0} ({2})?</translation>
    </message>
    <message>
        <source>Record that {0} has the basis of “{1}” ({2})?</source>
        <translation>Zapisać, że podstawa „{1}” dotyczy: {0} ({2})?</translation>
    </message>
    <message>
        <source>Record a change</source>
        <translation>Zapisz zmianę</translation>
    </message>
</context>
<context>
    <name>ContactDetail</name>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Cofnij zmiany</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Usuń…</translation>
    </message>
    <message>
        <source>Deleting a person is erasure: everything about them goes, only a tombstone without personal data stays</source>
        <translation>Usunięcie osoby oznacza usunięcie danych: znika wszystko, co jej dotyczy; pozostaje tylko znacznik usunięcia bez danych osobowych</translation>
    </message>
    <message>
        <source>Only an owner or admin can delete contacts.</source>
        <translation>Tylko właściciel lub administrator może usuwać kontakty.</translation>
    </message>
    <message>
        <source>Request…</source>
        <translation>Wniosek…</translation>
    </message>
    <message>
        <source>Register a request from this person: access, erasure, …</source>
        <translation>Zarejestruj wniosek tej osoby: dostęp, usunięcie danych, …</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Historia kontaktów</translation>
    </message>
    <message>
        <source>When it happened</source>
        <translation>Kiedy to było</translation>
    </message>
    <message>
        <source>What happened? e.g. Asked about wedding cakes</source>
        <translation>Co się wydarzyło? np. Pytanie o torty weselne</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Dodaj notatkę</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Lift restriction</source>
        <translation>Znieś ograniczenie</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Fill in what you know; a name or an organisation is enough.</source>
        <translation>Wypełnij to, co wiesz; wystarczy imię i nazwisko lub organizacja.</translation>
    </message>
    <message>
        <source>customer since {0}</source>
        <translation>klient od {0}</translation>
    </message>
    <message>
        <source>No contact selected</source>
        <translation>Nie wybrano kontaktu</translation>
    </message>
    <message>
        <source>Pick a contact in the list, or create a new one.</source>
        <translation>Wybierz kontakt z listy lub utwórz nowy.</translation>
    </message>
    <message>
        <source>⚠ Processing restricted (Art. 18): no changes and no new consent; exports only for this person&apos;s own request.</source>
        <translation>⚠ Przetwarzanie ograniczone (art. 18 RODO): bez zmian i bez nowych zgód; eksport wyłącznie na wniosek tej osoby.</translation>
    </message>
    <message>
        <source>⚖ Legal hold: nothing about this contact is erased while it is on.</source>
        <translation>⚖ Blokada prawna: dopóki obowiązuje, nic z danych tego kontaktu nie zostanie usunięte.</translation>
    </message>
    <message>
        <source>✎ Correcting under request {0}: saving records which fields changed in it.</source>
        <translation>✎ Sprostowanie w ramach wniosku {0}: zapisanie odnotuje we wniosku, które pola zostały zmienione.</translation>
    </message>
    <message>
        <source>Nothing logged yet.</source>
        <translation>Jeszcze nic nie zapisano.</translation>
    </message>
    <message>
        <source>Save contact</source>
        <translation>Zapisz kontakt</translation>
    </message>
    <message>
        <source>{0} Did they come back to you on their own?</source>
        <translation>{0} Czy ta osoba wróciła do Ciebie z własnej inicjatywy?</translation>
    </message>
    <message>
        <source>Delete contact</source>
        <translation>Usuń kontakt</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

Only a tombstone without personal data stays, so a later import recognises them. This cannot be undone.</source>
        <translation>Usunąć wszędzie dane: {0}? Usunięte zostaną:
{1}

Pozostanie tylko znacznik usunięcia bez danych osobowych, dzięki któremu późniejszy import rozpozna tę osobę. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Lift the restriction on {0}? Their data can then be changed and used again.</source>
        <translation>Znieść ograniczenie dla: {0}? Dane tej osoby będzie można ponownie zmieniać i wykorzystywać.</translation>
    </message>
</context>
<context>
    <name>ContactEditor</name>
    <message>
        <source>shown as given and family name</source>
        <translation>wyświetlane jako imię i nazwisko</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adres e-mail</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>mobile</source>
        <translation>komórkowy</translation>
    </message>
    <message>
        <source>home</source>
        <translation>domowy</translation>
    </message>
    <message>
        <source>work</source>
        <translation>służbowy</translation>
    </message>
    <message>
        <source>fax</source>
        <translation>faks</translation>
    </message>
    <message>
        <source>pager</source>
        <translation>pager</translation>
    </message>
    <message>
        <source>other</source>
        <translation>inny</translation>
    </message>
    <message>
        <source>street and number</source>
        <translation>ulica i numer</translation>
    </message>
    <message>
        <source>postal code</source>
        <translation>kod pocztowy</translation>
    </message>
    <message>
        <source>city</source>
        <translation>miejscowość</translation>
    </message>
    <message>
        <source>country</source>
        <translation>kraj</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Kod pocztowy</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Adres strony</translation>
    </message>
    <message>
        <source>comma-separated, e.g. VIP, Newsletter</source>
        <translation>rozdzielone przecinkami, np. VIP, Newsletter</translation>
    </message>
    <message>
        <source>where the data came from</source>
        <translation>skąd pochodzą dane</translation>
    </message>
    <message>
        <source>e.g. {date}, or {day} (no year)</source>
        <translation>np. {date} lub {day} (bez roku)</translation>
    </message>
    <message>
        <source>Day, month and year ({date}), or day and month only ({day}); 1980-04-23 is understood too</source>
        <translation>Dzień, miesiąc i rok ({date}) albo tylko dzień i miesiąc ({day}); zapis 1980-04-23 też jest rozumiany</translation>
    </message>
    <message>
        <source>e.g. {date}; empty: today</source>
        <translation>np. {date}; puste: dziś</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>język sklepu</translation>
    </message>
    <message>
        <source>The language of the letters and reports this person receives, such as the access report</source>
        <translation>Język listów i raportów, które otrzymuje ta osoba, np. raportu dostępu do danych</translation>
    </message>
    <message>
        <source>Given name:</source>
        <translation>Imię:</translation>
    </message>
    <message>
        <source>Family name:</source>
        <translation>Nazwisko:</translation>
    </message>
    <message>
        <source>Shown as:</source>
        <translation>Wyświetlana nazwa:</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Organizacja:</translation>
    </message>
    <message>
        <source>Job title:</source>
        <translation>Stanowisko:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>E-mail:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Birthday:</source>
        <translation>Data urodzenia:</translation>
    </message>
    <message>
        <source>Websites:</source>
        <translation>Strony internetowe:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Customer since:</source>
        <translation>Klient od:</translation>
    </message>
    <message>
        <source>Letters in:</source>
        <translation>Język korespondencji:</translation>
    </message>
    <message>
        <source>Write dates with day, month and year, for example {date} (a birthday without its year as {day}).</source>
        <translation>Wpisuj daty z dniem, miesiącem i rokiem, np. {date} (datę urodzenia bez roku jako {day}).</translation>
    </message>
</context>
<context>
    <name>ContactTableModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Ostatni kontakt</translation>
    </message>
    <message>
        <source>No lawful basis</source>
        <translation>Brak podstawy prawnej</translation>
    </message>
    <message>
        <source>Click to sort by this column</source>
        <translation>Kliknij, aby posortować według tej kolumny</translation>
    </message>
    <message>
        <source>No consent and no other lawful basis on record; record one before using this data.</source>
        <translation>Brak odnotowanej zgody i innej podstawy prawnej; odnotuj podstawę, zanim wykorzystasz te dane.</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <source>Search names, organisations, e-mail, phone, tags, notes…</source>
        <translation>Szukaj w imionach i nazwiskach, organizacjach, e-mailach, telefonach, tagach, notatkach…</translation>
    </message>
    <message>
        <source>Search contacts</source>
        <translation>Szukaj kontaktów</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>Nowy kontakt</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>All contacts</source>
        <translation>Wszystkie kontakty</translation>
    </message>
    <message>
        <source>Without lawful basis</source>
        <translation>Bez podstawy prawnej</translation>
    </message>
    <message>
        <source>Consent running out</source>
        <translation>Wygasające zgody</translation>
    </message>
    <message>
        <source>Only contacts with no consent and no other lawful basis on record</source>
        <translation>Tylko kontakty bez odnotowanej zgody i innej podstawy prawnej</translation>
    </message>
    <message>
        <source>Only contacts with a consent that runs out within 30 days: ask them again</source>
        <translation>Tylko kontakty, których zgoda wygasa w ciągu 30 dni: poproś o nią ponownie</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>&amp;New contact</source>
        <translation>&amp;Nowy kontakt</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Znajdź</translation>
    </message>
    <message>
        <source>&amp;Save contact</source>
        <translation>Zapi&amp;sz kontakt</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wyszukiwanie…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Every contact has a lawful basis on record.</source>
        <translation>Każdy kontakt ma odnotowaną podstawę prawną.</translation>
    </message>
    <message>
        <source>1 contact without a lawful basis</source>
        <translation>1 kontakt bez podstawy prawnej</translation>
    </message>
    <message>
        <source>{0}{1} contacts without a lawful basis</source>
        <translation>Kontakty bez podstawy prawnej: {0}{1}</translation>
    </message>
    <message>
        <source>No consent runs out within 30 days.</source>
        <translation>Żadna zgoda nie wygasa w ciągu 30 dni.</translation>
    </message>
    <message>
        <source>1 contact with a consent running out</source>
        <translation>1 kontakt z wygasającą zgodą</translation>
    </message>
    <message>
        <source>{0}{1} contacts with a consent running out</source>
        <translation>Kontakty z wygasającą zgodą: {0}{1}</translation>
    </message>
    <message>
        <source>No contact matches “{0}”.</source>
        <translation>Żaden kontakt nie pasuje do „{0}”.</translation>
    </message>
    <message>
        <source>1 match</source>
        <translation>1 wynik</translation>
    </message>
    <message>
        <source>{0}{1} matches</source>
        <translation>Wyniki: {0}{1}</translation>
    </message>
    <message>
        <source>{0}+ contacts</source>
        <translation>Kontakty: {0}+</translation>
    </message>
    <message>
        <source>1 contact</source>
        <translation>1 kontakt</translation>
    </message>
    <message>
        <source>{0:,} contacts</source>
        <translation>Kontakty: {0:,}</translation>
    </message>
    <message>
        <source>1 possible duplicate to review</source>
        <translation>1 możliwy duplikat do sprawdzenia</translation>
    </message>
    <message>
        <source>{0} possible duplicates to review</source>
        <translation>Możliwe duplikaty do sprawdzenia: {0}</translation>
    </message>
    <message>
        <source>Clear the filter to search</source>
        <translation>Wyczyść filtr, aby wyszukiwać</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <source>Create a crmdesk vault</source>
        <translation>Utwórz sejf crmdesk</translation>
    </message>
    <message>
        <source>Creating the encrypted vault…</source>
        <translation>Tworzenie zaszyfrowanego sejfu…</translation>
    </message>
    <message>
        <source>Vault not created</source>
        <translation>Nie utworzono sejfu</translation>
    </message>
    <message>
        <source>Opening the vault…</source>
        <translation>Otwieranie sejfu…</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Who restores it</source>
        <translation>Kto przywraca kopię</translation>
    </message>
    <message>
        <source>The passphrase of an owner or admin who was a user of the vault when the backup was made.</source>
        <translation>Hasło właściciela lub administratora – konta, które istniało w sejfie w chwili utworzenia kopii zapasowej.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>only if this account uses an authenticator app</source>
        <translation>tylko jeśli to konto używa aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>I understand that the vault I am using now will be replaced (its safety copy stays beside it).</source>
        <translation>Rozumiem, że używany teraz sejf zostanie zastąpiony (jego kopia bezpieczeństwa pozostanie obok).</translation>
    </message>
    <message>
        <source>User name:</source>
        <translation>Nazwa użytkownika:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Authenticator code:</source>
        <translation>Kod uwierzytelniający:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. {example}</source>
        <translation>np. {example}</translation>
    </message>
    <message>
        <source>Choose the day on a calendar</source>
        <translation>Wybierz dzień z kalendarza</translation>
    </message>
    <message>
        <source>Type the day, e.g. {example}.</source>
        <translation>Wpisz dzień, np. {example}.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day and a time; type them as {example} 14:30.</source>
        <translation>„{text}” to nie dzień z godziną; wpisz je jak {example} 14:30.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a day; type it as {example}.</source>
        <translation>„{text}” to nie dzień; wpisz go jak {example}.</translation>
    </message>
    <message>
        <source>Add the time of day after the day, as in {example} 14:30.</source>
        <translation>Dopisz godzinę po dniu, jak w {example} 14:30.</translation>
    </message>
    <message>
        <source>{day} is still to come; type a day that has passed.</source>
        <translation>{day} dopiero nadejdzie; wpisz dzień, który już minął.</translation>
    </message>
    <message>
        <source>{day} is too early; the earliest day is {earliest}.</source>
        <translation>{day} to za wcześnie; najwcześniejszy możliwy dzień to {earliest}.</translation>
    </message>
</context>
<context>
    <name>DestinationPage</name>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>{0}, made {1}: {2} contacts, {3} users.</source>
        <translation>{0}, utworzona {1}: kontakty: {2}, użytkownicy: {3}.</translation>
    </message>
    <message>
        <source>As a new vault in this folder:</source>
        <translation>Jako nowy sejf w tym folderze:</translation>
    </message>
    <message>
        <source>Over the vault I am using now</source>
        <translation>W miejsce obecnie używanego sejfu</translation>
    </message>
    <message>
        <source>Folder of the restored vault</source>
        <translation>Folder przywróconego sejfu</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>The vault you have open is moved aside as a safety copy, not deleted. Everything entered since the backup was made is then only in that copy.</source>
        <translation>Otwarty sejf zostanie przeniesiony obok jako kopia bezpieczeństwa, a nie usunięty. Wszystko, co wprowadzono od utworzenia kopii zapasowej, będzie wtedy tylko w tej kopii.</translation>
    </message>
    <message>
        <source>Restore as</source>
        <translation>Przywróć jako</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Sejf crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Give the folder for the restored vault.</source>
        <translation>Podaj folder przywracanego sejfu.</translation>
    </message>
    <message>
        <source>{0} already exists; choose a new name.</source>
        <translation>{0} już istnieje; wybierz nową nazwę.</translation>
    </message>
    <message>
        <source>The folder {0} does not exist.</source>
        <translation>Folder {0} nie istnieje.</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Welcome to crmdesk</source>
        <translation>Witamy w crmdesk</translation>
    </message>
    <message>
        <source>Your customer data will live in an encrypted vault on this computer. First, who is it for?</source>
        <translation>Dane Twoich klientów będą przechowywane w zaszyfrowanym sejfie na tym komputerze. Najpierw: dla kogo jest ten sejf?</translation>
    </message>
    <message>
        <source>e.g. Bäckerei Sonne</source>
        <translation>np. Piekarnia Słoneczko</translation>
    </message>
    <message>
        <source>optional, e.g. Maria Sonne</source>
        <translation>opcjonalnie, np. Maria Nowak</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code</source>
        <translation>Kraj numerów telefonów zapisanych bez prefiksu +kod kraju</translation>
    </message>
    <message>
        <source>The vault will be created at:</source>
        <translation>Sejf zostanie utworzony w:</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>Owner&apos;s user name:</source>
        <translation>Nazwa użytkownika właściciela:</translation>
    </message>
    <message>
        <source>Owner&apos;s full name:</source>
        <translation>Imię i nazwisko właściciela:</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Kraj (dla numerów telefonów):</translation>
    </message>
</context>
<context>
    <name>DuplicatesDialog</name>
    <message>
        <source>Possible duplicates</source>
        <translation>Możliwe duplikaty</translation>
    </message>
    <message>
        <source>Each pair shares an e-mail address, a phone number (a family&apos;s home phone, a shop&apos;s landline, or one person written two ways), or a name and a town, or was added again on purpose. Merge them only if they are one person; the merged contact keeps both histories.</source>
        <translation>Każda para ma wspólny adres e-mail, numer telefonu (domowy telefon rodziny, stacjonarny telefon sklepu albo numer jednej osoby zapisany na dwa sposoby) lub imię i nazwisko oraz miejscowość albo została celowo dodana ponownie. Scalaj je tylko wtedy, gdy to ta sama osoba; scalony kontakt zachowuje obie historie.</translation>
    </message>
    <message>
        <source>Merge…</source>
        <translation>Scal…</translation>
    </message>
    <message>
        <source>Different people</source>
        <translation>Różne osoby</translation>
    </message>
    <message>
        <source>Looking through the vault…</source>
        <translation>Przeszukiwanie sejfu…</translation>
    </message>
    <message>
        <source>Found 1 new pair.</source>
        <translation>Znaleziono 1 nową parę.</translation>
    </message>
    <message>
        <source>Found {0} new pairs.</source>
        <translation>Znaleziono nowe pary: {0}.</translation>
    </message>
    <message>
        <source>Looked through the vault: nothing new.</source>
        <translation>Przeszukano sejf: nic nowego.</translation>
    </message>
    <message>
        <source>Nothing is waiting for review.</source>
        <translation>Nic nie czeka na sprawdzenie.</translation>
    </message>
    <message>
        <source>Merged into {0}.</source>
        <translation>Scalono w: {0}.</translation>
    </message>
    <message>
        <source>Noted: they are different people.</source>
        <translation>Odnotowano: to różne osoby.</translation>
    </message>
</context>
<context>
    <name>ExportReportDialog</name>
    <message>
        <source>Export the access report — {0}</source>
        <translation>Eksport raportu dostępu do danych — {0}</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>The person&apos;s language (on their contact), else the shop&apos;s (Settings)</source>
        <translation>Język osoby (z jej kontaktu), a w razie jego braku język sklepu (Ustawienia)</translation>
    </message>
    <message>
        <source>The shop&apos;s postal address is empty, so the letter has no sender; fill it in under Settings → The shop as controller first, or export anyway.</source>
        <translation>Adres pocztowy sklepu jest pusty, więc list nie ma nadawcy; najpierw uzupełnij go w Ustawieniach → Sklep jako administrator danych albo mimo to wyeksportuj.</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Folder:</translation>
    </message>
    <message>
        <source>PDF password:</source>
        <translation>Hasło do PDF:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Język:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportuj</translation>
    </message>
    <message>
        <source>The PDF letter and the data as JSON go into the folder. A password protects the PDF; give it to the person separately (leave both fields empty for none).</source>
        <translation>List w PDF i dane w formacie JSON trafią do folderu. Hasło chroni plik PDF; przekaż je osobie oddzielnie (aby nie ustawiać hasła, pozostaw oba pola puste).</translation>
    </message>
    <message>
        <source>Folder for the access report</source>
        <translation>Folder raportu dostępu do danych</translation>
    </message>
    <message>
        <source>No password: anyone with the file can read it.</source>
        <translation>Bez hasła: każdy, kto ma plik, może go odczytać.</translation>
    </message>
    <message>
        <source>Choose a folder that exists.</source>
        <translation>Wybierz istniejący folder.</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same one twice.</source>
        <translation>Hasła się różnią; wpisz dwa razy to samo.</translation>
    </message>
    <message>
        <source>The password is shorter than {0} characters; choose a longer one.</source>
        <translation>Hasło jest krótsze niż {0} znaków; wybierz dłuższe.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>line {0}: added {1} ({2})</source>
        <translation>wiersz {0}: dodano {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: merged {1} ({2})</source>
        <translation>wiersz {0}: scalono {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: skipped {1} ({2})</source>
        <translation>wiersz {0}: pominięto {1} ({2})</translation>
    </message>
    <message>
        <source>line {0}: added {1}</source>
        <translation>wiersz {0}: dodano {1}</translation>
    </message>
    <message>
        <source>line {0}: merged {1}</source>
        <translation>wiersz {0}: scalono {1}</translation>
    </message>
    <message>
        <source>line {0}: skipped {1}</source>
        <translation>wiersz {0}: pominięto {1}</translation>
    </message>
    <message>
        <source>Import contacts</source>
        <translation>Importuj kontakty</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Wybierz plik…</translation>
    </message>
    <message>
        <source>CSV from Google Contacts, Outlook or a spreadsheet, or vCard (.vcf).</source>
        <translation>CSV z Kontaktów Google, Outlooka lub arkusza kalkulacyjnego albo vCard (.vcf).</translation>
    </message>
    <message>
        <source>Columns of the file and the fields they fill</source>
        <translation>Kolumny pliku i pola, które wypełniają</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>Kolumna w pliku</translation>
    </message>
    <message>
        <source>Goes into</source>
        <translation>Trafia do</translation>
    </message>
    <message>
        <source>The first rows as they would be imported</source>
        <translation>Pierwsze wiersze w postaci, w jakiej zostałyby zaimportowane</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organizacja</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>merge into the existing contact</source>
        <translation>scal z istniejącym kontaktem</translation>
    </message>
    <message>
        <source>skip the row</source>
        <translation>pomiń wiersz</translation>
    </message>
    <message>
        <source>import as a new contact</source>
        <translation>zaimportuj jako nowy kontakt</translation>
    </message>
    <message>
        <source>where these contacts came from, e.g. old customer list</source>
        <translation>skąd pochodzą te kontakty, np. stara lista klientów</translation>
    </message>
    <message>
        <source>none yet — find them later with “Without lawful basis”</source>
        <translation>na razie brak — znajdziesz je później filtrem „Bez podstawy prawnej”</translation>
    </message>
    <message>
        <source>The purpose whose lawful basis applies to everyone in this file: recorded for each contact with method “imported” and the source as its note. Consent is not offered: it is captured one person at a time, with its evidence</source>
        <translation>Cel, którego podstawa prawna dotyczy wszystkich osób w tym pliku: zostanie odnotowana dla każdego kontaktu ze sposobem „Import” i źródłem jako notatką. Zgoda nie jest tu dostępna: odbiera się ją od każdej osoby z osobna, wraz z dowodem</translation>
    </message>
    <message>
        <source>recognised from the file</source>
        <translation>rozpoznane z pliku</translation>
    </message>
    <message>
        <source>Names with wrong letters (Iksiñski for Iksiński, Ã¼ for ü)? The file did not say its character set and another was assumed: choose the one it was written in; the rows above show the result</source>
        <translation>Imiona i nazwiska ze złymi literami (Iksiñski zamiast Iksiński, Ã¼ zamiast ü)? Plik nie określał kodowania znaków i przyjęto inne: wybierz to, w którym go zapisano; wiersze powyżej pokazują wynik</translation>
    </message>
    <message>
        <source>What the import did, row by row</source>
        <translation>Wynik importu, wiersz po wierszu</translation>
    </message>
    <message>
        <source>Check (dry run)</source>
        <translation>Sprawdź (na próbę)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Same e-mail or phone as a known contact:</source>
        <translation>Ten sam e-mail lub telefon co istniejący kontakt:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Źródło:</translation>
    </message>
    <message>
        <source>Lawful basis:</source>
        <translation>Podstawa prawna:</translation>
    </message>
    <message>
        <source>Characters:</source>
        <translation>Kodowanie znaków:</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>First rows as they will be imported</source>
        <translation>Pierwsze wiersze w postaci, w jakiej zostaną zaimportowane</translation>
    </message>
    <message>
        <source>Reading {0}…</source>
        <translation>Odczytywanie {0}…</translation>
    </message>
    <message>
        <source>{0}: {1}, {2}, {3} contacts</source>
        <translation>{0}: {1}, {2}, kontakty: {3}</translation>
    </message>
    <message>
        <source>imported from {0}</source>
        <translation>zaimportowano z {0}</translation>
    </message>
    <message>
        <source>line {0}: skipped ({1})</source>
        <translation>wiersz {0}: pominięto ({1})</translation>
    </message>
    <message>
        <source>line {0}: note: {1}</source>
        <translation>wiersz {0}: uwaga: {1}</translation>
    </message>
    <message>
        <source>This file cannot be imported; see below.</source>
        <translation>Tego pliku nie można zaimportować; szczegóły poniżej.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Would add</source>
        <translation>Do dodania</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Dodane</translation>
    </message>
    <message>
        <source>{0} {1}, merged {2}, skipped {3}.</source>
        <translation>{0}: {1}, scalone: {2}, pominięte: {3}.</translation>
    </message>
    <message>
        <source>Lawful basis “{0}” {1} for {2} of these contacts (method: imported).</source>
        <translation>Podstawa prawna „{0}” {1} dla {2} z tych kontaktów (sposób: Import).</translation>
    </message>
    <message>
        <source>would be recorded</source>
        <translation>zostałaby odnotowana</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>została odnotowana</translation>
    </message>
    <message>
        <source>{0} had ended it (an objection, a contract that ran out) and keep it ended.</source>
        <translation>Kontakty, w których podstawa wcześniej ustała (sprzeciw, wygaśnięcie umowy), zachowują ten stan: {0}.</translation>
    </message>
    <message>
        <source>No lawful basis would be recorded; the “Without lawful basis” filter finds such contacts.</source>
        <translation>Żadna podstawa prawna nie zostałaby odnotowana; takie kontakty znajdzie filtr „Bez podstawy prawnej”.</translation>
    </message>
    <message>
        <source>No lawful basis was recorded; the “Without lawful basis” filter finds them.</source>
        <translation>Nie odnotowano podstawy prawnej; te kontakty znajdzie filtr „Bez podstawy prawnej”.</translation>
    </message>
    <message numerus="yes">
        <source>%n added contact(s) may be someone already in the vault; review them with “possible duplicates” on the Contacts page.</source>
        <translation>
            <numerusform>%n dodany kontakt może być osobą, która już jest w sejfie; sprawdź go za pomocą „Możliwe duplikaty” na stronie Kontakty.</numerusform>
            <numerusform>%n dodane kontakty mogą być osobami, które już są w sejfie; sprawdź je za pomocą „Możliwe duplikaty” na stronie Kontakty.</numerusform>
            <numerusform>%n dodanych kontaktów może być osobami, które już są w sejfie; sprawdź je za pomocą „Możliwe duplikaty” na stronie Kontakty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was changed. Press Import to do it.</source>
        <translation>Niczego nie zmieniono. Naciśnij Importuj, aby przeprowadzić import.</translation>
    </message>
    <message>
        <source>Stopping… nothing will be imported.</source>
        <translation>Zatrzymywanie… nic nie zostanie zaimportowane.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>LabelledListEdit</name>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Etykieta</translation>
    </message>
    <message>
        <source>Add a row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Usuń zaznaczony wiersz</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Zgody</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Dziennik audytu</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>{0} — crmdesk</source>
        <translation>{0} — crmdesk</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Strony</translation>
    </message>
    <message>
        <source>Retention sweep…</source>
        <translation>Przegląd przechowywania…</translation>
    </message>
    <message>
        <source>Retention sweep: {0} of {1} records…</source>
        <translation>Przegląd przechowywania: {0} z {1} wpisów…</translation>
    </message>
    <message>
        <source>Vault: {0}</source>
        <translation>Sejf: {0}</translation>
    </message>
    <message>
        <source>{0} ({1})</source>
        <comment>a user&apos;s name and role in the status bar</comment>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <source>Signed in as {0}; role: {1}</source>
        <translation>Zalogowano jako {0}; rola: {1}</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Zablokuj</translation>
    </message>
    <message>
        <source>Lock the vault (Ctrl+L)</source>
        <translation>Zablokuj sejf (Ctrl+L)</translation>
    </message>
    <message>
        <source>Vault</source>
        <translation>Sejf</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>Tworzenie kopii zapasowej…</translation>
    </message>
    <message>
        <source>{0} waiting for review</source>
        <translation>Do sprawdzenia: {0}</translation>
    </message>
    <message>
        <source>Retention proposals: open the Retention page</source>
        <translation>Propozycje z przeglądu przechowywania: otwórz stronę Przechowywanie</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Język okna</translation>
    </message>
    <message>
        <source>A contact or the settings are being edited: save or revert them first, then choose the language again.</source>
        <translation>Trwa edycja kontaktu lub ustawień: najpierw zapisz lub cofnij zmiany, a potem wybierz język ponownie.</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Zgłoszono naruszenie</translation>
    </message>
    <message>
        <source>{0} is in the breach log. Tell the owner now as well: the supervisory authority may have to be told within 72 hours.</source>
        <translation>Naruszenie {0} jest w rejestrze naruszeń. Poinformuj też od razu właściciela: zgłoszenie do organu nadzorczego może być konieczne w ciągu 72 godzin.</translation>
    </message>
    <message>
        <source>{0} failed unlock tries since the last unlock.</source>
        <translation>Nieudane próby odblokowania od ostatniego odblokowania: {0}.</translation>
    </message>
    <message>
        <source>Backing up… {0}%</source>
        <translation>Tworzenie kopii zapasowej… {0}%</translation>
    </message>
    <message>
        <source>Backup made and checked: {0}.</source>
        <translation>Utworzono i sprawdzono kopię zapasową: {0}.</translation>
    </message>
    <message>
        <source>The backup was stopped.</source>
        <translation>Tworzenie kopii zapasowej zostało zatrzymane.</translation>
    </message>
    <message>
        <source>Backup failed: {0}</source>
        <translation>Nie udało się utworzyć kopii zapasowej: {0}</translation>
    </message>
    <message>
        <source>Backup on quit</source>
        <translation>Kopia zapasowa przy zamykaniu</translation>
    </message>
    <message>
        <source>The backup before closing did not work: {0} Close crmdesk anyway?</source>
        <translation>Nie udało się utworzyć kopii zapasowej przed zamknięciem: {0} Zamknąć crmdesk mimo to?</translation>
    </message>
    <message>
        <source>Open the Backups page</source>
        <translation>Otwórz stronę Kopie zapasowe</translation>
    </message>
    <message>
        <source>Backing up before closing…</source>
        <translation>Tworzenie kopii zapasowej przed zamknięciem…</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Serwer zespołu został przywrócony ze starszej kopii; to stanowisko zwróciło mu to, co utracił.</translation>
    </message>
    <message>
        <source>1 change received from the other desks.</source>
        <translation>Odebrano 1 zmianę z innych stanowisk.</translation>
    </message>
    <message>
        <source>{0} changes received from the other desks.</source>
        <translation>Odebrano zmiany z innych stanowisk: {0}.</translation>
    </message>
    <message>
        <source>&lt;a href=&quot;settings&quot;&gt;Not in step with the team&lt;/a&gt;</source>
        <translation>&lt;a href=&quot;settings&quot;&gt;Brak synchronizacji z zespołem&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Retention sweep: {0} records removed.</source>
        <translation>Przegląd przechowywania – usunięte wpisy: {0}.</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New vault…</source>
        <translation>&amp;Nowy sejf…</translation>
    </message>
    <message>
        <source>&amp;Open vault…</source>
        <translation>&amp;Otwórz sejf…</translation>
    </message>
    <message>
        <source>&amp;Import contacts…</source>
        <translation>&amp;Importuj kontakty…</translation>
    </message>
    <message>
        <source>&amp;Export contacts…</source>
        <translation>&amp;Eksportuj kontakty…</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Utwórz kopię zapasową teraz</translation>
    </message>
    <message>
        <source>Report a data brea&amp;ch…</source>
        <translation>&amp;Zgłoś naruszenie ochrony danych…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>&amp;Contact</source>
        <translation>&amp;Kontakt</translation>
    </message>
    <message>
        <source>Record &amp;consent…</source>
        <translation>Zapisz &amp;zgodę…</translation>
    </message>
    <message>
        <source>New &amp;request…</source>
        <translation>Nowy &amp;wniosek…</translation>
    </message>
    <message>
        <source>Possible &amp;duplicates…</source>
        <translation>Możliwe &amp;duplikaty…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Otwórz folder &amp;dziennika</translation>
    </message>
    <message>
        <source>&amp;About crmdesk</source>
        <translation>&amp;O programie crmdesk</translation>
    </message>
    <message>
        <source>New vault</source>
        <translation>Nowy sejf</translation>
    </message>
    <message>
        <source>crmdesk vault (*.crmvault)</source>
        <translation>Sejf crmdesk (*.crmvault)</translation>
    </message>
    <message>
        <source>Open a vault (a NAME.crmvault folder)</source>
        <translation>Otwórz sejf (folder NAZWA.crmvault)</translation>
    </message>
    <message>
        <source>Export contacts</source>
        <translation>Eksportuj kontakty</translation>
    </message>
    <message>
        <source>Spreadsheet (*.csv);;vCard 4.0 (*.vcf)</source>
        <translation>Arkusz kalkulacyjny (*.csv);;vCard 4.0 (*.vcf)</translation>
    </message>
    <message>
        <source>Name the file .csv (spreadsheet) or .vcf (vCard).</source>
        <translation>Nadaj plikowi rozszerzenie .csv (arkusz kalkulacyjny) lub .vcf (vCard).</translation>
    </message>
    <message>
        <source>Exported {0} contacts to {1}. The file is not encrypted; keep it safe and delete it when done.</source>
        <translation>Wyeksportowano kontakty ({0}) do {1}. Plik nie jest zaszyfrowany; przechowuj go bezpiecznie i usuń, gdy nie będzie już potrzebny.</translation>
    </message>
    <message>
        <source>Choose a contact first.</source>
        <translation>Najpierw wybierz kontakt.</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Enter</translation>
    </message>
    <message>
        <source>in a search: go to the results; in a dialog: its main button</source>
        <translation>w wyszukiwaniu: przejście do wyników; w oknie dialogowym: jego główny przycisk</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>close a dialog (it asks first when something would be lost)</source>
        <translation>zamknięcie okna dialogowego (najpierw pyta, jeśli coś miałoby zostać utracone)</translation>
    </message>
    <message>
        <source>Del</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>in the contact list: delete the selected contact</source>
        <translation>na liście kontaktów: usunięcie zaznaczonego kontaktu</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>About crmdesk</source>
        <translation>O programie crmdesk</translation>
    </message>
    <message>
        <source>Customer records in an encrypted vault on this computer, with consent, data subject requests, retention and backups.</source>
        <translation>Dane klientów w zaszyfrowanym sejfie na tym komputerze – ze zgodami, wnioskami osób, których dane dotyczą, okresami przechowywania i kopiami zapasowymi.</translation>
    </message>
    <message>
        <source>Vault: {vault}
Log (no personal data): {log}</source>
        <translation>Sejf: {vault}
Dziennik (bez danych osobowych): {log}</translation>
    </message>
    <message>
        <source>Show Details lists every component crmdesk is made of, with its licence.</source>
        <translation>Przycisk „Pokaż szczegóły” wyświetla wszystkie składniki crmdesk wraz z ich licencjami.</translation>
    </message>
    <message>
        <source>Log folder</source>
        <translation>Folder dziennika</translation>
    </message>
    <message>
        <source>This desktop has no file manager to open it with. The log is in {folder}.</source>
        <translation>W tym środowisku nie ma menedżera plików, którym można by go otworzyć. Dziennik znajduje się w {folder}.</translation>
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
        <translation>Telefon:</translation>
    </message>
    <message>
        <source>Address:</source>
        <translation>Adres:</translation>
    </message>
    <message>
        <source>Website:</source>
        <translation>Strona WWW:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tagi:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notatki:</translation>
    </message>
    <message>
        <source>Merge two contacts</source>
        <translation>Scal dwa kontakty</translation>
    </message>
    <message>
        <source>In the vault before</source>
        <translation>Wcześniej w sejfie</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Dodany później</translation>
    </message>
    <message>
        <source>{0}:</source>
        <translation>{0}:</translation>
    </message>
    <message>
        <source>Choose the value to keep where the two differ. E-mail addresses, numbers, addresses, web addresses, tags and notes of both are kept, and so are their interactions, consents and requests. The contact added later then goes.</source>
        <translation>Tam, gdzie kontakty się różnią, wybierz wartość do zachowania. Adresy e-mail, numery, adresy, adresy stron, tagi i notatki obu kontaktów zostają zachowane, podobnie jak ich historia kontaktów, zgody i wnioski. Kontakt dodany później zostanie następnie usunięty.</translation>
    </message>
    <message>
        <source>Merge</source>
        <translation>Scal</translation>
    </message>
</context>
<context>
    <name>NewRecoveryCodeDialog</name>
    <message>
        <source>Your new recovery code</source>
        <translation>Twój nowy kod odzyskiwania</translation>
    </message>
    <message>
        <source>The old code no longer works. This one is shown only now: save the kit and print it, or write the code down.</source>
        <translation>Stary kod już nie działa. Nowy jest wyświetlany tylko teraz: zapisz arkusz i wydrukuj go albo zanotuj kod.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
</context>
<context>
    <name>NewRequestDialog</name>
    <message>
        <source>New request</source>
        <translation>Nowy wniosek</translation>
    </message>
    <message>
        <source>Type a name, e-mail or phone, then pick</source>
        <translation>Wpisz imię i nazwisko, e-mail lub telefon, a następnie wybierz</translation>
    </message>
    <message>
        <source>optional, e.g. asked at the counter for a copy</source>
        <translation>opcjonalnie, np. poproszono przy ladzie o kopię</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Kanał wpływu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notatka</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Zarejestruj</translation>
    </message>
    <message>
        <source>Due on {0}: one calendar month after receipt{1}.</source>
        <translation>Termin: {0} – jeden miesiąc kalendarzowy od otrzymania{1}.</translation>
    </message>
    <message>
        <source>Pick the person from the list that appears as you type.</source>
        <translation>Wybierz osobę z listy, która pojawia się podczas pisania.</translation>
    </message>
</context>
<context>
    <name>NoDataDialog</name>
    <message>
        <source>No data held</source>
        <translation>Brak danych</translation>
    </message>
    <message>
        <source>Someone asked about their data, and you think the vault holds none. Give every name, e-mail address and number they gave: crmdesk searches for each; when none finds a contact, the request is registered as answered and the reply says so. The address is used for the letter only.</source>
        <translation>Ktoś zapytał o swoje dane, a Twoim zdaniem sejf nie zawiera żadnych. Podaj każde imię i nazwisko, adres e-mail i numer, które ta osoba podała: crmdesk wyszuka każde z nich; jeśli żadne nie wskaże kontaktu, wniosek zostanie zarejestrowany jako rozpatrzony, a odpowiedź to potwierdzi. Adres służy wyłącznie do wysłania listu.</translation>
    </message>
    <message>
        <source>their name as they gave it</source>
        <translation>imię i nazwisko w podanej formie</translation>
    </message>
    <message>
        <source>one a line: names, e-mail addresses, phone numbers</source>
        <translation>po jednym w wierszu: imiona i nazwiska, adresy e-mail, numery telefonów</translation>
    </message>
    <message>
        <source>What to search for</source>
        <translation>Czego szukać</translation>
    </message>
    <message>
        <source>where the reply goes (not kept)</source>
        <translation>dokąd wysłać odpowiedź (nie jest przechowywany)</translation>
    </message>
    <message>
        <source>Address for the reply</source>
        <translation>Adres do odpowiedzi</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Wnioskodawca</translation>
    </message>
    <message>
        <source>Search for</source>
        <translation>Szukaj</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Wniosek</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>the shop&apos;s language</source>
        <translation>język sklepu</translation>
    </message>
    <message>
        <source>Reply in</source>
        <translation>Język odpowiedzi</translation>
    </message>
    <message>
        <source>Received by</source>
        <translation>Kanał wpływu</translation>
    </message>
    <message>
        <source>Reply to</source>
        <translation>Adres odpowiedzi</translation>
    </message>
    <message>
        <source>Search and write the reply…</source>
        <translation>Wyszukaj i napisz odpowiedź…</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>Zapisz odpowiedź</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;Word document (*.docx)</source>
        <translation>PDF (*.pdf);;Dokument Word (*.docx)</translation>
    </message>
    <message>
        <source>Give the requester&apos;s name and what to search for.</source>
        <translation>Podaj imię i nazwisko wnioskodawcy oraz to, czego szukać.</translation>
    </message>
    <message>
        <source>The folder {0} cannot be written to; choose another.</source>
        <translation>Nie można zapisywać w folderze {0}; wybierz inny.</translation>
    </message>
</context>
<context>
    <name>PairTableModel</name>
    <message>
        <source>In the vault before</source>
        <translation>Wcześniej w sejfie</translation>
    </message>
    <message>
        <source>Added later</source>
        <translation>Dodany później</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Znaleziono</translation>
    </message>
</context>
<context>
    <name>PaperView</name>
    <message>
        <source>Language of the paper</source>
        <translation>Język dokumentu</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Save as Word document…</source>
        <translation>Zapisz jako dokument Word…</translation>
    </message>
    <message>
        <source>Save as text for the website…</source>
        <translation>Zapisz jako tekst na stronę internetową…</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>{0} is in {1}.</source>
        <translation>{0} – zapisano w {1}.</translation>
    </message>
    <message>
        <source>Made from the vault each time: purposes, people and data counted, processors, retention and the security measures that are on. What crmdesk cannot know (a representative, other processing) is written in Settings.</source>
        <translation>Tworzony za każdym razem z danych sejfu: cele, liczba osób i kategorii danych, podmioty przetwarzające, okresy przechowywania i włączone środki bezpieczeństwa. To, czego crmdesk nie może wiedzieć (przedstawiciel, inne przetwarzanie), wpisuje się w Ustawieniach.</translation>
    </message>
    <message>
        <source>This is version {0}, published {1}.</source>
        <translation>To jest wersja {0}, opublikowana {1}.</translation>
    </message>
    <message>
        <source>The notice is published in the shop&apos;s language and English (Settings); this one can be saved, not published.</source>
        <translation>Klauzula informacyjna jest publikowana w języku sklepu i po angielsku (Ustawienia); tę wersję językową można zapisać, ale nie opublikować.</translation>
    </message>
    <message>
        <source>This text is not published yet: publish it to keep it as a version, then put it on the website and at the counter.</source>
        <translation>Ta treść nie jest jeszcze opublikowana: opublikuj ją, aby zachować ją jako wersję, a następnie umieść ją na stronie internetowej i przy ladzie.</translation>
    </message>
    <message>
        <source>What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, retention and the shop&apos;s details in Settings, in the shop&apos;s language and English. What the shop wrote itself (its details, a purpose it added) stays as written.</source>
        <translation>Informacje, które sklep przekazuje osobom przy zbieraniu ich danych (art. 13 RODO), tworzone na podstawie celów, podmiotów przetwarzających, okresów przechowywania i danych sklepu z Ustawień, w języku sklepu i po angielsku. To, co sklep napisał sam (swoje dane, dodany cel), pozostaje w oryginalnym brzmieniu.</translation>
    </message>
    <message>
        <source>Publish this version</source>
        <translation>Opublikuj tę wersję</translation>
    </message>
    <message>
        <source>The privacy notice is published: {0}.</source>
        <translation>Opublikowano klauzulę informacyjną: {0}.</translation>
    </message>
    <message>
        <source>{0} version {1}</source>
        <translation>{0} (wersja {1})</translation>
    </message>
</context>
<context>
    <name>PassphraseFields</name>
    <message>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Repeat it:</source>
        <translation>Powtórz hasło:</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hasła się różnią.</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose the owner&apos;s passphrase</source>
        <translation>Wybierz hasło właściciela</translation>
    </message>
    <message>
        <source>It unlocks the vault. Several words are easier to remember and harder to guess than one short password.</source>
        <translation>Hasło odblokowuje sejf. Kilka słów łatwiej zapamiętać i trudniej odgadnąć niż jedno krótkie hasło.</translation>
    </message>
</context>
<context>
    <name>PolicyTableModel</name>
    <message>
        <source>applied by each sweep</source>
        <translation>stosowana przy każdym przeglądzie</translation>
    </message>
    <message>
        <source>proposed for review</source>
        <translation>proponowana do przeglądu</translation>
    </message>
    <message>
        <source>off</source>
        <translation>wyłączona</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po upływie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
</context>
<context>
    <name>ProcessorDialog</name>
    <message>
        <source>Change {0}</source>
        <translation>Zmień: {0}</translation>
    </message>
    <message>
        <source>Add a processor</source>
        <translation>Dodaj podmiot przetwarzający</translation>
    </message>
    <message>
        <source>the business, e.g. Example Mail GmbH</source>
        <translation>firma, np. Przykładowa Poczta sp. z o.o.</translation>
    </message>
    <message>
        <source>what they do for the shop, e.g. sends the newsletter</source>
        <translation>co robi dla sklepu, np. wysyła newsletter</translation>
    </message>
    <message>
        <source>Transfer basis</source>
        <translation>Podstawa przekazania</translation>
    </message>
    <message>
        <source>Agreement signed on</source>
        <translation>Data podpisania umowy</translation>
    </message>
    <message>
        <source>The agreement&apos;s date</source>
        <translation>Data umowy</translation>
    </message>
    <message>
        <source>no scan kept</source>
        <translation>nie zachowano skanu</translation>
    </message>
    <message>
        <source>Choose the scan…</source>
        <translation>Wybierz skan…</translation>
    </message>
    <message>
        <source>Purposes they serve</source>
        <translation>Cele, którym służy</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Zakres działań</translation>
    </message>
    <message>
        <source>Data they get</source>
        <translation>Otrzymywane dane</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>No purpose ticked: they serve the whole shop (like the IT provider) and are named to everyone as a recipient.</source>
        <translation>Nie zaznaczono celu: podmiot obsługuje cały sklep (jak dostawca usług IT) i jest wskazywany wszystkim jako odbiorca.</translation>
    </message>
    <message>
        <source>The signed agreement</source>
        <translation>Podpisana umowa</translation>
    </message>
    <message>
        <source>Scans (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation>Skany (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Wszystkie pliki (*)</translation>
    </message>
</context>
<context>
    <name>ProcessorRegister</name>
    <message>
        <source>Processors</source>
        <translation>Podmioty przetwarzające</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Dodaj…</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Save the agreement…</source>
        <translation>Zapisz umowę…</translation>
    </message>
    <message>
        <source>No longer used…</source>
        <translation>Koniec współpracy…</translation>
    </message>
    <message>
        <source>Businesses that handle customer data for the shop (Art. 28). Access reports name them as recipients to the people whose data they get; the record of processing lists them.</source>
        <translation>Firmy, które przetwarzają dane klientów w imieniu sklepu (art. 28 RODO). Raporty dostępu do danych wymieniają je jako odbiorców osobom, których dane otrzymują; rejestr czynności przetwarzania zawiera ich listę.</translation>
    </message>
    <message>
        <source>Save the agreement</source>
        <translation>Zapisz umowę</translation>
    </message>
    <message>
        <source>{0} is in the register.</source>
        <translation>{0} – dodano do rejestru.</translation>
    </message>
    <message>
        <source>{0} is changed.</source>
        <translation>{0} – zmieniono.</translation>
    </message>
    <message>
        <source>No longer used</source>
        <translation>Koniec współpracy</translation>
    </message>
    <message>
        <source>The shop no longer uses {0}? They are no longer named as a recipient; the register keeps them in its history.</source>
        <translation>Sklep nie korzysta już z usług: {0}? Ten podmiot nie będzie już wskazywany jako odbiorca; rejestr zachowa go w swojej historii.</translation>
    </message>
    <message>
        <source>{0} is retired.</source>
        <translation>{0} – zakończono współpracę.</translation>
    </message>
    <message>
        <source>The agreement is in {0}.</source>
        <translation>Umowę zapisano w {0}.</translation>
    </message>
</context>
<context>
    <name>ProcessorTableModel</name>
    <message>
        <source>Processor</source>
        <translation>Podmiot przetwarzający</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Zakres działań</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lokalizacja</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Cele</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Umowa</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>brak daty</translation>
    </message>
    <message>
        <source>, scan kept</source>
        <translation>, zachowano skan</translation>
    </message>
    <message>
        <source>all</source>
        <translation>wszystkie</translation>
    </message>
</context>
<context>
    <name>ProposalTableModel</name>
    <message>
        <source>Record</source>
        <translation>Wpis</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Reguła</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Powód</translation>
    </message>
</context>
<context>
    <name>ProtectionPage</name>
    <message>
        <source>Breach log</source>
        <translation>Rejestr naruszeń</translation>
    </message>
    <message>
        <source>Processors</source>
        <translation>Podmioty przetwarzające</translation>
    </message>
    <message>
        <source>Record of processing</source>
        <translation>Rejestr czynności</translation>
    </message>
    <message>
        <source>Privacy notice</source>
        <translation>Klauzula informacyjna</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Szkolenie</translation>
    </message>
    <message>
        <source>Data protection</source>
        <translation>Ochrona danych</translation>
    </message>
    <message>
        <source>The shop&apos;s data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the processors who handle customer data, the record of processing made from the vault, and the staff&apos;s briefing.</source>
        <translation>Dokumentacja ochrony danych sklepu (art. 5 ust. 2 RODO): rejestr naruszeń z 72-godzinnym terminem, podmioty przetwarzające dane klientów, rejestr czynności przetwarzania tworzony z danych sejfu oraz instruktaż dla personelu.</translation>
    </message>
</context>
<context>
    <name>PublishTextDialog</name>
    <message>
        <source>Publish a new text — {0}</source>
        <translation>Opublikuj nową treść — {0}</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Treść zgody</translation>
    </message>
    <message>
        <source>Published texts never change. Customers who agreed to an earlier version keep that version in their history; new consents use this one.</source>
        <translation>Opublikowane treści nigdy się nie zmieniają. Klienci, którzy zgodzili się na wcześniejszą wersję, zachowują ją w swojej historii; nowe zgody dotyczą tej wersji.</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Opublikuj</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
</context>
<context>
    <name>PurposeBox</name>
    <message>
        <source>This purpose has no published text yet; it cannot be agreed to.</source>
        <translation>Ten cel nie ma jeszcze opublikowanej treści; nie można wyrazić na niego zgody.</translation>
    </message>
    <message>
        <source> — not yet written in this language</source>
        <translation> — jeszcze niedostępna w tym języku</translation>
    </message>
    <message>
        <source>version {0}, {1}{2}</source>
        <translation>wersja {0}, {1}{2}</translation>
    </message>
</context>
<context>
    <name>PurposeDialog</name>
    <message>
        <source>Edit purpose</source>
        <translation>Edytuj cel</translation>
    </message>
    <message>
        <source>New purpose</source>
        <translation>Nowy cel</translation>
    </message>
    <message>
        <source>e.g. loyalty-club</source>
        <translation>np. klub-lojalnosciowy</translation>
    </message>
    <message>
        <source>e.g. Loyalty club</source>
        <translation>np. Klub lojalnościowy</translation>
    </message>
    <message>
        <source>What the data is used for, in a sentence</source>
        <translation>Do czego dane są wykorzystywane, w jednym zdaniu</translation>
    </message>
    <message>
        <source>no fixed period</source>
        <translation>bez stałego okresu</translation>
    </message>
    <message>
        <source>until withdrawn</source>
        <translation>do cofnięcia zgody</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Treść zgody</translation>
    </message>
    <message>
        <source>The exact words the customer agrees to</source>
        <translation>Dokładne brzmienie, na które klient wyraża zgodę</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Klucz</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Kept for</source>
        <translation>Okres przechowywania</translation>
    </message>
    <message>
        <source>Consent lasts</source>
        <translation>Ważność zgody</translation>
    </message>
    <message>
        <source>Text language</source>
        <translation>Język treści</translation>
    </message>
</context>
<context>
    <name>PurposeTableModel</name>
    <message>
        <source>Purpose</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Lawful basis</source>
        <translation>Podstawa prawna</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Re-consent</source>
        <translation>Ponowna zgoda</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Kontakty</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>jeszcze brak</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktywny</translation>
    </message>
    <message>
        <source>retired</source>
        <translation>wycofany</translation>
    </message>
</context>
<context>
    <name>RecoverDialog</name>
    <message>
        <source>Recover the owner&apos;s access</source>
        <translation>Odzyskaj dostęp właściciela</translation>
    </message>
    <message>
        <source>Type the recovery code from the recovery kit and choose a new passphrase for the owner. Other users keep their passphrases.</source>
        <translation>Wpisz kod odzyskiwania z arkusza odzyskiwania i wybierz nowe hasło właściciela. Pozostali użytkownicy zachowują swoje hasła.</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Ustaw nowe hasło</translation>
    </message>
    <message>
        <source>Recovery code:</source>
        <translation>Kod odzyskiwania:</translation>
    </message>
</context>
<context>
    <name>RecoveryCodeDialog</name>
    <message>
        <source>Recovery code</source>
        <translation>Kod odzyskiwania</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is lost, the recovery code on the printed kit is the only way back into the vault. Type it here once to be sure the kit is kept and readable; crmdesk never stores the code itself.</source>
        <translation>Jeśli hasło właściciela zostanie utracone, kod odzyskiwania z wydrukowanego arkusza będzie jedynym sposobem na odzyskanie dostępu do sejfu. Wpisz go tu raz, aby upewnić się, że arkusz jest przechowywany i czytelny; crmdesk nigdy nie przechowuje samego kodu.</translation>
    </message>
    <message>
        <source>Recovery code from the kit</source>
        <translation>Kod odzyskiwania z arkusza</translation>
    </message>
    <message>
        <source>Code from the kit:</source>
        <translation>Kod z arkusza:</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Potwierdź</translation>
    </message>
    <message>
        <source>Make a new code…</source>
        <translation>Utwórz nowy kod…</translation>
    </message>
    <message>
        <source>The current code was confirmed on {0}.</source>
        <translation>Bieżący kod potwierdzono {0}.</translation>
    </message>
    <message>
        <source>The current code has not been confirmed since it was made.</source>
        <translation>Bieżący kod nie został potwierdzony od czasu utworzenia.</translation>
    </message>
    <message>
        <source>Checking the code…</source>
        <translation>Sprawdzanie kodu…</translation>
    </message>
    <message>
        <source>The code is right and confirmed. Keep the kit where you keep other important papers.</source>
        <translation>Kod jest poprawny i potwierdzony. Przechowuj arkusz razem z innymi ważnymi dokumentami.</translation>
    </message>
    <message>
        <source>Make a new recovery code</source>
        <translation>Utwórz nowy kod odzyskiwania</translation>
    </message>
    <message>
        <source>Make a new recovery code? The old one stops working at once, so destroy the old kit and keep the new one.</source>
        <translation>Utworzyć nowy kod odzyskiwania? Stary natychmiast przestanie działać, więc zniszcz stary arkusz i zachowaj nowy.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePanel</name>
    <message>
        <source>Save recovery kit (PDF)…</source>
        <translation>Zapisz arkusz odzyskiwania (PDF)…</translation>
    </message>
    <message>
        <source>Open it to print</source>
        <translation>Otwórz, aby wydrukować</translation>
    </message>
    <message>
        <source>I have saved the kit or written the code down</source>
        <translation>Arkusz jest zapisany lub kod zanotowany</translation>
    </message>
    <message>
        <source>Recovery kit not saved</source>
        <translation>Nie zapisano arkusza odzyskiwania</translation>
    </message>
    <message>
        <source>The kit could not be written to {0} ({1}); choose another folder.</source>
        <translation>Nie można zapisać arkusza w {0} ({1}); wybierz inny folder.</translation>
    </message>
    <message>
        <source>Saved to {0}. Print it and keep it somewhere safe.</source>
        <translation>Zapisano w {0}. Wydrukuj arkusz i przechowuj go w bezpiecznym miejscu.</translation>
    </message>
</context>
<context>
    <name>RecoveryPage</name>
    <message>
        <source>Your recovery code</source>
        <translation>Twój kod odzyskiwania</translation>
    </message>
    <message>
        <source>If the owner&apos;s passphrase is ever lost, this code is the only way back in. It is shown only now.</source>
        <translation>Jeśli hasło właściciela kiedykolwiek zostanie utracone, ten kod będzie jedynym sposobem na odzyskanie dostępu. Jest wyświetlany tylko teraz.</translation>
    </message>
    <message>
        <source>Remember the key on this computer (no passphrase here)</source>
        <translation>Zapamiętaj klucz na tym komputerze (bez podawania hasła na nim)</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>niedostępne</translation>
    </message>
</context>
<context>
    <name>ReportBreachDialog</name>
    <message>
        <source>Report a data breach</source>
        <translation>Zgłoś naruszenie ochrony danych</translation>
    </message>
    <message>
        <source>Personal data lost, sent to the wrong person, seen by someone who should not see it, or changed without leave: report it now. The owner has 72 hours from when it was noticed to tell the supervisory authority. A report stays in the breach log.</source>
        <translation>Dane osobowe utracone, wysłane do niewłaściwej osoby, udostępnione komuś nieuprawnionemu lub zmienione bez upoważnienia: zgłoś to teraz. Właściciel ma 72 godziny od stwierdzenia naruszenia na zgłoszenie go organowi nadzorczemu. Zgłoszenie pozostaje w rejestrze naruszeń.</translation>
    </message>
    <message>
        <source>e.g. The laptop with the customer list was stolen from the car</source>
        <translation>np. Z samochodu skradziono laptopa z listą klientów</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się wydarzyło</translation>
    </message>
    <message>
        <source>as far as known, e.g. Saturday night</source>
        <translation>na ile wiadomo, np. w sobotę w nocy</translation>
    </message>
    <message>
        <source>e.g. the recipient phoned us</source>
        <translation>np. odbiorca do nas zadzwonił</translation>
    </message>
    <message>
        <source>Every contact in the vault</source>
        <translation>Wszystkie kontakty w sejfie</translation>
    </message>
    <message>
        <source>The contacts with the tag</source>
        <translation>Kontakty z tagiem</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Only the contact shown on the Contacts page</source>
        <translation>Tylko kontakt wyświetlany na stronie Kontakty</translation>
    </message>
    <message>
        <source>Yes: an encrypted device or file (the crmdesk vault, a protected backup), its key safe</source>
        <translation>Tak: zaszyfrowane urządzenie lub plik (sejf crmdesk, chroniona kopia zapasowa), klucz bezpieczny</translation>
    </message>
    <message>
        <source>No: readable (a CSV, paper, an e-mail, a screen)</source>
        <translation>Nie: czytelne (CSV, papier, e-mail, ekran)</translation>
    </message>
    <message>
        <source>optional: how it was protected</source>
        <translation>opcjonalnie: jak dane były chronione</translation>
    </message>
    <message>
        <source>How it was protected</source>
        <translation>Sposób ochrony</translation>
    </message>
    <message>
        <source>Noticed at</source>
        <translation>Data stwierdzenia</translation>
    </message>
    <message>
        <source>Happened</source>
        <translation>Data zdarzenia</translation>
    </message>
    <message>
        <source>Noticed how</source>
        <translation>Sposób wykrycia</translation>
    </message>
    <message>
        <source>Whose data</source>
        <translation>Czyje dane</translation>
    </message>
    <message>
        <source>Was it encrypted?</source>
        <translation>Czy dane były zaszyfrowane?</translation>
    </message>
    <message>
        <source>&amp;Report</source>
        <translation>&amp;Zgłoś</translation>
    </message>
</context>
<context>
    <name>RequestTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Sygnatura</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Data wpływu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Pozostało dni</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>(erased)</source>
        <translation>(usunięty)</translation>
    </message>
    <message>
        <source>{0} overdue</source>
        <translation>{0} po terminie</translation>
    </message>
</context>
<context>
    <name>RequestsPage</name>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Po terminie</translation>
    </message>
    <message>
        <source>Due within {0} days</source>
        <translation>Termin w ciągu {0} dni</translation>
    </message>
    <message>
        <source>Extended: tell the person why</source>
        <translation>Przedłużone: poinformuj osobę o przyczynie</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Wszystkie</translation>
    </message>
    <message>
        <source>Which requests to show</source>
        <translation>Które wnioski pokazać</translation>
    </message>
    <message>
        <source>New request…</source>
        <translation>Nowy wniosek…</translation>
    </message>
    <message>
        <source>No data held…</source>
        <translation>Brak danych…</translation>
    </message>
    <message>
        <source>A request from someone who is not in the vault: search, register and write the reply</source>
        <translation>Wniosek od osoby, której nie ma w sejfie: wyszukaj, zarejestruj i napisz odpowiedź</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Pokaż</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Wnioski</translation>
    </message>
    <message>
        <source>The selected request</source>
        <translation>Wybrany wniosek</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Zweryfikuj tożsamość…</translation>
    </message>
    <message>
        <source>Export report…</source>
        <translation>Eksportuj raport…</translation>
    </message>
    <message>
        <source>Correct the contact…</source>
        <translation>Popraw kontakt…</translation>
    </message>
    <message>
        <source>Erase…</source>
        <translation>Usuń dane…</translation>
    </message>
    <message>
        <source>Restrict processing</source>
        <translation>Ogranicz przetwarzanie</translation>
    </message>
    <message>
        <source>Record objection</source>
        <translation>Odnotuj sprzeciw</translation>
    </message>
    <message>
        <source>Person told of the extension</source>
        <translation>Osoba poinformowana o przedłużeniu</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Przedłuż…</translation>
    </message>
    <message>
        <source>Close as fulfilled</source>
        <translation>Zamknij jako zrealizowany</translation>
    </message>
    <message>
        <source>Refuse…</source>
        <translation>Odmów…</translation>
    </message>
    <message>
        <source>Data subject requests</source>
        <translation>Wnioski osób, których dane dotyczą</translation>
    </message>
    <message>
        <source>When someone asks what you hold about them, or to be erased, the answer is due within one calendar month. Register the request, check who is asking, then answer it from here.</source>
        <translation>Gdy ktoś pyta, jakie dane o nim przechowujesz, albo żąda ich usunięcia, odpowiedzi trzeba udzielić w ciągu jednego miesiąca kalendarzowego. Zarejestruj wniosek, sprawdź tożsamość wnioskodawcy, a następnie odpowiedz stąd.</translation>
    </message>
    <message>
        <source>No requests here. Register one with “New request…”.</source>
        <translation>Brak wniosków. Zarejestruj wniosek przyciskiem „Nowy wniosek…”.</translation>
    </message>
    <message>
        <source>Registered {0}, due {1}.</source>
        <translation>Zarejestrowano wniosek {0}, termin: {1}.</translation>
    </message>
    <message>
        <source>{0}: nothing is held about {1}; registered as answered. The reply is in {2}.</source>
        <translation>{0}: brak danych dotyczących: {1}; zarejestrowano jako rozpatrzony. Odpowiedź zapisano w {2}.</translation>
    </message>
    <message>
        <source>Verify identity</source>
        <translation>Weryfikacja tożsamości</translation>
    </message>
    <message>
        <source>How was the identity checked? Choose, or write it in your own words:</source>
        <translation>Jak sprawdzono tożsamość? Wybierz lub opisz własnymi słowami:</translation>
    </message>
    <message>
        <source>The access report and data for {0} are in {1}. They are not encrypted by the vault; delete them once handed over.</source>
        <translation>Raport dostępu do danych i dane dla: {0} zapisano w {1}. Sejf ich nie szyfruje; usuń je po przekazaniu.</translation>
    </message>
    <message>
        <source>{0} verified.</source>
        <translation>Zweryfikowano wniosek {0}.</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Przedłuż</translation>
    </message>
    <message>
        <source>Why does it need another month? (the person is told)</source>
        <translation>Dlaczego potrzebny jest kolejny miesiąc? (osoba zostanie o tym poinformowana)</translation>
    </message>
    <message>
        <source>{0} extended.</source>
        <translation>Przedłużono termin wniosku {0}.</translation>
    </message>
    <message>
        <source>Recorded: the person of {0} was told of the extension.</source>
        <translation>Zapisano: osoba, której dotyczy wniosek {0}, została poinformowana o przedłużeniu.</translation>
    </message>
    <message>
        <source>Refuse</source>
        <translation>Odmów</translation>
    </message>
    <message>
        <source>Why is the request refused? (the person is told)</source>
        <translation>Dlaczego wniosek zostaje odrzucony? (osoba zostanie o tym poinformowana)</translation>
    </message>
    <message>
        <source>{0} refused.</source>
        <translation>Odrzucono wniosek {0}.</translation>
    </message>
    <message>
        <source>{0} fulfilled.</source>
        <translation>Zrealizowano wniosek {0}.</translation>
    </message>
    <message>
        <source>Processing is restricted; close the request when the person is told.</source>
        <translation>Przetwarzanie jest ograniczone; zamknij wniosek, gdy osoba zostanie o tym poinformowana.</translation>
    </message>
    <message>
        <source>The objection is recorded in the consent ledger.</source>
        <translation>Sprzeciw odnotowano w rejestrze zgód.</translation>
    </message>
    <message>
        <source>Erase</source>
        <translation>Usuń dane</translation>
    </message>
    <message>
        <source>Erase {0} everywhere? This removes:
{1}

A tombstone, the request reference and the audit log stay, without personal data. This cannot be undone.</source>
        <translation>Usunąć wszędzie dane: {0}? Usunięte zostaną:
{1}

Pozostaną znacznik usunięcia, sygnatura wniosku i dziennik audytu – bez danych osobowych. Tej operacji nie można cofnąć.</translation>
    </message>
    <message>
        <source>Erased; {0} is fulfilled.</source>
        <translation>Usunięto dane; wniosek {0} zrealizowany.</translation>
    </message>
</context>
<context>
    <name>RestoreWizard</name>
    <message>
        <source>Restore — crmdesk</source>
        <translation>Przywracanie — crmdesk</translation>
    </message>
    <message>
        <source>Restored {0} to {1}.</source>
        <translation>Przywrócono {0} do {1}.</translation>
    </message>
    <message>
        <source>The backup was restored. The vault you had open is kept as {0}. Unlock the restored vault to go on.</source>
        <translation>Kopia zapasowa została przywrócona. Wcześniej otwarty sejf zachowano jako {0}. Aby kontynuować, odblokuj przywrócony sejf.</translation>
    </message>
    <message>
        <source>The vault you had open is kept as {0}.</source>
        <translation>Wcześniej otwarty sejf zachowano jako {0}.</translation>
    </message>
    <message>
        <source>crmdesk locks when you close this; then unlock the restored vault.</source>
        <translation>Po zamknięciu tego okna crmdesk się zablokuje; następnie odblokuj przywrócony sejf.</translation>
    </message>
    <message>
        <source>1 person erased since this backup was made was erased again.</source>
        <translation>1 osoba usunięta po utworzeniu tej kopii zapasowej została ponownie usunięta.</translation>
    </message>
    <message>
        <source>{0} people erased since this backup was made were erased again.</source>
        <translation>Osoby usunięte po utworzeniu tej kopii zapasowej zostały ponownie usunięte: {0}.</translation>
    </message>
    <message>
        <source>It was a desk of a team: restored into another folder, it is a desk of its own now, with its contacts. To take the place of a lost desk, join the team with a new invitation.</source>
        <translation>To było stanowisko zespołu: przywrócone do innego folderu jest teraz osobnym stanowiskiem, ze swoimi kontaktami. Aby zająć miejsce utraconego stanowiska, dołącz do zespołu z nowym zaproszeniem.</translation>
    </message>
    <message>
        <source>Restored</source>
        <translation>Przywrócono</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Przywróć</translation>
    </message>
    <message>
        <source>Restore anyway</source>
        <translation>Przywróć mimo to</translation>
    </message>
</context>
<context>
    <name>RetentionPage</name>
    <message>
        <source>Retention policies</source>
        <translation>Reguły przechowywania</translation>
    </message>
    <message>
        <source>applied by each sweep</source>
        <translation>stosowana przy każdym przeglądzie</translation>
    </message>
    <message>
        <source>proposed for review first</source>
        <translation>najpierw do sprawdzenia</translation>
    </message>
    <message>
        <source>on</source>
        <translation>włączona</translation>
    </message>
    <message>
        <source>Save policy</source>
        <translation>Zapisz regułę</translation>
    </message>
    <message>
        <source>Selected policy</source>
        <translation>Wybrana reguła</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po upływie</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Tryb</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>Aktywna</translation>
    </message>
    <message>
        <source>Sweep now</source>
        <translation>Uruchom przegląd</translation>
    </message>
    <message>
        <source>Proposals waiting for review</source>
        <translation>Propozycje czekające na sprawdzenie</translation>
    </message>
    <message>
        <source>Apply all…</source>
        <translation>Zastosuj wszystkie…</translation>
    </message>
    <message>
        <source>Apply selected…</source>
        <translation>Zastosuj zaznaczone…</translation>
    </message>
    <message>
        <source>Keep selected</source>
        <translation>Zachowaj zaznaczone</translation>
    </message>
    <message>
        <source>Decline: not proposed again until the record or the policy changes</source>
        <translation>Odrzuć propozycję: nie będzie ponownie proponowana, dopóki nie zmieni się wpis lub reguła</translation>
    </message>
    <message>
        <source>Waiting for review (from the last sweep)</source>
        <translation>Czekające na sprawdzenie (z ostatniego przeglądu)</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Przechowywanie</translation>
    </message>
    <message>
        <source>Personal data is kept no longer than needed. These policies say what goes and when; crmdesk sweeps after each unlock and then regularly. Erasing and anonymising wait here for your review unless you set them to apply by themselves. Nothing on legal hold or restricted is touched.</source>
        <translation>Dane osobowe są przechowywane nie dłużej, niż to konieczne. Te reguły określają, co i kiedy jest usuwane; crmdesk przeprowadza przegląd po każdym odblokowaniu, a potem regularnie. Usuwanie i anonimizacja czekają tutaj na Twoje sprawdzenie, chyba że ustawisz ich automatyczne stosowanie. Dane objęte blokadą prawną lub ograniczeniem przetwarzania pozostają nietknięte.</translation>
    </message>
    <message>
        <source>Sweeps run in the window of an owner or admin, or from cron.</source>
        <translation>Przeglądy są wykonywane w oknie właściciela lub administratora albo przez cron.</translation>
    </message>
    <message>
        <source>Sweeping…</source>
        <translation>Przegląd w toku…</translation>
    </message>
    <message>
        <source>Next sweep: {0}</source>
        <translation>Następny przegląd: {0}</translation>
    </message>
    <message>
        <source>The first sweep starts shortly after unlock.</source>
        <translation>Pierwszy przegląd rozpocznie się wkrótce po odblokowaniu.</translation>
    </message>
    <message>
        <source>applied {0}</source>
        <translation>zastosowano: {0}</translation>
    </message>
    <message>
        <source>nothing applied</source>
        <translation>nic nie zastosowano</translation>
    </message>
    <message>
        <source>; proposed {0}</source>
        <translation>; zaproponowano: {0}</translation>
    </message>
    <message>
        <source>Last sweeps:
</source>
        <translation>Ostatnie przeglądy:
</translation>
    </message>
    <message>
        <source>No sweep yet.</source>
        <translation>Nie przeprowadzono jeszcze przeglądu.</translation>
    </message>
    <message>
        <source>Saved; the next sweep follows it.</source>
        <translation>Zapisano; następny przegląd ją uwzględni.</translation>
    </message>
    <message>
        <source>Carry out all {0} proposals now?</source>
        <translation>Wykonać teraz wszystkie propozycje ({0})?</translation>
    </message>
    <message>
        <source>Carry out the {0} selected proposals now?</source>
        <translation>Wykonać teraz zaznaczone propozycje ({0})?</translation>
    </message>
    <message>
        <source>Carry out the selected proposal now?</source>
        <translation>Wykonać teraz zaznaczoną propozycję?</translation>
    </message>
    <message>
        <source>Apply the proposals</source>
        <translation>Zastosuj propozycje</translation>
    </message>
    <message>
        <source>Erased and anonymised contacts cannot be brought back.</source>
        <translation>Usuniętych i zanonimizowanych kontaktów nie można przywrócić.</translation>
    </message>
    <message>
        <source>Kept {0}: not proposed again until the record or the policy changes.</source>
        <translation>Pozostawiono {0}: bez ponownych propozycji, dopóki nie zmieni się wpis lub reguła.</translation>
    </message>
    <message>
        <source>1 record</source>
        <translation>1 wpis</translation>
    </message>
    <message>
        <source>{0} records</source>
        <translation>wpisy ({0})</translation>
    </message>
    <message>
        <source>Applied: {0}.</source>
        <translation>Zastosowano: {0}.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nic</translation>
    </message>
    <message>
        <source>{0} no longer due (a new consent or basis, a hold, a changed policy) were left alone.</source>
        <translation>Pominięte, bo już nie są wymagalne (nowa zgoda lub podstawa, blokada, zmieniona reguła): {0}.</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Restoring</source>
        <translation>Przywracanie</translation>
    </message>
    <message>
        <source>Open the restored vault</source>
        <translation>Otwórz przywrócony sejf</translation>
    </message>
    <message>
        <source>Checking the backup, then restoring it…</source>
        <translation>Sprawdzanie kopii zapasowej, a następnie przywracanie…</translation>
    </message>
</context>
<context>
    <name>SetPassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Zmień swoje hasło</translation>
    </message>
    <message>
        <source>Set a passphrase for {0}</source>
        <translation>Ustaw hasło dla: {0}</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Ustaw hasło</translation>
    </message>
    <message>
        <source>New passphrase:</source>
        <translation>Nowe hasło:</translation>
    </message>
    <message>
        <source>A key remembered on another computer for {0} stops working; they unlock with the new passphrase.</source>
        <translation>Klucz zapamiętany dla: {0} na innym komputerze przestanie działać; do odblokowania potrzebne będzie nowe hasło.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Postal address:</source>
        <translation>Adres pocztowy:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Data protection contact:</source>
        <translation>Kontakt w sprawach ochrony danych:</translation>
    </message>
    <message>
        <source>Other recipients:</source>
        <translation>Inni odbiorcy:</translation>
    </message>
    <message>
        <source>Supervisory authority:</source>
        <translation>Organ nadzorczy:</translation>
    </message>
    <message>
        <source>Representative in the EU:</source>
        <translation>Przedstawiciel w UE:</translation>
    </message>
    <message>
        <source>Other processing:</source>
        <translation>Inne przetwarzanie:</translation>
    </message>
    <message>
        <source>Street and number
Postal code and town</source>
        <translation>Ulica i numer
Kod pocztowy i miejscowość</translation>
    </message>
    <message>
        <source>e.g. info@example.com or +49 30 1234567</source>
        <translation>np. info@example.com lub +48 22 123 45 67</translation>
    </message>
    <message>
        <source>who answers data protection questions, e.g. the owner&apos;s e-mail</source>
        <translation>kto odpowiada na pytania dotyczące ochrony danych, np. e-mail właściciela</translation>
    </message>
    <message>
        <source>one per line, besides the processors of Data protection, e.g. Tax office (invoices)</source>
        <translation>po jednym w wierszu, oprócz podmiotów przetwarzających ze strony Ochrona danych, np. Urząd skarbowy (faktury)</translation>
    </message>
    <message>
        <source>e.g. the data protection authority of your state</source>
        <translation>np. Prezes Urzędu Ochrony Danych Osobowych</translation>
    </message>
    <message>
        <source>only for a shop outside the EU that serves people in it (Art. 27)</source>
        <translation>tylko dla sklepu spoza UE, który obsługuje osoby przebywające w Unii (art. 27 RODO)</translation>
    </message>
    <message>
        <source>for the record of processing, one a line, e.g. Payroll by our tax adviser</source>
        <translation>do rejestru czynności przetwarzania, po jednym w wierszu, np. Obsługa płac przez nasze biuro rachunkowe</translation>
    </message>
    <message>
        <source>This vault</source>
        <translation>Ten sejf</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>Business name:</source>
        <translation>Nazwa firmy:</translation>
    </message>
    <message>
        <source>The country of phone numbers written without +country code; changing it reads every number in the vault again</source>
        <translation>Kraj numerów telefonów zapisanych bez prefiksu +kod kraju; zmiana powoduje ponowne odczytanie każdego numeru w sejfie</translation>
    </message>
    <message>
        <source>Country (for phone numbers):</source>
        <translation>Kraj (dla numerów telefonów):</translation>
    </message>
    <message>
        <source>Country of the public holidays</source>
        <translation>Kraj dni ustawowo wolnych od pracy</translation>
    </message>
    <message>
        <source>Region of the public holidays</source>
        <translation>Region dni ustawowo wolnych od pracy</translation>
    </message>
    <message>
        <source>A request due on a Saturday, a Sunday or one of these public holidays is due on the next working day (Regulation 1182/71)</source>
        <translation>Jeśli termin wniosku przypada w sobotę, niedzielę lub jeden z tych dni ustawowo wolnych od pracy, upływa on w następnym dniu roboczym (rozporządzenie 1182/71)</translation>
    </message>
    <message>
        <source>Public holidays:</source>
        <translation>Dni wolne od pracy:</translation>
    </message>
    <message>
        <source>The language of the shop&apos;s documents; the privacy notice is published in it and in English</source>
        <translation>Język dokumentów sklepu; klauzula informacyjna jest publikowana w tym języku i po angielsku</translation>
    </message>
    <message>
        <source>Language of documents:</source>
        <translation>Język dokumentów:</translation>
    </message>
    <message>
        <source>Lock after being idle for:</source>
        <translation>Blokuj po bezczynności przez:</translation>
    </message>
    <message>
        <source>After each unlock, and then this often, the window applies the retention policies (Retention page)</source>
        <translation>Po każdym odblokowaniu, a potem z tą częstotliwością, okno stosuje reguły przechowywania (strona Przechowywanie)</translation>
    </message>
    <message>
        <source>Retention sweep every:</source>
        <translation>Przegląd przechowywania co:</translation>
    </message>
    <message>
        <source>only for a new version</source>
        <translation>tylko przy nowej wersji</translation>
    </message>
    <message>
        <source>Staff confirm the shop&apos;s data-protection briefing again this often (Data protection → Training).</source>
        <translation>Personel ponownie potwierdza instruktaż z ochrony danych z tą częstotliwością (Ochrona danych → Szkolenie).</translation>
    </message>
    <message>
        <source>Briefing again every:</source>
        <translation>Ponowny instruktaż co:</translation>
    </message>
    <message>
        <source>In letters to customers, such as access reports:</source>
        <translation>W listach do klientów, np. raportach dostępu do danych:</translation>
    </message>
    <message>
        <source>Only an owner or admin can change these.</source>
        <translation>Tylko właściciel lub administrator może to zmienić.</translation>
    </message>
    <message>
        <source>Your account: {0} ({1})</source>
        <translation>Twoje konto: {0} ({1})</translation>
    </message>
    <message>
        <source>Change my passphrase…</source>
        <translation>Zmień moje hasło…</translation>
    </message>
    <message>
        <source>the computer&apos;s ({0})</source>
        <translation>systemowy ({0})</translation>
    </message>
    <message>
        <source>Kept in the vault: it follows you to any desk</source>
        <translation>Przechowywany w sejfie: obowiązuje na każdym stanowisku</translation>
    </message>
    <message>
        <source>&amp;Language of the window:</source>
        <translation>&amp;Język okna:</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>How this vault behaves for everyone, and your own account on this computer.</source>
        <translation>Działanie tego sejfu dla wszystkich oraz Twoje własne konto na tym komputerze.</translation>
    </message>
    <message>
        <source>whole country</source>
        <translation>cały kraj</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Wyłącz drugi składnik…</translation>
    </message>
    <message>
        <source>Set up authenticator…</source>
        <translation>Skonfiguruj drugi składnik…</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>Checking this computer&apos;s keyring…</source>
        <translation>Sprawdzanie magazynu kluczy tego komputera…</translation>
    </message>
    <message>
        <source>Forget on this computer</source>
        <translation>Zapomnij na tym komputerze</translation>
    </message>
    <message>
        <source>Your key is kept in this computer&apos;s keyring; no passphrase is needed here.</source>
        <translation>Twój klucz jest przechowywany w magazynie kluczy tego komputera; hasło nie jest tu potrzebne.</translation>
    </message>
    <message>
        <source>Remembering keeps your key in this computer&apos;s keyring, so anyone who can log into this computer account can open the vault as you.</source>
        <translation>Zapamiętanie przechowuje Twój klucz w magazynie kluczy tego komputera, więc każdy, kto może zalogować się na to konto komputera, może otworzyć sejf jako Ty.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Zapisano.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Twoje konto</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Drugi składnik</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for your account?</source>
        <translation>Wyłączyć kod uwierzytelniający dla Twojego konta?</translation>
    </message>
    <message>
        <source>Unlocking now also asks for the authenticator code.</source>
        <translation>Odblokowanie wymaga teraz także kodu uwierzytelniającego.</translation>
    </message>
    <message>
        <source>Your key is no longer kept on this computer.</source>
        <translation>Twój klucz nie jest już przechowywany na tym komputerze.</translation>
    </message>
    <message>
        <source>Your key is now kept in this computer&apos;s keyring.</source>
        <translation>Twój klucz jest teraz przechowywany w magazynie kluczy tego komputera.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Pole podpisu</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Podpisz się tutaj myszą, rysikiem lub palcem</translation>
    </message>
    <message>
        <source>Sign here</source>
        <translation>Podpisz się tutaj</translation>
    </message>
</context>
<context>
    <name>StandingTableModel</name>
    <message>
        <source>User</source>
        <translation>Użytkownik</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Potwierdzono</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>writes it</source>
        <translation>autor</translation>
    </message>
    <message>
        <source>due</source>
        <translation>do potwierdzenia</translation>
    </message>
    <message>
        <source>confirmed</source>
        <translation>potwierdzono</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
</context>
<context>
    <name>TeamAlarmsDialog</name>
    <message>
        <source>Alarms about audit logs</source>
        <translation>Alarmy dotyczące dzienników audytu</translation>
    </message>
    <message>
        <source>Each desk of the team publishes checkpoints of its audit log, and the other desks keep them. A log that went back or no longer holds an entry as the team saw it means that desk&apos;s vault was put back to an older copy, or someone with its key cut or rewrote its log.</source>
        <translation>Każde stanowisko zespołu publikuje punkty kontrolne swojego dziennika audytu, a pozostałe stanowiska je przechowują. Dziennik, który się cofnął lub nie zawiera już wpisu w postaci widzianej przez zespół, oznacza, że sejf tego stanowiska przywrócono ze starszej kopii albo ktoś z jego kluczem obciął lub przepisał dziennik.</translation>
    </message>
    <message>
        <source>Alarms</source>
        <translation>Alarmy</translation>
    </message>
    <message>
        <source>Mark as &amp;explained…</source>
        <translation>Oznacz jako &amp;wyjaśniony…</translation>
    </message>
    <message>
        <source>No alarm waits.</source>
        <translation>Żaden alarm nie czeka.</translation>
    </message>
    <message>
        <source>Mark as explained</source>
        <translation>Oznacz jako wyjaśniony</translation>
    </message>
    <message>
        <source>Mark alarm {0} as explained? Do so only when you know who put the desk&apos;s vault back or changed its log, and why. The audit log keeps that you did.</source>
        <translation>Oznaczyć alarm {0} jako wyjaśniony? Zrób to tylko wtedy, gdy wiesz, kto przywrócił sejf stanowiska lub zmienił jego dziennik, i dlaczego. Dziennik audytu zapisuje, że zrobiłeś to ty.</translation>
    </message>
    <message>
        <source>Marked as explained.</source>
        <translation>Oznaczono jako wyjaśniony.</translation>
    </message>
</context>
<context>
    <name>TeamBox</name>
    <message>
        <source>Several desks</source>
        <translation>Kilka stanowisk</translation>
    </message>
    <message>
        <source>&amp;Review…</source>
        <translation>&amp;Przejrzyj…</translation>
    </message>
    <message>
        <source>Changes both this desk and another made, and changes a rule here held back</source>
        <translation>Zmiany wprowadzone przez to i inne stanowisko oraz zmiany wstrzymane przez regułę tutaj</translation>
    </message>
    <message>
        <source>&amp;Alarms…</source>
        <translation>&amp;Alarmy…</translation>
    </message>
    <message>
        <source>A desk&apos;s audit log that went back or was rewritten</source>
        <translation>Dziennik audytu stanowiska, który się cofnął lub został przepisany</translation>
    </message>
    <message>
        <source>S&amp;ynchronise now</source>
        <translation>S&amp;ynchronizuj teraz</translation>
    </message>
    <message>
        <source>Last exchange:</source>
        <translation>Ostatnia wymiana:</translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation>Czeka na wysłanie:</translation>
    </message>
    <message>
        <source>For review:</source>
        <translation>Do przejrzenia:</translation>
    </message>
    <message>
        <source>Audit log alarms:</source>
        <translation>Alarmy dziennika audytu:</translation>
    </message>
    <message>
        <source>This vault is a desk of its own. To share one customer list among several desks through the shop&apos;s PostgreSQL server, set up a team from the command line: crmdesk team init (README, Several desks).</source>
        <translation>Ten sejf jest samodzielnym stanowiskiem. Aby dzielić jedną listę klientów między kilka stanowisk przez serwer PostgreSQL firmy, utwórz zespół w wierszu poleceń: crmdesk team init (README, Several desks).</translation>
    </message>
    <message>
        <source>Desk {0} of the team on {1}.</source>
        <translation>Stanowisko {0} zespołu na {1}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>1 alarm</source>
        <translation>1 alarm</translation>
    </message>
    <message>
        <source>{0} alarms</source>
        <translation>Alarmy: {0}</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 zmiana</translation>
    </message>
    <message>
        <source>{0} changes</source>
        <translation>zmiany: {0}</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Sent {0}, received {1}.</source>
        <translation>Wysłano {0}, odebrano {1}.</translation>
    </message>
    <message>
        <source>Also sent {0} and received {1} consent entries, interactions and purposes.</source>
        <translation>Wysłano też {0} i odebrano {1} wpisów zgód, interakcji i celów.</translation>
    </message>
    <message>
        <source>1 change for review.</source>
        <translation>1 zmiana do przejrzenia.</translation>
    </message>
    <message>
        <source>{0} changes for review.</source>
        <translation>Zmiany do przejrzenia: {0}.</translation>
    </message>
    <message>
        <source>The team server had been put back from an older copy; this desk gave it back what it had lost.</source>
        <translation>Serwer zespołu został przywrócony ze starszej kopii; to stanowisko zwróciło mu to, co utracił.</translation>
    </message>
    <message>
        <source>The audit log of a desk went back or was rewritten: see the alarms.</source>
        <translation>Dziennik audytu stanowiska cofnął się lub został przepisany: zobacz alarmy.</translation>
    </message>
    <message>
        <source>1 contact too large to send: shorten its notes.</source>
        <translation>1 kontakt jest za duży do wysłania: skróć jego notatki.</translation>
    </message>
    <message>
        <source>{0} contacts too large to send: shorten their notes.</source>
        <translation>Kontakty za duże do wysłania: {0}; skróć ich notatki.</translation>
    </message>
</context>
<context>
    <name>TeamReviewDialog</name>
    <message>
        <source>Changes for review</source>
        <translation>Zmiany do przejrzenia</translation>
    </message>
    <message>
        <source>Where this desk and another changed the same field, the team&apos;s value is in the contact and this desk&apos;s was kept here. A change a rule here held back is applied only when you take it, and only once the rule allows it.</source>
        <translation>Tam, gdzie to i inne stanowisko zmieniły to samo pole, w kontakcie jest wartość zespołu, a wartość tego stanowiska zachowano tutaj. Zmiana wstrzymana przez regułę tutaj zostaje zastosowana dopiero, gdy ją przyjmiesz, i dopiero gdy reguła na to pozwala.</translation>
    </message>
    <message>
        <source>Take the &amp;team&apos;s</source>
        <translation>Przyjmij wersję &amp;zespołu</translation>
    </message>
    <message>
        <source>Take this &amp;desk&apos;s</source>
        <translation>Przyjmij wersję tego &amp;stanowiska</translation>
    </message>
    <message>
        <source>&amp;Noted</source>
        <translation>&amp;Przyjęto do wiadomości</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Gotowe.</translation>
    </message>
</context>
<context>
    <name>TeamReviewModel</name>
    <message>
        <source>the whole change (a rule here held it back)</source>
        <translation>cała zmiana (wstrzymana przez regułę tutaj)</translation>
    </message>
    <message>
        <source>merged into another contact at another desk</source>
        <translation>scalony z innym kontaktem na innym stanowisku</translation>
    </message>
    <message>
        <source>erased at another desk (a legal hold here kept them)</source>
        <translation>usunięty na innym stanowisku (blokada prawna tutaj go zachowała)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>The team&apos;s (in the contact)</source>
        <translation>Zespołu (w kontakcie)</translation>
    </message>
    <message>
        <source>This desk&apos;s (kept)</source>
        <translation>Tego stanowiska (zachowana)</translation>
    </message>
</context>
<context>
    <name>TeamSync</name>
    <message>
        <source>Synchronising with the team failed; details are in the log.</source>
        <translation>Synchronizacja z zespołem nie powiodła się; szczegóły są w dzienniku.</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today</source>
        <translation>Dziś</translation>
    </message>
    <message>
        <source>What needs doing, and how the shop stands. Each card opens the place to act.</source>
        <translation>Co trzeba zrobić i jaka jest sytuacja sklepu. Każda karta otwiera miejsce, w którym można działać.</translation>
    </message>
    <message>
        <source>1 thing needs doing.</source>
        <translation>1 sprawa do załatwienia.</translation>
    </message>
    <message>
        <source>{0} things need doing.</source>
        <translation>Sprawy do załatwienia: {0}.</translation>
    </message>
    <message>
        <source>All is well: nothing needs doing today.</source>
        <translation>Wszystko w porządku: dziś nie trzeba niczego robić.</translation>
    </message>
</context>
<context>
    <name>TotpSetupDialog</name>
    <message>
        <source>Authenticator for {0}</source>
        <translation>Uwierzytelnianie dwuskładnikowe: {0}</translation>
    </message>
    <message>
        <source>Turn on</source>
        <translation>Włącz</translation>
    </message>
    <message>
        <source>Scan this code with an authenticator app (for example FreeOTP, Aegis, Google Authenticator), then type the 6-digit code it shows.</source>
        <translation>Zeskanuj ten kod aplikacją uwierzytelniającą (np. FreeOTP, Aegis, Google Authenticator), a następnie wpisz wyświetlony w niej 6-cyfrowy kod.</translation>
    </message>
    <message>
        <source>Or type this secret: </source>
        <translation>Lub wpisz ten sekret: </translation>
    </message>
    <message>
        <source>Code from the app:</source>
        <translation>Kod z aplikacji:</translation>
    </message>
</context>
<context>
    <name>TrainingView</name>
    <message>
        <source>The briefing in force</source>
        <translation>Obowiązujący instruktaż</translation>
    </message>
    <message>
        <source>Who confirmed the briefing</source>
        <translation>Potwierdzenia instruktażu</translation>
    </message>
    <message>
        <source>Publish a new version…</source>
        <translation>Opublikuj nową wersję…</translation>
    </message>
    <message>
        <source>Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new version is published; until then crmdesk holds back the customers&apos; data from them. Version {1}, published {2}. {3}</source>
        <translation>Każdy użytkownik oprócz właściciela potwierdza ten instruktaż przy pierwszym logowaniu, ponownie ({0}) oraz po opublikowaniu nowej wersji; do tego czasu crmdesk nie udostępnia mu danych klientów. Wersja {1}, opublikowana {2}. {3}</translation>
    </message>
    <message>
        <source>{0} due.</source>
        <translation>Do potwierdzenia: {0}.</translation>
    </message>
    <message>
        <source>Nobody is due.</source>
        <translation>Nikt nie musi teraz potwierdzać.</translation>
    </message>
    <message>
        <source>Publish a new version</source>
        <translation>Opublikuj nową wersję</translation>
    </message>
    <message>
        <source>The shop&apos;s rules for its staff; everyone but the owner confirms them again:</source>
        <translation>Zasady sklepu dla personelu; wszyscy oprócz właściciela potwierdzą je ponownie:</translation>
    </message>
    <message>
        <source>Version {0} is in force; everyone but the owner confirms it at their next sign-in.</source>
        <translation>Obowiązuje wersja {0}; wszyscy oprócz właściciela potwierdzą ją przy następnym logowaniu.</translation>
    </message>
</context>
<context>
    <name>UnexpectedErrors</name>
    <message>
        <source>Something went wrong</source>
        <translation>Coś poszło nie tak</translation>
    </message>
    <message>
        <source>crmdesk met an error it did not expect, and stopped what it was doing; what was saved before is safe; {where}.</source>
        <translation>W crmdesk wystąpił nieoczekiwany błąd i bieżące działanie zostało przerwane; to, co zapisano wcześniej, jest bezpieczne; {where}.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Unlock {0} — crmdesk</source>
        <translation>Odblokuj {0} — crmdesk</translation>
    </message>
    <message>
        <source>Unlock the vault “{0}”</source>
        <translation>Odblokuj sejf „{0}”</translation>
    </message>
    <message>
        <source>leave empty for the owner</source>
        <translation>pozostaw puste dla właściciela</translation>
    </message>
    <message>
        <source>6-digit code from your authenticator app</source>
        <translation>6-cyfrowy kod z aplikacji uwierzytelniającej</translation>
    </message>
    <message>
        <source>Authenticator code</source>
        <translation>Kod uwierzytelniający</translation>
    </message>
    <message>
        <source>Code:</source>
        <translation>Kod:</translation>
    </message>
    <message>
        <source>Remember on this computer</source>
        <translation>Zapamiętaj na tym komputerze</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Użytkownik:</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Hasło:</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Odblokuj</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Forgot passphrase…</source>
        <translation>Zapomniane hasło…</translation>
    </message>
    <message>
        <source>Type your passphrase.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Możesz spróbować ponownie.</translation>
    </message>
    <message>
        <source>Too many wrong tries. You can try again in {0} seconds.</source>
        <translation>Zbyt wiele nieudanych prób. Możesz spróbować ponownie za {0} s.</translation>
    </message>
</context>
<context>
    <name>UserTableModel</name>
    <message>
        <source>User name</source>
        <translation>Nazwa użytkownika</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Drugi składnik</translation>
    </message>
    <message>
        <source>Last signed in</source>
        <translation>Ostatnie logowanie</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktywny</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wyłączony</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Wł.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Wył.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <source>Users</source>
        <translation>Użytkownicy</translation>
    </message>
    <message>
        <source>Add user…</source>
        <translation>Dodaj użytkownika…</translation>
    </message>
    <message>
        <source>Set passphrase…</source>
        <translation>Ustaw hasło…</translation>
    </message>
    <message>
        <source>Authenticator…</source>
        <translation>Drugi składnik…</translation>
    </message>
    <message>
        <source>Disable…</source>
        <translation>Wyłącz…</translation>
    </message>
    <message>
        <source>Recovery code…</source>
        <translation>Kod odzyskiwania…</translation>
    </message>
    <message>
        <source>Everyone who works with the vault has their own account and passphrase. Disabling an account changes the vault&apos;s key, so that person&apos;s passphrase opens nothing any more.</source>
        <translation>Każda osoba pracująca z sejfem ma własne konto i hasło. Wyłączenie konta zmienia klucz sejfu, więc hasło tej osoby niczego już nie otwiera.</translation>
    </message>
    <message>
        <source>Turn off authenticator…</source>
        <translation>Wyłącz drugi składnik…</translation>
    </message>
    <message>
        <source>Added {0} as {1}.</source>
        <translation>Dodano użytkownika {0} z rolą {1}.</translation>
    </message>
    <message>
        <source>The passphrase of {0} is changed.</source>
        <translation>Zmieniono hasło użytkownika {0}.</translation>
    </message>
    <message>
        <source>Authenticator</source>
        <translation>Drugi składnik</translation>
    </message>
    <message>
        <source>Turn off the authenticator code for {0}?</source>
        <translation>Wyłączyć kod uwierzytelniający dla użytkownika {0}?</translation>
    </message>
    <message>
        <source>Unlocking as {0} now also asks for the authenticator code.</source>
        <translation>Odblokowanie jako {0} wymaga teraz także kodu uwierzytelniającego.</translation>
    </message>
    <message>
        <source>Disable user</source>
        <translation>Wyłącz użytkownika</translation>
    </message>
    <message>
        <source>Disable {0}? Their passphrase will open nothing any more; the vault&apos;s key is changed for everyone else without them noticing.</source>
        <translation>Wyłączyć użytkownika {0}? Hasło tej osoby niczego już nie otworzy; klucz sejfu zostanie zmieniony dla wszystkich pozostałych, niezauważalnie dla nich.</translation>
    </message>
    <message>
        <source>{0} is disabled and the vault&apos;s key was changed.</source>
        <translation>Wyłączono użytkownika {0} i zmieniono klucz sejfu.</translation>
    </message>
</context>
<context>
    <name>VaultAccess</name>
    <message>
        <source>Waiting for another crmdesk to finish writing…</source>
        <translation>Oczekiwanie, aż inna instancja crmdesk zakończy zapis…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trwa praca…</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <source>Import contacts</source>
        <translation>Importuj kontakty</translation>
    </message>
    <message>
        <source>Contact files (*.csv *.vcf *.vcard *.txt);;All files (*)</source>
        <translation>Pliki kontaktów (*.csv *.vcf *.vcard *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Save recovery kit</source>
        <translation>Zapisz arkusz odzyskiwania</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
</context>
</TS>
