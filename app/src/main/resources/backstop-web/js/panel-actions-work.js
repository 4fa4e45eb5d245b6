/*
 * Panel actions: log work done on the issue for its client (POST {rest}/results/operations): a call, an estimate, a
 * meeting, a hand-over or any other operation of the norm catalogue typed in by hand, how many, on which day (empty:
 * today), as the person's own. It earns the operation's norm and counts against what the client's orders bring
 * (cheap orders). The server holds it to the record (issue 17): the issue and its client, a working day the person
 * was present, no more manual minutes than the time present, a month the head closed; its refusals show at their
 * field with a line in the reader's language. Operations credited automatically are not offered.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var OPERATION = 'backstop-act-work-operation';
  var COUNT = 'backstop-act-work-count';
  var DAY = 'backstop-act-work-day';
  /** The server's refusals by field: the input each shows at, and the line before the server's detail. */
  var REFUSALS = {
    operation: OPERATION,
    count: { id: COUNT, key: 'backstop.actions.work.refused.count' },
    day: { id: DAY, key: 'backstop.actions.work.refused.day' },
    issue: { id: OPERATION, key: 'backstop.actions.work.refused.issue' },
    client: { id: OPERATION, key: 'backstop.actions.work.refused.issue' }
  };
  var MAX_COUNT = 1000; // the server's bound (NormsDesk.MAX_COUNT)
  /** What the panel is mostly for: contacts with the client. First in the list when the catalogue has them. */
  var FIRST = ['incoming-call', 'small-job-estimate', 'client-meeting', 'job-handoff'];

  /** The default catalogue's operations in the reader's language; the head's own in the head's words. */
  function operationName(acts, operation) {
    return operation.standard ? Backstop.actions.named(acts.t, 'backstop.operation.' + operation.code, operation.name)
      : operation.name;
  }

  function options(acts) {
    var catalog = acts.data.operations || [];
    var first = FIRST.map(function (code) {
      return catalog.filter(function (o) { return o.code === code; })[0];
    }).filter(Boolean);
    var options = [{ value: '', text: acts.t('backstop.actions.work.choose') }];
    // what is credited from its own record (offers, calls, library entries, replies) is not typed in
    var rest = catalog.filter(function (o) { return first.indexOf(o) < 0 && o.manual !== false; });
    first.concat(rest).forEach(function (o) {
      options.push({ value: o.code, text: acts.t('backstop.actions.work.option', operationName(acts, o), o.minutes) });
    });
    return options;
  }

  function log(form, acts) {
    var A = Backstop.actions;
    var t = acts.t;
    A.clearErrors(form);
    var code = form.querySelector('#' + OPERATION).value;
    var countText = form.querySelector('#' + COUNT).value.trim();
    var count = /^\d+$/.test(countText) ? Number(countText) : NaN;
    var bad = false;
    if (!code) {
      bad = A.fieldError(form, OPERATION, t('backstop.actions.error.operation'));
    }
    if (!(count >= 1 && count <= MAX_COUNT)) {
      bad = A.fieldError(form, COUNT, t('backstop.actions.error.count', MAX_COUNT)) || bad;
    }
    if (bad) {
      A.status(form, t('backstop.actions.notSaved'), true);
      return;
    }
    var day = form.querySelector('#' + DAY).value;
    var body = { operation: code, count: count, issue: acts.data.issue };
    if (acts.data.client) {
      body.client = acts.data.client;
    }
    if (day) {
      body.day = day;
    }
    var operation = acts.data.operations.filter(function (o) { return o.code === code; })[0];
    A.send(acts, form, acts.rest + '/results/operations', body, REFUSALS, function (answer) {
      form.querySelector('#' + COUNT).value = '1';
      var name = operationName(acts, operation);
      var total = acts.fmt.duration(answer.body.normMinutes * 60000, true);
      return day ? t('backstop.actions.work.doneOn', name, count, answer.body.count, total, day)
        : t('backstop.actions.work.done', name, count, answer.body.count, total);
    });
  }

  Backstop.part('panel-actions', {
    id: 'work',
    title: 'backstop.actions.work.title',
    build: function (form, acts) {
      var A = Backstop.actions;
      var t = acts.t;
      if (!acts.data.you.record) {
        A.note(form, t('backstop.actions.notMember'), 'backstop-act-work-member');
        return;
      }
      form.appendChild(A.field(t('backstop.actions.work.operation'), A.select(OPERATION, options(acts), '')));
      form.appendChild(A.field(t('backstop.actions.work.count'), el('input', { className: 'text short-field',
        attrs: { id: COUNT, type: 'number', min: 1, max: MAX_COUNT, step: 1, value: 1 } })));
      form.appendChild(A.field(t('backstop.actions.work.day'), el('input', { className: 'text short-field',
        attrs: { id: DAY, type: 'date' } }), t('backstop.actions.work.dayHint')));
      form.appendChild(el('p', { className: 'backstop-note', text: acts.data.client
        ? t('backstop.actions.work.forClient', acts.data.client) : t('backstop.actions.work.noClient') }));
      form.appendChild(A.submit(t('backstop.actions.work.submit')));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        log(form, acts);
      });
    }
  });
})(window.Backstop);
