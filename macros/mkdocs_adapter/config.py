"""Hand the settings to MkDocs: the generator's own config gets its addresses from
`macros.settings`, so mkdocs.yml, the templates and the hooks never read the environment.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from ..settings import Settings

# The names MkDocs itself derives for a repository address (mkdocs.config: RepoName).
KNOWN_FORGES = {"github.com": "GitHub", "bitbucket.org": "Bitbucket", "gitlab.com": "GitLab"}


def apply_settings(conf: Any, settings: Settings) -> None:
    """Fill site_url, repo_url, repo_name and edit_uri; values set otherwise (serve) win."""
    if not conf.get("site_url"):
        conf["site_url"] = settings.site_url
    if settings.repo_url and not conf.get("repo_url"):
        conf["repo_url"] = settings.repo_url
        if conf.get("repo_name") is None:
            host = urlsplit(settings.repo_url).netloc.lower()
            conf["repo_name"] = KNOWN_FORGES.get(host, host.split(".")[0].title())
    if conf.get("repo_url"):
        conf["edit_uri"] = f"edit/{settings.branch}/content/"
    else:
        # Without REPO_URL an edit link would be a dead relative link (and `serve` warns).
        conf["edit_uri"] = None
    conf["extra"]["settings"] = settings
