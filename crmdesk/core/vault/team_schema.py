"""The schema steps of several desks (29–40, ``crmdesk.core.team``): the link to the team server, the
team keys, each record's revision on the server, the queues of contacts and ledger entries waiting to be
sent, the conflicts a person reviews, and a join in progress. ``migrations`` runs them in order with the
others; like every step, each is frozen once released.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import sqlcipher3

from crmdesk.core.clock import iso
from crmdesk.core.vault.database import run_script

# The pieces the queues' triggers are made of (steps 29, 31, 35, 36 write the same SQL with them): not on a
# vault of one desk (no team_link), nor while changes from other desks are applied (team_applying).
WHEN = "WHEN EXISTS (SELECT 1 FROM team_link) AND NOT EXISTS (SELECT 1 FROM team_applying)"
# What links a vault to its team (the link, keys, revisions, queues, reviews, checkpoints): emptied when it
# leaves (core.team.desk.unlink), or when a backup is restored into another folder (core.backups.restore).
TEAM_TABLES = ("team_link", "team_keys", "team_records", "team_outbox", "team_event_outbox", "team_conflicts",
               "team_slots", "team_marks", "team_forgotten", "team_checkpoints", "team_reseal",
               "team_request_events")
QUEUED_CONTACT = ("INSERT INTO team_outbox (id, queued_at) VALUES ({0}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))"
                  " ON CONFLICT (id) DO UPDATE SET changes = changes + 1")
QUEUED_EVENT = ("INSERT INTO team_event_outbox (kind, ref, queued_at) VALUES ('{0}', {1},"
                " strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) ON CONFLICT (kind, ref) DO UPDATE SET changes = changes + 1")


def _ledger_triggers() -> str:
    """The triggers that queue purposes, consent texts and consent entries (steps 31 and 35)."""
    queued = QUEUED_EVENT
    return f"""
        CREATE TRIGGER team_queue_purpose_added AFTER INSERT ON purposes {WHEN}
            BEGIN {queued.format("purpose", "new.key")}; END;
        CREATE TRIGGER team_queue_purpose_changed AFTER UPDATE ON purposes {WHEN}
            BEGIN {queued.format("purpose", "new.key")}; END;
        CREATE TRIGGER team_queue_text AFTER INSERT ON consent_texts {WHEN}
            BEGIN {queued.format("text", "new.id")}; END;
        CREATE TRIGGER team_queue_consent AFTER INSERT ON consent_ledger {WHEN}
            BEGIN {queued.format("consent", "new.uid")}; END;
        """


def _v29_team(conn: sqlcipher3.Connection) -> None:
    # A desk of a team (several desks, one customer list through PostgreSQL: core.team): the link to the
    # server, the team keys by epoch, each record's revision on the server with its content then (the base
    # a merge starts from), the contacts changed here and not sent yet, and the conflicts a person reviews.
    # Triggers queue every contact added, edited or removed, by any path (an edit, an import, a merge, an
    # erasure), in the change's own transaction; not while changes from other desks are applied
    # (team_applying), and not at all in a vault of one desk (no team_link). The conflicts kept from a
    # contact go with it (an erasure, or a merge into another contact).
    queued, when = QUEUED_CONTACT.replace("{0}", "{0}.id"), WHEN
    run_script(
        conn,
        f"""
        CREATE TABLE team_link (
            one        INTEGER PRIMARY KEY CHECK (one = 1),
            server     TEXT NOT NULL,
            vault      TEXT NOT NULL,
            epoch      INTEGER NOT NULL,
            cursor     INTEGER NOT NULL DEFAULT 0,
            generation TEXT NOT NULL,
            desk       TEXT NOT NULL,
            linked_at  TEXT NOT NULL
        );
        CREATE TABLE team_keys (epoch INTEGER PRIMARY KEY, key BLOB NOT NULL);
        CREATE TABLE team_records (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, base TEXT NOT NULL);
        CREATE TABLE team_outbox (id TEXT PRIMARY KEY, queued_at TEXT NOT NULL, changes INTEGER NOT NULL DEFAULT 1);
        CREATE TABLE team_applying (one INTEGER PRIMARY KEY CHECK (one = 1));
        CREATE TABLE team_conflicts (
            seq    INTEGER PRIMARY KEY,
            record TEXT NOT NULL,
            field  TEXT NOT NULL,
            server TEXT NOT NULL,
            kept   TEXT NOT NULL,
            at     TEXT NOT NULL
        );
        CREATE INDEX team_conflicts_by_record ON team_conflicts(record);
        CREATE TRIGGER team_queue_added AFTER INSERT ON contacts {when}
            BEGIN {queued.format("new")}; END;
        CREATE TRIGGER team_queue_edited AFTER UPDATE OF given_name, family_name, display_name, organisation_id,
            job_title, birthday, notes, source, since, language, updated_at ON contacts {when}
            BEGIN {queued.format("new")}; END;
        CREATE TRIGGER team_queue_removed AFTER DELETE ON contacts {when}
            BEGIN {queued.format("old")}; END;
        CREATE TRIGGER team_conflicts_go AFTER DELETE ON contacts
            BEGIN DELETE FROM team_conflicts WHERE record = old.id; END;
        """,
    )


def _v30_team_setup(conn: sqlcipher3.Connection) -> None:
    # A desk set up by `crmdesk team init` or `join` (core.team.joining): its name in the team, its
    # database role's password (the server holds only its SCRAM verifier), the server's address as the
    # shop's administrator reaches it (never with a password), when it last synchronised, and which of
    # this vault's users were given their copy of the team key of which epoch.
    run_script(
        conn,
        """
        ALTER TABLE team_link ADD COLUMN name TEXT NOT NULL DEFAULT '';
        ALTER TABLE team_link ADD COLUMN secret TEXT;
        ALTER TABLE team_link ADD COLUMN admin TEXT;
        ALTER TABLE team_link ADD COLUMN synced_at TEXT;
        CREATE TABLE team_slots (user_id TEXT NOT NULL, epoch INTEGER NOT NULL, PRIMARY KEY (user_id, epoch));
        """,
    )


def _v31_team_ledgers(conn: sqlcipher3.Connection) -> None:
    # The ledgers travel between the desks of a team (core.team.ledgers): each consent entry gets an id
    # of its own, the same at every desk (given in Python where an entry is written, and here to those
    # written before; it never changes, also when a merge of duplicates moves the entry), and every
    # purpose added or changed, consent text published and consent entry written waits in
    # team_event_outbox, queued by triggers in its own transaction, as contacts wait in team_outbox.
    conn.execute("ALTER TABLE consent_ledger ADD COLUMN uid TEXT")
    conn.execute("DROP TRIGGER consent_ledger_never_changes")
    conn.execute("UPDATE consent_ledger SET uid = lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4'"
                 " || substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)"
                 " || substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))")
    run_script(
        conn,
        f"""
        CREATE UNIQUE INDEX consent_ledger_by_uid ON consent_ledger(uid);
        CREATE TRIGGER consent_ledger_never_changes BEFORE UPDATE ON consent_ledger
        WHEN NOT (OLD.contact IN (SELECT contact FROM merging_contacts) AND NEW.id = OLD.id
                  AND NEW.purpose = OLD.purpose AND NEW.action = OLD.action AND NEW.method = OLD.method
                  AND NEW.text_id IS OLD.text_id AND NEW.text_sha256 IS OLD.text_sha256
                  AND NEW.captured_by IS OLD.captured_by AND NEW.witness = OLD.witness AND NEW.note = OLD.note
                  AND NEW.at = OLD.at AND NEW.expires_at IS OLD.expires_at AND NEW.uid IS OLD.uid)
        BEGIN SELECT RAISE(ABORT, 'the consent ledger is append-only'); END;
        CREATE TABLE team_event_outbox (
            seq       INTEGER PRIMARY KEY,
            kind      TEXT NOT NULL CHECK (kind IN ('purpose', 'text', 'consent')),
            ref       TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            changes   INTEGER NOT NULL DEFAULT 1,
            UNIQUE (kind, ref)
        );
        {_ledger_triggers()}
        """,
    )
    if conn.execute("SELECT 1 FROM team_link").fetchone():  # a desk already: what it holds goes to the team too
        now = iso(datetime.now(UTC))
        for select in ("SELECT 'purpose', key, ? FROM purposes", "SELECT 'text', CAST(id AS TEXT), ? FROM consent_texts",
                       "SELECT 'consent', uid, ? FROM consent_ledger"):
            conn.execute(f"INSERT OR IGNORE INTO team_event_outbox (kind, ref, queued_at) {select}", (now,))


def _v32_team_joining(conn: sqlcipher3.Connection) -> None:
    # A desk joining a team keeps the password it gives its role before the server takes it
    # (core.team.joining): joining again after a crash in between logs in with it and finishes.
    conn.execute("CREATE TABLE team_joining (one INTEGER PRIMARY KEY CHECK (one = 1), invitation TEXT NOT NULL,"
                 " secret TEXT NOT NULL, started_at TEXT NOT NULL)")


def _v33_team_joining_key(conn: sqlcipher3.Connection) -> None:
    # What a joining desk took from its invitation (the team's keys), kept with its password until it is
    # linked: a join cut short is finished with them, never with a key the server hands over.
    conn.execute("ALTER TABLE team_joining ADD COLUMN material TEXT")


def _v34_team_put_back(conn: sqlcipher3.Connection) -> None:
    # Numbers this desk saw the team server hold, each with the server's mark for it (the last and a
    # thinning trail of earlier ones): a server put back from an older copy has lost the last mark, and
    # the earlier ones still there say which part of what this desk saw it holds as it was (``shared``).
    # ``put_back`` stays 1 until what it lost is given back (core.team.desk.server_state and put_back).
    run_script(
        conn,
        """
        CREATE TABLE team_marks (
            upto INTEGER PRIMARY KEY,
            mark TEXT NOT NULL
        );
        ALTER TABLE team_link ADD COLUMN put_back INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE team_link ADD COLUMN shared INTEGER NOT NULL DEFAULT 0;
        """,
    )


def _v35_team_interactions(conn: sqlcipher3.Connection) -> None:
    # Interactions travel between the desks of a team as events too (core.team.ledgers): the queue takes a
    # fourth kind, and every interaction logged here waits in it, queued in its own transaction. A desk
    # already in a team queues those it holds. An interaction deleted here (by a retention policy) is
    # queued as 'forgotten', so the server deletes its copy too, and its id is kept (team_forgotten: a
    # random id, nothing of the person), so no copy of it is taken again, and it is forgotten again on a
    # server put back from an older copy. Not one that goes with its contact: an erasure takes the
    # person's events off the server, and leaves no trace of them here. The queue's triggers are dropped
    # and made again around the table's change (SQLite checks every trigger when a table is renamed).
    queued, when = QUEUED_EVENT, WHEN
    run_script(
        conn,
        f"""
        DROP TRIGGER team_queue_purpose_added;
        DROP TRIGGER team_queue_purpose_changed;
        DROP TRIGGER team_queue_text;
        DROP TRIGGER team_queue_consent;
        ALTER TABLE team_event_outbox RENAME TO team_event_outbox_before;
        CREATE TABLE team_event_outbox (
            seq       INTEGER PRIMARY KEY,
            kind      TEXT NOT NULL CHECK (kind IN ('purpose', 'text', 'consent', 'interaction', 'forgotten')),
            ref       TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            changes   INTEGER NOT NULL DEFAULT 1,
            UNIQUE (kind, ref)
        );
        INSERT INTO team_event_outbox (seq, kind, ref, queued_at, changes)
            SELECT seq, kind, ref, queued_at, changes FROM team_event_outbox_before;
        DROP TABLE team_event_outbox_before;
        {_ledger_triggers()}
        CREATE TRIGGER team_queue_interaction AFTER INSERT ON interactions {when}
            BEGIN {queued.format("interaction", "new.id")}; END;
        CREATE TABLE team_forgotten (
            id TEXT PRIMARY KEY
        ) WITHOUT ROWID;
        CREATE TRIGGER team_queue_interaction_forgotten AFTER DELETE ON interactions
            {when} AND EXISTS (SELECT 1 FROM contacts WHERE rowid = old.contact)
            BEGIN {queued.format("forgotten", "old.id")};
                  INSERT OR IGNORE INTO team_forgotten (id) VALUES (old.id); END;
        """,
    )
    if conn.execute("SELECT 1 FROM team_link").fetchone():  # a desk already: what it holds goes to the team too
        conn.execute("INSERT OR IGNORE INTO team_event_outbox (kind, ref, queued_at) SELECT 'interaction', id, ?"
                     " FROM interactions", (iso(datetime.now(UTC)),))


def _v36_merged_contacts(conn: sqlcipher3.Connection) -> None:
    # Which contact each contact merged away here went into (core.people.duplicates): what another desk
    # still logs with the one merged away (consent, interactions) reaches the one it went into, and when
    # that person is erased, the ids merged into them are erased too (a tombstone each). On a desk of a
    # team, every tombstone of an erasure made here (by a user, not one taken from the team) queues its
    # erasure to be sent.
    run_script(
        conn,
        f"""
        CREATE TABLE merged_contacts (
            gone      TEXT PRIMARY KEY,
            kept      TEXT NOT NULL,
            merged_at TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX merged_contacts_by_kept ON merged_contacts(kept);
        CREATE TRIGGER team_queue_tombstone AFTER INSERT ON tombstones {WHEN} AND new.erased_by IS NOT NULL
            BEGIN {QUEUED_CONTACT.format("new.contact_uuid")}; END;
        """,
    )


def _v37_team_checkpoints(conn: sqlcipher3.Connection) -> None:
    # The audit logs of a team's desks witnessed by each other (core.team.witness): every checkpoint of a
    # desk's log this desk has seen (the desk by its database role's oid; its entry's number and hash), and
    # the alarms raised when a desk's log went back or no longer holds an entry as the team saw it, kept
    # until a person says what happened. ``team_link.role``: this desk's own role, to know its checkpoints.
    run_script(
        conn,
        """
        CREATE TABLE team_checkpoints (
            desk  INTEGER NOT NULL,
            name  TEXT NOT NULL,
            entry INTEGER NOT NULL,
            hash  TEXT NOT NULL,
            at    TEXT NOT NULL,
            PRIMARY KEY (desk, entry)
        ) WITHOUT ROWID;
        CREATE TABLE team_alarms (
            id           INTEGER PRIMARY KEY,
            desk         INTEGER NOT NULL,
            name         TEXT NOT NULL,
            kind         TEXT NOT NULL CHECK (kind IN ('backwards', 'fork', 'gap')),
            entry        INTEGER NOT NULL,
            seen_at      TEXT NOT NULL,
            ends         INTEGER,
            found_at     TEXT NOT NULL,
            explained_by TEXT,
            explained_at TEXT,
            UNIQUE (desk, entry, seen_at)
        );
        ALTER TABLE team_link ADD COLUMN role INTEGER;
        """,
    )


def _v38_team_certificates(conn: sqlcipher3.Connection) -> None:
    # The team's certificate authority and this desk's own certificate (core.team.certificates), PEM, inside
    # the encrypted vault; and the certificate a desk joining logs in with until it made its own.
    run_script(
        conn,
        """
        ALTER TABLE team_link ADD COLUMN authority_certificate TEXT;
        ALTER TABLE team_link ADD COLUMN authority_key TEXT;
        ALTER TABLE team_link ADD COLUMN certificate TEXT;
        ALTER TABLE team_link ADD COLUMN certificate_key TEXT;
        ALTER TABLE team_joining ADD COLUMN certificate TEXT;
        """,
    )


def _v39_team_reseal(conn: sqlcipher3.Connection) -> None:
    # Contacts to seal anew under the team key of now, unchanged or not: after this desk removed another
    # (core.team.joining.remove), what the removed desk could open goes under the new key.
    # ``team_link.reseal``: the next sync, once it took what the server holds, queues them all.
    conn.execute("CREATE TABLE team_reseal (id TEXT PRIMARY KEY) WITHOUT ROWID")
    conn.execute("ALTER TABLE team_link ADD COLUMN reseal INTEGER NOT NULL DEFAULT 0")


def _v40_team_requests(conn: sqlcipher3.Connection) -> None:
    # The register of data subject requests is one register for the whole team (core.team.register): each
    # request gets an id the same at every desk (``uid``); ``cleared`` says its free text was taken out
    # (the person erased, or the closed request's text past its retention), which no other desk's copy
    # undoes; ``renumbered_from``: the reference it was given first, when another desk gave the same one to
    # another request at the same moment and the earlier request kept it; ``known_as``: every contact it was
    # about at any desk (a merge of duplicates moves it to the contact kept). Every request opened or worked
    # here, and every reply kept for one, waits in the queue as a further ledger kind, also when the change
    # comes from the team (an erasure taken from another desk clears its text here, and that goes too);
    # ``team_request_events`` names the copies of a request this desk took or sent, which the next copy it
    # sends replaces on the server. A desk already in a team queues the requests it holds, and takes the
    # request copies the server holds from the start (``team_link.requests_from``): desks updated before it
    # sent requests it left aside.
    queued, when = QUEUED_EVENT, "WHEN EXISTS (SELECT 1 FROM team_link)"
    conn.execute("ALTER TABLE requests ADD COLUMN uid TEXT")
    conn.execute("ALTER TABLE requests ADD COLUMN cleared INTEGER NOT NULL DEFAULT 0")
    conn.execute("ALTER TABLE requests ADD COLUMN renumbered_from TEXT")
    conn.execute("ALTER TABLE requests ADD COLUMN known_as TEXT")
    conn.execute("ALTER TABLE team_link ADD COLUMN requests_from INTEGER")
    conn.executemany("UPDATE requests SET uid = ? WHERE id = ?",
                     [(str(uuid.uuid4()), rid) for (rid,) in conn.execute("SELECT id FROM requests").fetchall()])
    uid_of_artefact = "(SELECT uid FROM requests WHERE id = new.request)"
    run_script(
        conn,
        f"""
        CREATE UNIQUE INDEX requests_by_uid ON requests(uid);
        DROP TRIGGER team_queue_purpose_added;
        DROP TRIGGER team_queue_purpose_changed;
        DROP TRIGGER team_queue_text;
        DROP TRIGGER team_queue_consent;
        DROP TRIGGER team_queue_interaction;
        DROP TRIGGER team_queue_interaction_forgotten;
        ALTER TABLE team_event_outbox RENAME TO team_event_outbox_before;
        CREATE TABLE team_event_outbox (
            seq       INTEGER PRIMARY KEY,
            kind      TEXT NOT NULL CHECK (kind IN ('purpose', 'text', 'consent', 'interaction', 'request',
                                                    'forgotten')),
            ref       TEXT NOT NULL,
            queued_at TEXT NOT NULL,
            changes   INTEGER NOT NULL DEFAULT 1,
            UNIQUE (kind, ref)
        );
        INSERT INTO team_event_outbox (seq, kind, ref, queued_at, changes)
            SELECT seq, kind, ref, queued_at, changes FROM team_event_outbox_before;
        DROP TABLE team_event_outbox_before;
        {_ledger_triggers()}
        CREATE TRIGGER team_queue_interaction AFTER INSERT ON interactions {WHEN}
            BEGIN {queued.format("interaction", "new.id")}; END;
        CREATE TRIGGER team_queue_interaction_forgotten AFTER DELETE ON interactions
            {WHEN} AND EXISTS (SELECT 1 FROM contacts WHERE rowid = old.contact)
            BEGIN {queued.format("forgotten", "old.id")};
                  INSERT OR IGNORE INTO team_forgotten (id) VALUES (old.id); END;
        CREATE TRIGGER team_queue_request_opened AFTER INSERT ON requests {when}
            BEGIN {queued.format("request", "new.uid")}; END;
        CREATE TRIGGER team_queue_request_worked AFTER UPDATE ON requests {when}
            BEGIN {queued.format("request", "new.uid")}; END;
        CREATE TRIGGER team_queue_request_reply AFTER INSERT ON request_artefacts {when}
            BEGIN {queued.format("request", uid_of_artefact)}; END;
        CREATE TABLE team_request_events (
            event   TEXT PRIMARY KEY,
            request TEXT NOT NULL
        ) WITHOUT ROWID;
        CREATE INDEX team_request_events_by_request ON team_request_events(request);
        """,
    )
    if conn.execute("SELECT 1 FROM team_link").fetchone():  # a desk already: what it holds goes to the team too
        conn.execute("INSERT OR IGNORE INTO team_event_outbox (kind, ref, queued_at) SELECT 'request', uid, ?"
                     " FROM requests", (iso(datetime.now(UTC)),))
        conn.execute("UPDATE team_link SET requests_from = 0")
