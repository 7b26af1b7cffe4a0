"""The retention scheduler thread and the Retention page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QElapsedTimer, QTimer
from PySide6.QtWidgets import QMessageBox

from crmdesk.core.people import contacts
from crmdesk.core.privacy import retention
from crmdesk.ui.retention_page import RetentionPage
from crmdesk.ui.retention_scheduler import RetentionScheduler
from tests.conftest import OWNER, STAFF, inactive_for_years

T0 = datetime(2023, 3, 1, 9, 0, tzinfo=UTC)


@pytest.fixture
def aged(open_clocked):
    """An owner session whose clock is three years past 1,500 demo contacts without interactions."""
    session, clock = open_clocked(OWNER, T0)
    inactive_for_years(session, clock, 1500)
    return session


def test_the_thread_stops_within_a_second_mid_sweep(qtbot, access_to, aged):
    retention.set_policy(aged, "inactive_without_basis", mode="apply", action="erased")
    retention.set_policy(aged, "withdrawn_consent", enabled=False)
    before = contacts.count_contacts(aged)
    scheduler = RetentionScheduler(access_to(aged), 24)
    with qtbot.waitSignal(scheduler.progressed, timeout=30000):
        scheduler.start()
    scheduler.stop()  # how quickly it stops is measured by `make bench`
    assert scheduler.wait(30_000) and not scheduler.isRunning()
    after = contacts.count_contacts(aged)
    assert after < before  # some batches were done, whole
    assert aged.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    second = retention.run(aged)  # the next run finishes the rest
    assert not [i for i in retention.plan(aged) if i.mode == "apply"]
    assert sum(second.applied.values()) == after - contacts.count_contacts(aged)


def test_the_window_keeps_answering_during_a_sweep(qtbot, access_to, aged):
    retention.set_policy(aged, "inactive_without_basis", mode="apply", action="anonymised")
    scheduler = RetentionScheduler(access_to(aged), 24)
    gaps, clock = [], QElapsedTimer()
    timer = QTimer(interval=10)
    clock.start()

    def tick() -> None:
        if scheduler.sweeping:
            gaps.append(clock.restart())

    timer.timeout.connect(tick)
    timer.start()
    with qtbot.waitSignal(scheduler.sweep_finished, timeout=60000) as done:
        scheduler.start()
    timer.stop()
    assert scheduler.stop()
    assert sum(done.args[0].applied.values()) > 0
    # The event loop kept running while the sweep worked (the longest stall is measured by `make bench`).
    assert len(gaps) > 10


def test_the_page_shows_policies_and_applies_reviewed_proposals(qtbot, qtmodeltester, access_to, aged,
                                                                 quiet_message_boxes):
    retention.run(aged)  # the default: erasing and anonymising are proposed
    page = RetentionPage(access_to(aged))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.proposals.rowCount() > 0, timeout=10000)
    qtmodeltester.check(page.policies)
    qtmodeltester.check(page.proposals)
    page.policy_table.selectRow(0)
    assert "nothing logged for 24 months," in page.explanation.text()
    waiting = page.proposals.rowCount()
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Yes]
    page.apply_button.click()
    qtbot.waitUntil(lambda: "Applied" in page.result.text(), timeout=60000)
    assert retention.proposals(aged) == [] and waiting > 0
    qtbot.waitUntil(lambda: page.proposals.rowCount() == 0, timeout=10000)  # the page follows by itself


def test_proposals_are_kept_or_applied_one_by_one(qtbot, access_to, open_clocked, quiet_message_boxes):
    from PySide6.QtCore import Qt

    session, clock = open_clocked(OWNER, T0)
    inactive_for_years(session, clock, 12)
    retention.run(session)
    waiting = len(retention.proposals(session))
    assert waiting >= 3
    page = RetentionPage(access_to(session))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.proposals.rowCount() == waiting, timeout=10000)
    assert not page.decline_button.isEnabled() and not page.apply_selected_button.isEnabled()

    def click_row(row: int) -> str:
        rect = page.proposal_table.visualRect(page.proposals.index(row, 0))
        qtbot.mouseClick(page.proposal_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
        return page.proposals.records[row].label

    kept = click_row(0)
    qtbot.mouseClick(page.decline_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proposals.rowCount() == waiting - 1, timeout=10000)
    assert kept not in [r.label for r in page.proposals.records]
    applied = click_row(0)
    quiet_message_boxes.next_answers = [QMessageBox.StandardButton.Yes]
    qtbot.mouseClick(page.apply_selected_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.proposals.rowCount() == waiting - 2, timeout=10000)
    assert "selected proposal" in quiet_message_boxes.shown[-1][1]
    names = [r.display_name for r in contacts.list_contacts(session, limit=500).rows]
    assert kept in names and applied not in names
    retention.run(session)  # the kept one is not proposed again
    assert kept not in [p.label for p in retention.proposals(session)]


def test_staff_see_policies_but_change_nothing(qtbot, open_as, access_to):
    page = RetentionPage(access_to(open_as(STAFF)))
    qtbot.addWidget(page)
    assert not page.save_button.isEnabled() and not page.apply_button.isVisible()
    qtbot.waitUntil(lambda: page.policies.rowCount() == len(retention.SPECS), timeout=10000)


def test_the_page_changes_a_policy(qtbot, open_as, access_to):
    owner = open_as(OWNER)
    page = RetentionPage(access_to(owner))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.policies.rowCount() == len(retention.SPECS), timeout=10000)
    row = [p.key for p in page.policies.records].index("old_interactions")
    page.policy_table.selectRow(row)
    page.period.setValue(5)
    page.save_button.click()
    qtbot.waitUntil(lambda: retention.get_policy(owner, "old_interactions").period == 5, timeout=10000)
    qtbot.waitUntil(lambda: page.save_button.isEnabled(), timeout=10000)
    page.period.setValue(0)
    page.save_button.click()
    qtbot.waitUntil(lambda: "1 or more" in page.result.text(), timeout=10000)


def test_a_new_interval_does_not_start_a_sweep_but_run_now_does(qtbot, access_to, aged):
    scheduler = RetentionScheduler(access_to(aged), 24)
    sweeps = []
    scheduler.sweep_started.connect(lambda: sweeps.append(1))
    with qtbot.waitSignal(scheduler.sweep_finished, timeout=60000):
        scheduler.start()  # the first sweep, right away
    qtbot.waitUntil(lambda: scheduler.next_run is not None, timeout=5000)
    scheduler.set_interval(12)
    qtbot.wait(300)
    assert sweeps == [1] and scheduler.interval_ms == 12 * 3_600_000
    with qtbot.waitSignal(scheduler.sweep_finished, timeout=60000):
        scheduler.run_now()
    assert sweeps == [1, 1]
    assert scheduler.stop()


def test_a_policy_is_turned_off_by_keyboard_and_its_mode_says_so(qtbot, open_as, access_to):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    page = RetentionPage(access_to(open_as(OWNER)))
    qtbot.addWidget(page)
    page.resize(820, 600)  # the page's share of a 1024×700 window
    page.show()
    qtbot.waitUntil(lambda: page.policies.rowCount() > 1, timeout=10000)
    page.policy_table.setFocus()
    qtbot.keyClick(page.policy_table, Qt.Key.Key_Home)
    qtbot.keyClick(page.policy_table, Qt.Key.Key_Down)  # the second policy
    row = page.policy_table.currentIndex().row()
    assert row == 1 and page.enabled.isChecked()
    for _ in range(8):  # Tab from the table into the form, to the "Runs" box
        if QApplication.focusWidget() is page.enabled:
            break
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.enabled
    qtbot.keyClick(page.enabled, Qt.Key.Key_Space)
    qtbot.keyClick(page.enabled, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page.save_button
    qtbot.keyClick(page.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: page.policies.index(row, 3).data() == "off", timeout=10000)
    assert page.policy_table.horizontalScrollBar().maximum() == 0  # every column in sight
