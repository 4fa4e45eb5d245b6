/*
 * Gadget: per person, offers made, the answers recorded ("accepted": the manager's word, earning nothing), the offers
 * an invoice sold and for how many roubles, conversion (sold / offered) and points (level x amount band of each
 * sale), GET results/upsells.
 */
(function (global) {
  'use strict';

  global.Backstop.gadget('upsells', {
    endpoint: 'upsells',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.upsells.col.presented',
      'backstop.gadget.upsells.col.accepted', 'backstop.gadget.upsells.col.sold', 'backstop.gadget.upsells.col.roubles',
      'backstop.gadget.upsells.col.conversion', 'backstop.gadget.upsells.col.points'],
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        return [p.name || p.person, ctx.f.number(p.presented), ctx.f.number(p.accepted), ctx.f.number(p.sold),
          { text: ctx.f.money(p.soldKopecks), className: 'backstop-upsells-roubles' }, ctx.f.percent(p.conversion),
          ctx.f.number(p.points)];
      });
    },
    chart: function (body, ctx) {
      var people = body.people;
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return p.name || p.person; }),
          datasets: [
            { label: ctx.t('backstop.gadget.upsells.col.points'), backgroundColor: '#6e5dc6', yAxisID: 'points',
              data: people.map(function (p) { return p.points; }) },
            { label: ctx.t('backstop.gadget.upsells.col.conversion'), backgroundColor: '#22a06b', yAxisID: 'share',
              data: people.map(function (p) { return p.conversion; }) }
          ]
        },
        options: {
          scales: {
            points: { type: 'linear', position: 'left', beginAtZero: true, ticks: { precision: 0 } },
            share: { type: 'linear', position: 'right', min: 0, max: 1, grid: { drawOnChartArea: false },
              ticks: { format: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 } } }
          }
        }
      };
    }
  });
})(window);
