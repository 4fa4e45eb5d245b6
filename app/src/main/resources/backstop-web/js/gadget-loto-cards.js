/*
 * Gadget: loto-card coverage per manager, GET results/loto-cards (today, over the 12 months the rule reads): the
 * offers their clients' checklists require, how many were made, the weakest coverage first; below, the clients with
 * the most offers still missing.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;
  /** How many clients the list of missing offers names. */
  var MISSING_CLIENTS = 3;

  function managers(body) {
    return body.managers.slice().sort(function (a, b) {
      return a.coverage - b.coverage || (a.managerName || a.manager).localeCompare(b.managerName || b.manager);
    });
  }

  Backstop.gadget('loto-cards', {
    endpoint: 'loto-cards',
    columns: ['backstop.gadget.lotoCards.col.manager', 'backstop.gadget.lotoCards.col.clients',
      'backstop.gadget.lotoCards.col.required', 'backstop.gadget.lotoCards.col.made',
      'backstop.gadget.lotoCards.col.coverage'],
    emptyKey: 'backstop.gadget.lotoCards.empty',
    rows: function (body, ctx) {
      return managers(body).map(function (m) {
        return [{ text: m.managerName || m.manager, className: 'backstop-gadget-name' }, ctx.f.number(m.clients),
          ctx.f.number(m.required), ctx.f.number(m.made),
          { text: ctx.f.percent(m.coverage), className: m.coverage < 0.5 ? 'backstop-overdue' : '' }];
      });
    },
    chart: function (body, ctx) {
      var list = managers(body);
      return {
        type: 'bar',
        data: {
          labels: list.map(function (m) { return m.managerName || m.manager; }),
          datasets: [{ label: ctx.t('backstop.gadget.lotoCards.col.coverage'), backgroundColor: '#6e5dc6',
            data: list.map(function (m) { return m.coverage; }) }]
        },
        options: {
          indexAxis: 'y',
          plugins: { legend: { display: false } },
          scales: { x: { min: 0, max: 1, ticks: { format: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 } } } }
        }
      };
    },
    /** The clients who still miss the most offers of their cards, with those offers: whom to call first. */
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      var missing = body.clients.filter(function (c) { return c.missing.length > 0; }).sort(function (a, b) {
        return b.missing.length - a.missing.length || a.client.localeCompare(b.client);
      }).slice(0, MISSING_CLIENTS);
      if (missing.length === 0) {
        return;
      }
      node.appendChild(Backstop.el('h3', { text: ctx.t('backstop.gadget.lotoCards.missing') }));
      node.appendChild(Backstop.el('ul', { className: 'backstop-gadget-lines' }, missing.map(function (c) {
        return Backstop.el('li', { attrs: { 'data-client': c.client }, text: ctx.t('backstop.gadget.lotoCards.missingLine',
          c.client, c.managerName || c.manager || ctx.t('backstop.gadget.none'), c.missing.map(ctx.service).join(', ')) });
      })));
    },
    empty: function (body) {
      return body.managers.length === 0;
    }
  });
})(window);
