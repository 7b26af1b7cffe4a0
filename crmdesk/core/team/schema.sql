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
-- Four NOLOGIN roles of this database alone (server.install names them
-- after it, in place of @OWNER@, @DESK@, @INVITED@ and @ADMIN@): the owner owns every
-- object here; desks (members of @DESK@) write and read only through the
-- functions below, SECURITY DEFINER, with no right on any table; a desk invited
-- and not joined yet (a member of @INVITED@) may only join (redeem_invitation
-- makes it a member of @DESK@): the server's pg_hba.conf may ask members of
-- @DESK@ for a client certificate, which a new desk makes once it joined; the shop's
-- administrators (members of @ADMIN@) set up vaults and desks and may read
-- the ciphertext, as any operator can. Row-level security, forced on the
-- owner too, limits every function call to the vault of the desk's own
-- database role (crmdesk.desks, by the role's oid), and the database admits
-- only those roles.
--
-- Installed in one transaction by crmdesk.core.team.server.install; the
-- version in crmdesk.meta says which form a server has.

CREATE SCHEMA crmdesk AUTHORIZATION @OWNER@;
REVOKE ALL ON SCHEMA crmdesk FROM PUBLIC;
GRANT USAGE ON SCHEMA crmdesk TO @DESK@, @INVITED@, @ADMIN@;
SET LOCAL ROLE @OWNER@;

CREATE TABLE crmdesk.meta (
    schema_version integer NOT NULL
);
INSERT INTO crmdesk.meta VALUES (4);

CREATE TABLE crmdesk.vaults (
    id uuid PRIMARY KEY,
    head bigint NOT NULL DEFAULT 0 CHECK (head >= 0),   -- the last number given out
    key_epoch integer NOT NULL DEFAULT 1,               -- writes under another epoch are refused
    generation uuid NOT NULL,                           -- the vault's own; desks take a new one for a put-back
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE crmdesk.desks (
    role oid PRIMARY KEY,                               -- the desk's database role (a name may come back)
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),  -- what the shop calls it: "counter"
    joined_at timestamptz NOT NULL DEFAULT now(),
    key_epoch integer,                                  -- while joining: the team key sealed for the invitation,
    sealed_key bytea,                                   -- gone once the desk set a password of its own
    UNIQUE (vault, name)
);

-- A desk invited and not joined yet: its role exists, and the team key waits sealed with a key only the
-- invitation code holds (crmdesk.core.team.joining). Joining takes it once, before expires_at.
CREATE TABLE crmdesk.invitations (
    role oid PRIMARY KEY,
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    name text NOT NULL CHECK (length(name) BETWEEN 1 AND 60),
    epoch integer NOT NULL,
    sealed bytea NOT NULL,
    expires_at timestamptz NOT NULL,
    certificate text                                    -- the desk's certificate while it joins (public)
);

CREATE TABLE crmdesk.records (
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    id uuid NOT NULL,
    revision bigint NOT NULL CHECK (revision > 0),
    key_epoch integer NOT NULL,
    seq bigint NOT NULL,
    erased boolean NOT NULL DEFAULT false,              -- for good: blob is then the desk's sealed word for it
    blob bytea NOT NULL,
    PRIMARY KEY (vault, id),
    UNIQUE (vault, seq)
);

CREATE TABLE crmdesk.events (
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    id uuid NOT NULL,
    subject uuid,                                       -- the record (person) it is about: gone with its erasure
    forgettable boolean NOT NULL DEFAULT false,         -- its desk may delete it (an interaction), not a ledger
    author oid,                                         -- the desk role that pushed it: an audit checkpoint is
                                                        -- taken only from the desk it speaks for
    key_epoch integer NOT NULL,
    seq bigint NOT NULL,
    blob bytea NOT NULL,
    PRIMARY KEY (vault, id),
    UNIQUE (vault, seq)
);

-- A random mark for each move of a vault's head, standing for the numbers up to it. A desk remembers the
-- mark of the last number it knew the server held: a server put back from an older copy has lost that
-- mark, or given the number out again under a new one, and the desk notices (crmdesk.vault_state).
CREATE TABLE crmdesk.marks (
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    upto bigint NOT NULL,
    mark uuid NOT NULL,
    PRIMARY KEY (vault, upto)
);

-- The team key of each epoch, sealed to each user of the team (their X25519 public key, as the vault's
-- key slots): the server cannot open any of them.
CREATE INDEX events_by_subject ON crmdesk.events (vault, subject);

CREATE TABLE crmdesk.key_slots (
    vault uuid NOT NULL REFERENCES crmdesk.vaults,
    epoch integer NOT NULL,
    holder uuid NOT NULL,                               -- the crmdesk user the slot is sealed to
    public_key bytea NOT NULL,                          -- theirs: a new key after a revocation is sealed to it
    desk oid,                                           -- the desk whose vault holds their private key
    sealed bytea NOT NULL,
    proof bytea,                                        -- a desk's word that the public key is the holder's
    PRIMARY KEY (vault, epoch, holder)
);

-- The desk's vault, by the role it logged in as.
CREATE FUNCTION crmdesk.my_vault() RETURNS uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT d.vault FROM crmdesk.desks d JOIN pg_roles r ON r.oid = d.role WHERE r.rolname = session_user
$$;

-- Whether whoever logged in is one of the shop's administrators.
CREATE FUNCTION crmdesk.is_admin() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT pg_has_role(session_user, '@ADMIN_NAME@', 'MEMBER')
$$;

-- (each function in a policy is asked once a query, as a sub-select, not once a row)
ALTER TABLE crmdesk.vaults ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.vaults FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.vaults USING (id = (SELECT crmdesk.my_vault()) OR (SELECT crmdesk.is_admin()));
ALTER TABLE crmdesk.records ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.records FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.records USING (vault = (SELECT crmdesk.my_vault()) OR (SELECT crmdesk.is_admin()));
ALTER TABLE crmdesk.events ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.events FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.events USING (vault = (SELECT crmdesk.my_vault()) OR (SELECT crmdesk.is_admin()));
ALTER TABLE crmdesk.marks ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.marks FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.marks USING (vault = (SELECT crmdesk.my_vault()) OR (SELECT crmdesk.is_admin()));
ALTER TABLE crmdesk.key_slots ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.key_slots FORCE ROW LEVEL SECURITY;
CREATE POLICY own_vault ON crmdesk.key_slots USING (vault = (SELECT crmdesk.my_vault()) OR (SELECT crmdesk.is_admin()));
ALTER TABLE crmdesk.invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE crmdesk.invitations FORCE ROW LEVEL SECURITY;
CREATE POLICY own_role ON crmdesk.invitations
    USING (role = (SELECT oid FROM pg_roles WHERE rolname = session_user) OR (SELECT crmdesk.is_admin()));
GRANT SELECT, INSERT, UPDATE ON crmdesk.vaults TO @ADMIN@;
GRANT SELECT ON crmdesk.key_slots TO @ADMIN@;
GRANT SELECT, INSERT, DELETE ON crmdesk.desks, crmdesk.invitations TO @ADMIN@;
GRANT SELECT ON crmdesk.meta, crmdesk.records, crmdesk.events, crmdesk.marks TO @ADMIN@;

-- Refuses a blob that is missing, empty or larger than a record can be (a missing one would read as an
-- erasure to the other desks).
CREATE FUNCTION crmdesk.check_blob(p_blob bytea) RETURNS void
LANGUAGE plpgsql IMMUTABLE SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_blob IS NULL OR octet_length(p_blob) = 0 OR octet_length(p_blob) > 1048576 THEN
        RAISE EXCEPTION 'crmdesk: a sealed item must hold 1 byte to 1 MiB' USING ERRCODE = 'CD003';
    END IF;
END
$$;

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

-- Each move of a vault's head gets a mark of its own (crmdesk.marks).
CREATE FUNCTION crmdesk.mark_head() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO crmdesk.marks (vault, upto, mark) VALUES (NEW.id, NEW.head, gen_random_uuid());
    RETURN NULL;
END
$$;
CREATE TRIGGER head_marked AFTER UPDATE OF head ON crmdesk.vaults
    FOR EACH ROW WHEN (NEW.head > OLD.head) EXECUTE FUNCTION crmdesk.mark_head();

-- The vault's next number (its row locked by lock_vault), and a wake-up for the desks that listen.
CREATE FUNCTION crmdesk.take_seq(p_vault uuid) RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    given bigint;
BEGIN
    UPDATE crmdesk.vaults SET head = head + 1 WHERE id = p_vault RETURNING head INTO given;
    -- sent on commit, once a transaction however many numbers it took (the same payload is folded)
    PERFORM pg_notify('crmdesk_' || replace(p_vault::text, '-', ''), '');
    RETURN given;
END
$$;

-- New revisions of records, each based on its p_bases entry (0: a new record), in one go: the vault row
-- is locked once and its head moved once. Each answer, in order: 'stored' with the new number and
-- revision; 'conflict' with the server's revision, its key epoch and blob, when another desk wrote
-- first (nothing is written; the desk merges and pushes again); 'erased' when the record is erased
-- (nothing is written: an erasure is final).
CREATE FUNCTION crmdesk.push_records(p_vault uuid, p_epoch integer, p_ids uuid[], p_bases bigint[],
                                     p_blobs bytea[])
RETURNS TABLE (outcome text, seq bigint, revision bigint, key_epoch integer, blob bytea)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    found_row crmdesk.records;
    head_now bigint;
    first_head bigint;
BEGIN
    IF cardinality(p_ids) IS DISTINCT FROM cardinality(p_bases)
            OR cardinality(p_ids) IS DISTINCT FROM cardinality(p_blobs) OR cardinality(p_ids) > 10000 THEN
        RAISE EXCEPTION 'crmdesk: one base and one blob per record, at most 10,000' USING ERRCODE = 'CD003';
    END IF;
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    SELECT v.head INTO head_now FROM crmdesk.vaults v WHERE v.id = p_vault;
    first_head := head_now;
    FOR i IN 1 .. coalesce(cardinality(p_ids), 0) LOOP
        PERFORM crmdesk.check_blob(p_blobs[i]);
        SELECT * INTO found_row FROM crmdesk.records r WHERE r.vault = p_vault AND r.id = p_ids[i];
        IF FOUND AND found_row.erased THEN
            RETURN QUERY SELECT 'erased'::text, found_row.seq, found_row.revision, found_row.key_epoch, found_row.blob;
        ELSIF coalesce(found_row.revision, 0) <> p_bases[i] THEN
            RETURN QUERY SELECT 'conflict'::text, found_row.seq, found_row.revision, found_row.key_epoch,
                found_row.blob;
        ELSE
            head_now := head_now + 1;
            INSERT INTO crmdesk.records AS r (vault, id, revision, key_epoch, seq, blob)
                VALUES (p_vault, p_ids[i], p_bases[i] + 1, p_epoch, head_now, p_blobs[i])
                ON CONFLICT (vault, id) DO UPDATE SET revision = excluded.revision, key_epoch = excluded.key_epoch,
                seq = excluded.seq, blob = excluded.blob;
            RETURN QUERY SELECT 'stored'::text, head_now, p_bases[i] + 1, p_epoch, NULL::bytea;
        END IF;
        found_row := NULL;
    END LOOP;
    IF head_now > first_head THEN
        UPDATE crmdesk.vaults SET head = head_now WHERE id = p_vault;
        PERFORM pg_notify('crmdesk_' || replace(p_vault::text, '-', ''), '');
    END IF;
END
$$;

-- One record's new revision (push_records for one).
CREATE FUNCTION crmdesk.push_record(p_vault uuid, p_id uuid, p_base bigint, p_epoch integer, p_blob bytea)
RETURNS TABLE (outcome text, seq bigint, revision bigint, key_epoch integer, blob bytea)
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT * FROM crmdesk.push_records(p_vault, p_epoch, ARRAY[p_id], ARRAY[p_base], ARRAY[p_blob])
$$;

-- Erases a record for good: its ciphertext is gone, replaced by p_proof, the erasing desk's sealed word
-- for it (so the server cannot erase anyone: desks accept an erasure only with a proof that opens), and
-- every later write to it is refused. With p_base, only while the record is at that revision (a contact
-- merged away at the erasing desk, erased with the person it went into: not once another desk wrote it
-- again, keeping it apart); NULL when it is not.
CREATE FUNCTION crmdesk.erase_record(p_vault uuid, p_id uuid, p_epoch integer, p_proof bytea, p_base bigint)
RETURNS bigint
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    given bigint;
BEGIN
    PERFORM crmdesk.check_blob(p_proof);
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    IF p_base IS NOT NULL AND p_base IS DISTINCT FROM (SELECT r.revision FROM crmdesk.records r
            WHERE r.vault = p_vault AND r.id = p_id AND NOT r.erased) THEN
        RETURN NULL;
    END IF;
    given := crmdesk.take_seq(p_vault);
    INSERT INTO crmdesk.records AS r (vault, id, revision, key_epoch, seq, erased, blob)
        VALUES (p_vault, p_id, 1, p_epoch, given, true, p_proof)
        ON CONFLICT (vault, id) DO UPDATE
        SET revision = r.revision + 1, key_epoch = excluded.key_epoch, seq = excluded.seq, erased = true,
            blob = excluded.blob;
    DELETE FROM crmdesk.events e WHERE e.vault = p_vault AND e.subject = p_id;  -- their consents, with them
    RETURN given;
END
$$;

-- Events of the ledgers, each once: the same id again is the same event (a desk that lost the answer to
-- its push sends it again, sealed anew) and is not stored twice. The vault row is locked once and its
-- head moved once. An event about a person already erased is not stored: the erasure is final. Those
-- p_forgettable says (NULL: none) may be deleted later by crmdesk.forget_events; the ledgers' entries
-- (consent decisions) may not.
CREATE FUNCTION crmdesk.push_events(p_vault uuid, p_epoch integer, p_ids uuid[], p_subjects uuid[],
                                    p_blobs bytea[], p_forgettable boolean[])
RETURNS TABLE (event uuid, seq bigint)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    head_now bigint;
    first_head bigint;
    known bigint;
    me oid := (SELECT r.oid FROM pg_roles r WHERE r.rolname = session_user);
BEGIN
    IF cardinality(p_ids) IS DISTINCT FROM cardinality(p_subjects)
            OR cardinality(p_ids) IS DISTINCT FROM cardinality(p_blobs) OR cardinality(p_ids) > 10000 THEN
        RAISE EXCEPTION 'crmdesk: one subject and one blob per event, at most 10,000' USING ERRCODE = 'CD003';
    END IF;
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    SELECT v.head INTO head_now FROM crmdesk.vaults v WHERE v.id = p_vault;
    first_head := head_now;
    FOR i IN 1 .. coalesce(cardinality(p_ids), 0) LOOP
        PERFORM crmdesk.check_blob(p_blobs[i]);
        SELECT e.seq INTO known FROM crmdesk.events e WHERE e.vault = p_vault AND e.id = p_ids[i];
        IF FOUND THEN
            RETURN QUERY SELECT p_ids[i], known;
        ELSIF p_subjects[i] IS NOT NULL AND EXISTS (SELECT 1 FROM crmdesk.records r WHERE r.vault = p_vault
                AND r.id = p_subjects[i] AND r.erased) THEN
            RETURN QUERY SELECT p_ids[i], NULL::bigint;
        ELSE
            head_now := head_now + 1;
            INSERT INTO crmdesk.events (vault, id, subject, forgettable, author, key_epoch, seq, blob)
                VALUES (p_vault, p_ids[i], p_subjects[i], coalesce(p_forgettable[i], false), me, p_epoch, head_now,
                        p_blobs[i]);
            RETURN QUERY SELECT p_ids[i], head_now;
        END IF;
    END LOOP;
    IF head_now > first_head THEN
        UPDATE crmdesk.vaults SET head = head_now WHERE id = p_vault;
        PERFORM pg_notify('crmdesk_' || replace(p_vault::text, '-', ''), '');
    END IF;
END
$$;

-- Events deleted for good, by their ids: a desk's retention policy deleted them there (each desk keeps its
-- own policies; the others delete their copies by theirs). Only those pushed as forgettable: no desk can
-- take a consent decision off the server, which the other desks may not have yet. The number deleted.
CREATE FUNCTION crmdesk.forget_events(p_vault uuid, p_epoch integer, p_ids uuid[]) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    gone integer;
BEGIN
    IF cardinality(p_ids) > 10000 THEN
        RAISE EXCEPTION 'crmdesk: at most 10,000 events at once' USING ERRCODE = 'CD003';
    END IF;
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    DELETE FROM crmdesk.events e WHERE e.vault = p_vault AND e.id = ANY (p_ids) AND e.forgettable;
    GET DIAGNOSTICS gone = ROW_COUNT;
    IF gone > 0 THEN  -- a number of its own, so a put-back that undoes it is noticed (crmdesk.marks)
        PERFORM crmdesk.take_seq(p_vault);
    END IF;
    RETURN gone;
END
$$;

-- Which of p_ids the server holds as records, erased or not.
CREATE FUNCTION crmdesk.held_records(p_vault uuid, p_ids uuid[]) RETURNS SETOF uuid
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT r.id FROM crmdesk.records r WHERE r.vault = p_vault AND r.id = ANY (p_ids)
$$;

-- One event (push_events for one); its number.
CREATE FUNCTION crmdesk.push_event(p_vault uuid, p_id uuid, p_epoch integer, p_blob bytea) RETURNS bigint
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT p.seq FROM crmdesk.push_events(p_vault, p_epoch, ARRAY[p_id], ARRAY[NULL::uuid], ARRAY[p_blob], NULL) p
$$;

-- What changed after p_after and up to p_upto (NULL: the head), in the order it was written, at most
-- p_limit items: records, erasures (the erasing desk's sealed word as blob) and ledger events (with the role
-- of the desk that pushed each). A desk
-- reads up to the head it checked (crmdesk.vault_state), so it never reads past what it can check later.
CREATE FUNCTION crmdesk.pull(p_vault uuid, p_after bigint, p_limit integer, p_upto bigint)
RETURNS TABLE (seq bigint, item text, id uuid, revision bigint, key_epoch integer, blob bytea, author oid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    page integer := least(greatest(coalesce(p_limit, 1000), 1), 10000);
    last bigint := coalesce(p_upto, 9223372036854775807);
BEGIN
    IF p_vault IS DISTINCT FROM crmdesk.my_vault() THEN
        RAISE EXCEPTION 'crmdesk: not this desk''s vault' USING ERRCODE = '42501';
    END IF;
    -- each side walks its (vault, seq) index only as far as the page goes
    RETURN QUERY SELECT * FROM (
        (SELECT r.seq, CASE WHEN r.erased THEN 'erasure' ELSE 'record' END, r.id, r.revision, r.key_epoch, r.blob,
                NULL::oid FROM crmdesk.records r
            WHERE r.vault = p_vault AND r.seq > p_after AND r.seq <= last ORDER BY r.seq LIMIT page)
        UNION ALL
        (SELECT e.seq, 'event'::text, e.id, NULL::bigint, e.key_epoch, e.blob, e.author FROM crmdesk.events e
            WHERE e.vault = p_vault AND e.seq > p_after AND e.seq <= last ORDER BY e.seq LIMIT page)
    ) changed ORDER BY 1 LIMIT page;
END
$$;

-- A new team key: the epoch after p_from, sealed to the users who keep access, in one step with the
-- refusal of every later write under an older epoch. A push that holds the vault's lock ends first
-- (it was written under the epoch it was sealed with); every push after it must use the new key.
-- Invitations waiting hold the old key: they go (server.revoke drops their roles, and the revoked
-- desks' roles, in the same transaction). For administrators.
CREATE FUNCTION crmdesk.new_key_epoch(p_vault uuid, p_from integer, p_holders uuid[], p_public bytea[],
                                      p_desks oid[], p_sealed bytea[], p_proofs bytea[])
RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    now_epoch integer;
BEGIN
    IF NOT crmdesk.is_admin() THEN
        RAISE EXCEPTION 'crmdesk: for administrators' USING ERRCODE = '42501';
    END IF;
    IF coalesce(cardinality(p_holders), 0) = 0 OR cardinality(p_holders) <> cardinality(p_sealed)
            OR cardinality(p_holders) <> cardinality(p_public) OR cardinality(p_holders) <> cardinality(p_desks)
            OR cardinality(p_holders) <> cardinality(p_proofs) THEN
        RAISE EXCEPTION 'crmdesk: a new key needs one sealed copy per user who keeps access' USING ERRCODE = 'CD003';
    END IF;
    SELECT key_epoch INTO now_epoch FROM crmdesk.vaults WHERE id = p_vault FOR NO KEY UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'crmdesk: no such vault' USING ERRCODE = '42501';
    END IF;
    IF now_epoch <> p_from THEN
        RAISE EXCEPTION 'crmdesk: the key changed meanwhile (epoch %)', now_epoch USING ERRCODE = 'CD001';
    END IF;
    UPDATE crmdesk.vaults SET key_epoch = p_from + 1 WHERE id = p_vault;
    INSERT INTO crmdesk.key_slots (vault, epoch, holder, public_key, desk, sealed, proof)
        SELECT p_vault, p_from + 1, h, k, d, s, m
        FROM unnest(p_holders, p_public, p_desks, p_sealed, p_proofs) AS given(h, k, d, s, m);
    DELETE FROM crmdesk.invitations WHERE vault = p_vault;
    PERFORM pg_notify('crmdesk_' || replace(p_vault::text, '-', ''), 'key');
    RETURN p_from + 1;
END
$$;

-- Joining, in two steps, so that nobody learns anything from an invitation without using it up where the
-- shop can see it: redeem_invitation makes the invited role a desk of the vault, under the name it was
-- invited with (once, before it expires; the desk sets a password of its own in the same transaction),
-- and only a desk that joined so, in a later transaction, reads the team key sealed for the invitation
-- (joined_key). finish_join forgets it.
CREATE FUNCTION crmdesk.redeem_invitation(p_vault uuid)
RETURNS TABLE (generation uuid, name text, certificate text)
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    invited crmdesk.invitations;
    me oid := (SELECT oid FROM pg_roles WHERE rolname = session_user);
BEGIN
    SELECT * INTO invited FROM crmdesk.invitations i WHERE i.role = me AND i.vault = p_vault FOR UPDATE;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'crmdesk: no invitation waits for this role' USING ERRCODE = 'CD007';
    END IF;
    IF invited.expires_at < now() THEN
        RAISE EXCEPTION 'crmdesk: the invitation expired' USING ERRCODE = 'CD005';
    END IF;
    DELETE FROM crmdesk.invitations i WHERE i.role = me;
    INSERT INTO crmdesk.desks (role, vault, name, key_epoch, sealed_key)
        VALUES (me, p_vault, invited.name, invited.epoch, invited.sealed);
    EXECUTE format('GRANT %I TO %I', '@DESK_NAME@', session_user);  -- a desk now: its certificate, if asked for
    RETURN QUERY SELECT v.generation, invited.name, invited.certificate FROM crmdesk.vaults v WHERE v.id = p_vault;
END
$$;

CREATE FUNCTION crmdesk.joined_key(p_vault uuid)
RETURNS TABLE (epoch integer, sealed bytea)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT d.key_epoch, d.sealed_key FROM crmdesk.desks d
    WHERE d.role = (SELECT oid FROM pg_roles WHERE rolname = session_user) AND d.vault = p_vault
        AND d.sealed_key IS NOT NULL AND d.xmin::text::bigint <> txid_current() % 4294967296
$$;

CREATE FUNCTION crmdesk.finish_join(p_vault uuid) RETURNS void
LANGUAGE sql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    UPDATE crmdesk.desks SET key_epoch = NULL, sealed_key = NULL
    WHERE role = (SELECT oid FROM pg_roles WHERE rolname = session_user) AND vault = p_vault
$$;

-- A desk's users' copies of the team key of now (holders: crmdesk users of the desk's own vault). A
-- user whose copy another desk gave is refused: two desks' vaults holding one private key could not be
-- told apart when one of them is revoked (a desk starts from a vault of its own).
CREATE FUNCTION crmdesk.add_key_slots(p_vault uuid, p_epoch integer, p_holders uuid[], p_public bytea[],
                                      p_sealed bytea[], p_proofs bytea[])
RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
DECLARE
    me oid := (SELECT oid FROM pg_roles WHERE rolname = session_user);
BEGIN
    IF p_vault IS DISTINCT FROM crmdesk.my_vault() THEN
        RAISE EXCEPTION 'crmdesk: not this desk''s vault' USING ERRCODE = '42501';
    END IF;
    IF cardinality(p_holders) <> cardinality(p_sealed) OR cardinality(p_holders) <> cardinality(p_public)
            OR cardinality(p_holders) <> cardinality(p_proofs) THEN
        RAISE EXCEPTION 'crmdesk: one public key and one sealed copy per user' USING ERRCODE = 'CD003';
    END IF;
    PERFORM crmdesk.lock_vault(p_vault, p_epoch);
    IF EXISTS (SELECT 1 FROM crmdesk.key_slots k WHERE k.vault = p_vault AND k.epoch = p_epoch
               AND k.holder = ANY (p_holders) AND k.desk IS DISTINCT FROM me) THEN
        RAISE EXCEPTION 'crmdesk: a user of this desk holds the key at another desk' USING ERRCODE = 'CD006';
    END IF;
    INSERT INTO crmdesk.key_slots AS k (vault, epoch, holder, public_key, desk, sealed, proof)
        SELECT p_vault, p_epoch, h, pk, me, s, m FROM unnest(p_holders, p_public, p_sealed, p_proofs) AS given(h, pk, s, m)
        ON CONFLICT (vault, epoch, holder) DO UPDATE SET public_key = excluded.public_key, sealed = excluded.sealed,
            proof = excluded.proof;
END
$$;

-- The desks of the vault, by name, which of them is the one asking, and each one's role (what a desk's audit
-- checkpoints are known by).
CREATE FUNCTION crmdesk.team_desks(p_vault uuid)
RETURNS TABLE (name text, joined_at timestamptz, me boolean, role oid)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_vault IS DISTINCT FROM crmdesk.my_vault() THEN
        RAISE EXCEPTION 'crmdesk: not this desk''s vault' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT d.name, d.joined_at, r.rolname = session_user, d.role
        FROM crmdesk.desks d JOIN pg_roles r ON r.oid = d.role WHERE d.vault = p_vault ORDER BY d.joined_at, d.name;
END
$$;

-- The sealed copies of the team key of one epoch (each opens only with its user's private key).
CREATE FUNCTION crmdesk.key_slots(p_vault uuid, p_epoch integer)
RETURNS TABLE (holder uuid, sealed bytea)
LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    IF p_vault IS DISTINCT FROM crmdesk.my_vault() THEN
        RAISE EXCEPTION 'crmdesk: not this desk''s vault' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT k.holder, k.sealed FROM crmdesk.key_slots k WHERE k.vault = p_vault AND k.epoch = p_epoch;
END
$$;

-- The vault as the desk sees it: its last number, key epoch and generation, the mark standing for number
-- p_seen (the mark of the first move of the head to p_seen or past it; NULL when the head is behind it)
-- and the mark of the head.
CREATE FUNCTION crmdesk.vault_state(p_vault uuid, p_seen bigint)
RETURNS TABLE (head bigint, key_epoch integer, generation uuid, seen_mark uuid, head_mark uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT v.head, v.key_epoch, v.generation,
        (SELECT m.mark FROM crmdesk.marks m WHERE m.vault = v.id AND m.upto >= p_seen ORDER BY m.upto LIMIT 1),
        (SELECT m.mark FROM crmdesk.marks m WHERE m.vault = v.id AND m.upto = v.head)
    FROM crmdesk.vaults v WHERE v.id = p_vault
$$;

-- The mark standing for each of p_seen (as vault_state), NULL where the head is behind it: a desk that
-- finds the server put back learns which of the numbers it saw the server still holds as it saw them.
CREATE FUNCTION crmdesk.marks_at(p_vault uuid, p_seen bigint[])
RETURNS TABLE (seen bigint, mark uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, pg_temp AS $$
    SELECT n, (SELECT m.mark FROM crmdesk.marks m WHERE m.vault = p_vault AND m.upto >= n ORDER BY m.upto LIMIT 1)
    FROM unnest(p_seen) AS n
$$;

REVOKE ALL ON ALL FUNCTIONS IN SCHEMA crmdesk FROM PUBLIC;
GRANT EXECUTE ON FUNCTION crmdesk.push_record(uuid, uuid, bigint, integer, bytea),
    crmdesk.push_records(uuid, integer, uuid[], bigint[], bytea[]),
    crmdesk.erase_record(uuid, uuid, integer, bytea, bigint), crmdesk.push_event(uuid, uuid, integer, bytea),
    crmdesk.push_events(uuid, integer, uuid[], uuid[], bytea[], boolean[]), crmdesk.forget_events(uuid, integer, uuid[]),
    crmdesk.held_records(uuid, uuid[]),
    crmdesk.pull(uuid, bigint, integer, bigint), crmdesk.vault_state(uuid, bigint),
    crmdesk.marks_at(uuid, bigint[]), crmdesk.my_vault(),
    crmdesk.key_slots(uuid, integer), crmdesk.redeem_invitation(uuid), crmdesk.joined_key(uuid),
    crmdesk.finish_join(uuid),
    crmdesk.add_key_slots(uuid, integer, uuid[], bytea[], bytea[], bytea[]), crmdesk.team_desks(uuid) TO @DESK@;
GRANT EXECUTE ON FUNCTION crmdesk.redeem_invitation(uuid) TO @INVITED@;
GRANT EXECUTE ON FUNCTION crmdesk.my_vault(), crmdesk.is_admin(),
    crmdesk.new_key_epoch(uuid, integer, uuid[], bytea[], oid[], bytea[], bytea[]) TO @ADMIN@;
