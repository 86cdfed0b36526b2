"""The glossary says where each explanation comes from: a sentence rests on the words of a
source (its citation links to the quote), or it is visibly the editors' own explanation
("Uitleg van de redactie"). No definition from general knowledge passes for a source's."""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag


def entries(page: BeautifulSoup) -> dict[str, list[Tag]]:
    """Each glossary entry (a second-level heading) with its paragraphs."""
    found: dict[str, list[Tag]] = {}
    for heading in page.select("article h2[id]"):
        if heading.find_parent(class_="bronnen-onderaan"):
            continue
        paragraphs = []
        for sibling in heading.find_next_siblings():
            if sibling.name == "h2" or sibling.name == "section":
                break
            if sibling.name == "p":
                paragraphs.append(sibling)
        found[heading["id"]] = paragraphs
    return found


def test_every_glossary_entry_cites_a_quote_or_is_labelled_the_editors(pages: dict[str, BeautifulSoup]) -> None:
    glossary = entries(pages["begrippen/index.html"])
    assert len(glossary) > 20
    unsourced = [f"{entry}: {' '.join(p.get_text().split())[:80]}" for entry, paragraphs in glossary.items()
                 for p in paragraphs if not p.select_one(".uitleg-redactie, a[data-citaat]")]
    assert unsourced == [], "zonder bron en zonder 'Uitleg van de redactie':\n" + "\n".join(unsourced)
    assert all(paragraphs for paragraphs in glossary.values())


def test_the_editors_label_is_visible_text_and_never_a_figures_link(pages: dict[str, BeautifulSoup]) -> None:
    for name, page in pages.items():
        for label in page.select(".uitleg-redactie"):
            assert label.get_text().strip() == "Uitleg van de redactie:", name
            assert label.find_parent("a") is None and not label.select("a, data"), name
