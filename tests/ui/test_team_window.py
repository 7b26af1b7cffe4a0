"""A desk of a team in the window: it keeps in step by itself (woken by the server when another desk
writes), shows where it stands on the Settings page, and a person settles a conflict there with the
mouse. Real PostgreSQL (tests/team/conftest.py), real vaults."""

from __future__ import annotations

from PySide6.QtCore import Qt

from crmdesk.core import vault
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.team import desk
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.vault_access import VaultAccess
from tests.conftest import OWNER, PASSPHRASES
from tests.team.conftest import bare_database, cluster, team  # noqa: F401 - fixtures
from tests.team.test_desks import _edit, desks  # noqa: F401 - a fixture

WAIT_MS = 30_000  # long enough for a loaded machine; the speed is measured by make bench


def _window(qtbot, session) -> MainWindow:
    window = MainWindow(VaultAccess(session))
    qtbot.addWidget(window)
    if window.backup_runner is not None:
        window.backup_timer.stop()
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_desk_keeps_in_step_by_itself_and_a_conflict_is_settled_on_the_settings_page(qtbot, desks,  # noqa: F811
                                                                                       failures, tmp_path):
    (counter, counter_link), (office, _office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    office_path = office.paths.folder
    window = _window(qtbot, office)
    synced = []  # what each sync did, as the thread tells it (appended on the thread: no Qt object touched)
    window.team_sync.synced.connect(synced.append)
    window.show_page("Contacts")  # the first sync after unlock, with nobody asking, brings Anna
    model = window.contacts_page.model
    qtbot.waitUntil(lambda: "Anna Kowalska" in [model.index(r, 0).data() for r in range(model.rowCount())],
                    timeout=WAIT_MS)

    # Another desk writes: the server wakes this one, long before its next poll.
    seen = len(synced)
    _edit(counter, anna.id, job_title="Baker")
    desk.sync(counter, counter_link)
    qtbot.waitUntil(lambda: any(done.received == 1 for done in synced[seen:]), timeout=WAIT_MS)

    # Both desks change one field: the team's value wins, this desk's is kept for review.
    with vault.unlock(office_path, OWNER, PASSPHRASES[OWNER], failures=failures) as elsewhere:
        _edit(elsewhere, anna.id, organisation="Kawiarnia Księżyc")  # as if typed in this window
    _edit(counter, anna.id, organisation="Piekarnia Słońce")
    desk.sync(counter, counter_link)

    window.show_page("Settings")
    box = window.settings_page.team_box
    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.review_button.isVisible(), timeout=WAIT_MS)
    assert "Desk" in box.where.text() and box.reviews.text() == "1 change"
    box.grab().save(str(tmp_path / "team-box.png"))

    qtbot.mouseClick(box.review_button, Qt.MouseButton.LeftButton)
    dialog = box.review_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=WAIT_MS)
    cells = [dialog.model.index(0, c).data() for c in range(4)]
    assert cells == ["Anna Kowalska", "organisation", "Piekarnia Słońce", "Kawiarnia Księżyc"]
    qtbot.waitUntil(lambda: not dialog.table.fitting(), timeout=WAIT_MS)
    dialog.grab().save(str(tmp_path / "team-review.png"))
    qtbot.mouseClick(dialog.take_here, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=WAIT_MS)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    # This desk's value goes to the team: the counter takes it on its next sync.
    seen = len(synced)
    qtbot.mouseClick(box.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(done.sent == 1 for done in synced[seen:]), timeout=WAIT_MS)
    desk.sync(counter, counter_link)
    assert contacts.get_contact(counter, anna.id).organisation == "Kawiarnia Księżyc"
    window.close()
    assert not window.team_sync.isRunning()


def test_a_vault_of_one_desk_says_how_to_share_it_and_starts_no_thread(qtbot, open_as):
    window = _window(qtbot, open_as(OWNER))
    box = window.settings_page.team_box
    qtbot.waitUntil(lambda: "desk of its own" in box.where.text(), timeout=WAIT_MS)
    assert not box.sync_button.isVisible() and not window.team_sync.isRunning()
    window.close()


def test_closing_the_window_while_the_server_hangs_leaves_the_thread_to_end_by_itself(qtbot, open_as):
    """A server that takes the connection and never answers: closing the window does not wait for it, and
    nothing is torn down under the thread; it ends when the connection times out, writing nothing."""
    import gc
    import socket
    import uuid

    from crmdesk.ui import team_sync

    silent = socket.socket()
    silent.bind(("127.0.0.1", 0))
    silent.listen()
    session = open_as(OWNER)
    desk.link(session, f"host=127.0.0.1 port={silent.getsockname()[1]} user=desk dbname=team", str(uuid.uuid4()), 1,
              bytes(32), str(uuid.uuid4()), name="counter", secret="a desk's password")
    window = _window(qtbot, session)
    thread = window.team_sync
    qtbot.waitUntil(thread.isRunning, timeout=WAIT_MS)
    window.close()  # stops the thread, which cannot stop inside its connect
    assert thread in team_sync._RUNNING
    del window
    gc.collect()
    qtbot.waitUntil(lambda: thread not in team_sync._RUNNING, timeout=WAIT_MS)  # the connect timed out
    assert thread.isFinished()
    silent.close()


def test_a_change_for_review_is_settled_by_keyboard_and_return_settles_nothing(qtbot, desks, tmp_path):  # noqa: F811
    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)
    _edit(counter, anna.id, organisation="Piekarnia Słońce")
    _edit(office, anna.id, organisation="Kawiarnia Księżyc")
    desk.sync(counter, counter_link)
    desk.sync(office, office_link)  # the office keeps its value for review
    window = _window(qtbot, office)
    window.resize(1024, 700)
    window.show_page("Settings")
    box = window.settings_page.team_box
    qtbot.waitUntil(lambda: box.review_button.isVisible(), timeout=WAIT_MS)
    box.review_button.setFocus()
    qtbot.keyClick(box.review_button, Qt.Key.Key_Space)
    dialog = box.review_dialog
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1 and dialog.take_here.isEnabled(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not dialog.table.fitting(), timeout=WAIT_MS)
    dialog.grab().save(str(tmp_path / "team-review-1024.png"))
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Return decides nothing for a person
    qtbot.wait(300)
    assert dialog.isVisible() and dialog.model.rowCount() == 1
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)  # "Take this &desk's"
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=WAIT_MS)
    assert contacts.get_contact(office, anna.id).organisation == "Kawiarnia Księżyc"
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not box.review_button.isVisible(), timeout=WAIT_MS)  # nothing left for review
    window.close()
    qtbot.waitUntil(lambda: not window.team_sync.isRunning(), timeout=WAIT_MS)


def test_an_alarm_about_a_desks_audit_log_is_on_the_today_page_and_explained_with_the_mouse(qtbot, desks,  # noqa: F811
                                                                                            tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from crmdesk.core.team import witness
    from crmdesk.ui.message_box import MessageBox
    from crmdesk.ui.today_page import Card
    from tests.team.test_witness import cut_log_at_the_counter

    (counter, counter_link), (office, office_link) = desks("counter"), desks("office")
    cut_log_at_the_counter(counter, counter_link, office, office_link)
    window = _window(qtbot, office)  # its first sync takes the counter's checkpoint and raises the alarm
    window.resize(1024, 700)
    window.show_page("Today")

    def card():
        return next((c for c in window.today_page.findChildren(Card) if c.finding.key == "team.audit"), None)

    qtbot.waitUntil(lambda: bool(witness.alarms(office)), timeout=WAIT_MS)
    window.today_page.refresh()  # as after any change the window hears of
    qtbot.waitUntil(lambda: card() is not None, timeout=WAIT_MS)
    assert "audit log of the desk" in card().sentence.text()
    window.grab().save(str(tmp_path / "today-alarm.png"))
    qtbot.mouseClick(card().button, Qt.MouseButton.LeftButton)
    box = window.settings_page.team_box
    dialog = box.alarms_dialog
    qtbot.waitUntil(lambda: dialog.explain_button.isEnabled(), timeout=WAIT_MS)
    assert dialog.list.count() == 1 and "no longer holds its entry" in dialog.list.item(0).text()
    dialog.grab().save(str(tmp_path / "team-alarms.png"))
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Return marks nothing
    assert witness.alarms(office)
    MessageBox.next_answers = [QMessageBox.StandardButton.Yes]
    qtbot.keyClick(dialog.list, Qt.Key.Key_Tab)  # by keyboard: Tab to "Mark as explained…", Space presses it
    assert dialog.focusWidget() is dialog.explain_button
    qtbot.keyClick(dialog.explain_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: dialog.list.item(0).text() == "No alarm waits.", timeout=WAIT_MS)
    assert witness.alarms(office) == []
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not box.alarms_row.isVisible(), timeout=WAIT_MS)
    window.close()


def test_a_desks_backup_restored_into_another_folder_in_the_window_says_it_left_the_team(qtbot, desks,  # noqa: F811
                                                                                         tmp_path):
    """The restore wizard, typed into: a desk's backup restored into a new folder is a desk of its own, and
    the last page says so and how to take a lost desk's place."""
    from tests.ui.test_backups_page import _open_restore_wizard
    from tests.ui.test_backups_page import _window as _backups_window

    (office, office_link) = desks("office")
    desk.sync(office, office_link)
    window = _backups_window(qtbot, office, tmp_path / "usb")
    window.resize(1024, 700)
    wizard = _open_restore_wizard(qtbot, window.show_page("Backups"))
    wizard.show()
    qtbot.waitExposed(wizard)
    qtbot.keyClick(wizard, Qt.Key.Key_Return)  # the suggested new folder: Next
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.credentials, timeout=WAIT_MS)
    qtbot.keyClicks(wizard.credentials.passphrase, PASSPHRASES[OWNER])
    qtbot.keyClick(wizard.credentials.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: wizard.run_page.done, timeout=WAIT_MS)
    text = wizard.run_page.text.text()
    assert "it is a desk of its own now" in text and "join the team with a new invitation" in text
    wizard.grab().save(str(tmp_path / "restored-desk.png"))
    with vault.unlock(wizard.destination.target().folder, OWNER, PASSPHRASES[OWNER]) as copy:
        assert desk.link_of(copy) is None
    assert desk.link_of(office) is not None
    qtbot.keyClick(wizard, Qt.Key.Key_Escape)  # closes it
    assert not wizard.isVisible()
    window.shutdown()


def test_a_request_opened_at_the_counter_is_on_the_office_window_and_verified_there(qtbot, desks,  # noqa: F811
                                                                                     tmp_path):
    from crmdesk.core.privacy import requests

    (counter, counter_link), (office, _office_link) = desks("counter"), desks("office")
    anna = contacts.add_contact(counter, ContactInput(given_name="Anna", family_name="Kowalska"))
    window = _window(qtbot, office)
    synced = []
    window.team_sync.synced.connect(synced.append)
    page = window.requests_page
    window.show_page("Requests")
    opened = requests.open_request(counter, anna.id, "access", channel="email")
    desk.sync(counter, counter_link)  # the server wakes the office, whose list shows the request
    references = lambda: [page.model.index(r, 0).data() for r in range(page.model.rowCount())]  # noqa: E731
    qtbot.waitUntil(lambda: opened.reference in references(), timeout=WAIT_MS)
    row = references().index(opened.reference)
    rect = page.table.visualRect(page.model.index(row, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: page.selected() is not None and page.selected().reference == opened.reference,
                    timeout=WAIT_MS)
    assert "Anna Kowalska" in page.detail.toPlainText()
    page.ask_method = lambda: requests.VERIFICATION_METHODS[2]
    page.buttons["verify"].setFocus()
    qtbot.keyClick(page.buttons["verify"], Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.buttons["export"].isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not page.table.fitting(), timeout=WAIT_MS)
    window.grab().save(str(tmp_path / "office-requests.png"))

    seen = len(synced)  # the office's verification goes to the team: the counter sees who checked, where
    window.show_page("Settings")
    qtbot.mouseClick(window.settings_page.team_box.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(done.events_sent for done in synced[seen:]), timeout=WAIT_MS)
    desk.sync(counter, counter_link)
    there = requests.get_request(counter, opened.reference)
    assert there.status == "verified"
    assert f"at another desk: {requests.VERIFICATION_METHODS[2]}" in "\n".join(
        requests.describe(there, there.received_on))
    window.close()
