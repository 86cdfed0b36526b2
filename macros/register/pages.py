"""The page register: every address the site publishes, with its title and the files it
is made from.

One function, `site_pages`, knows them all: the content pages of content/, the pages made
from data (one per initiative and one per source), the redirect pages of
data/omleidingen.yaml, the downloads, the feeds with the page that explains each feed
to people (`volgen/…`), the feeds' stylesheet, and the files for machines (robots.txt,
security.txt). The checks, the changelog, `verschil`,
the feeds, the pre-render step, the sitemap, the guard and the tests ask the register and
nothing else, so no two parts of the code can disagree about what exists.

A page is known by its id: its Markdown path, as editors name it in `paginas:` and in
`omleidingen` ('begroting.md', 'initiatieven/huis73.md'). A download or feed is known by
its file path ('downloads/begroting.csv').
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ..facts.budget import Begroting
from ..facts.gemeenten import Gemeente, gemeente_namen, initiatieven_per_gemeente
from ..facts.initiatives import Initiatief
from ..facts.omleidingen import Omleiding
from ..facts.provenance import Herkomst
from ..facts.sources import Bron
from ..formatting import urls
from ..reading.front_matter import split_front_matter
from ..settings import Feeds

HOME = "index.md"
CHANGELOG = "wijzigingen.md"
GEMEENTEN_INDEX = "gemeenten/index.md"  # the index of municipalities: their pages change with it
SITE_FEED_TITLE = "Wijzigingen: steunpakket sociaal en mentaal welzijn en leefstijl"
REDIRECT_TITLE = "Deze pagina is verhuisd"

FEED_TITLE = "Wijzigingen bij "  # + the name of the actielijn or initiative a feed follows
FOLLOW_TITLE = "Volgen: wijzigingen van de hele site"

# The kinds of addresses: HTML pages first, then files published beside them. A 'volgen'
# page tells people what one feed covers and how to follow it; 'opmaak' is the feeds' CSS;
# a 'bestand' is a file for machines.
PAGE_KINDS = ("inhoud", "initiatief", "gemeente", "bron", "volgen", "omleiding")
READ_KINDS = ("inhoud", "initiatief", "gemeente", "bron", "volgen")
FILE_KINDS = ("download", "feed", "opmaak", "bestand")
# The files for machines beside the pages (written by output/), with what they are for.
MACHINE_FILES = (("robots.txt", "Voor zoekmachines: alle pagina's en de sitemap"),
                 (".well-known/security.txt", "Waar u een beveiligingsprobleem meldt"))


@dataclass(frozen=True)
class Pagina:
    """One address of the site."""

    id: str  # 'begroting.md', 'initiatieven/huis73.md', 'downloads/begroting.csv'
    soort: str  # one of PAGE_KINDS or FILE_KINDS
    titel: str  # plain text, as readers see it
    bestanden: tuple[str, ...] = ()  # the files it is made from: content/….md, data/….yaml
    beschrijving: str | None = None  # for search engines and link previews
    herkomst: Herkomst | None = None  # where the data that makes it stands (for messages)
    doel: str | None = None  # a redirect page: the id of the page it sends readers to
    volgt: str | None = None  # a feed or its 'volgen' page: the page whose changes it carries (None: the whole site)
    formaat: str | None = None  # a feed: 'rss' or 'atom'

    @property
    def is_html(self) -> bool:
        return self.soort in PAGE_KINDS

    @property
    def adres(self) -> str:
        """The address from the site root: 'begroting/', '' for the home page, or a file path."""
        return urls.page_path(self.id) if self.is_html else self.id

    @property
    def venstertitel(self) -> str:
        """The page's title in the browser tab, in bookmarks and in search engines: unique on
        the site. A source's page says it is one: a source is often named after the
        initiative it describes ('Healthy Heroes'), whose page has that title."""
        return f"Bron: {self.titel}" if self.soort == "bron" else self.titel

    @property
    def naam(self) -> str:
        """How a link names the page: readers know the home page as 'Startpagina', not 'Home';
        a source's page says it is one, as its tab does."""
        return "Startpagina" if self.id == HOME else self.venstertitel


class Paginaregister:
    """Every address of the site, by id, in the order the site lists them."""

    def __init__(self, paginas: Iterable[Pagina]) -> None:
        self.alle: tuple[Pagina, ...] = tuple(paginas)
        self._by_id: dict[str, Pagina] = {}
        # The feeds and the pages about them by the page they follow (None: the whole site),
        # so that asking for them per page stays quick with thousands of initiatives.
        self._feeds: dict[str | None, list[Pagina]] = {}
        self._follow: dict[str | None, Pagina] = {}
        for pagina in self.alle:
            self._by_id.setdefault(pagina.id, pagina)
            if pagina.soort == "feed":
                self._feeds.setdefault(pagina.volgt, []).append(pagina)
            elif pagina.soort == "volgen":
                self._follow.setdefault(pagina.volgt, pagina)

    def __contains__(self, page_id: object) -> bool:
        return page_id in self._by_id

    def __getitem__(self, page_id: str) -> Pagina:
        return self._by_id[page_id]

    def get(self, page_id: str) -> Pagina | None:
        return self._by_id.get(page_id)

    def soort(self, *kinds: str) -> list[Pagina]:
        return [pagina for pagina in self.alle if pagina.soort in kinds]

    def html(self) -> list[Pagina]:
        return self.soort(*PAGE_KINDS)

    def pages(self) -> list[Pagina]:
        """The pages readers read: every HTML page except the redirect pages."""
        return self.soort(*READ_KINDS)

    def naam(self, page_id: str) -> str:
        """A page's name for a link: a moved page by the name of where it went now."""
        pagina = self._by_id.get(self.huidig(page_id))
        return pagina.naam if pagina is not None else "/" + urls.page_path(page_id)

    def huidig(self, page_id: str) -> str:
        """Where a page is now: a moved page's new page (the register refuses chains)."""
        pagina = self._by_id.get(page_id)
        if pagina is not None and pagina.soort == "omleiding" and pagina.doel in self._by_id:
            return pagina.doel
        return page_id

    def same_address(self) -> list[tuple[Pagina, Pagina]]:
        """Pairs of entries that would be published on one address: the second would hide the first."""
        first: dict[str, Pagina] = {}
        pairs = []
        for pagina in self.alle:
            other = first.setdefault(pagina.adres, pagina)
            if other is not pagina:
                pairs.append((other, pagina))
        return pairs

    def feed_of(self, page_id: str | None) -> Pagina | None:
        """The own feed of a page (an actielijn's or an initiative's), if it has one."""
        return self._feeds[page_id][0] if page_id is not None and page_id in self._feeds else None

    def follow_page(self, page_id: str | None) -> Pagina | None:
        """The page that explains the feed of a page to people (None: the whole site's feeds)."""
        return self._follow.get(page_id)

    def follow_address(self, page_id: str | None) -> str | None:
        """Where a "volgen" link of a page leads: the page about its feed, or, for an
        initiative, the section about its feed on its own page."""
        follow = self._follow.get(page_id)
        if follow is not None:
            return follow.adres
        if page_id is not None and page_id in self._feeds and page_id in self._by_id:
            return f"{self._by_id[page_id].adres}#{FOLLOW_ANCHOR}"
        return None

    def feeds_of(self, follow_page: Pagina) -> list[Pagina]:
        """The feed files a 'volgen' page explains: RSS and Atom for the whole site, else one."""
        return list(self._feeds.get(follow_page.volgt, []))


def site_pages(content_dir: Path, begroting: Begroting | None, actielijnen: Iterable[str],
               initiatieven: dict[str, Initiatief], bronnen: dict[str, Bron], omleidingen: Iterable[Omleiding],
               downloads: Iterable[str], feeds: Feeds | None = None,
               gemeenten: dict[str, Gemeente] | None = None) -> Paginaregister:
    """The register of every address, from content/, the data and the settings."""
    feeds = feeds or Feeds()
    omleidingen = tuple(omleidingen)
    content = list(content_pages(content_dir))
    made = [*initiative_pages(initiatieven), *municipality_pages(gemeenten or {}, initiatieven),
            *source_pages(bronnen)]
    moved = [Pagina(o.van, "omleiding", REDIRECT_TITLE, (o.herkomst.file,), herkomst=o.herkomst, doel=o.naar)
             for o in omleidingen]
    files = [Pagina(urls.download_url(name), "download", name) for name in downloads]
    files += [Pagina(path, "bestand", title) for path, title in MACHINE_FILES]
    followed = [p.id for p in content if _is_actielijn_page(p.id, actielijnen)] + [p.id for p in made
                                                                                   if p.soort == "initiatief"]
    titles = {p.id: p.titel for p in [*content, *made]}
    feed_pages = list(feed_entries(feeds, followed, titles, begroting))
    follow = list(follow_pages(feed_pages))
    moved += list(moved_follow_pages(omleidingen, follow, {p.id for p in content}))
    style = Pagina(feeds.stijlblad, "opmaak", "Opmaak van de feeds in een browser")
    return Paginaregister([*content, *made, *follow, *moved, *files, *feed_pages, style])


def content_pages(content_dir: Path) -> Iterator[Pagina]:
    """The pages written in content/, with the title of their front matter."""
    if not content_dir.is_dir():
        return
    for path in sorted(content_dir.rglob("*.md")):
        page_id = path.relative_to(content_dir).as_posix()
        file = f"content/{page_id}"
        page, _ = split_front_matter(path.read_text("utf-8", errors="replace"), file)
        title = page.meta.get("title")
        description = page.meta.get("description")
        yield Pagina(page_id, "inhoud", str(title) if title else "/" + urls.page_path(page_id), (file,),
                     str(description) if description else None)


def initiative_pages(initiatieven: dict[str, Initiatief]) -> Iterator[Pagina]:
    for initiatief_id, initiatief in sorted(initiatieven.items()):
        description = " ".join(initiatief.omschrijving.split())[:155]
        yield Pagina(f"initiatieven/{initiatief_id}.md", "initiatief", initiatief.naam, (initiatief.herkomst.file,),
                     description, initiatief.herkomst)


def municipality_pages(gemeenten: dict[str, Gemeente], initiatieven: dict[str, Initiatief]) -> Iterator[Pagina]:
    """One page per municipality a source names: from its own file, or from the initiatives that name it."""
    per_gemeente = initiatieven_per_gemeente(initiatieven.values())
    for slug, naam in gemeente_namen(gemeenten, initiatieven.values()).items():
        gemeente = gemeenten.get(slug)
        naming = sorted({i.herkomst.file for i in per_gemeente.get(slug, ())})
        files = ((gemeente.herkomst.file,) if gemeente else ()) + tuple(naming)
        description = (f"Gemeente {naam} en het steunpakket: wat openbare documenten zeggen over het geld dat de "
                       "gemeente kreeg en wat ze ermee deed, en waar u het bedrag vindt.")
        yield Pagina(urls.gemeente_page(slug), "gemeente", f"Gemeente {naam}", files, description,
                     gemeente.herkomst if gemeente else Herkomst(naming[0]))


def source_pages(bronnen: dict[str, Bron]) -> Iterator[Pagina]:
    for bron_id, bron in sorted(bronnen.items()):
        description = f"{bron.kort}: wat de site uit deze bron haalt, in de woorden van de bron, met het adres " \
                      "van het document."
        yield Pagina(f"bronnen/{bron_id}.md", "bron", bron.titel, (bron.herkomst.file,), description, bron.herkomst)


def feed_entries(feeds: Feeds, followed: list[str], titles: dict[str, str],
                 begroting: Begroting | None) -> Iterator[Pagina]:
    """The site's feeds (RSS and Atom), then one Atom feed per actielijn and per initiative."""
    for kind, path in feeds.items():
        yield Pagina(path, "feed", SITE_FEED_TITLE, ("data/wijzigingen.yaml",), formaat=kind)
    labels = {f"actielijnen/{o.id}.md": o.label for o in begroting.onderdelen} if begroting else {}
    for page_id in followed:
        folder, _, name = page_id.removesuffix(".md").partition("/")
        path = feeds.actielijn(name) if folder == "actielijnen" else feeds.initiatief(name)
        title = FEED_TITLE + labels.get(page_id, titles.get(page_id, name))
        yield Pagina(path, "feed", title, ("data/wijzigingen.yaml",), volgt=page_id, formaat="atom")


def follow_pages(feed_pages: list[Pagina]) -> Iterator[Pagina]:
    """One page per followed thing that tells people what its feed covers and how to follow
    it ('volgen/wijzigingen.md' for the whole site, 'volgen/actielijnen/jeugd.md', …): every
    'volgen' link on the site leads there, never to the XML itself. An initiative's feed is
    explained on the initiative's own page (FOLLOW_ANCHOR): a page of its own for each would
    double the pages of a site with thousands of initiatives."""
    seen: set[str | None] = set()
    for feed in feed_pages:
        if feed.volgt in seen or _is_initiative_page(feed.volgt):
            continue
        seen.add(feed.volgt)
        if feed.volgt is None:
            yield Pagina("volgen/wijzigingen.md", "volgen", FOLLOW_TITLE, beschrijving=FOLLOW_DESCRIPTION.format(
                wat="alle wijzigingen van deze site"))
            continue
        about = feed.titel.removeprefix(FEED_TITLE)
        yield Pagina(f"volgen/{feed.volgt}", "volgen", f"Volgen: wijzigingen bij {about}", volgt=feed.volgt,
                     beschrijving=FOLLOW_DESCRIPTION.format(wat=f"de wijzigingen bij {about}"))


def moved_follow_pages(omleidingen: Iterable[Omleiding], follow: list[Pagina],
                       content: set[str]) -> Iterator[Pagina]:
    """A page about a feed moves with the page it follows: when an actielijn gets
    a new address (data/omleidingen.yaml), the old address of its 'volgen' page sends readers to
    the new one, or to the Volgen page when the new page has no feed. Editors declare nothing."""
    omleidingen = tuple(omleidingen)
    by_page = {p.volgt: p.id for p in follow}
    declared = {o.van for o in omleidingen}
    fallback = "volgen.md" if "volgen.md" in content else HOME
    for o in omleidingen:
        old = f"volgen/{o.van}"
        if o.van.partition("/")[0] == "actielijnen" and old not in declared \
                and old not in by_page.values():
            yield Pagina(old, "omleiding", REDIRECT_TITLE, (o.herkomst.file,), herkomst=o.herkomst,
                         doel=by_page.get(o.naar, fallback))


def _is_initiative_page(page_id: str | None) -> bool:
    return page_id is not None and page_id.startswith("initiatieven/")


FOLLOW_ANCHOR = "volgen"  # the id of the section about its feed on an initiative's page
FOLLOW_DESCRIPTION = "Zo volgt u {wat} met een feedlezer of per e-mail: het adres van de feed om te kopiëren, " \
                     "en uitleg in gewone woorden."


def _is_actielijn_page(page_id: str, actielijnen: Iterable[str]) -> bool:
    folder, _, name = page_id.removesuffix(".md").partition("/")
    return folder == "actielijnen" and name in set(actielijnen)
