// The offline outbox: an intervention recorded without a connection waits in this browser's IndexedDB, with the id
// the form chose for it, and is sent to /sync/interventions when the connection returns. The API's creation is
// idempotent by id, so sending again after a lost answer records it once. Follow-ups (referrals) made from a waiting
// entry queue behind it, in order. A refusal stays on the entry until the worker corrects or deletes it: nothing is
// dropped silently. Once the server accepts an entry it leaves the device (its notes are personal data).
// Every text comes from the page (#offline-texts, from i18n/offline*.properties): none is written here.
(function () {
  'use strict';

  var textsElement = document.getElementById('offline-texts');
  if (!textsElement || !window.indexedDB) {
    return; // not a worker's page (sign-in, admin) or a browser without storage: the pages work as before
  }
  var T = textsElement.dataset;
  var LANG = document.documentElement.lang || 'fr';
  var userMeta = document.querySelector('meta[name="logbook-user"]');
  var user = userMeta ? userMeta.content : '';
  // set by the service worker on the copy of the entry page it serves without a connection (see offline/sw.js)
  var offlineCopy = !!document.querySelector('meta[name="logbook-offline-copy"]');

  // The request body is the REST API's JSON (InterventionRequest): repeated checkboxes are arrays, these are numbers
  // and booleans, an empty field is left out.
  var ARRAYS = ['targetGroups', 'ageGroups', 'supportCategories'];
  var NUMBERS = ['durationMinutes', 'participants'];
  var BOOLEANS = ['followUpPlanned'];
  var MAX_RETRY_MS = 5 * 60 * 1000;

  if ('serviceWorker' in navigator) {
    navigator.serviceWorker.register('/sw.js', { scope: '/' }).then(function () {
      return navigator.serviceWorker.ready;
    }).then(function (registration) {
      // forgotten at the last sign-out (see forgetKeptPages): kept again now that a worker is signed in
      return caches.open('logbook-shell-v1').then(function (cache) {
        return cache.match('/interventions/new');
      }).then(function (kept) {
        if (!kept && registration.active && navigator.onLine !== false) {
          registration.active.postMessage('keep-shell');
        }
      });
    }).catch(function () {
      // without a service worker the entry page does not open offline, but the outbox still keeps what was typed
    });
  }

  // ---- IndexedDB: one store of entries, keyed by the intervention's id ----

  var dbPromise = null;

  function db() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        var request = indexedDB.open('logbook-outbox', 1);
        request.onupgradeneeded = function () {
          request.result.createObjectStore('entries', { keyPath: 'id' });
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
      });
    }
    return dbPromise;
  }

  // Writes wait for the disk ('strict'): an entry reported kept survives the browser being closed right after.
  function transaction(mode, work) {
    return db().then(function (database) {
      return new Promise(function (resolve, reject) {
        var tx = database.transaction('entries', mode, mode === 'readwrite' ? { durability: 'strict' } : undefined);
        var result;
        var request = work(tx.objectStore('entries'));
        if (request) {
          request.onsuccess = function () { result = request.result; };
        }
        tx.oncomplete = function () { resolve(result); };
        tx.onerror = function () { reject(tx.error); };
        tx.onabort = function () { reject(tx.error); };
      });
    });
  }

  var store = {
    all: function () {
      return transaction('readonly', function (s) { return s.getAll(); }).then(function (entries) {
        return (entries || []).sort(function (a, b) { return a.createdAt - b.createdAt; });
      });
    },
    get: function (id) { return transaction('readonly', function (s) { return s.get(id); }); },
    put: function (entry) { return transaction('readwrite', function (s) { return s.put(entry); }); },
    remove: function (id) { return transaction('readwrite', function (s) { return s.delete(id); }); }
  };

  function mine(entries) {
    return entries.filter(function (entry) { return entry.owner === user; });
  }

  function hasWork(entry) {
    return entry.accepted
      ? entry.followUps.some(function (f) { return f.status === 'waiting'; })
      : entry.status === 'waiting';
  }

  function isRefused(entry) {
    return entry.status === 'refused' || entry.followUps.some(function (f) { return f.status === 'refused'; });
  }

  // ---- small helpers ----

  function text(template, values) {
    return String(template || '').replace(/\{(\w+)\}/g, function (all, name) {
      return values && values[name] !== undefined ? values[name] : all;
    });
  }

  function uuid() {
    if (window.crypto && crypto.randomUUID) {
      return crypto.randomUUID();
    }
    // crypto.randomUUID needs a secure context; plain-http test servers other than localhost lack it
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    var hex = Array.prototype.map.call(bytes, function (b) { return (b + 0x100).toString(16).slice(1); }).join('');
    return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-'
      + hex.slice(20);
  }

  function element(tag, className, content) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (content !== undefined) {
      node.textContent = content;
    }
    return node;
  }

  function formatDate(iso) {
    if (!iso) {
      return '';
    }
    try {
      return new Date(iso + 'T12:00:00').toLocaleDateString(LANG === 'en' ? 'en-CA' : 'fr-CA',
        { day: 'numeric', month: 'long', year: 'numeric' });
    } catch (e) {
      return iso;
    }
  }

  function entryForm() {
    return document.querySelector('form[data-outbox="intervention"]');
  }

  function outboxForm(node) {
    return node && node.closest ? node.closest('form[data-outbox="intervention"]') : null;
  }

  // ---- the form <-> the API's JSON body ----

  function formBody(form) {
    var body = {};
    new FormData(form).forEach(function (value, name) {
      if (typeof value !== 'string' || name.charAt(0) === '_' || value.trim() === '') {
        return; // _csrf and Spring's _field markers are not part of the body; empty means absent
      }
      if (ARRAYS.indexOf(name) >= 0) {
        (body[name] = body[name] || []).push(value);
      } else if (NUMBERS.indexOf(name) >= 0) {
        body[name] = Number(value);
      } else if (BOOLEANS.indexOf(name) >= 0) {
        body[name] = value === 'true' || value === 'on';
      } else {
        body[name] = value;
      }
    });
    return body;
  }

  function fillForm(form, body) {
    Array.prototype.forEach.call(form.elements, function (field) {
      if (!field.name || field.name.charAt(0) === '_' || field.type === 'submit' || field.type === 'button') {
        return;
      }
      var value = body[field.name];
      if (field.type === 'checkbox') {
        field.checked = Array.isArray(value) ? value.indexOf(field.value) >= 0
          : value === true && (field.value === 'true' || field.value === 'on');
      } else if (field.type === 'radio') {
        field.checked = value !== undefined && String(value) === field.value;
      } else if (field.type !== 'file') {
        field.value = value === undefined || value === null ? '' : String(value);
      }
      // the page's own scripts (counters, fields shown by mode) follow the restored values
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
    });
  }

  function newId(form) {
    var id = form.querySelector('input[name="id"]');
    if (id) {
      id.value = uuid();
    }
  }

  // ---- keeping an entry on the device ----

  function keep(form) {
    var body = formBody(form);
    if (!body.id) {
      body.id = uuid();
    }
    var correcting = form.dataset.outboxCorrecting;
    return store.get(body.id).then(function (existing) {
      var entry = existing || { id: body.id, owner: user, createdAt: Date.now(), followUps: [] };
      entry.body = body;
      entry.summary = { date: body.date || '', mode: body.mode || '' };
      entry.status = 'waiting';
      entry.problem = null;
      entry.accepted = false;
      return store.put(entry);
    }).then(function () {
      delete form.dataset.outboxCorrecting;
      var notice = document.getElementById('outbox-correcting');
      if (notice) {
        notice.remove();
      }
      form.reset();
      newId(form); // the next entry gets an id of its own
      announce(correcting ? T.corrected : T.outboxKept);
      return render();
    }).then(function () {
      syncSoon();
    }, function () {
      // the device refused to store it (storage full, private mode): the form keeps what was typed
      announce(T.notKept);
    });
  }

  // Without a connection (or on the kept copy, whose session token is stale, or while correcting) the outbox takes
  // the entry before htmx sends it. Capture phase: this runs before htmx's own listener on the form.
  document.addEventListener('submit', function (event) {
    var form = outboxForm(event.target);
    if (!form) {
      return;
    }
    if (navigator.onLine === false || offlineCopy || form.dataset.outboxCorrecting || !window.htmx) {
      event.preventDefault();
      event.stopPropagation();
      keep(form);
    }
  }, true);

  document.addEventListener('htmx:beforeRequest', function (event) {
    var form = outboxForm(event.detail.elt);
    if (form && event.detail.requestConfig && event.detail.requestConfig.verb === 'post'
        && navigator.onLine === false) {
      event.preventDefault();
      keep(form);
    }
  });

  // The request did not reach the server, or its answer was lost: kept, and sent again with the same id later.
  function tookOver(event) {
    var form = outboxForm(event.detail.elt);
    if (form && event.detail.requestConfig && event.detail.requestConfig.verb === 'post') {
      keep(form);
    }
  }
  document.addEventListener('htmx:sendError', tookOver);
  document.addEventListener('htmx:timeout', tookOver);
  document.addEventListener('htmx:responseError', function (event) {
    var status = event.detail.xhr ? event.detail.xhr.status : 0;
    if (status === 502 || status === 503 || status === 504) {
      tookOver(event); // a gateway with no server behind it: as good as no connection
    }
  });

  // ---- sending ----

  var syncing = null;
  var again = false;
  var retryTimer = null;
  var attempt = 0;
  var state = ''; // '', 'offline', 'retry', 'sign-in'
  var sending = {};

  function syncSoon() {
    if (syncing) {
      again = true;
      return syncing;
    }
    syncing = (navigator.locks
      ? navigator.locks.request('logbook-outbox', runSync) // one tab sends at a time
      : runSync()).catch(function () {
      return later();
    }).then(function (result) {
      syncing = null;
      if (again) {
        again = false;
        return syncSoon();
      }
      return result;
    });
    return syncing;
  }

  function later() {
    attempt += 1;
    var delay = Math.min(MAX_RETRY_MS, 5000 * Math.pow(2, attempt - 1)) * (0.75 + Math.random() * 0.5);
    clearTimeout(retryTimer);
    retryTimer = setTimeout(syncSoon, delay);
    state = navigator.onLine === false ? 'offline' : 'retry';
    return render().then(function () { return 'later'; });
  }

  function updateTokens(session) {
    var meta = document.querySelector('meta[name="_csrf"]');
    if (meta) {
      meta.content = session.token;
    }
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (header) {
      header.content = session.header;
    }
    document.querySelectorAll('input[name="_csrf"]').forEach(function (input) { input.value = session.token; });
  }

  // A fresh CSRF token of the current session, or null when the worker must sign in again (the kept page's token
  // may belong to a session long gone).
  function freshSession() {
    return fetch('/sync/session', {
      credentials: 'same-origin', redirect: 'manual', cache: 'no-store', headers: { Accept: 'application/json' }
    }).then(function (response) {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        return null;
      }
      if (!response.ok) {
        throw new Error('session ' + response.status);
      }
      return response.json().then(function (session) {
        updateTokens(session);
        return session;
      });
    });
  }

  function readProblem(response) {
    var type = response.headers.get('Content-Type') || '';
    if (type.indexOf('json') < 0) {
      return Promise.resolve(null);
    }
    return response.json().then(function (problem) {
      var errors = Array.isArray(problem.errors) ? problem.errors : [];
      return {
        status: response.status,
        title: problem.title || '',
        detail: problem.detail || '',
        errors: errors.map(function (error) {
          return {
            field: error.field || null,
            message: error.message || error['message_' + LANG] || error.message_fr || ''
          };
        })
      };
    }).catch(function () { return null; });
  }

  function post(url, body, session) {
    var headers = {
      'Content-Type': 'application/json',
      Accept: 'application/problem+json, application/json',
      'Accept-Language': LANG
    };
    headers[session.header] = session.token;
    return fetch(url, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', cache: 'no-store', headers: headers,
      body: JSON.stringify(body)
    }).then(function (response) {
      if (response.ok) {
        return { kind: 'ok' };
      }
      if (response.type === 'opaqueredirect' || response.status === 401) {
        return { kind: 'sign-in' };
      }
      if (response.status >= 500 || response.status === 408 || response.status === 429) {
        return { kind: 'later' };
      }
      return readProblem(response).then(function (problem) {
        if (!problem && response.status === 403) {
          return { kind: 'sign-in' }; // a refused session token, not a refused entry
        }
        return { kind: 'refused', problem: problem || { status: response.status, title: T.errorUnknown, detail: '',
          errors: [] } };
      });
    }, function () {
      return { kind: 'later' };
    });
  }

  function sendEntry(entry, session) {
    var chain = Promise.resolve('ok');
    if (!entry.accepted) {
      if (entry.status !== 'waiting') {
        return Promise.resolve('held');
      }
      sending[entry.id] = true;
      chain = render().then(function () {
        return post('/sync/interventions', entry.body, session);
      }).then(function (result) {
        delete sending[entry.id];
        if (result.kind === 'refused') {
          entry.status = 'refused';
          entry.problem = result.problem;
          return store.put(entry).then(function () { return 'refused'; });
        }
        if (result.kind !== 'ok') {
          return result.kind;
        }
        entry.accepted = true;
        entry.body = null; // the notes leave the device as soon as the server has them
        entry.problem = null;
        return (entry.followUps.length ? store.put(entry) : store.remove(entry.id)).then(function () { return 'ok'; });
      });
    }
    return chain.then(function (outcome) {
      return outcome === 'ok' && entry.followUps.length ? sendFollowUps(entry, session) : outcome;
    });
  }

  // In order: a refused follow-up holds back those behind it.
  function sendFollowUps(entry, session) {
    var next = entry.followUps[0];
    if (!next) {
      return store.remove(entry.id).then(function () { return 'ok'; });
    }
    if (next.status !== 'waiting') {
      return Promise.resolve('held');
    }
    return post('/sync/interventions/' + encodeURIComponent(entry.id) + '/referrals', next.body, session)
      .then(function (result) {
        if (result.kind === 'refused') {
          next.status = 'refused';
          next.problem = result.problem;
          return store.put(entry).then(function () { return 'refused'; });
        }
        if (result.kind !== 'ok') {
          return result.kind;
        }
        entry.followUps.shift();
        return (entry.followUps.length ? store.put(entry) : Promise.resolve()).then(function () {
          return sendFollowUps(entry, session);
        });
      });
  }

  function runSync() {
    return store.all().then(function (entries) {
      var work = mine(entries).filter(hasWork);
      if (!work.length) {
        state = '';
        return render().then(function () { return 'empty'; });
      }
      if (navigator.onLine === false) {
        return later(); // the 'online' event will also try again at once
      }
      return freshSession().then(function (session) {
        if (!session) {
          state = 'sign-in';
          return render().then(function () { return 'sign-in'; });
        }
        var outcome = Promise.resolve('ok');
        work.forEach(function (entry) {
          outcome = outcome.then(function (previous) {
            return previous === 'later' || previous === 'sign-in' ? previous : sendEntry(entry, session)
              .then(function (result) { return result === 'later' || result === 'sign-in' ? result : 'ok'; });
          });
        });
        return outcome.then(function (result) {
          if (result === 'later') {
            return later();
          }
          if (result === 'sign-in') {
            state = 'sign-in';
            return render().then(function () { return result; });
          }
          attempt = 0;
          state = '';
          return store.all().then(function (left) {
            // what the last message said ("kept on the device") no longer holds once the server answered; a
            // refusal is announced by the header's count
            announce(mine(left).length ? '' : T.outboxSent);
            return render();
          }).then(function () { return 'sent'; });
        });
      });
    });
  }

  window.addEventListener('online', function () {
    attempt = 0;
    syncSoon();
  });
  window.addEventListener('offline', function () {
    state = 'offline';
    render();
  });
  document.addEventListener('visibilitychange', function () {
    if (document.visibilityState === 'visible') {
      syncSoon();
    }
  });

  // ---- what the worker sees ----

  function announce(message) {
    var region = document.querySelector('[data-outbox-announce]');
    if (region) {
      region.textContent = message || '';
    }
  }

  function renderStatus(entries) {
    var status = document.querySelector('[data-outbox-status]');
    if (!status) {
      return;
    }
    var refused = entries.filter(isRefused).length;
    var waiting = entries.length - refused;
    status.textContent = '';
    if (!entries.length) {
      return;
    }
    var link = element('a', 'outbox-status__link');
    link.href = '/interventions/new#outbox';
    if (waiting) {
      link.appendChild(element('span', 'outbox-status__waiting', text(T.statusCount, { count: waiting })));
    }
    if (refused) {
      link.appendChild(element('span', 'outbox-status__refused', text(T.statusRefused, { count: refused })));
    }
    status.appendChild(link);
  }

  function optionLabel(name, value) {
    var template = document.getElementById('outbox-referral-form');
    var option = template && template.content.querySelector('select[name="' + name + '"] option[value="' + value + '"]');
    return option ? option.textContent : value;
  }

  function problemBlock(problem) {
    var box = element('div', 'alert alert--error outbox-entry__problem');
    box.appendChild(element('p', 'outbox-entry__problem-title', problem.detail || problem.title || T.errorUnknown));
    var messages = problem.errors.filter(function (error) { return error.message && error.message !== problem.detail; });
    if (messages.length) {
      var list = element('ul');
      messages.forEach(function (error) { list.appendChild(element('li', '', error.message)); });
      box.appendChild(list);
    }
    return box;
  }

  function button(label, className, action, id) {
    var node = element('button', 'button ' + (className || ''), label);
    node.type = 'button';
    node.dataset.outboxAction = action;
    node.dataset.outboxId = id;
    return node;
  }

  function entryItem(entry) {
    var item = element('li', 'outbox-entry card' + (isRefused(entry) ? ' outbox-entry--refused' : ''));
    item.dataset.outboxItem = entry.id;
    var headingId = 'outbox-entry-' + entry.id;
    var heading = element('h3', 'outbox-entry__title', text(T.outboxEntry, { date: formatDate(entry.summary.date) }));
    heading.id = headingId;
    item.setAttribute('aria-labelledby', headingId);
    item.appendChild(heading);
    var stateText = entry.status === 'refused' ? T.stateRefused
      : sending[entry.id] ? T.stateSending : entry.accepted ? T.stateAccepted : T.stateWaiting;
    item.appendChild(element('p', 'outbox-entry__state outbox-entry__state--' + (entry.status === 'refused'
      ? 'refused' : 'waiting'), stateText));
    if (entry.status === 'refused' && entry.problem) {
      item.appendChild(problemBlock(entry.problem));
    }
    if (entry.followUps.length) {
      var list = element('ul', 'outbox-entry__follow-ups');
      entry.followUps.forEach(function (followUp) {
        var line = element('li', '', text(T.referral, {
          sector: optionLabel('sector', followUp.body.sector), need: optionLabel('need', followUp.body.need)
        }) + ' — ' + (followUp.status === 'refused' ? T.referralRefused : T.stateWaiting));
        if (followUp.status === 'refused' && followUp.problem) {
          line.appendChild(problemBlock(followUp.problem));
          line.appendChild(button(T.delete, 'button--danger', 'delete-follow-up', entry.id));
        }
        list.appendChild(line);
      });
      item.appendChild(list);
    }
    var actions = element('div', 'actions');
    if (!entry.accepted) {
      if (entry.status === 'refused') {
        actions.appendChild(button(T.correct, 'button--primary', 'correct', entry.id));
      }
      if (entry.summary.mode !== 'COLLECTIVE' && entry.status !== 'refused') {
        actions.appendChild(button(T.refer, '', 'refer', entry.id));
      }
      actions.appendChild(button(T.delete, 'button--danger', 'delete', entry.id));
    }
    if (actions.children.length) {
      item.appendChild(actions);
    }
    return item;
  }

  // The outbox panel sits right after the entry form (the page is the pages engineer's; this script adds to it).
  function ensurePanel() {
    var form = entryForm();
    if (!form) {
      return null;
    }
    var panel = document.getElementById('outbox');
    if (panel && panel.isConnected) {
      return panel;
    }
    var announceRegion = element('p', 'outbox-announce');
    announceRegion.setAttribute('aria-live', 'polite');
    announceRegion.dataset.outboxAnnounce = '';
    form.insertAdjacentElement('afterend', announceRegion);
    panel = element('section', 'outbox');
    panel.id = 'outbox';
    panel.setAttribute('aria-labelledby', 'outbox-title');
    panel.hidden = true;
    var title = element('h2', 'outbox__title', T.outboxTitle);
    title.id = 'outbox-title';
    title.tabIndex = -1;
    panel.appendChild(title);
    panel.appendChild(element('p', 'outbox__intro', T.outboxIntro));
    var stateLine = element('p', 'alert alert--info outbox__state');
    stateLine.dataset.outboxState = '';
    stateLine.hidden = true;
    panel.appendChild(stateLine);
    var list = element('ul', 'outbox__list');
    list.dataset.outboxList = '';
    panel.appendChild(list);
    var others = element('p', 'outbox__others', T.otherAccount);
    others.dataset.outboxOthers = '';
    others.hidden = true;
    panel.appendChild(others);
    var sendNow = button(T.sendNow, 'button--primary', 'send', '');
    sendNow.dataset.outboxSendNow = '';
    panel.appendChild(sendNow);
    announceRegion.insertAdjacentElement('afterend', panel);
    return panel;
  }

  var openReferral = null;

  function renderPanel(all) {
    var panel = ensurePanel();
    if (!panel) {
      return;
    }
    var entries = mine(all);
    panel.hidden = !entries.length && !all.length;
    var list = panel.querySelector('[data-outbox-list]');
    var focused = document.activeElement;
    var focusKey = focused && focused.dataset && focused.dataset.outboxAction
      ? focused.dataset.outboxAction + ':' + focused.dataset.outboxId : null;
    if (openReferral && list.querySelector('[data-outbox-referral]')) {
      return; // a referral being typed is not swept away by a refresh
    }
    list.textContent = '';
    entries.forEach(function (entry) { list.appendChild(entryItem(entry)); });
    panel.querySelector('[data-outbox-others]').hidden = all.length === entries.length;
    panel.querySelector('[data-outbox-send-now]').hidden = !entries.some(hasWork);
    var stateLine = panel.querySelector('[data-outbox-state]');
    var stateTexts = { offline: T.offline, retry: T.retry, 'sign-in': T.signIn };
    stateLine.textContent = '';
    stateLine.hidden = !entries.length || !stateTexts[state];
    if (!stateLine.hidden) {
      stateLine.appendChild(document.createTextNode(stateTexts[state] + ' '));
      if (state === 'sign-in') {
        var signIn = element('a', '', T.signInLink);
        signIn.href = '/login';
        stateLine.appendChild(signIn);
      }
    }
    if (focusKey) {
      var again = panel.querySelector('[data-outbox-action="' + focusKey.split(':')[0] + '"][data-outbox-id="'
        + focusKey.split(':')[1] + '"]');
      if (again) {
        again.focus();
      }
    }
  }

  function render() {
    return store.all().then(function (all) {
      renderStatus(mine(all));
      renderPanel(all);
      var dialog = document.getElementById('sign-out-dialog');
      if (dialog && dialog.open) {
        dialog.querySelector('[data-sign-out-body]').textContent = text(T.signOutBody, { count: mine(all).length });
      }
    });
  }

  // ---- the entry's actions: correct, delete, refer ----

  function startCorrecting(id) {
    var form = entryForm();
    if (!form) {
      window.location.assign('/interventions/new#correct=' + encodeURIComponent(id));
      return Promise.resolve();
    }
    return store.get(id).then(function (entry) {
      if (!entry || entry.accepted || !entry.body) {
        return;
      }
      fillForm(form, entry.body);
      form.dataset.outboxCorrecting = id;
      var notice = document.getElementById('outbox-correcting');
      if (!notice) {
        notice = element('div', 'alert alert--info');
        notice.id = 'outbox-correcting';
        notice.setAttribute('role', 'alert');
        form.insertAdjacentElement('beforebegin', notice);
      }
      notice.textContent = '';
      notice.appendChild(element('p', '', T.correcting));
      if (entry.problem) {
        notice.appendChild(problemBlock(entry.problem));
      }
      var faulty = (entry.problem && entry.problem.errors || []).map(function (error) {
        return error.field ? error.field.replace(/[.[].*$/, '') : null;
      }).filter(Boolean)[0];
      var target = (faulty && form.querySelector('[name="' + faulty + '"]'))
        || form.querySelector('input:not([type=hidden]), select, textarea');
      if (target) {
        target.focus();
      }
    });
  }

  function openReferralForm(id, item) {
    var template = document.getElementById('outbox-referral-form');
    if (!template || item.querySelector('[data-outbox-referral]')) {
      return;
    }
    var form = template.content.firstElementChild.cloneNode(true);
    form.querySelectorAll('label[data-for]').forEach(function (label) {
      var fieldId = 'outbox-' + id + '-' + label.dataset.for;
      label.htmlFor = fieldId;
      form.querySelector('[name="' + label.dataset.for + '"]').id = fieldId;
    });
    openReferral = id;
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var referralId = uuid();
      var body = { referralId: referralId, sector: form.elements.sector.value, need: form.elements.need.value };
      store.get(id).then(function (entry) {
        if (!entry) {
          return undefined;
        }
        entry.followUps.push({ referralId: referralId, body: body, status: 'waiting', problem: null });
        return store.put(entry);
      }).then(function () {
        openReferral = null;
        announce(T.referQueued);
        return render();
      }).then(function () {
        syncSoon();
      });
    });
    form.querySelector('[data-outbox-referral-cancel]').addEventListener('click', function () {
      openReferral = null;
      render().then(function () {
        var back = document.querySelector('[data-outbox-action="refer"][data-outbox-id="' + id + '"]');
        if (back) {
          back.focus();
        }
      });
    });
    item.insertBefore(form, item.querySelector('.actions'));
    form.querySelector('select').focus();
  }

  document.addEventListener('click', function (event) {
    var target = event.target.closest && event.target.closest('[data-outbox-action]');
    if (!target) {
      return;
    }
    var id = target.dataset.outboxId;
    var action = target.dataset.outboxAction;
    if (action === 'send') {
      attempt = 0;
      syncSoon();
    } else if (action === 'correct') {
      startCorrecting(id);
    } else if (action === 'refer') {
      openReferralForm(id, target.closest('[data-outbox-item]'));
    } else if (action === 'delete') {
      // nothing leaves the outbox unsent without the worker saying so
      if (window.confirm(T.deleteConfirm)) {
        store.remove(id).then(render).then(function () {
          var title = document.getElementById('outbox-title');
          if (title) {
            title.focus();
          }
        });
      }
    } else if (action === 'delete-follow-up') {
      if (window.confirm(T.deleteConfirm)) {
        store.get(id).then(function (entry) {
          entry.followUps.shift();
          return entry.followUps.length || !entry.accepted ? store.put(entry) : store.remove(id);
        }).then(render).then(syncSoon);
      }
    }
  });

  // ---- signing out with entries on the device asks first ----

  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.matches || !form.matches('form[data-sign-out]') || form.dataset.outboxConfirmed) {
      return;
    }
    event.preventDefault();
    store.all().then(function (all) {
      var count = mine(all).length;
      if (!count) {
        signOut(form);
      } else {
        askBeforeSigningOut(form, count);
      }
    }, function () {
      signOut(form);
    });
  }, true);

  // Signed out, the service worker's copies of the entry and offline pages go too: they were the worker's (name,
  // session token), and nobody should record in that worker's name on this device until they sign in again. The
  // static files stay; entries still waiting stay in the outbox for that worker's next sign-in.
  function forgetKeptPages() {
    if (!window.caches) {
      return Promise.resolve();
    }
    return caches.open('logbook-shell-v1').then(function (cache) {
      return Promise.all([cache.delete('/interventions/new'), cache.delete('/offline')]);
    }).catch(function () { return undefined; });
  }

  function signOut(form) {
    form.dataset.outboxConfirmed = 'true';
    // the kept copy's token belongs to an older session: take the current one first
    var ready = offlineCopy && navigator.onLine !== false ? freshSession().catch(function () { return null; })
      : Promise.resolve(null);
    ready.then(forgetKeptPages).then(function () {
      form.submit();
    });
  }

  function askBeforeSigningOut(form, count) {
    var dialog = document.getElementById('sign-out-dialog');
    if (!dialog || !dialog.showModal) {
      if (window.confirm(text(T.signOutBody, { count: count }))) {
        signOut(form);
      }
      return;
    }
    dialog.querySelector('[data-sign-out-body]').textContent = text(T.signOutBody, { count: count });
    dialog.querySelector('[data-sign-out-status]').textContent = '';
    if (!dialog.dataset.wired) {
      dialog.dataset.wired = 'true';
      dialog.querySelector('[data-sign-out-cancel]').addEventListener('click', function () { dialog.close(); });
      dialog.querySelector('[data-sign-out-anyway]').addEventListener('click', function () {
        dialog.close();
        signOut(dialog.signOutForm);
      });
      dialog.querySelector('[data-sign-out-send]').addEventListener('click', function () {
        attempt = 0;
        syncSoon().then(function () { return store.all(); }).then(function (all) {
          var left = mine(all).length;
          if (!left) {
            dialog.querySelector('[data-sign-out-status]').textContent = T.signOutSent;
            dialog.close();
            signOut(dialog.signOutForm);
          } else {
            var stateTexts = { offline: T.offline, retry: T.retry, 'sign-in': T.signIn };
            dialog.querySelector('[data-sign-out-body]').textContent = text(T.signOutBody, { count: left });
            dialog.querySelector('[data-sign-out-status]').textContent = stateTexts[state] || '';
          }
        });
      });
    }
    dialog.signOutForm = form;
    dialog.showModal();
    dialog.querySelector('[data-sign-out-send]').focus();
  }

  // ---- start ----

  function start() {
    var form = entryForm();
    if (form) {
      var idField = form.querySelector('input[name="id"]');
      // the kept copy repeats the id of the day it was kept: every entry needs its own
      if (offlineCopy) {
        newId(form);
      } else if (idField && idField.value) {
        store.get(idField.value).then(function (existing) {
          if (existing) {
            newId(form);
          }
        });
      }
    }
    render().then(function () {
      var match = /^#correct=([0-9a-fA-F-]{36})$/.exec(window.location.hash);
      if (match && form) {
        history.replaceState(null, '', window.location.pathname + window.location.search + '#outbox');
        return startCorrecting(match[1]);
      }
      return undefined;
    }).then(function () {
      if (offlineCopy && navigator.onLine !== false) {
        freshSession().catch(function () { return null; });
      }
      return syncSoon();
    });
  }

  // htmx may swap the page's main (a new empty form after a recorded entry): the panel follows the form
  document.addEventListener('htmx:afterSettle', function () {
    render();
  });

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
})();
