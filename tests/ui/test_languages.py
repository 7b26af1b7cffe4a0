"""The window in the user's language: every visible text goes through Qt's translation system and is
in the catalogues, and a user's choice of language remakes the window in it without losing their place."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget

from crmdesk.core.vault import users
from crmdesk.core.vault.session import VaultPaths
from crmdesk.ui import translation
from crmdesk.ui.app import AppController
from crmdesk.ui.message_box import MessageBox
from tests.conftest import ADMIN, ORGANISATION, OWNER, STAFF, TARGET, VIEWER
from tests.support import ROOT
from tests.ui.pseudo_locale import PseudoTranslator, catalogue, pseudo_language, untranslated
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
    monkeypatch.setattr(translation, "lang", pseudo_language)  # what core and reports write for the window
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
