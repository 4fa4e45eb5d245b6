/*
 * Panel actions: a dunning step against the client (POST {rest}/results/dunning): what the client owes, who
 * on the ladder deals with them now and what the client is worth (the value that sets when the head comes in), the
 * step, and that step's script (the call script, the reminder, what a claim letter or suspending work must say)
 * filled with the client's figures. The debt guard's refusals (issue 17) show before anything is sent: not the
 * caller's client, a hard step with nothing overdue, a reminder or call sooner than the pace allows (with when the
 * next is allowed). A hard step against a valuable or large client taken by a manager waits for the head's approval.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var ACTION = 'backstop-act-dunning-action';
  var LEVELS = ['MANAGER', 'HEAD', 'DIRECTOR'];
  var TIERS = ['HIGH', 'MEDIUM', 'LOW'];

  function actionName(acts, action) {
    return Backstop.actions.named(acts.t, 'backstop.dunning.' + action, action);
  }

  function debtLine(acts) {
    var t = acts.t;
    var debt = acts.data.debt || {};
    if (!debt.outstandingKopecks) {
      return t('backstop.actions.dunning.noDebt');
    }
    var line = debt.overdueKopecks > 0
      ? t('backstop.actions.dunning.overdue', acts.fmt.money(debt.outstandingKopecks), acts.fmt.money(debt.overdueKopecks),
        debt.daysOverdue)
      : t('backstop.actions.dunning.notDue', acts.fmt.money(debt.outstandingKopecks));
    return LEVELS.indexOf(debt.escalation) >= 0 ? line + ' ' + t('backstop.actions.dunning.ladder.' + debt.escalation)
      : line;
  }

  /** The client's value and tenure, and from which day overdue the head comes in for them. */
  function valueLine(acts) {
    var value = (acts.data.debt || {}).value;
    if (!value || TIERS.indexOf(value.tier) < 0) {
      return '';
    }
    var t = acts.t;
    var line = t('backstop.actions.dunning.value', t('backstop.gadget.debtors.value.' + value.tier,
      acts.fmt.number(value.score)), value.tenureMonths);
    return acts.data.debt.headFromDays ? line + ' ' + t('backstop.actions.dunning.headFrom', acts.data.debt.headFromDays)
      : line;
  }

  function chosen(form, acts) {
    var action = form.querySelector('#' + ACTION).value;
    return (acts.data.dunning || []).filter(function (s) { return s.action === action; })[0];
  }

  /** Why the guard refuses the step, in the reader's language. */
  function refusal(acts, step) {
    var refused = step.refused;
    if (refused.kind === 'TOO_SOON') {
      return acts.t('backstop.actions.dunning.refused.TOO_SOON', acts.fmt.dateTime(refused.nextAllowedAt));
    }
    return acts.t('backstop.actions.dunning.refused.' + refused.kind, actionName(acts, step.action));
  }

  /** The chosen step's script, filled with the client, what is overdue, for how long, and who calls. */
  function showScript(form, acts) {
    var t = acts.t;
    var step = chosen(form, acts);
    var box = form.querySelector('#backstop-act-dunning-script');
    var debt = acts.data.debt || {};
    box.querySelector('p').textContent = step ? t('backstop.actions.dunning.script.' + step.action, acts.data.client,
      acts.fmt.money(debt.overdueKopecks || 0), debt.daysOverdue || 0, acts.data.you.name) : '';
    Backstop.show(box, Boolean(step));
    var held = form.querySelector('#backstop-act-dunning-held');
    Backstop.show(held, Boolean(step && step.heldForTheHead));
    var refused = form.querySelector('#backstop-act-dunning-refused');
    refused.textContent = step && step.refused ? refusal(acts, step) : '';
    Backstop.show(refused, Boolean(step && step.refused));
  }

  function options(acts) {
    var t = acts.t;
    var list = [{ value: '', text: t('backstop.actions.dunning.choose') }];
    (acts.data.dunning || []).forEach(function (step) {
      var name = actionName(acts, step.action);
      list.push({ value: step.action, text: step.refused ? t('backstop.actions.dunning.option.refused', name)
        : step.heldForTheHead ? t('backstop.actions.dunning.option.held', name) : name });
    });
    return list;
  }

  function take(form, acts) {
    var A = Backstop.actions;
    var t = acts.t;
    A.clearErrors(form);
    var step = chosen(form, acts);
    if (!step || step.refused) {
      // a refused step is not sent: the server would refuse it for the same reason (409 or 403)
      A.fieldError(form, ACTION, step ? refusal(acts, step) : t('backstop.actions.error.step'));
      A.status(form, t(step ? 'backstop.actions.dunning.notTaken' : 'backstop.actions.notSaved'), true);
      return;
    }
    A.send(acts, form, acts.rest + '/results/dunning', { client: acts.data.client, action: step.action },
      { action: ACTION }, function (answer) {
        var name = actionName(acts, answer.body.action);
        return answer.body.status === 'PENDING' ? t('backstop.actions.dunning.pending', name)
          : t('backstop.actions.dunning.taken', name, acts.data.client);
      });
  }

  Backstop.part('panel-actions', {
    id: 'dunning',
    title: 'backstop.actions.dunning.title',
    build: function (form, acts) {
      var A = Backstop.actions;
      var t = acts.t;
      if (!acts.data.client) {
        A.note(form, t('backstop.actions.noClient'), 'backstop-act-dunning-none');
        return;
      }
      if (!acts.data.you.dun) {
        A.note(form, t('backstop.actions.notMember'), 'backstop-act-dunning-member');
        return;
      }
      form.appendChild(el('p', { className: 'backstop-act-debt', text: debtLine(acts),
        attrs: { id: 'backstop-act-dunning-debt' } }));
      form.appendChild(el('p', { className: 'backstop-note', text: valueLine(acts),
        attrs: { id: 'backstop-act-dunning-value' } }));
      form.appendChild(A.field(t('backstop.actions.dunning.step'), A.select(ACTION, options(acts), '')));
      form.appendChild(el('p', { className: 'backstop-note backstop-hidden', text: t('backstop.actions.dunning.held'),
        attrs: { id: 'backstop-act-dunning-held' } }));
      form.appendChild(el('p', { className: 'backstop-note backstop-act-refused backstop-hidden',
        attrs: { id: 'backstop-act-dunning-refused' } }));
      form.appendChild(el('div', { className: 'backstop-act-script backstop-hidden',
        attrs: { id: 'backstop-act-dunning-script' } }, [el('h4', { text: t('backstop.actions.dunning.scriptTitle') }),
        el('p', { className: 'backstop-act-script-text' })]));
      form.appendChild(A.submit(t('backstop.actions.dunning.submit')));
      form.querySelector('#' + ACTION).addEventListener('change', function () {
        showScript(form, acts);
      });
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        take(form, acts);
      });
    },
    /** After a step: what the client owes and which steps are refused now (the next call waits). */
    update: function (acts) {
      var form = acts.node.querySelector('#backstop-act-dunning-form');
      var select = form && form.querySelector('#' + ACTION);
      if (!select) {
        return;
      }
      form.querySelector('#backstop-act-dunning-debt').textContent = debtLine(acts);
      form.querySelector('#backstop-act-dunning-value').textContent = valueLine(acts);
      var kept = select.value;
      var fresh = Backstop.actions.select(ACTION, options(acts), kept);
      Array.prototype.forEach.call(select.options, function (option, i) {
        option.textContent = fresh.options[i] ? fresh.options[i].textContent : option.textContent;
      });
      showScript(form, acts);
    }
  });
})(window.Backstop);
