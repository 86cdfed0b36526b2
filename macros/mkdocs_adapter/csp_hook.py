"""MkDocs hook: a Content-Security-Policy on every page that allows only this site.

The theme has a few small inline scripts; instead of allowing all inline script
('unsafe-inline'), the policy lists the hash of each one on that page. Loaded by
MkDocs by path, so no package imports here.
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)


def policy_for(html: str) -> str:
    hashes = sorted({
        "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"
        for body in INLINE_SCRIPT.findall(html)
    })
    return POLICY.format(hashes=" ".join(hashes)).replace("  ", " ")


def on_post_page(output: str, page: Any, config: Any) -> str:
    meta = (f'<meta http-equiv="Content-Security-Policy" content="{policy_for(output)}">'
            '<meta name="referrer" content="strict-origin-when-cross-origin">')
    # Right after the charset declaration, before any script, so it governs all of them.
    return re.sub(r'(<meta charset="utf-8">)', lambda m: m.group(1) + meta, output, count=1)


def on_post_template(output: str, template_name: str, config: Any) -> str:
    """The same policy on theme pages built outside the page loop, such as 404.html."""
    return on_post_page(output, None, config) if template_name.endswith(".html") else output
