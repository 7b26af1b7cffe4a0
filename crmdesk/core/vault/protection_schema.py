"""The schema steps of the shop's data-protection folder (18–22): the
breach log and its assessments, the register of processors, the request
register's requesters, the staff briefing and who confirmed it, and the
privacy notice's versions. ``migrations`` runs them in order with the
others; like every step, each is frozen once released.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import sqlcipher3

from crmdesk.core.clock import iso
from crmdesk.core.language import N_, tr
from crmdesk.core.vault.database import run_script


def _v18_breach_log(conn: sqlcipher3.Connection) -> None:
    # The breach log (Art. 33(5)): kept for good; the contacts a breach touches are linked by row, so an
    # erasure takes a person out of the link (the breach keeps its counts).
    run_script(conn, """
        CREATE TABLE breaches (
            id               INTEGER PRIMARY KEY,
            reference        TEXT NOT NULL UNIQUE,
            what             TEXT NOT NULL,
            discovered_at    TEXT NOT NULL,
            occurred         TEXT NOT NULL DEFAULT '',
            how_discovered   TEXT NOT NULL DEFAULT '',
            scope            TEXT NOT NULL CHECK (scope IN ('all', 'tag', 'contacts')),
            scope_detail     TEXT NOT NULL DEFAULT '',
            people           INTEGER NOT NULL,
            categories       TEXT NOT NULL,
            encrypted        INTEGER NOT NULL,
            encryption_note  TEXT NOT NULL DEFAULT '',
            reported_by      TEXT,
            reported_at      TEXT NOT NULL,
            consequences     TEXT NOT NULL DEFAULT '',
            measures         TEXT NOT NULL DEFAULT '',
            risk             TEXT NOT NULL DEFAULT '' CHECK (risk IN ('', 'none', 'risk', 'high')),
            authority_needed INTEGER,
            people_needed    INTEGER,
            decision_reason  TEXT NOT NULL DEFAULT '',
            decided_by       TEXT,
            decided_at       TEXT
        );
        CREATE TABLE breach_contacts (
            breach  INTEGER NOT NULL REFERENCES breaches(id),
            contact INTEGER NOT NULL REFERENCES contacts(rowid) ON DELETE CASCADE,
            PRIMARY KEY (breach, contact)
        ) WITHOUT ROWID;
        CREATE INDEX breach_contacts_by_contact ON breach_contacts(contact);
        CREATE TABLE breach_notifications (
            id          INTEGER PRIMARY KEY,
            breach      INTEGER NOT NULL REFERENCES breaches(id),
            recipient   TEXT NOT NULL CHECK (recipient IN ('authority', 'people')),
            stage       TEXT NOT NULL CHECK (stage IN ('initial', 'follow_up', 'final')),
            at          TEXT NOT NULL,
            notified_by TEXT,
            note        TEXT NOT NULL DEFAULT ''
        );
        CREATE TRIGGER breaches_stay BEFORE DELETE ON breaches
        BEGIN SELECT RAISE(ABORT, 'a breach stays in the log'); END;
        CREATE TRIGGER breach_notifications_stay BEFORE DELETE ON breach_notifications
        BEGIN SELECT RAISE(ABORT, 'a notification stays in the log'); END;
    """)


def _v19_processors(conn: sqlcipher3.Connection) -> None:
    # The register of processors (Art. 28), the agreement's scan kept in the encrypted vault, and which
    # purposes each serves; a retired processor stays for the record's history.
    run_script(conn, """
        CREATE TABLE processors (
            id               INTEGER PRIMARY KEY,
            name             TEXT NOT NULL UNIQUE COLLATE NOCASE,
            service          TEXT NOT NULL,
            categories       TEXT NOT NULL DEFAULT '',
            location         TEXT NOT NULL CHECK (location IN ('eu', 'adequate', 'safeguards')),
            country          TEXT NOT NULL DEFAULT '',
            transfer_basis   TEXT NOT NULL DEFAULT '',
            contract_date    TEXT,
            agreement        BLOB,
            agreement_name   TEXT NOT NULL DEFAULT '',
            agreement_sha256 TEXT NOT NULL DEFAULT '',
            active           INTEGER NOT NULL DEFAULT 1,
            added_at         TEXT NOT NULL,
            added_by         TEXT
        );
        CREATE TABLE purpose_processors (
            purpose   INTEGER NOT NULL REFERENCES purposes(id),
            processor INTEGER NOT NULL REFERENCES processors(id),
            PRIMARY KEY (purpose, processor)
        ) WITHOUT ROWID;
    """)


def _v20_assessments_and_requesters(conn: sqlcipher3.Connection) -> None:
    # Every assessment of a breach as made, with its reasons (a later one never hides an earlier one). And
    # the requester's name as given, for a request about someone the vault holds nothing about (the answer
    # "we hold no data about you" is kept; retention clears the name with a closed request's other text).
    run_script(conn, """
        CREATE TABLE breach_assessments (
            id              INTEGER PRIMARY KEY,
            breach          INTEGER NOT NULL REFERENCES breaches(id),
            risk            TEXT NOT NULL CHECK (risk IN ('none', 'risk', 'high')),
            authority       INTEGER NOT NULL,
            people          INTEGER NOT NULL,
            reason          TEXT NOT NULL,
            consequences    TEXT NOT NULL DEFAULT '',
            measures        TEXT NOT NULL DEFAULT '',
            assessed_by     TEXT,
            at              TEXT NOT NULL
        );
        CREATE TRIGGER breach_assessments_stay BEFORE DELETE ON breach_assessments
        BEGIN SELECT RAISE(ABORT, 'an assessment stays in the log'); END;
        CREATE TRIGGER breach_assessments_never_change BEFORE UPDATE ON breach_assessments
        BEGIN SELECT RAISE(ABORT, 'an assessment never changes; assess again'); END;
    """)
    conn.execute("ALTER TABLE requests ADD COLUMN requester TEXT NOT NULL DEFAULT ''")


# The briefing every vault starts with (version 1), in the language of the person creating the vault; the
# owner publishes the shop's own versions.
FIRST_BRIEFING = N_("""How we look after our customers' data

1. Collect only what we need to serve the customer: name and how to reach them, what they bought or booked. Never \
health details, religion, or anything else a customer did not need to tell us.
2. Consent at the counter is the customer's choice: show them the text on the screen, tick only what they agree \
to, and never tick for them.
3. Requests from customers (a copy of their data, a correction, erasure, no more newsletters) go to the owner the \
same day, with the date they arrived: the law gives us one month to answer.
4. Exports and printouts hold personal data: make them only when needed, keep them out of sight, never e-mail \
them to private addresses, and delete or shred them when done.
5. Lock the screen whenever you leave the counter (the window also locks by itself).
6. If data is lost, sent to the wrong person or seen by someone who should not see it, report it at once: File, \
Report a data breach. The owner has 72 hours to tell the authority.
7. Your passphrase is yours alone: never share it or write it where others can see it.""")


def _v21_training(conn: sqlcipher3.Connection) -> None:
    # The shop's data-protection briefing in versions, and who confirmed which version when.
    run_script(conn, """
        CREATE TABLE briefings (
            version      INTEGER PRIMARY KEY,
            body         TEXT NOT NULL,
            sha256       TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT
        );
        CREATE TRIGGER briefings_never_change BEFORE UPDATE ON briefings
        BEGIN SELECT RAISE(ABORT, 'a published briefing never changes; publish a new version'); END;
        CREATE TABLE training (
            id      INTEGER PRIMARY KEY,
            user_id TEXT NOT NULL,
            version INTEGER NOT NULL REFERENCES briefings(version),
            sha256  TEXT NOT NULL,
            at      TEXT NOT NULL
        );
        CREATE INDEX training_by_user ON training(user_id, id);
    """)
    body = tr(FIRST_BRIEFING).strip()
    conn.execute("INSERT INTO briefings (version, body, sha256, published_at) VALUES (1, ?, ?, ?)",
                 (body, hashlib.sha256(body.encode()).hexdigest(), iso(datetime.now(UTC))))


def _v22_privacy_notices(conn: sqlcipher3.Connection) -> None:
    # The privacy notice's published versions (Art. 13), kept like consent texts: never changed, never deleted.
    run_script(conn, """
        CREATE TABLE notices (
            version      INTEGER PRIMARY KEY,
            body         TEXT NOT NULL,
            sha256       TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT
        );
        CREATE TRIGGER notices_never_change BEFORE UPDATE ON notices
        BEGIN SELECT RAISE(ABORT, 'a published notice never changes; publish a new version'); END;
        CREATE TRIGGER notices_stay BEFORE DELETE ON notices
        BEGIN SELECT RAISE(ABORT, 'a published notice is never deleted'); END;
    """)


def _v23_notices_per_language(conn: sqlcipher3.Connection) -> None:
    # The notice is published in the shop's language and in English, each numbered on its own
    # (like consent texts); the versions published so far were English.
    run_script(conn, """
        DROP TRIGGER notices_never_change;
        DROP TRIGGER notices_stay;
        ALTER TABLE notices RENAME TO notices_v22;
        CREATE TABLE notices (
            id           INTEGER PRIMARY KEY,
            language     TEXT NOT NULL,
            version      INTEGER NOT NULL,
            body         TEXT NOT NULL,
            sha256       TEXT NOT NULL,
            published_at TEXT NOT NULL,
            published_by TEXT,
            UNIQUE (language, version)
        );
        INSERT INTO notices (language, version, body, sha256, published_at, published_by)
            SELECT 'en', version, body, sha256, published_at, published_by FROM notices_v22 ORDER BY version;
        DROP TABLE notices_v22;
        CREATE TRIGGER notices_never_change BEFORE UPDATE ON notices
        BEGIN SELECT RAISE(ABORT, 'a published notice never changes; publish a new version'); END;
        CREATE TRIGGER notices_stay BEFORE DELETE ON notices
        BEGIN SELECT RAISE(ABORT, 'a published notice is never deleted'); END;
    """)
