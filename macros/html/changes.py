"""HTML for the Wijzigingen page: the changelog, newest first, and how to subscribe."""

from __future__ import annotations

from ..facts.budget import Begroting
from ..facts.changes import Wijziging
from ..facts.ledger import published_amounts
from ..facts.route import Route
from ..formatting import urls as routes
from ..formatting.dates import datum_nl
from ..output.feeds import FEEDS
from .budget import Linker, bedrag_html
from .markup import attr, link, tabel_regio, tekst


def wijzigingen_html(log: tuple[Wijziging, ...], begroting: Begroting, route: Route | None,
                     linker: Linker) -> str:
    names = {feit: name for feit, (_, _, name) in published_amounts(begroting, route).items()}
    entries = []
    for entry in log:
        pages = ", ".join(link(linker(routes.page_path(p)), tekst(p.removesuffix(".md"))) for p in entry.paginas)
        figures = ""
        if entry.cijfers:
            rows = "".join(
                f'<tr><th scope="row">{tekst(names.get(c.feit, c.feit))}</th>'
                f"<td>{bedrag_html(c.oud, 'wijziging:oud') if c.oud is not None else '—'}</td>"
                f"<td>{bedrag_html(c.nieuw, 'wijziging:nieuw') if c.nieuw is not None else '—'}</td></tr>"
                for c in entry.cijfers
            )
            figures = (
                tabel_regio("Gewijzigde bedragen")
                + '<table class="wijziging-cijfers"><caption>Gewijzigde bedragen</caption><thead><tr>'
                '<th scope="col">Bedrag</th><th scope="col">Was</th><th scope="col">Wordt</th></tr></thead>'
                f"<tbody>{rows}</tbody></table></div>"
            )
        entries.append(
            f'<article class="wijziging" id="{attr(routes.wijziging_anchor(entry.id))}" '
            f'data-wijziging="{attr(entry.id)}">'
            f'<h2>{tekst(entry.titel)}</h2><p><time datetime="{attr(entry.datum)}">{tekst(datum_nl(entry.datum))}'
            f"</time></p><p>{tekst(entry.samenvatting)}</p>{figures}<p>Pagina's: {pages}</p></article>"
        )
    return "\n".join(entries)


def abonneren_html(linker: Linker) -> str:
    return (
        '<div class="abonneren" id="abonneren"><p><strong>Volg de wijzigingen</strong> met een feedlezer: '
        "een app of website die nieuwe berichten van sites voor u verzamelt, zonder dat u zich ergens "
        "hoeft aan te melden. Voeg daarin een van deze adressen toe:</p><ul>"
        f'<li>{link(linker(FEEDS["rss"]), "RSS-feed van de wijzigingen", type="application/rss+xml")}</li>'
        f'<li>{link(linker(FEEDS["atom"]), "Atom-feed van de wijzigingen", type="application/atom+xml")}</li>'
        "</ul></div>"
    )
