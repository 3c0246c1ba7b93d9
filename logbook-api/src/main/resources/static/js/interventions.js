// Behaviour of the intervention pages; everything also works without it (plain form posts, every input shown).
(function () {
  'use strict';
  if (window.logbookInterventions) {
    window.logbookInterventions.refresh(document);
    return; // already wired: htmx re-runs this script with every swapped page
  }

  // Inputs of the mode not chosen are disabled, so neither the form post nor the offline outbox sends them.
  function applyMode(form) {
    var chosen = form.querySelector('input[name="mode"]:checked');
    form.querySelectorAll('[data-mode-only]').forEach(function (group) {
      var off = chosen && group.getAttribute('data-mode-only') !== chosen.value;
      group.querySelectorAll('input, select, textarea').forEach(function (input) { input.disabled = !!off; });
    });
  }

  // The region follows the territory chosen (each option names its region).
  function applyRegion(select) {
    var option = select.options[select.selectedIndex];
    var region = select.form && select.form.querySelector('input[name="region"]');
    if (region && option && option.getAttribute('data-region')) {
      region.value = option.getAttribute('data-region');
    }
  }

  // "1 200 caractères restants", counted as a person counts (an accent or an emoji is one character).
  function applyCount(area) {
    var out = document.getElementById(area.id + '-count');
    if (!out) { return; }
    var left = Number(area.getAttribute('data-count-max')) - Array.from(area.value).length;
    var formatted = new Intl.NumberFormat(document.documentElement.lang || 'fr').format(left);
    out.textContent = area.getAttribute('data-count-template').replace(/\{[^}]*\}/, formatted);
  }

  function refresh(root) {
    root.querySelectorAll('form').forEach(function (form) {
      if (form.querySelector('input[name="mode"]')) { applyMode(form); }
    });
    root.querySelectorAll('select[data-region-source]').forEach(applyRegion);
    root.querySelectorAll('textarea[data-count-max]').forEach(applyCount);
    var summary = root.querySelector('[data-error-summary]');
    if (summary) { summary.focus(); }
  }

  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target.name === 'mode' && target.form) { applyMode(target.form); }
    if (target.hasAttribute && target.hasAttribute('data-region-source')) { applyRegion(target); }
  });
  document.addEventListener('input', function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute('data-count-max')) { applyCount(event.target); }
  });
  // A refused form answers 422 with the form and its errors: htmx swaps it in like a success.
  document.addEventListener('htmx:beforeSwap', function (event) {
    if (event.detail.xhr.status === 422) {
      event.detail.shouldSwap = true;
      event.detail.isError = false;
    }
  });

  window.logbookInterventions = { refresh: refresh };
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { refresh(document); });
  } else {
    refresh(document);
  }
})();
