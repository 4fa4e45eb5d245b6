/*
 * Gadget: cheap orders, GET results/cheap-orders (a month): clients whose requests took more norm time than their
 * month's fee warrants, worst first, against the threshold; below, where that time went and, for a month not over,
 * the share of the fee each is held against.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  Backstop.gadget('cheap-orders', {
    endpoint: 'cheap-orders',
    columns: ['backstop.gadget.cheapOrders.col.client', 'backstop.gadget.cheapOrders.col.services',
      'backstop.gadget.cheapOrders.col.value', 'backstop.gadget.cheapOrders.col.normHours',
      'backstop.gadget.cheapOrders.col.rate'],
    emptyKey: 'backstop.gadget.cheapOrders.empty',
    rows: function (body, ctx) {
      return body.orders.map(function (o) {
        return [{ text: o.client, className: 'backstop-gadget-name' },
          o.services.split('+').map(ctx.service).join(', '), ctx.f.money(o.valueKopecks),
          ctx.f.decimal(o.minutes / 60), { text: ctx.f.decimal(o.normHoursPerThousandRoubles), className: 'backstop-overdue' }];
      });
    },
    chart: function (body, ctx) {
      var orders = body.orders.slice(0, 8);
      return {
        type: 'bar',
        data: {
          labels: orders.map(function (o) { return o.client; }),
          datasets: [
            { label: ctx.t('backstop.gadget.cheapOrders.col.rate'), backgroundColor: '#e34935', maxBarThickness: 48,
              data: orders.map(function (o) { return o.normHoursPerThousandRoubles; }) },
            // the threshold as a dash across each bar: a line needs two orders to show, a dash shows with one
            { type: 'line', label: ctx.t('backstop.gadget.cheapOrders.threshold', ctx.f.decimal(body.threshold)),
              borderColor: '#172b4d', backgroundColor: '#172b4d', showLine: false, pointStyle: 'line',
              pointRadius: 28, pointHoverRadius: 28, pointBorderWidth: 2,
              data: orders.map(function () { return body.threshold; }) }
          ]
        },
        options: { scales: { y: { beginAtZero: true }, x: { ticks: { autoSkip: false, maxRotation: 0, font: { size: 10 } } } } }
      };
    },
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      if (body.orders.length === 0) {
        return;
      }
      if (body.partial) {
        node.appendChild(Backstop.el('p', { className: 'backstop-gadget-note',
          text: ctx.t('backstop.gadget.cheapOrders.partial', ctx.f.percent(body.share)) }));
      }
      node.appendChild(Backstop.el('h3', { text: ctx.t('backstop.gadget.cheapOrders.where') }));
      node.appendChild(Backstop.el('ul', { className: 'backstop-gadget-lines' }, body.whereTimeGoes.slice(0, 4).map(function (w) {
        return Backstop.el('li', { text: ctx.t('backstop.gadget.cheapOrders.whereLine', w.name,
          ctx.f.decimal(w.minutes / 60), ctx.f.percent(w.share)) });
      })));
    }
  });
})(window);
