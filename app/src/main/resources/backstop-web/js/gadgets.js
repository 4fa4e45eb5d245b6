/*
 * Backstop dashboard gadgets: what every gadget shares. A gadget is a <section data-gadget="id"> fragment
 * (templates/backstop/gadget.vm) and a module registered with Backstop.gadget(id, module); Backstop.startGadget
 * wires the period, person and refresh filters, calls the module's endpoint and lets it fill its table (textContent
 * only) and its chart (Chart.js 4 on a canvas, served by the host; no inline style or script is needed).
 *
 * A module: { endpoint: 'sla', columns: [keys], rows: function (body, ctx) -> [[cell text or {text, className, href}
 * or {node: an element built with Backstop.el, such as buttons}]],
 * chart: function (body, ctx) -> Chart.js config or null, empty: function (body) -> boolean }; optionally
 * path: the endpoint under the REST root when it is not results/<endpoint>, query: function ({from, to} or
 * {month}) -> the query that endpoint takes, after: function (ctx, node, reload, body) drawing below the table, maxRows
 * (more than the usual six) and emptyKey (the text when there is nothing). A cell's href becomes a link only for
 * http(s) addresses; ctx.page(path) makes a host's page (ctx.issuePage + key, ctx.queuePage) one; ctx.name(login) is
 * the person's display name (js/gadget-settings.js, which also folds the filters behind one button).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop = global.Backstop || {};
  var modules = {};
  /** At most this many rows in a gadget's table, so it never needs a scrollbar on a wallboard. */
  var MAX_ROWS = 6;

  Backstop.gadget = function (id, module) {
    modules[id] = module;
  };

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** The day (YYYY-MM-DD) the instant falls on in the zone. */
  function dayIn(ms, zone) {
    var parts = {};
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone || undefined, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(new Date(ms)).forEach(function (p) { parts[p.type] = p.value; });
    } catch (e) {
      var d = new Date(ms);
      return d.getFullYear() + '-' + pad(d.getMonth() + 1) + '-' + pad(d.getDate());
    }
    return parts.year + '-' + parts.month + '-' + parts.day;
  }

  /** The query for the chosen period: {from, to} or {month}. */
  Backstop.gadgetPeriod = function (choice, today, monthly, custom) {
    var year = Number(today.slice(0, 4));
    var month = Number(today.slice(5, 7));
    if (choice === 'last') {
      month -= 1;
      if (month === 0) {
        month = 12;
        year -= 1;
      }
      var first = year + '-' + pad(month);
      var lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return monthly ? { month: first } : { from: first + '-01', to: first + '-' + pad(lastDay) };
    }
    if (choice === 'custom') {
      if (monthly) {
        return custom.month ? { month: custom.month } : null;
      }
      return custom.from && custom.to ? { from: custom.from, to: custom.to } : null;
    }
    return monthly ? { month: today.slice(0, 7) } : { from: today.slice(0, 8) + '01', to: today };
  };

  /** Numbers, shares and money (kopecks as roubles) in the page's language. */
  function formats(lang, zone) {
    var base = Backstop.formats(lang, zone);
    var percent = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
    var decimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    var moneyShort = new Intl.NumberFormat(lang, { style: 'currency', currency: 'RUB', notation: 'compact',
      minimumFractionDigits: 0, maximumFractionDigits: 1 });
    var time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: zone || undefined });
    base.percent = function (share) { return percent.format(share); };
    base.decimal = function (n) { return decimal.format(n); };
    base.moneyShort = function (kopecks) { return moneyShort.format(Math.round(kopecks / 100)); };
    base.time = function (ms) { return time.format(new Date(ms)); };
    return base;
  }

  function showError(g, text) {
    var box = g.q('.backstop-gadget-error');
    box.textContent = text || '';
    Backstop.show(box, Boolean(text));
  }

  function cell(value) {
    var options = typeof value === 'object' && value !== null ? value : { text: value };
    if (options.node) {
      return Backstop.el('td', { className: options.className }, [options.node]);
    }
    if (options.href && /^https?:\/\//i.test(options.href)) {
      return Backstop.el('td', { className: options.className }, [Backstop.el('a', { text: options.text,
        attrs: { href: options.href, target: '_blank', rel: 'noopener noreferrer' } })]);
    }
    return Backstop.el('td', { text: options.text, className: options.className });
  }

  /** The module's rows, at most maxRows of them and a note on the rest; answers whether there is nothing to show. */
  function drawTable(g, body) {
    var t = g.ctx.t;
    var max = g.module.maxRows || MAX_ROWS;
    if (g.module.table) { // a list of its own (list-table.js: sorting, paging, CSV), as the debtors' table
      return g.module.table(g.ctx, g.q('.backstop-gadget-table'), body);
    }
    var head = g.q('.backstop-gadget-head');
    Backstop.clear(head);
    g.module.columns.forEach(function (key) {
      head.appendChild(Backstop.columnHead(g.root, t, key));
    });
    var rows = g.module.rows(body, g.ctx);
    var tbody = g.q('.backstop-gadget-rows');
    Backstop.clear(tbody);
    rows.slice(0, g.all ? rows.length : max).forEach(function (row) {
      tbody.appendChild(Backstop.el('tr', { className: 'backstop-gadget-row' }, row.map(cell)));
    });
    Backstop.moreRows(g.q('.backstop-gadget-more'), g.ctx, rows.length, max, g.all, function () {
      g.all = !g.all;
      drawTable(g, body);
    });
    var empty = g.module.empty ? g.module.empty(body) : rows.length === 0;
    if (g.module.emptyKey) {
      g.q('.backstop-gadget-empty').textContent = t(g.module.emptyKey);
    }
    Backstop.show(g.q('.backstop-gadget-empty'), empty);
    Backstop.show(g.q('.backstop-gadget-table'), rows.length > 0);
    return empty;
  }

  function drawChart(g, body, empty) {
    if (g.chart) {
      g.chart.destroy();
      g.chart = null;
    }
    var box = g.q('.backstop-gadget-chart');
    var config = empty || !global.Chart ? null : g.module.chart(body, g.ctx);
    Backstop.show(box, Boolean(config));
    if (!config) {
      return;
    }
    config.options = config.options || {};
    config.options.animation = false;
    config.options.responsive = true;
    config.options.maintainAspectRatio = false;
    config.options.locale = g.ctx.lang;
    config.options.plugins = config.options.plugins || {};
    config.options.plugins.legend = config.options.plugins.legend || { position: 'bottom', labels: { boxWidth: 12 } };
    try {
      g.chart = new global.Chart(g.q('.backstop-gadget-canvas'), config);
    } catch (e) {
      // a chart that cannot be drawn must not keep the table from the wallboard
      Backstop.show(box, false);
      if (global.console) {
        global.console.error(e);
      }
    }
  }

  /** The endpoint's query for the chosen period and person, or null while a custom period is incomplete. */
  function query(g, now) {
    var c = g.controls;
    var today = dayIn(now, g.zone);
    // a planning gadget (capacity) looks ahead and has no period to pick
    var asked = !c.period ? {} : Backstop.gadgetPeriod(c.period.value, today, g.monthly,
      { month: c.month && c.month.value, from: c.from && c.from.value, to: c.to && c.to.value });
    Backstop.gadgetPeriodNote(g.root, g.ctx.t, g.ctx.lang, asked, today, c.person && c.person.value
      ? g.ctx.name(c.person.value) : '');
    if (!asked) {
      return null;
    }
    if (g.module.query) {
      asked = g.module.query(asked);
    }
    if (c.person && c.person.value) {
      asked[g.personParam] = c.person.value;
    }
    return Object.keys(asked).map(function (k) {
      return encodeURIComponent(k) + '=' + encodeURIComponent(asked[k]);
    }).join('&');
  }

  function draw(g, answer, now) {
    var t = g.ctx.t;
    if (answer.status === 403) {
      showError(g, t('backstop.gadget.refused'));
      Backstop.show(g.q('.backstop-gadget-chart'), false);
      Backstop.show(g.q('.backstop-gadget-table'), false);
      g.root.setAttribute('data-state', 'refused');
      return null;
    }
    if (!answer.ok || !answer.body) {
      showError(g, t('backstop.error.load', answer.status));
      g.root.setAttribute('data-state', 'failed');
      return null;
    }
    showError(g, '');
    drawChart(g, answer.body, drawTable(g, answer.body));
    return Promise.resolve(g.module.after ? g.module.after(g.ctx, g.q('.backstop-gadget-after'), g.load, answer.body) : null)
      .then(function () {
        g.q('.backstop-gadget-updated').textContent = t('backstop.gadget.updated', g.ctx.f.time(now));
        g.root.setAttribute('data-state', 'ready');
      });
  }

  function load(g) {
    g.root.setAttribute('data-state', 'loading');
    return Backstop.now(g.clock).then(function (now) {
      g.ctx.now = now; // the host's now, for times as people write them (ctx.f.when)
      var search = query(g, now);
      if (search === null) {
        showError(g, g.ctx.t('backstop.gadget.period.incomplete'));
        g.root.setAttribute('data-state', 'ready');
        return null;
      }
      var path = g.module.path || ('results/' + g.module.endpoint);
      return Backstop.api(g.ctx.rest + '/' + path + (search ? '?' + search : '')).then(function (answer) {
        return draw(g, answer, now);
      });
    });
  }

  function schedule(g) {
    if (g.timer) {
      global.clearInterval(g.timer);
      g.timer = null;
    }
    var seconds = Number(g.controls.refresh.value);
    if (seconds > 0) {
      g.timer = global.setInterval(g.load, seconds * 1000);
    }
  }

  function wire(g) {
    var c = g.controls;
    var asked = g.root.getAttribute('data-refresh-seconds');
    if (c.refresh.querySelector('option[value="' + asked + '"]')) {
      c.refresh.value = asked;
    }
    if (c.period) {
      c.period.addEventListener('change', function () {
        var custom = c.period.value === 'custom';
        [c.month, c.from, c.to].forEach(function (input) { Backstop.show(input, custom); });
        if (!custom) {
          g.load();
        }
      });
    }
    [c.month, c.from, c.to, c.person].filter(Boolean).forEach(function (input) {
      input.addEventListener('change', g.load);
    });
    c.refresh.addEventListener('change', function () { schedule(g); });
    Backstop.gadgetSettings(g.root);
    g.root.querySelector('form').addEventListener('submit', function (event) {
      event.preventDefault();
      g.load();
    });
  }

  Backstop.startGadget = function (root) {
    var module = modules[root.getAttribute('data-gadget')];
    if (!module) {
      return;
    }
    var q = function (css) { return root.querySelector(css); };
    var lang = root.getAttribute('data-lang') || 'en';
    var zone = root.getAttribute('data-zone') || undefined;
    var controls = { period: q('.backstop-gadget-period'), month: q('.backstop-gadget-month'),
      from: q('.backstop-gadget-from'), to: q('.backstop-gadget-to'), person: q('.backstop-gadget-person'),
      refresh: q('.backstop-gadget-refresh') };
    var g = { root: root, module: module, q: q, zone: zone, controls: controls, chart: null, timer: null,
      clock: root.getAttribute('data-clock') || '', monthly: root.getAttribute('data-monthly') === 'true',
      personParam: root.getAttribute('data-person-param') || '',
      ctx: { t: Backstop.texts(root.closest('[data-i18n]') || root), f: formats(lang, zone), lang: lang,
        rest: root.getAttribute('data-rest') || '', person: function () { return controls.person && controls.person.value; },
        name: Backstop.gadgetNames(root),
        issuePage: root.getAttribute('data-issue-page') || '', queuePage: root.getAttribute('data-queue-page') || '',
        page: function (path) { return path ? new global.URL(path, global.location.href).href : ''; },
        service: function (code) { return Backstop.serviceName(g.ctx.t, code); } } };
    g.load = function () {
      return load(g);
    };
    wire(g);
    schedule(g);
    return Backstop.gadgetPeople(controls.person, g.ctx).then(g.load);
  };
})(window);
