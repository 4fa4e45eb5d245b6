/*
 * Gadget: norm-hours per full day per person against their band, GET results/norm-hours. Below the table, the
 * state of the period's last month (GET results/months/{yyyy-MM}) and, for the head, the button that closes it
 * (POST .../close: after that only the head writes operations into it, each write logged) or opens it again.
 */
(function (global) {
  'use strict';

  /** The month's state and the head's close or reopen button. */
  function month(ctx, node, reload, body) {
    var Backstop = global.Backstop;
    var el = Backstop.el;
    var asked = String(body.to || '').slice(0, 7);
    var name = new Intl.DateTimeFormat(ctx.lang, { month: 'long', year: 'numeric', timeZone: 'UTC' })
      .format(new Date(Date.UTC(Number(asked.slice(0, 4)), Number(asked.slice(5, 7)) - 1, 1)));
    var url = ctx.rest + '/results/months/' + encodeURIComponent(asked);
    return Backstop.api(url).then(function (answer) {
      Backstop.clear(node);
      if (!answer.ok || !answer.body) {
        return;
      }
      var state = answer.body;
      var line = el('p', { className: 'backstop-gadget-month-state', attrs: { 'data-closed': String(state.closed) },
        text: state.closed ? ctx.t('backstop.gadget.normHours.month.closed', name, state.closedBy)
          : ctx.t('backstop.gadget.normHours.month.open', name) });
      node.appendChild(line);
      if (!state.mayClose) {
        return;
      }
      var note = el('p', { className: 'backstop-gadget-month-note', attrs: { role: 'status' } });
      var button = el('button', { className: 'aui-button aui-button-compact',
        attrs: { type: 'button', 'data-month-action': state.closed ? 'reopen' : 'close' },
        text: ctx.t(state.closed ? 'backstop.gadget.normHours.month.reopen' : 'backstop.gadget.normHours.month.close',
          name) });
      button.addEventListener('click', function () {
        button.disabled = true;
        Backstop.api(url + (state.closed ? '/reopen' : '/close'), { method: 'POST', body: {} }).then(function (result) {
          if (result.ok) {
            reload();
            return;
          }
          button.disabled = false;
          note.textContent = ctx.t('backstop.gadget.normHours.month.failed',
            Backstop.problem(result, ctx.t));
        });
      });
      node.appendChild(el('p', {}, [button]));
      node.appendChild(note);
    });
  }

  global.Backstop.gadget('norm-hours', {
    endpoint: 'norm-hours',
    columns: ['backstop.gadget.col.person', 'backstop.gadget.normHours.col.earned',
      'backstop.gadget.normHours.col.perDay', 'backstop.gadget.normHours.col.band',
      'backstop.gadget.normHours.col.verdict'],
    rows: function (body, ctx) {
      return body.people.map(function (p) {
        var perDay = p.total.perFullDay;
        return [ctx.name(p.person), ctx.f.decimal(p.total.normHours),
          perDay === null ? ctx.t('backstop.gadget.none') : ctx.f.decimal(perDay),
          ctx.t('backstop.gadget.normHours.range', ctx.f.decimal(p.band.min), ctx.f.decimal(p.band.max)),
          p.verdict ? { text: ctx.t('backstop.gadget.verdict.' + p.verdict),
            className: p.verdict === 'BELOW' ? 'backstop-overdue' : '' } : ctx.t('backstop.gadget.none')];
      });
    },
    chart: function (body, ctx) {
      var people = body.people;
      return {
        type: 'bar',
        data: {
          labels: people.map(function (p) { return ctx.name(p.person); }),
          datasets: [
            { type: 'bar', label: ctx.t('backstop.gadget.normHours.col.perDay'), backgroundColor: '#388bff',
              data: people.map(function (p) { return p.total.perFullDay; }) },
            { type: 'line', label: ctx.t('backstop.gadget.normHours.bandMin'), borderColor: '#e56910',
              backgroundColor: '#e56910', showLine: false, pointStyle: 'line', pointRadius: 14, pointBorderWidth: 3,
              data: people.map(function (p) { return p.band.min; }) },
            { type: 'line', label: ctx.t('backstop.gadget.normHours.bandMax'), borderColor: '#22a06b',
              backgroundColor: '#22a06b', showLine: false, pointStyle: 'line', pointRadius: 14, pointBorderWidth: 3,
              data: people.map(function (p) { return p.band.max; }) }
          ]
        },
        options: { scales: { y: { beginAtZero: true } } }
      };
    },
    after: month
  });
})(window);
