/*
 * Panel part, for staff: the issue's actions (issue 16, point 4). GET {rest}/issues/{key}/actions says what the
 * forms offer this person (the issue's client and owner, people, the norm catalogue, services, the offers made on the
 * issue, the client's debt) and what they may do; each form family registers with Backstop.part('panel-actions',
 * family) in its own file (panel-actions-complaint.js, -offers.js, -work.js, -dunning.js) and writes through the
 * results' own REST call, so the rules are the server's. A family: { id, title (a text key), build(form, acts),
 * update(acts)? }; update runs when the choices are read again after a form changed something.
 * The helpers here (Backstop.actions) build labelled fields and send a form, showing a refusal next to its field.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var MAX_KOPECKS = 1000000000000; // the server's bound of a whole amount

  /** A name people read: the text under key when the bundles have it, else the fallback (a code, a setting's name). */
  function named(t, key, fallback) {
    var text = t(key);
    return text === key ? fallback : text;
  }

  /** A labelled field: label, input, and the place its error shows (data-for: the input's id). */
  function field(label, input, hint) {
    var id = input.getAttribute('id');
    return el('div', { className: 'field-group backstop-act-field' }, [
      el('label', { text: label, attrs: { for: id } }), input,
      hint ? el('div', { className: 'description backstop-note', attrs: { id: id + '-hint' } }, [hint]) : null,
      el('div', { className: 'error backstop-field-error backstop-hidden', attrs: { 'data-for': id, role: 'alert' } })
    ]);
  }

  /** A select of {value, text} options; the first is chosen unless selected names another. */
  function select(id, options, selected) {
    var node = el('select', { className: 'select', attrs: { id: id } });
    options.forEach(function (option) {
      var item = el('option', { text: option.text, attrs: { value: option.value } });
      if (option.value === selected) {
        item.selected = true;
      }
      node.appendChild(item);
    });
    return node;
  }

  function fieldError(form, id, message) {
    var box = form.querySelector('.backstop-field-error[data-for="' + id + '"]');
    var input = form.querySelector('#' + id);
    if (!box || !input) {
      return false;
    }
    box.textContent = message;
    Backstop.show(box, true);
    input.setAttribute('aria-invalid', 'true');
    input.classList.add('backstop-invalid');
    return true;
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('.backstop-field-error'), function (box) {
      box.textContent = '';
      Backstop.show(box, false);
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
      input.removeAttribute('aria-invalid');
      input.classList.remove('backstop-invalid');
    });
  }

  function status(form, text, failed) {
    var line = form.querySelector('.backstop-act-status');
    line.textContent = text;
    line.classList.toggle('backstop-act-failed', Boolean(failed));
    line.setAttribute('data-outcome', failed ? 'failed' : text ? 'done' : '');
  }

  /**
   * Sends the form: POST body to url. On success done(answer) gives the line to show. A 400 shows the server's
   * reason next to the field it names (fields maps the server's field names to the form's input ids), anything
   * else on the form's status line.
   */
  function send(acts, form, url, body, fields, done) {
    var t = acts.t;
    var button = form.querySelector('button[type="submit"]') || {}; // an answer to an offer: its own buttons
    button.disabled = true;
    status(form, t('backstop.actions.sending'), false);
    acts.node.setAttribute('data-state', 'saving'); // until what changed is shown again
    return Backstop.api(url, { method: 'POST', body: body }).then(function (answer) {
      button.disabled = false;
      if (answer.ok) {
        status(form, done(answer), false);
        return acts.reload();
      }
      var reason = answer.body && answer.body.error ? Backstop.problem(answer, t) : '';
      // a field maps to an input id, or to {id, key}: the input and a line in the reader's language before the reason
      var wanted = answer.body && answer.body.field ? fields[answer.body.field] : null;
      var field = wanted && wanted.id ? wanted.id : wanted;
      var text = t(wanted && wanted.key ? wanted.key : 'backstop.actions.error.server', reason);
      if (answer.status === 400 && field && fieldError(form, field, text)) {
        status(form, t('backstop.actions.notSaved'), true);
      } else {
        status(form, answer.status === 403 ? t('backstop.actions.error.forbidden', reason)
          : t('backstop.actions.error.failed', reason || answer.status), true);
      }
      return null;
    }).then(function () {
      acts.node.setAttribute('data-state', 'ready');
    });
  }

  /** An amount in roubles as people type it ("15 000", "1500,50") in kopecks, or {error: a text key}. */
  function roubles(text) {
    var clean = String(text || '').replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
    if (clean === '') {
      return { error: 'backstop.actions.error.amount' };
    }
    if (!/^-?\d+(\.\d{1,2})?$/.test(clean)) {
      return { error: 'backstop.actions.error.amount' };
    }
    var kopecks = Math.round(Number(clean) * 100);
    if (kopecks <= 0) {
      return { error: 'backstop.actions.error.amountPositive' };
    }
    return kopecks > MAX_KOPECKS ? { error: 'backstop.actions.error.amountLarge' } : { kopecks: kopecks };
  }

  function submit(text) {
    return el('div', { className: 'buttons-container' }, [el('button', { className: 'aui-button aui-button-primary',
      text: text, attrs: { type: 'submit' } })]);
  }

  /** A line instead of a form's fields: why this person cannot use it here. */
  function note(form, text, id) {
    form.appendChild(el('p', { className: 'backstop-note backstop-act-none', text: text, attrs: { id: id } }));
  }

  function build(acts, family) {
    var form = el('form', { className: 'aui backstop-act-form', attrs: { id: 'backstop-act-' + family.id + '-form',
      novalidate: 'novalidate' } });
    var section = el('details', { className: 'backstop-act', attrs: { id: 'backstop-act-' + family.id } }, [
      el('summary', { className: 'backstop-act-title', text: acts.t(family.title) }), form]);
    family.build(form, acts);
    form.appendChild(el('p', { className: 'backstop-note backstop-act-status', attrs: { role: 'status' } }));
    form.addEventListener('input', function () {
      clearErrors(form);
    });
    return section;
  }

  function load(acts) {
    return Backstop.api(acts.url).then(function (answer) {
      if (!answer.ok || !answer.body) {
        acts.node.setAttribute('data-state', 'failed');
        return null;
      }
      acts.data = answer.body;
      return answer.body;
    });
  }

  function start(ctx, node) {
    var acts = { node: node, t: ctx.t, fmt: ctx.fmt, rest: ctx.rest, key: ctx.key, data: null,
      url: ctx.rest + '/issues/' + encodeURIComponent(ctx.key) + '/actions', families: [] };
    /** After a form changed something: the choices again (e.g. the offers), and the client's digest. */
    acts.reload = function () {
      return Promise.all([load(acts).then(function (data) {
        if (data) {
          acts.families.forEach(function (family) {
            if (family.update) {
              family.update(acts);
            }
          });
        }
      }), ctx.reloadDigest ? ctx.reloadDigest() : null]);
    };
    return load(acts).then(function (data) {
      if (!data) {
        return;
      }
      node.appendChild(el('h3', { text: acts.t('backstop.actions.title') }));
      acts.families = Backstop.parts('panel-actions');
      acts.families.forEach(function (family) {
        node.appendChild(build(acts, family));
      });
      Backstop.show(node, true);
      node.setAttribute('data-state', 'ready');
    });
  }

  Backstop.actions = { named: named, field: field, select: select, submit: submit, note: note, send: send,
    roubles: roubles, fieldError: fieldError, clearErrors: clearErrors, status: status };

  Backstop.part('panel', {
    /** Once the clock is shown (an issue Backstop keeps): the forms, for staff (the template leaves them out else). */
    issue: function (sla, ctx) {
      var node = ctx.root.querySelector('#backstop-actions');
      if (!node || node.backstopStarted) {
        return null;
      }
      node.backstopStarted = true;
      return start(ctx, node);
    }
  });
})(window.Backstop);
