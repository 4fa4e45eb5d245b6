/*
 * Gadget: debt by aging bucket and the debtors' escalation levels, GET results/debtors (the period and the manager
 * go to the server, which filters and orders the list). By default only debtors with money overdue (issue 17); a
 * checkbox below the table asks for every client owing anything (show=all). Each row shows the client's value
 * (the score that sets when the head comes in) and tenure.
 */
(function (global) {
  'use strict';

  var BUCKETS = ['0-30', '31-60', '61-90', '90+'];
  /** Every client owing anything, not only those overdue: one debtors gadget per page, so one switch. */
  var showAll = false;

  /** The "show every client owing anything" switch, above the held steps. */
  function showAllSwitch(ctx, node, reload) {
    var el = global.Backstop.el;
    var box = el('input', { attrs: { type: 'checkbox', id: 'backstop-gadget-debtors-all' } });
    box.checked = showAll;
    box.addEventListener('change', function () {
      showAll = box.checked;
      reload();
    });
    node.appendChild(el('p', { className: 'backstop-gadget-debtors-filter' }, [box, el('label',
      { text: ' ' + ctx.t('backstop.gadget.debtors.showAll'), attrs: { for: 'backstop-gadget-debtors-all' } })]));
  }

  var COLUMNS = ['backstop.gadget.debtors.col.client', 'backstop.gadget.debtors.col.manager',
    'backstop.gadget.debtors.col.overdue', 'backstop.gadget.debtors.col.worst',
    'backstop.gadget.debtors.col.escalation', 'backstop.gadget.debtors.col.value',
    'backstop.gadget.debtors.col.tenure'];
  var LEVELS = { MANAGER: 1, HEAD: 2, DIRECTOR: 3 };

  function cells(d, ctx) {
    var none = ctx.t('backstop.gadget.none');
    return [d.client, d.manager ? global.Backstop.person(d.manager, d.managerName) : none,
      ctx.f.moneyShort(d.aging.overdueTotalKopecks),
      d.aging.worst ? ctx.t('backstop.gadget.debtors.days', d.aging.worst) : none,
      d.escalation ? { text: ctx.t('backstop.gadget.escalation.' + d.escalation.level),
        className: d.escalation.level === 'MANAGER' ? '' : 'backstop-overdue' } : none,
      ctx.t('backstop.gadget.debtors.value.' + d.value.tier, ctx.f.number(d.value.score)),
      ctx.t('backstop.gadget.debtors.tenure', d.value.tenureMonths)];
  }

  /**
   * The table as a list (list-table.js, issue 18): sorted by any column (money, days, level and score as numbers),
   * six a page or all, and every debtor the server gave as CSV. Built once; every load sets its rows.
   */
  function table(ctx, node, body) {
    var Backstop = global.Backstop;
    if (!node.backstopList) {
      var head = node.querySelector('.backstop-gadget-head');
      Backstop.clear(head);
      COLUMNS.forEach(function (key) { head.appendChild(Backstop.columnHead(node.closest('[data-gadget]'), ctx.t, key)); });
      var text = function (i) { return function (d) { var c = cells(d, ctx)[i]; return typeof c === 'object' ? c.text : c; }; };
      node.backstopList = Backstop.listTable(node, { t: ctx.t, lang: ctx.lang, name: 'backstop-debtors', pageSize: 6,
        row: function (d) {
          return Backstop.el('tr', { className: 'backstop-gadget-row', attrs: { 'data-client': d.client } },
            cells(d, ctx).map(function (c) {
              return Backstop.el('td', typeof c === 'object' ? c : { text: c });
            }));
        },
        columns: [{ type: 'text', value: text(0) }, { type: 'text', value: text(1) },
          { type: 'number', value: function (d) { return d.aging.overdueTotalKopecks / 100; }, csv: text(2) },
          { type: 'number', value: function (d) { return d.aging.worst ? parseInt(d.aging.worst, 10) : null; }, csv: text(3) },
          { type: 'number', value: function (d) { return d.escalation ? LEVELS[d.escalation.level] : null; }, csv: text(4) },
          { type: 'number', value: function (d) { return d.value.score; }, csv: text(5) },
          { type: 'number', value: function (d) { return d.value.tenureMonths; }, csv: text(6) }] });
    }
    node.backstopList.set(body.debtors);
    Backstop.show(node, body.debtors.length > 0);
    var empty = body.total.totalKopecks === 0;
    Backstop.show(node.closest('[data-gadget]').querySelector('.backstop-gadget-empty'), empty);
    return empty;
  }

  global.Backstop.gadget('debtors', {
    table: table,
    endpoint: 'debtors',
    columns: COLUMNS,
    query: function (asked) {
      if (showAll) {
        asked.show = 'all';
      }
      return asked;
    },
    /** The server's list as it comes: clients with money overdue (or all who owe), most overdue first (DebtDesk.debtors). */
    rows: function (body, ctx) {
      return body.debtors.map(function (d) { return cells(d, ctx); });
    },
    empty: function (body) {
      return body.total.totalKopecks === 0;
    },
    /** The show-all switch; dunning steps the guard holds for the head, with the head's approve and refuse. */
    after: function (ctx, node, reload) {
      var el = global.Backstop.el;
      var api = global.Backstop.api;
      var who = ctx.person() ? '?manager=' + encodeURIComponent(ctx.person()) : '';
      return api(ctx.rest + '/results/dunning' + who).then(function (answer) {
        global.Backstop.clear(node);
        showAllSwitch(ctx, node, reload);
        var held = answer.ok && answer.body ? answer.body.steps.filter(function (s) { return s.status === 'PENDING'; }) : [];
        if (held.length === 0) {
          return;
        }
        var list = el('ul', { className: 'backstop-gadget-held' });
        var note = el('p', { className: 'backstop-gadget-held-note', attrs: { role: 'status' } });
        held.forEach(function (step) {
          var decide = function (approve) {
            return el('button', { className: 'aui-button aui-button-compact', attrs: { type: 'button',
              'data-decide': approve ? 'approve' : 'refuse', 'data-step': String(step.id) },
              text: ctx.t(approve ? 'backstop.gadget.debtors.approve' : 'backstop.gadget.debtors.refuse') });
          };
          var approve = decide(true);
          var refuse = decide(false);
          [approve, refuse].forEach(function (button) {
            button.addEventListener('click', function () {
              api(ctx.rest + '/results/dunning/' + step.id + '/decision',
                { method: 'POST', body: { approve: button === approve } }).then(function (result) {
                if (result.ok) {
                  reload();
                } else {
                  note.textContent = Backstop.problem(result, ctx.t);
                }
              });
            });
          });
          list.appendChild(el('li', { attrs: { 'data-client': step.client } }, [
            el('span', { text: ctx.t('backstop.gadget.debtors.step', step.client,
              ctx.t('backstop.dunning.' + step.action), step.by) + ' ' }), approve, refuse]));
        });
        node.appendChild(el('h3', { text: ctx.t('backstop.gadget.debtors.held') }));
        node.appendChild(list);
        node.appendChild(note);
      });
    },
    chart: function (body, ctx) {
      var labels = [ctx.t('backstop.gadget.debtors.notDue')].concat(BUCKETS.map(function (b) {
        return ctx.t('backstop.gadget.debtors.days', b);
      }));
      var values = [body.total.notDueKopecks].concat(BUCKETS.map(function (b) {
        return body.total.overdueKopecks[b] || 0;
      })).map(function (k) { return k / 100; });
      return {
        type: 'bar',
        data: {
          labels: labels,
          datasets: [{ label: ctx.t('backstop.gadget.debtors.amount'), data: values,
            backgroundColor: ['#388bff', '#f5cd47', '#e56910', '#e34935', '#ae2a19'] }]
        },
        options: {
          plugins: { legend: { display: false } },
          scales: { x: { ticks: { maxRotation: 0, autoSkip: false, font: { size: 10 } } },
            y: { beginAtZero: true, ticks: { format: { style: 'currency', currency: 'RUB',
            notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 } } } }
        }
      };
    }
  });
})(window);
