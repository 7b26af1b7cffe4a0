"""A throwaway PostgreSQL cluster per test worker (tests/support/pg_cluster.py). Each test gets a
database of its own with the team schema installed, and a fresh team vault.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from crmdesk.core import vault
from crmdesk.core.team import server
from tests.conftest import CHEAP_KDF, OWNER, PASSPHRASES
from tests.support import pg_cluster
from tests.support.pg_cluster import Cluster

DESK_PASSWORD = "a desk's password"


def _running(made):
    if made is None:
        pytest.skip("PostgreSQL is not installed here (.ci/run installs Debian's postgresql)")
    try:
        yield made
    finally:
        made.stop()


@pytest.fixture(scope="session")
def cluster():
    yield from _running(pg_cluster.start())


@dataclass
class Team:
    cluster: Cluster
    dbname: str
    admin_role: str
    vault: str

    @property
    def admin(self) -> str:
        """The shop's administrator: owns the team's database and may create roles, no superuser."""
        return self.cluster.conninfo(user=self.admin_role, dbname=self.dbname)

    @property
    def operator(self) -> str:
        """Whoever runs the server: a superuser, who sees every row and every dump."""
        return self.cluster.conninfo(dbname=self.dbname)

    def desk(self, vault: str | None = None) -> str:
        """A new desk's role for ``vault`` (default: the team's), and its connection string."""
        role = f"desk_{uuid.uuid4().hex[:12]}"
        server.add_desk(self.admin, vault or self.vault, role, DESK_PASSWORD)
        return make_conninfo(self.cluster.conninfo(user=role, dbname=self.dbname), password=DESK_PASSWORD)


def new_team_database(cluster: Cluster, *, install: bool = True) -> tuple[str, str]:
    """A database owned by a new administrator who may create roles, with the team schema unless not
    ``install``; (database, admin)."""
    dbname, admin = cluster.new_admin_database(uuid.uuid4().hex[:12])
    if install:
        server.install(cluster.conninfo(user=admin, dbname=dbname))
    return dbname, admin


@pytest.fixture
def team(cluster):
    dbname, admin = new_team_database(cluster)
    yield Team(cluster, dbname, admin, server.create_vault(cluster.conninfo(user=admin, dbname=dbname)))
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {dbname} WITH (FORCE)")


@pytest.fixture
def bare_database(cluster):
    """An empty database and its administrator's connection string, as the shop's IT person hands them over."""
    dbname, admin = new_team_database(cluster, install=False)
    yield cluster.conninfo(user=admin, dbname=dbname)
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f"DROP DATABASE {dbname} WITH (FORCE)")


ADMIN_PASSWORD = "the shop administrator's secret"


@pytest.fixture(scope="module")
def tls_cluster():
    yield from _running(pg_cluster.start(tls=True))


def new_vault(tmp_path, name: str, failures):
    """A vault of its own, as `crmdesk init` makes it at a new desk, unlocked by its owner."""
    path = tmp_path / f"{name}.crmvault"
    vault.create_vault(path, owner_name=OWNER, passphrase=PASSPHRASES[OWNER], organisation="Bäckerei", kdf=CHEAP_KDF)
    return vault.unlock(path, OWNER, PASSPHRASES[OWNER], failures=failures)


@pytest.fixture
def shop(tls_cluster, monkeypatch):
    """A team database on the TLS server, before the desks' certificate authority is known to it, as the
    README's first steps leave it: (database, the administrator's connection string over the network)."""
    monkeypatch.setenv("PGSSLROOTCERT", str(tls_cluster.root_certificate))  # ~/.postgresql/root.crt, in effect
    dbname, admin = tls_cluster.new_admin_database(uuid.uuid4().hex[:12])
    with psycopg.connect(tls_cluster.conninfo(), autocommit=True) as conn:
        conn.execute(psycopg.sql.SQL("ALTER ROLE {} PASSWORD {}").format(psycopg.sql.Identifier(admin),
                                                                          psycopg.sql.Literal(ADMIN_PASSWORD)))
    tls_cluster.configure("hostssl all all 127.0.0.1/32 scram-sha-256\n")
    return dbname, make_conninfo(tls_cluster.network_conninfo(admin, dbname), password=ADMIN_PASSWORD)
