/*
 * Gadget: suspected complaints, the head's and the operator's lane (suspected.js) on the dashboard: GET
 * results/complaints/suspected, every open suspicion, oldest first, each with "Confirm" and "Dismiss". It is now, so
 * it has no period filter; the table stays empty and the lane is drawn below it.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  Backstop.gadget('suspected', {
    path: 'results/complaints/suspected',
    emptyKey: 'backstop.suspected.empty',
    columns: [],
    rows: function () {
      return [];
    },
    empty: function (body) {
      return body.length === 0;
    },
    chart: function () {
      return null;
    },
    after: function (ctx, node, reload, body) {
      var root = node.closest('[data-gadget]');
      if (!node.suspectedLane) {
        var list = Backstop.el('ul', { className: 'backstop-suspected-list' });
        var status = Backstop.el('div', { className: 'backstop-suspected-status backstop-hidden',
          attrs: { role: 'status' } });
        node.appendChild(status);
        node.appendChild(list);
        node.suspectedLane = Backstop.suspectedLane({ root: node, list: list, status: status, t: ctx.t, fmt: ctx.f,
          rest: ctx.rest, changed: reload,
          link: function (key) { return ctx.issuePage ? ctx.page(ctx.issuePage + encodeURIComponent(key)) : ''; },
          canDecide: root.getAttribute('data-can-decide') === 'true',
          canName: root.getAttribute('data-can-name') === 'true' });
      }
      node.suspectedLane.show(body, ctx.now);
    }
  });
})(window);
