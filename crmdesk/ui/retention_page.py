"""The Retention page: the policies in plain words, what waits for review, the sweeps run.

Owners and admins change a policy's period, action and mode, sweep now, and
apply the proposals of the last sweep after looking at them. The sweep runs
in the scheduler's thread (``RetentionScheduler``); this page only asks it
to and shows what it reports.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core.permissions import Permission, allows
from crmdesk.core.privacy import retention
from crmdesk.core.vault.gate import CONSENT, CONTACTS, INTERACTIONS, REQUESTS, RETENTION
from crmdesk.ui import translation
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import DurationSpinBox, ResultLine, add_page_header, make_table

# How a policy runs, as the table says it; a policy that is off does not run at all.
MODE_WORDS = (QT_TRANSLATE_NOOP("PolicyTableModel", "applied by each sweep"),
              QT_TRANSLATE_NOOP("PolicyTableModel", "proposed for review"))
OFF = QT_TRANSLATE_NOOP("PolicyTableModel", "off")


class PolicyTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("PolicyTableModel", "Policy"), QT_TRANSLATE_NOOP("PolicyTableModel", "After"),
               QT_TRANSLATE_NOOP("PolicyTableModel", "Action"), QT_TRANSLATE_NOOP("PolicyTableModel", "Mode"))

    def cell(self, record: retention.Policy, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            lang = translation.lang()
            mode = self.tr(OFF if not record.enabled else MODE_WORDS[0] if record.mode == "apply" else MODE_WORDS[1])
            return (lang.gettext(record.title), lang.duration(record.period, record.unit),
                    lang.pgettext("what a retention rule does", record.action), mode)[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            return record.explained(translation.lang())
        return None


class ProposalTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("ProposalTableModel", "Record"),
               QT_TRANSLATE_NOOP("ProposalTableModel", "Action"),
               QT_TRANSLATE_NOOP("ProposalTableModel", "Policy"), QT_TRANSLATE_NOOP("ProposalTableModel", "Why"))

    def cell(self, record: retention.Item, column: int, role):
        if role == Qt.ItemDataRole.DisplayRole:
            lang = translation.lang()
            return (record.label, lang.pgettext("what a retention rule does", record.action),
                    lang.gettext(retention.SPECS[record.policy].title), record.reason)[column]
        return None


class RetentionPage(QWidget):
    def __init__(self, access: VaultAccess, scheduler=None, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.scheduler = scheduler
        role = access.session.role
        self.may_configure = allows(role, Permission.CONFIGURE)
        self.may_review = allows(role, Permission.ERASE)
        self.policies = PolicyTableModel(self)
        self.policy_table = make_table(self.policies, stretch_column=0, name=self.tr("Retention policies"))
        self.explanation = QLabel(wordWrap=True)
        self.explanation.setObjectName("hint")
        self.period = DurationSpinBox("months", maximum=36600)
        self.action = QComboBox()
        self.mode = QComboBox()
        self.mode.addItem(self.tr("applied by each sweep"), "apply")
        self.mode.addItem(self.tr("proposed for review first"), "propose")
        self.enabled = QCheckBox(self.tr("on"))
        self.save_button = QPushButton(self.tr("Save policy"))
        edit = QGroupBox(self.tr("Selected policy"))
        form = QFormLayout(edit)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow: labels above, the table keeps room
        form.addRow(self.explanation)
        form.addRow(self.tr("After"), self.period)
        form.addRow(self.tr("Action"), self.action)
        form.addRow(self.tr("Mode"), self.mode)
        form.addRow(self.tr("Runs"), self.enabled)
        form.addRow("", self.save_button)
        for widget in (self.period, self.action, self.mode, self.enabled, self.save_button):
            widget.setEnabled(self.may_configure)

        self.next_run = QLabel()
        self.next_run.setObjectName("hint")
        self.sweep_button = QPushButton(self.tr("Sweep now"))
        self.progress = QProgressBar(visible=False)
        sweep_row = QHBoxLayout()
        sweep_row.addWidget(self.next_run, 1)
        sweep_row.addWidget(self.progress)
        sweep_row.addWidget(self.sweep_button)
        self.proposals = ProposalTableModel(self)
        self.proposal_table = make_table(self.proposals, stretch_column=3, name=self.tr("Proposals waiting for review"))
        self.proposal_table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.apply_button = QPushButton(self.tr("Apply all…"))
        self.apply_button.setObjectName("danger")
        self.apply_selected_button = QPushButton(self.tr("Apply selected…"))
        self.apply_selected_button.setObjectName("danger")
        self.decline_button = QPushButton(self.tr("Keep selected"))
        self.decline_button.setToolTip(self.tr("Decline: not proposed again until the record or the policy changes"))
        self.runs = QLabel(wordWrap=True)
        self.runs.setObjectName("hint")
        self.result = ResultLine()
        proposals_box = QWidget()
        proposals_layout = QVBoxLayout(proposals_box)
        proposals_layout.setContentsMargins(0, 0, 0, 0)
        proposals_layout.addWidget(QLabel(self.tr("Waiting for review (from the last sweep)")))
        proposals_layout.addWidget(self.proposal_table, 1)
        apply_row = QHBoxLayout()
        apply_row.addWidget(self.runs, 1)
        apply_row.addWidget(self.decline_button)
        apply_row.addWidget(self.apply_selected_button)
        apply_row.addWidget(self.apply_button)
        proposals_layout.addLayout(apply_row)
        upper = QWidget()
        upper_layout = QHBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.policy_table, 2)
        # The policy's explanation is long in some languages: on a small screen the form scrolls, never cuts it.
        edit_area = QScrollArea(widgetResizable=True, frameShape=QFrame.Shape.NoFrame)
        edit_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        edit_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        edit_area.setWidget(edit)
        edit_area.setMinimumWidth(edit.minimumSizeHint().width() + edit_area.verticalScrollBar().sizeHint().width())
        upper_layout.addWidget(edit_area, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(proposals_box)
        splitter.setSizes([340, 260])

        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Retention"), self.tr(
            "Personal data is kept no longer than needed. These policies say what goes and when; crmdesk "
            "sweeps after each unlock and then regularly. Erasing and anonymising wait here for your review "
            "unless you set them to apply by themselves. Nothing on legal hold or restricted is touched."))
        layout.addLayout(sweep_row)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.result)
        self.policy_table.selectionModel().selectionChanged.connect(self._selected)
        self.save_button.clicked.connect(self.save_policy)
        self.sweep_button.clicked.connect(self.sweep_now)
        self.apply_button.clicked.connect(lambda: self.apply_proposals())
        self.apply_selected_button.clicked.connect(lambda: self.apply_proposals(self.chosen()))
        self.decline_button.clicked.connect(self.decline_chosen)
        self.proposal_table.selectionModel().selectionChanged.connect(self._update_review_buttons)
        self.sweep_button.setVisible(scheduler is not None)
        for button in (self.apply_button, self.apply_selected_button, self.decline_button):
            button.setVisible(self.may_review)
        if scheduler is not None:
            scheduler.sweep_started.connect(self._started)
            scheduler.progressed.connect(self._progressed)
            scheduler.sweep_finished.connect(self._finished)
            scheduler.sweep_failed.connect(self._failed_sweep)
        Refresher(self, access, (RETENTION, CONTACTS, CONSENT, INTERACTIONS, REQUESTS), lambda _changes: self.refresh())
        self.refresh()

    # -- showing -----------------------------------------------------------------------
    def show_view(self, view: str) -> None:
        """From a Today card: the proposals waiting for review, or the sweep."""
        if view == "proposals" and self.proposals.rowCount():
            self.proposal_table.setFocus()
            self.proposal_table.selectRow(0)
        else:
            self.sweep_button.setFocus()

    def refresh(self) -> None:
        may_review = self.may_review

        def read(session):
            review = (retention.proposals(session), retention.last_runs(session, 5)) if may_review else None
            return retention.list_policies(session), review

        self.access.query(self, read, self._show, failed=self.result.show_error)
        self._show_next()

    def _show(self, found) -> None:
        policies, review = found
        keep = self.selected().key if self.selected() else None
        self.policies.set_records(policies)
        keys = [p.key for p in policies]
        self.policy_table.selectRow(keys.index(keep) if keep in keys else 0)
        self._selected()
        if review is not None:
            self._show_review(review)

    def _show_next(self) -> None:
        scheduler = self.scheduler
        if scheduler is None:
            self.next_run.setText(self.tr("Sweeps run in the window of an owner or admin, or from cron."))
        elif scheduler.sweeping:
            self.next_run.setText(self.tr("Sweeping…"))
        elif scheduler.next_run is not None:
            self.next_run.setText(self.tr("Next sweep: {0}").format(scheduler.next_run.strftime("%Y-%m-%d %H:%M")))
        else:
            self.next_run.setText(self.tr("The first sweep starts shortly after unlock."))

    def _show_review(self, found) -> None:
        waiting, runs = found
        self.proposals.set_records(waiting)
        self.apply_button.setEnabled(bool(waiting))
        self._update_review_buttons()
        lines = []
        for started, _finished, applied, proposed in runs:
            done = self.tr("applied {0}").format(retention.counted(applied)) if applied else self.tr("nothing applied")
            line = f"{translation.moment(started)}: {done}"
            lines.append(line + (self.tr("; proposed {0}").format(retention.counted(proposed)) if proposed else ""))
        self.runs.setText(self.tr("Last sweeps:\n") + "\n".join(lines) if lines else self.tr("No sweep yet."))

    def selected(self) -> retention.Policy | None:
        rows = self.policy_table.selectionModel().selectedRows()
        return self.policies.records[rows[0].row()] if rows else None

    def _selected(self, *_args) -> None:
        policy = self.selected()
        if policy is None:
            return
        spec = retention.SPECS[policy.key]
        self.explanation.setText(policy.explained(translation.lang()))
        self.period.set_unit(policy.unit)
        self.period.setValue(policy.period)
        self.action.clear()
        for action in spec.actions:
            self.action.addItem(translation.lang().pgettext("what a retention rule does", action), action)
        self.action.setCurrentIndex(self.action.findData(policy.action))
        self.mode.setCurrentIndex(self.mode.findData(policy.mode))
        self.enabled.setChecked(policy.enabled)

    # -- changes ---------------------------------------------------------------------------
    def save_policy(self) -> None:
        policy = self.selected()
        if policy is None:
            return
        values = dict(period=self.period.value(), action=self.action.currentData(), mode=self.mode.currentData(),
                      enabled=self.enabled.isChecked())
        self.access.operation(self, lambda s: retention.set_policy(s, policy.key, **values),
                              lambda _policy: self.result.show_result("good", self.tr(
                                  "Saved; the next sweep follows it.")), failed=self.result.show_error, busy=self)

    def sweep_now(self) -> None:
        if self.scheduler is not None:
            self.scheduler.run_now()

    def chosen(self) -> list[retention.Item]:
        """The proposals selected in the table."""
        return [self.proposals.records[i.row()] for i in self.proposal_table.selectionModel().selectedRows()]

    def _update_review_buttons(self, *_args) -> None:
        some = bool(self.chosen())
        self.apply_selected_button.setEnabled(some)
        self.decline_button.setEnabled(some)

    def apply_proposals(self, only: list[retention.Item] | None = None) -> None:
        """Carry out all the proposals, or ``only`` these, after asking."""
        count = self.proposals.rowCount() if only is None else len(only)
        question = (self.tr("Carry out all {0} proposals now?") if only is None else
                    self.tr("Carry out the {0} selected proposals now?") if count > 1 else
                    self.tr("Carry out the selected proposal now?")).format(count)
        if not count or not MessageBox.confirm(self, self.tr("Apply the proposals"), question + " " + self.tr(
                "Erased and anonymised contacts cannot be brought back.")):
            return
        for button in (self.apply_button, self.apply_selected_button, self.decline_button):
            button.setEnabled(False)
        self.access.operation(self, lambda s: retention.apply_proposals(s, only=only), self._applied,
                              failed=lambda exc: (self.result.show_error(exc), self.refresh()))

    def decline_chosen(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        self.access.operation(self, lambda s: retention.decline(s, chosen), lambda count: self.result.show_result(
            "good", self.tr("Kept {0}: not proposed again until the record or the policy changes.").format(
                self.tr("1 record") if count == 1 else self.tr("{0} records").format(count))),
            failed=lambda exc: (self.result.show_error(exc), self.refresh()))

    def _applied(self, result: retention.ProposalsResult) -> None:
        text = self.tr("Applied: {0}.").format(
            ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in result.applied.items()) or self.tr("nothing"))
        if result.no_longer_due:
            text += " " + self.tr("{0} no longer due (a new consent or basis, a hold, a changed policy) "
                                  "were left alone.").format(result.no_longer_due)
        self.result.show_result("good", text)

    # -- the scheduler's reports ---------------------------------------------------------------
    def _started(self) -> None:
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self._show_next()

    def _progressed(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _finished(self, result) -> None:
        self.progress.setVisible(False)
        self._show_next()  # what the sweep changed comes with vault_changed

    def _failed_sweep(self, message: str) -> None:
        self.progress.setVisible(False)
        self.result.show_result("bad", message)
        self._show_next()
