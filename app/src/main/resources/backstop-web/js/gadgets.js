/*
 * Backstop dashboard gadgets: what every gadget shares. A gadget is a <section data-gadget="id"> fragment
 * (templates/backstop/gadget.vm) and a module registered with Backstop.gadget(id, module); Backstop.startGadget
 * wires the period, person and refresh filters, calls the module's endpoint and lets it fill its table (textContent
 * only) and its chart (Chart.js 4 on a canvas, served by the host; no inline style or script is needed).
 *
 * A module: { endpoint: 'sla', columns: [keys], rows: function (body, ctx) -> [[cell text or {text, className, href}]],
 * chart: function (body, ctx) -> Chart.js config or null, empty: function (body) -> boolean }; optionally
 * path: the endpoint under the REST root when it is not results/<endpoint>, query: function ({from, to} or
 * {month}) -> the query that endpoint takes, and after: function (ctx, node, reload) drawing below the table. A
 * cell's href becomes a link only for http(s) addresses.
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

  Backstop.startGadget = function (root) {
    var id = root.getAttribute('data-gadget');
    var module = modules[id];
    if (!module) {
      return;
    }
    var holder = root.closest('[data-i18n]') || root;
    var t = Backstop.texts(holder);
    var lang = root.getAttribute('data-lang') || 'en';
    var zone = root.getAttribute('data-zone') || undefined;
    var rest = root.getAttribute('data-rest') || '';
    var clock = root.getAttribute('data-clock') || '';
    var monthly = root.getAttribute('data-monthly') === 'true';
    var personParam = root.getAttribute('data-person-param') || '';
    var f = formats(lang, zone);
    var ctx = { t: t, f: f, lang: lang, rest: rest, person: function () { return person && person.value; } };
    var q = function (css) { return root.querySelector(css); };
    var period = q('.backstop-gadget-period');
    var month = q('.backstop-gadget-month');
    var from = q('.backstop-gadget-from');
    var to = q('.backstop-gadget-to');
    var person = q('.backstop-gadget-person');
    var refresh = q('.backstop-gadget-refresh');
    var chart = null;
    var timer = null;

    function setState(state) {
      root.setAttribute('data-state', state);
    }

    function showError(text) {
      var box = q('.backstop-gadget-error');
      box.textContent = text || '';
      Backstop.show(box, Boolean(text));
    }

    function cell(value) {
      var options = typeof value === 'object' && value !== null ? value : { text: value };
      if (options.href && /^https?:\/\//i.test(options.href)) {
        return Backstop.el('td', { className: options.className }, [Backstop.el('a', { text: options.text,
          attrs: { href: options.href, target: '_blank', rel: 'noopener noreferrer' } })]);
      }
      return Backstop.el('td', { text: options.text, className: options.className });
    }

    function drawTable(body) {
      var head = q('.backstop-gadget-head');
      Backstop.clear(head);
      module.columns.forEach(function (key) {
        head.appendChild(Backstop.el('th', { text: t(key), attrs: { scope: 'col', title: t(key) } }));
      });
      var rows = module.rows(body, ctx);
      var tbody = q('.backstop-gadget-rows');
      Backstop.clear(tbody);
      rows.slice(0, MAX_ROWS).forEach(function (row) {
        tbody.appendChild(Backstop.el('tr', { className: 'backstop-gadget-row' }, row.map(cell)));
      });
      var more = q('.backstop-gadget-more');
      more.textContent = rows.length > MAX_ROWS ? t('backstop.gadget.more', f.number(rows.length - MAX_ROWS)) : '';
      Backstop.show(more, rows.length > MAX_ROWS);
      var empty = module.empty ? module.empty(body) : rows.length === 0;
      Backstop.show(q('.backstop-gadget-empty'), empty);
      Backstop.show(q('.backstop-gadget-table'), rows.length > 0);
      return empty;
    }

    function drawChart(body, empty) {
      if (chart) {
        chart.destroy();
        chart = null;
      }
      var box = q('.backstop-gadget-chart');
      var config = empty || !global.Chart ? null : module.chart(body, ctx);
      Backstop.show(box, Boolean(config));
      if (!config) {
        return;
      }
      config.options = config.options || {};
      config.options.animation = false;
      config.options.responsive = true;
      config.options.maintainAspectRatio = false;
      config.options.locale = lang;
      config.options.plugins = config.options.plugins || {};
      config.options.plugins.legend = config.options.plugins.legend || { position: 'bottom', labels: { boxWidth: 12 } };
      try {
        chart = new global.Chart(q('.backstop-gadget-canvas'), config);
      } catch (e) {
        // a chart that cannot be drawn must not keep the table from the wallboard
        Backstop.show(box, false);
        if (global.console) {
          global.console.error(e);
        }
      }
    }

    function load() {
      setState('loading');
      return Backstop.now(clock).then(function (now) {
        var today = dayIn(now, zone);
        // a planning gadget (capacity) looks ahead and has no period to pick
        var query = !period ? {} : Backstop.gadgetPeriod(period.value, today, monthly,
          { month: month && month.value, from: from && from.value, to: to && to.value });
        if (!query) {
          showError(t('backstop.gadget.period.incomplete'));
          setState('ready');
          return null;
        }
        if (module.query) {
          query = module.query(query);
        }
        if (person && person.value) {
          query[personParam] = person.value;
        }
        var search = Object.keys(query).map(function (k) {
          return encodeURIComponent(k) + '=' + encodeURIComponent(query[k]);
        }).join('&');
        var path = module.path || ('results/' + module.endpoint);
        return Backstop.api(rest + '/' + path + (search ? '?' + search : '')).then(function (answer) {
          if (answer.status === 403) {
            showError(t('backstop.gadget.refused'));
            Backstop.show(q('.backstop-gadget-chart'), false);
            Backstop.show(q('.backstop-gadget-table'), false);
            setState('refused');
            return;
          }
          if (!answer.ok || !answer.body) {
            showError(t('backstop.error.load', answer.status));
            setState('failed');
            return;
          }
          showError('');
          drawChart(answer.body, drawTable(answer.body));
          return Promise.resolve(module.after ? module.after(ctx, q('.backstop-gadget-after'), load) : null)
            .then(function () {
              q('.backstop-gadget-updated').textContent = t('backstop.gadget.updated', f.time(now));
              setState('ready');
            });
        });
      });
    }

    function schedule() {
      if (timer) {
        global.clearInterval(timer);
        timer = null;
      }
      var seconds = Number(refresh.value);
      if (seconds > 0) {
        timer = global.setInterval(load, seconds * 1000);
      }
    }

    function people() {
      if (!person) {
        return Promise.resolve();
      }
      return Backstop.api(rest + '/people').then(function (answer) {
        if (!answer.ok || !Array.isArray(answer.body)) {
          return;
        }
        answer.body.filter(function (p) { return p.role !== 'HEAD'; }).forEach(function (p) {
          person.appendChild(Backstop.el('option', { text: p.name, attrs: { value: p.name } }));
        });
      });
    }

    var asked = root.getAttribute('data-refresh-seconds');
    if (refresh.querySelector('option[value="' + asked + '"]')) {
      refresh.value = asked;
    }
    if (period) {
      period.addEventListener('change', function () {
        var custom = period.value === 'custom';
        [month, from, to].forEach(function (input) { Backstop.show(input, custom); });
        if (!custom) {
          load();
        }
      });
    }
    [month, from, to, person].forEach(function (input) {
      if (input) {
        input.addEventListener('change', load);
      }
    });
    refresh.addEventListener('change', schedule);
    root.querySelector('form').addEventListener('submit', function (event) {
      event.preventDefault();
      load();
    });
    schedule();
    return people().then(load);
  };
})(window);
