/*
 * The head's what-if on the dashboard: replays a past period (POST forecast/what-if) as recorded and with one
 * change (another threshold, another operator or the operator's queue after N minutes, a stand-in manager, one more
 * manager) with who answers and when decided again, and shows both side by side: the figures, how much sooner
 * clients hear back, the load on each person and the assumptions. A 400 names its field; the message goes next to
 * that field.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  function showFor(w, kind) {
    Array.prototype.forEach.call(w.root.querySelectorAll('[data-for]'), function (field) {
      Backstop.show(field, field.getAttribute('data-for').split(' ').indexOf(kind) >= 0);
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

  function hours(w, seconds) {
    return seconds === null || seconds === undefined ? w.t('backstop.gadget.none')
      : w.t('backstop.whatif.hours', w.decimal.format(seconds / 3600));
  }

  /** The comparison's rows: a label and how each outcome shows it. */
  function rows(w) {
    var f = w.f;
    return [
      ['backstop.whatif.row.breaches', function (o) { return f.number(o.breaches); }],
      ['backstop.whatif.row.replies', function (o) { return f.number(o.replies); }],
      ['backstop.whatif.row.median', function (o) { return hours(w, o.medianWaitSeconds); }],
      ['backstop.whatif.row.p90', function (o) { return hours(w, o.p90WaitSeconds); }],
      ['backstop.whatif.row.brokenPromises', function (o) { return f.number(o.brokenPromises); }],
      ['backstop.whatif.row.reassignments', function (o) { return f.number(o.reassignmentsTotal); }],
      ['backstop.whatif.row.stillWaiting', function (o) { return f.number(o.stillWaiting); }]
    ];
  }

  /** The department's question: how much sooner (or later) clients hear back, at the median and the 90th percentile. */
  function sooner(w, body) {
    var s = body.sooner;
    if (s.medianSeconds === null || s.p90Seconds === null) {
      return '';
    }
    if (s.medianSeconds === 0 && s.p90Seconds === 0) {
      return w.t('backstop.whatif.same', hours(w, body.changed.medianWaitSeconds), hours(w, body.changed.p90WaitSeconds));
    }
    var later = s.medianSeconds < 0 || (s.medianSeconds === 0 && s.p90Seconds < 0);
    return w.t(later ? 'backstop.whatif.later' : 'backstop.whatif.sooner',
      hours(w, Math.abs(s.medianSeconds)), hours(w, Math.abs(s.p90Seconds)));
  }

  function drawLoad(w, body) {
    var tbody = w.q('.backstop-whatif-load-rows');
    Backstop.clear(tbody);
    var people = Object.keys(body.actual.load).concat(Object.keys(body.changed.load)).filter(function (p, i, all) {
      return all.indexOf(p) === i;
    }).sort();
    var pair = function (person, field) {
      var was = body.actual.load[person] ? body.actual.load[person][field] : 0;
      var now = body.changed.load[person] ? body.changed.load[person][field] : 0;
      return Backstop.el('td', { text: w.t('backstop.whatif.load.pair', w.f.number(was), w.f.number(now)),
        className: 'backstop-whatif-load-' + field + (was !== now ? ' backstop-whatif-differs' : '') });
    };
    people.forEach(function (person) {
      tbody.appendChild(Backstop.el('tr', { className: 'backstop-whatif-load-row', attrs: { 'data-person': person } }, [
        Backstop.el('th', { text: person, attrs: { scope: 'row' } }), pair(person, 'replies'), pair(person, 'breaches')
      ]));
    });
  }

  function drawAssumptions(w, body) {
    var a = body.assumptions;
    var list = w.q('.backstop-whatif-assumptions');
    Backstop.clear(list);
    var add = function (text, kind) {
      list.appendChild(Backstop.el('li', { text: text, attrs: { 'data-kind': kind } }));
    };
    add(w.t('backstop.whatif.assumptions.replies'), 'replies');
    var people = Object.keys(a.paceAsHolderSeconds).concat(Object.keys(a.paceFromQueueSeconds)).filter(function (p, i, all) {
      return all.indexOf(p) === i;
    }).sort();
    var pace = function (seconds) { return seconds === undefined ? w.t('backstop.gadget.none') : hours(w, seconds); };
    add(w.t('backstop.whatif.assumptions.pace', people.map(function (p) {
      return w.t('backstop.whatif.assumptions.pace.person', p, pace(a.paceAsHolderSeconds[p]), pace(a.paceFromQueueSeconds[p]));
    }).join('; ')), 'pace');
    if (a.newPerson !== null) {
      add(w.t('backstop.whatif.assumptions.newPace', hours(w, a.managerPaceSeconds)), 'newPace');
      var days = a.newPersonAwayDays.length ? a.newPersonAwayDays.map(function (d) { return w.f.date(d); }).join(', ')
        : w.t('backstop.whatif.assumptions.rate.none');
      add(w.t('backstop.whatif.assumptions.rate', a.newPerson, w.percent.format(a.unplannedRate), String(a.seed), days), 'rate');
    }
    if (a.pastEnd > 0) {
      add(w.t('backstop.whatif.assumptions.pastEnd', w.f.number(a.pastEnd)), 'pastEnd');
    }
    add(w.t('backstop.whatif.assumptions.kept'), 'kept');
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
    // the period in the page's words ("2 Nov 2026", "2 нояб. 2026 г."), not as ISO dates
    w.q('.backstop-whatif-summary').textContent = w.t('backstop.whatif.summary', w.f.date(body.from), w.f.date(body.to),
      w.f.number(body.movedIssues), w.f.number(body.assumptions.redecidedReplies));
    w.q('.backstop-whatif-sooner').textContent = sooner(w, body);
    drawLoad(w, body);
    drawAssumptions(w, body);
    Backstop.show(w.q('.backstop-whatif-result'), true);
  }

  /** The request the form holds: the period and what the chosen change needs; a bad value is sent for the 400. */
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
      // durations as typed ("4h", "1 д 4 ч"): the server reads them and names the field when it cannot
      var within = w.q('.backstop-whatif-hours').value.trim();
      if (within !== '') {
        asked.respondWithin = within;
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
      var seed = w.q('.backstop-whatif-seed').value;
      if (seed !== '') {
        asked.seed = /^[0-9]+$/.test(seed) ? Number(seed) : seed;
      }
    }
    var queue = w.q('.backstop-whatif-queue').value.trim();
    if ((kind === 'threshold' || kind === 'operator') && queue !== '') {
      asked.queueAfter = queue;
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
        showError(w, answer.body.field, Backstop.problem(answer, w.t));
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
      percent: new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }),
      person: q('.backstop-whatif-person') };
    w.change.addEventListener('change', function () { showFor(w, w.change.value); });
    q('form').addEventListener('submit', function (event) { submit(w, event); });
    showFor(w, w.change.value);
    Backstop.api(w.rest + '/people').then(function (answer) {
      if (answer.ok && Array.isArray(answer.body)) {
        answer.body.filter(function (p) { return p.role === 'MANAGER' || p.role === 'OFFICE_MANAGER' || p.role === 'OPERATOR'; })
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
