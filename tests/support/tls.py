"""A server certificate for a throwaway PostgreSQL over TLS, as the shop's IT person makes one (README,
"Several desks"): a certificate authority of the shop's and a certificate for the server's name."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from crmdesk.core.team.certificates import Pair, new_authority


def server_certificate(host: str = "localhost") -> tuple[str, Pair]:
    """(the shop's CA certificate, the server's certificate and key for ``host``)."""
    authority = new_authority("the shop's server")
    issuer_key = serialization.load_pem_private_key(authority.key.encode(), password=None)
    issuer = x509.load_pem_x509_certificate(authority.certificate.encode())
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(UTC) - timedelta(minutes=5)
    certificate = (x509.CertificateBuilder().subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)]))
                   .issuer_name(issuer.subject).public_key(key.public_key()).serial_number(x509.random_serial_number())
                   .not_valid_before(now).not_valid_after(now + timedelta(days=30))
                   .add_extension(x509.SubjectAlternativeName([x509.DNSName(host)]), critical=False)
                   .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
                   .sign(issuer_key, hashes.SHA256()))
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    return authority.certificate, Pair(certificate.public_bytes(serialization.Encoding.PEM).decode(), pem.decode())


def common_name(certificate: str) -> str:
    """The common name a certificate is made out to (a desk's: its database role)."""
    found = x509.load_pem_x509_certificate(certificate.encode("ascii")).subject
    return str(found.get_attributes_for_oid(NameOID.COMMON_NAME)[0].value)
