"""Data the migrations seed and build, frozen as they were when each was published.

Migrations never call live domain code: the purposes and consent texts a
new vault starts with (schema 6) and the search index layout (schemas 5 and
8) are copied here, so a later change to the program cannot change what an
old migration does. Never edit a published copy; a later migration brings
later changes.
"""

from __future__ import annotations

import re

import phonenumbers
import sqlcipher3

from crmdesk.core.language import N_

# ---- schema 6: the default purposes and their consent texts --------------------------------
# (N_ marks the titles and descriptions for the catalogue: documents translate them while the shop
# leaves them as they are. It returns its text unchanged.)

PURPOSES_V6 = (
    # key, title, basis, retention days, re-consent months, description
    ("newsletter-email", N_("Newsletter by e-mail"), "consent", None, 24,
     N_("News, offers and events sent by e-mail to customers who asked for them.")),
    ("photos-marketing", N_("Photos in marketing"), "consent", None, None,
     N_("Photos of customers at events or in the shop, shown on the website and social media.")),
    ("order-fulfilment", N_("Orders and deliveries"), "contract", 730, None,
     N_("Taking, delivering and servicing orders the customer placed; kept two years for warranty claims.")),
    ("bookkeeping", N_("Bookkeeping records"), "legal_obligation", 3653, None,
     N_("Invoices and receipts the law requires the shop to keep (ten years in Germany).")),
    ("customer-care", N_("Customer care"), "legitimate_interests", 1096, None,
     N_("Remembering regular customers' preferences and past visits to serve them well.")),
)
TEXTS_V6 = {  # (purpose key, language): the text as published by schema 6
    ("newsletter-email", "en"): (
        'I would like to receive the newsletter by e-mail: news about products, offers and events, about once a month.\n'
        '\n'
        'The shop uses my name and e-mail address only for this. It does not pass them on, except to the service that sends the e-mails on its behalf.\n'
        '\n'
        'I can withdraw this consent at any time, at the counter, by e-mail or with the unsubscribe link in every newsletter. Withdrawing does not affect what was sent before.'
    ),
    ("newsletter-email", "de"): (
        'Ich möchte den Newsletter per E-Mail erhalten: Neuigkeiten zu Produkten, Angeboten und Veranstaltungen, etwa einmal im Monat.\n'
        '\n'
        'Das Geschäft verwendet meinen Namen und meine E-Mail-Adresse nur dafür. Es gibt sie nicht weiter, außer an den Dienst, der die E-Mails in seinem Auftrag versendet.\n'
        '\n'
        'Ich kann diese Einwilligung jederzeit widerrufen: im Geschäft, per E-Mail oder über den Abmeldelink in jedem Newsletter. Der Widerruf berührt nicht, was vorher versandt wurde.'
    ),
    ("photos-marketing", "en"): (
        'The shop may show photos of me taken at its events or in the shop on its website and social media pages, with my first name if I agree to that too.\n'
        '\n'
        "I can withdraw this consent at any time. Photos already published are then removed from the shop's own pages as soon as possible."
    ),
    ("photos-marketing", "de"): (
        'Das Geschäft darf Fotos von mir, die bei seinen Veranstaltungen oder im Geschäft entstanden sind, auf seiner Website und seinen Social-Media-Seiten zeigen, mit meinem Vornamen, wenn ich auch dem zustimme.\n'
        '\n'
        'Ich kann diese Einwilligung jederzeit widerrufen. Bereits veröffentlichte Fotos werden dann so bald wie möglich von den eigenen Seiten des Geschäfts entfernt.'
    ),
}


def seed_purposes_v6(conn: sqlcipher3.Connection, now: str) -> None:
    """The default purposes and their English and German texts."""
    for key, title, basis, retention, reconsent, description in PURPOSES_V6:
        purpose_id = conn.execute(
            "INSERT INTO purposes (key, title, description, basis, retention_days, reconsent_months,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (key, title, description, basis, retention, reconsent, now, now)).lastrowid
        for (text_key, language), body in TEXTS_V6.items():
            if text_key == key:
                conn.execute(
                    "INSERT INTO consent_texts (purpose, language, version, body, sha256, published_at,"
                    " published_by) VALUES (?, ?, 1, ?, ?, ?, NULL)",
                    (purpose_id, language, body, _sha256(body), now))


def _sha256(text: str) -> str:
    import hashlib

    return hashlib.sha256(text.encode("utf-8")).hexdigest()


# ---- schemas 5 and 8: the search index --------------------------------------------------------
# Contacts are filed under name keys spaced 256 apart in (sort_name, rowid) order; the index
# columns are the names (display, given, family and the folded sort name), the organisation,
# the e-mail addresses, each phone number as typed, in E.164 and nationally, the tags (sorted)
# and the job title with the notes.

SPACING_V5 = 256


def _phone_terms_v5(number: str, region: str) -> list[str]:
    digits = re.sub(r"\D", "", number)
    try:
        parsed = phonenumbers.parse(number, region or None)
    except phonenumbers.NumberParseException:
        return [digits] if digits else []
    national = phonenumbers.national_significant_number(parsed)
    return sorted({t for t in (digits, f"{parsed.country_code}{national}", national) if t})


def index_texts_v5(conn: sqlcipher3.Connection, region: str) -> dict[int, tuple[str, ...]]:
    """Every contact's index columns, from its stored rows."""
    emails: dict[int, list[str]] = {}
    for rowid, address in conn.execute("SELECT contact, address FROM contact_emails"):
        emails.setdefault(rowid, []).append(address)
    phones: dict[int, list[str]] = {}
    for rowid, number in conn.execute("SELECT contact, number FROM contact_phones"):
        phones.setdefault(rowid, []).extend(_phone_terms_v5(number, region))
    tags: dict[int, list[str]] = {}
    for rowid, name in conn.execute("SELECT ct.contact, t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag"):
        tags.setdefault(rowid, []).append(name)
    return {rowid: (" ".join((display, given, family, folded)), organisation, " ".join(emails.get(rowid, ())),
                    " ".join(phones.get(rowid, ())), " ".join(sorted(tags.get(rowid, ()), key=str.casefold)),
                    " ".join((job, notes)))
            for rowid, display, given, family, folded, organisation, job, notes in conn.execute(
                "SELECT c.rowid, c.display_name, c.given_name, c.family_name, c.sort_name, coalesce(o.name, ''),"
                " c.job_title, c.notes FROM contacts c LEFT JOIN organisations o ON o.id = c.organisation_id")}


def rebuild_index_v5(conn: sqlcipher3.Connection, default_region: str) -> None:
    """Every contact's name key and index entry, from its stored rows."""
    row = conn.execute("SELECT value FROM settings WHERE key = 'phone_region'").fetchone()
    texts = index_texts_v5(conn, row[0] if row else default_region)
    order = [r[0] for r in conn.execute("SELECT rowid FROM contacts ORDER BY sort_name, rowid")]
    conn.execute("INSERT INTO contact_fts (contact_fts) VALUES ('delete-all')")
    conn.execute("DELETE FROM contact_keys")
    conn.executemany("INSERT INTO contact_keys (name_key, contact) VALUES (?, ?)",
                     [((n + 1) * SPACING_V5, rowid) for n, rowid in enumerate(order)])
    conn.executemany("INSERT INTO contact_fts (rowid, names, organisation, emails, phones, tags, notes)"
                     " VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [((n + 1) * SPACING_V5, *texts[rowid]) for n, rowid in enumerate(order)])


# ---- schema 25: the default consent texts in French, Italian, Spanish and Polish ------------------

TEXTS_V25 = {  # (purpose key, language): version 1 of that language's text
    ("newsletter-email", "fr"): (
        "Je souhaite recevoir la newsletter par e-mail : des nouvelles sur les produits, les offres et les "
        "événements, environ une fois par mois.\n"
        "\n"
        "La boutique utilise mon nom et mon adresse e-mail uniquement à cette fin. Elle ne les transmet à personne, "
        "sauf au prestataire qui envoie les e-mails pour son compte.\n"
        "\n"
        "Je peux retirer ce consentement à tout moment, en boutique, par e-mail ou avec le lien de désinscription "
        "présent dans chaque newsletter. Le retrait ne remet pas en cause les envois antérieurs."
    ),
    ("newsletter-email", "it"): (
        "Desidero ricevere la newsletter via e-mail: novità su prodotti, offerte ed eventi, circa una volta al mese.\n"
        "\n"
        "Il negozio utilizza il mio nome e il mio indirizzo e-mail solo a questo scopo. Non li comunica ad altri, "
        "salvo al servizio che invia le e-mail per suo conto.\n"
        "\n"
        "Posso revocare questo consenso in qualsiasi momento, in negozio, via e-mail o con il link di "
        "cancellazione presente in ogni newsletter. La revoca non pregiudica gli invii precedenti."
    ),
    ("newsletter-email", "es"): (
        "Deseo recibir el boletín por correo electrónico: novedades sobre productos, ofertas y eventos, "
        "aproximadamente una vez al mes.\n"
        "\n"
        "La tienda utiliza mi nombre y mi dirección de correo electrónico solo para este fin. No los comunica a "
        "nadie, salvo al servicio que envía los correos en su nombre.\n"
        "\n"
        "Puedo retirar este consentimiento en cualquier momento, en la tienda, por correo electrónico o mediante el "
        "enlace de baja incluido en cada boletín. La retirada no afecta a los envíos anteriores."
    ),
    ("newsletter-email", "pl"): (
        "Chcę otrzymywać newsletter e-mailem: informacje o produktach, ofertach i wydarzeniach, mniej więcej raz "
        "w miesiącu.\n"
        "\n"
        "Sklep wykorzystuje moje imię i nazwisko oraz adres e-mail wyłącznie w tym celu. Nie przekazuje ich nikomu, "
        "z wyjątkiem usługodawcy, który wysyła e-maile w jego imieniu.\n"
        "\n"
        "Mogę w każdej chwili cofnąć tę zgodę: w sklepie, e-mailem lub za pomocą linku do rezygnacji w każdym "
        "newsletterze. Cofnięcie zgody nie wpływa na wcześniejsze wysyłki."
    ),
    ("photos-marketing", "fr"): (
        "La boutique peut montrer des photos de moi prises lors de ses événements ou en boutique sur son site web "
        "et ses pages de réseaux sociaux, avec mon prénom si j'y consens également.\n"
        "\n"
        "Je peux retirer ce consentement à tout moment. Les photos déjà publiées sont alors retirées des pages de "
        "la boutique dès que possible."
    ),
    ("photos-marketing", "it"): (
        "Il negozio può mostrare sul proprio sito web e sulle proprie pagine social foto che mi ritraggono, "
        "scattate durante i suoi eventi o in negozio, con il mio nome di battesimo se acconsento anche a questo.\n"
        "\n"
        "Posso revocare questo consenso in qualsiasi momento. Le foto già pubblicate vengono quindi rimosse dalle "
        "pagine del negozio il prima possibile."
    ),
    ("photos-marketing", "es"): (
        "La tienda puede mostrar en su sitio web y en sus páginas de redes sociales fotos mías tomadas en sus "
        "eventos o en la tienda, con mi nombre de pila si también lo acepto.\n"
        "\n"
        "Puedo retirar este consentimiento en cualquier momento. Las fotos ya publicadas se retirarán entonces de "
        "las páginas propias de la tienda lo antes posible."
    ),
    ("photos-marketing", "pl"): (
        "Sklep może pokazywać na swojej stronie internetowej i w swoich mediach społecznościowych zdjęcia, na "
        "których jestem, zrobione podczas jego wydarzeń lub w sklepie, wraz z moim imieniem, jeśli również na to "
        "się zgodzę.\n"
        "\n"
        "Mogę w każdej chwili cofnąć tę zgodę. Opublikowane już zdjęcia zostaną wówczas jak najszybciej usunięte z "
        "własnych stron sklepu."
    ),
}


def seed_texts_v25(conn: sqlcipher3.Connection, now: str) -> None:
    """The default consent purposes' texts in the four languages they lacked, where the purpose is still
    there and has no text in that language yet (a shop may have written its own)."""
    for (key, language), body in TEXTS_V25.items():
        row = conn.execute("SELECT id FROM purposes WHERE key = ?", (key,)).fetchone()
        if row is None or conn.execute("SELECT 1 FROM consent_texts WHERE purpose = ? AND language = ?",
                                       (row[0], language)).fetchone():
            continue
        conn.execute("INSERT INTO consent_texts (purpose, language, version, body, sha256, published_at,"
                     " published_by) VALUES (?, ?, 1, ?, ?, ?, NULL)", (row[0], language, body, _sha256(body), now))


# ---- schema 28: the bookkeeping purpose keeps records as long as the shop's country says -------------
BOOKKEEPING_V6 = (PURPOSES_V6[3][5], PURPOSES_V6[3][3])  # description, retention days, as schema 6 seeded them
BOOKKEEPING_V28_DESCRIPTION = ("Invoices and receipts the law of the shop's country requires it to keep. The law "
                               "counts its years from the end of the year a record belongs to; crmdesk keeps them "
                               "one year more for that.")
BOOKKEEPING_V28_YEARS = {"DE": 8, "AT": 7, "CH": 10, "FR": 10, "IT": 10, "ES": 6, "PL": 6, "NL": 7, "GB": 6, "IE": 6,
                         "DK": 5, "NO": 5, "SE": 7}  # elsewhere 10; each kept one year more (from a year's end)


def fit_bookkeeping_v28(conn: sqlcipher3.Connection, now: str) -> None:
    """The seeded bookkeeping purpose, where still as schema 6 wrote it and not retired: a description for
    every country, and the period of the country whose holidays the vault keeps (schema 27)."""
    row = conn.execute("SELECT id, description, retention_days FROM purposes WHERE key = 'bookkeeping'"
                       " AND active = 1").fetchone()
    if row is None or (row[1], row[2]) != BOOKKEEPING_V6:
        return
    region = conn.execute("SELECT value FROM settings WHERE key = 'holiday_region'").fetchone()
    years = BOOKKEEPING_V28_YEARS.get((region[0] if region else "").partition("-")[0], 10)
    conn.execute("UPDATE purposes SET description = ?, retention_days = ?, updated_at = ? WHERE id = ?",
                 (BOOKKEEPING_V28_DESCRIPTION, int((years + 1) * 365.25 + 0.5), now, row[0]))
