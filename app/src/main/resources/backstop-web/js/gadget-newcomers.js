/* Gadget: newcomers' operations learnt and hours per norm-hour by month of service, GET onboarding/newcomers. */
(function (global) {
  'use strict';

  var COLOURS = ['#388bff', '#e56910', '#6e5dc6', '#22a06b'];

  /** The latest month of service with any norm-hours earned. */
  function latest(p) {
    for (var i = p.months.length - 1; i >= 0; i--) {
      if (p.months[i].hoursPerNormHour !== null) {
        return p.months[i];
      }
    }
    return null;
  }

  global.Backstop.gadget('newcomers', {
    endpoint: 'newcomers',
    path: 'onboarding/newcomers',
    query: function (period) {
      return period.to ? { asOf: period.to } : {};
    },
    columns: ['backstop.gadget.col.person', 'backstop.gadget.newcomers.col.month',
      'backstop.gadget.newcomers.col.learnt', 'backstop.gadget.newcomers.col.hours',
      'backstop.gadget.newcomers.col.expected'],
    rows: function (body, ctx) {
      return body.newcomers.map(function (p) {
        var m = latest(p);
        var slow = m !== null && m.expectedHoursPerNormHour > 0 && m.hoursPerNormHour > m.expectedHoursPerNormHour;
        return [ctx.name(p.person), ctx.f.number(p.monthOfService),
          ctx.t('backstop.gadget.newcomers.learnt', ctx.f.number(p.operationsLearnt), ctx.f.number(p.operations)),
          m === null ? ctx.t('backstop.gadget.none')
            : { text: ctx.f.decimal(m.hoursPerNormHour), className: slow ? 'backstop-overdue' : '' },
          m === null ? ctx.t('backstop.gadget.none') : ctx.f.decimal(m.expectedHoursPerNormHour)];
      });
    },
    chart: function (body, ctx) {
      var longest = 0;
      body.newcomers.forEach(function (p) { longest = Math.max(longest, p.months.length); });
      var labels = [];
      for (var i = 1; i <= longest; i++) {
        labels.push(ctx.t('backstop.gadget.newcomers.monthN', ctx.f.number(i)));
      }
      var datasets = body.newcomers.map(function (p, n) {
        return { type: 'line', label: ctx.name(p.person), borderColor: COLOURS[n % COLOURS.length],
          backgroundColor: COLOURS[n % COLOURS.length],
          data: p.months.map(function (m) { return m.hoursPerNormHour; }) };
      });
      if (body.newcomers.length > 0) {
        var target = body.newcomers[0].targetHoursPerNormHour;
        datasets.push({ type: 'line', label: ctx.t('backstop.gadget.newcomers.target'), borderColor: '#22a06b',
          borderDash: [6, 4], pointRadius: 0, data: labels.map(function () { return target; }) });
      }
      return { type: 'line', data: { labels: labels, datasets: datasets },
        options: { scales: { y: { beginAtZero: true } } } };
    }
  });
})(window);
