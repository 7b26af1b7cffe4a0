"""Where the files under ``resources/`` live (fonts, icons, texts)."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    path = ROOT.joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"crmdesk resource missing: {'/'.join(parts)}")
    return path
