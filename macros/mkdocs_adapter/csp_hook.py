"""MkDocs hook: a Content-Security-Policy on every page that allows only this site's scripts.

The theme has a few small inline scripts. Instead of allowing all inline script
('unsafe-inline'), the policy lists the hash of each inline script that the theme's
and our own templates contain, rendered for the page at hand. Those scripts are
taken from the template sources when the build starts, never from the built page:
a script that reaches a page any other way (say, through a data value) is not in the
list, so the browser refuses to run it, and `macros.guard` refuses to publish it.
(Loaded by MkDocs by path, so no package imports here.)
"""

from __future__ import annotations

import base64
import hashlib
import re
from typing import Any
from urllib.parse import urlsplit

import jinja2
from mkdocs.utils import get_relative_url

INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
POLICY = (
    "default-src 'self'; script-src 'self' {hashes}; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
    "base-uri 'self'; form-action 'self'"
)

# The inline script bodies of every template, compiled; filled by on_env.
_template_scripts: list[jinja2.Template] = []


def script_hash(body: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode() + "'"


def on_env(env: jinja2.Environment, config: Any, files: Any) -> jinja2.Environment:
    """Collect the inline scripts from the sources of all theme and override templates."""
    _template_scripts.clear()
    for name in sorted(env.list_templates(extensions=["html"])):
        source = env.loader.get_source(env, name)[0] if env.loader else ""
        _template_scripts.extend(env.from_string(body) for body in INLINE_SCRIPT.findall(source))
    return env


def policy_for(config: Any, base_url: str, page: Any = None) -> str:
    """The policy for one page: the hashes of the template scripts as rendered for it."""
    context = {"config": config, "base_url": base_url, "page": page,
               "features": config["theme"].get("features", [])}
    hashes = set()
    for template in _template_scripts:
        try:
            hashes.add(script_hash(template.render(context)))
        except jinja2.UndefinedError:
            # Needs context these pages never have (an announcement bar, analytics):
            # such a script is not on them, so it need not be allowed.
            continue
    return POLICY.format(hashes=" ".join(sorted(hashes)))


def with_policy(output: str, policy: str) -> str:
    meta = (f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            '<meta name="referrer" content="strict-origin-when-cross-origin">')
    # Right after the charset declaration, before any script, so it governs all of them.
    return re.sub(r'(<meta charset="utf-8">)', lambda m: m.group(1) + meta, output, count=1)


def on_post_page(output: str, page: Any, config: Any) -> str:
    return with_policy(output, policy_for(config, get_relative_url(".", page.url), page))


def on_post_template(output: str, template_name: str, config: Any) -> str:
    """The same policy on theme pages built outside the page loop, such as 404.html."""
    if not template_name.endswith(".html"):
        return output
    # As MkDocs builds them: error pages get the site's root path, others a relative one.
    is_error_page = template_name.split("/")[-1][:3].isdigit()
    base_url = urlsplit(config["site_url"] or "/").path if is_error_page else get_relative_url(".", template_name)
    return with_policy(output, policy_for(config, base_url))
