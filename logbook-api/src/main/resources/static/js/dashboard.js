// The tableau de bord: the bilan's « Copier » button (Clipboard API; the text stays selectable for browsers without
// it), and refused filters (400) swapped in by htmx like an answer, so the reader sees why.
(function () {
  'use strict';
  // the script comes again with each page htmx swaps in: listen once
  if (window.logbookDashboard) {
    return;
  }
  window.logbookDashboard = true;
  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-copy]');
    if (!button) {
      return;
    }
    var source = document.getElementById(button.getAttribute('data-copy'));
    var status = document.querySelector('.copy-status');
    var say = function (text) {
      if (status) {
        status.textContent = text;
      }
    };
    if (!navigator.clipboard || !source) {
      say(button.getAttribute('data-copy-failed'));
      return;
    }
    navigator.clipboard.writeText(source.innerText.trim()).then(function () {
      say(button.getAttribute('data-copied'));
    }, function () {
      say(button.getAttribute('data-copy-failed'));
    });
  });
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 400 && event.detail.target && event.detail.target.id === 'dashboard') {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });
})();
