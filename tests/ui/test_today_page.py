"""The Today page: the first after unlock; each card's button opens the place to act, with its view."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import consent, requests
from tests.conftest import OWNER, STAFF, VIEWER
from tests.ui.test_menus import shown_window


def test_a_card_takes_the_owner_to_the_right_page_with_the_right_view(qtbot, open_as):
    owner = open_as(OWNER)
    anna = contacts.add_contact(owner, ContactInput(given_name="Anna")).id  # no lawful basis
    requests.open_request(owner, anna, "access", received_on=date(2020, 1, 2))  # long overdue
    window = shown_window(qtbot, owner)
    today = window.today_page
    assert window.stack.currentWidget() is today
    qtbot.waitUntil(lambda: today.card("requests.overdue") is not None
                    and today.card("requests.overdue").finding.count == 1, timeout=10000)
    assert today.cards[0].finding.level == "attention"  # what needs doing comes first
    assert "things need doing" in today.result.text()
    without = today.card("consent.without_basis")
    assert without.button.isVisible() and "no lawful basis" in without.sentence.text()
    assert "Anna" not in " ".join(c.sentence.text() for c in today.cards)  # counts, never names
    qtbot.mouseClick(without.button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.contacts_page
    assert window.contacts_page.view() == "without_basis"
    expected = {r.id for r in consent.list_without_basis(owner, limit=500).rows}
    page = window.contacts_page
    qtbot.waitUntil(lambda: {page.model.row_at(r).id for r in range(page.model.rowCount())} == expected,
                    timeout=10000)
    assert anna in expected
    window.show_page("Today")
    qtbot.mouseClick(today.card("requests.overdue").button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.requests_page
    assert window.requests_page.show_which.currentData() == "overdue"
    # A change the window makes shows on the page: the request answered, its card turns quiet.
    requests.close(owner, requests.list_requests(owner)[0].reference, "refused", "identity not proven")
    window.access.check_outside()
    window.show_page("Today")
    qtbot.waitUntil(lambda: today.card("requests.overdue").finding.level == "good", timeout=10000)
    assert not today.card("requests.overdue").button.isVisible()
    window.shutdown()


def test_staff_and_viewers_see_only_the_cards_that_concern_them(qtbot, open_as):
    for name, areas in ((STAFF, {"requests", "consent"}), (VIEWER, {"consent"})):
        window = shown_window(qtbot, open_as(name))
        today = window.today_page
        qtbot.waitUntil(lambda t=today: bool(t.cards), timeout=10000)
        assert {c.finding.key.split(".")[0] for c in today.cards} == areas
        window.shutdown()


def test_the_cards_work_by_keyboard_at_1024_by_700(qtbot, open_as):
    """Tab reaches a card's button and Return presses it, on the smallest screen crmdesk supports."""
    owner = open_as(OWNER)
    contacts.add_contact(owner, ContactInput(given_name="Anna"))  # no lawful basis: a card to act on
    window = shown_window(qtbot, owner)
    window.resize(1016, 668)
    today = window.today_page
    qtbot.waitUntil(lambda: today.card("consent.without_basis") is not None
                    and today.card("consent.without_basis").button.isVisible(), timeout=10000)
    button = today.card("consent.without_basis").button
    window.nav.setFocus()
    for _ in range(40):  # Tab from the side bar through the cards, as a person would
        if button.hasFocus():
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert button.hasFocus()
    qtbot.keyClick(button, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.contacts_page
    assert window.contacts_page.view() == "without_basis"
    window.shutdown()


def test_the_merge_view_by_keyboard(qtbot):
    """Tab to the row (its kept value), an arrow key takes the other, Tab to Merge and Return merges."""
    from crmdesk.core.people.contact_model import Contact
    from crmdesk.ui.duplicates_dialog import MergeDialog

    keep = Contact(id="1", given_name="Jürgen", family_name="Müller", display_name="Jürgen Müller")
    other = Contact(id="2", given_name="Jörg", family_name="Müller", display_name="Jörg Müller")
    dialog = MergeDialog(keep, other)
    qtbot.addWidget(dialog)
    dialog.resize(700, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=5000)
    later = dialog._choices["given_name"]
    kept = later.group().checkedButton()
    assert kept is not later and dialog.taken() == []
    for target in (kept, dialog.merge_button):
        for _ in range(10):
            if target.hasFocus():
                break
            qtbot.keyClick(QApplication.focusWidget() or dialog, Qt.Key.Key_Tab)
        assert target.hasFocus()
        if target is kept:
            qtbot.keyClick(kept, Qt.Key.Key_Right)  # as radio buttons go: the arrow moves the choice
            assert later.isChecked() and dialog.taken() == ["given_name"]
    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Return)


def test_every_card_opens_its_page_with_what_it_is_about(qtbot, open_as):
    """Each card that asks for something: its button, clicked, shows the page and the view to act in."""
    from datetime import timedelta

    from crmdesk.core.vault import users
    from tests.support.raw import raw_connection

    owner = open_as(OWNER)
    anna = contacts.add_contact(owner, ContactInput(given_name="Anna")).id
    today = date.today()
    requests.open_request(owner, anna, "access", received_on=date(2020, 1, 2))  # overdue
    requests.open_request(owner, anna, "objection", received_on=today - timedelta(days=28))  # due within a week, holidays and all
    later = requests.open_request(owner, anna, "erasure", received_on=today - timedelta(days=2))
    requests.extend(owner, later.reference, "many records to collect")  # the person must be told why
    users.add_user(owner, "ivy", role="viewer", passphrase="ivy's long passphrase")  # never signed in
    raw = raw_connection(owner)
    raw.execute("UPDATE users SET created_at = '2020-01-01T00:00:00+00:00' WHERE name = 'ivy'")  # added long ago
    raw.close()
    idle = [u.name for u in users.idle_users(owner)]
    assert idle == ["ivy"]
    window = shown_window(qtbot, owner)
    page = window.today_page
    wanted = {"requests.overdue", "requests.due_soon", "requests.extension_to_tell", "consent.without_basis",
              "retention.sweep", "backups.age", "backups.offsite", "users.no_authenticator", "users.idle",
              "users.recovery_kit", "audit.chain"}
    qtbot.waitUntil(lambda: wanted <= {c.finding.key for c in page.cards if c.button.isVisible()}, timeout=10000)
    users_page = window.pages["Users"]
    shows = {
        "requests.overdue": lambda: window.requests_page.show_which.currentData() == "overdue",
        "requests.due_soon": lambda: window.requests_page.show_which.currentData() == "due_soon"
        and window.requests_page.model.rowCount() == 1,
        "requests.extension_to_tell": lambda: window.requests_page.show_which.currentData() == "to_tell"
        and [r.reference for r in window.requests_page.model.records] == [later.reference],
        "consent.without_basis": lambda: window.contacts_page.view() == "without_basis",
        "retention.sweep": lambda: window.retention_page.sweep_button.hasFocus(),
        "backups.age": lambda: window.backups_page.backup_button.hasFocus(),
        "backups.offsite": lambda: window.backups_page.choose_button.hasFocus(),
        "users.no_authenticator": lambda: users_page.selected() is not None
        and not users_page.selected().totp_enabled,
        "users.idle": lambda: users_page.selected() is not None and users_page.selected().name == idle[0],
        "users.recovery_kit": lambda: users_page.recovery_dialog is not None
        and users_page.recovery_dialog.isVisible(),
        "audit.chain": lambda: window.pages["Audit log"].verify_button.hasFocus(),
    }
    pages = {"requests": window.requests_page, "consent": window.contacts_page, "retention": window.retention_page,
             "backups": window.backups_page, "users": users_page, "audit": window.pages["Audit log"]}
    for key in sorted(wanted):
        window.show_page("Today")
        qtbot.mouseClick(page.card(key).button, Qt.MouseButton.LeftButton)
        assert window.stack.currentWidget() is pages[key.split(".")[0]], key
        qtbot.waitUntil(shows[key], timeout=10000)
        if key == "users.recovery_kit":
            users_page.recovery_dialog.reject()
    window.shutdown()


def test_the_owner_confirms_the_recovery_code_from_the_card_by_keyboard(qtbot, open_as, template_vault, tmp_path,
                                                                       monkeypatch):
    """From the card: a wrong code is refused in the dialog, the right one confirms it and the card turns
    quiet; a new code is shown once, its kit saved, and the card asks again."""
    import subprocess

    from PySide6.QtWidgets import QMessageBox

    from crmdesk.ui.message_box import MessageBox
    from crmdesk.ui.recovery_code import RecoveryCodePanel

    window = shown_window(qtbot, open_as(OWNER))
    today = window.today_page
    qtbot.waitUntil(lambda: today.card("users.recovery_kit") is not None, timeout=10000)
    card = today.card("users.recovery_kit")
    assert card.button.text() == "Confirm the code" and card.finding.level == "attention"
    qtbot.mouseClick(card.button, Qt.MouseButton.LeftButton)
    dialog = window.pages["Users"].recovery_dialog
    qtbot.waitUntil(lambda: "not been confirmed" in dialog.state.text(), timeout=10000)
    dialog.code.setFocus()
    qtbot.keyClicks(dialog.code, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GGGG-HHHH")
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "exactly as printed" in dialog.result.text(), timeout=10000)
    assert dialog.isVisible() and dialog.code.hasFocus()  # Return checked the code; it closed nothing
    qtbot.keyClicks(dialog.code, template_vault.recovery_code.lower())  # replaces the selected wrong code
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "confirmed" in dialog.result.text() and dialog.result.property("state") == "good",
                    timeout=10000)
    qtbot.waitUntil(lambda: "was confirmed on" in dialog.state.text(), timeout=10000)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    window.show_page("Today")
    qtbot.waitUntil(lambda: today.card("users.recovery_kit").finding.level == "good", timeout=10000)

    # The kit was seen by someone else: a new code.
    monkeypatch.setattr(RecoveryCodePanel, "ask_kit_path", classmethod(lambda cls, parent, s: str(tmp_path / "kit")))
    window.show_page("Users")
    qtbot.mouseClick(window.pages["Users"].recovery_button, Qt.MouseButton.LeftButton)
    dialog = window.pages["Users"].recovery_dialog
    MessageBox.next_answers = [QMessageBox.StandardButton.Yes]
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.new_code is not None and dialog.new_code.isVisible(), timeout=10000)
    shown = dialog.new_code
    code = shown.panel.code.text()
    assert code and code != template_vault.recovery_code and not shown.ok.isEnabled()
    qtbot.keyClick(shown, Qt.Key.Key_Escape)
    assert shown.isVisible()  # shown only once: it stays until it was kept
    qtbot.mouseClick(shown.panel.save_kit, Qt.MouseButton.LeftButton)
    assert shown.ok.isEnabled() and shown.ok.hasFocus()
    qtbot.keyClick(shown.ok, Qt.Key.Key_Return)
    assert not shown.isVisible()
    text = subprocess.run(["pdftotext", str(tmp_path / "kit.pdf"), "-"], capture_output=True, text=True).stdout
    assert code in text
    qtbot.waitUntil(lambda: "not been confirmed" in dialog.state.text(), timeout=10000)
    dialog.reject()
    window.show_page("Today")
    qtbot.waitUntil(lambda: today.card("users.recovery_kit").finding.level == "attention", timeout=10000)
    window.shutdown()
