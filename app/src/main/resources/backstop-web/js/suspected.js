/*
 * The suspected complaints' lane, shared by the operator's queue (queue-suspected.js) and the head's dashboard
 * (gadget-suspected.js): client messages that may be complaints (GET results/complaints/suspected, oldest first), each
 * with its issue, client, when the client wrote, what raised it (a lexicon word, or writing again before an answer)
 * and the client's own words. "Confirm" makes it a complaint (POST .../confirm, an optional comment; the head may
 * name someone other than the client's manager); "Dismiss" asks why (POST .../dismiss {reason}: required, checked
 * here first, and a 400 naming the reason is shown under it). While a form is open the lane's reloads leave it be.
 *
 * Backstop.suspectedLane({root, list, status, t, fmt, rest, link(key), canDecide, canName, changed()}) answers
 * {show(entries, now), draw()}: root is hidden while nothing waits and nothing was just said. The oldest five show at
 * first, the rest behind "Show all".
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  /** The oldest suspicions shown at first: the lane must not push the queue off the screen. */
  var SHOWN = 5;

  function signals(lane, entry) {
    return el('span', { className: 'backstop-suspected-signals' }, (entry.signals || []).map(function (signal) {
      return el('span', { className: 'aui-lozenge aui-lozenge-subtle backstop-suspected-signal',
        attrs: { 'data-kind': signal.kind },
        text: lane.t('backstop.suspected.signal.' + signal.kind, signal.word || '') });
    }));
  }

  function say(lane, text, kind) {
    if (lane.status) {
      lane.status.className = 'aui-message aui-message-' + kind + ' backstop-suspected-status';
      lane.status.textContent = text;
      Backstop.show(lane.status, Boolean(text));
    }
  }

  /** A field of a form: its label, the input, a hint and the place for its error. */
  function field(id, label, input, hint) {
    input.id = id;
    return el('div', { className: 'field-group' }, [
      el('label', { text: label, attrs: { for: id } }), input,
      hint ? el('div', { className: 'description', text: hint }) : null,
      el('div', { className: 'error backstop-field-error backstop-hidden', attrs: { role: 'alert', 'data-error-for': input.name } })
    ]);
  }

  function fieldError(form, field, text) {
    var name = String(field).replace(/[^\w.]/g, '');
    var whole = form.querySelector('[data-error-for="form"]');
    var input = form.querySelector('[name="' + name + '"]');
    var box = input ? form.querySelector('[data-error-for="' + name + '"]') : whole;
    if (input) {
      input.setAttribute('aria-invalid', 'true');
      input.classList.add('backstop-invalid');
    }
    box.textContent = text;
    Backstop.show(box, true);
    (input || box).focus();
  }

  function clearErrors(form) {
    Array.prototype.forEach.call(form.querySelectorAll('[data-error-for]'), function (box) {
      box.textContent = '';
      Backstop.show(box, false);
    });
    Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (input) {
      input.removeAttribute('aria-invalid');
      input.classList.remove('backstop-invalid');
    });
  }

  /** The head's "about": the client's manager unless someone else is picked (GET people fills the choices). */
  function aboutChoice(lane, entry) {
    var select = el('select', { className: 'select', attrs: { name: 'about' } }, [
      el('option', { text: lane.t('backstop.suspected.aboutDefault', entry.about), attrs: { value: '' } })]);
    Backstop.api(lane.rest + '/people').then(function (answer) {
      (answer.ok && Array.isArray(answer.body) ? answer.body : []).forEach(function (person) {
        if (person.name !== entry.about) {
          select.appendChild(el('option', { text: person.name, attrs: { value: person.name } }));
        }
      });
    });
    return select;
  }

  function body(form) {
    var sent = {};
    Array.prototype.forEach.call(form.querySelectorAll('[name]'), function (input) {
      if (input.value.trim()) {
        sent[input.name] = input.value.trim();
      }
    });
    return sent;
  }

  function answered(lane, form, entry, action, answer) {
    var t = lane.t;
    if (answer.ok) {
      lane.editing = null;
      say(lane, action === 'dismiss' ? t('backstop.suspected.dismissed', entry.issue)
        : t('backstop.suspected.confirmed', entry.issue, answer.body ? answer.body.about : entry.about), 'success');
      lane.changed();
    } else if (answer.status === 400 && answer.body) {
      fieldError(form, answer.body.field || 'form', Backstop.problem(answer, t));
    } else if (answer.status === 409) {
      lane.editing = null;
      say(lane, t('backstop.suspected.decided', entry.issue), 'warning');
      lane.changed();
    } else {
      fieldError(form, 'form', answer.body && answer.body.error ? t('backstop.suspected.refused', Backstop.problem(answer, t))
        : t('backstop.error.load', answer.status));
    }
  }

  /** The form under a suspicion's row: the reason to dismiss (required), or the comment (and about) to confirm. */
  function form(lane, entry, action) {
    var t = lane.t;
    var id = 'backstop-suspected-' + action + '-' + entry.id;
    var fields = action === 'dismiss'
      ? [field(id + '-reason', t('backstop.suspected.reason'), el('textarea', { className: 'textarea',
        attrs: { name: 'reason', rows: 2, maxlength: 1000, 'aria-required': 'true' } }), t('backstop.suspected.reason.help'))]
      : [field(id + '-comment', t('backstop.suspected.comment'), el('textarea', { className: 'textarea',
        attrs: { name: 'comment', rows: 2, maxlength: 4000 } }))].concat(lane.canName
        ? [field(id + '-about', t('backstop.suspected.aboutField'), aboutChoice(lane, entry))] : []);
    var submit = el('button', { className: 'aui-button aui-button-primary', attrs: { type: 'submit' },
      text: t(action === 'dismiss' ? 'backstop.suspected.doDismiss' : 'backstop.suspected.doConfirm') });
    var cancel = el('button', { className: 'aui-button aui-button-link', attrs: { type: 'button' },
      text: t('backstop.suspected.cancel') });
    var node = el('form', { className: 'aui backstop-suspected-form', attrs: { 'data-action': action, novalidate: 'novalidate' } },
      fields.concat([el('div', { className: 'error backstop-field-error backstop-hidden', attrs: { role: 'alert', 'data-error-for': 'form' } }),
        el('div', { className: 'buttons-container' }, [el('div', { className: 'buttons' }, [submit, cancel])])]));
    cancel.addEventListener('click', function () {
      lane.editing = null;
      lane.draw();
    });
    node.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors(node);
      var sent = body(node);
      if (action === 'dismiss' && !sent.reason) {
        fieldError(node, 'reason', t('backstop.suspected.reason.required'));
        return;
      }
      submit.disabled = true;
      Backstop.api(lane.rest + '/results/complaints/suspected/' + encodeURIComponent(entry.id) + '/' + action,
        { method: 'POST', body: sent }).then(function (answer) {
        submit.disabled = false;
        answered(lane, node, entry, action, answer);
      });
    });
    return node;
  }

  function button(lane, entry, action) {
    var node = el('button', { className: 'aui-button aui-button-compact backstop-suspected-' + action,
      attrs: { type: 'button', 'aria-label': lane.t('backstop.suspected.' + action + '.label', entry.issue) },
      text: lane.t('backstop.suspected.' + action) });
    node.addEventListener('click', function () {
      lane.editing = { id: entry.id, action: action };
      say(lane, '', 'info');
      lane.draw();
      var first = lane.list.querySelector('.backstop-suspected-form textarea, .backstop-suspected-form select');
      if (first) {
        first.focus();
      }
    });
    return node;
  }

  function item(lane, entry) {
    var t = lane.t;
    var editing = lane.editing && lane.editing.id === entry.id ? lane.editing.action : null;
    var href = lane.link(entry.issue);
    return el('li', { className: 'backstop-suspected', attrs: { 'data-suspicion': entry.id, 'data-issue': entry.issue,
      'data-state': entry.state } }, [
      el('div', { className: 'backstop-suspected-head' }, [
        href ? el('a', { className: 'backstop-key', text: entry.issue, attrs: { href: href } })
          : el('span', { className: 'backstop-key', text: entry.issue }),
        el('span', { className: 'backstop-suspected-client', text: ' ' + (entry.client || '') + ' ' }),
        el('span', { className: 'backstop-suspected-at', text: lane.fmt.when(entry.at, lane.now) }),
        el('span', { className: 'backstop-suspected-about', text: ' ' + t('backstop.suspected.about', entry.about) + ' ' }),
        signals(lane, entry)
      ]),
      el('blockquote', { className: 'backstop-suspected-excerpt', text: entry.excerpt || '' }),
      editing ? form(lane, entry, editing) : lane.canDecide
        ? el('div', { className: 'backstop-suspected-actions' }, [button(lane, entry, 'confirm'), document.createTextNode(' '),
          button(lane, entry, 'dismiss')]) : null
    ]);
  }

  /** "Show all N" under the first few, and "Show fewer" once they are all shown. */
  function more(lane) {
    var button = el('button', { className: 'aui-button aui-button-link backstop-suspected-more', attrs: { type: 'button' },
      text: lane.expanded ? lane.t('backstop.suspected.fewer')
        : lane.t('backstop.suspected.more', lane.fmt.number(lane.entries.length)) });
    button.addEventListener('click', function () {
      lane.expanded = !lane.expanded;
      lane.draw();
    });
    return el('li', { className: 'backstop-suspected-toggle' }, [button]);
  }

  Backstop.suspectedLane = function (options) {
    var lane = Object.assign({ entries: [], now: Date.now(), editing: null, expanded: false, limit: SHOWN,
      changed: function () { } }, options);
    /** Draws the oldest entries (all of them once expanded), with the form being edited, if any. */
    lane.draw = function () {
      if (lane.editing && !lane.entries.some(function (e) { return e.id === lane.editing.id; })) {
        lane.editing = null; // decided elsewhere meanwhile
      }
      Backstop.clear(lane.list);
      lane.entries.slice(0, lane.expanded ? lane.entries.length : lane.limit).forEach(function (entry) {
        lane.list.appendChild(item(lane, entry));
      });
      if (lane.entries.length > lane.limit) {
        lane.list.appendChild(more(lane));
      }
      lane.root.setAttribute('data-shown', String(lane.entries.length));
      Backstop.show(lane.root, lane.entries.length > 0 || Boolean(lane.status && lane.status.textContent));
    };
    /** New entries from a load; while a form is open on one still there, the lane stays as it is. */
    lane.show = function (entries, now) {
      var typing = lane.editing && lane.list.querySelector('.backstop-suspected-form');
      lane.entries = entries;
      lane.now = now;
      if (!typing || !entries.some(function (e) { return e.id === lane.editing.id; })) {
        lane.draw();
      }
    };
    return lane;
  };
})(window.Backstop);
