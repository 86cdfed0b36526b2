// Narrows the initiatives overview by payment (paid by the package, example, not known),
// actielijn, level and municipality.
// Without JavaScript the page shows the whole list, grouped by payment, and the index
// per municipality; this script only shows the form and hides what does not match.
//
// No layout shift: the form with its reset button and the line of the result count are
// in the HTML, and the stylesheet shows the form from the first paint when scripting is
// on (@media (scripting: enabled)), so this script adds no height after load.
(function () {
  "use strict";
  function start() {
    var form = document.getElementById("initiatieven-filter");
    var list = document.getElementById("initiatieven-lijst");
    if (!form || !list) { return; }
    var items = list.querySelectorAll("li[data-initiatief]");
    var groups = list.querySelectorAll("section.groep");
    var total = list.querySelector("h2 .aantal");
    var none = document.getElementById("filter-geen");
    var perGemeente = document.getElementById("per-gemeente");
    var count = document.getElementById("filter-aantal");
    form.hidden = false;

    // The count in each heading, e.g. "(9)": remembered so a reset restores it.
    groups.forEach(function (group) {
      var aantal = group.querySelector("h3 .aantal");
      if (aantal) { aantal.dataset.origineel = aantal.textContent; }
    });

    function matches(item, financiering, actielijn, niveau, gemeente) {
      return (!financiering || item.dataset.financiering === financiering) &&
        (!actielijn || item.dataset.actielijn === actielijn) &&
        (!niveau || item.dataset.niveau === niveau) &&
        (!gemeente || (item.dataset.gemeenten || "").split("|").indexOf(gemeente) !== -1);
    }

    function showCount(active, shown) {
      if (total) {
        total.textContent = active ? "(" + shown + " van " + items.length + ")" : "(" + items.length + ")";
      }
      if (none) { none.hidden = !active || shown > 0; }
      if (perGemeente) { perGemeente.hidden = active; }
      if (!active) { count.textContent = ""; return; }
      count.textContent = shown === 0
        ? "Geen initiatieven gevonden."
        : shown + (shown === 1 ? " initiatief gevonden" : " initiatieven gevonden");
    }

    function apply() {
      var financiering = form.elements.financiering.value;
      var actielijn = form.elements.actielijn.value;
      var niveau = form.elements.niveau.value;
      var gemeente = form.elements.gemeente.value;
      var active = Boolean(financiering || actielijn || niveau || gemeente);
      var shown = 0;
      items.forEach(function (item) {
        var match = matches(item, financiering, actielijn, niveau, gemeente);
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      groups.forEach(function (group) {
        var visible = group.querySelectorAll("li[data-initiatief]:not([hidden])").length;
        group.hidden = active && visible === 0;
        var aantal = group.querySelector("h3 .aantal");
        if (aantal) { aantal.textContent = active ? "(" + visible + ")" : aantal.dataset.origineel; }
      });
      showCount(active, shown);
    }

    form.addEventListener("change", apply);
    // Both reset buttons (in the form, and under "no results") are native reset buttons
    // of this form; the fields have their new values only after the event.
    form.addEventListener("reset", function () {
      window.setTimeout(function () {
        apply();
        // The button under "no results" is hidden now: keep the focus in the form.
        if (!document.activeElement || document.activeElement === document.body ||
            document.activeElement.closest("[hidden]")) {
          form.elements.financiering.focus();
        }
      }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    // A browser may restore earlier choices when the reader comes back to the page.
    apply();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
