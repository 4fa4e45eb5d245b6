/*
 * Panel actions: a dunning step against the client (POST {rest}/results/dunning): what the client owes and
 * who on the ladder deals with them now, the step, and that step's script (the call script, the reminder, what a
 * claim letter or suspending work must say) filled with the client's figures. A hard step against a large client
 * taken by a manager waits for the head's approval: the choice says so before, the answer after.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var ACTION = 'backstop-act-dunning-action';
  var LEVELS = ['MANAGER', 'HEAD', 'DIRECTOR'];

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

  /** The chosen step's script, filled with the client, what is overdue, for how long, and who calls. */
  function showScript(form, acts) {
    var t = acts.t;
    var action = form.querySelector('#' + ACTION).value;
    var step = (acts.data.dunning || []).filter(function (s) { return s.action === action; })[0];
    var box = form.querySelector('#backstop-act-dunning-script');
    var debt = acts.data.debt || {};
    box.querySelector('p').textContent = step ? t('backstop.actions.dunning.script.' + step.action, acts.data.client,
      acts.fmt.money(debt.overdueKopecks || 0), debt.daysOverdue || 0, acts.data.you.name) : '';
    Backstop.show(box, Boolean(step));
    var held = form.querySelector('#backstop-act-dunning-held');
    Backstop.show(held, Boolean(step && step.heldForTheHead));
  }

  function take(form, acts) {
    var A = Backstop.actions;
    var t = acts.t;
    A.clearErrors(form);
    var action = form.querySelector('#' + ACTION).value;
    if (!action) {
      A.fieldError(form, ACTION, t('backstop.actions.error.step'));
      A.status(form, t('backstop.actions.notSaved'), true);
      return;
    }
    A.send(acts, form, acts.rest + '/results/dunning', { client: acts.data.client, action: action }, { action: ACTION },
      function (answer) {
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
      var options = [{ value: '', text: t('backstop.actions.dunning.choose') }];
      (acts.data.dunning || []).forEach(function (step) {
        options.push({ value: step.action, text: step.heldForTheHead
          ? t('backstop.actions.dunning.option.held', actionName(acts, step.action)) : actionName(acts, step.action) });
      });
      form.appendChild(A.field(t('backstop.actions.dunning.step'), A.select(ACTION, options, '')));
      form.appendChild(el('p', { className: 'backstop-note backstop-hidden', text: t('backstop.actions.dunning.held'),
        attrs: { id: 'backstop-act-dunning-held' } }));
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
    }
  });
})(window.Backstop);
