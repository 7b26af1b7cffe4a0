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
