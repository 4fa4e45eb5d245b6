/*
 * Gadget: expected work against capacity per week ahead, GET forecast?weeks=8 (head and administrators). A week
 * whose load exceeds capacity is flagged, with the operator or manager hours that would cover the gap.
 */
(function (global) {
  'use strict';

  var WEEKS = 8;

  function weekLabel(iso, lang) {
    var format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return format.format(new Date(Date.parse(iso + 'T00:00:00Z')));
  }

  var FLAGGED = 'backstop-overdue backstop-capacity-flagged';

  /** What is missing in a short week, in norm-hours; "fits" otherwise. */
  function gap(w, ctx) {
    return w.flagged ? { text: ctx.t('backstop.gadget.capacity.gap', ctx.f.decimal(w.gap)), className: FLAGGED }
      : ctx.t('backstop.gadget.capacity.fits');
  }

  /** The operator's or a manager's hours that would earn what is missing. */
  function cover(w, ctx) {
    if (!w.flagged) {
      return ctx.t('backstop.gadget.none');
    }
    var hours = function (h) { return h === null ? ctx.t('backstop.gadget.none') : ctx.f.decimal(h); };
    return { text: ctx.t('backstop.gadget.capacity.cover', hours(w.operatorHours), hours(w.managerHours)),
      className: FLAGGED };
  }

  global.Backstop.gadget('capacity', {
    path: 'forecast',
    query: function () {
      return { weeks: WEEKS };
    },
    columns: ['backstop.gadget.capacity.col.week', 'backstop.gadget.capacity.col.load',
      'backstop.gadget.capacity.col.capacity', 'backstop.gadget.capacity.col.gap',
      'backstop.gadget.capacity.col.cover'],
    rows: function (body, ctx) {
      return body.weeks.map(function (w) {
        return [weekLabel(w.week, ctx.lang), ctx.f.decimal(w.load), ctx.f.decimal(w.capacity), gap(w, ctx),
          cover(w, ctx)];
      });
    },
    empty: function (body) {
      return body.weeks.length === 0;
    },
    chart: function (body, ctx) {
      var weeks = body.weeks;
      return {
        type: 'bar',
        data: {
          labels: weeks.map(function (w) { return weekLabel(w.week, ctx.lang); }),
          datasets: [
            { label: ctx.t('backstop.gadget.capacity.col.load'),
              backgroundColor: weeks.map(function (w) { return w.flagged ? '#c9372c' : '#388bff'; }),
              data: weeks.map(function (w) { return w.load; }) },
            { label: ctx.t('backstop.gadget.capacity.col.capacity'), backgroundColor: '#22a06b',
              data: weeks.map(function (w) { return w.capacity; }) }
          ]
        },
        options: { scales: { y: { beginAtZero: true, title: { display: true,
          text: ctx.t('backstop.gadget.capacity.axis') } } } }
      };
    }
  });
})(window);
