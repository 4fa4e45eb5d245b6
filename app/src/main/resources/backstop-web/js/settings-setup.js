/*
 * Settings part: the host's setup, shown when the host names a setup URL (data-setup; Jira: issue types, fields,
 * the staff group, the user Backstop acts as), with what each step created, found or failed.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function item(t, step) {
    var lozenge = step.status === 'FAILED' ? ' aui-lozenge-removed' : step.status === 'CREATED' ? ' aui-lozenge-success' : '';
    return el('li', { attrs: { 'data-status': step.status } }, [
      el('span', { className: 'aui-lozenge' + lozenge, text: t('backstop.settings.setup.' + step.status) }),
      el('span', { text: ' ' + step.name + ': ' + step.message })]);
  }

  function run(ctx, url) {
    var setup = ctx.$('#backstop-setup');
    var error = ctx.$('#backstop-setup-error');
    var items = ctx.$('#backstop-setup-items');
    var actor = ctx.$('#backstop-setup-actor').value.trim();
    setup.setAttribute('data-state', 'running');
    Backstop.show(error, false);
    Backstop.clear(items);
    Backstop.api(url, { method: 'POST', body: actor ? { actor: actor } : {} }).then(function (answer) {
      if (answer.ok && answer.body) {
        (answer.body.items || []).forEach(function (step) {
          items.appendChild(item(ctx.t, step));
        });
      } else {
        error.textContent = Backstop.problem(answer, ctx.t);
        Backstop.show(error, true);
      }
      setup.setAttribute('data-state', answer.ok ? 'done' : 'refused');
    });
  }

  Backstop.part('settings', {
    start: function (ctx) {
      var url = ctx.root.getAttribute('data-setup');
      if (!url) {
        return;
      }
      Backstop.show(ctx.$('#backstop-setup'), true);
      Backstop.userPicker(ctx.$('#backstop-setup-actor'), { rest: ctx.rest, t: ctx.t }); // whom Backstop acts as
      ctx.$('#backstop-setup-run').addEventListener('click', function () {
        run(ctx, url);
      });
    }
  });
})(window.Backstop);
