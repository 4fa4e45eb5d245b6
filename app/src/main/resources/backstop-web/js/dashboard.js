/* The dashboard: starts every gadget on the page; says it is ready once they all answered. */
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
    Promise.all(started).then(function () {
      root.setAttribute('data-state', 'ready');
    });
  });
})(window);
