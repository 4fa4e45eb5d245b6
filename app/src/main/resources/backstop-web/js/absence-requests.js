/*
 * An absence-requests section ([data-absence-requests]), on the dashboard and in the settings: lists GET
 * absences/requests (the caller's own, or everybody's for the keepers) with approve/refuse buttons when data-decides
 * is "true", and, when it holds a form, asks for a part of a day (POST absences/requests). A 400 is shown next to
 * the field it names. An approval or refusal fires backstop:absences-changed, so the settings' absences reload.
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
      showError(box, t('backstop.settings.absence.invalid', answer.body.field || '', answer.body.error || ''));
      var input = box.section.querySelector('[data-request-field="' + String(answer.body.field || '')
        .replace(/[^\w]/g, '') + '"]');
      if (input) {
        input.parentNode.appendChild(el('div', { className: 'error backstop-field-error backstop-request-field-error',
          text: answer.body.error || '' }));
      }
    } else {
      showError(box, answer.body && answer.body.error ? answer.body.error : t('backstop.error.load', answer.status));
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

  function decisions(box, request) {
    if (!box.decides || request.status !== 'REQUESTED') {
      return [];
    }
    var approve = el('button', { className: 'aui-button backstop-request-approve',
      text: box.t('backstop.requests.approve'), attrs: { type: 'button' } });
    var refuse = el('button', { className: 'aui-button aui-button-subtle backstop-request-refuse',
      text: box.t('backstop.requests.refuse'), attrs: { type: 'button' } });
    approve.addEventListener('click', function () { decide(box, request, 'approve'); });
    refuse.addEventListener('click', function () { decide(box, request, 'refuse'); });
    return [approve, refuse];
  }

  function row(box, request) {
    var t = box.t;
    return el('tr', { className: 'backstop-request', attrs: { 'data-id': request.id, 'data-status': request.status } }, [
      el('td', { className: 'backstop-request-person', text: request.person }),
      el('td', { className: 'backstop-request-from', text: box.formats.dateTime(request.from) }),
      el('td', { className: 'backstop-request-to', text: box.formats.dateTime(request.to) }),
      el('td', { className: 'backstop-request-kind', text: t('backstop.absence.' + request.kind) }),
      el('td', { className: 'backstop-request-reason', text: request.reason || '' }),
      el('td', { className: 'backstop-request-status', text: t('backstop.requests.status.' + request.status) }),
      el('td', { className: 'backstop-request-actions' }, decisions(box, request))
    ]);
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

  /** The request the form holds: times of the chosen day read in the department's zone. */
  function requested(box, form) {
    var field = function (name) {
      return form.querySelector('[data-request-field="' + name + '"]').value;
    };
    var day = field('day');
    var body = { kind: field('kind') };
    if (day && field('from')) {
      body.from = Backstop.zonedInstant(day + 'T' + field('from'), box.zone);
    }
    if (day && field('to')) {
      body.to = Backstop.zonedInstant(day + 'T' + field('to'), box.zone);
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
        return load(box);
      });
    });
  }

  Backstop.absenceRequests = function (section, t, rest, zone, lang) {
    var box = { section: section, t: t, rest: rest, zone: zone, formats: Backstop.formats(lang || 'en', zone),
      decides: section.getAttribute('data-decides') === 'true',
      rows: section.querySelector('.backstop-requests-rows'), error: section.querySelector('.backstop-requests-error') };
    var form = section.querySelector('form');
    if (form) {
      askFrom(box, form);
    }
    return load(box);
  };
})(window.Backstop);
