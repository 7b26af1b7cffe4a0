"""A throwaway PostgreSQL cluster per test worker: a socket in a temporary folder, no TCP at all.

The cluster runs as the ``postgres`` user when the tests run as root (PostgreSQL refuses root);
``.ci/run`` installs Debian's ``postgresql``. Each test gets a database of its own with the team
schema installed, and a fresh team vault.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from dataclasses import dataclass
from pathlib import Path

import psycopg
import pytest
from psycopg.conninfo import make_conninfo

from crmdesk.core.team import server


def _tool(name: str) -> str | None:
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


DESK_PASSWORD = "a desk's password"


@dataclass
class Cluster:
    socket: str
    as_user: list[str]

    def conninfo(self, user: str = "postgres", dbname: str = "postgres") -> str:
        return f"host={self.socket} user={user} dbname={dbname}"

    def tool(self, name: str) -> str:
        """A PostgreSQL program of the cluster's own version (pg_dump, psql)."""
        return _tool(name) or name

    def run(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *command], check=True, capture_output=True, text=True)


@pytest.fixture(scope="session")
def cluster():
    initdb, pg_ctl = _tool("initdb"), _tool("pg_ctl")
    if initdb is None or pg_ctl is None:
        pytest.skip("PostgreSQL is not installed here (.ci/run installs Debian's postgresql)")
    base = Path(tempfile.mkdtemp(prefix="crmdesk-pg-"))
    as_user = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, socket = base / "data", base / "socket"
    made = Cluster(str(socket), as_user)
    made.run("mkdir", str(socket))
    made.run(initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")
    # As a shop's server is set up: every login with its password (SCRAM); the operator and the tests' shop
    # administrators without, so the tests need not carry theirs.
    (data / "pg_hba.conf").write_text("local all postgres trust\nlocal all +shop_admins trust\n"
                                      "local all all scram-sha-256\n")
    made.run(pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-o",
             f"-k {socket} -c listen_addresses='' -c fsync=off -c full_page_writes=off", "start")
    with psycopg.connect(made.conninfo(), autocommit=True) as conn:
        conn.execute("CREATE ROLE shop_admins NOLOGIN")
    try:
        yield made
    finally:
        subprocess.run([*as_user, pg_ctl, "-D", str(data), "-m", "immediate", "-w", "stop"], capture_output=True)
        shutil.rmtree(base, ignore_errors=True)


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
    tag = uuid.uuid4().hex[:12]
    dbname, admin = f"team_{tag}", f"shop_admin_{tag}"
    with psycopg.connect(cluster.conninfo(), autocommit=True) as conn:
        conn.execute(f"CREATE ROLE {admin} LOGIN CREATEROLE IN ROLE shop_admins")
        conn.execute(f"CREATE DATABASE {dbname} OWNER {admin}")
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
