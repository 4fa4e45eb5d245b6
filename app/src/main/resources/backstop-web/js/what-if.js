/*
 * The head's what-if on the dashboard: replays a past period (POST forecast/what-if) as recorded and with one
 * change (another threshold, another operator, one more manager) and shows both side by side. A 400 names its
 * field; the message goes next to that field.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  function showFor(w, kind) {
    Array.prototype.forEach.call(w.root.querySelectorAll('[data-for]'), function (field) {
      Backstop.show(field, field.getAttribute('data-for') === kind);
    });
  }

  function clearErrors(w) {
    Array.prototype.forEach.call(w.root.querySelectorAll('.backstop-field-error'), function (box) {
      box.textContent = '';
      Backstop.show(box, false);
    });
    var general = w.q('.backstop-whatif-error');
    general.textContent = '';
    Backstop.show(general, false);
  }

  function showError(w, field, text) {
    var box = field ? w.q('.backstop-field-error[data-field="' + field + '"]') : null;
    if (!box) {
      box = w.q('.backstop-whatif-error');
    }
    box.textContent = text;
    Backstop.show(box, true);
  }

  /** The comparison's rows: a label and how each outcome shows it. */
  function rows(w) {
    var f = w.f;
    var hours = function (seconds) {
      return seconds === null || seconds === undefined ? w.t('backstop.gadget.none')
        : w.t('backstop.whatif.hours', w.decimal.format(seconds / 3600));
    };
    return [
      ['backstop.whatif.row.breaches', function (o) { return f.number(o.breaches); }],
      ['backstop.whatif.row.replies', function (o) { return f.number(o.replies); }],
      ['backstop.whatif.row.median', function (o) { return hours(o.medianWaitSeconds); }],
      ['backstop.whatif.row.p90', function (o) { return hours(o.p90WaitSeconds); }],
      ['backstop.whatif.row.reassignments', function (o) { return f.number(o.reassignmentsTotal); }],
      ['backstop.whatif.row.stillWaiting', function (o) { return f.number(o.stillWaiting); }]
    ];
  }

  function draw(w, body) {
    var tbody = w.q('.backstop-whatif-rows');
    Backstop.clear(tbody);
    rows(w).forEach(function (row) {
      var actual = row[1](body.actual);
      var changed = row[1](body.changed);
      tbody.appendChild(Backstop.el('tr', { className: 'backstop-whatif-row' }, [
        Backstop.el('th', { text: w.t(row[0]), attrs: { scope: 'row' } }),
        Backstop.el('td', { text: actual, className: 'backstop-whatif-actual' }),
        Backstop.el('td', { text: changed, className: 'backstop-whatif-changed' + (changed !== actual ? ' backstop-whatif-differs' : '') })
      ]));
    });
    w.q('.backstop-whatif-summary').textContent = w.t('backstop.whatif.summary', body.from, body.to,
      w.f.number(body.movedIssues));
    Backstop.show(w.q('.backstop-whatif-result'), true);
  }

  /** The request the form holds: the period and what the chosen change needs; a bad number is sent for the 400. */
  function request(w) {
    var kind = w.change.value;
    var asked = { change: kind };
    var from = w.q('.backstop-whatif-from').value;
    var to = w.q('.backstop-whatif-to').value;
    if (from) {
      asked.from = from;
    }
    if (to) {
      asked.to = to;
    }
    if (kind === 'threshold') {
      var within = w.q('.backstop-whatif-hours').value;
      if (within !== '') {
        var minutes = Math.round(Number(within) * 60);
        asked.respondWithin = isNaN(minutes) ? within : 'PT' + minutes + 'M';
      }
    } else if (kind === 'operator') {
      if (w.person.value) {
        asked.person = w.person.value;
      }
    } else {
      var name = w.q('.backstop-whatif-name').value.trim();
      if (name) {
        asked.name = name;
      }
    }
    return asked;
  }

  function submit(w, event) {
    event.preventDefault();
    clearErrors(w);
    w.root.setAttribute('data-state', 'loading');
    Backstop.api(w.rest + '/forecast/what-if', { method: 'POST', body: request(w) }).then(function (answer) {
      if (answer.ok && answer.body) {
        draw(w, answer.body);
      } else if (answer.status === 400 && answer.body) {
        showError(w, answer.body.field, answer.body.error);
        Backstop.show(w.q('.backstop-whatif-result'), false);
      } else {
        showError(w, null, w.t('backstop.error.load', answer.status));
      }
      w.root.setAttribute('data-state', 'ready');
    });
  }

  function start(root) {
    var lang = root.getAttribute('data-lang') || 'en';
    var q = function (css) { return root.querySelector(css); };
    var w = { root: root, q: q, t: Backstop.texts(root.closest('[data-i18n]') || root),
      rest: root.getAttribute('data-rest') || '', f: Backstop.formats(lang, root.getAttribute('data-zone') || undefined),
      decimal: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }), change: q('.backstop-whatif-change'),
      person: q('.backstop-whatif-person') };
    w.change.addEventListener('change', function () { showFor(w, w.change.value); });
    q('form').addEventListener('submit', function (event) { submit(w, event); });
    showFor(w, w.change.value);
    Backstop.api(w.rest + '/people').then(function (answer) {
      if (answer.ok && Array.isArray(answer.body)) {
        answer.body.filter(function (p) { return p.role === 'MANAGER' || p.role === 'OFFICE_MANAGER'; })
          .forEach(function (p) {
            w.person.appendChild(Backstop.el('option', { text: p.name, attrs: { value: p.name } }));
          });
      }
      root.setAttribute('data-state', 'ready');
    });
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-whatif');
    if (root) {
      start(root);
    }
  });
})(window);
