"""/.well-known/security.txt (RFC 9116): where to report a security problem.

The expiry date is derived from the newest changelog entry, not from the clock, so
every build of the same data is identical; a new entry renews it.
"""

from __future__ import annotations

import datetime
from pathlib import Path

from ..facts.changes import Wijziging


def security_txt(log: tuple[Wijziging, ...], site_url: str) -> str:
    newest = datetime.date.fromisoformat(log[0].datum)
    expires = datetime.datetime.combine(newest + datetime.timedelta(days=364), datetime.time(0), datetime.UTC)
    return "\n".join([
        f"Contact: {site_url}colofon/#fout-melden",
        f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
        "Preferred-Languages: nl, en",
        f"Canonical: {site_url}.well-known/security.txt",
        "",
    ])


def write_security_txt(log: tuple[Wijziging, ...], site_url: str, site_dir: Path) -> None:
    target = site_dir / ".well-known" / "security.txt"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(security_txt(log, site_url), encoding="utf-8")
