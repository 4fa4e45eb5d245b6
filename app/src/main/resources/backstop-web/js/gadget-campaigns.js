/*
 * Gadget: today's call lists of the cyclic campaigns, GET results/campaigns: whom to call (freshest order first) and,
 * below, whom each campaign skips, by reason; the chart counts the clients per outcome.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;
  /** The skip reasons in the order the head reads them: what the client is going through first. */
  var REASONS = ['WAITING_FOR_ANSWER', 'OPEN_COMPLAINT', 'OVERDUE_DEBT', 'HAS_SERVICE', 'ALREADY_OFFERED'];
  var COLOURS = ['#22a06b', '#e56910', '#ae2a19', '#f5cd47', '#8590a2', '#388bff'];
  /** How many clients a reason's line names before "and N more". */
  var NAMED = 4;

  function title(ctx, campaign) {
    return ctx.t('backstop.gadget.campaigns.campaign', ctx.service(campaign.ordered), ctx.service(campaign.offer));
  }

  Backstop.gadget('campaigns', {
    endpoint: 'campaigns',
    columns: ['backstop.gadget.campaigns.col.client', 'backstop.gadget.campaigns.col.manager',
      'backstop.gadget.campaigns.col.ordered'],
    maxRows: 8,
    emptyKey: 'backstop.gadget.campaigns.empty',
    /** Calls of every campaign; with more than one campaign each client says what to offer them. */
    rows: function (body, ctx) {
      var rows = [];
      var several = body.campaigns.length > 1;
      body.campaigns.forEach(function (campaign) {
        campaign.calls.forEach(function (call) {
          rows.push([{ text: several ? ctx.t('backstop.gadget.campaigns.offerTo', call.client, ctx.service(campaign.offer))
            : call.client, className: 'backstop-gadget-name' },
            call.managerName || call.manager || ctx.t('backstop.gadget.none'), ctx.f.date(call.lastOrderedOn)]);
        });
      });
      return rows;
    },
    empty: function (body) {
      return body.campaigns.every(function (c) { return c.calls.length === 0 && c.skipped.length === 0; });
    },
    chart: function (body, ctx) {
      var counts = [0].concat(REASONS.map(function () { return 0; }));
      body.campaigns.forEach(function (campaign) {
        counts[0] += campaign.calls.length;
        campaign.skipped.forEach(function (s) {
          s.reasons.forEach(function (r) { counts[1 + REASONS.indexOf(r)] += 1; });
        });
      });
      return {
        type: 'bar',
        data: {
          labels: [ctx.t('backstop.gadget.campaigns.toCall')].concat(REASONS.map(function (r) {
            return ctx.t('backstop.gadget.campaigns.reason.' + r);
          })),
          datasets: [{ label: ctx.t('backstop.gadget.campaigns.clients'), data: counts, backgroundColor: COLOURS }]
        },
        options: {
          indexAxis: 'y',
          plugins: { legend: { display: false } },
          scales: { x: { beginAtZero: true, ticks: { precision: 0 } }, y: { ticks: { autoSkip: false } } }
        }
      };
    },
    /** Per campaign, the skipped clients by reason (a client skipped for two reasons is under both). */
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      body.campaigns.forEach(function (campaign) {
        node.appendChild(Backstop.el('p', { className: 'backstop-gadget-note', attrs: { 'data-campaign': campaign.campaign },
          text: ctx.t('backstop.gadget.campaigns.toCallLine', title(ctx, campaign), ctx.f.number(campaign.calls.length)) }));
        if (campaign.skipped.length === 0) {
          return;
        }
        node.appendChild(Backstop.el('h3', { attrs: { 'data-campaign': campaign.campaign },
          text: ctx.t('backstop.gadget.campaigns.skippedTitle', title(ctx, campaign)) }));
        var lines = REASONS.map(function (reason) {
          var clients = campaign.skipped.filter(function (s) { return s.reasons.indexOf(reason) >= 0; })
            .map(function (s) { return s.client; });
          if (clients.length === 0) {
            return null;
          }
          var named = clients.slice(0, NAMED).join(', ');
          return Backstop.el('li', { attrs: { 'data-reason': reason }, text: ctx.t('backstop.gadget.campaigns.reasonLine',
            ctx.t('backstop.gadget.campaigns.reason.' + reason), ctx.f.number(clients.length),
            clients.length > NAMED ? ctx.t('backstop.gadget.campaigns.andMore', named, ctx.f.number(clients.length - NAMED))
              : named) });
        });
        node.appendChild(Backstop.el('ul', { className: 'backstop-gadget-lines' }, lines));
      });
    }
  });
})(window);
