"""A throwaway PostgreSQL cluster: a socket in a temporary folder, no TCP at all (tests/team, make bench).

It runs as the ``postgres`` user when started as root (PostgreSQL refuses root); ``.ci/run`` installs
Debian's ``postgresql``. Logins need their password (SCRAM), as on a shop's server, except the
operator (``postgres``) and members of ``shop_admins``, the shop administrators made by tests.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import psycopg


def tool(name: str) -> str | None:
    """A PostgreSQL program of the newest version installed (pg_ctl, pg_dump, psql)."""
    found = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"))
    return found[-1] if found else shutil.which(name)


@dataclass
class Cluster:
    socket: str
    as_user: list[str]
    base: Path
    port: int = 5432  # also the socket's name
    root_certificate: Path | None = None  # with ``tls``: the shop's CA, which signed the server's certificate

    def conninfo(self, user: str = "postgres", dbname: str = "postgres") -> str:
        return f"host={self.socket} port={self.port} user={user} dbname={dbname}"

    def network_conninfo(self, user: str, dbname: str) -> str:
        """As a desk on the shop's network reaches it: TCP on the loopback, TLS, the server's certificate
        checked against the shop's CA (PGSSLROOTCERT names it)."""
        return f"host=localhost port={self.port} user={user} dbname={dbname} sslmode=verify-full"

    def configure(self, hba: str, **settings: str) -> None:
        """``pg_hba.conf`` as given (after the operator's and the test administrators' lines) and settings,
        then a reload, as the shop's IT person does."""
        (self.base / "data" / "pg_hba.conf").write_text(
            "local all postgres trust\nlocal all +shop_admins trust\nlocal all all scram-sha-256\n" + hba)
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            for name, value in settings.items():
                conn.execute(f"ALTER SYSTEM SET {name} = '{value}'")
            conn.execute("SELECT pg_reload_conf()")

    def install(self, name: str, text: str) -> None:
        """A file in the data folder, the server's own (a certificate, a key)."""
        path = self.base / "data" / name
        path.write_text(text)
        if self.as_user:
            shutil.chown(path, "postgres", "postgres")
        path.chmod(0o600)

    def tool(self, name: str) -> str:
        return tool(name) or name

    def run(self, *command: str) -> subprocess.CompletedProcess:
        return subprocess.run([*self.as_user, *command], check=True, capture_output=True, text=True)

    def new_admin_database(self, tag: str) -> tuple[str, str]:
        """A database owned by a new shop administrator who may create roles: (database, admin)."""
        dbname, admin = f"team_{tag}", f"shop_admin_{tag}"
        with psycopg.connect(self.conninfo(), autocommit=True) as conn:
            conn.execute(f"CREATE ROLE {admin} LOGIN CREATEROLE IN ROLE shop_admins")
            conn.execute(f"CREATE DATABASE {dbname} OWNER {admin}")
        return dbname, admin

    def restart(self) -> None:
        """The server stopped at once, every connection cut, and started again (crash recovery included)."""
        self.run(self.tool("pg_ctl"), "-D", str(self.base / "data"), "-l", str(self.base / "log"), "-m", "immediate",
                 "-w", "restart")

    def stop(self) -> None:
        subprocess.run([*self.as_user, self.tool("pg_ctl"), "-D", str(self.base / "data"), "-m", "immediate", "-w",
                        "stop"], capture_output=True)
        shutil.rmtree(self.base, ignore_errors=True)


def start(*, durable: bool = False, tls: bool = False) -> Cluster | None:
    """A running cluster, or None where PostgreSQL is not installed. ``durable``: with fsync, as a real
    server runs (for speed figures); tests run without. ``tls``: it listens on the loopback too, on a free
    port, with TLS and a certificate for ``localhost`` (``root_certificate``)."""
    initdb, pg_ctl = tool("initdb"), tool("pg_ctl")
    if initdb is None or pg_ctl is None:
        return None
    base = Path(tempfile.mkdtemp(prefix="crmdesk-pg-"))
    as_user = []
    if os.geteuid() == 0:
        shutil.chown(base, "postgres", "postgres")
        as_user = ["runuser", "-u", "postgres", "--"]
    data, socket = base / "data", base / "socket"
    made = Cluster(str(socket), as_user, base, _free_port() if tls else 5432)
    made.run("mkdir", str(socket))
    made.run(initdb, "-D", str(data), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8")
    (data / "pg_hba.conf").write_text("local all postgres trust\nlocal all +shop_admins trust\n"
                                      "local all all scram-sha-256\n")
    fast = "" if durable else " -c fsync=off -c full_page_writes=off"
    listen = "''"
    if tls:
        from tests.support.tls import server_certificate

        root, pair = server_certificate("localhost")
        made.root_certificate = base / "root.crt"
        made.root_certificate.write_text(root)
        made.install("server.crt", pair.certificate)
        made.install("server.key", pair.key)
        listen = f"127.0.0.1 -p {made.port} -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key"
    made.run(pg_ctl, "-D", str(data), "-l", str(base / "log"), "-w", "-o",
             f"-k {socket} -c listen_addresses={listen}{fast}", "start")
    with psycopg.connect(made.conninfo(), autocommit=True) as conn:
        conn.execute("CREATE ROLE shop_admins NOLOGIN")
    return made


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]
