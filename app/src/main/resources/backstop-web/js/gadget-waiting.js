/*
 * Gadget: waiting for an answer, GET queue as the operator's queue gets it (awaiting issues past queueAfter, the
 * soonest due first): the first ten, who holds each and the time left, the server's countdown in working time shown
 * as the queue and the issue panel show it (Backstop.countdown), and a link to the whole queue.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  Backstop.gadget('waiting', {
    path: 'queue',
    maxRows: 10,
    emptyKey: 'backstop.queue.empty',
    columns: ['backstop.gadget.waiting.col.issue', 'backstop.gadget.waiting.col.holder',
      'backstop.gadget.waiting.col.left'],
    /** The server's order as it comes (rule 9: by due, then key); complaints get no lane of their own here. */
    rows: function (body, ctx) {
      return body.map(function (entry) {
        var left = Backstop.countdown(ctx.t, ctx.f, entry.workingSecondsLeft, entry.paused);
        return [
          { text: entry.issue, href: ctx.issuePage ? ctx.page(ctx.issuePage + encodeURIComponent(entry.issue)) : '' },
          ctx.name(entry.assignee) || '',
          { text: left ? left.text : '', className: left && left.state === 'overdue' ? 'backstop-overdue' : '' }
        ];
      });
    },
    empty: function (body) {
      return body.length === 0;
    },
    chart: function () {
      return null;
    },
    /** "Show all": the operator's queue page, with its filters, complaints lane and "take". */
    after: function (ctx, node) {
      Backstop.clear(node);
      if (ctx.queuePage) {
        node.appendChild(Backstop.el('p', { className: 'backstop-gadget-all' }, [Backstop.el('a', {
          text: ctx.t('backstop.gadget.waiting.all'), attrs: { href: ctx.page(ctx.queuePage) } })]));
      }
    }
  });
})(window);
