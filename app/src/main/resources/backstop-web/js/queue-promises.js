/*
 * The queue's promise lane, above the answers waited for: GET {rest}/queue/promises, promises broken and not
 * answered since, then promises due today (the server's order), each with who promised and by when as people write
 * it ("promised by Thu 18:00, ivanova"), the moves before it and the working time left to it. A part of the queue
 * (queue.js loads and filters it with the rest).
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function state(queue, entry) {
    var t = queue.t;
    var left = Backstop.countdown(t, queue.fmt, entry.workingSecondsLeft, entry.paused);
    return [
      el('span', { className: entry.state === 'BROKEN' ? 'aui-lozenge aui-lozenge-removed backstop-promise-broken'
        : 'aui-lozenge aui-lozenge-moved backstop-promise-due', text: t('backstop.queue.promises.' + entry.state) }),
      document.createTextNode(' '),
      el('span', { className: 'backstop-promise-left' + (left && left.state === 'overdue' ? ' backstop-overdue' : ''),
        text: (left ? left.text : '') + (entry.moves > 0 ? ' \u00b7 ' + t('backstop.queue.promises.moves', queue.fmt.number(entry.moves)) : '') })
    ];
  }

  function row(queue, lane, entry) {
    var link = queue.issuePage ? el('a', { text: entry.issue, attrs: { href: queue.issuePage + encodeURIComponent(entry.issue) } })
      : el('span', { text: entry.issue });
    return el('tr', { attrs: { 'data-issue': entry.issue, 'data-state': entry.state } }, [
      el('td', { className: 'backstop-key' }, [link]),
      el('td', { className: 'backstop-client', text: entry.client || '' }),
      el('td', { className: 'backstop-promise', text: queue.t('backstop.promise.by', queue.fmt.when(entry.due, lane.now),
        Backstop.person(entry.by, entry.byName)) }),
      el('td', { className: 'backstop-state' }, state(queue, entry)),
      el('td', { className: 'backstop-assignee', text: Backstop.person(entry.assignee, entry.assigneeName) })
    ]);
  }

  Backstop.part('queue', {
    start: function (queue) {
      var root = document.getElementById('backstop-queue-promises');
      queue.promiseLane = { root: root, rows: root && root.querySelector('#backstop-queue-promises-rows'), entries: [],
        now: Date.now() };
    },
    load: function (queue, now) {
      var lane = queue.promiseLane;
      return Backstop.api(queue.rest + '/queue/promises').then(function (answer) {
        lane.entries = answer.ok && Array.isArray(answer.body) ? answer.body : [];
        lane.now = now;
      });
    },
    /** The lane with the queue's filters (manager, mine only, client); hidden when nothing is in it. */
    render: function (queue) {
      var lane = queue.promiseLane;
      if (!lane.root) {
        return;
      }
      var owner = queue.owner.value;
      var mine = queue.mine && queue.mine.checked;
      var client = queue.client.value.trim().toLocaleLowerCase();
      var shown = lane.entries.filter(function (entry) {
        return (!owner || entry.owner === owner)
          && (!mine || entry.assignee === queue.user || entry.owner === queue.user || entry.by === queue.user)
          && (!client || (entry.client || '').toLocaleLowerCase().indexOf(client) >= 0);
      });
      Backstop.clear(lane.rows);
      shown.forEach(function (entry) {
        lane.rows.appendChild(row(queue, lane, entry));
      });
      lane.root.setAttribute('data-shown', String(shown.length));
      Backstop.show(lane.root, shown.length > 0);
    }
  });
})(window.Backstop);
