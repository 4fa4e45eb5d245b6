/*
 * Panel part, for staff: "Return to <owner>" while someone else holds the owner's open issue (the operator took it
 * and finds it is the manager's to answer). POST {rest}/issues/{key}/return names whom the panel showed holding it:
 * 409 when someone moved it meanwhile, or when the owner is away (it stays); done, the page shows the issue as it
 * is now.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function refusal(t, answer, owner) {
    if (answer.status === 409) {
      return answer.body && answer.body.field === 'owner' ? t('backstop.return.away', owner) : t('backstop.return.moved');
    }
    return t('backstop.return.failed', Backstop.problem(answer, t));
  }

  function giveBack(ctx, sla, button, status) {
    button.disabled = true;
    Backstop.api(ctx.rest + '/issues/' + encodeURIComponent(ctx.key) + '/return',
      { method: 'POST', body: { expectedAssignee: sla.assignee } }).then(function (answer) {
      if (answer.ok) {
        status.textContent = ctx.t('backstop.return.done', sla.owner);
        window.location.reload(); // the tracker's assignee and the panel's history, as they are now
        return;
      }
      button.disabled = false;
      status.textContent = refusal(ctx.t, answer, sla.owner);
    });
  }

  Backstop.part('panel', {
    issue: function (sla, ctx) {
      var line = ctx.root.querySelector('#backstop-return');
      if (!line) {
        return null; // not staff: only watching
      }
      Backstop.clear(line);
      var held = Boolean(sla.open && sla.owner && sla.assignee && sla.owner !== sla.assignee);
      Backstop.show(line, held);
      if (held) {
        var button = el('button', { className: 'aui-button', text: ctx.t('backstop.return.button', sla.owner),
          attrs: { type: 'button', id: 'backstop-return-button' } });
        var status = el('span', { className: 'backstop-note', attrs: { id: 'backstop-return-status', role: 'status' } });
        button.addEventListener('click', function () {
          giveBack(ctx, sla, button, status);
        });
        line.appendChild(button);
        line.appendChild(status);
      }
      return null;
    }
  });
})(window.Backstop);
