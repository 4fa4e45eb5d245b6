/*
 * Gadget: the response figures per person, GET results/sla (docs/sla.md, "For a department head"): on time (full
 * answers on time and promises kept), the breaches of issues they held (never the rescuer's), promises broken, the
 * on-time share, and how fast the breached issues handed to them were answered (median); below, each person's
 * promises (made, kept, moved, broken) and rescue speed (median and 90th percentile).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  function counted(p) {
    return p.onTimeShare !== null || p.replies > 0 || p.promises.made > 0 || p.rescues.count > 0;
  }

  function seconds(ctx, value) {
    return value === null || value === undefined ? ctx.t('backstop.gadget.none')
      : ctx.f.duration(value * 1000, true);
  }

  /** One line per person with promises, one per person with rescues. */
  function lines(ctx, body) {
    var items = [];
    body.people.forEach(function (p) {
      var m = p.promises;
      if (m.made + m.kept + m.moved + m.broken > 0) {
        items.push({ key: 'promises', person: p.person, text: ctx.t('backstop.gadget.sla.promises.line', ctx.name(p.person),
          ctx.f.number(m.made), ctx.f.number(m.kept), ctx.f.number(m.moved), ctx.f.number(m.broken)) });
      }
    });
    body.people.forEach(function (p) {
      var r = p.rescues;
      if (r.count > 0) {
        items.push({ key: 'rescues', person: p.person, text: ctx.t('backstop.gadget.sla.rescues.line', ctx.name(p.person),
          ctx.f.number(r.count), seconds(ctx, r.medianSeconds), seconds(ctx, r.p90Seconds))
          + (r.unanswered > 0 ? ctx.t('backstop.gadget.sla.rescues.unanswered', ctx.f.number(r.unanswered)) : '') });
      }
    });
    return items;
  }

  Backstop.gadget('sla', {
    endpoint: 'sla',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.sla.col.onTime', 'backstop.gadget.sla.col.breaches',
      'backstop.gadget.sla.col.broken', 'backstop.gadget.sla.col.share', 'backstop.gadget.sla.col.rescue'],
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        return [ctx.name(p.person), ctx.f.number(p.onTime),
          { text: ctx.f.number(p.breaches), className: p.breaches > 0 ? 'backstop-overdue' : '' },
          { text: ctx.f.number(p.promises.broken), className: p.promises.broken > 0 ? 'backstop-overdue' : '' },
          p.onTimeShare === null ? ctx.t('backstop.gadget.none') : ctx.f.percent(p.onTimeShare),
          seconds(ctx, p.rescues.medianSeconds)];
      });
    },
    empty: function (body) {
      return !body.people.some(counted);
    },
    chart: function (body, ctx) {
      var people = body.people.filter(counted);
      var series = function (key, color, value) {
        return { label: ctx.t(key), data: people.map(value), backgroundColor: color, stack: 'watch' };
      };
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return ctx.name(p.person); }),
          datasets: [
            series('backstop.gadget.sla.col.onTime', '#22a06b', function (p) { return p.onTime; }),
            series('backstop.gadget.sla.col.breaches', '#e34935', function (p) { return p.breaches; }),
            series('backstop.gadget.sla.col.broken', '#e56910', function (p) { return p.promises.broken; })
          ]
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } }
      };
    },
    /** Promises and rescue speed, in words, for the people who have any. */
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      var items = lines(ctx, body || { people: [] });
      if (items.length > 0) {
        node.appendChild(Backstop.el('ul', { className: 'backstop-gadget-lines' }, items.map(function (item) {
          return Backstop.el('li', { text: item.text, attrs: { 'data-line': item.key, 'data-person': item.person } });
        })));
      }
    }
  });
})(window);
