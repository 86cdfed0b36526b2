// The "Kopieer het adres" buttons on the pages about a feed (volgen/…): copy the feed's
// address to the clipboard and say so. Without JavaScript the buttons stay hidden (see
// steunpakket.css) and the address is plain text to select and copy.
(function () {
  "use strict";
  function say(button, text) {
    var status = button.parentNode.querySelector(".kopieer-melding");
    if (status) { status.textContent = text; }
  }
  function select(element) {
    var range = document.createRange();
    range.selectNodeContents(element);
    var selection = window.getSelection();
    selection.removeAllRanges();
    selection.addRange(range);
  }
  function copy(button) {
    var element = document.getElementById(button.dataset.kopieer);
    if (!element) { return; }
    var text = element.textContent.trim();
    var fallback = function () {
      select(element);
      say(button, "Het adres is geselecteerd. Kopieer het met Ctrl+C, of op een telefoon met ‘Kopiëren’.");
    };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () {
        say(button, "Gekopieerd. Plak het adres nu in uw feedlezer.");
      }, fallback);
    } else {
      fallback();
    }
  }
  function start() {
    document.querySelectorAll("button[data-kopieer]").forEach(function (button) {
      button.addEventListener("click", function () { copy(button); });
    });
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
