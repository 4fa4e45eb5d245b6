/* After Chart.js's UMD bundle: gives Jira's AMD loader back (see chart-amd-off.js). */
(function (global) {
  'use strict';
  if (global.__backstopDefine) {
    global.define = global.__backstopDefine;
    try {
      delete global.__backstopDefine;
    } catch (e) {
      global.__backstopDefine = undefined;
    }
  }
})(window);
