"""The theme's menu rendered once for all pages that show it alike (ProperDocs with Material).

Material renders the whole menu into every page (base.html, block `site_nav`, which also holds
the page's table of contents): a sixth of the generator's time on the real site, and at 5.000
initiatives more than a third. But most pages are not in the menu (initiatives, municipalities,
sources: `not_in_nav` in mkdocs.yml), and their headings are HTML, so they have no table of
contents either. For such a page the block has no active item, and what differs from page to
page is only where its addresses lead from the page: the same for every page of one folder
(from 'initiatieven/a/' and from 'initiatieven/b/' the overview is '../' alike) unless the menu
leads to a page itself or below it. So the block is kept by the kind of page it serves: the
page's folder, the menu's addresses as seen from the page (ProperDocs' own `normalize_url`, as
the theme's `url` filter), and whether the page hides the menu or the table of contents. A page
in the menu, or with a table of contents, gets the theme's own rendering. A test builds the real
site with and without, and a small site with headings, hidden parts and links into a folder.

Used by overrides/main.html (`{% call menu_once(page, nav) %}`); a generator that does not
provide it renders the theme's block every time.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any

Key = tuple[str, tuple[str, ...], bool, bool]


class MenuOnce:
    """The rendered block `site_nav` by the kind of page it serves (`Key`)."""

    def __init__(self) -> None:
        self.rendered: dict[Key, str] = {}
        self._nav: Any = None
        self._in_menu: frozenset[int] = frozenset()
        self._addresses: tuple[str, ...] = ()

    def __call__(self, page: Any, nav: Any, caller: Callable[[], str]) -> str:
        key = self._key(page, nav)
        if key is None:
            return caller()
        found = self.rendered.get(key)
        if found is None:
            found = self.rendered[key] = caller()
        return found

    def _key(self, page: Any, nav: Any) -> Key | None:
        """None for a page the menu shows as its own, with a table of contents, or that is no folder."""
        from properdocs.utils import normalize_url

        if nav is not self._nav:
            self._nav = nav
            items = list(_items(nav.items))
            self._in_menu = frozenset(id(item) for item in items)
            self._addresses = tuple(str(item.url) for item in items if getattr(item, "url", None) is not None)
            if getattr(nav, "homepage", None) is not None:
                self._addresses += (str(nav.homepage.url),)
        url = getattr(page, "url", None)
        if not isinstance(url, str) or not url.endswith("/") or id(page) in self._in_menu or _shown_toc(page):
            return None
        hide = (getattr(page, "meta", None) or {}).get("hide") or ()
        seen_from_page = tuple(normalize_url(address, page=page) for address in self._addresses)
        return posixpath.dirname(url.rstrip("/")), seen_from_page, "navigation" in hide, "toc" in hide


def _shown_toc(page: Any) -> list[Any]:
    """The table of contents the theme shows (partials/toc.html): the children of a first
    heading of level 1, else the whole."""
    toc = list(page.toc or ())
    return list(toc[0].children) if toc and toc[0].level == 1 else toc


def _items(items: list[Any]) -> Any:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])
