/* Gadget: where the norm time goes, per operation, most time first, GET results/hotspots (load hotspots). */
(function (global) {
  'use strict';

  /** Chart labels longer than this are cut (the table and the tooltip keep the whole name). */
  var LABEL = 22;

  global.Backstop.gadget('hotspots', {
    endpoint: 'hotspots',
    columns: ['backstop.gadget.hotspots.col.operation', 'backstop.gadget.hotspots.col.count',
      'backstop.gadget.hotspots.col.norm', 'backstop.gadget.hotspots.col.normHours',
      'backstop.gadget.hotspots.col.share'],
    rows: function (body, ctx) {
      return body.operations.map(function (o) {
        return [{ text: o.name, className: 'backstop-gadget-name' }, ctx.f.number(o.count),
          ctx.f.number(o.standardMinutes), ctx.f.decimal(o.normHours), ctx.f.percent(o.share)];
      });
    },
    chart: function (body, ctx) {
      var top = body.operations.slice(0, 6);
      return {
        type: 'bar',
        data: {
          labels: top.map(function (o) { return o.name.length > LABEL ? o.name.slice(0, LABEL - 1) + '…' : o.name; }),
          datasets: [{ label: ctx.t('backstop.gadget.hotspots.col.normHours'), backgroundColor: '#e56910',
            data: top.map(function (o) { return o.normHours; }) }]
        },
        options: {
          indexAxis: 'y',
          plugins: { legend: { display: false }, tooltip: { callbacks: { title: function (items) {
            return items.length ? top[items[0].dataIndex].name : '';
          } } } },
          scales: { x: { beginAtZero: true }, y: { ticks: { autoSkip: false, font: { size: 10 } } } }
        }
      };
    }
  });
})(window);
