// The research exports page: starts an export in the page (so its manifest can be offered next to the file), and
// verifies a downloaded file against its manifest without sending it anywhere: SHA-256 (crypto.subtle), the number
// of lines, the first and the last global sequence. Every text comes from the page's data-* attributes (bundles).
(function () {
  'use strict';

  function manifestUrl(base, exportId) {
    return base + encodeURIComponent(exportId) + '/manifest.json';
  }

  function hex(buffer) {
    return Array.from(new Uint8Array(buffer)).map(function (b) { return b.toString(16).padStart(2, '0'); }).join('');
  }

  function startExport(form) {
    var ready = document.querySelector('[data-export-ready]');
    var status = ready.querySelector('[data-export-status]');
    var fileLink = ready.querySelector('[data-export-file]');
    var manifestLink = ready.querySelector('[data-export-manifest]');
    var base = document.querySelector('[data-verify-form]').dataset.manifestUrl;
    ready.hidden = false;
    fileLink.hidden = true;
    manifestLink.hidden = true;
    status.textContent = status.dataset.working;
    var url = form.action + '?' + new URLSearchParams(new FormData(form)).toString();
    fetch(url, {credentials: 'same-origin'}).then(function (response) {
      var exportId = response.headers.get('X-Export-Id');
      if (!response.ok || !exportId) {
        // A refusal is a page: let the browser show it with the refused field.
        window.location.href = url;
        return null;
      }
      return response.blob().then(function (blob) {
        var name = 'events-' + exportId + '.ndjson';
        fileLink.href = URL.createObjectURL(blob);
        fileLink.download = name;
        fileLink.hidden = false;
        manifestLink.href = manifestUrl(base, exportId);
        manifestLink.download = 'events-' + exportId + '.manifest.json';
        manifestLink.hidden = false;
        document.getElementById('verify-export-id').value = exportId;
        status.textContent = status.dataset.ready.replace('{0}', exportId);
        ready.dataset.exportId = exportId;
      });
    }).catch(function () {
      status.textContent = status.dataset.failed;
    });
  }

  function row(table, label, expected, found) {
    var tr = document.createElement('tr');
    var th = document.createElement('th');
    th.scope = 'row';
    th.textContent = label;
    tr.appendChild(th);
    [expected, found].forEach(function (value) {
      var td = document.createElement('td');
      var code = document.createElement('code');
      code.textContent = value === null || value === undefined ? '—' : String(value);
      td.appendChild(code);
      tr.appendChild(td);
    });
    table.tBodies[0].appendChild(tr);
  }

  function show(result, message, kind, differences) {
    result.replaceChildren();
    var p = document.createElement('p');
    p.className = 'alert alert--' + kind;
    p.setAttribute('role', kind === 'ok' ? 'status' : 'alert');
    p.dataset.verdict = kind;
    p.textContent = message;
    result.appendChild(p);
    if (differences && differences.length) {
      var d = result.dataset;
      var table = document.createElement('table');
      table.innerHTML = '<thead><tr><th scope="col"></th><th scope="col"></th><th scope="col"></th></tr></thead><tbody></tbody>';
      var heads = table.tHead.rows[0].cells;
      heads[0].textContent = d.labelItem;
      heads[1].textContent = d.labelExpected;
      heads[2].textContent = d.labelFound;
      differences.forEach(function (diff) { row(table, diff[0], diff[1], diff[2]); });
      result.appendChild(table);
    }
  }

  function sequenceOf(line) {
    try {
      return JSON.parse(line).globalSequence;
    } catch (e) {
      return null;
    }
  }

  function verify(form) {
    var result = document.querySelector('[data-verify-result]');
    var d = result.dataset;
    var input = document.getElementById('verify-file');
    var file = input.files && input.files[0];
    if (!file) {
      show(result, d.noFile, 'error');
      input.focus();
      return;
    }
    if (!window.crypto || !window.crypto.subtle) {
      show(result, d.unsupported, 'error');
      return;
    }
    var idField = document.getElementById('verify-export-id');
    var exportId = idField.value.trim();
    var named = /events-([0-9a-fA-F-]{36})\.ndjson$/.exec(file.name);
    if (!exportId && named) {
      exportId = named[1];
      idField.value = exportId;
    }
    if (!exportId) {
      show(result, d.noManifest, 'error');
      idField.focus();
      return;
    }
    show(result, d.working, 'info');
    var manifest = fetch(manifestUrl(form.dataset.manifestUrl, exportId), {credentials: 'same-origin'})
      .then(function (response) { return response.ok ? response.json() : null; });
    Promise.all([manifest, file.arrayBuffer()]).then(function (both) {
      var m = both[0];
      var bytes = both[1];
      if (!m) {
        show(result, d.noManifest, 'error');
        return;
      }
      if (m.state !== 'COMPLETED') {
        show(result, d.notCompleted, 'error');
        return;
      }
      return crypto.subtle.digest('SHA-256', bytes).then(function (digest) {
        var text = new TextDecoder('utf-8').decode(bytes);
        var lines = text.split('\n');
        if (lines.length && lines[lines.length - 1] === '') {
          lines.pop();
        }
        var found = {
          count: lines.length,
          first: lines.length ? sequenceOf(lines[0]) : null,
          last: lines.length ? sequenceOf(lines[lines.length - 1]) : null,
          sha: hex(digest)
        };
        var differences = [];
        if (found.count !== m.eventCount) { differences.push([d.labelCount, m.eventCount, found.count]); }
        if (found.first !== (m.firstSequence === undefined ? null : m.firstSequence)) {
          differences.push([d.labelFirst, m.firstSequence, found.first]);
        }
        if (found.last !== (m.lastSequence === undefined ? null : m.lastSequence)) {
          differences.push([d.labelLast, m.lastSequence, found.last]);
        }
        if (found.sha !== m.sha256) { differences.push([d.labelSha, m.sha256, found.sha]); }
        if (differences.length) {
          show(result, d.differs, 'error', differences);
        } else {
          show(result, d.ok.replace('{0}', String(found.count)), 'ok');
        }
      });
    }).catch(function () {
      show(result, d.noManifest, 'error');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    var exportForm = document.querySelector('[data-export-form]');
    if (exportForm) {
      exportForm.addEventListener('submit', function (event) {
        event.preventDefault();
        startExport(exportForm);
      });
    }
    var verifyForm = document.querySelector('[data-verify-form]');
    if (verifyForm) {
      verifyForm.addEventListener('submit', function (event) {
        event.preventDefault();
        verify(verifyForm);
      });
    }
  });
})();
