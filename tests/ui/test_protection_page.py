"""The breach report everyone can make, and the breach log on the Data protection page, driven like a user."""

from __future__ import annotations

import subprocess

import docx
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import breaches
from crmdesk.ui.breach_log import AssessDialog, BreachLog
from crmdesk.ui.message_box import MessageBox
from tests.conftest import OWNER, STAFF
from tests.ui.test_menus import shown_window


def menu_action(window, words: str):
    return next(a for menu in window.menus.menus for a in menu.actions() if a.text().replace("&", "") == words)


def test_staff_report_a_breach_from_the_file_menu_and_return_sends_nothing(qtbot, open_as):
    staff = open_as(STAFF)
    window = shown_window(qtbot, staff)
    assert "Data protection" not in window.pages  # the log is the owner's and the admins'
    menu_action(window, "Report a data breach…").trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if type(w).__name__ == "ReportBreachDialog"
                  and w.isVisible())
    assert not dialog.report_button.isEnabled()
    dialog.what.setFocus()
    qtbot.keyClicks(dialog.what, "A printed customer list was left on the bus")
    qtbot.keyClick(dialog.what, Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # on the time field: sends nothing
    assert dialog.isVisible() and not dialog.report_button.isEnabled()  # was it encrypted? not said yet
    qtbot.mouseClick(dialog.readable, Qt.MouseButton.LeftButton)
    assert dialog.report_button.isEnabled()
    clicked = []
    dialog.report_button.clicked.connect(lambda: clicked.append(True))
    for field in (dialog.how, dialog.occurred, dialog.encryption_note):
        qtbot.keyClick(field, Qt.Key.Key_Return)
    assert dialog.isVisible() and not clicked  # Return never sends a report: it stays in the log for good
    qtbot.mouseClick(dialog.report_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
    assert any("B-" in text and "Tell the owner" in text for _title, text in MessageBox.shown)
    owner = open_as(OWNER)
    [breach] = breaches.list_breaches(owner)
    assert breach.what == "A printed customer list was left on the bus" and breach.reported_by == STAFF
    assert not breach.encrypted and breach.scope == "all"
    window.shutdown()


def test_the_owner_follows_the_card_assesses_tells_and_makes_the_papers(qtbot, open_as, tmp_path, monkeypatch):
    owner = open_as(OWNER)
    kim = contacts.add_contact(owner, ContactInput(given_name="Kim", family_name="Lee",
                                                   emails=[Labelled("kim@example.org")], tags=["newsletter"]))
    breaches.report(owner, "The newsletter list went to the wrong address as a CSV.", owner.clock.now(),
                    scope="tag", scope_detail="newsletter", encrypted=False)
    window = shown_window(qtbot, owner)
    today = window.today_page
    qtbot.waitUntil(lambda: today.card("breaches.clock") is not None
                    and today.card("breaches.clock").finding.level == "attention", timeout=10000)
    assert "hours left" in today.card("breaches.clock").sentence.text()
    qtbot.mouseClick(today.card("breaches.clock").button, Qt.MouseButton.LeftButton)
    page = window.protection_page
    assert window.stack.currentWidget() is page
    log = page.breaches
    qtbot.waitUntil(lambda: log.selected() is not None, timeout=10000)
    assert "crmdesk suggests: authority yes" in log.detail.toPlainText()

    def assess(dialog) -> bool:
        assert isinstance(dialog, AssessDialog) and dialog.authority.isChecked() and not dialog.people.isChecked()
        dialog.risk.setCurrentIndex(dialog.risk.findData("high"))
        assert dialog.people.isChecked()  # a high risk, not encrypted: the people are told too
        dialog.reason.setPlainText("e-mail addresses went to a stranger")
        dialog.measures.setPlainText("asked the recipient to delete the file")
        return True

    monkeypatch.setattr(BreachLog, "ask", classmethod(lambda cls, dialog: assess(dialog)))
    qtbot.mouseClick(log.buttons["assess"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Assessed by" in log.detail.toPlainText(), timeout=10000)
    log.ask_text = lambda title, label: "sent with the authority's online form"
    qtbot.mouseClick(log.buttons["authority"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Initial notification to the supervisory authority" in log.detail.toPlainText(),
                    timeout=10000)
    log.ask_target = lambda suggestion: tmp_path / "draft.docx"
    qtbot.mouseClick(log.buttons["draft"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "draft is in" in log.result.text(), timeout=10000)
    word = docx.Document(str(tmp_path / "draft.docx"))
    text = "\n".join([p.text for p in word.paragraphs] + [c.text for t in word.tables for r in t.rows for c in r.cells])
    assert "follow-up" in text and "Asked the recipient to delete the file." in text and "Kim" not in text
    log.ask_target = lambda suggestion: tmp_path / "letters"
    qtbot.mouseClick(log.buttons["letters"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "letters are in" in log.result.text(), timeout=10000)
    letter = subprocess.run(["pdftotext", str(tmp_path / "letters.pdf"), "-"], capture_output=True, text=True).stdout
    assert "Dear Kim Lee" in letter and "Your name and your e-mail address." in letter
    window.show_page("Today")
    qtbot.waitUntil(lambda: today.card("breaches.clock").finding.level == "good", timeout=10000)
    assert today.card("breaches.people").finding.level == "attention"  # a high risk: the people next
    assert kim.id
    window.shutdown()


def test_the_owner_adds_a_processor_with_its_scan_and_saves_the_record(qtbot, open_as, tmp_path, monkeypatch):
    from crmdesk.core.privacy import processors
    from crmdesk.ui.processor_register import ProcessorDialog, ProcessorRegister

    scan = tmp_path / "dpa.pdf"
    scan.write_bytes(b"%PDF-1.4 the signed agreement")
    owner = open_as(OWNER)
    window = shown_window(qtbot, owner)
    page = window.show_page("Data protection")
    page.tabs.setCurrentWidget(page.processors)
    register = page.processors

    def fill(dialog) -> bool:
        assert isinstance(dialog, ProcessorDialog) and not dialog.transfer.isEnabled()  # in the EU: no basis asked
        qtbot.keyClicks(dialog.name, "Example Mail GmbH")
        qtbot.keyClicks(dialog.service, "sends the newsletter")
        dialog.kinds["emails"].setChecked(True)
        dialog.location.setCurrentIndex(dialog.location.findData("safeguards"))
        assert dialog.transfer.isEnabled()
        dialog.transfer.setCurrentText(processors.TRANSFER_BASES[2])
        dialog.ask_scan = lambda: str(scan)
        qtbot.mouseClick(dialog.scan_button, Qt.MouseButton.LeftButton)
        assert dialog.scan_label.text() == "dpa.pdf"
        news = next(i for i in range(dialog.purposes.count())
                    if dialog.purposes.item(i).data(Qt.ItemDataRole.UserRole) == "newsletter-email")
        dialog.purposes.item(news).setCheckState(Qt.CheckState.Checked)
        return True

    monkeypatch.setattr(ProcessorRegister, "ask", classmethod(lambda cls, dialog: fill(dialog)))
    qtbot.waitUntil(lambda: hasattr(register, "purposes"), timeout=10000)
    qtbot.mouseClick(register.buttons["add"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: register.model.rowCount() == 1 and register.selected() is not None, timeout=10000)
    added = processors.get_processor(owner, "Example Mail GmbH")
    assert added.purposes == ("newsletter-email",) and added.agreement_name == "dpa.pdf" and added.outside_eu
    register.ask_target = lambda suggestion: tmp_path / "back.pdf"
    qtbot.mouseClick(register.buttons["agreement"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "agreement is in" in register.result.text(), timeout=10000)
    assert (tmp_path / "back.pdf").read_bytes() == scan.read_bytes()
    page.tabs.setCurrentWidget(page.record)
    view = page.record
    qtbot.waitUntil(lambda: "Example Mail GmbH" in view.preview.toPlainText(), timeout=10000)
    assert "Record of processing activities" in view.preview.toPlainText()
    view.ask_target = lambda suggestion: tmp_path / "record"
    qtbot.mouseClick(view.save_buttons["docx"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "The record of processing is in" in view.result.text(), timeout=10000)
    word = docx.Document(str(tmp_path / "record.docx"))
    assert any("standard contractual clauses" in c.text for t in word.tables for r in t.rows for c in r.cells)
    window.shutdown()


def test_a_new_user_confirms_the_briefing_at_sign_in_and_return_confirms_nothing(qtbot, open_as):
    from crmdesk.core import vault
    from crmdesk.core.vault import training, users
    from crmdesk.ui.briefing_dialog import BriefingDialog

    owner = open_as(OWNER)
    users.add_user(owner, "nina", role="staff", passphrase="nina's long passphrase")
    nina = vault.unlock(owner.paths.folder, "nina", "nina's long passphrase")
    try:
        dialog = BriefingDialog(nina)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "Collect only what we need" in dialog.text.toPlainText(), timeout=10000)
        assert not dialog.confirm_button.isEnabled()
        dialog.understood.setFocus()
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Space)  # ticks the box
        assert dialog.confirm_button.isEnabled()
        qtbot.keyClick(dialog.understood, Qt.Key.Key_Return)
        assert dialog.isVisible() and nina.training_due  # Return confirms nothing
        qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=10000)
        assert dialog.result() == dialog.DialogCode.Accepted and not nina.training_due
        assert [t.name for t in training.standing(owner) if t.due] == []
    finally:
        nina.close()


def test_the_training_card_opens_the_training_tab(qtbot, open_as):
    from crmdesk.core.vault import users

    owner = open_as(OWNER)
    users.add_user(owner, "nina", role="staff", passphrase="nina's long passphrase")
    window = shown_window(qtbot, owner)
    today = window.today_page
    qtbot.waitUntil(lambda: today.card("training.due") is not None
                    and today.card("training.due").button.isVisible(), timeout=10000)
    qtbot.mouseClick(today.card("training.due").button, Qt.MouseButton.LeftButton)
    page = window.protection_page
    assert window.stack.currentWidget() is page and page.tabs.currentWidget() is page.training
    qtbot.waitUntil(lambda: page.training.model.rowCount() >= 2, timeout=10000)
    assert "1 due." in page.training.about.text()
    page.training.ask_text = lambda current: current + "\n8. Never photograph the screen."
    qtbot.mouseClick(page.training.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Version 2 is in force" in page.training.result.text(), timeout=10000)
    window.shutdown()


def test_the_privacy_notice_tab_publishes_and_saves_the_website_text(qtbot, open_as, tmp_path):
    """A German shop: the notice opens in German, is published in German and English at once, and
    the language chosen beside the buttons is the one saved."""
    from crmdesk.core import configuration

    owner = open_as(OWNER)
    configuration.change_settings(owner, {"controller_address": "Marktplatz 1", "controller_contact": "info@x.example",
                                          "shop_language": "de"})
    window = shown_window(qtbot, owner)
    page = window.show_page("Data protection")
    page.tabs.setCurrentWidget(page.notice)
    view = page.notice
    qtbot.waitUntil(lambda: "Wie wir Ihre personenbezogenen Daten verwenden" in view.preview.toPlainText(),
                    timeout=10000)
    assert "not published yet" in view.state.text() and view.language.currentText() == "Deutsch"
    qtbot.mouseClick(view.publish_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "German version 1, English version 1" in view.result.text(), timeout=10000)
    qtbot.waitUntil(lambda: "This is version 1" in view.state.text(), timeout=10000)
    view.language.setFocus()
    qtbot.keyClicks(view.language, "English")
    qtbot.waitUntil(lambda: "How we use your personal data" in view.preview.toPlainText(), timeout=10000)
    qtbot.waitUntil(lambda: "This is version 1" in view.state.text(), timeout=10000)
    view.ask_target = lambda suggestion: tmp_path / "notice"
    qtbot.mouseClick(view.save_buttons["txt"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "is in" in view.result.text(), timeout=10000)
    saved = (tmp_path / "notice.txt").read_text("utf-8")
    assert "version 1" in saved and "Your rights" in saved
    qtbot.keyClick(view.language, Qt.Key.Key_End)  # Polski, the last
    qtbot.waitUntil(lambda: "Twoje prawa" in view.preview.toPlainText(), timeout=10000)
    assert "can be saved, not published" in view.state.text()
    window.shutdown()


def test_return_in_the_assessment_saves_nothing(qtbot, open_as):
    owner = open_as(OWNER)
    breach = breaches.report(owner, "A list was lost.", owner.clock.now(), encrypted=False)
    dialog = AssessDialog(breach)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reason.setPlainText("names went to a stranger")
    dialog.risk.setFocus()
    qtbot.keyClick(dialog.risk, Qt.Key.Key_Return)
    assert dialog.isVisible(), dialog.result()  # an assessment stays in the log: only Save records it
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Rejected
