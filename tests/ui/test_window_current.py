"""Every page shows the truth after any change: made in the window, by the
retention thread, or by another program (the command line) on the same vault."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from crmdesk.core.imports import demo
from crmdesk.core.people.contact_model import ContactInput
from crmdesk.core.privacy import restriction, retention
from crmdesk.ui.main_window import MainWindow
from crmdesk.ui.vault_access import VaultAccess
from tests.conftest import OWNER, PASSPHRASES, STAFF, inactive_for_years
from tests.support import TEST_PYTHONPATH

YES = QMessageBox.StandardButton.Yes


def open_window(qtbot, session) -> MainWindow:
    window = MainWindow(VaultAccess(session))
    window.backup_timer.stop() if window.backup_runner is not None else None
    window.stop_scheduler() if window.scheduler is not None else None
    qtbot.addWidget(window)
    window.resize(1280, 780)
    window.show()
    window.show_page("Contacts")  # the window opens on Today; these tests watch the contact list
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() > 0, timeout=10000)
    return window


def test_a_command_line_import_shows_in_the_open_window_at_the_next_tick(qtbot, open_as, vault_path, tmp_path):
    session = open_as(STAFF)
    window = open_window(qtbot, session)
    page = window.contacts_page
    assert page.model.rowCount() == 1
    window.access.timer.setInterval(200)  # the tick, sooner than the window's few seconds
    csv = tmp_path / "list.csv"
    csv.write_text("Name,E-mail\nMarta Nowak,marta@example.pl\nJörg Größe,joerg@example.de\n", encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("CRMDESK_")}
    env.update(PYTHONPATH=TEST_PYTHONPATH, CRMDESK_PASSPHRASE=PASSPHRASES[STAFF],
               PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring")
    done = subprocess.run([sys.executable, "-m", "crmdesk", "--vault", str(vault_path), "--user", STAFF, "import",
                           str(csv)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=10000)
    assert "3 contacts" in page.status.text()
    window.shutdown()


def test_coming_to_the_front_shows_what_changed_meanwhile(qtbot, open_as):
    session = open_as(STAFF)
    window = open_window(qtbot, session)
    window.access.timer.stop()  # only the window coming to the front may notice
    other = open_as(OWNER)  # another program, as far as the window knows
    from crmdesk.core.people import contacts

    contacts.add_contact(other, ContactInput(given_name="Walked", family_name="In"))
    qtbot.wait(200)
    assert window.contacts_page.model.rowCount() == 1
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: window.contacts_page.model.rowCount() == 2, timeout=10000)
    window.shutdown()


def test_the_audit_page_follows_changes_made_in_the_window(qtbot, open_as):
    session = open_as(OWNER)
    window = open_window(qtbot, session)
    audit = window.show_page("Audit log")
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=10000)
    newest = audit.model.index(0, 0).data()
    window.show_page("Contacts")
    detail = window.contacts_page.detail
    qtbot.keyClick(window.contacts_page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(detail.editor.given, "Olek")
    qtbot.keyClick(detail.editor.given, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: detail.title.text() == "Olek", timeout=10000)
    window.show_page("Audit log")
    qtbot.waitUntil(lambda: audit.model.index(0, 3).data(Qt.ItemDataRole.ToolTipRole) == "contact.added", timeout=10000)
    assert int(audit.model.index(0, 0).data()) > int(newest)
    window.shutdown()


def test_the_status_bar_count_follows_applied_proposals(qtbot, open_clocked, quiet_message_boxes):
    from datetime import UTC, datetime

    session, clock = open_clocked(OWNER, datetime(2023, 3, 1, 9, 0, tzinfo=UTC))
    inactive_for_years(session, clock, 40)
    retention.run(session)  # erasing and anonymising wait for review
    waiting = len(retention.proposals(session))
    assert waiting > 0
    window = open_window(qtbot, session)
    qtbot.waitUntil(lambda: window.review_label.isVisible(), timeout=10000)
    assert f"{waiting} waiting for review" in window.review_label.text()
    page = window.show_page("Retention")
    qtbot.waitUntil(lambda: page.proposals.rowCount() == waiting, timeout=10000)
    # A hold put on one of them takes it off the list, in the page and the status bar.
    held = retention.proposals(session)[0].target
    held_id = session.conn.execute("SELECT id FROM contacts WHERE rowid = ?", (held,)).fetchone()[0]
    window.access.operation(window, lambda s: restriction.set_hold(s, held_id, True), lambda _result: None)
    waiting -= 1
    qtbot.waitUntil(lambda: f"{waiting} waiting for review" in window.review_label.text(), timeout=10000)
    qtbot.waitUntil(lambda: page.proposals.rowCount() == waiting, timeout=10000)
    quiet_message_boxes.next_answers = [YES]
    page.apply_button.click()
    qtbot.waitUntil(lambda: not window.review_label.isVisible(), timeout=30000)
    qtbot.waitUntil(lambda: page.proposals.rowCount() == 0, timeout=10000)  # the page reloads off the UI thread too
    window.shutdown()


def test_the_window_never_touches_the_vault_on_its_own_thread(qtbot, open_as, quiet_message_boxes):
    """As the program runs it, the window's session keeps no connection: any
    read or write on the UI thread would fail this test."""
    owner = open_as(OWNER)
    demo.fill_demo(owner, 30)
    session = open_as(OWNER)
    session.release()
    window = MainWindow(VaultAccess(session))
    qtbot.addWidget(window)
    window.show()
    page = window.contacts_page
    qtbot.waitUntil(lambda: page.model.rowCount() == 31, timeout=10000)
    page.table.selectRow(3)
    qtbot.waitUntil(lambda: page.current is not None, timeout=10000)
    page.detail.tabs.setCurrentIndex(2)
    page.detail.consents.history.setCurrentRow(0)
    page.search.setText("müller")
    qtbot.waitUntil(lambda: "matches" in page.status.text() or "No contact" in page.status.text(), timeout=10000)
    for name in window.pages:
        window.show_page(name)
        qtbot.wait(100)
    window.settings_page.save_button.click()
    qtbot.waitUntil(lambda: window.settings_page.saved.text() == "Saved.", timeout=10000)
    window.show_page("Audit log").verify_button.click()
    qtbot.waitUntil(lambda: "intact" in window.pages["Audit log"].result.text(), timeout=20000)
    assert not session.connected
    window.shutdown()


def test_a_change_waits_for_another_crmdesk_writing_and_says_so(qtbot, open_as):
    """Another program holds the write lock longer than SQLite waits: the window tries again, shows
    that it is waiting, and the change is made, never reported as damage."""
    import threading
    import time

    from PySide6.QtWidgets import QMainWindow

    from crmdesk.core.people import contacts
    from crmdesk.core.vault import database
    from tests.support.raw import raw_connection

    session = open_as(STAFF)
    window = open_window(qtbot, session)
    locked = threading.Event()

    def long_import() -> None:
        holder = raw_connection(session)
        holder.execute("BEGIN IMMEDIATE")
        locked.set()
        time.sleep(database.BUSY_TIMEOUT_MS / 1000 + 1.5)
        holder.execute("ROLLBACK")
        holder.close()

    importer = threading.Thread(target=long_import)
    importer.start()
    locked.wait()
    said, done = [], []
    status = window.statusBar()
    status.messageChanged.connect(said.append)
    assert isinstance(window, QMainWindow)
    window.access.operation(window.contacts_page, lambda s: contacts.add_contact(
        s, ContactInput(given_name="Wanda", family_name="Waited")), done.append, busy=window.contacts_page)
    qtbot.waitUntil(lambda: bool(done), timeout=30000)
    importer.join()
    assert any("Waiting for another crmdesk to finish writing" in text for text in said)
    assert done[0].display_name == "Wanda Waited"
    window.shutdown()


def test_the_search_reader_lets_go_for_a_key_rotation_and_reads_on_with_the_new_key(qtbot, open_as):
    """The contact list's reader keeps its connection between keystrokes; a
    task that needs the vault alone still gets it, and the next keystroke
    reads with the new key."""
    from crmdesk.core.vault import rotation

    owner = open_as(OWNER)
    demo.fill_demo(owner, 30)
    window = open_window(qtbot, open_as(OWNER))
    page = window.contacts_page
    qtbot.keyClicks(page.search, "a")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.query == "a", timeout=10000)
    assert window.access.reader._worker is not None  # kept between reads
    old_key = window.access.session.master_key()
    rotated = []
    window.access.operation(window, lambda worker: rotation.rotate_master_key(worker, wait_seconds=0),
                            rotated.append, alone=True)
    qtbot.waitUntil(lambda: bool(rotated), timeout=20000)
    assert window.access.session.master_key() != old_key
    qtbot.keyClick(page.search, Qt.Key.Key_Backspace)
    qtbot.keyClicks(page.search, "m")
    qtbot.waitUntil(lambda: not page.model.loading and page.model.query == "m", timeout=10000)
    assert page.model.rowCount() > 0
    assert window.access.reader._worker.master_key() == window.access.session.master_key()
    window.shutdown()
    qtbot.waitUntil(lambda: window.access.reader._worker is None, timeout=10000)  # locking closes its connection
