/*
 * Settings part: absences, each added or deleted at once (GET/POST absences, DELETE absences/{id}), and the absence
 * requests waiting for a decision (absence-requests.js); an approved request shows up among the absences.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var KINDS = ['VACATION', 'SICK', 'TIME_OFF', 'STUDY'];
  // listed with its own label, never offered in the form: people mark busy time themselves (busy.js)
  var LISTED = KINDS.concat(['BUSY']);

  function showError(ctx, text) {
    var box = ctx.$('#backstop-absences-error');
    box.textContent = text;
    Backstop.show(box, true);
  }

  function clearErrors(ctx) {
    var section = ctx.$('#backstop-absences');
    Array.prototype.forEach.call(section.querySelectorAll('.backstop-absence-error'), function (node) {
      node.parentNode.removeChild(node);
    });
    Array.prototype.forEach.call(section.querySelectorAll('[data-absence-field]'), function (node) {
      node.removeAttribute('aria-invalid');
      node.classList.remove('backstop-invalid');
    });
    Backstop.show(ctx.$('#backstop-absences-error'), false);
  }

  function fieldError(ctx, field, message) {
    showError(ctx, ctx.t('backstop.settings.absence.invalid', field || '', message || ''));
    var node = ctx.$('#backstop-absences [data-absence-field="' + String(field || '').replace(/[^\w]/g, '') + '"]');
    if (!node) {
      return;
    }
    node.setAttribute('aria-invalid', 'true');
    node.classList.add('backstop-invalid');
    node.parentNode.insertBefore(el('div', {
      className: 'error backstop-field-error backstop-absence-error', text: message || '',
      attrs: { role: 'alert', 'data-for': field }
    }), node.nextSibling);
  }

  function remove(ctx, absence) {
    clearErrors(ctx);
    ctx.$('#backstop-absences').setAttribute('data-state', 'saving');
    Backstop.api(ctx.rest + '/absences/' + encodeURIComponent(absence.id), { method: 'DELETE' }).then(function (answer) {
      if (!answer.ok) {
        showError(ctx, answer.body && answer.body.error ? answer.body.error : ctx.t('backstop.error.load', answer.status));
      }
      return load(ctx);
    });
  }

  function row(ctx, absence) {
    var t = ctx.t;
    var formats = ctx.formats;
    var button = el('button', {
      className: 'aui-button aui-button-subtle backstop-absence-delete', text: t('backstop.settings.absence.delete'),
      attrs: { type: 'button' }
    });
    button.addEventListener('click', function () {
      remove(ctx, absence);
    });
    var kind = LISTED.indexOf(absence.kind) >= 0 ? t('backstop.absence.' + absence.kind) : String(absence.kind || '');
    return el('tr', { className: 'backstop-absence', attrs: { 'data-id': absence.id } }, [
      el('td', { className: 'backstop-absence-person', text: absence.person }),
      el('td', { className: 'backstop-absence-from', text: absence.from ? formats.dateTime(absence.from) : '', attrs: { 'data-value': absence.from } }),
      el('td', { className: 'backstop-absence-to', text: absence.to ? formats.dateTime(absence.to) : '', attrs: { 'data-value': absence.to } }),
      el('td', { className: 'backstop-absence-kind', text: kind, attrs: { 'data-value': absence.kind } }),
      el('td', {}, [button])
    ]);
  }

  function load(ctx) {
    var section = ctx.$('#backstop-absences');
    var rows = ctx.$('#backstop-absence-rows');
    section.setAttribute('data-state', 'loading');
    return Backstop.api(ctx.rest + '/absences').then(function (answer) {
      Backstop.clear(rows);
      if (answer.ok && Array.isArray(answer.body)) {
        answer.body.forEach(function (absence) {
          rows.appendChild(row(ctx, absence));
        });
        if (!answer.body.length) {
          rows.appendChild(el('tr', { className: 'backstop-absence-none' }, [
            el('td', { text: ctx.t('backstop.settings.absence.none'), attrs: { colspan: 5 } })
          ]));
        }
        Backstop.show(section, true);
      }
      section.setAttribute('data-state', 'ready');
    });
  }

  function add(ctx) {
    clearErrors(ctx);
    var from = ctx.$('#backstop-absence-from');
    var to = ctx.$('#backstop-absence-to');
    var request = { person: ctx.$('#backstop-absence-person').value, kind: ctx.$('#backstop-absence-kind').value };
    if (from.value) {
      request.from = Backstop.zonedInstant(from.value, ctx.zone);
    }
    if (to.value) {
      request.to = Backstop.zonedInstant(to.value, ctx.zone);
    }
    ctx.$('#backstop-absences').setAttribute('data-state', 'saving');
    Backstop.api(ctx.rest + '/absences', { method: 'POST', body: request }).then(function (answer) {
      if (answer.ok) {
        from.value = '';
        to.value = '';
        return load(ctx);
      }
      if (answer.status === 400 && answer.body) {
        fieldError(ctx, answer.body.field, answer.body.error);
      } else {
        showError(ctx, ctx.t('backstop.error.load', answer.status));
      }
      ctx.$('#backstop-absences').setAttribute('data-state', 'refused');
      return null;
    });
  }

  Backstop.part('settings', {
    start: function (ctx) {
      var kind = ctx.$('#backstop-absence-kind');
      KINDS.forEach(function (code) {
        kind.appendChild(el('option', { text: ctx.t('backstop.absence.' + code), attrs: { value: code } }));
      });
      ctx.$('#backstop-absence-form').addEventListener('submit', function (event) {
        event.preventDefault();
        add(ctx);
      });
      ctx.$('#backstop-absence-requests').addEventListener('backstop:absences-changed', function () {
        load(ctx);
      });
    },
    /** The people of the form (saved or not) are whom an absence can be added for. */
    fill: function (doc, ctx) {
      var person = ctx.$('#backstop-absence-person');
      var current = person.value;
      Backstop.clear(person);
      (doc.people || []).forEach(function (p) {
        if (p && p.name) {
          person.appendChild(el('option', { text: p.name, attrs: { value: p.name } }));
        }
      });
      if (current) {
        person.value = current;
      }
    },
    load: function (ctx) {
      return Promise.all([load(ctx), Backstop.absenceRequests(ctx.$('#backstop-absence-requests'), ctx.t, ctx.rest,
        ctx.zone, ctx.lang)]);
    }
  });
})(window.Backstop);
