"""Consent in the window: the capture dialog, the Consents tab, the Consent page, the list filter."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QMessageBox

from crmdesk.core.imports import demo
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import consent, purposes, restriction
from crmdesk.ui.consent_dialog import ConsentCaptureDialog
from crmdesk.ui.consent_page import ConsentPage, PurposeTableModel
from crmdesk.ui.consents_panel import ConsentsPanel
from crmdesk.ui.contacts_page import ContactsPage
from crmdesk.ui.import_dialog import ImportDialog
from crmdesk.ui.signature_pad import PNG_SIZE, SignaturePad
from tests.conftest import OWNER, STAFF, VIEWER

DATA = Path(__file__).resolve().parent.parent / "data" / "import"
YES = QMessageBox.StandardButton.Yes


def sign(qtbot, pad: SignaturePad) -> None:
    """Draw a stroke with the mouse, as a customer would."""
    qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=pad.rect().center() - pad.rect().center() / 2)
    for step in range(1, 12):
        pad.mouseMoveEvent(_move(pad, QPointF(40 + step * 20, 50 + (step % 3) * 15)))
    qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton)


def _move(pad, point):
    from PySide6.QtGui import QMouseEvent

    return QMouseEvent(QMouseEvent.Type.MouseMove, point, pad.mapToGlobal(point), Qt.MouseButton.NoButton,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)


def new_contact(session, name="Anna") -> contacts.Contact:
    return contacts.add_contact(session, ContactInput(given_name=name, family_name="Berg"))


def capture_dialog(access, contact) -> ConsentCaptureDialog:
    return ConsentCaptureDialog(access, contact, consent.capture_choices(access.session))


def contacts_page(qtbot, access) -> ContactsPage:
    page = ContactsPage(access)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=10000)
    return page


def show(qtbot, page: ContactsPage, contact_id: str) -> None:
    """Click the contact in the list and wait for its details."""
    page.select_contact(contact_id)
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == contact_id, timeout=10000)


def test_capture_starts_unticked_and_records_exactly_the_ticked_purposes(qtbot, open_as, access_to,
                                                                          quiet_message_boxes):
    staff = open_as(STAFF)
    anna = new_contact(staff)
    access = access_to(staff)
    dialog = capture_dialog(access, anna)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.boxes and not any(box.check.isChecked() for box in dialog.boxes)
    assert not dialog.confirm_button.isEnabled()
    keys = [box.purpose.key for box in dialog.boxes]
    assert set(keys) == {p.key for p in purposes.list_purposes(staff, include_retired=False) if p.needs_consent}
    newsletter = dialog.boxes[keys.index("newsletter-email")]
    assert newsletter.body.text() == purposes.current_text(staff, "newsletter-email", "en").body
    dialog.language.setCurrentIndex(list(purposes.LANGUAGES).index("de"))
    assert newsletter.body.text().startswith("Ich möchte")
    newsletter.check.setChecked(True)
    dialog.witness.setText("Jonas")
    sign(qtbot, dialog.pad)
    assert not dialog.pad.is_empty()
    quiet_message_boxes.next_answers = [YES]
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        dialog.confirm_button.click()
    summary = quiet_message_boxes.shown[-1][1]
    assert "Newsletter by e-mail — consent given (text version 1, German)" in summary and "Witness: Jonas" in summary
    (entry,) = consent.history(staff, anna.id)
    assert (entry.purpose_key, entry.action, entry.witness) == ("newsletter-email", "granted", "Jonas")
    assert purposes.get_text(staff, entry.text_id).language == "de"
    (signature,) = entry.evidence
    _, png = consent.evidence_data(staff, signature.id)
    image = QImage.fromData(png, "PNG")
    assert signature.media_type == "image/png" and image.size() == PNG_SIZE
    assert any(image.pixelColor(x, y).value() < 128 for x in range(0, 600, 3) for y in range(0, 200, 3))

    panel = ConsentsPanel(access)  # the Consents tab shows the stored signature back
    qtbot.addWidget(panel)
    panel.show_contact(anna, consent.current_states(staff, anna.id), consent.history(staff, anna.id))
    panel.history.setCurrentRow(0)
    qtbot.waitUntil(lambda: panel.signature.isVisibleTo(panel), timeout=10000)
    assert not panel.signature.pixmap().isNull()
    assert "Ich möchte den Newsletter" in panel.text_view.toPlainText()


def test_cancelled_summary_records_nothing(qtbot, open_as, access_to, quiet_message_boxes):
    staff = open_as(STAFF)
    anna = new_contact(staff)
    dialog = capture_dialog(access_to(staff), anna)
    qtbot.addWidget(dialog)
    dialog.boxes[0].check.setChecked(True)
    dialog.confirm_button.click()  # the summary is answered with Cancel
    assert consent.history(staff, anna.id) == []


def test_return_after_handing_back_records_and_escape_asks_first(qtbot, open_as, access_to,
                                                                 quiet_message_boxes):
    """At the counter, by keyboard and mouse: the customer ticks and signs, hands
    back; Return then records (after the summary), and nothing captured is
    thrown away by Escape without asking."""
    staff = open_as(STAFF)
    anna = new_contact(staff)
    dialog = capture_dialog(access_to(staff), anna)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.mouseClick(dialog.hand_over, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.boxes[0].check.hasFocus(), timeout=5000)
    qtbot.keyClick(dialog.boxes[0].check, Qt.Key.Key_Space)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # the customer holds the screen: nothing closes
    assert dialog.isVisible()
    sign(qtbot, dialog.pad)
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm_button.hasFocus() and not dialog.cancel_button.hasFocus()
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Cancel]
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert dialog.isVisible() and "Close without recording" in quiet_message_boxes.shown[-1][1]
    quiet_message_boxes.next_answers = [YES]
    with qtbot.waitSignal(dialog.recorded, timeout=10000):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert "Record for Anna Berg" in quiet_message_boxes.shown[-1][1]
    (entry,) = consent.history(staff, anna.id)
    assert entry.action == "granted" and [e.kind for e in entry.evidence] == ["signature"]


def test_customer_view_hides_staff_fields_until_handed_back(qtbot, open_as, access_to):
    staff = open_as(STAFF)
    dialog = capture_dialog(access_to(staff), new_contact(staff))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.boxes[0].check.setChecked(True)
    dialog.hand_over.click()
    assert not dialog.staff_fields.isVisible() and not dialog.confirm_button.isVisible()
    assert dialog.back_button.isVisible() and "font-size" in dialog.purposes.styleSheet()
    dialog.back_button.click()
    assert dialog.staff_fields.isVisible() and dialog.confirm_button.isEnabled()


def test_one_click_withdraw_shows_everywhere_at_once(qtbot, open_as, access_to, quiet_message_boxes):
    staff = open_as(STAFF)
    anna = new_contact(staff)
    consent.record(staff, anna.id, "newsletter-email", "granted")
    page = contacts_page(qtbot, access_to(staff))
    show(qtbot, page, anna.id)
    row_of_anna = page.model.row_of(anna.id)
    assert page.model.index(row_of_anna, 1).data() == "✓ Newsletter"
    page.detail.tabs.setCurrentIndex(2)
    panel = page.detail.consents
    row = next(r for r in range(panel.states.rowCount()) if panel.states.item(r, 0).text() == "Newsletter by e-mail")
    button = panel.states.cellWidget(row, 2)
    assert button.text() == "Withdraw" and panel.states.item(row, 1).text().startswith("✓ Consent given until")
    quiet_message_boxes.next_answers = [YES]
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.states.item(row, 1).text() == "✗ Withdrawn", timeout=10000)
    assert consent.history(staff, anna.id)[-1].action == "withdrawn"
    assert "No lawful basis" in panel.basis_hint.text()
    # The list says the same as the panel, without anyone asking it to.
    qtbot.waitUntil(lambda: page.model.row_of(anna.id) is not None
                    and "✗ Newsletter" in page.model.index(page.model.row_of(anna.id), 1).data(), timeout=10000)


def test_a_basis_ended_by_an_objection_comes_back_only_with_a_reason(qtbot, open_as, access_to,
                                                                      quiet_message_boxes):
    owner = open_as(OWNER)
    otto = new_contact(owner, "Otto")
    consent.record(owner, otto.id, "customer-care", "recorded")
    restriction.object_to_processing(owner, otto.id)
    page = contacts_page(qtbot, access_to(owner))
    show(qtbot, page, otto.id)
    page.detail.tabs.setCurrentIndex(2)
    panel = page.detail.consents

    def button():
        row = next(r for r in range(panel.states.rowCount()) if panel.states.item(r, 0).text() == "Customer care")
        return panel.states.cellWidget(row, 2)

    assert button().text() == "Record basis"
    quiet_message_boxes.next_answers = [YES, "  "]  # nothing typed: nothing recorded
    qtbot.mouseClick(button(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "say why it applies again" in panel.result.text(), timeout=10000)
    assert "say why it applies again" in quiet_message_boxes.shown[-1][1]
    quiet_message_boxes.next_answers = [YES, "New service contract 2026-7"]
    qtbot.mouseClick(button(), Qt.MouseButton.LeftButton)
    def care():
        return [e for e in consent.history(owner, otto.id) if e.purpose_key == "customer-care"]

    qtbot.waitUntil(lambda: care()[-1].action == "recorded", timeout=10000)
    assert care()[-1].note == "New service contract 2026-7"
    assert [e.action for e in care()] == ["recorded", "ended", "recorded"]


def test_viewers_see_consents_but_cannot_record(qtbot, open_as, access_to):
    viewer = open_as(VIEWER)
    anna = new_contact(open_as(STAFF))
    panel = ConsentsPanel(access_to(viewer))
    qtbot.addWidget(panel)
    panel.show_contact(contacts.get_contact(viewer, anna.id), consent.current_states(viewer, anna.id))
    assert not panel.capture_button.isVisibleTo(panel) and panel.open_capture() is None
    assert all(panel.states.cellWidget(r, 2) is None for r in range(panel.states.rowCount()))


def test_consent_page_adds_publishes_and_counts(qtbot, qtmodeltester, open_as, access_to):
    owner = open_as(OWNER)
    demo.fill_demo(owner, 80)
    page = ConsentPage(access_to(owner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: any(tally for _, tally in page.model.records), timeout=10000)
    qtmodeltester.check(page.model)
    counts = consent.counts(owner)
    shown = {p.key: tally for p, tally in page.model.records}
    assert shown["newsletter-email"] == counts["newsletter-email"]

    dialog = page.add_purpose()
    dialog.key.setText("loyalty-club")
    dialog.title.setText("Loyalty club")
    dialog.text.setPlainText("I join the loyalty club.")
    dialog.submitted.emit()  # an empty text or bad key would keep the dialog open with the reason
    qtbot.waitUntil(lambda: "loyalty-club" in [p.key for p, _ in page.model.records], timeout=10000)
    assert page.selected().key == "loyalty-club" and "I join the loyalty club." in page.text_view.toPlainText()

    dialog = page.publish_text()
    dialog.text.setPlainText("I join the loyalty club and collect stamps.")
    dialog.submitted.emit()
    qtbot.waitUntil(lambda: page.versions.count() == 2, timeout=10000)
    assert [t.version for t in purposes.texts(owner, "loyalty-club")] == [2, 1]

    bad = page.add_purpose()
    bad.key.setText("Bad Key!")
    bad.title.setText("X")
    bad.submitted.emit()
    qtbot.waitUntil(lambda: "letters, digits" in bad.message.text(), timeout=10000)
    assert bad.isVisible()


def test_staff_see_the_consent_page_without_editing(qtbot, open_as, access_to):
    page = ConsentPage(access_to(open_as(STAFF)))
    qtbot.addWidget(page)
    page.show()
    assert not page.add_button.isVisible() and not page.publish_button.isVisible()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 5, timeout=10000)
    assert PurposeTableModel.HEADERS[0] == "Purpose"


def test_list_filter_without_basis(qtbot, open_as, access_to):
    owner = open_as(OWNER)
    demo.fill_demo(owner, 120)
    page = contacts_page(qtbot, access_to(open_as(STAFF)))
    page.set_without_basis(True)
    qtbot.waitUntil(lambda: "without a lawful basis" in page.status.text(), timeout=10000)
    expected = {r.id for r in consent.list_without_basis(owner, limit=500).rows}
    while page.model.canFetchMore():
        page.model.fetchMore()
        qtbot.waitUntil(lambda: not page.model._loading, timeout=10000)
    shown = {page.model.row_at(r).id for r in range(page.model.rowCount())}
    assert shown == expected and 0 < len(shown) < 121
    assert all("No lawful basis" in page.model.index(r, 1).data() for r in range(page.model.rowCount()))
    assert not page.search.isEnabled()


def test_import_dialog_records_the_chosen_basis(qtbot, open_as, access_to, tmp_path):
    staff = open_as(STAFF)
    csv = tmp_path / "fair.csv"
    csv.write_text("Name,E-mail\nMarta Nowak,marta@example.pl\nJörg Größe,joerg@example.de\n", encoding="utf-8")
    dialog = ImportDialog(access_to(staff))
    qtbot.addWidget(dialog)
    dialog.load(csv)
    qtbot.waitUntil(lambda: dialog.parsed is not None and dialog.basis.count() > 1, timeout=10000)
    offered = {dialog.basis.itemData(i) for i in range(dialog.basis.count())}
    assert "customer-care" in offered and not offered & {"newsletter-email", "photos-marketing"}  # never consent
    dialog.basis.setCurrentIndex(dialog.basis.findData("customer-care"))
    dialog.source.setText("trade fair list")
    with qtbot.waitSignal(dialog.imported, timeout=10000):
        dialog.import_button.click()
    assert "Lawful basis “customer-care” recorded for 2 of these contacts" in dialog.result.toPlainText()
    found = contacts.list_contacts(staff, limit=500).rows
    marta = next(r for r in found if r.display_name == "Marta Nowak")
    (entry,) = consent.history(staff, marta.id)
    assert (entry.action, entry.method, entry.note) == ("recorded", "imported", "trade fair list")


def test_signature_pad_starts_empty_and_clears(qtbot):
    pad = SignaturePad()
    qtbot.addWidget(pad)
    pad.resize(480, 160)
    pad.show()
    assert pad.is_empty() and pad.to_png() == b""
    sign(qtbot, pad)
    assert QImage.fromData(pad.to_png(), "PNG").size() == PNG_SIZE
    pad.clear()
    assert pad.is_empty()


def test_contact_model_shows_consent_at_a_glance(open_as):
    staff = open_as(STAFF)
    anna = contacts.add_contact(staff, ContactInput(given_name="Anna", emails=[Labelled("a@example.de")]))
    consent.record(staff, anna.id, "newsletter-email", "granted")
    consent.record(staff, anna.id, "photos-marketing", "refused")
    from crmdesk.ui.contact_table_model import consent_text
    from crmdesk.ui.contacts_page import load_page

    page = load_page(staff, "anna", "name", None)
    row = next(r for r in page.rows if r.id == anna.id)
    assert consent_text(row) == "✓ Newsletter ✗ Photos"


def test_capture_opens_on_the_texts_in_the_persons_language_else_the_shops(qtbot, open_as, access_to):
    from crmdesk.core import configuration

    owner = open_as(OWNER)
    configuration.change_setting(owner, "shop_language", "pl")
    anna = new_contact(owner)
    jan = contacts.add_contact(owner, ContactInput(given_name="Jan", family_name="Wolf", language="de"))
    page = contacts_page(qtbot, access_to(owner))
    for person, language in ((anna, "pl"), (jan, "de")):
        show(qtbot, page, person.id)
        page.detail.tabs.setCurrentIndex(2)
        opened = []
        page.detail.consents.capture_opened.connect(opened.append)
        qtbot.mouseClick(page.detail.consents.capture_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda opened=opened: bool(opened), timeout=10000)
        dialog = opened[0]
        assert dialog.language.currentData() == language
        assert all(box.text is None or box.text.language == language for box in dialog.boxes)
        dialog.language.setCurrentIndex(dialog.language.findData("en"))  # the customer may read another
        dialog.customer_mode = False
        dialog.done(0)
        page.detail.consents.capture_opened.disconnect()
