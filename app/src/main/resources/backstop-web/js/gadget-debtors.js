/* Gadget: debt by aging bucket and the debtors' escalation levels, GET results/debtors. */
(function (global) {
  'use strict';

  var BUCKETS = ['0-30', '31-60', '61-90', '90+'];

  global.Backstop.gadget('debtors', {
    endpoint: 'debtors',
    columns: ['backstop.gadget.debtors.col.client', 'backstop.gadget.debtors.col.manager',
      'backstop.gadget.debtors.col.overdue', 'backstop.gadget.debtors.col.worst',
      'backstop.gadget.debtors.col.escalation'],
    rows: function (body, ctx) {
      return body.debtors.filter(function (d) { return d.aging.totalKopecks > 0; })
        .sort(function (a, b) { return b.aging.overdueTotalKopecks - a.aging.overdueTotalKopecks; })
        .map(function (d) {
          return [d.client, d.manager || ctx.t('backstop.gadget.none'), ctx.f.moneyShort(d.aging.overdueTotalKopecks),
            d.aging.worst ? ctx.t('backstop.gadget.debtors.days', d.aging.worst) : ctx.t('backstop.gadget.none'),
            d.escalation ? { text: ctx.t('backstop.gadget.escalation.' + d.escalation.level),
              className: d.escalation.level === 'MANAGER' ? '' : 'backstop-overdue' } : ctx.t('backstop.gadget.none')];
        });
    },
    empty: function (body) {
      return body.total.totalKopecks === 0;
    },
    chart: function (body, ctx) {
      var labels = [ctx.t('backstop.gadget.debtors.notDue')].concat(BUCKETS.map(function (b) {
        return ctx.t('backstop.gadget.debtors.days', b);
      }));
      var values = [body.total.notDueKopecks].concat(BUCKETS.map(function (b) {
        return body.total.overdueKopecks[b] || 0;
      })).map(function (k) { return k / 100; });
      return {
        type: 'bar',
        data: {
          labels: labels,
          datasets: [{ label: ctx.t('backstop.gadget.debtors.amount'), data: values,
            backgroundColor: ['#388bff', '#f5cd47', '#e56910', '#e34935', '#ae2a19'] }]
        },
        options: {
          plugins: { legend: { display: false } },
          scales: { x: { ticks: { maxRotation: 0, autoSkip: false, font: { size: 10 } } },
            y: { beginAtZero: true, ticks: { format: { style: 'currency', currency: 'RUB',
            notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } } } }
        }
      };
    }
  });
})(window);
