// The practice form: live remaining-characters counters (characters counted as a person and the server count them:
// grapheme clusters, so "é", "e" + a combining accent or "👩‍👩‍👧" count once), « Si autres, précisez » fields shown when their box is ticked, three SCLS characteristics at most,
// and a draft that saves itself to the server as the person types and on leaving. Until the server confirms a save,
// a copy stays in this browser's localStorage, so an expired session, a refusal or a lost connection never loses text.
(function () {
  'use strict';
  const form = document.getElementById('practice-form');
  if (!form) return;
  const d = form.dataset;
  const editable = d.editable === 'true';
  const status = document.querySelector('[data-save-status]');
  const announcer = document.querySelector('[data-announce]');
  const storageKey = 'practice-draft:' + d.practiceId;
  let exists = d.exists === 'true';

  // ---- counting as a person counts -----------------------------------------------------------------------------
  // Intl.Segmenter splits as the server's \X does; a browser without it counts code points (never fewer characters
  // than the server, so the counter can only be stricter).
  const segmenter = typeof Intl !== 'undefined' && Intl.Segmenter ? new Intl.Segmenter(undefined, { granularity: 'grapheme' }) : null;
  const chars = (s) => segmenter ? Array.from(segmenter.segment(s || ''), (g) => g.segment) : Array.from(s || '');
  const count = (s) => chars(s).length;
  function formatNumber(n) {
    const digits = String(n);
    const sep = d.language === 'en' ? ',' : '\u202F';
    let out = '';
    for (let i = 0; i < digits.length; i++) {
      if (i > 0 && (digits.length - i) % 3 === 0) out += sep;
      out += digits[i];
    }
    return out;
  }
  function remainingText(left) {
    const singular = d.language === 'en' ? left === 1 : left <= 1;
    return (singular ? d.remainingOne : d.remainingOther).replace('{0}', formatNumber(left));
  }
  function announce(text) {
    announcer.textContent = '';
    // a fresh text node so that the same message is announced again
    window.setTimeout(() => { announcer.textContent = text; }, 30);
  }
  function enforce(field, typing) {
    const limit = Number(field.dataset.limit);
    const value = field.value;
    const excess = count(value) - limit;
    if (excess > 0) {
      // Refuse what goes beyond the limit: the characters just typed or pasted, before the caret.
      const caret = field.selectionStart == null ? value.length : field.selectionStart;
      const before = chars(value.slice(0, caret));
      const after = value.slice(caret);
      const keep = Math.max(0, before.length - excess);
      let trimmed = before.slice(0, keep).join('') + after;
      if (count(trimmed) > limit) trimmed = chars(trimmed).slice(0, limit).join('');
      field.value = trimmed;
      const position = before.slice(0, keep).join('').length;
      try { field.setSelectionRange(position, position); } catch (e) { /* not a text input */ }
      if (typing) announce(d.limitReached.replace('{0}', formatNumber(limit)));
    }
    const counter = document.getElementById(field.id + '-counter');
    if (counter) {
      const left = Math.max(0, limit - count(field.value));
      counter.textContent = remainingText(left);
      counter.classList.toggle('counter--zero', left === 0);
    }
  }
  form.querySelectorAll('[data-limit]').forEach((field) => {
    enforce(field, false);
    field.addEventListener('input', () => enforce(field, true));
  });

  // ---- boxes that reveal a field ---------------------------------------------------------------------------------
  function reveal(input) {
    const box = document.getElementById(input.dataset.reveals);
    if (!box) return;
    box.hidden = !input.checked;
    if (input.hasAttribute('aria-expanded')) input.setAttribute('aria-expanded', String(input.checked));
  }
  form.querySelectorAll('[data-reveals]').forEach((input) => {
    const group = input.type === 'radio' ? form.querySelectorAll('input[name="' + input.name + '"]') : [input];
    group.forEach((member) => member.addEventListener('change', () => {
      reveal(input);
      if (input.checked && input.type === 'checkbox' && input.dataset.reveals.endsWith('-box')) {
        const text = document.getElementById(input.dataset.reveals).querySelector('input, textarea');
        if (text && !input.closest('[data-max-three]')) text.focus();
      }
    }));
    reveal(input);
  });
  // A sub-item needs its practice description ticked: ticking one ticks its parent.
  form.querySelectorAll('[data-parent]').forEach((item) => item.addEventListener('change', () => {
    if (item.checked) document.getElementById(item.dataset.parent).checked = true;
  }));

  // ---- three SCLS characteristics at most ("other" counts as one) --------------------------------------------------
  const scls = form.querySelector('[data-max-three]');
  function limitScls() {
    if (!scls) return;
    const max = Number(d.maxScls);
    const boxes = Array.from(scls.querySelectorAll('input[type=checkbox]'));
    const ticked = boxes.filter((b) => b.checked).length;
    boxes.forEach((b) => { b.disabled = !editable || (!b.checked && ticked >= max); });
    scls.querySelector('[data-scls-note]').textContent = ticked >= max ? d.sclsLimit : '';
  }
  if (scls) {
    scls.addEventListener('change', limitScls);
    limitScls();
  }

  // ---- the form as the API's request -------------------------------------------------------------------------------
  function setPath(target, path, value) {
    const parts = path.split('.');
    let node = target;
    for (let i = 0; i < parts.length - 1; i++) node = node[parts[i]] = node[parts[i]] || {};
    node[parts[parts.length - 1]] = value;
  }
  function getPath(source, path) {
    return path.split('.').reduce((node, part) => (node == null ? undefined : node[part]), source);
  }
  function hiddenByItsBox(el) {
    const box = el.closest('[data-other-box]');
    return box != null && box.hidden;
  }
  function serialize() {
    const out = {};
    Array.from(form.elements).forEach((el) => {
      if (!el.name || el.name === '_csrf') return;
      if (el.type === 'checkbox') {
        const list = getPath(out, el.name) || [];
        if (el.checked) list.push(el.value);
        setPath(out, el.name, list);
      } else if (el.type === 'radio') {
        if (el.checked) setPath(out, el.name, el.value);
        else if (getPath(out, el.name) === undefined) setPath(out, el.name, null);
      } else if (el.type === 'number') {
        setPath(out, el.name, el.value === '' ? null : Number(el.value));
      } else {
        setPath(out, el.name, hiddenByItsBox(el) || el.value.trim() === '' ? null : el.value);
      }
    });
    return out;
  }
  function fill(values) {
    Array.from(form.elements).forEach((el) => {
      if (!el.name || el.name === '_csrf') return;
      const value = getPath(values, el.name);
      if (el.type === 'checkbox') el.checked = Array.isArray(value) && value.includes(el.value);
      else if (el.type === 'radio') el.checked = value === el.value;
      else el.value = value == null ? '' : value;
    });
    // the « Autre » boxes follow their text
    form.querySelectorAll('[data-reveals]').forEach((toggle) => {
      if (toggle.name) return;
      const box = document.getElementById(toggle.dataset.reveals);
      const text = box && box.querySelector('input, textarea');
      toggle.checked = !!(text && text.value.trim() !== '');
    });
    form.querySelectorAll('[data-reveals]').forEach(reveal);
    form.querySelectorAll('[data-limit]').forEach((field) => enforce(field, false));
    limitScls();
  }

  // ---- saving ------------------------------------------------------------------------------------------------------
  let timer = null;
  let inFlight = null;
  let dirty = false;

  function show(kind, text, extra) {
    status.className = 'practice-save practice-save--' + kind;
    status.textContent = '';
    const p = document.createElement('p');
    p.textContent = text;
    status.appendChild(p);
    if (extra) status.appendChild(extra);
  }
  function keepLocally(values) {
    try {
      localStorage.setItem(storageKey, JSON.stringify({ at: Date.now(), form: values }));
    } catch (e) { /* storage full or refused: the server copy is all there is */ }
  }
  function localCopy() {
    try { return JSON.parse(localStorage.getItem(storageKey) || 'null'); } catch (e) { return null; }
  }
  function csrf() {
    const token = document.querySelector('meta[name=_csrf]');
    const header = document.querySelector('meta[name=_csrf_header]');
    return token && header ? { [header.content]: token.content } : {};
  }
  async function refreshCsrf() {
    // After signing in again in another tab the session, and its CSRF token, are new: read them from a fresh page.
    try {
      const page = await fetch(d.exists === 'true' || exists ? d.editUrl : window.location.pathname,
        { credentials: 'same-origin', redirect: 'manual' });
      if (page.type === 'opaqueredirect' || !page.ok) return;
      const doc = new DOMParser().parseFromString(await page.text(), 'text/html');
      const fresh = doc.querySelector('meta[name=_csrf]');
      if (fresh) document.querySelector('meta[name=_csrf]').content = fresh.content;
      const hidden = form.querySelector('input[name=_csrf]');
      if (fresh && hidden) hidden.value = fresh.content;
    } catch (e) { /* offline: the retry will say so */ }
  }
  function retryButton() {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'button';
    b.textContent = d.textRetry;
    b.addEventListener('click', async () => { await refreshCsrf(); save(); });
    return b;
  }
  function clearInvalid() {
    form.querySelectorAll('[data-save-error]').forEach((p) => p.remove());
    form.querySelectorAll('[aria-invalid=true][data-marked]').forEach((el) => {
      el.removeAttribute('aria-invalid');
      el.removeAttribute('data-marked');
    });
  }
  function refused(errors) {
    clearInvalid();
    const list = document.createElement('ul');
    errors.forEach((error) => {
      const li = document.createElement('li');
      const id = error.field ? 'f-' + error.field.replace(/\./g, '-') : null;
      const target = id && document.getElementById(id);
      if (target) {
        const a = document.createElement('a');
        a.href = '#' + id;
        a.textContent = error.message;
        li.appendChild(a);
        target.setAttribute('aria-invalid', 'true');
        target.setAttribute('data-marked', '');
        const note = document.createElement('p');
        note.className = 'error';
        note.dataset.saveError = '';
        note.textContent = error.message;
        target.insertAdjacentElement('beforebegin', note);
      } else {
        li.textContent = error.message;
      }
      list.appendChild(li);
    });
    const wrap = document.createElement('div');
    wrap.appendChild(list);
    wrap.appendChild(retryButton());
    show('error', d.textRefused, wrap);
  }
  function expired() {
    const wrap = document.createElement('div');
    const a = document.createElement('a');
    a.href = '/login';
    a.target = '_blank';
    a.rel = 'noopener';
    a.className = 'button';
    a.textContent = d.textSignIn;
    wrap.appendChild(a);
    wrap.appendChild(retryButton());
    show('error', d.textExpired, wrap);
  }

  /** Sends the whole form; resolves true when the server has it. */
  function save(leaving) {
    if (!editable) return Promise.resolve(true);
    window.clearTimeout(timer);
    if (inFlight) {
      dirty = true;
      return inFlight.then(() => save(leaving));
    }
    const values = serialize();
    keepLocally(values);
    if (!exists && !(values.name && values.name.trim())) {
      show('pending', d.textNeedsName);
      return Promise.resolve(false);
    }
    const sent = localCopy();
    dirty = false;
    show('pending', d.textSaving);
    inFlight = fetch(d.saveUrl, {
      method: 'PUT',
      credentials: 'same-origin',
      redirect: 'manual',
      keepalive: !!leaving,
      headers: Object.assign({ 'Content-Type': 'application/json', Accept: 'application/json' }, csrf()),
      body: JSON.stringify({ form: values }),
    }).then(async (response) => {
      if (response.type === 'opaqueredirect' || response.status === 401 || response.status === 403) {
        expired();
        return false;
      }
      if (response.status === 422 || response.status === 400) {
        const body = await response.json().catch(() => ({ errors: [] }));
        refused(body.errors || []);
        return false;
      }
      if (!response.ok) {
        show('error', d.textFailed, retryButton());
        return false;
      }
      const body = await response.json();
      clearInvalid();
      const now = localCopy();
      if (now && sent && now.at === sent.at) localStorage.removeItem(storageKey);
      if (!exists) {
        exists = true;
        history.replaceState(null, '', d.editUrl);
      }
      show('ok', d.textSaved.replace('{0}', body.savedAt));
      return true;
    }).catch(() => {
      show('error', navigator.onLine === false ? d.textOffline : d.textFailed, retryButton());
      return false;
    }).finally(() => { inFlight = null; });
    return inFlight.then((ok) => (dirty ? save(leaving) : ok));
  }
  function later(delay) {
    if (!editable) return;
    dirty = true;
    keepLocally(serialize());
    show('pending', d.textPending);
    window.clearTimeout(timer);
    timer = window.setTimeout(() => save(false), delay);
  }
  form.addEventListener('input', (e) => later(e.target.type === 'checkbox' || e.target.type === 'radio' ? 400 : 1500));
  form.addEventListener('change', (e) => { if (e.target.type === 'checkbox' || e.target.type === 'radio') later(400); });
  const leave = () => { if (dirty) save(true); };
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leave(); });
  window.addEventListener('pagehide', leave);
  window.addEventListener('online', () => { if (localCopy()) save(false); });

  // A copy kept here and newer than the server's draft (a save that never arrived): take it back and send it.
  const kept = localCopy();
  if (editable && kept && kept.at > Number(d.serverUpdated || 0)
      && JSON.stringify(kept.form) !== JSON.stringify(serialize())) {
    fill(kept.form);
    show('info', d.textRestored);
    dirty = true;
    save(false);
  } else if (editable && kept && JSON.stringify(kept.form) === JSON.stringify(serialize())) {
    localStorage.removeItem(storageKey);
  }

  // Submitting: the latest text first, then the submission itself.
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!editable) return;
    const ok = await save(false);
    if (ok) form.submit();
  });

  // The section menu is open beside the form on wide screens, folded on phones.
  const toc = document.querySelector('[data-toc]');
  const wide = window.matchMedia('(min-width: 60rem)');
  if (toc && wide.matches) toc.open = true;
  if (toc) wide.addEventListener('change', (e) => { toc.open = e.matches; });
  if (toc) toc.addEventListener('click', (e) => {
    if (e.target.tagName === 'A' && !window.matchMedia('(min-width: 60rem)').matches) toc.open = false;
  });
})();
