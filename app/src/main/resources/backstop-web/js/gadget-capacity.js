/*
 * Gadget: demand against capacity per week ahead, GET forecast?weeks=8 (head and administrators). A week's load is
 * the demand expected to arrive plus what the week before could not serve; a week whose load exceeds capacity is
 * flagged, with the operator or manager hours that would cover the gap. Below the table: the messages unanswered
 * now and what was left unserved in the past weeks (what arrived against what was done).
 */
(function (global) {
  'use strict';

  var WEEKS = 8;

  function dayLabel(iso, lang) {
    var format = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'short', timeZone: 'UTC' });
    return format.format(new Date(Date.parse(iso + 'T00:00:00Z')));
  }

  /** The week's Monday, and the holiday period it holds (New Year, May, the department's own). */
  function weekLabel(w, ctx) {
    var day = dayLabel(w.week, ctx.lang);
    return w.period ? ctx.t('backstop.gadget.capacity.withPeriod', day,
      ctx.t('backstop.gadget.capacity.period.' + w.period)) : day;
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

  /** Demand, with the promotions' part named when there is one. */
  function demand(w, ctx) {
    return w.promotion > 0 ? ctx.t('backstop.gadget.capacity.withPromotion', ctx.f.decimal(w.demand),
      ctx.f.decimal(w.promotion)) : ctx.f.decimal(w.demand);
  }

  /** Capacity expected, with the planned one (before unplanned absence) beside it when they differ. */
  function capacity(w, ctx) {
    return w.unplannedAbsence > 0 ? ctx.t('backstop.gadget.capacity.withAbsence', ctx.f.decimal(w.capacity),
      ctx.f.decimal(w.plannedCapacity)) : ctx.f.decimal(w.capacity);
  }

  /** The backlog now and the past weeks' unserved work, one line each. */
  function lines(body, ctx) {
    var items = [{ key: 'backlog', text: ctx.t('backstop.gadget.capacity.backlog', body.backlogMessages,
      ctx.f.decimal(body.backlog)) }];
    body.past.forEach(function (p) {
      items.push({ key: 'past', text: ctx.t('backstop.gadget.capacity.past', dayLabel(p.week, ctx.lang),
        ctx.f.decimal(p.demand), ctx.f.decimal(p.done), ctx.f.decimal(p.unserved)) });
    });
    return items;
  }

  global.Backstop.gadget('capacity', {
    path: 'forecast',
    query: function () {
      return { weeks: WEEKS };
    },
    columns: ['backstop.gadget.capacity.col.week', 'backstop.gadget.capacity.col.demand',
      'backstop.gadget.capacity.col.carried', 'backstop.gadget.capacity.col.capacity',
      'backstop.gadget.capacity.col.gap', 'backstop.gadget.capacity.col.cover'],
    rows: function (body, ctx) {
      return body.weeks.map(function (w) {
        return [weekLabel(w, ctx), demand(w, ctx), ctx.f.decimal(w.carried), capacity(w, ctx), gap(w, ctx),
          cover(w, ctx)];
      });
    },
    empty: function (body) {
      return body.weeks.length === 0;
    },
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      if (!body) {
        return null;
      }
      node.appendChild(Backstop.el('ul', { className: 'backstop-gadget-lines' }, lines(body, ctx).map(function (item) {
        return Backstop.el('li', { text: item.text, attrs: { 'data-line': item.key } });
      })));
      return global.Backstop.promotions ? global.Backstop.promotions(ctx, node, reload, body) : null;
    },
    chart: function (body, ctx) {
      var weeks = body.weeks;
      return {
        type: 'bar',
        data: {
          labels: weeks.map(function (w) { return dayLabel(w.week, ctx.lang); }),
          datasets: [
            { label: ctx.t('backstop.gadget.capacity.col.demand'), stack: 'load',
              backgroundColor: weeks.map(function (w) { return w.flagged ? '#c9372c' : '#388bff'; }),
              data: weeks.map(function (w) { return w.demand; }) },
            { label: ctx.t('backstop.gadget.capacity.col.carried'), stack: 'load', backgroundColor: '#f5cd47',
              data: weeks.map(function (w) { return w.carried; }) },
            { label: ctx.t('backstop.gadget.capacity.col.capacity'), stack: 'capacity', backgroundColor: '#22a06b',
              data: weeks.map(function (w) { return w.capacity; }) }
          ]
        },
        options: { scales: { y: { beginAtZero: true, stacked: true, title: { display: true,
          text: ctx.t('backstop.gadget.capacity.axis') } }, x: { stacked: true } } }
      };
    }
  });
})(window);
