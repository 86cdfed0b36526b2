// Narrows the initiatives overview by actielijn, level and municipality.
// Without JavaScript the page shows the same initiatives as grouped, linked lists;
// this script only shows the form and hides what does not match. It works on the
// grouping per actielijn, which lists every initiative once with its data.
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

    function apply() {
      var actielijn = form.elements.actielijn.value;
      var niveau = form.elements.niveau.value;
      var gemeente = form.elements.gemeente.value;
      var active = actielijn || niveau || gemeente;
      var shown = 0;
      items.forEach(function (item) {
        var match = (!actielijn || item.dataset.actielijn === actielijn) &&
          (!niveau || item.dataset.niveau === niveau) &&
          (!gemeente || item.dataset.gemeenten.split("|").indexOf(gemeente) !== -1);
        item.hidden = !match;
        if (match) { shown += 1; }
      });
      groups.forEach(function (group) {
        group.hidden = !group.querySelector("li[data-initiatief]:not([hidden])");
      });
      otherGroupings.forEach(function (section) { section.hidden = Boolean(active); });
      count.textContent = active ? shown + (shown === 1 ? " initiatief gevonden" : " initiatieven gevonden") : "";
    }
    form.addEventListener("change", apply);
    form.addEventListener("submit", function (event) { event.preventDefault(); });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
