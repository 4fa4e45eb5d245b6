/* The dashboard: starts every gadget and the absence requests; says it is ready once they all answered. */
(function (global) {
  'use strict';

  var Backstop = global.Backstop;

  Backstop.ready(function () {
    var root = document.getElementById('backstop-dashboard');
    if (!root) {
      return;
    }
    root.setAttribute('data-state', 'loading');
    var started = Array.prototype.map.call(root.querySelectorAll('[data-gadget]'), function (gadget) {
      return Backstop.startGadget(gadget);
    });
    var requests = document.getElementById('backstop-requests');
    if (requests) {
      started.push(Backstop.absenceRequests(requests, Backstop.texts(root), requests.getAttribute('data-rest'),
        root.getAttribute('data-zone') || undefined, root.getAttribute('data-lang') || undefined));
    }
    Promise.all(started).then(function () {
      root.setAttribute('data-state', 'ready');
    });
  });
})(window);
