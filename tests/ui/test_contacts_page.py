"""The Contacts page and the import dialog, driven like a user."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QMessageBox

from crmdesk.core.imports import demo
from crmdesk.core.people import contacts, search
from crmdesk.core.people.contact_model import Birthday
from crmdesk.core.privacy import erasure
from crmdesk.ui.contact_table_model import ContactTableModel, Rows
from crmdesk.ui.contacts_page import ContactsPage, load_page
from crmdesk.ui.import_dialog import ImportDialog
from tests.benchmarks.sample_data import write_csv
from tests.conftest import ADMIN, OWNER, STAFF, VIEWER

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
REAL = DATA.parent / "real"


def test_model_passes_model_tester_and_pages_everything(qtmodeltester, open_as):
    session = open_as(STAFF)
    demo.fill_demo(session, 250)
    model = None

    def request(generation, query, order, after):
        page = load_page(session, query, order, after)
        model.page_loaded(generation, Rows.of(page), after)

    model = ContactTableModel(request)
    model.reload()
    assert model.rowCount() == 100 and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 251
    model.reload(query="łukas")
    assert 0 < model.rowCount() < 251
    assert all("ukasiewicz" in model.row_at(r).display_name for r in range(model.rowCount()))


@pytest.fixture
def page(qtbot, open_as, access_to):
    def make(role=STAFF, contacts_count=60):
        session = open_as(role)
        if contacts_count:
            demo.fill_demo(open_as(OWNER), contacts_count)
        widget = ContactsPage(access_to(session))
        widget.session = session  # for the test's own checks
        qtbot.addWidget(widget)
        widget.resize(1100, 700)
        widget.show()
        qtbot.waitUntil(lambda: widget.model.rowCount() > 0, timeout=10000)
        return widget
    return make


def test_search_as_you_type(qtbot, page):
    widget = page()
    qtbot.waitUntil(lambda: widget.status.text() == "61 contacts", timeout=5000)  # a reload may be under way
    widget.search.setText("templ")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    assert widget.model.row_at(0).display_name == "Theo Template"
    assert widget.status.text() == "1 match"
    widget.search.setText("zzzznobody")
    qtbot.waitUntil(lambda: "No contact matches" in widget.status.text(), timeout=5000)
    widget.search.clear()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 61, timeout=5000)


def test_the_detail_never_shows_a_contact_the_search_left_out(qtbot, page):
    widget = page()
    theo = next(widget.model.row_at(n).id for n in range(widget.model.rowCount())
                if widget.model.row_at(n).display_name == "Theo Template")
    widget.select_contact(theo)
    qtbot.waitUntil(lambda: widget.current is not None and widget.current.id == theo, timeout=5000)
    qtbot.keyClicks(widget.search, "templ")  # Theo is among the results: he stays
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    assert widget.current.id == theo
    widget.search.clear()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 61, timeout=5000)
    qtbot.keyClicks(widget.search, "zzzznobody")
    qtbot.waitUntil(lambda: "No contact matches" in widget.status.text(), timeout=5000)
    qtbot.waitUntil(lambda: widget.current is None, timeout=5000)
    assert widget.detail.title.text() == "No contact selected"


def test_select_edit_save(qtbot, page):
    widget = page()
    widget.search.setText("templ")
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1, timeout=5000)
    widget.table.selectRow(0)
    qtbot.waitUntil(lambda: widget.detail.title.text() == "Theo Template", timeout=5000)
    assert not widget.detail.save_button.isEnabled()
    widget.detail.editor.organisation.setText("Bäckerei Sonne")
    widget.detail.editor.organisation.textEdited.emit("Bäckerei Sonne")
    assert widget.detail.save_button.isEnabled()
    widget.detail.save_button.click()
    qtbot.waitUntil(lambda: widget.model.rowCount() == 1 and widget.model.row_at(0).organisation
                    == "Bäckerei Sonne", timeout=5000)
    qtbot.waitUntil(lambda: "Bäckerei Sonne" in widget.detail.subtitle.text(), timeout=5000)
    # A birthday typed the German way shows back in the figures of the window's language (British English),
    # as the field's hint writes it.
    birthday = widget.detail.editor.birthday
    qtbot.keyClicks(birthday, "23.04.1980")
    qtbot.mouseClick(widget.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: birthday.text() == "23/04/1980" and not widget.detail.save_button.isEnabled(),
                    timeout=5000)
    assert birthday.placeholderText().startswith("e.g. 23/04/1980")
    # Day and month alone are a birthday too: no year is made up, and it shows without one.
    birthday.selectAll()
    qtbot.keyClicks(birthday, "23.04.")
    # A second web address: "+" opens a row for it, typed and confirmed with Enter.
    websites = widget.detail.editor.websites
    qtbot.mouseClick(websites.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(websites.table.viewport().focusWidget() or websites.table, "https://sonne.example")
    qtbot.keyClick(websites.table.focusWidget(), Qt.Key.Key_Return)
    # A fax number: typed in a new row, then its kind chosen in the Kind column (F2, a letter, Enter).
    phones = widget.detail.editor.phones
    qtbot.mouseClick(phones.add_button, Qt.MouseButton.LeftButton)
    row = phones.table.rowCount() - 1
    qtbot.keyClicks(phones.table.focusWidget(), "030 5550188")
    qtbot.keyClick(phones.table.focusWidget(), Qt.Key.Key_Return)
    phones.table.setFocus()
    phones.table.setCurrentCell(row, 0)
    qtbot.keyClick(phones.table, Qt.Key.Key_F2)
    qtbot.waitUntil(lambda: isinstance(phones.table.focusWidget(), QComboBox), timeout=5000)
    qtbot.keyClicks(phones.table.focusWidget(), "f")
    qtbot.keyClick(phones.table.focusWidget(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: phones.table.item(row, 0).text() == "fax", timeout=5000)  # Qt commits it queued
    qtbot.mouseClick(widget.detail.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: birthday.text() == "23/04" and not widget.detail.save_button.isEnabled(),
                    timeout=5000)
    saved = contacts.get_contact(widget.session, widget.current.id)
    assert saved.birthday == Birthday(4, 23) and [w.value for w in saved.websites] == ["https://sonne.example"]
    assert (saved.phones[-1].value, saved.phones[-1].kind, saved.phones[-1].label) == ("030 5550188", "fax", "")


def test_new_contact_with_inline_validation(qtbot, page):
    widget = page()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.keyClick(widget, "n", modifier=Qt.KeyboardModifier.ControlModifier)
    assert widget.detail.title.text() == "New contact"
    widget.detail.editor.birthday.setText("1990-13-45")
    widget.detail.editor.birthday.textEdited.emit("x")
    assert "Write dates" in widget.detail.editor.problems.text()
    widget.detail.save()
    assert contacts.count_contacts(widget.session) == 61  # nothing saved
    widget.detail.editor.birthday.setText("31.12.1990")
    widget.detail.editor.given.setText("Renée")
    widget.detail.editor.family.setText("Français")
    widget.detail.editor.given.textEdited.emit("Renée")
    assert widget.detail.editor.problems.text() == ""
    widget.detail.save()
    qtbot.waitUntil(lambda: widget.detail.title.text() == "Renée Français", timeout=5000)
    assert contacts.count_contacts(widget.session) == 62


def test_add_note_shows_in_timeline(qtbot, page):
    widget = page()
    widget.table.selectRow(0)
    qtbot.waitUntil(lambda: widget.current is not None, timeout=5000)
    widget.detail.tabs.setCurrentIndex(1)
    widget.detail.note_text.setText("Asked about a wedding cake")
    widget.detail.note_button.click()
    qtbot.waitUntil(lambda: "Asked about a wedding cake" in widget.detail.timeline.item(0).text(), timeout=5000)
    assert widget.detail.note_text.text() == ""


def test_delete_needs_owner_or_admin_and_confirmation(qtbot, page, quiet_message_boxes):
    staff = page(STAFF, 0)
    staff.table.selectRow(0)
    qtbot.waitUntil(lambda: staff.current is not None, timeout=5000)
    assert not staff.detail.delete_button.isEnabled() and "owner or admin" in staff.detail.delete_button.toolTip()
    admin = page(ADMIN, 0)
    admin.table.selectRow(0)
    qtbot.waitUntil(lambda: admin.current is not None, timeout=5000)
    admin.detail.delete_button.click()  # asked what erasing removes; the default answer is Cancel
    qtbot.waitUntil(lambda: len(quiet_message_boxes.shown) == 1, timeout=5000)
    assert "Erase Theo Template everywhere" in quiet_message_boxes.shown[0][1]
    assert contacts.count_contacts(admin.session) == 1
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Yes]
    admin.detail.delete_button.click()
    qtbot.waitUntil(lambda: admin.model.rowCount() == 0, timeout=5000)
    assert contacts.count_contacts(admin.session) == 0
    assert len(erasure.tombstones(admin.session)) == 1  # deleting is erasure


def test_viewer_reads_only(qtbot, page):
    widget = page(VIEWER, 0)
    widget.table.selectRow(0)
    qtbot.waitUntil(lambda: widget.current is not None, timeout=5000)
    assert widget.detail.editor.given.isReadOnly() and not widget.new_button.isVisible()
    assert not widget.detail.note_button.isVisible()


def test_import_dialog_dry_run_then_import(qtbot, open_as, access_to, monkeypatch):
    session = open_as(STAFF)
    dialog = ImportDialog(access_to(session))
    qtbot.addWidget(dialog)
    monkeypatch.setattr(ImportDialog, "ask_file", classmethod(lambda cls, parent: str(DATA / "google.csv")))
    dialog.choose_button.click()
    qtbot.waitUntil(lambda: dialog.parsed is not None, timeout=5000)
    assert "Google Contacts CSV, utf-8, 4 contacts" in dialog.file_label.text()
    assert dialog.preview.item(0, 0).text() == "Jürgen Müller"
    assert dialog.mapping.rowCount() == 20
    dialog.check_button.click()
    qtbot.waitUntil(lambda: "Would add 4" in dialog.result.toPlainText(), timeout=5000)
    assert contacts.count_contacts(session) == 1
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert "Added 4" in dialog.result.toPlainText()
    assert contacts.count_contacts(session) == 5


def test_import_dialog_reports_unreadable_file(qtbot, open_as, access_to, tmp_path):
    broken = tmp_path / "broken.vcf"
    broken.write_text("BEGIN:VCARD\nFN:Half a card\n", encoding="utf-8")
    dialog = ImportDialog(access_to(open_as(STAFF)))
    qtbot.addWidget(dialog)
    dialog.load(broken)
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.file_label.text(), timeout=5000)
    assert "END:VCARD missing" in dialog.result.toPlainText()
    assert not dialog.import_button.isEnabled()


@pytest.fixture
def shown_file(qtbot, open_as, access_to, tmp_path):
    """Staff's session and an Import dialog showing a CSV of ``rows`` contacts."""
    def show(rows: int):
        session = open_as(STAFF)
        path = write_csv(tmp_path / "list.csv", rows)
        dialog = ImportDialog(access_to(session))
        qtbot.addWidget(dialog)
        dialog.load(path)
        qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
        return session, dialog, path
    return show


def test_import_can_be_stopped_and_window_keeps_answering(qtbot, shown_file):
    session, dialog, _ = shown_file(20000)
    ticks_while_importing = []

    def tick():
        if dialog._running:
            ticks_while_importing.append(1)

    timer = QTimer(interval=10)
    timer.timeout.connect(tick)
    timer.start()
    dialog.import_button.click()
    # The event loop keeps running while the import works (stalls are measured by `make bench`).
    qtbot.waitUntil(lambda: dialog.progress.value() > 0 and len(ticks_while_importing) > 3, timeout=20000)
    dialog.cancel_button.click()  # "Stop"
    qtbot.waitUntil(lambda: not dialog._running, timeout=20000)
    timer.stop()
    assert "stopped" in dialog.result.toPlainText()
    assert contacts.count_contacts(session) == 1
    # The import reads the file row by row; after a stop, Import reads it again from the start.
    assert dialog.import_button.isEnabled() and dialog.count == 20000 and len(dialog.parsed.records) == 20
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.result.toPlainText().startswith("Added 20000"), timeout=60000)
    assert contacts.count_contacts(session) == 20001


def test_page_row_order_by_last_contact(qtbot, page):
    widget = page(STAFF, 30)
    widget.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)  # Last contact
    qtbot.waitUntil(lambda: widget.model.order == "last_interaction" and not widget.model._loading,
                    timeout=5000)
    dates = [widget.model.row_at(r).last_interaction_at for r in range(widget.model.rowCount())]
    assert dates == sorted(dates, reverse=True)


def test_a_file_changed_after_it_was_shown_imports_nothing(qtbot, shown_file):
    session, dialog, path = shown_file(300)
    assert "300 contacts" in dialog.file_label.text()
    with path.open("a", encoding="utf-8") as handle:  # another program writes to it meanwhile
        handle.write('Anna,"never closed\n')
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog._running, timeout=20000)
    assert dialog.result.toPlainText() == ("list.csv has changed since it was shown, so nothing was imported; "
                                           "choose it again to see what it holds now.")
    assert contacts.count_contacts(session) == 1
    dialog.load(path)  # chosen again: now the broken line is shown before anything is imported
    qtbot.waitUntil(lambda: "cannot be imported" in dialog.file_label.text(), timeout=10000)
    assert "line 302: a quoted field that begins on this line is never closed" in dialog.result.toPlainText()
    assert not dialog.import_button.isEnabled()


def test_only_the_latest_file_chosen_is_shown_and_imported(qtbot, open_as, access_to, tmp_path):
    session = open_as(STAFF)
    dialog = ImportDialog(access_to(session))
    qtbot.addWidget(dialog)
    dialog.load(write_csv(tmp_path / "large.csv", 20000))  # still being read when the next is chosen
    dialog.load(write_csv(tmp_path / "small.csv", 30))
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=20000)
    qtbot.wait(2000)  # the large file's reading has long finished
    assert dialog.count == 30 and dialog.file_label.text().startswith("small.csv")
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result.toPlainText().startswith("Added 30"), timeout=20000)
    assert contacts.count_contacts(session) == 31


def test_return_in_a_field_checks_and_never_imports(qtbot, shown_file):
    session, dialog, _ = shown_file(50)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.source.setFocus()
    qtbot.keyClicks(dialog.source, " from the old till")
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result.toPlainText().startswith("Would add 50"), timeout=10000)
    assert contacts.count_contacts(session) == 1
    # Tab from the file button walks the column choices in order.
    dialog.choose_button.setFocus()
    qtbot.keyClick(dialog.choose_button, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.mapping.cellWidget(0, 1)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.mapping.cellWidget(1, 1)


def test_closing_the_dialog_stops_the_import(qtbot, shown_file):
    session, dialog, _ = shown_file(4000)
    dialog.import_button.click()
    qtbot.waitUntil(lambda: dialog.progress.value() > 0, timeout=20000)
    dialog.reject()
    qtbot.waitUntil(lambda: not dialog._running, timeout=20000)
    assert contacts.count_contacts(session) == 1


def test_possible_duplicates_are_reviewed_from_the_page(qtbot, open_as, access_to, quiet_message_boxes):
    from crmdesk.core.imports import importing
    from crmdesk.core.people import duplicates
    from crmdesk.core.people.contact_model import ContactInput, Labelled

    staff = open_as(STAFF)
    jurgen = contacts.add_contact(staff, ContactInput(given_name="Jürgen", family_name="Müller",
                                                      phones=[Labelled("+49 30 5550199")]))
    importing.import_contacts(staff, [(2, ContactInput(given_name="Jörg", family_name="Müller",
                                                       phones=[Labelled("+49 30 5550199")]))])
    widget = ContactsPage(access_to(staff))
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitUntil(lambda: widget.duplicates_link.isVisible(), timeout=10000)
    assert "1 possible duplicate to review" in widget.duplicates_link.text()
    dialog = widget.review_duplicates()  # as clicking the link does
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=10000)
    assert dialog.model.index(0, 0).data() == "Jürgen Müller" and dialog.model.index(0, 1).data() == "Jörg Müller"
    # The two side by side: Cancel merges nothing.
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merging is not None and dialog.merging.isVisible(), timeout=10000)
    qtbot.keyClick(dialog.merging, Qt.Key.Key_Escape)
    assert not dialog.merging.isVisible() and duplicates.list_possible(staff)
    # Again: the given name differs, and the reviewer takes the later one; Enter merges nothing by itself.
    qtbot.mouseClick(dialog.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.merging.isVisible(), timeout=10000)
    merging = dialog.merging
    later = merging._choices["given_name"]
    assert later.text() == "Jörg" and not later.isChecked() and list(merging._choices) == ["given_name"]
    qtbot.mouseClick(later, Qt.MouseButton.LeftButton, pos=QPoint(8, later.height() // 2))  # its round button
    qtbot.keyClick(later, Qt.Key.Key_Return)
    assert merging.isVisible() and merging.taken() == ["given_name"]
    qtbot.mouseClick(merging.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=10000)
    assert "Merged into Jörg Müller" in dialog.result.text()
    qtbot.waitUntil(lambda: not widget.duplicates_link.isVisible() and widget.model.rowCount() == 2, timeout=10000)
    merged = contacts.get_contact(staff, jurgen.id)
    assert (merged.given_name, merged.family_name, merged.phones[0].value) == ("Jörg", "Müller", "+49 30 5550199")
    entry = staff.conn.execute("SELECT action, detail FROM audit ORDER BY seq DESC").fetchone()
    assert entry[0] == "contacts.merged" and '"took":["given_name"]' in entry[1] and "Jörg" not in entry[1]


def test_return_typed_before_the_results_came_picks_the_first_result(qtbot, page):
    """A quick typist's Return goes to the first result for what was typed, not to a row of the list
    the search is about to replace."""
    widget = page()
    widget.search.setFocus()
    qtbot.keyClicks(widget.search, "templ")
    qtbot.keyClick(widget.search, Qt.Key.Key_Return)  # at once: the search has not answered yet
    qtbot.waitUntil(lambda: widget.current is not None, timeout=5000)
    assert widget.model.rowCount() == 1
    assert widget.current.display_name == "Theo Template"
    assert widget.table.hasFocus()
    qtbot.keyClick(widget.table, Qt.Key.Key_Tab)  # Tab leaves the list, it does not trap
    assert not widget.table.hasFocus()


def test_the_count_of_a_list_longer_than_a_page_comes_after_the_page(qtbot, page):
    widget = page(STAFF, 250)
    assert widget.model.rowCount() == 100 and widget.model.canFetchMore()
    qtbot.waitUntil(lambda: widget.status.text() == "251 contacts", timeout=5000)  # not "100+": counted


class _Paints(QObject):
    """Counts the paints of a widget."""

    def __init__(self, widget):
        super().__init__(widget)
        self.count = 0
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt naming
        if event.type() == QEvent.Type.Paint:
            self.count += 1
        return False


def test_new_results_and_pages_are_painted_once(qtbot, page):
    """Each keystroke's results, and each page scrolled in, are painted once: painting the list is most
    of the time a keystroke or a scroll keeps the window busy."""
    widget = page(STAFF, 250)
    paints = _Paints(widget.table.viewport())
    widget.search.setFocus()
    counts = []
    for key, text in ((Qt.Key.Key_A, "a"), (Qt.Key.Key_N, "an"), (Qt.Key.Key_N, "ann"),
                      (Qt.Key.Key_Backspace, "an"), (Qt.Key.Key_Backspace, "a"), (Qt.Key.Key_Backspace, "")):
        qtbot.wait(100)  # nothing else is waiting to be painted
        paints.count = 0
        qtbot.keyClick(widget.search, key)
        qtbot.waitUntil(lambda text=text: widget.model.query == text and not widget.model.loading, timeout=5000)
        qtbot.wait(100)
        counts.append((text, widget.model.rowCount(), paints.count))
    assert [count for _, _, count in counts] == [1] * 6, counts
    paints.count = 0
    rows = widget.model.rowCount()
    widget.model.fetchMore()
    qtbot.waitUntil(lambda: widget.model.rowCount() > rows, timeout=5000)
    qtbot.wait(100)
    assert paints.count == 1


def test_the_dry_run_names_the_columns_it_leaves_out_and_a_chosen_field_keeps_one(qtbot, open_as, access_to):
    """Thunderbird's nickname and department have no field: the check says so before anything is imported,
    and giving the column a field takes it in."""
    dialog = ImportDialog(access_to(open_as(STAFF)))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(REAL / "thunderbird_shape.csv")
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    dialog.source.setFocus()
    qtbot.keyClick(dialog.source, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.result.toPlainText().startswith("Would add 2"), timeout=10000)
    result = dialog.result.toPlainText()
    assert "Not imported: 2 columns hold data no field takes (Nickname, Department)" in result
    assert "birthday" not in result  # the birthday without its year comes in as day and month
    department = dialog.mapping.cellWidget(dialog.parsed.headers.index("Department"), 1)
    department.setCurrentIndex(department.findData("notes"))  # the department goes into the notes
    qtbot.waitUntil(lambda: dialog.parsed is not None and dialog.parsed.ignored == ["Nickname"], timeout=10000)
    assert dialog.result.toPlainText().startswith("Not imported: the column 'Nickname' holds data")


def test_choosing_the_character_set_reads_the_names_right(qtbot, open_as, access_to, tmp_path):
    """A Polish Excel CSV in Windows-1250 says nothing of it: read as Windows-1252 the names are wrong, and
    choosing Central European shows them right before anything is imported, and imports them so."""
    path = tmp_path / "klienci.csv"
    path.write_bytes("Name;E-Mail;Ort\r\nŁukasz Żak;l@x.example;Łódź\r\n".encode("cp1250"))
    session = open_as(STAFF)
    dialog = ImportDialog(access_to(session))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.import_button.isEnabled(), timeout=10000)
    assert dialog.preview.item(0, 0).text() == "£ukasz ¯ak"
    dialog.characters.setFocus()
    while dialog.characters.currentData() != "windows-1250":
        qtbot.keyClick(dialog.characters, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: dialog.parsed is not None and dialog.preview.item(0, 0).text() == "Łukasz Żak",
                    timeout=10000)
    assert "windows-1250" in dialog.file_label.text() or "cp1250" in dialog.file_label.text()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: not dialog.import_button.isEnabled() and "Added 1" in dialog.result.toPlainText(),
                    timeout=10000)
    imported = contacts.get_contact(session, search.search_contacts(session, "żak").rows[0].id)
    assert (imported.display_name, imported.addresses[0].city) == ("Łukasz Żak", "Łódź")


def test_the_language_of_letters_is_chosen_in_the_editor(qtbot, page):
    """Typed into the combo box as a person does; saved with the contact, shown again when selected."""
    widget = page()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    qtbot.keyClick(widget, "n", modifier=Qt.KeyboardModifier.ControlModifier)
    editor = widget.detail.editor
    assert editor.language.currentText() == "the shop's language"
    qtbot.keyClicks(editor.given, "Zofia")
    editor.language.setFocus()
    qtbot.keyClicks(editor.language, "Polski")
    widget.detail.save()
    qtbot.waitUntil(lambda: widget.detail.title.text() == "Zofia", timeout=5000)
    [found] = [c for c in search.search_contacts(widget.session, "Zofia").rows]
    assert contacts.get_contact(widget.session, found.id).language == "pl"
    assert editor.language.currentText() == "Polski"
