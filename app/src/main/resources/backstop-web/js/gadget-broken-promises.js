/*
 * Gadget: broken promises, the head's, GET results/sla's brokenPromises: each promise broken in the period, who had
 * promised (rule 11: the broken one counts against them), for when, and how often the date had been moved before
 * it broke (a chain of moved promises is one promise). Times as people write them (ctx.f.when).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  Backstop.gadget('broken-promises', {
    endpoint: 'sla',
    maxRows: 8,
    emptyKey: 'backstop.gadget.brokenPromises.empty',
    columns: ['backstop.gadget.brokenPromises.col.issue', 'backstop.gadget.brokenPromises.col.by',
      'backstop.gadget.brokenPromises.col.due', 'backstop.gadget.brokenPromises.col.moves'],
    /** The newest broken first. */
    rows: function (body, ctx) {
      return body.brokenPromises.slice().reverse().map(function (p) {
        return [
          { text: p.issue, href: ctx.issuePage ? ctx.page(ctx.issuePage + encodeURIComponent(p.issue)) : '' },
          ctx.name(p.by),
          ctx.f.when(p.due, ctx.now),
          { text: p.moves > 0 ? ctx.f.number(p.moves) : ctx.t('backstop.gadget.none'),
            className: p.moves > 0 ? 'backstop-overdue' : '' }
        ];
      });
    },
    empty: function (body) {
      return body.brokenPromises.length === 0;
    },
    chart: function () {
      return null;
    }
  });
})(window);
