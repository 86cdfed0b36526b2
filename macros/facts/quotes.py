"""The words of the sources: stored texts, and the check that every quote is in them.

`data/bronteksten/<source id>.txt` holds what the site may keep of a source: the
whole text of a Kamerbrief (public, Auteurswet art. 11, personal data removed) or
only the quoted passages of someone else's news item (citation right). A citation's
`citaat` of kind 'bron' must stand in that text. PDF extracts differ from typed
quotes in ways that change no word: line breaks and hyphenation at line ends, page
furniture, footnote numbers stuck to a word, and the redaction notes in brackets;
`normalise` removes those from both sides before comparing. Words and figures must
be equal. Quotes of kind 'notitie' are the editors' notes on a web page whose text
the site does not keep; the site labels them so, and they are not checked here.
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
    """Every quote of kind 'bron' stands, word for word, in the stored text of its source;
    except for the `unchecked` sources, whose problem is reported elsewhere."""
    problems = []
    without_text: dict[str, list[Bronverwijzing]] = {}
    for citation in citations:
        if not citation.citaat or citation.citaat_soort != "bron" or citation.document in unchecked:
            continue
        stored = texts.get(citation.document)
        if stored is None:
            without_text.setdefault(citation.document, []).append(citation)
        elif not any(normalise(citation.citaat) in form for form in stored):
            problems.append(report(
                citation.herkomst, "citaat",
                f"dit citaat staat niet in de tekst van de bron (data/{TEXT_FOLDER}/{citation.document}.txt)",
                "neem de woorden letterlijk over uit de bron; alleen regelovergangen, afbreekstreepjes en "
                "voetnootcijfers mogen verschillen",
            ))
    return problems + [_no_text(document, cited, report) for document, cited in without_text.items()]


def _no_text(document: str, cited: list[Bronverwijzing], report: Reporter) -> Problem:
    """One problem per source without a stored text, at its first quote: a text file that is
    gone or misnamed would otherwise be reported at every quote of that source."""
    others = f" (en {len(cited) - 1} andere citaten van deze bron)" if len(cited) > 1 else ""
    return report(cited[0].herkomst, "citaat",
                  f"van bron '{document}' is geen tekst opgeslagen, dus dit citaat is niet na te gaan{others}",
                  f"zet de geciteerde passage in data/{TEXT_FOLDER}/{document}.txt, of maak er een aantekening van "
                  "de redactie van met 'citaat_soort: notitie'")
