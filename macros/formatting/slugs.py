"""Readable slugs for web addresses and anchors."""

from __future__ import annotations

import re
import unicodedata


def gemeente_slug(naam: str) -> str:
    """'s-Hertogenbosch -> s-hertogenbosch: the anchor of a municipality on the overview."""
    ascii_name = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
