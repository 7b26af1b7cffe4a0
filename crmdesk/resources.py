"""Where the files under ``resources/`` live (fonts, style sheet, schemas).

In the repository they are the top-level folder ``resources/``; an installed
wheel (and a bundle) carries them inside the package as
``crmdesk/_resources``. The same call finds them in all three.

The desktop entry and AppStream file live in ``packaging/linux/`` in the
repository and in ``_resources/linux`` when installed.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_INSTALLED = _PACKAGE / "_resources"
ROOT = _INSTALLED if _INSTALLED.is_dir() else _PACKAGE.parent / "resources"
# Folders that the source tree keeps elsewhere than resources/.
_SOURCE_TREE = {} if ROOT == _INSTALLED else {"linux": _PACKAGE.parent / "packaging" / "linux"}


def resource_path(*parts: str) -> Path:
    base = _SOURCE_TREE.get(parts[0]) if parts else None
    path = base.joinpath(*parts[1:]) if base else ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"crmdesk resource missing: {'/'.join(parts)}")
    return path
