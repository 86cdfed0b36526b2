// When the site search finds nothing, the theme only says "Geen overeenkomende documenten".
// This script adds, under that line, what the site covers and what it does not, and for a
// search that looks like a place name (letters only, at most four words: "Groningen",
// "Den Helder") where the page Per gemeente says how to find any municipality's amount.
// A search with results shows none of it. Without JavaScript there is no search at all.
//
// The block sits beside the theme's result list, not in it: the theme takes the last child
// of its result element as the list. Addresses are built from the theme's own base address
// (the __config of every page), so the site works under any address.
(function () {
  "use strict";
  var PLACE = /^[\p{L}'’.-]+(?: [\p{L}'’.-]+){0,3}$/u;

  function config() {
    var element = document.getElementById("__config");
    try { return element ? JSON.parse(element.textContent) : {}; } catch (error) { return {}; }
  }

  function paragraph(parts) {
    var p = document.createElement("p");
    parts.forEach(function (part) {
      if (typeof part === "string") { p.appendChild(document.createTextNode(part)); return; }
      var a = document.createElement("a");
      a.href = part.href;
      a.textContent = part.text;
      p.appendChild(a);
    });
    return p;
  }

  function block(base) {
    var address = function (path) { return new URL(base + path, document.baseURI).href; };
    var div = document.createElement("div");
    div.className = "zoeken-geen-resultaat";
    div.hidden = true;
    div.appendChild(paragraph([
      "Deze site gaat over één pakket: het steunpakket sociaal en mentaal welzijn en leefstijl van 2021. " +
      "U vindt hier de begroting, de actielijnen, de initiatieven die de bronnen noemen, wat het pakket " +
      "opleverde en de bron van elk cijfer."]));
    div.appendChild(paragraph([
      "Andere steun uit de coronatijd, zoals de steun voor banen en ondernemers, staat niet op deze site."]));
    var gemeente = paragraph(["Zoekt u een gemeente? Op ", {href: address("gemeenten/"), text: "Per gemeente"},
      " leest u waar u het bedrag van elke gemeente vindt."]);
    gemeente.className = "zoeken-gemeente";
    div.appendChild(gemeente);
    div.appendChild(paragraph(["Probeer ook een ander woord, of zoek een woord op in de ",
      {href: address("begrippen/"), text: "Begrippenlijst"}, "."]));
    return div;
  }

  function start() {
    var settings = config();
    var none = (settings.translations || {})["search.result.none"];
    var meta = document.querySelector(".md-search-result__meta");
    var input = document.querySelector("input.md-search__input");
    var wrap = document.querySelector(".md-search__scrollwrap");
    if (!none || !meta || !input || !wrap) { return; }
    var base = (settings.base || ".").replace(/\/?$/, "/");
    var shown = block(base);
    var gemeente = shown.querySelector(".zoeken-gemeente");
    wrap.appendChild(shown);

    function update() {
      var query = input.value.trim().replace(/\s+/g, " ");
      var nothing = query !== "" && meta.textContent.trim() === none;
      shown.hidden = !nothing;
      gemeente.hidden = !nothing || !PLACE.test(query);
    }
    // The theme rewrites its line after every search, also with the same words: update then,
    // not while the reader types (the line still tells the previous search).
    new MutationObserver(update).observe(meta, {childList: true, characterData: true, subtree: true});
    input.addEventListener("input", function () { if (!input.value.trim()) { update(); } });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
}());
