/*
 * The queue's suspected complaints (suspected.js): client messages that may be complaints, above the answers waited
 * for, with the queue's filters (manager: whom a complaint would be about; client). Loaded with the queue and every
 * reload; a manager is refused the lane (it is about them) and sees none.
 */
(function (Backstop) {
  'use strict';

  Backstop.part('queue', {
    start: function (queue) {
      var root = document.getElementById('backstop-queue-suspected');
      if (!root) {
        return;
      }
      queue.suspected = Backstop.suspectedLane({ root: root, list: root.querySelector('#backstop-queue-suspected-list'),
        status: root.querySelector('#backstop-queue-suspected-status'), t: queue.t, fmt: queue.fmt, rest: queue.rest,
        link: function (key) { return queue.issuePage ? queue.issuePage + encodeURIComponent(key) : ''; },
        canDecide: root.getAttribute('data-can-decide') === 'true', canName: root.getAttribute('data-can-name') === 'true',
        all: [], changed: function () { queue.reload(); } });
    },
    load: function (queue, now) {
      var lane = queue.suspected;
      if (!lane) {
        return null;
      }
      return Backstop.api(queue.rest + '/results/complaints/suspected').then(function (answer) {
        lane.all = answer.ok && Array.isArray(answer.body) ? answer.body : [];
        lane.now = now;
      });
    },
    render: function (queue) {
      var lane = queue.suspected;
      if (!lane) {
        return;
      }
      var owner = queue.owner.value;
      var client = queue.client.value.trim().toLocaleLowerCase();
      lane.show(lane.all.filter(function (entry) {
        return (!owner || entry.about === owner)
          && (!client || (entry.client || '').toLocaleLowerCase().indexOf(client) >= 0);
      }), lane.now);
    }
  });
})(window.Backstop);
