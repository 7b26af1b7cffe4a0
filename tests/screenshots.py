"""Render crmdesk's windows offscreen into PNG files (``make screenshots``).

    QT_QPA_PLATFORM=offscreen python -m tests.screenshots docs/screenshots            # English
    QT_QPA_PLATFORM=offscreen python -m tests.screenshots docs/screenshots/pl pl      # a Polish shop

Builds a throwaway demo vault in a temporary folder (never the user's own),
opens each window and dialog the way a user would reach it, and saves it.
In another language the shop is one of that country (a bakery in Kraków for
Polish), the window speaks it, and the windows are shot on the smallest screen
crmdesk supports, 1024×700, to show that nothing is cut off.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from crmdesk.core import configuration, language
from crmdesk.core.privacy import restriction
from tests.support import TEST_PYTHONPATH  # noqa: F401 - cheap Argon2id for the example vault

# A desk screen, so the README shows windows at the size they open on one.
DESK_SCREEN = Path(__file__).resolve().parent / "screens" / "desk-1920x1080.json"
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={DESK_SCREEN}"

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def _settle(app: QApplication, rounds: int = 5) -> None:
    for _ in range(rounds):
        app.processEvents()


def _wait(app: QApplication, condition, timeout_s: float = 20.0) -> None:
    import time

    end = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError("window did not reach the expected state")
        app.processEvents()
        time.sleep(0.01)


def _dark(app: QApplication, off: bool = False) -> None:
    """A dark system palette (as a desktop in dark mode gives), or the light one back."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QStyleFactory

    from crmdesk.resources import resource_path
    from crmdesk.ui import colours

    palette = QStyleFactory.create("Fusion").standardPalette()
    if not off:
        for role, value in ((QPalette.ColorRole.Window, "#353535"), (QPalette.ColorRole.WindowText, "#f0f0f0"),
                            (QPalette.ColorRole.Base, "#2a2a2a"), (QPalette.ColorRole.AlternateBase, "#323232"),
                            (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.Button, "#3c3c3c"),
                            (QPalette.ColorRole.ButtonText, "#f0f0f0"), (QPalette.ColorRole.Highlight, "#2f6fb3"),
                            (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.PlaceholderText,
                                                                             "#9aa0a6")):
            palette.setColor(role, QColor(value))
        for role in (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Text, QPalette.ColorRole.WindowText):
            palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7f7f7f"))
    app.setPalette(palette)
    colours.apply(app, resource_path("style.qss").read_text("utf-8"))


# The demo shop in each language: name, country, owner, owner's name, passphrase, address, contact, authority.
SHOPS = {
    "de": ("Bäckerei Sonne", "DE", "maria", "Maria Sonne", "Hauptstraße 1\n10115 Berlin", "baeckerei-sonne",
           "Berliner Beauftragte für Datenschutz und Informationsfreiheit"),
    "fr": ("Boulangerie Soleil", "FR", "marie", "Marie Soleil", "1 rue de la Paix\n75002 Paris", "boulangerie-soleil",
           "Commission nationale de l'informatique et des libertés (CNIL)"),
    "it": ("Panetteria Sole", "IT", "maria", "Maria Sole", "Via Roma 1\n00184 Roma", "panetteria-sole",
           "Garante per la protezione dei dati personali"),
    "es": ("Panadería Sol", "ES", "maria", "María Sol", "Calle Mayor 1\n28013 Madrid", "panaderia-sol",
           "Agencia Española de Protección de Datos"),
    "pl": ("Piekarnia Słońce", "PL", "maria", "Maria Słońce", "ul. Floriańska 1\n31-019 Kraków", "piekarnia-slonce",
           "Prezes Urzędu Ochrony Danych Osobowych"),
}
SHOPS["en"] = SHOPS["de"]  # the README's English windows show the German bakery

# What the shop itself writes in the demo vault (notes, a breach, its recipients), in the shop's language.
WRITTEN = {
    "en": {"cake": "Asked about a wedding cake", "tiers": "Three tiers, for 14 June; will call back on Friday.",
           "lost": "The newsletter list was e-mailed as a CSV to a wrong address.",
           "found": "the recipient phoned us",
           "reason": "names and e-mail addresses went to one stranger, who deleted them",
           "measures": "asked the recipient to delete the file; exports now go only to the owner",
           "mail": "sends the newsletter", "till": "the till's receipts and loyalty card",
           "stolen": "The shop laptop was stolen from the car.",
           "recipients": "Newsletter service: Post & Co GmbH, Berlin\nTax adviser: Kanzlei Weber, Berlin"},
    "de": {"cake": "Hat nach einer Hochzeitstorte gefragt", "tiers": "Drei Etagen, für den 14. Juni; ruft am Freitag zurück.",
           "lost": "Die Newsletter-Liste ging als CSV per E-Mail an eine falsche Adresse.",
           "found": "der Empfänger hat uns angerufen",
           "reason": "Namen und E-Mail-Adressen gingen an eine fremde Person, die sie gelöscht hat",
           "measures": "Empfänger gebeten, die Datei zu löschen; Exporte gehen nur noch an die Inhaberin",
           "mail": "versendet den Newsletter", "till": "Kassenbelege und Kundenkarte",
           "stolen": "Der Laptop des Geschäfts wurde aus dem Auto gestohlen.",
           "recipients": "Newsletter-Versand: Post & Co GmbH, Berlin\nSteuerberatung: Kanzlei Weber, Berlin"},
    "fr": {"cake": "A demandé un gâteau de mariage", "tiers": "Trois étages, pour le 14 juin ; rappellera vendredi.",
           "lost": "La liste de la newsletter a été envoyée en CSV à une mauvaise adresse e-mail.",
           "found": "le destinataire nous a appelés",
           "reason": "des noms et adresses e-mail sont allés à un inconnu, qui les a supprimés",
           "measures": "demandé au destinataire de supprimer le fichier ; les exports ne vont plus qu'à la gérante",
           "mail": "envoie la newsletter", "till": "tickets de caisse et carte de fidélité",
           "stolen": "L'ordinateur portable de la boutique a été volé dans la voiture.",
           "recipients": "Envoi de la newsletter : Post & Co SARL, Paris\nExpert-comptable : Cabinet Martin, Paris"},
    "it": {"cake": "Ha chiesto di una torta nuziale", "tiers": "Tre piani, per il 14 giugno; richiamerà venerdì.",
           "lost": "L'elenco della newsletter è stato inviato in CSV a un indirizzo e-mail sbagliato.",
           "found": "il destinatario ci ha telefonato",
           "reason": "nomi e indirizzi e-mail sono finiti a un estraneo, che li ha cancellati",
           "measures": "chiesto al destinatario di cancellare il file; le esportazioni vanno ora solo alla titolare",
           "mail": "invia la newsletter", "till": "scontrini e carta fedeltà",
           "stolen": "Il portatile del negozio è stato rubato dall'auto.",
           "recipients": "Invio newsletter: Post & Co S.r.l., Roma\nCommercialista: Studio Bianchi, Roma"},
    "es": {"cake": "Preguntó por una tarta de boda", "tiers": "Tres pisos, para el 14 de junio; volverá a llamar el viernes.",
           "lost": "La lista del boletín se envió en CSV a una dirección de correo equivocada.",
           "found": "el destinatario nos llamó",
           "reason": "nombres y direcciones de correo llegaron a un desconocido, que los borró",
           "measures": "se pidió al destinatario que borrara el archivo; las exportaciones van ahora solo a la dueña",
           "mail": "envía el boletín", "till": "tiques de caja y tarjeta de cliente",
           "stolen": "Robaron del coche el portátil de la tienda.",
           "recipients": "Envío del boletín: Post & Co S.L., Madrid\nAsesoría fiscal: Gestoría López, Madrid"},
    "pl": {"cake": "Pytała o tort weselny", "tiers": "Trzy piętra, na 14 czerwca; oddzwoni w piątek.",
           "lost": "Lista newslettera została wysłana jako CSV na błędny adres e-mail.",
           "found": "odbiorca do nas zadzwonił",
           "reason": "imiona, nazwiska i adresy e-mail trafiły do obcej osoby, która je usunęła",
           "measures": "poproszono odbiorcę o usunięcie pliku; eksporty trafiają teraz tylko do właścicielki",
           "mail": "wysyła newsletter", "till": "paragony z kasy i karta stałego klienta",
           "stolen": "Laptop sklepu został skradziony z samochodu.",
           "recipients": "Wysyłka newslettera: Post & Co sp. z o.o., Kraków\nBiuro rachunkowe: Kowalski i Wspólnicy, Kraków"},
}
PASSPHRASE = "warm bread every morning"


def _changed(app: QApplication, read, before: str) -> None:
    """Waits until what ``read()`` shows is no longer ``before`` (a result line, in any language)."""
    _wait(app, lambda: read().strip() not in ("", before.strip()))


def _save(widget: QWidget, out: Path, name: str) -> None:
    widget.grab().save(str(out / f"{name}.png"))
    print(f"  {name}.png")


def main(out_dir: str, code: str = "en") -> int:
    home = Path(tempfile.mkdtemp(prefix="crmdesk-screens-"))
    for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CONFIG_HOME"):
        os.environ[var] = str(home / var.lower())
    import keyring

    from tests.support.keyrings import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())

    from crmdesk.core import vault
    from crmdesk.core.vault import crypto, users
    from crmdesk.core.vault.session import VaultPaths
    from crmdesk.ui import translation
    from crmdesk.ui.app import make_application
    from crmdesk.ui.create_vault_wizard import CreateVaultWizard
    from crmdesk.ui.main_window import MainWindow
    from crmdesk.ui.message_box import MessageBox
    from crmdesk.ui.unlock_dialog import RecoverDialog, UnlockDialog

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    app = make_application()
    translation.install(code)
    MessageBox.testing = True
    cheap = crypto.KdfParams(memory_kib=8, iterations=1, lanes=1)
    shop, country, owner, owner_name = SHOPS[code][:4]

    wizard = CreateVaultWizard(VaultPaths.of(home / shop))
    wizard.show()
    wizard.details.organisation.setText(shop)
    wizard.details.owner.setText(owner)
    wizard.details.display_name.setText(owner_name)
    wizard.details.region.setCurrentIndex(wizard.details.region.findData(country))  # a bakery in that country
    _settle(app)
    _save(wizard, out, "wizard-1-details")
    wizard.next()
    wizard.passphrase_page.fields.first.setText(PASSPHRASE)
    wizard.passphrase_page.fields.second.setText(PASSPHRASE)
    _settle(app)
    _save(wizard, out, "wizard-2-passphrase")
    wizard.next()
    _wait(app, lambda: wizard.created is not None)
    _settle(app)
    _save(wizard, out, "wizard-3-recovery")
    wizard.recovery_page.confirmed.setChecked(True)
    wizard.accept()
    _wait(app, lambda: wizard.session is not None)
    paths = wizard.created.paths

    session = wizard.session
    session.reconnect()
    slots = vault.load_keyslots(paths)
    slots.kdf_defaults = cheap  # demo users need not cost half a second each
    slots.save(paths.keyslots, session.master_key())
    for name, role, full in (("anna", "admin", "Anna Berg"), ("jonas", "staff", "Jonas Weber"),
                             ("zofia", "staff", "Zofia Łukasiewicz"), ("eleni", "viewer", "Ελένη Παπαδάκη")):
        users.add_user(session, name, role=role, passphrase="demo passphrase 1", display_name=full)
    users.enable_totp(session, "anna")

    dialog = UnlockDialog(paths)
    dialog.show()
    _settle(app)
    _save(dialog, out, "unlock")
    dialog.user.setText("anna")
    dialog.passphrase.setText("not the right one")
    from crmdesk.core.language import tr
    from crmdesk.core.vault.lifecycle import WRONG_CREDENTIALS

    dialog.message.setText(tr(WRONG_CREDENTIALS))
    _settle(app)
    _save(dialog, out, "unlock-totp-and-error")
    dialog.close()
    recover = RecoverDialog(paths)
    recover.show()
    _settle(app)
    _save(recover, out, "recover")
    recover.close()

    from crmdesk.core.imports import demo
    from crmdesk.core.people import interactions
    from crmdesk.core.people.search import search_contacts

    demo.fill_demo(session, 400)
    from crmdesk.ui.vault_access import VaultAccess

    window = MainWindow(VaultAccess(session))
    if getattr(window, "backup_timer", None) is not None:
        window.backup_timer.stop()  # the day's first backup would race the one the Backups shot makes
    english = code == "en"
    window.resize(*((1280, 760) if english else (1016, 668)))  # other languages: the smallest screen
    window.show()
    today = window.today_page  # the first page after unlock
    _wait(app, lambda: len(today.cards) > 0)
    _settle(app)
    _save(window, out, "today")
    page = window.show_page("Contacts")
    _wait(app, lambda: page.model.rowCount() > 0)
    page.table.selectRow(2)
    _wait(app, lambda: page.current is not None)
    _settle(app)
    _save(window, out, "contacts")
    before = page.status.text()
    page.search.setText("łukas")
    _wait(app, lambda: page.model.query == "łukas" and page.status.text() != before and page.model.rowCount() > 0)
    page.table.selectRow(0)
    _wait(app, lambda: page.current is not None and ("łukas" in page.current.display_name.lower()
                                                     or "lukas" in page.current.display_name.lower()))
    _settle(app)
    _save(window, out, "contacts-search")
    first = search_contacts(session, "łukas").rows[0]
    written = WRITTEN[translation.current()]
    interactions.add_interaction(session, first.id, kind="call", summary=written["cake"], body=written["tiers"])
    window.access.check_outside()  # as the window's tick would notice it
    _wait(app, lambda: page.detail.timeline.count() and written["cake"] in page.detail.timeline.item(0).text())
    page.detail.tabs.setCurrentIndex(1)
    _settle(app)
    _save(window, out, "contacts-interactions")
    page.detail.tabs.setCurrentIndex(0)
    page.new_contact()
    page.detail.editor.given.setText("Renée")
    page.detail.editor.birthday.setText("31.12.1990")
    from crmdesk.core.people.contact_model import Labelled

    page.detail.editor.emails.add(Labelled("renee(at)example.fr", "work"))
    page.detail.editor.phones.add(Labelled("+33 6 12 34 56 78", "", "mobile"))
    page.detail.editor.check()
    _settle(app)
    _save(window, out, "contacts-new-validation")
    dialog = window.open_import()
    dialog.load(Path(__file__).resolve().parent / "data" / "import" / "outlook_de.csv")
    _wait(app, lambda: dialog.parsed is not None)
    before = dialog.result.toPlainText()
    dialog.run(dry_run=True)
    _changed(app, dialog.result.toPlainText, before)
    _settle(app)
    _save(dialog, out, "import-dialog")
    dialog.close()
    from crmdesk.core.imports import importing
    from crmdesk.core.people.contact_model import ContactInput, Labelled

    first = page.model.row_at(0)
    importing.import_contacts(session, [(2, ContactInput(given_name="Jonas", family_name="Becker",
                                                         phones=[Labelled(first.phone or "+49 30 2000001")]))])
    window.access.check_outside()
    _wait(app, lambda: page.duplicates_link.isVisible())
    review = page.review_duplicates()
    _wait(app, lambda: review.model.rowCount() > 0)
    _settle(app)
    _save(review, out, "duplicates-review")
    _wait(app, lambda: any(p.added_name.startswith("Jonas") for p in review.model.records))
    review.table.selectRow(next(n for n, p in enumerate(review.model.records) if p.added_name.startswith("Jonas")))
    review.merge()  # as the Merge… button does: the pair side by side
    _wait(app, lambda: review.merging is not None and review.merging.isVisible())
    _settle(app)
    _save(review.merging, out, "duplicates-merge")
    review.merging.reject()
    review.close()

    window.show_page("Contacts")
    page.search.clear()
    _wait(app, lambda: page.model.query == "" and page.model.rowCount() >= 100)
    page.table.selectRow(3)
    _wait(app, lambda: page.current is not None)
    page.detail.tabs.setCurrentIndex(2)
    _settle(app)
    _save(window, out, "contacts-consents")
    opened = []
    page.detail.consents.capture_opened.connect(opened.append)
    page.detail.consents.open_capture()
    _wait(app, lambda: bool(opened))
    capture = opened[0]
    capture.resize(760, 860)
    capture.boxes[0].check.setChecked(True)
    capture.witness.setText("Jonas Weber")
    from PySide6.QtCore import QPointF

    capture.pad.resize(720, 160)
    capture.pad._begin(QPointF(40, 90))
    for step in range(70):  # a signature-like scribble
        capture.pad._extend(QPointF(40 + step * 5, 90 - 28 * ((step % 9) / 9 - 0.5) + (step % 4) * 3))
    capture.pad._end()
    _settle(app)
    _save(capture, out, "consent-capture")
    capture.language.setCurrentIndex(1)
    capture.hand_over.click()
    _settle(app)
    _save(capture, out, "consent-capture-customer")
    capture.back_button.click()
    from PySide6.QtWidgets import QMessageBox

    from crmdesk.ui.message_box import MessageBox

    MessageBox.next_answers = [QMessageBox.StandardButton.Yes]  # discard the example capture
    capture.reject()
    before = page.status.text()
    page.set_without_basis(True)
    _changed(app, page.status.text, before)
    page.table.selectRow(0)
    first = page.model.row_at(0).id  # the detail still shows the contact chosen before, until this one loads
    _wait(app, lambda: page.current is not None and page.current.id == first)
    page.detail.tabs.setCurrentIndex(2)
    _settle(app)
    _save(window, out, "contacts-without-basis")
    page.set_without_basis(False)
    _requests(app, window, session, out, home, code)
    consent_page = window.show_page("Consent")
    _wait(app, lambda: any(tally for _, tally in consent_page.model.records))
    consent_page.table.selectRow(2)
    _settle(app)
    _save(window, out, "main-consent")
    from crmdesk.core.privacy import retention

    retention.set_policy(session, "inactive_without_basis", period=1)  # so the demo shows proposals
    retention.run(session)
    retention.set_policy(session, "inactive_without_basis", period=24)
    window.access.check_outside()
    retention_page = window.show_page("Retention")
    _wait(app, lambda: retention_page.proposals.rowCount() > 0)
    _settle(app)
    _save(window, out, "main-retention")
    window.show_page("Users")
    _settle(app)
    _save(window, out, "main-users")
    window.show_page("Audit log")
    _settle(app)
    _save(window, out, "main-audit")
    audit = window.pages["Audit log"]
    audit.verify()
    _wait(app, lambda: audit.verify_button.isEnabled())
    _settle(app)
    _save(window, out, "main-audit-verified")
    window.show_page("Settings")
    _settle(app)
    _save(window, out, "main-settings")
    _breaches(app, window, session, out, code)
    if english:
        _small_and_dark(app, window, page, out)
    _backups(app, window, session, out, home)
    _users(app, window, session, out)
    window.shutdown()
    session.close()
    QTimer.singleShot(0, app.quit)
    app.exec()
    return 0


def _small_and_dark(app: QApplication, window, page, out: Path) -> None:
    """The smallest screen crmdesk supports, and a dark system palette."""
    window.show_page("Contacts")
    window.resize(1016, 668)
    page.table.selectRow(2)
    _wait(app, lambda: page.current is not None)
    _settle(app)
    _save(window, out, "small-screen-1024x700")
    window.show_page("Today")
    _settle(app)
    _save(window, out, "today-1024x700")
    window.show_page("Contacts")
    _dark(app)
    window.resize(1280, 760)
    _settle(app, 10)
    _save(window, out, "dark-contacts")
    window.show_page("Today")
    _settle(app, 10)
    _save(window, out, "dark-today")
    window.show_page("Requests")
    _settle(app, 10)
    _save(window, out, "dark-requests")
    window.show_page("Data protection")
    _settle(app, 10)
    _save(window, out, "dark-breaches")
    _dark(app, off=True)


def _backups(app: QApplication, window, session, out: Path, home: Path) -> None:

    configuration.change_setting(session, "backup_folder", str(home / "USB-Stick"))
    backups = window.show_page("Backups")
    window.access.check_outside()
    _wait(app, lambda: backups.folder.text() == str(home / "USB-Stick"))
    backups.backup_button.click()
    _wait(app, lambda: backups.model.rowCount() == 1 and backups.backup_button.isEnabled())
    backups.table.selectRow(0)
    before = backups.result.text()
    backups.check_button.click()
    _changed(app, backups.result.text, before)
    _wait(app, backups.check_button.isEnabled)  # the check's outcome, not "Checking…"
    _settle(app)
    _save(window, out, "main-backups")
    restore = backups.restore_selected()
    _settle(app)
    _save(restore, out, "restore-wizard")
    restore.destination.replace.setChecked(True)
    restore.next()
    restore.credentials.passphrase.setText(PASSPHRASE)
    _settle(app)
    _save(restore, out, "restore-wizard-confirm")
    restore.close()


def _users(app: QApplication, window, session, out: Path) -> None:
    from crmdesk.core.vault import users
    from crmdesk.ui.user_dialogs import AddUserDialog, TotpSetupDialog

    add = AddUserDialog(window)
    add.name.setText("lukas")
    add.display_name.setText("Lukas Brandt")
    add.fields.first.setText("lukas passphrase")
    add.show()
    _settle(app)
    _save(add, out, "add-user")
    add.close()
    totp = TotpSetupDialog(users.new_totp_setup(session, "jonas"), "jonas", window)
    totp.show()
    _settle(app)
    _save(totp, out, "totp-setup")
    totp.close()


def _breaches(app: QApplication, window, session, out: Path, code: str) -> None:
    """A lost newsletter list in the breach log, assessed, with its clock; the report dialog."""
    from datetime import timedelta

    from crmdesk.core.privacy import breaches

    written = WRITTEN[code]
    lost = breaches.report(session, written["lost"], session.clock.now() - timedelta(hours=20), scope="all",
                           encrypted=False, how_discovered=written["found"])
    breaches.assess(session, lost.reference, risk="risk", authority_needed=True, people_needed=False,
                    reason=written["reason"], measures=written["measures"])
    window.access.check_outside()
    page = window.show_page("Data protection")
    _wait(app, lambda: page.breaches.selected() is not None)
    _settle(app)
    _save(window, out, "main-breaches")
    from crmdesk.core.privacy import processors

    processors.add_processor(session, "Example Mail GmbH", service=written["mail"],
                             categories=["names", "emails"], purposes=["newsletter-email"],
                             agreement=("dpa-example-mail.pdf", b"%PDF-1.4"))
    processors.add_processor(session, "Kassensystem Cloud AG", service=written["till"],
                             categories=["names", "interactions"], location="adequate", country="Switzerland",
                             transfer_basis=processors.TRANSFER_BASES[0], purposes=["order-fulfilment"])
    window.access.check_outside()
    page.tabs.setCurrentWidget(page.processors)
    _wait(app, lambda: page.processors.model.rowCount() == 2)
    _settle(app)
    _save(window, out, "main-processors")
    page.tabs.setCurrentWidget(page.record)
    _wait(app, lambda: "Example Mail GmbH" in page.record.preview.toPlainText())
    _settle(app)
    _save(window, out, "main-record")
    page.tabs.setCurrentWidget(page.notice)
    _wait(app, lambda: SHOPS[code][0] in page.notice.preview.toPlainText())
    _settle(app)
    _save(window, out, "main-notice")
    page.tabs.setCurrentWidget(page.training)
    _wait(app, lambda: page.training.model.rowCount() > 0)
    _settle(app)
    _save(window, out, "main-training")
    page.tabs.setCurrentWidget(page.breaches)
    import shutil
    import subprocess

    if shutil.which("pdftoppm"):  # the papers themselves, page 1 each
        from crmdesk.core import processing_record
        from crmdesk.core.privacy import subject_data
        from crmdesk.core.vault import settings
        from crmdesk.reports import breach_papers, document, notice_paper, record_paper

        shop = subject_data.controller(session)
        papers = {"paper-record": record_paper.document(processing_record.make(session)),
                  "paper-notice": notice_paper.current(session, settings.get(session, "shop_language"))[0],
                  "paper-breach-draft": breach_papers.notification(
                      breaches.get_breach(session, lost.reference), shop, session.clock.now(), "initial",
                      language.get(settings.get(session, "shop_language")))}
        if code == "en":
            papers["paper-notice-de"] = notice_paper.current(session, "de")[0]
        from crmdesk.reports import recovery_kit

        with tempfile.TemporaryDirectory() as folder:
            kit = recovery_kit.kit_for(session.paths, session.vault_id, "K7QX-2M9P-WT4H-8RJC-5NDV-3FHA-9GZE-M6TB",
                                       SHOPS[code][0])
            recovery_kit.write_recovery_kit(kit, Path(folder) / "paper-recovery-kit.pdf")
            for name, paper in {**papers, "paper-recovery-kit": None}.items():
                pdf = Path(folder) / f"{name}.pdf"
                if paper is not None:
                    pdf.write_bytes(document.pdf(paper))
                subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                                str(out / name)], check=True)
                print(f"  {name}.png")
    dialog = window.report_breach()
    dialog.what.setPlainText(written["stolen"])
    dialog.encrypted.setChecked(True)
    _settle(app)
    _save(dialog, out, "report-breach")
    dialog.reject()


def _requests(app: QApplication, window, session, out: Path, home: Path, code: str) -> None:
    """The Requests page, a new request, a restricted contact and the access report's pages."""
    import shutil
    import subprocess
    from datetime import date, timedelta

    from crmdesk.core.people import contacts
    from crmdesk.core.privacy import requests, subject_data
    from crmdesk.reports import access_report

    _, _, _, owner_name, address, domain, authority = SHOPS[code]
    configuration.change_settings(session, {
        "controller_address": address, "controller_contact": f"info@{domain}.example",
        "dpo_contact": f"{owner_name}, privacy@{domain}.example",
        "recipients": WRITTEN[code]["recipients"],
        "supervisory_authority": authority})
    rows = contacts.list_contacts(session, limit=8).rows
    late = requests.open_request(session, rows[0].id, "access", received_on=date.today() - timedelta(days=38),
                                 channel="email")
    requests.verify(session, late.reference, language.get(code).gettext(requests.VERIFICATION_METHODS[2]))
    erase = requests.open_request(session, rows[1].id, "erasure", received_on=date.today() - timedelta(days=4))
    requests.verify(session, erase.reference, language.get(code).gettext(requests.VERIFICATION_METHODS[0]))
    requests.open_request(session, rows[2].id, "restriction", channel="letter")
    window.access.check_outside()  # as the window notices changes made elsewhere
    page = window.show_page("Requests")
    _wait(app, lambda: page.model.rowCount() == 3)
    page.table.selectRow(1)
    _settle(app)
    _save(window, out, "main-requests")
    dialog = page.new_request(contacts.get_contact(session, rows[3].id))
    dialog.kind.setCurrentIndex(dialog.kind.findData("erasure"))
    _settle(app)
    _save(dialog, out, "new-request")
    dialog.reject()
    restriction.set_restricted(session, rows[4].id, True)
    window.access.check_outside()
    contacts_page = window.show_page("Contacts")
    contacts_page.select_contact(rows[4].id)
    _wait(app, lambda: contacts_page.current is not None and contacts_page.current.id == rows[4].id)
    contacts_page.detail.tabs.setCurrentIndex(0)
    _wait(app, lambda: contacts_page.detail.banner.isVisible())
    _settle(app)
    _save(window, out, "contacts-restricted")
    if shutil.which("pdftoppm"):
        pdf = home / "access-report.pdf"
        pdf.write_bytes(access_report.render(subject_data.collect(session, rows[0].id,
                                                                  request_reference=late.reference)))
        subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "3", str(pdf),
                        str(out / "access-report")], check=True)
        print("  access-report-1.png … -3.png")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots",
                          sys.argv[2] if len(sys.argv) > 2 else "en"))
