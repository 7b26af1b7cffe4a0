"""The Requests page and the restriction banner, driven like a user."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QMessageBox

from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import erasure, requests, restriction
from crmdesk.ui.contacts_page import ContactsPage
from crmdesk.ui.requests_page import NewRequestDialog, NoDataDialog, RequestsPage
from tests.conftest import OWNER, STAFF

YES = QMessageBox.StandardButton.Yes


def person(session, given="Zofia"):
    return contacts.add_contact(session, ContactInput(given_name=given, family_name="Łukasiewicz",
                                                      emails=[Labelled(f"{given.lower()}@example.pl")]))


def make_page(qtbot, access) -> RequestsPage:
    page = RequestsPage(access)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    return page


def test_open_requests_by_due_date_with_overdue_in_red(qtbot, qtmodeltester, open_as, access_to):
    staff = open_as(STAFF)
    late = requests.open_request(staff, person(staff, "Anna").id, "access",
                                 received_on=date.today() - timedelta(days=45))
    soon = requests.open_request(staff, person(staff, "Ben").id, "erasure")
    page = make_page(qtbot, access_to(staff))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    qtmodeltester.check(page.model)
    assert [r.reference for r in page.model.records] == [late.reference, soon.reference]
    days = page.model.index(0, 5)
    assert days.data().endswith("overdue") and days.data(Qt.ItemDataRole.ForegroundRole) is not None
    assert page.model.index(1, 5).data(Qt.ItemDataRole.ForegroundRole) is None
    page.show_which.setCurrentIndex(page.show_which.findData("overdue"))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)


def test_new_request_from_the_dialog(qtbot, open_as, access_to):
    staff = open_as(STAFF)
    zofia = person(staff)
    dialog = NewRequestDialog(access_to(staff), zofia)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("portability"))
    qtbot.waitUntil(lambda: "Due on" in dialog.due.text(), timeout=10000)  # the shop's holidays read first
    dialog.received.setDate(QDate(2026, 1, 31))
    assert dialog.due.text() == ("Due on Mon, 2 Mar 2026: one calendar month after receipt; 28 February 2026 is a "
                                 "Saturday, 1 March 2026 a Sunday.")
    dialog.received.setDate(QDate.currentDate())
    with qtbot.waitSignal(dialog.opened, timeout=10000) as opened:
        dialog.open_button.click()
    assert opened.args[0].type == "portability" and opened.args[0].contact_id == zofia.id


def test_typing_a_name_narrows_and_the_list_never_takes_the_keys(qtbot, open_as, access_to):
    """Typed key by key into whatever has focus, as a person types: the field
    keeps every letter while the suggestions follow; arrows and Return pick."""
    from PySide6.QtWidgets import QApplication

    from crmdesk.core.imports import demo

    staff = open_as(STAFF)
    demo.fill_demo(staff, 300)
    target = contacts.add_contact(staff, ContactInput(given_name="Katarzyna", family_name="Kowalczyk"))
    dialog = NewRequestDialog(access_to(staff))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    dialog.person.setFocus()
    qtbot.waitUntil(lambda: dialog.person.hasFocus(), timeout=5000)
    for letter in "Kowalcz":
        qtbot.keyClick(QApplication.focusWidget(), letter)
        qtbot.wait(30)  # the suggestions for the letters so far may arrive meanwhile
    assert dialog.person.text() == "Kowalcz"
    qtbot.waitUntil(lambda: dialog.completer.popup().isVisible() and dialog.matches.rowCount() == 1, timeout=10000)
    assert dialog.matches.item(0).text().startswith("Katarzyna Kowalczyk")
    qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(dialog.completer.popup(), Qt.Key.Key_Return)
    assert dialog.contact_id == target.id and dialog.person.text().startswith("Katarzyna Kowalczyk")
    with qtbot.waitSignal(dialog.opened, timeout=10000) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0].contact_id == target.id


def test_verify_then_export_the_access_report(qtbot, open_as, access_to, tmp_path):
    staff = open_as(STAFF)
    zofia = person(staff)
    opened = requests.open_request(staff, zofia.id, "access")
    page = make_page(qtbot, access_to(staff))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    assert page.buttons["verify"].isVisible() and not page.buttons["export"].isVisible()
    page.ask_method = lambda: requests.VERIFICATION_METHODS[0]
    page.buttons["verify"].click()
    qtbot.waitUntil(lambda: page.buttons["export"].isVisible(), timeout=10000)
    asked = []
    page.ask_export_target = lambda reference, sender_missing, language: asked.append(
        (sender_missing, language)) or (tmp_path, "a long password", "en")
    page.buttons["export"].click()
    qtbot.waitUntil(lambda: "are in" in page.result.text(), timeout=15000)
    pdf = tmp_path / f"access-report-{opened.reference}.pdf"
    data = json.loads((tmp_path / f"personal-data-{opened.reference}.json").read_text(encoding="utf-8"))
    assert data["person"]["family_name"] == "Łukasiewicz"
    text = subprocess.run(["pdftotext", "-upw", "a long password", str(pdf), "-"], capture_output=True, text=True)
    assert "Zofia Łukasiewicz" in text.stdout
    done = requests.get_request(staff, opened.reference)
    assert done.status == "in_progress" and len(done.artefacts) == 2
    assert asked == [(True, "en")]  # no postal address for the shop yet: the dialog says so; the shop's language


def test_the_report_password_is_typed_twice_and_a_refusal_keeps_the_folder(qtbot, tmp_path):
    from crmdesk.ui.export_report_dialog import ExportReportDialog

    dialog = ExportReportDialog("R-2026-0001", sender_missing=True)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sender.isVisible() and "postal address is empty" in dialog.sender.text()
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(tmp_path))
    qtbot.keyClicks(dialog.password, "a long password")
    qtbot.keyClicks(dialog.repeat, "a long pasword")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and "differ" in dialog.problem.text()
    assert dialog.folder.text() == str(tmp_path)  # the folder stays chosen
    dialog.password.clear()
    dialog.repeat.clear()
    qtbot.keyClicks(dialog.password, "short")
    qtbot.keyClicks(dialog.repeat, "short")
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.isVisible() and "shorter than 8" in dialog.problem.text()
    dialog.repeat.clear()
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "a long password")
    assert "Weak" in dialog.hint.text() or "." in dialog.hint.text()
    assert dialog.language.currentText() == "English"  # the person's, else the shop's, offered first
    dialog.language.setFocus()
    qtbot.keyClicks(dialog.language, "Polski")
    qtbot.keyClicks(dialog.repeat, "a long password")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.repeat, Qt.Key.Key_Return)
    assert dialog.target() == (tmp_path, "a long password", "pl")
    again = ExportReportDialog("R-2026-0002", sender_missing=False)
    qtbot.addWidget(again)
    assert again.folder.text() == str(tmp_path) and not again.sender.isVisible()


def test_erase_from_the_page_needs_an_owner_and_a_confirmation(qtbot, open_as, access_to, quiet_message_boxes):
    staff, owner = open_as(STAFF), open_as(OWNER)
    zofia = person(staff)
    opened = requests.open_request(staff, zofia.id, "erasure")
    requests.verify(staff, opened.reference, "ID")
    staff_page = make_page(qtbot, access_to(staff))
    qtbot.waitUntil(lambda: staff_page.model.rowCount() == 1, timeout=10000)
    staff_page.table.selectRow(0)
    assert not staff_page.buttons["erase"].isVisible()
    page = make_page(qtbot, access_to(owner))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    assert page.buttons["erase"].isVisible()
    page.buttons["erase"].click()  # answered with Cancel, once it says what goes
    qtbot.waitUntil(lambda: bool(quiet_message_boxes.shown), timeout=10000)
    assert contacts.count_contacts(owner) >= 1 and "1 e-mail address" in quiet_message_boxes.shown[-1][1]
    quiet_message_boxes.next_answers = [YES]
    page.buttons["erase"].click()
    qtbot.waitUntil(lambda: "Erased" in page.result.text(), timeout=10000)
    assert requests.get_request(owner, opened.reference).status == "fulfilled"
    assert zofia.id in [t.contact_id for t in erasure.tombstones(owner)]


def test_an_erasure_while_a_backup_reads_says_when_the_old_pages_go(qtbot, open_as, access_to, quiet_message_boxes,
                                                                    monkeypatch):
    from tests.support.raw import raw_connection

    monkeypatch.setattr(erasure, "OVERWRITE_WAIT_SECONDS", 0.2)
    owner = open_as(OWNER)
    zofia = person(owner)
    opened = requests.open_request(owner, zofia.id, "erasure")
    requests.verify(owner, opened.reference, "ID")
    reader = raw_connection(owner)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM contacts").fetchone()  # a backup holding its snapshot
    page = make_page(qtbot, access_to(owner))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    quiet_message_boxes.next_answers = [YES]
    page.buttons["erase"].click()
    qtbot.waitUntil(lambda: "Erased" in page.result.text(), timeout=10000)
    assert "overwritten when it ends" in page.result.text()
    reader.execute("COMMIT")
    reader.close()


def test_a_restricted_contact_shows_a_banner_and_cannot_be_edited(qtbot, open_as, access_to, quiet_message_boxes):
    staff = open_as(STAFF)
    zofia = person(staff)
    restriction.set_restricted(staff, zofia.id, True)
    page = ContactsPage(access_to(staff))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    page.select_contact(zofia.id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == zofia.id, timeout=10000)
    detail = page.detail
    assert detail.banner.isVisible() and "restricted" in detail.banner.text()
    assert detail.editor.given.isReadOnly() and detail.lift_button.isVisible()
    assert not detail.consents.capture_button.isEnabled()
    quiet_message_boxes.next_answers = [YES]
    detail.lift_button.click()
    qtbot.waitUntil(lambda: not detail.banner.isVisible(), timeout=10000)
    assert restriction.flags(staff, zofia.id) == (False, False)


def test_a_correction_from_the_requests_page_is_recorded_in_the_request(qtbot, open_as, access_to):
    from crmdesk.ui.main_window import MainWindow

    staff = open_as(STAFF)
    zofia = person(staff)
    opened = requests.open_request(staff, zofia.id, "rectification")
    requests.verify(staff, opened.reference, "known customer")
    window = MainWindow(access_to(staff))
    qtbot.addWidget(window)
    window.show()
    page = window.show_page("Requests")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10000)
    page.table.selectRow(0)
    page.buttons["rectify"].click()
    contacts_page = window.contacts_page
    qtbot.waitUntil(lambda: contacts_page.current is not None and contacts_page.current.id == zofia.id,
                    timeout=10000)
    detail = contacts_page.detail
    assert opened.reference in detail.banner.text()
    detail.editor.family.selectAll()
    qtbot.keyClicks(detail.editor.family, "Nowak")
    detail.save()
    qtbot.waitUntil(lambda: "rectified" in requests.get_request(staff, opened.reference).notes, timeout=10000)
    notes = requests.get_request(staff, opened.reference).notes
    assert "family_name" in notes and "Łukasiewicz" not in notes and "Nowak" not in notes


def test_an_extension_then_the_person_told_of_it(qtbot, open_as, access_to):
    """Extend within the first month; the page says by when to tell the person, and the button records it.
    An overdue request offers no extension: the month to announce one is over."""
    staff = open_as(STAFF)
    late = requests.open_request(staff, person(staff, "Anna").id, "access",
                                 received_on=date.today() - timedelta(days=45))
    fresh = requests.open_request(staff, person(staff, "Ben").id, "access",
                                  received_on=date.today() - timedelta(days=2))
    page = make_page(qtbot, access_to(staff))
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=10000)
    page.table.selectRow(0)
    assert page.selected().reference == late.reference
    assert not page.buttons["extend"].isVisible() and page.buttons["refuse"].isVisible()
    page.table.selectRow(1)
    assert page.buttons["extend"].isVisible() and not page.buttons["told"].isVisible()
    page.ask_text = lambda title, label: "the paper files are in storage"
    qtbot.mouseClick(page.buttons["extend"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.buttons["told"].isVisible(), timeout=10000)
    assert "must be told of the extension and why by" in page.detail.toPlainText()
    page.show_view("to_tell")
    qtbot.waitUntil(lambda: [r.reference for r in page.model.records] == [fresh.reference], timeout=10000)
    page.table.selectRow(0)
    qtbot.mouseClick(page.buttons["told"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10000)  # nobody left to tell
    assert requests.get_request(staff, fresh.reference).extension_told_on == date.today()
    assert "was told of the extension" in page.result.text()


def test_a_reply_that_no_data_is_held_from_the_page(qtbot, open_as, access_to, tmp_path):
    import docx

    staff = open_as(STAFF)
    person(staff, "Anna")
    page = make_page(qtbot, access_to(staff))
    qtbot.mouseClick(page.no_data_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(NoDataDialog)
    qtbot.keyClicks(dialog.requester, "Anna")  # (QTest types Latin-1 only)
    assert dialog.searched.toPlainText() == "Anna"  # the name is the first thing searched for
    dialog.ask_target = lambda suggestion: tmp_path / "reply.docx"
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "finds data in the vault" in dialog.message.text(), timeout=10000)  # she is in the vault
    assert not (tmp_path / "reply.docx").exists() and requests.list_requests(staff) == []
    dialog.requester.clear()
    qtbot.keyClicks(dialog.requester, "Jan Kowalski")
    dialog.searched.setPlainText("Jan Kowalski\njan@example.pl")
    qtbot.mouseClick(dialog.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert "nothing is held about Jan Kowalski" in page.result.text()
    [answered] = requests.list_requests(staff)
    assert answered.who == "Jan Kowalski (no data held)" and answered.artefacts[0].kind == "no-data reply (DOCX)"
    letter = "\n".join(p.text for p in docx.Document(str(tmp_path / "reply.docx")).paragraphs)
    assert "We hold no personal data about you" in letter and "jan@example.pl" in letter


def test_the_received_day_is_typed_day_first_and_kept_as_typed(qtbot, open_as, access_to):
    """QDateEdit checked each part against today as it was typed: "30" typed on the 1st of a month became
    "3", and the request was stored as received on another day. The field now reads the whole text."""
    staff = open_as(STAFF)
    zofia = person(staff)
    dialog = NewRequestDialog(access_to(staff), zofia)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: "Due on" in dialog.due.text(), timeout=10000)
    last_month_end = QDate.currentDate().addDays(-QDate.currentDate().day())  # day 28 to 31, past
    field = dialog.received.line
    field.selectAll()
    qtbot.keyClicks(field, last_month_end.toString("dd/MM/yyyy"))  # as British English writes it
    assert dialog.received.date() == last_month_end and dialog.received.problem() == ""
    field.selectAll()
    tomorrow = QDate.currentDate().addDays(1)
    qtbot.keyClicks(field, tomorrow.toString("dd/MM/yyyy"))
    assert "still to come" in dialog.due.text()
    qtbot.keyClick(field, Qt.Key.Key_Return)  # Return in the field asks to register: refused, and said why
    assert "still to come" in dialog.message.text() and dialog.isVisible()
    assert requests.list_requests(staff) == []  # nothing registered
    field.selectAll()
    qtbot.keyClicks(field, last_month_end.toString("d.M.yyyy"))  # the German way is read too
    with qtbot.waitSignal(dialog.opened, timeout=10000) as opened:
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
    assert opened.args[0].received_on == last_month_end.toPython()
