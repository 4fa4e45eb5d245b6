/* Gadget: replies on time and breaches (late replies) per person, GET results/sla. */
(function (global) {
  'use strict';

  global.Backstop.gadget('sla', {
    endpoint: 'sla',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.sla.col.replies', 'backstop.gadget.sla.col.onTime',
      'backstop.gadget.sla.col.breaches', 'backstop.gadget.sla.col.share'],
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        return [p.person, ctx.f.number(p.replies), ctx.f.number(p.onTime),
          { text: ctx.f.number(p.breaches), className: p.breaches > 0 ? 'backstop-overdue' : '' },
          p.onTimeShare === null ? ctx.t('backstop.gadget.none') : ctx.f.percent(p.onTimeShare)];
      });
    },
    empty: function (body) {
      return !body.people.some(function (p) { return p.replies > 0; });
    },
    chart: function (body, ctx) {
      var people = body.people.filter(function (p) { return p.replies > 0; });
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return p.person; }),
          datasets: [
            { label: ctx.t('backstop.gadget.sla.col.onTime'), data: people.map(function (p) { return p.onTime; }),
              backgroundColor: '#22a06b', stack: 'replies' },
            { label: ctx.t('backstop.gadget.sla.col.breaches'), data: people.map(function (p) { return p.breaches; }),
              backgroundColor: '#e34935', stack: 'replies' }
          ]
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
      };
    }
  });
})(window);
