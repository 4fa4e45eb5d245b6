/*
 * Before Chart.js's UMD bundle in the dashboard-items' web-resource: Jira's pages have an AMD loader, and the UMD
 * bundle would then define an anonymous AMD module instead of the global Chart the gadgets use. Hide the loader for
 * the bundle's length; chart-amd-on.js puts it back right after it (same batch, same order).
 */
(function (global) {
  'use strict';
  if (typeof global.define === 'function' && global.define.amd) {
    global.__backstopDefine = global.define;
    global.define = undefined;
  }
})(window);
