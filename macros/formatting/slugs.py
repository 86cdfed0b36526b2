"""Readable slugs for web addresses and anchors."""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

# A slug is also a file name (a municipality's page): beyond this length it is cut, with a short
# hash of the whole name, so two long names never share an address. No real name comes near it.
MAX_SLUG = 80


# Pure and asked for the same few hundred names many thousand times (pages, anchors, filters).
@functools.cache
def gemeente_slug(naam: str) -> str:
    """'s-Hertogenbosch -> s-hertogenbosch: the address of a municipality's page, and its anchor
    on the initiatives overview."""
    ascii_name = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(slug) <= MAX_SLUG:
        return slug
    digest = hashlib.sha1(naam.encode("utf-8")).hexdigest()[:8]
    return f"{slug[:MAX_SLUG - 9].rstrip('-')}-{digest}"
