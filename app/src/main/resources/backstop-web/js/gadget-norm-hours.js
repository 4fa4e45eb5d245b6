/* Gadget: norm-hours per full day per person against their band, GET results/norm-hours. */
(function (global) {
  'use strict';

  global.Backstop.gadget('norm-hours', {
    endpoint: 'norm-hours',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.normHours.col.earned',
      'backstop.gadget.normHours.col.perDay', 'backstop.gadget.normHours.col.band',
      'backstop.gadget.normHours.col.verdict'],
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        var perDay = p.total.perFullDay;
        return [p.person, ctx.f.decimal(p.total.normHours),
          perDay === null ? ctx.t('backstop.gadget.none') : ctx.f.decimal(perDay),
          ctx.t('backstop.gadget.normHours.range', ctx.f.decimal(p.band.min), ctx.f.decimal(p.band.max)),
          p.verdict ? { text: ctx.t('backstop.gadget.verdict.' + p.verdict),
            className: p.verdict === 'BELOW' ? 'backstop-overdue' : '' } : ctx.t('backstop.gadget.none')];
      });
    },
    chart: function (body, ctx) {
      var people = body.people;
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return p.person; }),
          datasets: [
            { type: 'bar', label: ctx.t('backstop.gadget.normHours.col.perDay'), backgroundColor: '#388bff',
              data: people.map(function (p) { return p.total.perFullDay; }) },
            { type: 'line', label: ctx.t('backstop.gadget.normHours.bandMin'), borderColor: '#e56910',
              backgroundColor: '#e56910', showLine: false, pointStyle: 'line', pointRadius: 14, pointBorderWidth: 3,
              data: people.map(function (p) { return p.band.min; }) },
            { type: 'line', label: ctx.t('backstop.gadget.normHours.bandMax'), borderColor: '#22a06b',
              backgroundColor: '#22a06b', showLine: false, pointStyle: 'line', pointRadius: 14, pointBorderWidth: 3,
              data: people.map(function (p) { return p.band.max; }) }
          ]
        },
        options: { scales: { y: { beginAtZero: true } } }
      };
    }
  });
})(window);
