"""HTML for the page the preview (`./site-build.sh serve`) shows while the data has errors."""

from __future__ import annotations

from ..reading.problems import DataError
from .render import render


def foutpagina_html(error: DataError) -> str:
    """Every problem of the data, as `check` reports it (file:line:column), for the browser."""
    return render("fout.html", problems=error.problems)
