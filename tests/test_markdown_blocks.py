"""Python-Markdown's raw HTML step, with plain pages read by one regular expression
(macros/generator/markdown_blocks.py), gives what its own `HTMLExtractor` gives: the same
Markdown text and the same stored HTML blocks, in the same order. Random pages of plain and
odd pieces go to both; a plain page is read without the parser. The real site built with it is
ProperDocs' own build, byte for byte (tests/test_generator_pages.py)."""

from __future__ import annotations

import markdown
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown import preprocessors

from macros.generator.markdown_blocks import PIECES, plain_html_blocks
from macros.plain_markup import is_plain


def extracted(source: str, quick: bool) -> tuple[list[str], list[str]]:
    """The raw HTML step's text and stored blocks, by Python-Markdown alone or with ours."""
    md = markdown.Markdown()
    step = md.preprocessors["html_block"]
    assert type(step) is preprocessors.HtmlBlockPreprocessor
    if quick:
        with plain_html_blocks():
            text = step.run(source.split("\n"))
    else:
        text = step.run(source.split("\n"))
    return text, list(md.htmlStash.rawHtmlBlocks)


CASES = {
    "a page as the pre-render writes it": '# Titel\n\n<article class="initiatief" data-x=\'1\'>\n<dl>\n'
                                          "<dt>Bedrag:</dt> <dd>niet bekend.</dd>\n</dl>\n"
                                          "<p>Tekst &amp; meer&#58; x</p>\n</article>\n\n"
                                          "Een zin met <data value=\"5\">€ 5</data> erin.\n",
    "text after the end tag": "<div>a</div> en verder\nnog\n\n<p>b</p>",
    "indented and not": "   <div>drie spaties</div>\n\n    <div>vier spaties</div>\n",
    "empty and void elements": "<hr>\n<hr/>\n<br/>\n<p>a<br>b<img src=x.png alt=''></p>\n<div/>\n",
    "unclosed at the end": "<div>\n<p>open",
    "nested and stray": "<div><div>a</div></span></div>\n<ul><li>x</li></ul>\n",
    "references and ampersands": "A & B &amp; C &#x3A; &#58; &lt;\n\n<p>& &gt;</p>",
    "capitals": "<DIV Class=a>x</DIV>\n<P>y</p>",
}


@pytest.mark.parametrize("source", CASES.values(), ids=CASES.keys())
def test_the_cases_are_read_as_python_markdown_reads_them(source: str) -> None:
    assert is_plain(PIECES, source)
    assert extracted(source, quick=True) == extracted(source, quick=False)


def test_an_element_read_as_raw_text_is_left_to_the_parser() -> None:
    source = '<div>\n<script>var s = "</div>";</script>\n</div>\n\nNa *dit*.\n'  # the '</div>' is script
    assert not is_plain(PIECES, source)
    assert extracted(source, quick=True) == extracted(source, quick=False)


PLAIN = ["<div>", "</div>", "<p>", "</p>", '<article class="a">', "</article>", "<span>", "</span>", "<br>",
         "<br/>", "<hr>", "<hr/>", "<table>", "<tr>", "<td>", "</td>", "</tr>", "</table>", '<h2 id="x">', "</h2>",
         "<ul>", "<li>", "</li>", "</ul>", '<data value="1">', "</data>", "<a href='x'>", "</a>", "<DIV>", "</DIV>",
         "<img src=x.png alt=''>", "&amp;", "&#58;", "&#x3A;", " & ", "tekst", "# Kop", "*nadruk*", "[link](x)",
         "\n", "\n\n", "\n   ", "\n    ", " ", "<p\nclass=\"y\">", "<title>", "</title>"]
ODD = ["<!-- c -->", "<", "<script>", "</script>", "&nbsp", "&#", "<?php ?>", "<!DOCTYPE html>", "</ p>", "&",
       "<a b=\"x\"c>", "<![CDATA[x]]>", "</>"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PLAIN), max_size=40))
def test_plain_pages_are_read_without_the_parser_as_python_markdown_reads_them(pieces: list[str]) -> None:
    source = "".join(pieces)
    if "<title>" not in source.lower():  # raw text to Python versions after 3.11: then the parser reads it
        assert is_plain(PIECES, source)
    assert extracted(source, quick=True) == extracted(source, quick=False)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PLAIN + ODD), max_size=40))
def test_any_page_is_read_as_python_markdown_reads_it(pieces: list[str]) -> None:
    source = "".join(pieces)
    assert extracted(source, quick=True) == extracted(source, quick=False)
