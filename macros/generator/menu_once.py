"""The theme's menu rendered once for all pages that show it alike (ProperDocs with Material).

Material renders the whole menu into every page (base.html, block `site_nav`): a sixth of the
generator's time on the real site, and at 5.000 initiatives more than a third. But most pages
are not in the menu (initiatives, municipalities, sources: `not_in_nav` in mkdocs.yml), and for
such a page the menu has no active item, and every address in it is written relative to the
page: the same for every page in the same folder (from 'initiatieven/a/' and from
'initiatieven/b/' the overview is '../' alike), unless the menu holds a page below it. So the
menu of the first such page of a folder serves the others, byte for byte; every other page gets
the theme's own rendering. A test builds the real site with and without, and compares.

Used by overrides/main.html (`{% call menu_once(page, nav) %}`); a generator that does not
provide it renders the theme's menu every time.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable
from typing import Any


class MenuOnce:
    """The rendered menu by the kind of page it serves: (the page's folder, menu hidden)."""

    def __init__(self) -> None:
        self.rendered: dict[tuple[str, bool], str] = {}
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

    def _key(self, page: Any, nav: Any) -> tuple[str, bool] | None:
        """None for a page the menu shows as its own (or as an ancestor's), or that is no folder."""
        if nav is not self._nav:
            self._nav = nav
            items = list(_items(nav.items))
            self._in_menu = frozenset(id(item) for item in items)
            self._addresses = tuple(item.url for item in items if getattr(item, "url", None) is not None)
        url = getattr(page, "url", None)
        if not isinstance(url, str) or not url.endswith("/") or id(page) in self._in_menu:
            return None
        if any(address.startswith(url) for address in self._addresses):
            return None  # the menu holds a page below this one: its address differs from a sibling's
        hide = (getattr(page, "meta", None) or {}).get("hide") or ()
        return posixpath.dirname(url.rstrip("/")), "navigation" in hide


def _items(items: list[Any]) -> Any:
    for item in items:
        yield item
        yield from _items(getattr(item, "children", None) or [])
