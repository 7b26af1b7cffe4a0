"""The window in the user's language: every visible text goes through Qt's translation system and is
in the catalogues, and a user's choice of language remakes the window in it without losing their place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from crmdesk.core import language
from crmdesk.core.people import contacts
from crmdesk.core.people.contact_model import ContactInput, Labelled
from crmdesk.core.privacy import consent
from crmdesk.core.vault import passphrase, users
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui import translation
from crmdesk.ui.app import AppController
from crmdesk.ui.contacts_page import LIST_KEEPS
from crmdesk.ui.duplicates_dialog import MergeDialog
from crmdesk.ui.message_box import MessageBox
from crmdesk.ui.widgets import DurationSpinBox
from tests.conftest import ADMIN, ORGANISATION, OWNER, STAFF, TARGET, VIEWER
from tests.support import ROOT
from tests.ui.pseudo_locale import PseudoTranslator, catalogue, pseudo_language, untranslated
from tests.ui.test_consent_ui import contacts_page, show
from tests.ui.test_menus import shown_window

# Choices that name languages (in themselves), countries and regions (in the window's language, from CLDR and the
# holidays library), not texts to translate.
NAMES_NOT_TEXTS = ("phone_region", "holiday_country", "holiday_region", "window_language", "shop_language",
                   "paper_language", "language", "report_language", "reply_language")
TS = ROOT / "resources" / "translations"


@pytest.fixture
def pseudo(monkeypatch):
    translator = PseudoTranslator()
    translation.install_translator(translator)
    core = pseudo_language()
    monkeypatch.setattr(translation, "lang", lambda: core)  # what core and reports write for the window
    monkeypatch.setattr(language, "_active", [core])  # and core's messages (tr), as the window shows them
    yield translator
    QApplication.instance().removeTranslator(translator)
    translation.install("en")


def _every_page(qtbot, window) -> list[str]:
    """What shows untranslated on each page and each of its tabs."""
    data = {ORGANISATION, OWNER, ADMIN, STAFF, TARGET, VIEWER, "crmdesk", str(window.session.paths.folder)}
    found: set[str] = set()
    for name, page in window.pages.items():
        window.show_page(name)
        qtbot.wait(150)
        for tabs in page.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                qtbot.wait(150)
                found |= set(untranslated(window, data, skip=NAMES_NOT_TEXTS))
        found |= set(untranslated(window, data, skip=NAMES_NOT_TEXTS))
    return sorted(found)


def test_every_visible_text_of_every_page_goes_through_the_translator(qtbot, open_as, pseudo):
    window = shown_window(qtbot, open_as(OWNER))
    assert _every_page(qtbot, window) == []
    window.shutdown()


def test_every_text_the_window_asks_for_is_in_the_catalogues(qtbot, open_as, pseudo):
    """A text tr() is given that `packaging/catalogues.py extract` did not gather stays English in every
    language (a text passed in a variable needs QT_TR_NOOP where it is written)."""
    window = shown_window(qtbot, open_as(OWNER))
    _every_page(qtbot, window)
    window.shutdown()
    gathered = catalogue(TS / "crmdesk_de.ts")
    missing = sorted(f"{context}: {source!r}" for context, source in pseudo.asked
                     if (context, source) not in gathered and re.search(r"[^\W\d_]", source)
                     and not context.startswith("Q"))  # Qt's own widgets ask with their names: qtbase's
    assert missing == []


@pytest.mark.parametrize("code", ["de", "fr", "it", "es", "pl"])
def test_translations_keep_their_placeholders_and_accelerators(code):
    import xml.etree.ElementTree as ElementTree

    placeholder = re.compile(r"\{\d\}|%n")
    for message in ElementTree.parse(TS / f"crmdesk_{code}.ts").getroot().iter("message"):
        source = message.findtext("source")
        forms = [t.text or "" for t in message.iter("numerusform")] or [message.findtext("translation") or ""]
        assert all(forms) and message.find("translation").get("type") != "unfinished", (code, source)
        for text in forms:
            assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), (code, source, text)
            assert (source.count("&") - 2 * source.count("&&") > 0) == (text.count("&") - 2 * text.count("&&") > 0), \
                (code, source, text)


def test_the_catalogues_hold_every_text_of_the_window_source(tmp_path):
    """`packaging/catalogues.py extract` ran after the last change to a text of the window."""
    import subprocess
    import sys

    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "crmdesk" / "ui").glob("*.py"))
    fresh = tmp_path / "fresh.ts"
    lupdate = next(p for p in (Path(sys.executable).parent / "pyside6-lupdate",) if p.exists())
    subprocess.run([str(lupdate), "-silent", "-no-obsolete", "-locations", "none", *sources, "-ts", str(fresh)],
                   cwd=ROOT, check=True)
    assert catalogue(fresh) == catalogue(TS / "crmdesk_de.ts"), "run: python packaging/catalogues.py extract"


def test_choosing_a_language_remakes_the_window_in_it_on_the_same_page(qtbot, open_as, tmp_path):
    owner = open_as(OWNER)
    controller = AppController(VaultPaths.of(owner.paths.folder))
    controller._open(owner)
    window = controller.window  # remade below: the controller closes it, not qtbot
    window.stop_scheduler()
    contacts_page = window.show_page("Contacts")
    qtbot.waitUntil(lambda: contacts_page.model.rowCount() > 0, timeout=10000)
    rect = contacts_page.table.visualRect(contacts_page.model.index(0, 0))
    qtbot.mouseClick(contacts_page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: contacts_page.current is not None, timeout=10000)
    chosen = contacts_page.current.id
    window.show_page("Settings")
    combo = window.settings_page.window_language
    qtbot.waitUntil(combo.isEnabled, timeout=10000)
    combo.setFocus()
    qtbot.keyClicks(combo, "Deutsch")
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not window, timeout=10000)
    remade = controller.window
    qtbot.addWidget(remade)
    assert translation.current() == "de" and remade.current_page() == "Settings"
    assert remade.settings_page.save_button.text() == "Speichern"
    reader = owner.fork()
    try:
        assert users.window_language(reader) == "de"  # kept in the vault: it follows the user to any desk
    finally:
        reader.close()
    qtbot.waitUntil(remade.settings_page.window_language.hasFocus, timeout=10000)  # the keyboard stays there
    page = remade.show_page("Contacts")  # and the contact they were on is still the one chosen
    qtbot.waitUntil(lambda: page.current is not None and page.current.id == chosen
                    and page.table.selectionModel().selectedRows()
                    and page.table.selectionModel().selectedRows()[0].row() == page.model.row_of(chosen), timeout=10000)
    remade.stop_scheduler()
    controller._close_window(lambda: None)
    assert translation.current() == translation.system_language()  # the next to unlock is asked in the computer's


def _settings_in_a_controller(qtbot, owner):
    controller = AppController(VaultPaths.of(owner.paths.folder))
    controller._open(owner)
    window = controller.window
    window.stop_scheduler()
    window.show_page("Settings")
    combo = window.settings_page.window_language
    qtbot.waitUntil(combo.isEnabled, timeout=10000)
    combo.setFocus()
    return controller, window, combo


def test_arrow_keys_step_through_the_languages_and_the_one_stopped_on_is_taken(qtbot, open_as):
    controller, window, combo = _settings_in_a_controller(qtbot, open_as(OWNER))
    chosen = []
    window.language_changed.connect(chosen.append)
    for _ in range(3):  # the computer's → English → Deutsch → Français
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert controller.window is window and combo.currentData() == "fr"  # stepping remakes nothing yet
    qtbot.waitUntil(lambda: controller.window is not window, timeout=10000)
    assert chosen == ["fr"] and translation.current() == "fr"
    qtbot.addWidget(controller.window)
    controller.window.stop_scheduler()
    controller._close_window(lambda: None)


def test_unsaved_settings_are_not_lost_to_a_change_of_language(qtbot, open_as):
    controller, window, combo = _settings_in_a_controller(qtbot, open_as(OWNER))
    qtbot.addWidget(window)
    page = window.settings_page
    qtbot.waitUntil(page.save_button.isEnabled, timeout=10000)  # editable once read, as a person finds it
    page.organisation.selectAll()
    qtbot.keyClicks(page.organisation, "Baeckerei Mond")
    combo.setFocus()
    shown_before = len(MessageBox.shown)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: len(MessageBox.shown) > shown_before, timeout=10000)
    assert "save or revert" in MessageBox.shown[-1][1]
    assert controller.window is window and page.organisation.text() == "Baeckerei Mond"
    assert combo.currentData() == ""  # back on the language the window speaks
    window.stop_scheduler()
    controller._close_window(lambda: None)


def test_a_contacts_consents_and_their_history_speak_the_windows_language(qtbot, open_as, access_to, pseudo):
    """The Consents tab shows what core keeps in English (purpose titles crmdesk made, states, methods,
    what was done): each goes through the catalogue, and so does the list's consent column."""
    staff = open_as(STAFF)
    anna = contacts.add_contact(staff, ContactInput(given_name="Anna", family_name="Berg"))
    consent.record(staff, anna.id, "newsletter-email", "granted")
    consent.record(staff, anna.id, "newsletter-email", "withdrawn")
    page = contacts_page(qtbot, access_to(staff))
    show(qtbot, page, anna.id)
    page.detail.tabs.setCurrentIndex(2)
    panel = page.detail.consents
    qtbot.waitUntil(lambda: panel.history.count() == 2, timeout=10000)
    assert untranslated(panel, {"Anna Berg", STAFF}) == []
    cells = [panel.states.item(row, column).text() for row in range(panel.states.rowCount()) for column in (0, 1)]
    assert cells and all("\u27e6" in text for text in cells), cells
    buttons = [panel.states.cellWidget(row, 2) for row in range(panel.states.rowCount())]
    assert all(b.text().startswith("\u27e6") for b in buttons if b is not None)
    panel.history.setCurrentRow(1)  # the withdrawal, with what was done, in the text pane
    qtbot.waitUntil(lambda: "\u27e6withdrawn" in panel.text_view.toPlainText(), timeout=10000)
    listed = page.model.index(page.model.row_of(anna.id), 1).data()
    assert "\u27e6Newsletter" in listed and "\u27e6No lawful basis" in listed


def test_a_period_is_written_with_its_unit_in_the_language_and_typed_as_a_number(qtbot):
    translation.install("pl")
    try:
        box = DurationSpinBox("month", maximum=120)
        qtbot.addWidget(box)
        box.show()
        written = {}
        for months in (1, 2, 5, 22):
            box.setValue(months)
            written[months] = box.text()
        assert written == {1: "1 miesiąc", 2: "2 miesiące", 5: "5 miesięcy", 22: "22 miesiące"}
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, "36")
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.value() == 36 and box.text() == "36 miesięcy"
        box.lineEdit().selectAll()
        qtbot.keyClicks(box, "500")  # more than the most allowed: the third digit is refused
        qtbot.keyClick(box, Qt.Key.Key_Return)
        assert box.value() == 50
        box.set_unit("year")
        assert box.text() == "50 lat"
        box.setSpecialValueText("bez terminu")
        box.setValue(0)
        assert box.text() == "bez terminu"
        qtbot.keyClick(box, Qt.Key.Key_Up)
        assert box.value() == 1 and box.text() == "1 rok"
    finally:
        translation.install("en")


def test_the_passphrase_hint_is_in_the_language_of_the_window():
    language.use("de")
    assert passphrase.estimate("kurz").label == "Zu schwach"
    assert passphrase.estimate("Pferd Batterie Heftklammer 42!").advice.endswith("zu erraten.")


def test_the_merge_dialog_names_the_fields_in_the_windows_language(qtbot, open_as, pseudo):
    staff = open_as(STAFF)
    one = contacts.add_contact(staff, ContactInput(given_name="Anna", family_name="Berg", job_title="Baker",
                                                   emails=[Labelled("anna@example.com")], tags=["VIP"]))
    two = contacts.add_contact(staff, ContactInput(given_name="Ana", family_name="Berg", job_title="Cook",
                                                   emails=[Labelled("anna@example.com")]))
    dialog = MergeDialog(contacts.get_contact(staff, one.id), contacts.get_contact(staff, two.id))
    qtbot.addWidget(dialog)
    values = {"Anna Berg", "Ana Berg", "Anna", "Ana", "Berg", "Baker", "Cook", "anna@example.com", "VIP"}
    assert untranslated(dialog, values) == []
    gathered = catalogue(TS / "crmdesk_de.ts")  # and each text it asked for is one the translators have
    assert sorted(source for context, source in pseudo.asked
                  if context == "MergeDialog" and (context, source) not in gathered) == []


@pytest.mark.parametrize("code", ["de", "pl"])
def test_a_contact_fits_beside_the_list_on_the_smallest_screen_in_the_longest_languages(qtbot, open_as, code):
    """At 1024×700 the contact's detail (every tab) is shown whole, without scrolling sideways."""
    translation.install(code)
    try:
        session = open_as(OWNER)
        anna = contacts.add_contact(session, ContactInput(given_name="Anna", family_name="Berg"))
        window = shown_window(qtbot, session)
        window.resize(1024, 700)
        page = window.contacts_page
        window.show_page("Contacts")
        page.select_contact(anna.id)
        qtbot.waitUntil(lambda: page.current is not None and page.current.id == anna.id, timeout=10000)
        scrolls = page.detail_area.horizontalScrollBar()
        for tab in range(page.detail.tabs.count()):
            page.detail.tabs.setCurrentIndex(tab)
            qtbot.waitUntil(lambda: scrolls.maximum() == 0, timeout=2000)  # laid out once shown
            assert page.splitter.sizes()[0] >= LIST_KEEPS, page.detail.tabs.tabText(tab)  # the list keeps its room
        window.shutdown()
    finally:
        translation.install("en")


def test_a_polish_request_reads_its_dates_the_polish_way_and_fits_the_smallest_screen(qtbot, open_as, access_to):
    """The received day is typed as Poles write it, and the due sentence naming three days off (New Year and
    a weekend) wraps instead of widening the dialog past a 1024-pixel screen."""
    from PySide6.QtCore import QDate

    from crmdesk.core import configuration
    from crmdesk.ui.requests_page import NewRequestDialog

    translation.install("pl")
    try:
        owner = open_as(OWNER)
        configuration.change_setting(owner, "holiday_region", "PL")
        zofia = contacts.add_contact(owner, ContactInput(given_name="Zofia", family_name="Nowak"))
        dialog = NewRequestDialog(access_to(owner), contacts.get_contact(owner, zofia.id))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda: "Termin" in dialog.due.text(), timeout=10000)
        dialog.received.setDate(QDate(2026, 12, 1))
        assert dialog.received.text() == "1.12.2026"
        assert "Nowy Rok" in dialog.due.text() and "niedziela" in dialog.due.text()
        qtbot.wait(50)  # laid out again
        assert dialog.width() <= 1024 and dialog.minimumSizeHint().width() <= 1024
    finally:
        translation.install("en")


@pytest.mark.parametrize("code", ["es", "pl"])
def test_the_backups_page_keeps_to_the_smallest_screen_while_it_backs_up(qtbot, open_as, code):
    """The Stop button and the progress bar that appear during a backup once made the window 1,068 pixels
    wide in Spanish (they stood in one row with the long "Hacer copia ahora")."""
    translation.install(code)
    try:
        window = shown_window(qtbot, open_as(OWNER))
        window.resize(1024, 700)
        page = window.show_page("Backups")
        page.runner.started.emit()  # what the page shows while a backup runs
        assert page.stop_button.isVisible() and page.progress.isVisible()
        qtbot.wait(100)  # laid out again
        # beside the page list as wide as the longest language's (French, about 250 pixels)
        assert page.minimumSizeHint().width() <= 1024 - 260 and window.width() <= 1024
        window.shutdown()
    finally:
        translation.install("en")
