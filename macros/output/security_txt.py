"""/.well-known/security.txt (RFC 9116): where to report a security problem.

Expires is set from the day of the build, never from dates in the data (an entry
dated years ahead must not stretch it), and stays under a year ahead, as RFC 9116
advises. For reproducible builds, SOURCE_DATE_EPOCH (the common convention) fixes
that day; within one day every build of the same data is identical anyway.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from ..formatting.dates import build_day
from ..settings import contact_url

FILE = ".well-known/security.txt"
VALID_FOR = datetime.timedelta(days=180)


def security_txt(site_url: str, day: datetime.date, contact: str | None = None) -> str:
    expires = datetime.datetime.combine(day + VALID_FOR, datetime.time(0), datetime.UTC)
    # RFC 9116: the most preferred contact first; the publisher's own address when known.
    direct = [f"Contact: {contact_url(contact)}"] if contact else []
    return "\n".join([
        *direct,
        f"Contact: {site_url}colofon/#fout-melden",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {site_url}{FILE}",
        "",
    ])


def write_security_txt(site_url: str, site_dir: Path, contact: str | None = None) -> None:
    target = site_dir / FILE
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(security_txt(site_url, build_day(), contact), encoding="utf-8")
