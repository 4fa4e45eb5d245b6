/*
 * Gadget: today's call lists of the cyclic campaigns, GET results/campaigns: whom to call (freshest order first), who
 * calls them and what came of the call, and, below, whom each campaign skips, by reason; the chart counts the clients
 * per outcome. On today's list the row's caller picks the outcome (POST results/campaigns/{code}/outcome) and the
 * head picks another caller (POST results/campaigns/{code}/caller).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;
  /** The skip reasons in the order the head reads them: what the client is going through first. */
  var REASONS = ['WAITING_FOR_ANSWER', 'BROKEN_PROMISE', 'OPEN_COMPLAINT', 'OVERDUE_DEBT', 'HAS_SERVICE',
    'ALREADY_OFFERED'];
  var COLOURS = ['#22a06b', '#e56910', '#c9372c', '#ae2a19', '#f5cd47', '#8590a2', '#388bff'];
  /** What the caller may record of a call, in the order a call goes. */
  var OUTCOMES = ['REACHED_OFFER_MADE', 'DECLINED', 'LATER', 'NOT_REACHED'];
  /** How many clients a reason's line names before "and N more". */
  var NAMED = 4;

  function title(ctx, campaign) {
    return ctx.t('backstop.gadget.campaigns.campaign', ctx.service(campaign.ordered), ctx.service(campaign.offer));
  }

  /** A select that writes its choice to {rest}/results/campaigns/{code}/{what} for the row's client, then reloads. */
  function chooser(ctx, campaign, call, what, options, chosen) {
    var select = Backstop.el('select', { className: 'select backstop-campaign-' + what, attrs: {
      'data-campaign': campaign.campaign, 'data-client': call.client, 'aria-label': ctx.t('backstop.gadget.campaigns.col.' + what) } },
    options.map(function (o) {
      var option = Backstop.el('option', { text: o.text, attrs: { value: o.value } });
      option.selected = o.value === (chosen || '');
      return option;
    }));
    select.addEventListener('change', function () {
      if (!select.value) {
        return;
      }
      var body = { client: call.client };
      body[what] = select.value;
      select.disabled = true;
      Backstop.api(ctx.rest + '/results/campaigns/' + encodeURIComponent(campaign.campaign) + '/' + what,
        { method: 'POST', body: body }).then(function (answer) {
        select.disabled = false;
        if (answer.ok) {
          return ctx.campaignsReload ? ctx.campaignsReload() : null;
        }
        select.setAttribute('aria-invalid', 'true');
        select.title = answer.status === 403 ? ctx.t('backstop.gadget.campaigns.refused')
          : ctx.t('backstop.error.load', answer.status);
        return null;
      });
    });
    return { node: select };
  }

  /** Who calls: the head picks from the department on today's list; everybody else reads the name. */
  function caller(ctx, campaign, call) {
    if (campaign.today && campaign.mayAssign && campaign.callers) {
      return chooser(ctx, campaign, call, 'caller', campaign.callers.map(function (p) {
        return { value: p.person, text: p.name };
      }), call.caller);
    }
    return call.callerName || call.caller || ctx.t('backstop.gadget.none');
  }

  /** What came of the call: the row's caller (and the head) picks it on today's list. */
  function outcome(ctx, campaign, call) {
    if (campaign.today && call.mayRecord) {
      return chooser(ctx, campaign, call, 'outcome', [{ value: '', text: ctx.t('backstop.gadget.campaigns.outcome.none') }]
        .concat(OUTCOMES.map(function (o) {
          return { value: o, text: ctx.t('backstop.gadget.campaigns.outcome.' + o) };
        })), call.outcome);
    }
    return { text: ctx.t('backstop.gadget.campaigns.outcome.' + (call.outcome || 'none')),
      className: 'backstop-campaign-outcome-text' };
  }

  Backstop.gadget('campaigns', {
    endpoint: 'campaigns',
    columns: ['backstop.gadget.campaigns.col.client', 'backstop.gadget.campaigns.col.caller',
      'backstop.gadget.campaigns.col.ordered', 'backstop.gadget.campaigns.col.outcome'],
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
            caller(ctx, campaign, call), ctx.f.date(call.lastOrderedOn), outcome(ctx, campaign, call)]);
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
      ctx.campaignsReload = reload;
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
          var line = Backstop.el('li', { attrs: { 'data-reason': reason }, text: ctx.t('backstop.gadget.campaigns.reasonLine',
            ctx.t('backstop.gadget.campaigns.reason.' + reason), ctx.f.number(clients.length),
            clients.length > NAMED ? ctx.t('backstop.gadget.campaigns.andMore', named, ctx.f.number(clients.length - NAMED))
              : named) });
          if (clients.length > NAMED) { // issue 18: "and N more" opens to all of them
            line.appendChild(Backstop.el('details', { className: 'backstop-more-names' }, [Backstop.el('summary',
              { text: ctx.t('backstop.gadget.showAll', ctx.f.number(clients.length)) }), Backstop.el('p', { text: clients.join(', ') })]));
          }
          return line;
        });
        node.appendChild(Backstop.el('ul', { className: 'backstop-gadget-lines' }, lines));
      });
    }
  });
})(window);
