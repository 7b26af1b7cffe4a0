"""Numbered schema migrations on ``PRAGMA user_version``.

Each migration runs in its own transaction together with the version bump,
so a crash leaves the database at one version or the next, never between.
Later features append migrations; never edit a published one. Migrations
never call live domain code: the data they seed and the index layout they
build are frozen copies (``frozen``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlcipher3

from crmdesk.core.clock import iso
from crmdesk.core.errors import IntegrityFailure, OperationFailed
from crmdesk.core.language import tr
from crmdesk.core.vault import frozen, protection_schema, settings, team_schema
from crmdesk.core.vault.database import run_script, transaction


def _v1_users_and_audit(conn: sqlcipher3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE meta (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        CREATE TABLE users (
            id           TEXT PRIMARY KEY,
            name         TEXT NOT NULL UNIQUE COLLATE NOCASE,
            display_name TEXT NOT NULL DEFAULT '',
            role         TEXT NOT NULL CHECK (role IN ('owner', 'admin', 'staff', 'viewer')),
            active       INTEGER NOT NULL DEFAULT 1,
            totp_secret  TEXT,
            created_at   TEXT NOT NULL,
            updated_at   TEXT NOT NULL
        );
        CREATE UNIQUE INDEX users_one_owner ON users(role) WHERE role = 'owner';
        CREATE TABLE audit (
            seq       INTEGER PRIMARY KEY,
            at        TEXT NOT NULL,
            actor     TEXT,
            action    TEXT NOT NULL,
            target    TEXT,
            detail    TEXT NOT NULL DEFAULT '{}',
            prev_hash TEXT NOT NULL,
            hash      TEXT NOT NULL
        );
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
            BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
        """
    )


def _v2_settings(conn: sqlcipher3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE settings (
            key   TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );
        """
    )


def _v3_contacts(conn: sqlcipher3.Connection) -> None:
    run_script(
        conn,
        """
        CREATE TABLE organisations (
            id          TEXT PRIMARY KEY,
            name        TEXT NOT NULL,
            sort_name   TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            updated_at  TEXT NOT NULL
        );
        CREATE UNIQUE INDEX organisations_by_name ON organisations(sort_name);
        CREATE TABLE contacts (
            rowid               INTEGER PRIMARY KEY,
            id                  TEXT NOT NULL UNIQUE,
            given_name          TEXT NOT NULL DEFAULT '',
            family_name         TEXT NOT NULL DEFAULT '',
            display_name        TEXT NOT NULL,
            sort_name           TEXT NOT NULL,
            organisation_id     TEXT REFERENCES organisations(id) ON DELETE SET NULL,
            job_title           TEXT NOT NULL DEFAULT '',
            birthday            TEXT,
            website             TEXT NOT NULL DEFAULT '',
            notes               TEXT NOT NULL DEFAULT '',
            source              TEXT NOT NULL DEFAULT '',
            since               TEXT NOT NULL,
            created_at          TEXT NOT NULL,
            created_by          TEXT,
            updated_at          TEXT NOT NULL,
            updated_by          TEXT,
            last_interaction_at TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contacts_by_name ON contacts(sort_name, rowid);
        CREATE INDEX contacts_by_last_interaction ON contacts(last_interaction_at, rowid);
        CREATE INDEX contacts_by_organisation ON contacts(organisation_id);
        CREATE TABLE contact_emails (
            id        INTEGER PRIMARY KEY,
            contact   INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            label     TEXT NOT NULL DEFAULT '',
            address   TEXT NOT NULL,
            normalised TEXT NOT NULL
        );
        CREATE INDEX contact_emails_by_contact ON contact_emails(contact, position);
        CREATE INDEX contact_emails_by_address ON contact_emails(normalised);
        CREATE TABLE contact_phones (
            id        INTEGER PRIMARY KEY,
            contact   INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            label     TEXT NOT NULL DEFAULT '',
            number    TEXT NOT NULL,
            normalised TEXT NOT NULL
        );
        CREATE INDEX contact_phones_by_contact ON contact_phones(contact, position);
        CREATE INDEX contact_phones_by_number ON contact_phones(normalised);
        CREATE TABLE contact_addresses (
            id          INTEGER PRIMARY KEY,
            contact     INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            position    INTEGER NOT NULL,
            label       TEXT NOT NULL DEFAULT '',
            street      TEXT NOT NULL DEFAULT '',
            postal_code TEXT NOT NULL DEFAULT '',
            city        TEXT NOT NULL DEFAULT '',
            region      TEXT NOT NULL DEFAULT '',
            country     TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX contact_addresses_by_contact ON contact_addresses(contact, position);
        CREATE TABLE tags (
            id    INTEGER PRIMARY KEY,
            name  TEXT NOT NULL UNIQUE COLLATE NOCASE
        );
        CREATE TABLE contact_tags (
            contact INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            tag     INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
            PRIMARY KEY (contact, tag)
        ) WITHOUT ROWID;
        CREATE INDEX contact_tags_by_tag ON contact_tags(tag, contact);
        CREATE TABLE interactions (
            rowid       INTEGER PRIMARY KEY,
            id          TEXT NOT NULL UNIQUE,
            contact     INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            kind        TEXT NOT NULL CHECK (kind IN ('visit', 'call', 'email', 'purchase', 'note')),
            occurred_at TEXT NOT NULL,
            summary     TEXT NOT NULL DEFAULT '',
            body        TEXT NOT NULL DEFAULT '',
            user_id     TEXT,
            created_at  TEXT NOT NULL
        );
        CREATE INDEX interactions_by_contact ON interactions(contact, occurred_at);
        CREATE VIRTUAL TABLE contact_fts USING fts5(
            names, organisation, emails, phones, tags, notes,
            content = '', contentless_delete = 1,
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        );
        INSERT INTO contact_fts (contact_fts, rank) VALUES ('secure-delete', 1);
        """,
    )


def _v4_backups(conn: sqlcipher3.Connection) -> None:
    # What the vault knows about its backups: when each was made and last
    # checked, for the Backups page and the "no recent backup" warning.
    # File names, sizes and hashes only; no personal data.
    run_script(
        conn,
        """
        CREATE TABLE backups (
            file_name   TEXT PRIMARY KEY,
            folder      TEXT NOT NULL,
            created_at  TEXT NOT NULL,
            size        INTEGER NOT NULL,
            sha256      TEXT NOT NULL,
            checked_at  TEXT,
            problems    INTEGER
        );
        CREATE INDEX backups_by_created ON backups(created_at);
        """,
    )


def _v5_name_ordered_search(conn: sqlcipher3.Connection) -> None:
    # The search index files contacts under name keys (see search_index),
    # and list rows carry their first e-mail and phone, so a page of
    # results is read from the contacts table alone.
    run_script(
        conn,
        """
        CREATE TABLE contact_keys (
            name_key INTEGER PRIMARY KEY,
            contact  INTEGER NOT NULL UNIQUE REFERENCES contacts(rowid) ON DELETE CASCADE
        );
        ALTER TABLE contacts ADD COLUMN first_email TEXT NOT NULL DEFAULT '';
        ALTER TABLE contacts ADD COLUMN first_phone TEXT NOT NULL DEFAULT '';
        UPDATE contacts SET
            first_email = coalesce((SELECT address FROM contact_emails WHERE contact = contacts.rowid
                                    ORDER BY position LIMIT 1), ''),
            first_phone = coalesce((SELECT number FROM contact_phones WHERE contact = contacts.rowid
                                    ORDER BY position LIMIT 1), '');
        """,
    )
    frozen.rebuild_index_v5(conn, settings.SPECS["phone_region"].default)


def _v6_consent(conn: sqlcipher3.Connection) -> None:
    # Purposes with their lawful basis, versioned consent texts that never
    # change once published, and the append-only consent ledger with its
    # evidence. Triggers refuse any change to a published text or a ledger
    # entry, and any deletion of one unless the subject is being erased
    # (erasure marks the contact in erasing_contacts first, in the same
    # transaction). consent_state is derived from the ledger: the latest
    # decision per contact and purpose, kept for fast lists.
    run_script(
        conn,
        """
        CREATE TABLE purposes (
            id               INTEGER PRIMARY KEY,
            key              TEXT NOT NULL UNIQUE,
            title            TEXT NOT NULL,
            description      TEXT NOT NULL DEFAULT '',
            basis            TEXT NOT NULL CHECK (basis IN ('consent', 'contract', 'legal_obligation',
                                 'vital_interests', 'public_task', 'legitimate_interests')),
            retention_days   INTEGER,
            reconsent_months INTEGER,
            active           INTEGER NOT NULL DEFAULT 1,
            created_at       TEXT NOT NULL,
            updated_at       TEXT NOT NULL
        );
        CREATE TABLE consent_texts (
            id           INTEGER PRIMARY KEY,
            purpose      INTEGER NOT NULL REFERENCES purposes(id),
            language     TEXT NOT NULL,
            version      INTEGER NOT NULL,
            body         TEXT NOT NULL,
            sha256       TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT,
            UNIQUE (purpose, language, version)
        );
        CREATE TRIGGER consent_texts_never_change BEFORE UPDATE ON consent_texts
        BEGIN SELECT RAISE(ABORT, 'a published consent text never changes; publish a new version'); END;
        CREATE TRIGGER consent_texts_stay BEFORE DELETE ON consent_texts
        BEGIN SELECT RAISE(ABORT, 'a published consent text is never deleted'); END;
        CREATE TABLE erasing_contacts (
            contact INTEGER PRIMARY KEY
        );
        CREATE TABLE consent_ledger (
            id          INTEGER PRIMARY KEY,
            contact     INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            purpose     INTEGER NOT NULL REFERENCES purposes(id),
            -- (OR chains, not IN lists: an IN list builds a temporary table on every insert)
            action      TEXT NOT NULL CHECK (action = 'granted' OR action = 'withdrawn' OR action = 'refused'
                            OR action = 'expired' OR action = 'recorded' OR action = 'ended'),
            method      TEXT NOT NULL CHECK (method = 'in_person' OR method = 'paper_form' OR method = 'email'
                            OR method = 'phone' OR method = 'web_form' OR method = 'imported'),
            text_id     INTEGER REFERENCES consent_texts(id),
            text_sha256 TEXT,
            captured_by TEXT,
            witness     TEXT NOT NULL DEFAULT '',
            note        TEXT NOT NULL DEFAULT '',
            at          TEXT NOT NULL,
            expires_at  TEXT
        );
        CREATE INDEX consent_ledger_by_contact ON consent_ledger(contact, purpose, at);
        CREATE TABLE consent_evidence (
            id        INTEGER PRIMARY KEY,
            entry     INTEGER NOT NULL REFERENCES consent_ledger(id) ON DELETE CASCADE,
            contact   INTEGER NOT NULL,
            kind      TEXT NOT NULL CHECK (kind IN ('signature', 'scan')),
            file_name TEXT NOT NULL DEFAULT '',
            media_type TEXT NOT NULL,
            data      BLOB NOT NULL,
            sha256    TEXT NOT NULL
        );
        CREATE INDEX consent_evidence_by_entry ON consent_evidence(entry);
        CREATE TRIGGER consent_ledger_never_changes BEFORE UPDATE ON consent_ledger
        BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
        CREATE TRIGGER consent_ledger_kept BEFORE DELETE ON consent_ledger
        WHEN OLD.contact NOT IN (SELECT contact FROM erasing_contacts)
        BEGIN SELECT RAISE(ABORT, 'consent entries are removed only when their subject is erased'); END;
        CREATE TRIGGER consent_evidence_never_changes BEFORE UPDATE ON consent_evidence
        BEGIN SELECT RAISE(ABORT, 'consent evidence never changes'); END;
        CREATE TRIGGER consent_evidence_kept BEFORE DELETE ON consent_evidence
        WHEN OLD.contact NOT IN (SELECT contact FROM erasing_contacts)
        BEGIN SELECT RAISE(ABORT, 'consent evidence is removed only when its subject is erased'); END;
        CREATE TABLE consent_state (
            contact    INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            purpose    INTEGER NOT NULL REFERENCES purposes(id),
            action     TEXT NOT NULL,
            at         TEXT NOT NULL,
            expires_at TEXT,
            entry      INTEGER NOT NULL,
            PRIMARY KEY (contact, purpose)
        ) WITHOUT ROWID;
        """,
    )
    frozen.seed_purposes_v6(conn, iso(datetime.now(UTC)))


def _v7_subject_requests(conn: sqlcipher3.Connection) -> None:
    # The register of data subject requests. The contact is kept by UUID as
    # well, so a request outlives the erasure of its subject; artefacts are
    # what was produced for it, by kind and hash.
    run_script(
        conn,
        """
        CREATE TABLE requests (
            id               INTEGER PRIMARY KEY,
            reference        TEXT NOT NULL UNIQUE,
            contact          INTEGER REFERENCES contacts(rowid) ON DELETE SET NULL,
            contact_uuid     TEXT NOT NULL,
            type             TEXT NOT NULL CHECK (type = 'access' OR type = 'rectification' OR type = 'erasure'
                                 OR type = 'restriction' OR type = 'portability' OR type = 'objection'),
            received_on      TEXT NOT NULL,
            channel          TEXT NOT NULL,
            due_on           TEXT NOT NULL,
            extended_months  INTEGER NOT NULL DEFAULT 0 CHECK (extended_months BETWEEN 0 AND 2),
            extension_reason TEXT NOT NULL DEFAULT '',
            verified_method  TEXT,
            verified_by      TEXT,
            verified_at      TEXT,
            status           TEXT NOT NULL CHECK (status = 'received' OR status = 'verified'
                                 OR status = 'in_progress' OR status = 'fulfilled' OR status = 'refused'),
            outcome_reason   TEXT NOT NULL DEFAULT '',
            notes            TEXT NOT NULL DEFAULT '',
            created_at       TEXT NOT NULL,
            created_by       TEXT,
            closed_at        TEXT
        );
        CREATE INDEX requests_by_due ON requests(status, due_on);
        CREATE INDEX requests_by_contact ON requests(contact_uuid);
        CREATE TABLE request_artefacts (
            id         INTEGER PRIMARY KEY,
            request    INTEGER NOT NULL REFERENCES requests(id),
            kind       TEXT NOT NULL,
            sha256     TEXT NOT NULL,
            at         TEXT NOT NULL,
            created_by TEXT
        );
        CREATE INDEX request_artefacts_by_request ON request_artefacts(request);
        """,
    )


def _v8_erasure(conn: sqlcipher3.Connection) -> None:
    # Erasure, restriction and objection (GDPR Art. 17, 18, 21). A tombstone
    # is all that stays of an erased person (UUID, when, which request, who);
    # suppressions are keyed hashes of their e-mail addresses and phone
    # numbers, so a later import can recognise them without the vault keeping
    # the values. The key is a random secret kept in meta: it survives
    # master-key rotation. Legal hold blocks erasure and retention;
    # restriction blocks processing; direct-marketing purposes end when a
    # person objects.
    import os

    run_script(
        conn,
        """
        ALTER TABLE contacts ADD COLUMN legal_hold INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE contacts ADD COLUMN restricted INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE purposes ADD COLUMN direct_marketing INTEGER NOT NULL DEFAULT 0;
        UPDATE purposes SET direct_marketing = 1 WHERE key IN ('newsletter-email', 'photos-marketing');
        CREATE TABLE tombstones (
            contact_uuid TEXT PRIMARY KEY,
            erased_at    TEXT NOT NULL,
            request      TEXT,
            erased_by    TEXT
        );
        CREATE TABLE suppressions (
            digest    TEXT PRIMARY KEY,
            kind      TEXT NOT NULL CHECK (kind = 'email' OR kind = 'phone'),
            erased_at TEXT NOT NULL
        ) WITHOUT ROWID;
        """,
    )
    conn.execute("INSERT INTO meta (key, value) VALUES ('suppression_secret', ?)", (os.urandom(32).hex(),))
    # The search index again, without contentless_delete: there a delete only
    # marks a row deleted and its words stay in the index's pages until a
    # merge; here a delete names the words, and secure-delete overwrites them.
    run_script(
        conn,
        """
        DROP TABLE contact_fts;
        CREATE VIRTUAL TABLE contact_fts USING fts5(
            names, organisation, emails, phones, tags, notes,
            content = '',
            tokenize = 'unicode61 remove_diacritics 2', prefix = '1 2 3'
        );
        INSERT INTO contact_fts (contact_fts, rank) VALUES ('secure-delete', 1);
        """,
    )
    frozen.rebuild_index_v5(conn, settings.SPECS["phone_region"].default)


def _v9_retention(conn: sqlcipher3.Connection) -> None:
    # Retention policies as the owner set them (defaults live in code),
    # the proposals of the last sweep waiting for review, the sweeps run,
    # and the statistics rows anonymisation keeps (no personal data).
    run_script(
        conn,
        """
        CREATE TABLE retention_policies (
            key        TEXT PRIMARY KEY,
            period     INTEGER NOT NULL,
            action     TEXT NOT NULL,
            mode       TEXT NOT NULL CHECK (mode = 'apply' OR mode = 'propose'),
            enabled    INTEGER NOT NULL DEFAULT 1,
            updated_at TEXT NOT NULL
        );
        CREATE TABLE retention_proposals (
            id         INTEGER PRIMARY KEY,
            policy     TEXT NOT NULL,
            kind       TEXT NOT NULL,
            target     INTEGER NOT NULL,
            label      TEXT NOT NULL,
            action     TEXT NOT NULL,
            reason     TEXT NOT NULL,
            planned_at TEXT NOT NULL
        );
        CREATE TABLE retention_runs (
            id          INTEGER PRIMARY KEY,
            started_at  TEXT NOT NULL,
            finished_at TEXT NOT NULL,
            applied     TEXT NOT NULL,
            proposed    TEXT NOT NULL,
            run_by      TEXT
        );
        CREATE TABLE anonymous_records (
            id          INTEGER PRIMARY KEY,
            postal_code TEXT NOT NULL DEFAULT '',
            first_year  INTEGER,
            policy      TEXT NOT NULL,
            created_at  TEXT NOT NULL
        );
        CREATE INDEX interactions_by_time ON interactions(occurred_at);
        """,
    )


def _v10_possible_duplicates(conn: sqlcipher3.Connection) -> None:
    # Pairs of contacts that share a phone number under different names,
    # listed for review (an import adds the newcomer rather than merge them).
    # Merging two contacts moves the consent entries and evidence of one to
    # the other: the ledger triggers now let the contact column (and nothing
    # else) change while the contact is marked in merging_contacts, in the
    # merge's own transaction.
    run_script(
        conn,
        """
        CREATE TABLE possible_duplicates (
            contact      INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            other        INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            reason       TEXT NOT NULL,
            found_at     TEXT NOT NULL,
            dismissed_at TEXT,
            PRIMARY KEY (contact, other)
        ) WITHOUT ROWID;
        CREATE INDEX possible_duplicates_by_other ON possible_duplicates(other);
        CREATE TABLE merging_contacts (
            contact INTEGER PRIMARY KEY
        );
        DROP TRIGGER consent_ledger_never_changes;
        CREATE TRIGGER consent_ledger_never_changes BEFORE UPDATE ON consent_ledger
        WHEN NOT (OLD.contact IN (SELECT contact FROM merging_contacts) AND NEW.id = OLD.id
                  AND NEW.purpose = OLD.purpose AND NEW.action = OLD.action AND NEW.method = OLD.method
                  AND NEW.text_id IS OLD.text_id AND NEW.text_sha256 IS OLD.text_sha256
                  AND NEW.captured_by IS OLD.captured_by AND NEW.witness = OLD.witness AND NEW.note = OLD.note
                  AND NEW.at = OLD.at AND NEW.expires_at IS OLD.expires_at)
        BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
        DROP TRIGGER consent_evidence_never_changes;
        CREATE TRIGGER consent_evidence_never_changes BEFORE UPDATE ON consent_evidence
        WHEN NOT (OLD.contact IN (SELECT contact FROM merging_contacts) AND NEW.id = OLD.id
                  AND NEW.entry = OLD.entry AND NEW.kind = OLD.kind AND NEW.file_name = OLD.file_name
                  AND NEW.media_type = OLD.media_type AND NEW.data = OLD.data AND NEW.sha256 = OLD.sha256)
        BEGIN SELECT RAISE(ABORT, 'consent evidence never changes'); END;
        """,
    )


def _v11_proposals_without_names(conn: sqlcipher3.Connection) -> None:
    # A proposal names its record only by kind and rowid: the label shown is read from the record when
    # listed, so a rectified or erased name does not linger in the proposals.
    conn.execute("UPDATE retention_proposals SET label = ''")


def _v12_declined_proposals(conn: sqlcipher3.Connection) -> None:
    # Proposals an owner or admin declined: not proposed again until the record or the policy
    # changes. Records by kind and rowid only; they go with the record (a rowid can be reused).
    run_script(
        conn,
        """
        CREATE TABLE retention_declined (
            policy      TEXT NOT NULL,
            kind        TEXT NOT NULL,
            target      INTEGER NOT NULL,
            declined_at TEXT NOT NULL,
            declined_by TEXT,
            PRIMARY KEY (policy, kind, target)
        );
        CREATE INDEX retention_declined_by_target ON retention_declined(kind, target);
        CREATE TRIGGER retention_declined_contact_gone AFTER DELETE ON contacts BEGIN
            DELETE FROM retention_declined WHERE kind = 'contact' AND target = OLD.rowid;
        END;
        CREATE TRIGGER retention_declined_interaction_gone AFTER DELETE ON interactions BEGIN
            DELETE FROM retention_declined WHERE kind = 'interaction' AND target = OLD.rowid;
        END;
        """,
    )


def _v13_suppressions_say_maybe(conn: sqlcipher3.Connection) -> None:
    # A suppression digest is cut short (see people.suppression), so that each one matches a great many
    # possible numbers and addresses: anyone with the vault's key could otherwise recover an erased
    # person's phone number by trying every number in a few seconds.
    kept_hex = {"phone": 3, "email": 4}  # as people.suppression.KEPT_HEX had it when this was written
    rows = conn.execute("SELECT digest, kind, erased_at FROM suppressions").fetchall()
    conn.execute("DELETE FROM suppressions")
    conn.executemany("INSERT OR IGNORE INTO suppressions (digest, kind, erased_at) VALUES (?, ?, ?)",
                     [(digest[:kept_hex[kind]], kind, at) for digest, kind, at in rows])


def _v14_signed_grants_and_audit(conn: sqlcipher3.Connection) -> None:
    # Role grants signed by an owner or admin (the owner's by the vault's root key), and a signature
    # on every audit entry by its actor's key (see vault.grants and vault.audit). Both are append-only;
    # an insider can bypass the triggers, but not forge the signatures.
    run_script(
        conn,
        """
        CREATE TABLE grants (
            seq         INTEGER PRIMARY KEY,
            user_id     TEXT NOT NULL,
            role        TEXT NOT NULL,
            active      INTEGER NOT NULL,
            signing_key TEXT,
            slot_id     TEXT,
            granted_by  TEXT NOT NULL,
            granted_at  TEXT NOT NULL,
            signature   TEXT NOT NULL
        );
        CREATE INDEX grants_by_user ON grants(user_id, seq);
        CREATE TRIGGER grants_no_update BEFORE UPDATE ON grants
            BEGIN SELECT RAISE(ABORT, 'grants are append-only'); END;
        CREATE TRIGGER grants_no_delete BEFORE DELETE ON grants
            BEGIN SELECT RAISE(ABORT, 'grants are append-only'); END;
        ALTER TABLE audit ADD COLUMN signature TEXT;
        """,
    )


def _v15_several_websites(conn: sqlcipher3.Connection) -> None:
    # A contact's web addresses, each with its label, as its e-mails and numbers are (a shop's site and
    # its online store; a card with a work and a home page). The one website a contact had moves here.
    run_script(
        conn,
        """
        CREATE TABLE contact_websites (
            id        INTEGER PRIMARY KEY,
            contact   INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            position  INTEGER NOT NULL,
            label     TEXT NOT NULL DEFAULT '',
            url       TEXT NOT NULL
        );
        CREATE INDEX contact_websites_by_contact ON contact_websites(contact, position);
        INSERT INTO contact_websites (contact, position, url) SELECT rowid, 0, website FROM contacts
            WHERE website != '';
        ALTER TABLE contacts DROP COLUMN website;
        """,
    )


def _v16_phone_kinds(conn: sqlcipher3.Connection) -> None:
    # A phone number's kind (mobile, home, work, fax, pager, other) apart from its free label: "work fax"
    # is a fax labelled "work". Labels made only of such words become the kind and the rest; others
    # ("Taverna") stay labels; a device is named among other words too ("Büro Fax"). (The rule as
    # contact_model.with_kind had it when this was written.)
    kinds = ("fax", "pager", "mobile", "home", "work", "other")
    conn.execute("ALTER TABLE contact_phones ADD COLUMN kind TEXT NOT NULL DEFAULT ''")
    changed = []
    for rowid, label in conn.execute("SELECT id, label FROM contact_phones WHERE label != ''").fetchall():
        words = label.split()
        folded = [w.casefold() for w in words]
        kind = next((k for k in ("fax", "pager", "mobile") if k in folded), "")
        if kind or (words and set(folded) <= set(kinds)):
            kind = kind or next(k for k in kinds if k in folded)
            del words[folded.index(kind)]
            changed.append((kind, " ".join(words), rowid))
    conn.executemany("UPDATE contact_phones SET kind = ?, label = ? WHERE id = ?", changed)


def _v17_extension_told(conn: sqlcipher3.Connection) -> None:
    # The day the person was told of an extension and its reasons (Art. 12(3)); until then it is to do.
    conn.execute("ALTER TABLE requests ADD COLUMN extension_told_on TEXT")


def _v24_contact_language(conn: sqlcipher3.Connection) -> None:
    # The language letters and reports to a person are written in ('': the shop's, Settings).
    conn.execute("ALTER TABLE contacts ADD COLUMN language TEXT NOT NULL DEFAULT ''")


def _v25_consent_texts_in_six_languages(conn: sqlcipher3.Connection) -> None:
    # The default consent texts in French, Italian, Spanish and Polish too, as the counter may need them.
    frozen.seed_texts_v25(conn, iso(datetime.now(UTC)))


def _v26_window_language(conn: sqlcipher3.Connection) -> None:
    # Each user's language for the window ('': the computer's).
    conn.execute("ALTER TABLE users ADD COLUMN language TEXT NOT NULL DEFAULT ''")


def _v27_shop_country_kept(conn: sqlcipher3.Connection) -> None:
    # The shop's public holidays and the language of its documents, kept in the vault: until now a vault
    # made before they were settings took them from whichever computer opened it, so one request fell
    # due on different days at different desks. Both follow the country the vault keeps for phone
    # numbers, else the country of the computer that upgrades it (once, and kept from then on).
    from crmdesk.core import deadlines, language
    from crmdesk.core.vault.settings import locale_region

    row = conn.execute("SELECT value FROM settings WHERE key = 'phone_region'").fetchone()
    country = row[0] if row else locale_region()
    conn.execute("INSERT OR IGNORE INTO settings (key, value) VALUES ('holiday_region', ?), ('shop_language', ?)",
                 (deadlines.default_region(country), language.country_language(country)))


def _v28_bookkeeping_by_country(conn: sqlcipher3.Connection) -> None:
    # The seeded bookkeeping purpose said "ten years in Germany" to every shop; it now keeps records as
    # long as the law of the shop's country requires (Polish law: five years; keeping more has no basis).
    frozen.fit_bookkeeping_v28(conn, iso(datetime.now(UTC)))


MIGRATIONS: list[Callable[[sqlcipher3.Connection], None]] = [
    _v1_users_and_audit,
    _v2_settings,
    _v3_contacts,
    _v4_backups,
    _v5_name_ordered_search,
    _v6_consent,
    _v7_subject_requests,
    _v8_erasure,
    _v9_retention,
    _v10_possible_duplicates,
    _v11_proposals_without_names,
    _v12_declined_proposals,
    _v13_suppressions_say_maybe,
    _v14_signed_grants_and_audit,
    _v15_several_websites,
    _v16_phone_kinds,
    _v17_extension_told,
    protection_schema._v18_breach_log,
    protection_schema._v19_processors,
    protection_schema._v20_assessments_and_requesters,
    protection_schema._v21_training,
    protection_schema._v22_privacy_notices,
    protection_schema._v23_notices_per_language,
    _v24_contact_language,
    _v25_consent_texts_in_six_languages,
    _v26_window_language,
    _v27_shop_country_kept,
    _v28_bookkeeping_by_country,
    team_schema._v29_team,
    team_schema._v30_team_setup,
    team_schema._v31_team_ledgers,
    team_schema._v32_team_joining,
    team_schema._v33_team_joining_key,
    team_schema._v34_team_put_back,
    team_schema._v35_team_interactions,
    team_schema._v36_merged_contacts,
    team_schema._v37_team_checkpoints,
    team_schema._v38_team_certificates,
    team_schema._v39_team_reseal,
    team_schema._v40_team_requests,
]
LATEST = len(MIGRATIONS)


def schema_version(conn: sqlcipher3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlcipher3.Connection, *, upto: int = LATEST, creating: bool = False) -> int:
    """Bring the schema to version ``upto``; returns the version it started at.

    Only a vault being made starts from nothing: an existing vault.db
    without a schema is damage, never a reason to write a fresh one."""
    start = schema_version(conn)
    if start == 0 and not creating:
        raise IntegrityFailure(tr("The vault database holds no data (it was emptied or replaced); restore "
                                  "it from a backup."))
    if start > LATEST:
        raise OperationFailed(
            tr("This vault was written by a newer crmdesk; update crmdesk to open it.")
        )
    for version in range(start + 1, upto + 1):
        with transaction(conn):
            MIGRATIONS[version - 1](conn)
            conn.execute(f"PRAGMA user_version = {version:d}")
    return start
