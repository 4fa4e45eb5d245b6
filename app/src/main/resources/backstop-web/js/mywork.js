/*
 * My work: GET {rest}/mywork (?person= for the head and administrators), reloaded every data-refresh-seconds. The
 * server stands each issue (BREACHED, DUE_SOON, WAITING) and counts its working time left; this page only lays them
 * out in their lanes with Backstop.countdown, as the queue and the issue panel show it. Then the promises (broken
 * and not answered since, then open), and the clients, each linked to the issue page that shows their digest.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var LANES = { BREACHED: 'backstop-mywork-breached', DUE_SOON: 'backstop-mywork-soon', WAITING: 'backstop-mywork-waiting' };
  var ISSUE_COLUMNS = ['backstop.queue.col.issue', 'backstop.queue.col.client', 'backstop.queue.col.awaitingSince',
    'backstop.queue.col.due', 'backstop.queue.col.left', 'backstop.mywork.col.holder', 'backstop.queue.col.state'];
  var PROMISE_COLUMNS = ['backstop.queue.col.issue', 'backstop.queue.col.client', 'backstop.queue.promises.col.promise',
    'backstop.queue.col.state', 'backstop.mywork.col.holder'];

  function issueLink(work, key, hash) {
    if (!work.issuePage) {
      return el('span', { text: key });
    }
    return el('a', { text: key, attrs: { href: work.issuePage + encodeURIComponent(key) + (hash || '') } });
  }

  function lozenge(className, text) {
    return el('span', { className: 'aui-lozenge ' + className, text: text });
  }

  /** Who holds the issue: "you" when the person does, else the holder's name (the person owns it). */
  function holder(work, entry, person) {
    return entry.assignee === person ? work.t('backstop.mywork.holder.you') : entry.assignee || '';
  }

  function state(work, entry, left) {
    var t = work.t;
    var parts = [];
    if (entry.complaint) {
      parts.push(lozenge('aui-lozenge-removed backstop-complaint', t('backstop.queue.complaint')));
    }
    if (entry.breached) {
      parts.push(lozenge('aui-lozenge-removed backstop-breached', t('backstop.state.breached')));
    } else if (entry.standing === 'BREACHED') {
      parts.push(lozenge('aui-lozenge-removed aui-lozenge-subtle', t('backstop.state.overdue')));
    } else if (entry.standing === 'DUE_SOON') {
      parts.push(lozenge('aui-lozenge-moved', t('backstop.state.soon')));
    } else if (left) {
      parts.push(lozenge('aui-lozenge-success', t('backstop.state.ontime')));
    }
    if (entry.promise) {
      parts.push(el('span', { className: 'backstop-mywork-promised',
        text: t('backstop.promise.by', work.fmt.when(entry.promise.due, work.now), entry.promise.by) }));
    }
    return parts;
  }

  function issueRow(work, entry, person) {
    var left = Backstop.countdown(work.t, work.fmt, entry.workingSecondsLeft, entry.paused);
    return el('tr', { attrs: { 'data-issue': entry.issue, 'data-standing': entry.standing } }, [
      el('td', { className: 'backstop-key' }, [issueLink(work, entry.issue)]),
      el('td', { className: 'backstop-client', text: entry.client || '' }),
      el('td', { className: 'backstop-since', text: work.fmt.dateTime(entry.awaitingSince) }),
      el('td', { className: 'backstop-due', text: work.fmt.dateTime(entry.due) }),
      el('td', { className: 'backstop-left' + (left && left.state === 'overdue' ? ' backstop-overdue' : ''),
        text: left ? left.text : '' }),
      el('td', { className: 'backstop-assignee', text: holder(work, entry, person) }),
      el('td', { className: 'backstop-state' }, state(work, entry, left))
    ]);
  }

  function promiseRow(work, entry, person) {
    var t = work.t;
    var left = Backstop.countdown(t, work.fmt, entry.workingSecondsLeft, entry.paused);
    return el('tr', { attrs: { 'data-issue': entry.issue, 'data-state': entry.state } }, [
      el('td', { className: 'backstop-key' }, [issueLink(work, entry.issue)]),
      el('td', { className: 'backstop-client', text: entry.client || '' }),
      el('td', { className: 'backstop-promise', text: t('backstop.promise.by', work.fmt.when(entry.due, work.now), entry.by) }),
      el('td', { className: 'backstop-state' }, [
        lozenge(entry.state === 'BROKEN' ? 'aui-lozenge-removed backstop-promise-broken' : 'aui-lozenge-current backstop-promise-open',
          t(entry.state === 'BROKEN' ? 'backstop.mywork.promise.BROKEN' : 'backstop.mywork.promise.OPEN')),
        el('span', { className: 'backstop-promise-left' + (left && left.state === 'overdue' ? ' backstop-overdue' : ''),
          text: ' ' + (left ? left.text : '') + (entry.moves > 0 ? ' \u00b7 ' + t('backstop.queue.promises.moves', work.fmt.number(entry.moves)) : '') })
      ]),
      el('td', { className: 'backstop-assignee', text: holder(work, entry, person) })
    ]);
  }

  function clientItem(work, client) {
    var t = work.t;
    var counts = [];
    if (client.waiting > 0) {
      counts.push(t('backstop.mywork.client.waiting', work.fmt.number(client.waiting)));
    }
    if (client.breached > 0) {
      counts.push(t('backstop.mywork.client.breached', work.fmt.number(client.breached)));
    }
    if (client.promises > 0) {
      counts.push(t('backstop.mywork.client.promises', work.fmt.number(client.promises)));
    }
    var digest = issueLink(work, client.issue, '#backstop-digest');
    digest.textContent = t('backstop.mywork.client.digest');
    digest.className = 'backstop-mywork-digest';
    digest.setAttribute('aria-label', t('backstop.mywork.client.digest.label', client.client));
    return el('li', { className: 'backstop-mywork-client', attrs: { 'data-client': client.client } }, [
      el('strong', { className: 'backstop-mywork-client-name', text: client.client }),
      el('span', { text: ' \u00b7 ' + counts.join(', ') + ' \u00b7 ' }), digest
    ]);
  }

  /** Fills one lane (a table's body, or a list) with the rows, its "nothing here" shown when there are none. */
  function fill(work, id, rows) {
    var lane = work.root.querySelector('#' + id);
    var body = lane.querySelector('.backstop-mywork-rows') || lane.querySelector('ul');
    Backstop.clear(body);
    rows.forEach(function (row) {
      body.appendChild(row);
    });
    Backstop.show(lane.querySelector('.backstop-mywork-none'), rows.length === 0);
    var table = lane.querySelector('table');
    if (table) {
      Backstop.show(table, rows.length > 0);
    }
    lane.setAttribute('data-shown', String(rows.length));
  }

  function show(work, body) {
    var t = work.t;
    var person = body.person;
    Object.keys(LANES).forEach(function (standing) {
      fill(work, LANES[standing], (body.waiting || []).filter(function (entry) {
        return entry.standing === standing;
      }).map(function (entry) {
        return issueRow(work, entry, person);
      }));
    });
    fill(work, 'backstop-mywork-promises', (body.promises || []).map(function (entry) {
      return promiseRow(work, entry, person);
    }));
    fill(work, 'backstop-mywork-clients', (body.clients || []).map(function (client) {
      return clientItem(work, client);
    }));
    var count = function (standing) {
      return work.fmt.number((body.waiting || []).filter(function (e) { return e.standing === standing; }).length);
    };
    work.root.querySelector('#backstop-mywork-counts').textContent = t('backstop.mywork.counts', person,
      count('BREACHED'), count('DUE_SOON'), count('WAITING'), work.fmt.number((body.promises || []).length));
  }

  function load(work) {
    var root = work.root;
    var error = root.querySelector('#backstop-mywork-error');
    var person = work.person && work.person.value;
    root.setAttribute('data-state', 'loading');
    return Backstop.now(work.clockUrl).then(function (now) {
      work.now = now;
      return Backstop.api(work.rest + '/mywork' + (person ? '?person=' + encodeURIComponent(person) : ''));
    }).then(function (answer) {
      if (!answer.ok || !answer.body) {
        error.textContent = answer.status === 403 ? work.t('backstop.error.forbidden.mywork')
          : Backstop.problem(answer, work.t);
        Backstop.show(error, true);
      } else {
        Backstop.show(error, false);
        show(work, answer.body);
        root.querySelector('#backstop-mywork-updated').textContent = work.t('backstop.mywork.updated',
          work.fmt.dateTime(new Date(work.now).toISOString()));
      }
      root.setAttribute('data-state', 'ready');
      root.setAttribute('data-loads', String(Number(root.getAttribute('data-loads') || '0') + 1));
    });
  }

  /** The column heads of the lanes, from one list each (the template leaves them to the script). */
  function heads(work) {
    Array.prototype.forEach.call(work.root.querySelectorAll('.backstop-mywork-lane thead'), function (head) {
      var columns = head.closest('#backstop-mywork-promises') ? PROMISE_COLUMNS : ISSUE_COLUMNS;
      head.appendChild(el('tr', {}, columns.map(function (key) {
        return el('th', { text: work.t(key), attrs: { scope: 'col' } });
      })));
    });
  }

  /** The head and administrators pick whose work: the department's people (GET people). */
  function people(work) {
    if (!work.person) {
      return Promise.resolve();
    }
    work.person.addEventListener('change', function () { load(work); });
    return Backstop.api(work.rest + '/people').then(function (answer) {
      (answer.ok && Array.isArray(answer.body) ? answer.body : []).forEach(function (p) {
        if (p.name !== work.user) {
          work.person.appendChild(el('option', { text: p.name, attrs: { value: p.name } }));
        }
      });
    });
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-mywork');
    if (!root) {
      return;
    }
    var work = { root: root, t: Backstop.texts(root), rest: root.getAttribute('data-rest'),
      fmt: Backstop.formats(root.getAttribute('data-lang'), root.getAttribute('data-zone')),
      clockUrl: root.getAttribute('data-clock'), issuePage: root.getAttribute('data-issue-page'),
      user: root.getAttribute('data-user'), person: root.querySelector('#backstop-mywork-person'), now: Date.now() };
    heads(work);
    root.querySelector('#backstop-mywork-filters').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    root.querySelector('#backstop-mywork-refresh').addEventListener('click', function () { load(work); });
    people(work).then(function () { return load(work); });
    window.setInterval(function () { load(work); }, (Number(root.getAttribute('data-refresh-seconds')) || 30) * 1000);
  });
})(window.Backstop);
