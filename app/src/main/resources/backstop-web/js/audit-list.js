/*
 * The audit trail (GET audit: every reassignment, take and catalogue change) as a list on the catalogues page, for
 * the head and administrators (the REST answers no one else; the section is only on their page). Loaded when asked,
 * newest first; sorted, paged, shown whole and downloaded as CSV by list-table.js.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function person(login, name) {
    return Backstop.person(login, name);
  }

  function row(box, event) {
    var subject = event.kind === 'CATALOGUE' ? event.catalogue : event.issue;
    var from = event.kind === 'CATALOGUE' ? person(event.by, event.byName) : person(event.from, event.fromName);
    return el('tr', { className: 'backstop-audit-row', attrs: { 'data-issue': event.issue || '' } }, [
      el('td', { className: 'backstop-audit-at', text: box.fmt.dateTime(event.at), attrs: { 'data-value': event.at } }),
      el('td', { className: 'backstop-audit-subject', text: subject || '' }),
      el('td', { className: 'backstop-audit-from', text: from }),
      el('td', { className: 'backstop-audit-to', text: person(event.to, event.toName) }),
      el('td', { className: 'backstop-audit-reason', text: event.reason || event.kind || '' }),
      el('td', { className: 'backstop-audit-detail', text: event.detail || '' })
    ]);
  }

  function load(box) {
    box.section.setAttribute('data-state', 'loading');
    return Backstop.api(box.rest + '/audit').then(function (answer) {
      var events = answer.ok && Array.isArray(answer.body) ? answer.body.slice().reverse() : [];
      box.error.textContent = answer.ok ? '' : answer.body && answer.body.error ? answer.body.error
        : box.t('backstop.error.load', answer.status);
      Backstop.show(box.error, !answer.ok);
      box.list.set(events);
      Backstop.show(box.table, events.length > 0);
      Backstop.show(box.none, answer.ok && events.length === 0);
      box.section.setAttribute('data-state', 'ready');
    });
  }

  function start(section) {
    var root = section.closest('[data-i18n]');
    var box = { section: section, t: Backstop.texts(root), rest: root.getAttribute('data-rest'),
      lang: root.getAttribute('data-lang'), table: section.querySelector('table'),
      none: section.querySelector('.backstop-audit-none'), error: section.querySelector('.backstop-audit-error') };
    box.fmt = Backstop.formats(box.lang, root.getAttribute('data-zone') || undefined);
    var text = function (name) { return function (e) { return e[name] || ''; }; };
    box.list = Backstop.listTable(box.table, { t: box.t, lang: box.lang, name: 'backstop-audit',
      row: function (event) { return row(box, event); },
      columns: [{ type: 'date', value: text('at') },
        { type: 'text', value: function (e) { return e.kind === 'CATALOGUE' ? e.catalogue : e.issue; } },
        { type: 'text', value: function (e) { return e.kind === 'CATALOGUE' ? person(e.by, e.byName) : person(e.from, e.fromName); } },
        { type: 'text', value: function (e) { return person(e.to, e.toName); } },
        { type: 'text', value: function (e) { return e.reason || e.kind || ''; } },
        { type: 'text', value: text('detail') }] });
    var show = section.querySelector('.backstop-audit-show');
    show.addEventListener('click', function () {
      show.disabled = true;
      load(box).then(function () { show.disabled = false; });
    });
  }

  Backstop.ready(function () {
    var section = document.getElementById('backstop-audit');
    if (section) {
      start(section);
    }
  });
})(window.Backstop);
