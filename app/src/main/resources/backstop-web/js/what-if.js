/*
 * The head's what-if on the dashboard: replays a past period (POST forecast/what-if) as recorded and with one
 * change (another threshold, another operator, one more manager) and shows both side by side. A 400 names its
 * field; the message goes next to that field.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  function start(root) {
    var holder = root.closest('[data-i18n]') || root;
    var t = Backstop.texts(holder);
    var lang = root.getAttribute('data-lang') || 'en';
    var rest = root.getAttribute('data-rest') || '';
    var f = Backstop.formats(lang, root.getAttribute('data-zone') || undefined);
    var decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
    var q = function (css) { return root.querySelector(css); };
    var form = q('form');
    var change = q('.backstop-whatif-change');
    var person = q('.backstop-whatif-person');

    function showFor(kind) {
      Array.prototype.forEach.call(root.querySelectorAll('[data-for]'), function (field) {
        Backstop.show(field, field.getAttribute('data-for') === kind);
      });
    }

    function clearErrors() {
      Array.prototype.forEach.call(root.querySelectorAll('.backstop-field-error'), function (box) {
        box.textContent = '';
        Backstop.show(box, false);
      });
      var general = q('.backstop-whatif-error');
      general.textContent = '';
      Backstop.show(general, false);
    }

    function showError(field, text) {
      var box = field ? q('.backstop-field-error[data-field="' + field + '"]') : null;
      if (!box) {
        box = q('.backstop-whatif-error');
      }
      box.textContent = text;
      Backstop.show(box, true);
    }

    function hours(seconds) {
      return seconds === null || seconds === undefined ? t('backstop.gadget.none')
        : t('backstop.whatif.hours', decimal.format(seconds / 3600));
    }

    function draw(body) {
      var rows = [
        ['backstop.whatif.row.breaches', function (o) { return f.number(o.breaches); }],
        ['backstop.whatif.row.replies', function (o) { return f.number(o.replies); }],
        ['backstop.whatif.row.median', function (o) { return hours(o.medianWaitSeconds); }],
        ['backstop.whatif.row.p90', function (o) { return hours(o.p90WaitSeconds); }],
        ['backstop.whatif.row.reassignments', function (o) { return f.number(o.reassignmentsTotal); }],
        ['backstop.whatif.row.stillWaiting', function (o) { return f.number(o.stillWaiting); }]
      ];
      var tbody = q('.backstop-whatif-rows');
      Backstop.clear(tbody);
      rows.forEach(function (row) {
        var actual = row[1](body.actual);
        var changed = row[1](body.changed);
        tbody.appendChild(Backstop.el('tr', { className: 'backstop-whatif-row' }, [
          Backstop.el('th', { text: t(row[0]), attrs: { scope: 'row' } }),
          Backstop.el('td', { text: actual, className: 'backstop-whatif-actual' }),
          Backstop.el('td', { text: changed, className: 'backstop-whatif-changed' + (changed !== actual ? ' backstop-whatif-differs' : '') })
        ]));
      });
      q('.backstop-whatif-summary').textContent = t('backstop.whatif.summary', body.from, body.to,
        f.number(body.movedIssues));
      Backstop.show(q('.backstop-whatif-result'), true);
    }

    function submit(event) {
      event.preventDefault();
      clearErrors();
      var kind = change.value;
      var request = { change: kind };
      var from = q('.backstop-whatif-from').value;
      var to = q('.backstop-whatif-to').value;
      if (from) {
        request.from = from;
      }
      if (to) {
        request.to = to;
      }
      if (kind === 'threshold') {
        var within = q('.backstop-whatif-hours').value;
        if (within !== '') {
          var minutes = Math.round(Number(within) * 60);
          request.respondWithin = isNaN(minutes) ? within : 'PT' + minutes + 'M';
        }
      } else if (kind === 'operator') {
        if (person.value) {
          request.person = person.value;
        }
      } else {
        var name = q('.backstop-whatif-name').value.trim();
        if (name) {
          request.name = name;
        }
      }
      root.setAttribute('data-state', 'loading');
      Backstop.api(rest + '/forecast/what-if', { method: 'POST', body: request }).then(function (answer) {
        if (answer.ok && answer.body) {
          draw(answer.body);
        } else if (answer.status === 400 && answer.body) {
          showError(answer.body.field, answer.body.error);
          Backstop.show(q('.backstop-whatif-result'), false);
        } else {
          showError(null, t('backstop.error.load', answer.status));
        }
        root.setAttribute('data-state', 'ready');
      });
    }

    change.addEventListener('change', function () { showFor(change.value); });
    form.addEventListener('submit', submit);
    showFor(change.value);
    Backstop.api(rest + '/people').then(function (answer) {
      if (answer.ok && Array.isArray(answer.body)) {
        answer.body.filter(function (p) { return p.role === 'MANAGER' || p.role === 'OFFICE_MANAGER'; })
          .forEach(function (p) {
            person.appendChild(Backstop.el('option', { text: p.name, attrs: { value: p.name } }));
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
