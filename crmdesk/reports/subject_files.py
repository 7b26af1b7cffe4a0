"""Writing one person's data to files: the access report PDF, the JSON
export, or both in a ZIP (AES-256 encrypted as a whole when a password is
given) — for the command line and the Requests page alike.

The data is collected once (audited), every file is written atomically, a
failure removes what was already written, and the files made are recorded
(with a request, as its artefacts). Threading: blocks; the window calls it
off the UI thread.
"""

from __future__ import annotations

import hashlib
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

import pyzipper

from crmdesk.core.errors import OperationFailed, UsageError
from crmdesk.core.fsutil import atomic_write
from crmdesk.core.language import tr
from crmdesk.core.privacy import subject_data
from crmdesk.core.vault.session import Session
from crmdesk.io import portability
from crmdesk.reports import access_report

MIN_PASSWORD = 8


@dataclass(frozen=True)
class Written:
    path: Path
    kind: str
    sha256: str


def check_password(password: str | None) -> None:
    if password is not None and len(password) < MIN_PASSWORD:
        raise UsageError(tr("The PDF password is shorter than {MIN_PASSWORD} characters; choose a longer "
                            "one.").format(MIN_PASSWORD=MIN_PASSWORD))


def default_names(reference: str | None, contact_id: str) -> tuple[str, str]:
    """File names for the PDF and the JSON inside a ZIP or a folder."""
    name = reference or contact_id[:8]
    return f"access-report-{name}.pdf", f"personal-data-{name}.json"


def _zip(names: tuple[str, str], report: bytes, document: bytes, password: str | None) -> bytes:
    """The PDF and the JSON in one ZIP; with a password the whole archive is
    AES-256 encrypted (WinZip AE-2), so the JSON is as protected as the PDF."""
    out = io.BytesIO()
    if password is None:
        archive = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
    else:
        archive = pyzipper.AESZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, encryption=pyzipper.WZ_AES)
        archive.setpassword(password.encode("utf-8"))
        archive.setencryption(pyzipper.WZ_AES, nbits=256)
    with archive:
        archive.writestr(names[0], report)
        archive.writestr(names[1], document)
    return out.getvalue()


def write_subject_files(session: Session, contact_id: str, *, request_reference: str | None = None,
                        pdf: Path | None = None, json_file: Path | None = None, zip_file: Path | None = None,
                        password: str | None = None, language: str | None = None
                        ) -> tuple[subject_data.SubjectData, list[Written]]:
    """Collect the person's data and write the files asked for, in ``language`` (default: the person's,
    else the shop's). Needs REQUESTS."""
    check_password(password)
    data = subject_data.collect(session, contact_id, request_reference=request_reference, language=language)
    report = access_report.render(data, password=password) if pdf or zip_file else b""
    document = portability.to_json(data)
    planned = [(pdf, "access report (PDF)", report), (json_file, "data export (JSON)", document)]
    if zip_file is not None:
        planned.append((zip_file, "access report and data (ZIP)",
                        _zip(default_names(request_reference, data.contact.id), report, document, password)))
    written: list[Written] = []
    try:
        for path, kind, content in planned:
            if path is not None:
                atomic_write(path, content)
                written.append(Written(path, kind, hashlib.sha256(content).hexdigest()))
        # A file is handed over only with its record in the register: if that cannot be kept (the vault's
        # disk is full or read-only), the files go too.
        subject_data.record_export(session, data, [(w.kind, w.sha256) for w in written])
    except OSError as exc:
        _remove(written)
        raise OperationFailed(tr("The export cannot be written ({value}); choose another folder. Nothing "
                                 "was exported.").format(value=exc.strerror or 'error')) from None
    except BaseException:
        _remove(written)
        raise
    return data, written


def _remove(written: list[Written]) -> None:
    for done in written:
        done.path.unlink(missing_ok=True)
