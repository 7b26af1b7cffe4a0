-- crmdesk's team store in PostgreSQL: ciphertext only, ordered without gaps.
--
-- The server keeps, per team vault, encrypted records (one blob per contact,
-- organisation, …, the latest revision only), insert-only encrypted events
-- (the consent, request and audit ledgers) and erasure tombstones. It cannot
-- read any of them: desks seal each blob with the team key, bound to the
-- vault, the record, its revision and the key epoch.
--
-- Order: every write takes the next number of its vault's sequence while it
-- holds the vault row's lock (SELECT … FOR NO KEY UPDATE: writers wait for
-- each other, while adding a desk, which only refers to the row, does not
-- wait), and keeps the lock until it commits. So a number is never visible before every lower number is, and
-- a desk that has read up to N misses nothing by asking for "after N".
--
-- Desks write and read only through the functions below (SECURITY DEFINER,
-- owned by the NOLOGIN role crmdesk_owner); they have no right on any table.
-- Row-level security, forced on the owner too, limits every function call to
-- the vault of the desk's own database role (crmdesk.desks).
--
-- Installed in one transaction by crmdesk.core.team.server.install; the
-- version in crmdesk.meta says which form a server has.

CREATE SCHEMA crmdesk AUTHORIZATION crmdesk_owner;
REVOKE ALL ON SCHEMA crmdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA crmdesk TO crmdesk_desk;
SET LOCAL ROLE crmdesk_owner;

CREATE TABLE crmdesk.meta (
    schema_version integer NOT NULL
);
INSERT INTO crmdesk.meta VALUES (1);

CREATE TABLE crmdesk.vaults (
    id uuid PRIMARY KEY,
    head bigint NOT NULL DEFAULT 0 CHECK (head >= 0),   -- the last number given out
    key_epoch integer NOT NULL DEFAULT 1,               -- writes under another epoch are refused
    generation uuid NOT NULL,                           -- new when the server is restored from a dump
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crmdesk.desks (
    role name PRIMARY KEY,                              -- the desk's database role
    vault uuid NOT NULL REFERENCES crmdesk.vaults
);

CREATE TABLE crmdesk.records (
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    id uuid NOT NULL,
    revision bigint NOT NULL CHECK (revision > 0),
    key_epoch integer NOT NULL,
    seq bigint NOT NULL,
    blob bytea,                                         -- NULL: erased, for good
    PRIMARY KEY (vault, id),
    UNIQUE (vault, seq)
);

CREATE TABLE crmdesk.events (
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    id uuid NOT NULL,
    key_epoch integer NOT NULL,
    seq bigint NOT NULL,
    blob bytea NOT NULL,
    PRIMARY KEY (vault, id),
    UNIQUE (vault, seq)
);

-- The desk's vault, by the role it logged in as.
CREATE FUNCTION crmdesk.my_vault() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT vault FROM crmdesk.desks WHERE role = session_user
$$;

ALTER TABLE crmdesk.vaults ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.vaults FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.vaults USING (id = crmdesk.my_vault());
ALTER TABLE crmdesk.records ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.records FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.records USING (vault = crmdesk.my_vault());
ALTER TABLE crmdesk.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.events FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.events USING (vault = crmdesk.my_vault());

-- Locks the vault row until the transaction ends; refuses a vault that is not the desk's (row-level
-- security hides it) and a write under another key epoch than the vault's.
CREATE FUNCTION crmdesk.lock_vault(p_vault uuid, p_epoch integer) RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    epoch integer;
BEGIN
    SELECT key_epoch INTO epoch FROM crmdesk.vaults WHERE id = p_vault FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'crmdesk: not this desk''s vault' USING ERRCODE = '42501';
    END IF;
    IF p_epoch IS DISTINCT FROM epoch THEN
        RAISE EXCEPTION 'crmdesk: written under key epoch %, the vault is at %', p_epoch, epoch
            USING ERRCODE = 'CD001';
    END IF;
END
$$;

-- The vault's next number (its row locked by lock_vault), and a wake-up for the desks that listen.
CREATE FUNCTION crmdesk.take_seq(p_vault uuid) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    given bigint;
BEGIN
    UPDATE crmdesk.vaults SET head = head + 1 WHERE id = p_vault RETURNING head INTO given;
    PERFORM pg_notify('crmdesk_' || replace(p_vault::text, '-', ''), given::text);  -- sent on commit
    RETURN given;
END
$$;

-- A record's new revision, based on p_base (0: a new record). Outcomes: 'stored' with the new number and
-- revision; 'conflict' with the server's revision and blob, when another desk wrote first (nothing is
-- written; the desk merges and pushes again); 'erased' when the record is erased (nothing is written:
-- an erasure is final).
CREATE FUNCTION crmdesk.push_record(p_vault uuid, p_id uuid, p_base bigint, p_epoch integer, p_blob bytea)
RETURNS TABLE (outcome text, seq bigint, revision bigint, blob bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found_row crmdesk.records;
    given bigint;
BEGIN
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    SELECT * INTO found_row FROM crmdesk.records r WHERE r.vault = p_vault AND r.id = p_id;
    IF FOUND AND found_row.blob IS NULL THEN
        RETURN QUERY SELECT 'erased'::text, found_row.seq, found_row.revision, NULL::bytea;
        RETURN;
    END IF;
    IF coalesce(found_row.revision, 0) <> p_base THEN
        RETURN QUERY SELECT 'conflict'::text, found_row.seq, found_row.revision, found_row.blob;
        RETURN;
    END IF;
    given := crmdesk.take_seq(p_vault);
    INSERT INTO crmdesk.records AS r (vault, id, revision, key_epoch, seq, blob)
        VALUES (p_vault, p_id, p_base + 1, p_epoch, given, p_blob)
        ON CONFLICT (vault, id) DO UPDATE
        SET revision = excluded.revision, key_epoch = excluded.key_epoch, seq = excluded.seq, blob = excluded.blob;
    RETURN QUERY SELECT 'stored'::text, given, p_base + 1, NULL::bytea;
END
$$;

-- Erases a record for good: its ciphertext is gone, and every later write to it is refused.
CREATE FUNCTION crmdesk.erase_record(p_vault uuid, p_id uuid, p_epoch integer) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    given bigint;
BEGIN
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    given := crmdesk.take_seq(p_vault);
    INSERT INTO crmdesk.records AS r (vault, id, revision, key_epoch, seq, blob)
        VALUES (p_vault, p_id, 1, p_epoch, given, NULL)
        ON CONFLICT (vault, id) DO UPDATE
        SET revision = r.revision + 1, key_epoch = excluded.key_epoch, seq = excluded.seq, blob = NULL;
    RETURN given;
END
$$;

-- An event of a ledger, once: the same id again is the same event (a desk that lost the answer to its
-- push sends it again) and gets its first number back.
CREATE FUNCTION crmdesk.push_event(p_vault uuid, p_id uuid, p_epoch integer, p_blob bytea) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    known bigint;
    given bigint;
BEGIN
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    SELECT e.seq INTO known FROM crmdesk.events e WHERE e.vault = p_vault AND e.id = p_id;
    IF FOUND THEN
        RETURN known;
    END IF;
    given := crmdesk.take_seq(p_vault);
    INSERT INTO crmdesk.events (vault, id, key_epoch, seq, blob) VALUES (p_vault, p_id, p_epoch, given, p_blob);
    RETURN given;
END
$$;

-- What changed after p_after, in the order it was written, at most p_limit items. An erased record comes
-- as its tombstone (blob NULL).
CREATE FUNCTION crmdesk.pull(p_vault uuid, p_after bigint, p_limit integer)
RETURNS TABLE (seq bigint, item text, id uuid, revision bigint, key_epoch integer, blob bytea)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT * FROM (
        SELECT r.seq, 'record', r.id, r.revision, r.key_epoch, r.blob FROM crmdesk.records r
            WHERE r.vault = p_vault AND r.seq > p_after
        UNION ALL
        SELECT e.seq, 'event', e.id, NULL::bigint, e.key_epoch, e.blob FROM crmdesk.events e
            WHERE e.vault = p_vault AND e.seq > p_after
    ) changed ORDER BY 1 LIMIT p_limit
$$;

-- The vault as the desk sees it: its last number, key epoch and generation.
CREATE FUNCTION crmdesk.vault_state(p_vault uuid)
RETURNS TABLE (head bigint, key_epoch integer, generation uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT v.head, v.key_epoch, v.generation FROM crmdesk.vaults v WHERE v.id = p_vault
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA crmdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crmdesk.push_record(uuid, uuid, bigint, integer, bytea),
    crmdesk.erase_record(uuid, uuid, integer), crmdesk.push_event(uuid, uuid, integer, bytea),
    crmdesk.pull(uuid, bigint, integer), crmdesk.vault_state(uuid), crmdesk.my_vault() TO crmdesk_desk;
