"""Several desks, on the Settings page: where this desk stands in its team, the last exchange, what waits
to be sent, the changes waiting for review (``TeamReviewDialog``) and "Synchronise now".

Setting a team up (``crmdesk team init``, ``invite``, ``join``) is the command line's, as the README
says: it needs the server's administrator, who is seldom at the counter. Everything shown is read
off the UI thread, after each sync and each change to contacts.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.people.contacts import FIELD_WORDS
from crmdesk.core.permissions import Permission, allows
from crmdesk.core.team import joining, review
from crmdesk.core.vault.gate import CONTACTS
from crmdesk.ui import placement, translation
from crmdesk.ui.record_table_model import RecordRole, RecordTableModel
from crmdesk.ui.team_alarms import TeamAlarmsDialog
from crmdesk.ui.team_sync import TeamSync
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import ResultLine, make_table

KIND_WORDS = {"held": QT_TRANSLATE_NOOP("TeamReviewModel", "the whole change (a rule here held it back)"),
              "merged": QT_TRANSLATE_NOOP("TeamReviewModel", "merged into another contact at another desk"),
              "erasure": QT_TRANSLATE_NOOP("TeamReviewModel", "erased at another desk (a legal hold here kept them)")}


class TeamBox(QGroupBox):
    def __init__(self, access: VaultAccess, team_sync: TeamSync | None, parent: QWidget | None = None):
        super().__init__(self.tr("Several desks"), parent)
        self.setObjectName("team_box")
        self.access = access
        self.team_sync = team_sync
        self.where = QLabel(wordWrap=True)
        self.exchanged = QLabel()
        self.waiting = QLabel()
        self.reviews = QLabel()
        self.review_button = QPushButton(self.tr("&Review…"))
        self.review_button.setToolTip(self.tr("Changes both this desk and another made, and changes a rule here "
                                              "held back"))
        self.alarms = QLabel()
        self.alarms.setObjectName("alarms")
        self.alarms_button = QPushButton(self.tr("&Alarms…"))
        self.alarms_button.setToolTip(self.tr("A desk's audit log that went back or was rewritten"))
        self.sync_button = QPushButton(self.tr("S&ynchronise now"))
        self.result = ResultLine()
        form = QFormLayout()
        form.addRow(self.tr("Last exchange:"), self.exchanged)
        form.addRow(self.tr("Waiting to be sent:"), self.waiting)
        reviews = QHBoxLayout()
        reviews.addWidget(self.reviews)
        reviews.addWidget(self.review_button)
        reviews.addStretch()
        form.addRow(self.tr("For review:"), reviews)
        alarms = QHBoxLayout()
        alarms.addWidget(self.alarms)
        alarms.addWidget(self.alarms_button)
        alarms.addStretch()
        self.alarms_row = QWidget()
        self.alarms_row.setLayout(alarms)
        alarms.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Audit log alarms:"), self.alarms_row)
        self.alarms_form = form
        self.details = QWidget()
        self.details.setLayout(form)
        buttons = QHBoxLayout()
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        may_edit = allows(access.session.role, Permission.EDIT)
        self.sync_button.setEnabled(may_edit and team_sync is not None)
        self.review_button.setEnabled(may_edit)
        self.sync_button.clicked.connect(self.sync_now)
        self.review_button.clicked.connect(self.open_review)
        self.alarms_button.clicked.connect(self.open_alarms)
        if team_sync is not None:
            team_sync.synced.connect(self._synced)
            team_sync.failed.connect(self._failed)  # a method, not a lambda: it runs on the UI thread
        Refresher(self, access, (CONTACTS,), lambda _changes: self.load())
        self._linked = False
        self.load()

    def load(self) -> None:
        self.access.query(self, joining.status, self._show)

    def _show(self, status: joining.Status | None) -> None:
        self._linked = status is not None
        self.details.setVisible(self._linked)
        self.sync_button.setVisible(self._linked)
        if status is None:
            self.where.setText(self.tr(
                "This vault is a desk of its own. To share one customer list among several desks through the "
                "shop's PostgreSQL server, set up a team from the command line: crmdesk team init (README, "
                "Several desks)."))
            self.result.show_result("", "")
            return
        if self.team_sync is not None:
            self.team_sync.start_once()
        self.where.setText(self.tr("Desk {0} of the team on {1}.").format(status.name or "—", status.server))
        self.exchanged.setText(translation.moment(status.synced_at) if status.synced_at else self.tr("never"))
        self.waiting.setText(self._changes(status.waiting))
        self.reviews.setText(self._changes(status.conflicts))
        self.review_button.setVisible(status.conflicts > 0)
        self.alarms.setText(self.tr("1 alarm") if status.alarms == 1 else self.tr("{0} alarms").format(status.alarms))
        self.alarms_form.setRowVisible(self.alarms_row, status.alarms > 0 and allows(self.access.session.role,
                                                                                     Permission.ADMINISTER))

    def _changes(self, count: int) -> str:
        return self.tr("1 change") if count == 1 else self.tr("{0} changes").format(count)

    def sync_now(self) -> None:
        self.result.show_result("", self.tr("Synchronising…"))
        self.team_sync.sync_now()

    def _synced(self, done) -> None:
        text = self.tr("Sent {0}, received {1}.").format(done.sent, done.received)
        if done.events_sent or done.events_received:
            text += " " + self.tr("Also sent {0} and received {1} consent entries, interactions and purposes.").format(
                done.events_sent, done.events_received)
        review = done.held + done.conflicts
        if review:
            text += " " + (self.tr("1 change for review.") if review == 1 else
                           self.tr("{0} changes for review.").format(review))
        if done.server_put_back:
            text += " " + self.tr("The team server had been put back from an older copy; this desk gave it back "
                                  "what it had lost.")
        if done.alarms:
            text += " " + self.tr("The audit log of a desk went back or was rewritten: see the alarms.")
        if done.too_large:
            large = len(done.too_large)
            text += " " + (self.tr("1 contact too large to send: shorten its notes.") if large == 1 else
                           self.tr("{0} contacts too large to send: shorten their notes.").format(large))
        self.result.show_result("bad" if done.too_large or done.alarms else "good", text)
        self.load()

    def _failed(self, message: str) -> None:
        self.result.show_result("bad", message)

    def open_alarms(self) -> None:
        self.alarms_dialog = TeamAlarmsDialog(self.access, self)
        self.alarms_dialog.finished.connect(lambda _result: self.load())
        self.alarms_dialog.open()

    def open_review(self) -> None:
        self.review_dialog = TeamReviewDialog(self.access, self)
        self.review_dialog.finished.connect(lambda _result: self.load())
        self.review_dialog.open()


class TeamReviewModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("TeamReviewModel", "Contact"), QT_TRANSLATE_NOOP("TeamReviewModel", "What"),
               QT_TRANSLATE_NOOP("TeamReviewModel", "The team's (in the contact)"),
               QT_TRANSLATE_NOOP("TeamReviewModel", "This desk's (kept)"))

    def cell(self, record: review.Review, column: int, role):
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if column == 0:
            return record.name or (record.record or {}).get("display_name") or record.contact[:8]
        if column == 1:
            if record.kind == "field":
                return translation.lang().gettext(FIELD_WORDS.get(record.field, record.field))
            return self.tr(KIND_WORDS[record.kind])
        if column == 2:
            return review.value_words(record.team) if record.kind == "field" else \
                review.value_words((record.record or {}).get("display_name"))
        return review.value_words(record.kept)


class TeamReviewDialog(QDialog):
    """One note at a time: take the team's value (or change), or this desk's."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Changes for review"))
        self.access = access
        self.model = TeamReviewModel(self)
        self.table = make_table(self.model, name=self.tr("Changes for review"), stretch_column=3)
        hint = QLabel(self.tr("Where this desk and another changed the same field, the team's value is in the "
                              "contact and this desk's was kept here. A change a rule here held back is applied "
                              "only when you take it, and only once the rule allows it."), wordWrap=True)
        hint.setObjectName("hint")
        self.take_team = QPushButton(self.tr("Take the &team's"))
        self.take_here = QPushButton(self.tr("Take this &desk's"))
        for button in (self.take_team, self.take_here):  # a choice a person makes: never Return's by default
            button.setAutoDefault(False)
        self.result = ResultLine()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)  # Escape closes; Return never
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.take_team)
        buttons.addWidget(self.take_here)
        buttons.addWidget(self.result, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(close)
        self.take_team.clicked.connect(lambda: self._settle("team"))
        self.take_here.clicked.connect(lambda: self._settle("here"))
        self.table.selectionModel().selectionChanged.connect(self._chosen)
        self._chosen()
        placement.restore(self, "team_review", 760, 420)
        self.load()

    def load(self) -> None:
        self.access.query(self, review.waiting, self._loaded)

    def _loaded(self, notes: list[review.Review]) -> None:
        self.model.set_records(notes)
        if notes:
            self.table.selectRow(0)
        self._chosen()

    def _current(self) -> review.Review | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(RecordRole) if rows else None

    def _chosen(self, *_args) -> None:
        found = self._current()
        self.take_team.setEnabled(found is not None)
        self.take_here.setEnabled(found is not None and found.kind in ("field", "held"))
        if found is not None and found.kind in ("merged", "erasure"):
            self.take_team.setText(self.tr("&Noted"))
        else:
            self.take_team.setText(self.tr("Take the &team's"))

    def _settle(self, take: str) -> None:
        found = self._current()
        if found is None:
            return

        def done(_result) -> None:
            self.result.show_result("good", self.tr("Done."))
            self.load()

        self.access.operation(self, lambda session: review.settle(session, found.seq, take), done,
                              failed=self.result.show_error, busy=self)

    def done(self, result: int) -> None:  # noqa: D401 - Qt's name
        placement.remember(self, "team_review")
        super().done(result)
