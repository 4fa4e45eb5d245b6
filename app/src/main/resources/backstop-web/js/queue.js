/*
 * The operator's queue: GET {rest}/queue (sorted by the API as rule 9 sorts it: by due), filtered here by owner
 * and client, reloaded every data-refresh-seconds without moving the page. Time left and the lozenge come from the
 * server's countdown (Backstop.countdown), never from the due date and the browser's clock. Its parts register with
 * Backstop.part('queue', part) in files loaded before this one (queue-promises.js: the promise lane;
 * queue-suspected.js: the suspected complaints); a part: { start(queue), load(queue, now) -> promise, render(queue) },
 * each optional; render follows every load and filter, and queue.reload() loads everything again.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function issueLink(queue, key) {
    if (!queue.issuePage) {
      return el('span', { text: key });
    }
    return el('a', { text: key, attrs: { href: queue.issuePage + encodeURIComponent(key) } });
  }

  /** An instant in the department's zone; with now, also how long ago it was (calendar time: when, not time left). */
  function when(queue, iso, now) {
    var at = Date.parse(iso);
    if (isNaN(at)) {
      return el('span', { text: '' });
    }
    return el('span', { className: 'backstop-when' }, [
      el('span', { text: queue.fmt.dateTime(iso) }),
      now === undefined ? null : el('span', { className: 'backstop-relative', text: queue.fmt.relative(at - now) })
    ]);
  }

  /** The server's countdown (working time, at the server's now), as every screen shows it. */
  function countdown(queue, entry) {
    return Backstop.countdown(queue.t, queue.fmt, entry.workingSecondsLeft, entry.paused);
  }

  var LOZENGES = {
    overdue: ['aui-lozenge aui-lozenge-removed aui-lozenge-subtle', 'backstop.state.overdue'],
    soon: ['aui-lozenge aui-lozenge-moved', 'backstop.state.soon'],
    ontime: ['aui-lozenge aui-lozenge-success', 'backstop.state.ontime']
  };

  function state(queue, entry) {
    var t = queue.t;
    if (entry.breached) {
      return el('span', { className: 'aui-lozenge aui-lozenge-removed backstop-breached', text: t('backstop.state.breached') });
    }
    var left = countdown(queue, entry);
    if (!left) {
      return null;
    }
    var lozenge = LOZENGES[left.state];
    return el('span', { className: lozenge[0], text: t(lozenge[1]) });
  }

  function timeLeft(queue, entry) {
    var left = countdown(queue, entry);
    return el('span', { className: left && left.state === 'overdue' ? 'backstop-overdue' : '',
      text: left ? left.text : '' });
  }

  function waited(queue, entry) {
    return typeof entry.waitedSeconds === 'number'
      ? el('div', { className: 'backstop-waited', text: queue.t('backstop.queue.waited', queue.fmt.duration(entry.waitedSeconds * 1000)) })
      : document.createTextNode('');
  }

  function row(queue, entry, now) {
    var tr = el('tr', { attrs: { 'data-issue': entry.issue } }, [
      el('td', { className: 'backstop-key' }, [issueLink(queue, entry.issue)]),
      el('td', { className: 'backstop-client', text: entry.client || '' }),
      el('td', { className: 'backstop-owner', text: Backstop.person(entry.owner, entry.ownerName) }),
      el('td', { className: 'backstop-assignee', text: Backstop.person(entry.assignee, entry.assigneeName) }),
      el('td', {}, [when(queue, entry.awaitingSince, now), waited(queue, entry)]),
      el('td', { className: 'backstop-due' }, [when(queue, entry.due)]),
      el('td', { className: 'backstop-left' }, [timeLeft(queue, entry)]),
      el('td', { className: 'backstop-state' }, entry.complaint
        ? [el('span', { className: 'aui-lozenge aui-lozenge-removed backstop-complaint', text: queue.t('backstop.queue.complaint') }),
          document.createTextNode(' '), state(queue, entry)]
        : [state(queue, entry)]),
      el('td', { className: 'backstop-action' }, [Backstop.queueAction(queue, entry)])
    ]);
    if (entry.complaint) {
      tr.classList.add('backstop-row-complaint');
    }
    if (entry.breached) {
      tr.classList.add('backstop-row-breached');
    }
    return tr;
  }

  /** The owner filter's choices: the owners in the list, and the chosen one even when the list has none of theirs. */
  function owners(queue, entries) {
    var owner = queue.owner;
    var chosen = owner.value;
    var names = {};
    entries.forEach(function (entry) {
      if (entry.owner) {
        names[entry.owner] = Backstop.person(entry.owner, entry.ownerName);
      }
    });
    if (chosen && !names[chosen]) {
      names[chosen] = chosen;
    }
    while (owner.options.length > 1) {
      owner.remove(1);
    }
    Object.keys(names).sort(function (a, b) { return names[a].localeCompare(names[b]); }).forEach(function (login) {
      owner.appendChild(el('option', { text: names[login], attrs: { value: login } }));
    });
    owner.value = chosen;
  }

  function render(queue) {
    var scroll = window.scrollY;
    var wantedOwner = queue.owner.value;
    var wantedClient = queue.client.value.trim().toLocaleLowerCase();
    var mine = queue.mine.checked;
    var shown = queue.last.entries.filter(function (entry) {
      return (!wantedOwner || entry.owner === wantedOwner)
        && (!mine || entry.assignee === queue.user || entry.owner === queue.user)
        && (!wantedClient || (entry.client || '').toLocaleLowerCase().indexOf(wantedClient) >= 0);
    });
    // Complaints first, in their own lane, each lane in the server's order (soonest due first), until a column is
    // sorted by a click on its heading (list-table.js)
    queue.list.set(shown.filter(function (entry) { return entry.complaint; })
      .concat(shown.filter(function (entry) { return !entry.complaint; })));
    queue.parts.forEach(function (part) {
      if (part.render) {
        part.render(queue); // e.g. the promise lane, with the same filters
      }
    });
    Backstop.show(queue.empty, shown.length === 0);
    queue.empty.textContent = queue.last.entries.length === 0 ? queue.t('backstop.queue.empty') : queue.t('backstop.queue.emptyFiltered');
    queue.root.setAttribute('data-shown', String(shown.length));
    window.scrollTo(window.scrollX, scroll);
  }

  function showAnswer(queue, answer, now) {
    var t = queue.t;
    if (!answer.ok || !Array.isArray(answer.body)) {
      queue.error.textContent = answer.status === 401 ? t('backstop.error.login')
        : answer.status === 403 ? t('backstop.error.forbidden.queue')
          : t('backstop.error.load', answer.status);
      Backstop.show(queue.error, true);
      return;
    }
    Backstop.show(queue.error, false);
    queue.last = { entries: answer.body, now: now };
    owners(queue, answer.body);
    render(queue);
    queue.updated.textContent = t('backstop.queue.updated', queue.fmt.dateTime(new Date(now).toISOString()),
      queue.fmt.number(answer.body.length));
  }

  function load(queue) {
    var root = queue.root;
    if (queue.loading) {
      return Promise.resolve();
    }
    queue.loading = true;
    root.setAttribute('data-state', 'loading');
    return Backstop.now(queue.clockUrl).then(function (now) {
      return Promise.all([Backstop.api(queue.rest + '/queue')].concat(queue.parts.map(function (part) {
        return part.load ? part.load(queue, now) : null;
      }))).then(function (answers) {
        showAnswer(queue, answers[0], now);
      });
    }).then(function () {
      queue.loading = false;
      root.setAttribute('data-state', 'ready');
      root.setAttribute('data-loads', String(Number(root.getAttribute('data-loads') || '0') + 1));
    });
  }

  var STATES = { overdue: 1, soon: 2, ontime: 3 };

  /** The state column as words, for the file. */
  function stateText(queue, entry) {
    var left = countdown(queue, entry);
    var text = entry.breached ? queue.t('backstop.state.breached') : left ? queue.t(LOZENGES[left.state][1]) : '';
    return entry.complaint ? queue.t('backstop.queue.complaint') + ' ' + text : text;
  }

  /** The queue's table as a list (list-table.js): each column sorts as what it holds; the file has every row shown. */
  function table(queue, node) {
    var text = function (name) { return function (e) { return e[name] || ''; }; };
    var person = function (name) { return function (e) { return Backstop.person(e[name], e[name + 'Name']); }; };
    var state = function (e) {
      var left = countdown(queue, e);
      return e.breached ? 0 : left ? STATES[left.state] : 4;
    };
    return Backstop.listTable(node, { t: queue.t, lang: queue.lang, name: 'backstop-queue', pageSize: 50,
      row: function (entry) { return row(queue, entry, queue.last.now); },
      columns: [{ type: 'text', value: text('issue') }, { type: 'text', value: text('client') },
        { type: 'text', value: person('owner') }, { type: 'text', value: person('assignee') },
        { type: 'date', value: text('awaitingSince') }, { type: 'date', value: text('due') },
        { type: 'number', value: function (e) { return e.workingSecondsLeft; },
          csv: function (e) { var left = countdown(queue, e); return left ? left.text : ''; } },
        { type: 'number', value: state, csv: function (e) { return stateText(queue, e); } },
        { csv: false }] });
  }

  function start(root) {
    var $ = function (id) { return root.querySelector(id); };
    var queue = { root: root, t: Backstop.texts(root), rest: root.getAttribute('data-rest'), lang: root.getAttribute('data-lang'),
      fmt: Backstop.formats(root.getAttribute('data-lang'), root.getAttribute('data-zone')),
      clockUrl: root.getAttribute('data-clock'), issuePage: root.getAttribute('data-issue-page'),
      user: root.getAttribute('data-user'), canTake: root.getAttribute('data-can-take') === 'true',
      rows: $('#backstop-queue-rows'), owner: $('#backstop-queue-owner'), client: $('#backstop-queue-client'),
      empty: $('#backstop-queue-empty'), error: $('#backstop-queue-error'), updated: $('#backstop-queue-updated'),
      flash: $('#backstop-queue-flash'), last: { entries: [], now: Date.now() }, loading: false,
      mine: $('#backstop-queue-mine'), parts: Backstop.parts('queue') };
    queue.list = table(queue, $('#backstop-queue-table'));
    queue.render = function () { render(queue); };
    queue.parts.forEach(function (part) {
      if (part.start) {
        part.start(queue);
      }
    });
    var refreshSeconds = Number(root.getAttribute('data-refresh-seconds')) || 30;
    var reload = function () { return load(queue); };
    queue.reload = reload;
    queue.owner.addEventListener('change', function () { render(queue); });
    queue.client.addEventListener('input', function () { render(queue); });
    queue.mine.addEventListener('change', function () { render(queue); });
    $('#backstop-queue-filters').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    $('#backstop-queue-refresh').addEventListener('click', reload);
    reload();
    window.setInterval(reload, refreshSeconds * 1000);
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-queue');
    if (root) {
      start(root);
    }
  });
})(window.Backstop);
