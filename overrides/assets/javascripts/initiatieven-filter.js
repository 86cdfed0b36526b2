// Narrows the initiatives overview by actielijn, level and municipality.
// Without JavaScript the page shows the same initiatives as grouped, linked lists;
// this script only wires up the form and hides what does not match. It works on the
// grouping per actielijn, which lists every initiative once with its data.
//
// No layout shift: the stylesheet already shows the form from the first paint when
// scripting is on (@media (scripting: enabled)) and reserves the line of the result
// count, so this script adds no height after load.
(function () {
  "use strict";
  function start() {
    var form = document.getElementById("initiatieven-filter");
    var byActielijn = document.getElementById("per-actielijn");
    if (!form || !byActielijn) { return; }
    var items = byActielijn.querySelectorAll("li[data-initiatief]");
    var groups = byActielijn.querySelectorAll("section.groep");
    var otherGroupings = document.querySelectorAll("section.groepering:not(#per-actielijn)");
    var count = document.getElementById("filter-aantal");
    form.hidden = false;

    // The count in each group heading, e.g. "(9)": remembered so a reset restores it.
    groups.forEach(function (group) {
      var aantal = group.querySelector("h3 .aantal, h2 .aantal");
      if (aantal) { aantal.dataset.origineel = aantal.textContent; }
    });

    function reset() {
      form.reset();
      apply();
      form.elements.actielijn.focus();
    }

    // The reset button sits in the form, hidden until a filter is chosen: it appears
    // only after the reader's own choice, never as a shift after load.
    var button = document.createElement("button");
    button.type = "button";
    button.className = "filter-wissen md-button";
    button.textContent = "Filter wissen";
    button.hidden = true;
    button.addEventListener("click", reset);
    (form.querySelector("fieldset") || form).appendChild(button);

    function showCount(active, shown) {
      button.hidden = !active;
      if (!active) { count.textContent = ""; return; }
      count.textContent = shown === 0
        ? "Geen initiatieven gevonden met deze keuzes. Kies ‘Filter wissen’ om alle initiatieven weer te zien."
        : shown + (shown === 1 ? " initiatief gevonden" : " initiatieven gevonden");
    }

    function apply() {
      var actielijn = form.elements.actielijn.value;
      var niveau = form.elements.niveau.value;
      var gemeente = form.elements.gemeente.value;
      var active = Boolean(actielijn || niveau || gemeente);
      var shown = 0;
      items.forEach(function (item) {
        var match = (!actielijn || item.dataset.actielijn === actielijn) &&
          (!niveau || item.dataset.niveau === niveau) &&
          (!gemeente || (item.dataset.gemeenten || "").split("|").indexOf(gemeente) !== -1);
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      groups.forEach(function (group) {
        var visible = group.querySelectorAll("li[data-initiatief]:not([hidden])").length;
        group.hidden = visible === 0;
        var aantal = group.querySelector("h3 .aantal, h2 .aantal");
        if (aantal) { aantal.textContent = active ? "(" + visible + ")" : aantal.dataset.origineel; }
      });
      otherGroupings.forEach(function (section) { section.hidden = active; });
      showCount(active, shown);
    }
    form.addEventListener("change", apply);
    form.addEventListener("reset", function () { window.setTimeout(apply, 0); });
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
