"""The guard: the last check of a built site before it is published
(`python -m macros.postbuild.guard SITE_DIR` checks a folder by hand).

Whatever the cause (a template bug, a setting change, a value that slipped past the
escaping), a page must never be published with:
* template text (`{{`, `{%`) or a macro error message;
* active content that no template put there: an inline script whose hash is not in
  the page's security policy (which `csp.py` computes from the template sources),
  a script file from outside the site, an inline event handler (`onload=`), a
  `javascript:` or `data:` address, a `<meta http-equiv>` other than the policy, or
  a `<base>`, `<iframe>`, `<object>` or `<embed>` element. The one exception: a
  redirect page declared in data/omleidingen.yaml may carry one
  `<meta http-equiv="refresh">`, and only to its declared target on this site.
A `<script type="application/ld+json">` (the schema.org description of the data set) is
data that browsers never run: it must parse as JSON and hold no `<` at all, so that no data
value in it can end the element or start markup (the build writes `<`, `>` and `&` as JSON
escapes).
Each finding names the page and line and, when the offending text can be found in
data/, the data file and line it came from.
"""

from __future__ import annotations

import json
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

from selectolax.lexbor import LexborHTMLParser

from ..formatting.urls import page_path
from ..reading.problems import DataError
from ..register.pages import FILE_KINDS
from ..register.site import Site, load_site
from .csp import script_hash

LEFTOVER = re.compile(r"\{\{|\{%|\{#|Macro (Syntax|Rendering) Error|jinja2\.exceptions|data-blok=")
FORBIDDEN_ELEMENTS = {"base", "iframe", "frame", "frameset", "object", "embed", "applet"}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "poster", "srcdoc"}
SCRIPT_SCHEME = re.compile(r"^(javascript|vbscript|data):", re.IGNORECASE)
CSP_HASH = re.compile(r"'sha256-[A-Za-z0-9+/=]+'")  # as script_hash writes them
# Elements the rules look at whatever their attributes.
WATCHED_ELEMENTS = FORBIDDEN_ELEMENTS | {"meta", "script", "template"}
REFRESH = re.compile(r"^0;\s*url=(\S+)$", re.IGNORECASE)
TEMPLATE_TAG = re.compile(r"(</?)template\b", re.IGNORECASE)


class _Rules:
    """What could run or redirect in a reader's browser, tag by tag in document order; the
    same rules whichever parser reads the page."""

    def __init__(self, page_url: str = "/", redirect: str | None = None) -> None:
        self.page_url = page_url  # this page's site-root path, '/initiatieven/oud/'
        self.redirect = redirect  # the declared target of a redirect page, '/initiatieven/nieuw/'
        self.refreshes = 0
        self.findings: list[tuple[int, str, str]] = []  # line, what, the text to trace
        self.allowed_hashes: set[str] = set()
        self.policies = 0

    def tag(self, line: int, tag: str, values: dict[str, str]) -> None:
        if tag in FORBIDDEN_ELEMENTS:
            self.findings.append((line, f"element <{tag}>", values.get("src") or values.get("data") or tag))
        for name, value in values.items():
            if name.startswith("on"):
                self.findings.append((line, f"gebeurtenisattribuut {name}=", value))
            elif name in URL_ATTRIBUTES and SCRIPT_SCHEME.match("".join(value.split())):
                self.findings.append((line, f"adres '{value[:40]}' in {name}=", value))
        if tag == "meta" and "http-equiv" in values:
            self._meta(line, values)

    def _meta(self, line: int, values: dict[str, str]) -> None:
        if values["http-equiv"].lower() == "content-security-policy" and self.policies == 0:
            self.policies += 1
            self.allowed_hashes = set(CSP_HASH.findall(values.get("content", "")))
        elif values["http-equiv"].lower() == "refresh" and self._declared_refresh(values.get("content", "")):
            self.refreshes += 1
        else:
            self.findings.append((line, f"<meta http-equiv=\"{values['http-equiv']}\">", values.get("content", "")))

    def _declared_refresh(self, content: str) -> bool:
        """Only on a declared redirect page, once, at once, and to its declared target on this site."""
        match = REFRESH.match(content.strip())
        if self.redirect is None or self.refreshes or not match:
            return False
        target = urlsplit(match.group(1))
        if target.scheme or target.netloc or target.query or target.fragment:
            return False
        return urljoin(self.page_url, target.path) == self.redirect

    def script(self, line: int, values: dict[str, str], body: str) -> None:
        if "src" in values:
            src = values["src"]
            if re.match(r"^([a-z][a-z0-9+.-]*:|//)", src, re.IGNORECASE):
                self.findings.append((line, f"script van buiten de site ({src[:60]})", src))
        elif values.get("type") == "application/json" and values.get("id") == "__config":
            return  # the theme's settings: data, never run
        elif values.get("type") == "application/ld+json":
            self._linked_data(line, body)
        elif script_hash(body) not in self.allowed_hashes:
            self.findings.append((line, "script dat niet uit een sjabloon komt", body))


    def _linked_data(self, line: int, body: str) -> None:
        """Linked data is never run, but a value in it that ends the element would be markup."""
        if "<" in body:
            self.findings.append((line, "'<' in de beschrijving als linked data (application/ld+json)", body))
            return
        try:
            json.loads(body)
        except ValueError:
            self.findings.append((line, "beschrijving als linked data (application/ld+json) die geen JSON is", body))


class _ActiveContent(HTMLParser):
    """The rules on Python's HTML parser, which knows the line of each tag: used to say where
    on a refused page the finding is."""

    def __init__(self, rules: _Rules) -> None:
        super().__init__(convert_charrefs=True)
        self.rules = rules
        self._script: tuple[int, dict[str, str]] | None = None
        self._script_text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name: value or "" for name, value in attrs}
        self.rules.tag(self.getpos()[0], tag, values)
        if tag == "script":
            self._script, self._script_text = (self.getpos()[0], values), []

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag == "script":
            self.handle_endtag(tag)

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            (line, values), self._script = self._script, None
            self.rules.script(line, values, "".join(self._script_text))


def browser_findings(html: str, rules: _Rules) -> list[tuple[int, str, str]]:
    """The rules on the page as a browser parses it (HTML5, Lexbor, in C: a seventh of the time
    of Python's parser, which the guard spent most of a build of 5.000 pages in). A template
    element's content, which the parser keeps aside, is read as well."""
    for node in LexborHTMLParser(html).root.traverse(include_text=False):
        tag = node.tag
        if tag.startswith(("-", "_")):  # comments, the doctype
            continue
        attributes = node.attributes
        if tag not in WATCHED_ELEMENTS and not _watched(attributes):
            continue  # nothing for the rules: most elements of a page (a third of the guard's time)
        values = {name: value or "" for name, value in attributes.items()}
        rules.tag(0, tag, values)
        if tag == "script":
            rules.script(0, values, node.text(deep=True))
        elif tag == "template":
            browser_findings(TEMPLATE_TAG.sub(r"\1div", node.html or ""), rules)
    return rules.findings


def _watched(attributes: dict[str, str | None]) -> bool:
    """Whether an element has an attribute the rules look at: an event handler, or an address
    that could hold a scheme (a `javascript:` address has a colon)."""
    for name, value in attributes.items():
        if name.startswith("on") or (name in URL_ATTRIBUTES and value is not None and ":" in value):
            return True
    return False


def trace_to_data(text: str, data_dir: Path) -> str:
    """The data file and line holding the start of an offending text, if there is one."""
    needle = " ".join(text.split())[:30]
    if len(needle) < 4 or not data_dir.is_dir():
        return ""
    for path in sorted(data_dir.rglob("*.yaml")):
        for number, line in enumerate(path.read_text("utf-8", errors="replace").splitlines(), start=1):
            if needle in " ".join(line.split()):
                return f" (afkomstig uit {path.relative_to(data_dir.parent).as_posix()}:{number})"
    return ""


def page_problems(html: str, where: str, data_dir: Path, redirect: str | None = None) -> list[str]:
    """What is wrong with one built page; `redirect`: its declared target if it is a redirect page."""
    problems, last = [], 0
    for match in LEFTOVER.finditer(html):
        number = html.count("\n", 0, match.start()) + 1
        if number != last:  # one finding per line
            problems.append(f"{where}:{number}: onverwerkte sjabloontekst '{match.group(0)}' op de pagina")
            last = number
    page_url = page_address(where)
    findings = browser_findings(html, _Rules(page_url, redirect))
    if findings:
        # Say where: the same rules on a parser that knows lines (and the browser's reading
        # where that parser sees less).
        parser = _ActiveContent(_Rules(page_url, redirect))
        parser.feed(html)
        parser.close()
        findings = parser.rules.findings or findings
    for number, what, text in findings:
        origin = trace_to_data(text, data_dir)
        at = f"{where}:{number}" if number else where
        problems.append(f"{at}: {what} op de pagina; dat mag alleen uit de sjablonen van de site "
                        f"komen{origin} — haal het weg; teksten uit data/ worden letterlijk getoond")
    return problems


def page_address(where: str) -> str:
    """A built page's address from the site root: 'initiatieven/oud/index.html' -> '/initiatieven/oud/'."""
    return "/" + where.removesuffix("index.html")


def declared_redirects(site: Site) -> dict[str, str]:
    """Each redirect page of the page register as '/old/' -> '/new/'."""
    return {"/" + p.adres: "/" + page_path(p.doel) for p in site.paginas.soort("omleiding") if p.doel}


def problems_in_site(site_dir: Path, site: Site) -> list[str]:
    problems = []
    redirects = declared_redirects(site)
    data_dir = site.project_dir / "data"
    for page in sorted(site_dir.rglob("*.html")):
        where = page.relative_to(site_dir).as_posix()
        redirect = redirects.get(page_address(where))
        problems += page_problems(page.read_text("utf-8"), where, data_dir, redirect)
    return problems + problems_in_files(site_dir, site)


def problems_in_files(site_dir: Path, site: Site) -> list[str]:
    """Every download, feed and file for machines of the page register is there."""
    problems = []
    what = {"download": "downloadbestand", "feed": "feed", "opmaak": "stijlblad"}
    for pagina in site.paginas.soort(*FILE_KINDS):
        if not (site_dir / pagina.adres).is_file():
            problems.append(f"{pagina.adres}: {what.get(pagina.soort, 'bestand')} ontbreekt")
    return problems


def main(argv: list[str]) -> int:
    try:
        site = load_site()
    except DataError as error:
        print(error.report(), file=sys.stderr)
        return 1
    problems = problems_in_site(Path(argv[0]), site)
    for problem in problems:
        print(problem, file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
