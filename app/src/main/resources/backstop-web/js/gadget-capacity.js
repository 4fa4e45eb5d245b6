/*
 * Gadget: demand against capacity per week ahead, GET forecast?weeks=8 (head and administrators). A week's load is
 * the demand expected to arrive plus what the week before could not serve; a week whose load exceeds capacity is
 * flagged, with the operator or manager hours that would cover the gap. Below the table: the messages unanswered
 * now and what was left unserved in the past weeks (what arrived against what was done).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;
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

  /** How the forecast did on the past weeks beside the two naive guesses (GET forecast/backtest), as a line. */
  function backtestLine(ctx, list) {
    Backstop.api(ctx.rest + '/forecast/backtest?weeks=' + BACKTEST_WEEKS).then(function (answer) {
      if (!answer.ok || !answer.body || !list.parentNode) {
        return;
      }
      var e = answer.body.error;
      var pct = function (share) { return ctx.f.decimal(share * 100); };
      var tried = answer.body.weeks.length;
      list.appendChild(Backstop.el('li', { attrs: { 'data-line': 'backtest' }, text: tried === 0
        ? ctx.t('backstop.gadget.capacity.backtest.none')
        : ctx.t('backstop.gadget.capacity.backtest', tried, pct(e.forecast), pct(e.sameWeekLastYear),
          pct(e.lastFourWeeks)) }));
    });
  }

  var P = 'backstop.gadget.capacity.promotions.';
  var BACKTEST_WEEKS = 8;

  /** A labelled input of the promotion form, with the box its 400 goes to. */
  function field(ctx, name, input, errorFields) {
    input.id = 'backstop-promotion-' + name;
    return Backstop.el('div', { className: 'backstop-promotion-field' }, [
      Backstop.el('label', { text: ctx.t(P + name), attrs: { 'for': input.id } }), input
    ].concat((errorFields || [name]).map(function (f) {
      return Backstop.el('div', { className: 'backstop-field-error backstop-hidden', attrs: { 'data-field': f } });
    })));
  }

  function promotionText(p, ctx) {
    return ctx.t(P + (p.kind === 'PERCENT' ? 'percent' : 'messages'), p.name, dayLabel(p.from, ctx.lang),
      dayLabel(p.to, ctx.lang), ctx.f.decimal(p.amount));
  }

  /** The promotions planned, each with its delete button. */
  function drawList(ctx, list, promotions, reload) {
    Backstop.clear(list);
    if (promotions.length === 0) {
      list.appendChild(Backstop.el('li', { text: ctx.t(P + 'none') }));
    }
    promotions.forEach(function (p) {
      var remove = Backstop.el('button', { className: 'backstop-promotion-delete', text: ctx.t(P + 'delete'),
        attrs: { type: 'button', 'data-promotion': p.id } });
      remove.addEventListener('click', function () {
        Backstop.api(ctx.rest + '/forecast/promotions/' + p.id, { method: 'DELETE' }).then(reload);
      });
      list.appendChild(Backstop.el('li', { attrs: { 'data-promotion': p.id } }, [promotionText(p, ctx), ' ', remove]));
    });
  }

  /** The form: name, first and last day, and the extra demand in % or in messages a day. */
  function form(ctx, reload) {
    var kind = Backstop.el('select', { className: 'backstop-promotion-kind' }, ['percent', 'messagesPerDay'].map(
      function (k) { return Backstop.el('option', { text: ctx.t(P + 'kind.' + k), attrs: { value: k } }); }));
    var inputs = { name: Backstop.el('input', { attrs: { type: 'text', maxlength: 255 } }),
      from: Backstop.el('input', { attrs: { type: 'date' } }), to: Backstop.el('input', { attrs: { type: 'date' } }),
      amount: Backstop.el('input', { attrs: { type: 'number', min: 0, step: 'any' } }) };
    var error = Backstop.el('div', { className: 'backstop-error backstop-promotion-error backstop-hidden' });
    var add = Backstop.el('button', { className: 'backstop-promotion-add', text: ctx.t(P + 'add'),
      attrs: { type: 'submit' } });
    var node = Backstop.el('form', { className: 'backstop-promotion-form', attrs: { novalidate: 'novalidate' } }, [
      field(ctx, 'name', inputs.name), field(ctx, 'from', inputs.from), field(ctx, 'to', inputs.to),
      field(ctx, 'kind', kind, []), field(ctx, 'amount', inputs.amount, ['percent', 'messagesPerDay']), add, error]);
    node.addEventListener('submit', function (event) {
      event.preventDefault();
      Array.prototype.forEach.call(node.querySelectorAll('.backstop-field-error'), function (box) {
        box.textContent = '';
        Backstop.show(box, false);
      });
      Backstop.show(error, false);
      var body = { name: inputs.name.value || null, from: inputs.from.value || null, to: inputs.to.value || null };
      body[kind.value] = inputs.amount.value === '' ? null : Number(inputs.amount.value);
      Backstop.api(ctx.rest + '/forecast/promotions', { method: 'POST', body: body }).then(function (answer) {
        if (answer.ok) {
          node.reset();
          return reload();
        }
        var box = answer.status === 400 && answer.body
          ? node.querySelector('.backstop-field-error[data-field="' + answer.body.field + '"]') : null;
        box = box || error;
        box.textContent = Backstop.problem(answer, ctx.t);
        Backstop.show(box, true);
        return null;
      });
    });
    return node;
  }

  /** The promotions part below the lines, built once so a refresh keeps what the head is typing. */
  function promotions(ctx, node, reload, body) {
    var part = node.querySelector('.backstop-promotions');
    if (!part) {
      part = Backstop.el('div', { className: 'backstop-promotions' }, [
        Backstop.el('h3', { text: ctx.t(P + 'title') }), Backstop.el('ul', { className: 'backstop-promotion-list' }),
        form(ctx, reload)]);
      node.appendChild(part);
    }
    drawList(ctx, part.querySelector('.backstop-promotion-list'), body.promotions, reload);
  }

  Backstop.gadget('capacity', {
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
      if (!body) {
        return;
      }
      var old = node.querySelector('.backstop-gadget-lines');
      var fresh = Backstop.el('ul', { className: 'backstop-gadget-lines' }, lines(body, ctx).map(function (item) {
        return Backstop.el('li', { text: item.text, attrs: { 'data-line': item.key } });
      }));
      if (old) {
        node.replaceChild(fresh, old);
      } else {
        node.insertBefore(fresh, node.firstChild);
      }
      backtestLine(ctx, fresh);
      promotions(ctx, node, reload, body);
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
