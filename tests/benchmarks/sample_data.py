"""Made-up contact files for benchmarks (no real people's data)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from crmdesk.core.imports.demo import make_contact

HEADERS = ["First Name", "Last Name", "Company", "E-mail Address", "Mobile Phone", "City",
           "Categories", "Notes", "Created"]


def write_csv(path: Path, rows: int, seed: int = 11) -> Path:
    """An Outlook-style CSV of ``rows`` synthetic contacts, UTF-8."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADERS)
        for n in range(rows):
            c = make_contact(rng, n)
            writer.writerow([
                c.given_name, c.family_name, c.organisation, c.emails[0].value,
                c.phones[0].value if c.phones else "", c.addresses[0].city if c.addresses else "",
                ";".join(c.tags), c.notes, f"{rng.randint(2010, 2025)}-{rng.randint(1, 12):02d}-15",
            ])
    return path
