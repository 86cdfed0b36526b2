"""The configuration a generator builds with: the project's mkdocs.yml (site name, theme,
menu, Markdown extensions), pointed at the pre-rendered folder, with the addresses of
the settings filled in.

mkdocs.yml is the one place for what every generator reads alike; what only our build
knows (the addresses from SITE_URL and REPO_URL, the publisher, the feeds) is added
here, so the theme's templates never read the environment.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

from ..settings import Settings

# What mkdocs.yml may hold for our own build only: a generator never sees it.
OURS = ("watch", "hooks")

# The names MkDocs itself derives for a repository address (mkdocs.config: RepoName).
KNOWN_FORGES = {"github.com": "GitHub", "bitbucket.org": "Bitbucket", "gitlab.com": "GitLab"}


class GeneratorError(Exception):
    """The generator could not build the site; the message says why and what to do, in Dutch."""


@dataclass(frozen=True)
class Job:
    """One build: the project, the pre-rendered folder, where the site goes, and the settings."""

    project_dir: Path
    build_dir: Path  # holds docs/ (from the pre-render step) and the generator's config
    site_dir: Path
    settings: Settings

    @property
    def docs(self) -> Path:
        return self.build_dir / "docs"


def project_config(project_dir: Path) -> dict[str, Any]:
    path = project_dir / "mkdocs.yml"
    try:
        config = yaml.safe_load(path.read_text("utf-8"))
    except (OSError, yaml.YAMLError) as error:
        raise GeneratorError(f"mkdocs.yml is niet te lezen ({error}); zet de laatste goede versie terug "
                             "(git checkout mkdocs.yml)") from None
    if not isinstance(config, dict):
        raise GeneratorError("mkdocs.yml is geen lijst van instellingen; zet de laatste goede versie terug")
    return config


def generator_config(job: Job) -> dict[str, Any]:
    """mkdocs.yml for the pre-rendered folder: docs and site folder, addresses, theme overrides."""
    config = {k: v for k, v in project_config(job.project_dir).items() if k not in OURS}
    settings = job.settings
    config["docs_dir"] = str(job.docs)
    config["site_dir"] = str(job.site_dir)
    config["site_url"] = settings.site_url
    config["strict"] = True
    theme = dict(config.get("theme") or {})
    if theme.get("custom_dir"):
        theme["custom_dir"] = str((job.project_dir / theme["custom_dir"]).resolve())
    config["theme"] = theme
    # Edit links are the pre-render step's (page.meta.bewerken): it knows which data file made a page.
    config["edit_uri"] = ""
    if settings.repo_url:
        config["repo_url"] = settings.repo_url
        host = urlsplit(settings.repo_url).netloc.lower()
        config.setdefault("repo_name", KNOWN_FORGES.get(host, host.split(".")[0].title()))
    extra = {k: v for k, v in (config.get("extra") or {}).items() if k != "generator"}
    extra["settings"] = asdict(settings)
    config["extra"] = extra
    return config


def write_config(job: Job, name: str = "mkdocs.yml") -> Path:
    target = job.build_dir / name
    target.write_text(yaml.safe_dump(generator_config(job), allow_unicode=True, sort_keys=False), "utf-8")
    return target
