/* Gadget: days absent per person, by kind, planned or not, and norm-hours lost, GET reports/absences. */
(function (global) {
  'use strict';

  var KINDS = ['VACATION', 'SICK', 'TIME_OFF', 'STUDY'];
  var COLOURS = ['#22a06b', '#e56910', '#388bff', '#6e5dc6'];

  function lastMonth(p) {
    return p.months[p.months.length - 1];
  }

  global.Backstop.gadget('absences', {
    endpoint: 'absences',
    path: 'reports/absences',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.absences.col.month',
      'backstop.gadget.absences.col.unplanned', 'backstop.gadget.absences.col.last3',
      'backstop.gadget.absences.col.last12', 'backstop.gadget.absences.col.lost'],
    rows: function (body, ctx) {
      return body.people.filter(function (p) { return p.periods['12'].days > 0; }).map(function (p) {
        var month = lastMonth(p);
        return [ctx.name(p.person), ctx.f.decimal(month.days),
          { text: ctx.f.decimal(month.unplannedDays), className: month.unplannedDays > 0 ? 'backstop-overdue' : '' },
          ctx.f.decimal(p.periods['3'].days), ctx.f.decimal(p.periods['12'].days),
          ctx.f.decimal(p.periods['12'].normHoursLost)];
      });
    },
    empty: function (body) {
      return body.periods['12'].days === 0;
    },
    chart: function (body, ctx) {
      var people = body.people.filter(function (p) { return p.periods['12'].days > 0; });
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return ctx.name(p.person); }),
          datasets: KINDS.map(function (kind, i) {
            return { label: ctx.t('backstop.gadget.absences.kind.' + kind), backgroundColor: COLOURS[i],
              stack: 'days', data: people.map(function (p) { return p.periods['12'].daysByKind[kind]; }) };
          })
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
      };
    }
  });
})(window);
