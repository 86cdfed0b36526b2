"""The block at the top of a content page (macros/reading/front_matter.py): what YAML refuses
there is a problem at its line, in Dutch, never a page built from half of it."""

from __future__ import annotations

from macros.reading.front_matter import split_front_matter


def test_a_good_block_gives_its_fields_and_the_body_its_first_line() -> None:
    page, problems = split_front_matter("---\ntitle: Begroting\ndescription: Het geld\n---\n# Begroting\n",
                                        "content/begroting.md")
    assert problems == []
    assert page.meta == {"title": "Begroting", "description": "Het geld"}
    assert page.body == "# Begroting\n" and page.body_line == 5


def test_a_tab_in_the_block_is_refused_at_its_line() -> None:
    # YAML does not allow a tab there; one reader of YAML (libyaml) lets it pass, this one must not.
    _, problems = split_front_matter("---\ntitle: Begroting\ndescription:\tHet geld\n---\nTekst\n",
                                     "content/begroting.md")
    assert [(p.file, p.line) for p in problems] == [("content/begroting.md", 3)]
    assert "geen geldige YAML" in problems[0].message
