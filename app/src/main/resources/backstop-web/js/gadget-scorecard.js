/*
 * Gadget: the month's scorecard per person, GET results/scorecard (issue 17): managers and the operator under their
 * role's weights, the head on the department's figures; every component in the table (one a role is not weighed
 * on says so), weighted components stacked in the chart, and below, whether the month is prorated and, per person,
 * each component's formula with its figures in the page's language.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;
  var COMPONENTS = ['output', 'receivables', 'timeliness', 'quality', 'upsells', 'rescue'];
  var COLOURS = ['#388bff', '#22a06b', '#f5cd47', '#6e5dc6', '#e56910', '#1d7afc'];

  function componentKey(c) {
    return 'backstop.gadget.scorecard.component.' + c;
  }

  /** A component's cell: its score, or "not scored" when the person's role does not weigh it. */
  function scoreCell(component, ctx) {
    return component.weight > 0 ? ctx.f.percent(component.score)
      : { text: ctx.t('backstop.gadget.scorecard.notScored'), className: 'backstop-gadget-muted' };
  }

  function formulas(p, ctx) {
    var lang = ctx.lang === 'ru' ? 'ru' : 'en';
    var items = COMPONENTS.map(function (c) {
      var k = p.components[c];
      return Backstop.el('li', { className: 'backstop-scorecard-formula', attrs: { 'data-component': c } }, [
        Backstop.el('strong', { text: ctx.t('backstop.gadget.scorecard.line', ctx.t(componentKey(c)),
          ctx.f.percent(k.score), ctx.f.percent(k.weight), ctx.f.percent(k.weighted)) }),
        Backstop.el('div', { text: k.formula[lang] }),
        Backstop.el('div', { className: 'backstop-scorecard-figures', text: k.figures[lang] })]);
    });
    var children = [Backstop.el('summary', { text: ctx.t('backstop.gadget.scorecard.formulas', ctx.name(p.person)) })];
    if (p.role === 'HEAD') {
      children.push(Backstop.el('p', { className: 'backstop-gadget-note', text: ctx.t('backstop.gadget.scorecard.headNote') }));
    }
    children.push(Backstop.el('ul', { className: 'backstop-gadget-lines' }, items));
    if (p.lostClients.length > 0) {
      children.push(Backstop.el('p', { className: 'backstop-gadget-note', text: ctx.t('backstop.gadget.scorecard.lost',
        p.lostClients.map(function (l) { return l.client; }).join(', ')) }));
    }
    return Backstop.el('details', { className: 'backstop-scorecard-person', attrs: { 'data-person': p.person,
      'data-role': p.role } }, children);
  }

  Backstop.gadget('scorecard', {
    endpoint: 'scorecard',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.scorecard.col.role', 'backstop.gadget.scorecard.col.total']
      .concat(COMPONENTS.map(componentKey)),
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        return [ctx.name(p.person), ctx.t('backstop.gadget.scorecard.role.' + p.role), ctx.f.percent(p.total)]
          .concat(COMPONENTS.map(function (c) { return scoreCell(p.components[c], ctx); }));
      });
    },
    chart: function (body, ctx) {
      var people = body.people;
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return ctx.name(p.person); }),
          datasets: COMPONENTS.map(function (c, i) {
            return { label: ctx.t(componentKey(c)), backgroundColor: COLOURS[i],
              stack: 'score', data: people.map(function (p) { return p.components[c].weighted; }) };
          })
        },
        options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true,
          ticks: { format: { style: 'percent', minimumFractionDigits: 0, maximumFractionDigits: 0 } } } } }
      };
    },
    after: function (ctx, node, reload, body) {
      Backstop.clear(node);
      node.appendChild(Backstop.el('p', { className: 'backstop-gadget-note backstop-scorecard-period',
        attrs: { 'data-partial': String(body.partial) },
        text: body.partial ? ctx.t('backstop.gadget.scorecard.prorated', ctx.f.percent(body.share))
          : ctx.t('backstop.gadget.scorecard.whole') }));
      var defaults = body.people.every(function (p) { return p.defaultWeights; });
      node.appendChild(Backstop.el('p', { className: 'backstop-gadget-note backstop-scorecard-weights',
        text: ctx.t(defaults ? 'backstop.gadget.scorecard.defaults' : 'backstop.gadget.scorecard.headsWeights') }));
      // folded, so the wallboard keeps its size; each person's formulas fold again inside
      node.appendChild(Backstop.el('details', { className: 'backstop-scorecard-formulas' }, [
        Backstop.el('summary', { text: ctx.t('backstop.gadget.scorecard.allFormulas') })]
        .concat(body.people.map(function (p) { return formulas(p, ctx); }))));
    }
  });
})(window);
