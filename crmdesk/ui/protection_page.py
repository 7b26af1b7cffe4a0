"""The Data protection page (owners and admins): the shop's data-protection folder in tabs.

The breach log (``breach_log``), the register of processors
(``processor_register``), the record of processing and the privacy notice
as they read from the vault now (``PaperView``: preview, save as PDF, DOCX
or website text; the notice is also published in versions), and the
staff's briefing with who confirmed it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSignalBlocker, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from crmdesk.core import fsutil, language, privacy_notice, processing_record
from crmdesk.core.errors import OperationFailed
from crmdesk.core.permissions import role_words
from crmdesk.core.vault import training
from crmdesk.core.vault.gate import (
    BACKUPS,
    CONSENT,
    CONTACTS,
    PROCESSORS,
    PURPOSES,
    RETENTION,
    SETTINGS,
    USERS,
)
from crmdesk.reports import document, notice_paper, record_paper
from crmdesk.ui import translation
from crmdesk.ui.breach_log import BreachLog
from crmdesk.ui.processor_register import ProcessorRegister
from crmdesk.ui.record_table_model import RecordTableModel
from crmdesk.ui.vault_access import Refresher, VaultAccess
from crmdesk.ui.widgets import (
    ReadWhenShown,
    ResultLine,
    add_page_header,
    language_combo,
    make_table,
    reading_pane,
)


class PaperView(ReadWhenShown):
    """A paper made from the vault: how it reads now, and the buttons to save
    it (PDF, Word, and plain text where the paper goes on a website). It is
    made again after a change only while shown (a large vault takes a moment).

    With ``languages`` the paper is written in the language chosen beside the
    buttons: ``make(session, code)`` (code None: the shop's) gives the paper,
    a sentence on its state and the language it is in."""

    def __init__(self, access: VaultAccess, what: str, file_name: str, intro: str, make, changes: tuple[str, ...],
                 kinds: tuple[str, ...] = ("pdf", "docx"), languages: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.access, self.what, self.file_name, self.make = access, what, file_name, make
        self.preview = reading_pane(what)
        self.state = QLabel(wordWrap=True)  # a long state in German must not widen the window
        self.state.setObjectName("hint")
        self.result = ResultLine()
        self.row = QHBoxLayout()  # the buttons that save the paper
        self.top_row = QHBoxLayout()  # above them: its language, and what publishes it (one row is too wide in German)
        self.language: QComboBox | None = None
        if languages:
            self.language = language_combo("paper_language")
            self.language.setAccessibleName(self.tr("Language of the paper"))
            self.language.setCurrentIndex(-1)
            self.language.currentIndexChanged.connect(lambda _index: self.refresh())
            self.top_row.addWidget(QLabel(self.tr("&Language:"), buddy=self.language))
            self.top_row.addWidget(self.language)
            self.top_row.addStretch()
        words = {"pdf": self.tr("Save as PDF…"), "docx": self.tr("Save as Word document…"),
                 "txt": self.tr("Save as text for the website…")}
        self.save_buttons = {}
        for kind in kinds:
            button = QPushButton(words[kind])
            button.clicked.connect(lambda _=False, k=kind: self.save(k))
            self.save_buttons[kind] = button
            self.row.addWidget(button)
        self.row.addStretch()
        hint = QLabel(intro, wordWrap=True)
        hint.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.state)
        layout.addLayout(self.top_row)
        layout.addLayout(self.row)
        layout.addWidget(self.result)
        Refresher(self, access, changes, self.changed)

    def _making(self):
        """The call that makes the paper, with the language chosen now (read here, on the UI thread)."""
        if self.language is None:
            return self.make
        code = self.language.currentData()
        return lambda session: self.make(session, code)

    def refresh(self) -> None:
        self.stale = False
        # One after another, the newest choice last: a language chosen twice quickly shows the second.
        self.access.read_latest(self, f"paper:{self.file_name}", self._making(), self._show,
                                failed=self.result.show_error)

    def _show(self, made) -> None:
        """``made``: the document, and optionally a sentence on its state (and the language it is in)."""
        paper, state, code = (made + (None,))[:3] if isinstance(made, tuple) else (made, "", None)
        self.preview.setPlainText(paper.plain_text())
        self.state.setText(state)
        self.state.setVisible(bool(state))
        if self.language is not None and code:
            with QSignalBlocker(self.language):  # showing the language is no choice to make again
                self.language.setCurrentIndex(self.language.findData(code))

    def ask_target(self, suggestion: str) -> Path | None:
        """Where to save the paper; None when cancelled. Tests replace this."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save"), str(Path.home() / suggestion))
        return Path(path) if path else None

    def save(self, kind: str) -> None:
        target = self.ask_target(f"{self.file_name}.{kind}")
        if target is None:
            return
        if target.suffix.lower() != f".{kind}":
            target = target.with_name(target.name + f".{kind}")
        what, making = self.what, self._making()

        def write(session) -> Path:
            made = making(session)
            paper = made[0] if isinstance(made, tuple) else made
            data = (document.pdf(paper) if kind == "pdf" else document.docx(paper) if kind == "docx"
                    else paper.plain_text().encode("utf-8"))
            try:
                fsutil.atomic_write(target, data)
            except OSError as exc:
                raise OperationFailed(f"{what} could not be written to {target} ({exc.strerror or exc}); choose "
                                      "another place.") from None
            return target

        self.access.operation(self, write, lambda path: self.result.show_result(
            "good", self.tr("{0} is in {1}.").format(what, path)), failed=self.result.show_error, busy=self)


def record_view(access: VaultAccess) -> PaperView:
    return PaperView(
        access, "The record of processing", "record-of-processing", QCoreApplication.translate("PaperView",
            "Made from the vault each time: purposes, people and data counted, processors, retention and the "
            "security measures that are on. What crmdesk cannot know (a representative, other processing) is "
            "written in Settings."), _record_in,
        (PROCESSORS, PURPOSES, CONSENT, CONTACTS, SETTINGS, USERS, BACKUPS), languages=True)


def _record_in(session, code: str | None):
    """The record in the language chosen (None: the shop's), and that language."""
    made = processing_record.make(session, lang=language.get(code) if code else None)
    return record_paper.document(made), "", made.lang.code


def notice_view(access: VaultAccess) -> PaperView:
    """The privacy notice, with "Publish this version" (a new version whenever the vault changed it)."""

    def made(session, code: str | None):
        code = code or privacy_notice.languages(session)[0]
        paper, _draft, same = notice_paper.current(session, code)
        # QCoreApplication.translate is thread-safe: this runs off the UI thread.
        if same:
            return paper, QCoreApplication.translate("PaperView", "This is version {0}, published {1}.").format(
                same.version, translation.day(same.published_at)), code
        if code not in privacy_notice.languages(session):
            return paper, QCoreApplication.translate(
                "PaperView", "The notice is published in the shop's language and English (Settings); this one can be "
                "saved, not published."), code
        return paper, QCoreApplication.translate(
            "PaperView", "This text is not published yet: publish it to keep it as a version, then put it on the "
            "website and at the counter."), code

    view = PaperView(access, "The privacy notice", "privacy-notice", QCoreApplication.translate("PaperView",
        "What the shop tells people when it collects their data (Art. 13), made from the purposes, processors, "
        "retention and the shop's details in Settings, in the shop's language and English. What the shop wrote "
        "itself (its details, a purpose it added) stays as written."), made,
        (PROCESSORS, PURPOSES, SETTINGS, RETENTION), ("pdf", "docx", "txt"), languages=True)
    view.publish_button = QPushButton(QCoreApplication.translate("PaperView", "Publish this version"))
    view.top_row.insertWidget(0, view.publish_button)

    def publish() -> None:
        view.access.operation(view, lambda s: privacy_notice.publish(s, notice_paper.drafts(s)),
                              lambda made: (view.refresh(), view.result.show_result("good", QCoreApplication.translate("PaperView",
                                  "The privacy notice is published: {0}.").format(_published_words(made)))),
                              failed=view.result.show_error, busy=view)

    view.publish_button.clicked.connect(publish)
    return view


def _published_words(made: list[privacy_notice.Version]) -> str:
    return ", ".join(QCoreApplication.translate("PaperView", "{0} version {1}").format(
        translation.lang().language_name(v.language), v.version) for v in made)


class StandingTableModel(RecordTableModel):
    HEADERS = (QT_TRANSLATE_NOOP("StandingTableModel", "User"), QT_TRANSLATE_NOOP("StandingTableModel", "Role"),
               QT_TRANSLATE_NOOP("StandingTableModel", "Version"),
               QT_TRANSLATE_NOOP("StandingTableModel", "Confirmed"),
               QT_TRANSLATE_NOOP("StandingTableModel", "State"))

    def cell(self, t: training.Standing, column: int, role):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        state = self.tr("writes it") if t.role == "owner" else self.tr("due") if t.due else self.tr("confirmed")
        return (t.name, role_words(t.role), str(t.version) if t.version else "—", translation.day(t.confirmed_at) or self.tr("never"),
                state)[column]


class TrainingView(ReadWhenShown):
    """The briefing in force, who confirmed it, and a new version to publish."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.text = reading_pane(self.tr("The briefing in force"))
        self.about = QLabel(wordWrap=True)
        self.about.setObjectName("hint")
        self.model = StandingTableModel(self)
        self.table = make_table(self.model, stretch_column=0, name=self.tr("Who confirmed the briefing"))
        self.publish_button = QPushButton(self.tr("Publish a new version…"))
        self.result = ResultLine()
        row = QHBoxLayout()
        row.addWidget(self.publish_button)
        row.addStretch()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.text)
        splitter.addWidget(self.table)
        splitter.setSizes([400, 560])  # the table's columns need more room than the text
        layout = QVBoxLayout(self)
        layout.addWidget(self.about)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        layout.addWidget(self.result)
        self.publish_button.clicked.connect(self.publish)
        Refresher(self, access, (USERS, SETTINGS), self.changed)

    def refresh(self) -> None:
        self.stale = False
        self.access.query(self, lambda s: (training.current(s), training.standing(s), training.refresh_words(s)),
                          lambda found: self._show(*found), failed=self.result.show_error)

    def _show(self, briefing: training.Briefing, standing: list, refresh: str) -> None:
        self.briefing = briefing
        self.text.setPlainText(briefing.body)
        due = sum(1 for t in standing if t.due)
        self.about.setText(self.tr(
            "Every user but the owner confirms this briefing at their first sign-in, again {0} and when a new "
            "version is published; until then crmdesk holds back the customers' data from them. Version {1}, "
            "published {2}. {3}").format(refresh, briefing.version, translation.day(briefing.published_at),
                                         self.tr("{0} due.").format(due) if due else self.tr("Nobody is due.")))
        self.model.set_records(standing)

    def ask_text(self, current: str) -> str | None:
        """The new version's text (None when cancelled). Tests replace this."""
        from PySide6.QtWidgets import QInputDialog

        text, ok = QInputDialog.getMultiLineText(self, self.tr("Publish a new version"), self.tr(
            "The shop's rules for its staff; everyone but the owner confirms them again:"), current)
        return text if ok else None

    def publish(self) -> None:
        text = self.ask_text(self.text.toPlainText())
        if text is None:
            return
        self.access.operation(self, lambda s: training.publish(s, text), lambda published: self.result.show_result(
            "good", self.tr("Version {0} is in force; everyone but the owner confirms it at their next sign-in.")
            .format(published.version)), failed=self.result.show_error, busy=self)


class ProtectionPage(QWidget):
    """The shop's data-protection folder; for owners and admins."""

    def __init__(self, access: VaultAccess, parent: QWidget | None = None):
        super().__init__(parent)
        self.access = access
        self.tabs = QTabWidget()
        self.breaches = BreachLog(access)
        self.processors = ProcessorRegister(access)
        self.record = record_view(access)
        self.notice = notice_view(access)
        self.tabs.addTab(self.breaches, self.tr("Breach log"))
        self.tabs.addTab(self.processors, self.tr("Processors"))
        self.tabs.addTab(self.record, self.tr("Record of processing"))
        self.tabs.addTab(self.notice, self.tr("Privacy notice"))
        self.training = TrainingView(access)
        self.tabs.addTab(self.training, self.tr("Training"))
        # Every tab stays in sight on a small screen in a long language: a title shortened rather than a
        # tab pushed behind scroll arrows; the whole title in its tooltip.
        self.tabs.setUsesScrollButtons(False)
        self.tabs.tabBar().setElideMode(Qt.TextElideMode.ElideRight)
        for tab in range(self.tabs.count()):
            self.tabs.setTabToolTip(tab, self.tabs.tabText(tab))
        layout = QVBoxLayout(self)
        add_page_header(layout, self.tr("Data protection"), self.tr(
            "The shop's data-protection folder (GDPR Art. 5(2)): the breach log with its 72-hour clock, the "
            "processors who handle customer data, the record of processing made from the vault, and the staff's "
            "briefing."))
        layout.addWidget(self.tabs, 1)

    def show_view(self, view: str) -> None:
        """From a Today card: the breach log (the newest breach selected), or the training."""
        if view == "breaches":
            self.tabs.setCurrentWidget(self.breaches)
            self.breaches.table.setFocus()
        elif view == "training":
            self.tabs.setCurrentWidget(self.training)
            self.training.table.setFocus()
