"""Where the files under ``resources/`` live (fonts, style sheet, schemas).

In the repository they are the top-level folder ``resources/``; an installed
wheel (and a bundle) carries them inside the package as
``crmdesk/_resources``. The same call finds them in all three.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_resources"
ROOT = _INSTALLED if _INSTALLED.is_dir() else _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"crmdesk resource missing: {'/'.join(parts)}")
    return path
