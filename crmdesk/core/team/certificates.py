"""The desks' certificates: each desk logs in to the team server over TLS with a certificate of its own,
issued by the team's small certificate authority, besides its password (README, "Several desks").

``team init`` makes the authority (an ECDSA P-256 key and a self-signed certificate) and the first desk's
certificate, without logging in as that desk: the server cannot know the new authority yet. The shop's
IT person gives PostgreSQL the authority's certificate (``ssl_ca_file``) and asks for a client
certificate from every desk role (``clientcert=verify-full``: signed by the authority, and made out to
the desk's own role, so one desk's certificate does not let another role in); the first desk's first
sync is its first login.

Every desk holds the authority's key, inside its encrypted vault, as it holds the team key: a desk
invites others, and a new desk makes its own certificate once it joined. A new desk's first login, with
the invitation, needs no certificate (PostgreSQL admits invited roles with their password alone); the
invitation brings a certificate that lasts as long as the invitation, with a key made from the
invitation's secret, so that a join cut short after the server took it can log in again; once joined,
the desk makes a key and a certificate no one else ever held.

The key a desk logs in with is written for libpq, encrypted with a random password that only the
connection string in memory holds, to a folder only this user can read, and removed when the connection
closes (``Identity``).
"""

from __future__ import annotations

import os
import secrets
import shutil
import stat
import tempfile
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from crmdesk.core.errors import OperationFailed
from crmdesk.core.language import tr

AUTHORITY_YEARS = 20
DESK_YEARS = 10
JOIN_GRACE = timedelta(days=14)  # an invitation's certificate outlasts it: a join cut short is finished with it
_CURVE = ec.SECP256R1()


@dataclass(frozen=True)
class Pair:
    """A certificate and its private key, both PEM."""

    certificate: str
    key: str


def _pem(key: ec.EllipticCurvePrivateKey) -> str:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption()).decode("ascii")


def _name(common: str) -> x509.Name:
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common)])


def new_authority(team: str) -> Pair:
    """The team's certificate authority: a new key and its self-signed certificate, named after ``team``
    (the team's database)."""
    key = ec.generate_private_key(_CURVE)
    now = datetime.now(UTC) - timedelta(minutes=5)  # a server whose clock runs a little behind takes it too
    name = _name(f"crmdesk desks of {team}"[:64])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(x509.random_serial_number()).not_valid_before(now)
                   .not_valid_after(now + timedelta(days=365 * AUTHORITY_YEARS))
                   .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
                   .add_extension(x509.KeyUsage(digital_signature=False, content_commitment=False,
                                                key_encipherment=False, data_encipherment=False, key_agreement=False,
                                                key_cert_sign=True, crl_sign=True, encipher_only=False,
                                                decipher_only=False), critical=True)
                   .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
                   .sign(key, hashes.SHA256()))
    return Pair(certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"), _pem(key))


def issue(authority: Pair, role: str, key: ec.EllipticCurvePrivateKey | None = None,
          until: datetime | None = None) -> Pair:
    """A certificate for the desk role ``role`` (its common name, as ``clientcert=verify-full`` wants), for
    ``key`` (default: a new one), valid until ``until`` (default: ``DESK_YEARS``)."""
    key = key or ec.generate_private_key(_CURVE)
    issuer_key = serialization.load_pem_private_key(authority.key.encode("ascii"), password=None)
    issuer = x509.load_pem_x509_certificate(authority.certificate.encode("ascii"))
    now = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (x509.CertificateBuilder().subject_name(_name(role)).issuer_name(issuer.subject)
                   .public_key(key.public_key()).serial_number(x509.random_serial_number()).not_valid_before(now)
                   .not_valid_after(until or now + timedelta(days=365 * DESK_YEARS))
                   .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.CLIENT_AUTH]), critical=False)
                   .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(issuer_key.public_key()),
                                  critical=False)
                   .sign(issuer_key, hashes.SHA256()))
    return Pair(certificate.public_bytes(serialization.Encoding.PEM).decode("ascii"), _pem(key))


def invitation_key(secret: bytes) -> ec.EllipticCurvePrivateKey:
    """The key of an invitation's certificate, made from its secret: the inviting desk and the joining one
    both make it, and nobody else can."""
    material = HKDF(hashes.SHA256(), 48, salt=None, info=b"crmdesk team invitation certificate").derive(secret)
    order = 0xFFFFFFFF00000000FFFFFFFFFFFFFFFFBCE6FAADA7179E84F3B9CAC2FC632551  # of P-256
    return ec.derive_private_key(int.from_bytes(material, "big") % (order - 1) + 1, _CURVE)


def of_invitation(secret: bytes, certificate: str) -> Pair:
    """The certificate an invitation brought, with its key (``invitation_key``)."""
    return Pair(certificate, _pem(invitation_key(secret)))


class Identity:
    """A desk's certificate and key as files libpq reads while a connection lives (``options``): the key
    encrypted with a random password, in a folder of this user's only; gone at ``close``."""

    def __init__(self, pair: Pair):
        password = secrets.token_urlsafe(24)
        key = serialization.load_pem_private_key(pair.key.encode("ascii"), password=None)
        sealed = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                   serialization.BestAvailableEncryption(password.encode()))
        self.folder: Path | None = None
        try:
            self.folder = Path(tempfile.mkdtemp(prefix="crmdesk-desk-"))
            self._write("desk.crt", pair.certificate.encode("ascii"))
            self._write("desk.key", sealed)
        except BaseException as exc:
            self.close()
            if isinstance(exc, OSError):  # a full or read-only temporary folder
                raise OperationFailed(tr("This desk's certificate could not be written for its connection to the "
                                         "team server ({reason}); free some space in the temporary folder and "
                                         "try again.").format(reason=exc.strerror or exc)) from exc
            raise
        self.options = {"sslcert": str(self.folder / "desk.crt"), "sslkey": str(self.folder / "desk.key"),
                        "sslpassword": password}

    def _write(self, name: str, data: bytes) -> None:
        path = self.folder / name
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, stat.S_IRUSR | stat.S_IWUSR)
        with os.fdopen(descriptor, "wb") as out:
            out.write(data)

    def close(self) -> None:
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)
