/* Gadget: the operations in the order a newcomer should learn them, with instructions, GET onboarding/plan. */
(function (global) {
  'use strict';

  global.Backstop.gadget('learning-order', {
    endpoint: 'plan',
    path: 'onboarding/plan',
    query: function (period) {
      return period.to ? { asOf: period.to } : {};
    },
    columns: ['backstop.gadget.learningOrder.col.rank', 'backstop.gadget.learningOrder.col.operation',
      'backstop.gadget.learningOrder.col.times', 'backstop.gadget.learningOrder.col.normHours',
      'backstop.gadget.learningOrder.col.instruction'],
    rows: function (body, ctx) {
      return body.operations.map(function (o) {
        var instruction = o.instruction
          ? { text: o.instruction.indexOf('library:') === 0
              ? ctx.t('backstop.gadget.learningOrder.library', o.instruction.slice('library:'.length))
              : ctx.t('backstop.gadget.learningOrder.open'), href: o.instruction }
          : { text: ctx.t('backstop.gadget.learningOrder.missing'), className: 'backstop-overdue' };
        return [ctx.f.number(o.rank), o.name, ctx.f.number(o.timesDone), ctx.f.decimal(o.normHours), instruction];
      });
    },
    empty: function (body) {
      return body.operations.length === 0;
    },
    chart: function () {
      return null;
    }
  });
})(window);
