"""Plain Dutch: the site's own words on every page a citizen reads score at least 60 on
Flesch-Douma, in sentences of 15 words or fewer on average (see readability.py for what is
measured and what counts as a sentence). The words of sources are not measured: the site
quotes them as they are."""

from __future__ import annotations

from pathlib import Path

import pytest
from readability import no_downloads, own_text_blocks, score, sentence_score

from macros.register.pages import Pagina
from macros.register.site import load_site

MIN_SCORE = 60
MAX_WORDS_PER_SENTENCE = 15
# Below this many words of its own a page is too short to score: a few words give a number,
# not a measure.
MIN_WORDS = 30
# The content pages a citizen reads, besides every initiative and municipality page.
CITIZEN_PAGES = ("index.md", "begroting.md", "opbrengsten.md", "besteding.md", "kerncijfers.md", "tijdlijn.md",
                 "routes.md", "initiatieven/index.md", "gemeenten/index.md")


# Pages whose own text does not yet reach the rule: their texts (mostly the editors' texts in
# data/actielijnen/ and data/initiatieven/) still need rewriting, sentence by sentence against
# the quotes behind them. Each is an expected failure that must fail: once a page passes, the
# test says so, and the page comes off this list. The list only shrinks.
NOG_TE_HERSCHRIJVEN: frozenset[str] = frozenset()


def citizen_pages() -> list[Pagina]:
    """From the page register: the pages the readability rule is for."""
    return [p for p in load_site().paginas.pages()
            if p.id in CITIZEN_PAGES or p.id.startswith("actielijnen/") or p.soort in ("initiatief", "gemeente")]


def test_the_rule_covers_every_kind_of_page_a_citizen_reads() -> None:
    ids = {p.id for p in citizen_pages()}
    assert set(CITIZEN_PAGES) <= ids
    assert {"initiatief", "gemeente"} <= {p.soort for p in citizen_pages()}
    assert any(i.startswith("actielijnen/") and i != "actielijnen/index.md" for i in ids)


def test_the_measure_is_flesch_douma_and_needs_no_download() -> None:
    """Short words in short sentences score high, long ones low; textstat's Dutch constants."""
    import textstat

    textstat.set_lang("nl")
    with no_downloads():
        assert sentence_score("Het geld ging naar de stad.") > 90
        assert sentence_score("Gemeentelijke beleidsverantwoordelijkheden vereisen implementatiemaatregelen.") < 0
        text = "De kat zit op de mat. Hij slaapt."
        words, sentences = textstat.lexicon_count(text), textstat.sentence_count(text)
        syllables = textstat.syllable_count(text)
        expected = 206.835 - 0.93 * words / sentences - 77 * syllables / words
        assert textstat.flesch_reading_ease(text) == pytest.approx(expected, abs=0.01)


def test_the_measure_leaves_out_what_the_site_does_not_write() -> None:
    html = """<article><h1>Over het geld</h1><p>Het kabinet gaf geld aan de stad.<span class="bronvermelding">
    <sup class="bronnummer"><a>[1]</a></sup></span></p><blockquote><p>Woorden van een bron die lang zijn.</p>
    </blockquote><table><tr><td>Extra contactmomenten kwetsbare groepen</td></tr></table>
    <ul><li>Een punt zonder punt aan het eind</li></ul><p class="laatst-gewijzigd">Laatst gewijzigd: vandaag</p>
    </article>"""
    assert own_text_blocks(html) == ["Over het geld", "Het kabinet gaf geld aan de stad.",
                                     "Een punt zonder punt aan het eind"]


def measured_pages() -> list:
    return [pytest.param(p, id=p.id, marks=pytest.mark.xfail(strict=True, reason="nog te herschrijven"))
            if p.id in NOG_TE_HERSCHRIJVEN else pytest.param(p, id=p.id) for p in citizen_pages()]


def test_the_list_of_pages_still_to_rewrite_names_real_pages() -> None:
    assert {p.id for p in citizen_pages()} >= NOG_TE_HERSCHRIJVEN


@pytest.mark.parametrize("pagina", measured_pages())
def test_the_site_writes_plain_dutch(site: Path, pagina: Pagina) -> None:
    blocks = own_text_blocks((site / pagina.adres / "index.html").read_text("utf-8"))
    result = score(blocks)
    if result.words < MIN_WORDS:
        pytest.skip(f"{pagina.id}: {result.words} eigen woorden, te weinig om te meten")
    worst = "\n  ".join(result.worst())
    assert result.flesch_douma >= MIN_SCORE and result.words_per_sentence <= MAX_WORDS_PER_SENTENCE, (
        f"{pagina.id}: Flesch-Douma {result.flesch_douma:.1f} (minstens {MIN_SCORE}), "
        f"{result.words_per_sentence:.1f} woorden per zin (hoogstens {MAX_WORDS_PER_SENTENCE}). "
        f"De moeilijkste zinnen:\n  {worst}")
