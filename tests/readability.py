"""How readable the site's own words are: the text a page writes itself, taken from the
built HTML, scored with Flesch-Douma (textstat, language 'nl').

Flesch-Douma is 206.835 − 0.93 × words per sentence − 77 × syllables per word (textstat's
constants for 'nl'); textstat counts syllables with Pyphen's Dutch hyphenation dictionary,
which Pyphen ships, so nothing is downloaded (nltk's English dictionary is only loaded for
English; `no_downloads` makes sure).

What counts as the site's own text: the page's article, without the words of sources
(`blockquote`, `q`), tables (official labels and amounts, and their captions), figures and
charts (SVG), code, the numbered citation links and the list of sources under the page, the
block "Zo verwijst u naar deze pagina", the "Laatst gewijzigd" line, navigation (`nav`: the
names of other pages), the items of a list of initiatives (`li[data-initiatief]`: a name and
its labels, a row of a table in list form) and what only paper shows (`.afdruk-adres`).

What counts as a sentence: textstat ends a sentence at `.`, `!` or `?`. A heading, a list
item, a term and its description, and a line that ends in a line break (`br`: a date and title
above their description) are read as a unit, so each ends a sentence (a full stop is added
where it has none). A block of one or two words (a heading like "Downloaden",
a label like "Route:") is no sentence: textstat would not count it as one but would count its
words, so it is left out. A full stop that does not end a sentence is taken out first: inside
a number (12.345) or an address (rijksoverheid.nl), before a small letter, and after a known
abbreviation (ca., bijv.).
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Iterator
from dataclasses import dataclass
from unittest import mock

import textstat
from bs4 import BeautifulSoup, Tag

# Not the site's own words, or not read as prose (see the module's docstring).
NOT_OWN_TEXT = ("blockquote", "q", "table", "figure", "svg", "code", "pre", "script", "style", "details.verwijzing",
                ".laatst-gewijzigd", "a.headerlink", ".bronvermelding", "sup.bronnummer", ".bronnen-onderaan",
                ".md-content__button", ".md-source-file", ".afdruk-herkomst", ".afdruk-adres", "nav",
                "li[data-initiatief]")
BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "dt", "dd", "summary", "caption", "figcaption")
ABBREVIATIONS = ("ca", "bijv", "nr", "mln", "mld", "o.a", "d.w.z", "e.d", "enz", "incl", "excl", "m.b.t")
MIN_WORDS_PER_BLOCK = 3
BLOCK_END = "\u2029"  # marks the end of a block element while the text is taken out


@dataclass(frozen=True)
class Score:
    flesch_douma: float
    words_per_sentence: float
    words: int
    sentences: tuple[str, ...]

    def worst(self, count: int = 5) -> list[str]:
        """The sentences that pull the score down most: long ones with long words."""
        ranked = sorted(self.sentences, key=lambda s: (sentence_score(s), -len(s.split())))
        return [f"({len(s.split())} woorden, {sentence_score(s):.0f}) {s}" for s in ranked[:count]]


@contextlib.contextmanager
def no_downloads() -> Iterator[None]:
    """textstat fetches nltk's English pronouncing dictionary on first use for English; for
    Dutch it must never go to the network."""
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("textstat tried to download data for Dutch text")
    with mock.patch("nltk.download", refuse):
        yield


def own_text_blocks(html: str) -> list[str]:
    """The site's own text of a built page, one string per block (heading, paragraph, item)."""
    article = BeautifulSoup(html, "html.parser").find("article")
    if not isinstance(article, Tag):
        return []
    for element in article.select(", ".join(NOT_OWN_TEXT)):
        element.decompose()
    for block in article.find_all(BLOCKS):
        block.append(BLOCK_END)
    for line_break in article.find_all("br"):
        line_break.replace_with(BLOCK_END)
    text = article.get_text(" ")
    blocks = [" ".join(part.split()) for part in text.split(BLOCK_END)]
    return [block for block in blocks if len(block.split()) >= MIN_WORDS_PER_BLOCK]


def prose(blocks: list[str]) -> str:
    """The blocks as one text whose full stops end sentences, and only there."""
    sentences = []
    for block in blocks:
        block = re.sub(r"(?<=\d)\.(?=\d)", "", block)  # 12.345
        block = re.sub(r"\.(?=[^\s.!?\"”’)])", "", block)  # rijksoverheid.nl, o.a
        block = re.sub(r"\.(?=\s+[a-zà-ÿ(])", "", block)  # a stop before a small letter ends no sentence
        for abbreviation in ABBREVIATIONS:
            block = re.sub(rf"\b{re.escape(abbreviation.replace('.', ''))}\.", abbreviation.replace(".", ""), block)
        if not re.search(r"[.!?][\"”’)]*$", block):
            block += "."
        sentences.append(block)
    return " ".join(sentences)


def split_sentences(text: str) -> list[str]:
    """The sentences as textstat finds them (its own pattern), for the report."""
    return [s.strip() for s in re.findall(r"\b[^.!?]+[.!?]*", text) if len(s.split()) >= MIN_WORDS_PER_BLOCK]


def sentence_score(sentence: str) -> float:
    textstat.set_lang("nl")
    with no_downloads():
        return float(textstat.flesch_reading_ease(sentence))


def score(blocks: list[str]) -> Score:
    textstat.set_lang("nl")
    text = prose(blocks)
    with no_downloads():
        return Score(float(textstat.flesch_reading_ease(text)), float(textstat.words_per_sentence(text)),
                     int(textstat.lexicon_count(text)), tuple(split_sentences(text)))
