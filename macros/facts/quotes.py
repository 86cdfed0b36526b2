"""The words of the sources: stored texts, and the check that every quote is in them.

`data/bronteksten/<source id>.txt` holds what the site may keep of a source: the
whole text of a Kamerbrief (public, Auteurswet art. 11, personal data removed) or
only the quoted passages of someone else's news item (citation right). A citation's
`citaat` of kind 'bron' must stand in that text. PDF extracts differ from typed
quotes in ways that change no word: line breaks and hyphenation at line ends, page
furniture, footnote numbers stuck to a word, and the redaction notes in brackets;
`normalise` removes those from both sides before comparing. Words and figures must
be equal. A quote is always the source's own words: the site has no editors' notes in
the place of a source's words.

Where a sentence in the stored text is cut off (a page of the letter is missing, or the
stored copy of a web page ends), the text holds a mark: `[afgebroken, begin ontbreekt: …]`
before words whose sentence began on a missing page, `[afgebroken, rest ontbreekt: …]`
after words whose sentence went on where the text stops. A quote can never run across a
mark, and a quote that begins or ends at one must say so in its `afgebroken` field
('begin', 'eind' or 'beide'): the site then says, wherever the quote stands, that the
sentence is not whole.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Container, Iterable
from pathlib import Path

from ..reading.data_file import read_text
from ..reading.problems import Problem
from .provenance import Bronverwijzing, Reporter

TEXT_FOLDER = "bronteksten"
REDACTION = re.compile(r"\[[^\]]*weggelaten[^\]]*\]", re.S)
CUT_MARK = re.compile(r"\[afgebroken, (begin|rest) ontbreekt[^\]]*\]", re.S)
# The cuts in the normalised text: typed quotes never hold these, so none can run across one.
CUT_BEFORE, CUT_AFTER = "⟦", "⟧"
FURNITURE = re.compile(r"^\s*(Kenmerk|\d{7}-\d{7}-[A-Z]+|Pagina \d+ van \d+)\s*$", re.M)
LINE_END_HYPHEN = re.compile(r"(\w)-\n\s*(\w)")
WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
# A footnote marker that the PDF extract put on a line of its own (the December letter).
FOOTNOTE_LINE = re.compile(r"^\s*\d{1,2}\s*$", re.M)
FOOTNOTE = re.compile(r"(?<=[^\W\d_’”.)])\d{1,2}(?=[\s.,;:)]|$)|(?<=[.’”)])\d{1,2}(?=[\s,;:]|$)")


def normalise(text: str, *, stored: bool = False) -> str:
    """The comparable form of a quote or (stored=True) of a stored source text."""
    text = unicodedata.normalize("NFC", text)
    if stored:
        text = CUT_MARK.sub(lambda m: f" {CUT_BEFORE if m.group(1) == 'begin' else CUT_AFTER} ", text)
        text = LINE_END_HYPHEN.sub(r"\1\2", FURNITURE.sub("", REDACTION.sub(" ", text)))
    text = WORD_HYPHEN.sub("", FOOTNOTE.sub("", text))
    return re.sub(r"\s+", " ", text).strip()


def load_bronteksten(data_dir: Path, known: set[str]) -> tuple[dict[str, tuple[str, ...]], set[str], list[Problem]]:
    """The stored text of each source, normalised, by source id: as it is, and without
    lines that hold only a footnote number (a table's figure can stand alone too, so
    both forms are kept and a quote must match one of them). Also the sources whose
    quotes cannot be checked because of a problem with their text file, reported here:
    it cannot be read, or it is misnamed (then its quotes would only repeat that)."""
    texts: dict[str, tuple[str, ...]] = {}
    unreadable: set[str] = set()
    problems: list[Problem] = []
    sources = sorted(name.removeprefix("bronnen/") for name in known if name.startswith("bronnen/"))
    for path in sorted((data_dir / TEXT_FOLDER).glob("*")):
        shown_as = path.relative_to(data_dir.parent).as_posix()
        if path.name == "README.md":
            continue
        if path.suffix != ".txt" or f"bronnen/{path.stem}" not in known:
            meant = _meant_source(path, sources)
            unreadable.update(meant)
            problems.append(Problem(shown_as, 1, 1, "", "dit is geen brontekst van een bekende bron",
                                    (f"bedoelt u {meant[0]}.txt? " if meant else "")
                                    + "noem het bestand naar een bron in data/bronnen/, met de extensie .txt"))
            continue
        text, found = read_text(path, shown_as)
        problems += found
        if text is None:
            unreadable.add(path.stem)
        else:
            texts[path.stem] = (normalise(text, stored=True), normalise(FOOTNOTE_LINE.sub("", text), stored=True))
    return texts, unreadable, problems


def _meant_source(path: Path, sources: list[str]) -> list[str]:
    """The source without a stored text that a misnamed text file is probably for."""
    without_text = set(sources) - {other.stem for other in path.parent.glob("*.txt")}
    return difflib.get_close_matches(path.stem, sorted(without_text), n=1)


def check_quotes(citations: Iterable[Bronverwijzing], texts: dict[str, tuple[str, ...]],
                 report: Reporter, unchecked: Container[str] = ()) -> list[Problem]:
    """Every quote stands, word for word, in the stored text of its source, and
    says so where the sentence it quotes is cut off there; except for the `unchecked` sources,
    whose problem is reported elsewhere."""
    problems = []
    without_text: dict[str, list[Bronverwijzing]] = {}
    for citation in citations:
        if not citation.citaat or citation.document in unchecked:
            continue
        stored = texts.get(citation.document)
        if stored is None:
            without_text.setdefault(citation.document, []).append(citation)
            continue
        quote = normalise(citation.citaat)
        if not any(quote in form for form in stored):
            problems.append(report(
                citation.herkomst, "citaat",
                f"dit citaat staat niet in de tekst van de bron (data/{TEXT_FOLDER}/{citation.document}.txt)",
                "neem de woorden letterlijk over uit de bron; alleen regelovergangen, afbreekstreepjes en "
                "voetnootcijfers mogen verschillen. Een citaat loopt nooit over een plek [afgebroken, …] heen",
            ))
            continue
        problems += _check_cut(citation, cut_sides(quote, stored), report)
    return problems + [_no_text(document, cited, report) for document, cited in without_text.items()]


def cut_sides(quote: str, stored: tuple[str, ...]) -> str | None:
    """At which end a (normalised) quote meets a cut in the stored text: begin, eind, beide or None."""
    begin = any(f"{CUT_BEFORE} {quote}" in form for form in stored)
    end = any(f"{quote} {CUT_AFTER}" in form for form in stored)
    return "beide" if begin and end else "begin" if begin else "eind" if end else None


AFGEBROKEN_UITLEG = {
    "begin": "het begin van de zin staat op een pagina die ontbreekt",
    "eind": "de zin loopt door op een deel van de bron dat ontbreekt",
    "beide": "begin en eind van de zin staan op delen van de bron die ontbreken",
}


def _check_cut(citation: Bronverwijzing, found: str | None, report: Reporter) -> list[Problem]:
    if citation.afgebroken == found:
        return []
    if found is None:
        return [report(citation.herkomst, "afgebroken",
                       f"staat '{citation.afgebroken}', maar dit citaat begint en eindigt niet waar de tekst van de "
                       f"bron afbreekt (data/{TEXT_FOLDER}/{citation.document}.txt)",
                       "haal 'afgebroken:' weg, of citeer tot aan de plek [afgebroken, …] in de brontekst")]
    said = f"'afgebroken: {citation.afgebroken}'" if citation.afgebroken else "niets"
    return [report(citation.herkomst, "afgebroken" if citation.afgebroken else "citaat",
                   f"de geciteerde zin is in de bron niet heel: {AFGEBROKEN_UITLEG[found]}; bij het citaat staat "
                   f"daarover {said}",
                   f"zet bij deze bron 'afgebroken: {found}'; de site zegt het dan overal waar dit citaat staat "
                   "en vult de zin niet aan")]


def _no_text(document: str, cited: list[Bronverwijzing], report: Reporter) -> Problem:
    """One problem per source without a stored text, at its first quote: a text file that is
    gone or misnamed would otherwise be reported at every quote of that source."""
    others = f" (en {len(cited) - 1} andere citaten van deze bron)" if len(cited) > 1 else ""
    return report(cited[0].herkomst, "citaat",
                  f"van bron '{document}' is geen tekst opgeslagen, dus dit citaat is niet na te gaan{others}",
                  f"zet de geciteerde passage, letterlijk, in data/{TEXT_FOLDER}/{document}.txt "
                  f"(zie data/{TEXT_FOLDER}/README.md)")
