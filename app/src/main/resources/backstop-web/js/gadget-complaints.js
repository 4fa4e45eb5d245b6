/*
 * Gadget: the complaints lane, the head's and the director's, GET results/complaints?include=unflagged. The table is
 * every open complaint, oldest first, with the buttons the server says the caller may use (actions: UNFLAG, CLOSE);
 * below it the complaints about the head that wait for a director (needsDirector, while none is configured) and the
 * director's log of the period: every unflag and close with its reason, and dismissed suspicions, with "Reopen" on
 * the newest line of a complaint the caller may reopen. A button opens one form that asks for the reason (required
 * to unflag or close, checked before anything is sent; the server's 400 naming reason lands at the field too).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;
  var el = Backstop.el;

  function issueCell(ctx, issue) {
    return { text: issue, href: ctx.issuePage ? ctx.page(ctx.issuePage + encodeURIComponent(issue)) : '' };
  }

  function flaggedBy(ctx, c) {
    return c.source === 'MANUAL' || !c.source ? ctx.name(c.flaggedBy)
      : ctx.t('backstop.gadget.complaints.source.' + c.source, ctx.name(c.flaggedBy));
  }

  /** Buttons for what the caller may do; the gadget's one listener (wire) finds them by their data attributes. */
  function buttons(ctx, complaint, actions) {
    var box = el('span', { className: 'backstop-complaint-actions' });
    (actions || []).forEach(function (action) {
      box.appendChild(el('button', { className: 'aui-button aui-button-compact', text: ctx.t('backstop.complaint.action.'
        + action), attrs: { type: 'button', 'data-complaint-action': action, 'data-complaint': complaint.id,
        'data-issue': complaint.issue, 'data-client': complaint.client, 'data-about': complaint.about || '' } }));
    });
    return box;
  }

  /** What the complaint is: "WEB-7, acme, about ivanova". */
  function what(ctx, c) {
    return c.about ? ctx.t('backstop.gadget.complaints.what', c.issue, c.client, ctx.name(c.about))
      : ctx.t('backstop.gadget.complaints.whatNobody', c.issue, c.client);
  }

  function needsDirector(ctx, list) {
    if (!list || list.length === 0) {
      return null;
    }
    return el('section', { className: 'backstop-complaints-waiting', attrs: { 'data-part': 'needs-director' } }, [
      el('h3', { text: ctx.t('backstop.gadget.complaints.needsDirector') }),
      el('p', { className: 'backstop-section-help', text: ctx.t('backstop.gadget.complaints.needsDirector.help') }),
      el('ul', { className: 'backstop-gadget-lines' }, list.map(function (c) {
        return el('li', { attrs: { 'data-complaint': c.id }, text: what(ctx, c) + ' · '
          + ctx.f.when(c.flaggedAt, ctx.now) });
      }))]);
  }

  /** The log, newest first; "Reopen" only on a complaint's newest line, and only if the caller may. */
  function log(ctx, lines) {
    var offered = {};
    var rows = (lines || []).map(function (line) {
      var c = line.complaint;
      var key = (line.action === 'DISMISS' ? 'suspicion-' : 'complaint-') + c.id;
      var reopen = !offered[key] && (c.actions || []).indexOf('REOPEN') >= 0;
      offered[key] = true;
      return el('tr', { className: 'backstop-complaints-log-row', attrs: { 'data-complaint': c.id,
        'data-action': line.action } }, [
        el('td', { text: ctx.f.when(line.at, ctx.now) }),
        el('td', { text: ctx.name(line.by) }),
        el('td', { text: ctx.t('backstop.gadget.complaints.logged.' + line.action) }),
        el('td', { className: 'backstop-complaints-reason',
          text: line.reason || ctx.t('backstop.gadget.complaints.noReason') }),
        el('td', { text: what(ctx, c) }),
        el('td', {}, [reopen ? buttons(ctx, c, ['REOPEN']) : null])]);
    });
    var heads = ['when', 'by', 'action', 'reason', 'complaint'].map(function (key) {
      return el('th', { text: ctx.t('backstop.gadget.complaints.log.col.' + key), attrs: { scope: 'col' } });
    });
    heads.push(el('th', { attrs: { scope: 'col' } }, [el('span', { className: 'assistive',
      text: ctx.t('backstop.gadget.complaints.col.actions') })]));
    return el('section', { className: 'backstop-complaints-log', attrs: { 'data-part': 'log' } }, [
      el('h3', { text: ctx.t('backstop.gadget.complaints.log') }),
      rows.length === 0 ? el('p', { className: 'backstop-gadget-empty', text: ctx.t('backstop.gadget.complaints.log.empty') })
        : el('table', { className: 'aui backstop-gadget-table backstop-complaints-log-table' }, [
          el('thead', {}, [el('tr', {}, heads)]), el('tbody', {}, rows)])]);
  }

  /** The one form: the action and its complaint, the reason, and the field's error. */
  function form(ctx) {
    var id = 'backstop-complaint-reason-' + Math.random().toString(36).slice(2);
    var reason = el('textarea', { className: 'textarea', attrs: { id: id, rows: 3, maxlength: 4000,
      'data-complaint-field': 'reason' } });
    return el('form', { className: 'aui backstop-complaint-form backstop-hidden', attrs: { action: '#',
      novalidate: 'novalidate' } }, [
      el('h3', { className: 'backstop-complaint-form-title' }),
      el('div', { className: 'field-group' }, [
        el('label', { className: 'backstop-complaint-form-label', attrs: { for: id } }), reason,
        el('div', { className: 'description', text: ctx.t('backstop.complaint.form.reason.help') }),
        el('div', { className: 'backstop-field-error backstop-hidden', attrs: { 'data-field': 'reason',
          role: 'alert' } })]),
      el('div', { className: 'aui-message aui-message-error backstop-hidden backstop-complaint-form-error',
        attrs: { role: 'alert' } }),
      el('div', { className: 'buttons-container' }, [el('div', { className: 'buttons' }, [
        el('button', { className: 'aui-button aui-button-primary backstop-complaint-submit', attrs: { type: 'submit' } }),
        el('button', { className: 'aui-button aui-button-link backstop-complaint-cancel', attrs: { type: 'button' },
          text: ctx.t('backstop.complaint.form.cancel') })])])]);
  }

  function fieldError(f, text) {
    var box = f.querySelector('.backstop-field-error[data-field="reason"]');
    box.textContent = text || '';
    Backstop.show(box, Boolean(text));
  }

  function formError(f, text) {
    var box = f.querySelector('.backstop-complaint-form-error');
    box.textContent = text || '';
    Backstop.show(box, Boolean(text));
  }

  /** Opens the form for the button's action and complaint. */
  function open(state, button) {
    var ctx = state.ctx;
    var f = state.form;
    var action = button.getAttribute('data-complaint-action');
    var c = { issue: button.getAttribute('data-issue'), client: button.getAttribute('data-client'),
      about: button.getAttribute('data-about') };
    f.setAttribute('data-complaint', button.getAttribute('data-complaint'));
    f.setAttribute('data-action', action);
    f.querySelector('.backstop-complaint-form-title').textContent = ctx.t('backstop.complaint.form.title.' + action,
      what(ctx, c));
    f.querySelector('.backstop-complaint-form-label').textContent = ctx.t(action === 'REOPEN'
      ? 'backstop.complaint.form.reason.optional' : 'backstop.complaint.form.reason');
    f.querySelector('.backstop-complaint-submit').textContent = ctx.t('backstop.complaint.action.' + action);
    f.querySelector('textarea').value = '';
    fieldError(f, '');
    formError(f, '');
    Backstop.show(f, true);
    f.querySelector('textarea').focus();
  }

  function submit(state) {
    var ctx = state.ctx;
    var f = state.form;
    var action = f.getAttribute('data-action');
    var reason = f.querySelector('textarea').value.trim();
    fieldError(f, '');
    formError(f, '');
    if (!reason && action !== 'REOPEN') {
      fieldError(f, ctx.t('backstop.complaint.form.reason.required'));
      return null;
    }
    var body = reason ? { action: action, reason: reason } : { action: action };
    return Backstop.api(ctx.rest + '/results/complaints/' + encodeURIComponent(f.getAttribute('data-complaint'))
      + '/action', { method: 'POST', body: body }).then(function (answer) {
      if (answer.ok) {
        Backstop.show(f, false);
        return state.reload();
      }
      if (answer.status === 400 && answer.body && answer.body.field === 'reason') {
        fieldError(f, ctx.t('backstop.complaint.form.reason.required'));
      } else if (answer.status === 403) {
        formError(f, ctx.t('backstop.complaint.form.refused'));
      } else {
        formError(f, ctx.t('backstop.error.load', answer.status));
      }
      return null;
    });
  }

  /** One listener per gadget for every button and the form, whatever the last load drew. */
  function wire(root, state) {
    if (root.backstopComplaints) {
      root.backstopComplaints = state;
      return;
    }
    root.backstopComplaints = state;
    root.addEventListener('click', function (event) {
      var current = root.backstopComplaints;
      var button = event.target.closest('[data-complaint-action]');
      if (button && root.contains(button)) {
        open(current, button);
      } else if (event.target.closest('.backstop-complaint-cancel')) {
        Backstop.show(current.form, false);
      }
    });
    root.addEventListener('submit', function (event) {
      if (event.target.classList.contains('backstop-complaint-form')) {
        event.preventDefault();
        submit(root.backstopComplaints);
      }
    });
  }

  Backstop.gadget('complaints', {
    endpoint: 'complaints',
    maxRows: 10,
    emptyKey: 'backstop.gadget.complaints.empty',
    query: function (asked) {
      asked.include = 'unflagged';
      return asked;
    },
    columns: ['backstop.gadget.complaints.col.issue', 'backstop.gadget.complaints.col.client',
      'backstop.gadget.complaints.col.about', 'backstop.gadget.complaints.col.flagged',
      'backstop.gadget.complaints.col.actions'],
    /** The lane as the server orders it: the oldest open complaint first. */
    rows: function (body, ctx) {
      return body.lane.map(function (c) {
        return [issueCell(ctx, c.issue), c.client, ctx.name(c.about),
          ctx.t('backstop.gadget.complaints.flagged', ctx.f.when(c.flaggedAt, ctx.now), flaggedBy(ctx, c)),
          { node: buttons(ctx, c, c.actions) }];
      });
    },
    empty: function (body) {
      return body.lane.length === 0;
    },
    chart: function () {
      return null;
    },
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      var state = { ctx: ctx, reload: reload, form: form(ctx) };
      node.appendChild(state.form);
      [needsDirector(ctx, body.needsDirector), log(ctx, body.log)].forEach(function (part) {
        if (part) {
          node.appendChild(part);
        }
      });
      wire(node.closest('[data-gadget]'), state);
    }
  });
})(window);
