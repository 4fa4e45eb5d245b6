/*
 * An absence-requests section ([data-absence-requests]), on the dashboard, the absences page and in the settings:
 * lists GET absences/requests (the caller's own, or everybody's for the keepers). When data-decides is "true", a
 * waiting request has approve and refuse: approving first shows what it would do (js/absence-conflicts.js), then
 * decides. Whoever asked for a waiting request may withdraw it (POST absences/requests/{id}/withdraw; the page's
 * data-user tells who is looking). When the section holds a form it asks for an absence (POST absences/requests):
 * part of a day (the dashboard's day, from and to), or whole days or a time range (js/absence-when.js). A 400 is
 * shown next to the field it names. A decision fires backstop:absences-changed, so the settings' absences reload.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var KINDS = ['TIME_OFF', 'STUDY', 'VACATION', 'SICK'];

  function showError(box, text) {
    box.error.textContent = text || '';
    Backstop.show(box.error, Boolean(text));
  }

  function failed(box, answer) {
    var t = box.t;
    if (answer.status === 400 && answer.body) {
      showError(box, t('backstop.settings.absence.invalid', answer.body.label || answer.body.field || '', answer.body.error || ''));
      var form = box.section.querySelector('form');
      var input = form && Backstop.absenceWhen.input(form, 'request', answer.body.field);
      if (input) {
        input.parentNode.appendChild(el('div', { className: 'error backstop-field-error backstop-request-field-error',
          text: answer.body.error || '' }));
      }
    } else {
      showError(box, Backstop.problem(answer, t));
    }
    box.section.setAttribute('data-state', 'refused');
  }

  function decide(box, request, verb) {
    showError(box, '');
    box.section.setAttribute('data-state', 'saving');
    Backstop.api(box.rest + '/absences/requests/' + encodeURIComponent(request.id) + '/' + verb, { method: 'POST' })
      .then(function (answer) {
        if (!answer.ok) {
          failed(box, answer);
          return null;
        }
        box.section.dispatchEvent(new CustomEvent('backstop:absences-changed', { bubbles: true }));
        return load(box);
      });
  }

  function button(box, className, key, onClick) {
    var node = el('button', { className: 'aui-button ' + className, text: box.t(key), attrs: { type: 'button' } });
    node.addEventListener('click', onClick);
    return node;
  }

  /** Approve (after its conflicts), refuse, withdraw: what the one looking may do with a waiting request. */
  function actions(box, request, row) {
    if (request.status !== 'REQUESTED') {
      return [];
    }
    var shown = [];
    if (box.decides) {
      shown.push(button(box, 'backstop-request-approve', 'backstop.requests.approve', function () {
        showError(box, '');
        Backstop.absenceConflicts({ t: box.t, rest: box.rest, formats: box.formats }, request, row, function () {
          decide(box, request, 'approve');
        }, function (answer) {
          failed(box, answer);
        });
      }));
      shown.push(button(box, 'aui-button-subtle backstop-request-refuse', 'backstop.requests.refuse', function () {
        decide(box, request, 'refuse');
      }));
    }
    if (box.user && (request.person === box.user || request.createdBy === box.user)) {
      shown.push(button(box, 'aui-button-subtle backstop-request-withdraw', 'backstop.requests.withdraw', function () {
        decide(box, request, 'withdraw');
      }));
    }
    return shown;
  }

  function row(box, request) {
    var t = box.t;
    var tr = el('tr', { className: 'backstop-request', attrs: { 'data-id': request.id, 'data-status': request.status } }, [
      el('td', { className: 'backstop-request-person', text: Backstop.person(request.person, request.personName) }),
      // whole days as their first and last day, the last included (issue 18; the stored end stays exclusive)
      el('td', { className: 'backstop-request-from', text: request.firstDay ? box.formats.date(request.firstDay)
        : box.formats.dateTime(request.from), attrs: { 'data-value': request.from } }),
      el('td', { className: 'backstop-request-to', text: request.lastDay ? box.formats.date(request.lastDay)
        : box.formats.dateTime(request.to), attrs: { 'data-value': request.to } }),
      el('td', { className: 'backstop-request-kind', text: t('backstop.absence.' + request.kind) }),
      el('td', { className: 'backstop-request-reason', text: request.reason || '' }),
      el('td', { className: 'backstop-request-status', text: t('backstop.requests.status.' + request.status) })
    ]);
    tr.appendChild(el('td', { className: 'backstop-request-actions' }, actions(box, request, tr)));
    return tr;
  }

  function load(box) {
    box.section.setAttribute('data-state', 'loading');
    return Backstop.api(box.rest + '/absences/requests').then(function (answer) {
      Backstop.clear(box.rows);
      if (!answer.ok || !Array.isArray(answer.body)) {
        failed(box, answer);
        return;
      }
      answer.body.forEach(function (request) {
        box.rows.appendChild(row(box, request));
      });
      if (!answer.body.length) {
        box.rows.appendChild(el('tr', { className: 'backstop-request-none' }, [
          el('td', { text: box.t('backstop.requests.none'), attrs: { colspan: 7 } })
        ]));
      }
      Backstop.show(box.section, true);
      box.section.setAttribute('data-state', 'ready');
    });
  }

  /**
   * The request the form holds, read in the department's zone: the times of the chosen day (the dashboard's form),
   * or whole days or a time range (a form with the choice).
   */
  function requested(box, form) {
    var field = function (name) {
      return form.querySelector('[data-request-field="' + name + '"]').value;
    };
    var body = { kind: field('kind') };
    if (form.querySelector('[data-request-field="day"]')) {
      var day = field('day');
      if (day && field('from')) {
        body.from = Backstop.zonedInstant(day + 'T' + field('from'), box.zone);
      }
      if (day && field('to')) {
        body.to = Backstop.zonedInstant(day + 'T' + field('to'), box.zone);
      }
    } else {
      var when = Backstop.absenceWhen.read(form, 'request', box.zone, false);
      body.from = when.from;
      body.to = when.to;
    }
    if (field('reason')) {
      body.reason = field('reason');
    }
    return body;
  }

  function askFrom(box, form) {
    var kind = form.querySelector('[data-request-field="kind"]');
    KINDS.forEach(function (k) {
      kind.appendChild(el('option', { text: box.t('backstop.absence.' + k), attrs: { value: k } }));
    });
    Backstop.absenceWhen.bind(form, 'request');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      Array.prototype.forEach.call(box.section.querySelectorAll('.backstop-request-field-error'), function (node) {
        node.parentNode.removeChild(node);
      });
      showError(box, '');
      box.section.setAttribute('data-state', 'saving');
      Backstop.api(box.rest + '/absences/requests', { method: 'POST', body: requested(box, form) }).then(function (answer) {
        if (!answer.ok) {
          failed(box, answer);
          return null;
        }
        form.querySelector('[data-request-field="reason"]').value = '';
        Backstop.absenceWhen.clear(form, 'request');
        return load(box);
      });
    });
  }

  Backstop.absenceRequests = function (section, t, rest, zone, lang) {
    var box = { section: section, t: t, rest: rest, zone: zone, formats: Backstop.formats(lang || 'en', zone),
      decides: section.getAttribute('data-decides') === 'true',
      user: section.closest('[data-user]') ? section.closest('[data-user]').getAttribute('data-user') : '',
      rows: section.querySelector('.backstop-requests-rows'), error: section.querySelector('.backstop-requests-error') };
    var form = section.querySelector('form');
    if (form) {
      askFrom(box, form);
    }
    return load(box);
  };
})(window.Backstop);
