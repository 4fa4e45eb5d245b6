/* Gadget: the month's scorecard per person, weighted components stacked, GET results/scorecard. */
(function (global) {
  'use strict';

  var COMPONENTS = ['output', 'receivables', 'timeliness', 'quality', 'upsells'];
  var COLOURS = ['#388bff', '#22a06b', '#f5cd47', '#6e5dc6', '#e56910'];

  global.Backstop.gadget('scorecard', {
    endpoint: 'scorecard',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.scorecard.col.total',
      'backstop.gadget.scorecard.component.output', 'backstop.gadget.scorecard.component.timeliness',
      'backstop.gadget.scorecard.component.upsells'],
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        return [p.person, ctx.f.percent(p.total), ctx.f.percent(p.components.output.score),
          ctx.f.percent(p.components.timeliness.score), ctx.f.percent(p.components.upsells.score)];
      });
    },
    chart: function (body, ctx) {
      var people = body.people;
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return p.person; }),
          datasets: COMPONENTS.map(function (c, i) {
            return { label: ctx.t('backstop.gadget.scorecard.component.' + c), backgroundColor: COLOURS[i],
              stack: 'score', data: people.map(function (p) { return p.components[c].weighted; }) };
          })
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
          ticks: { format: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 } } } } }
      };
    }
  });
})(window);
