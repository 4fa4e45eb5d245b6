/*
 * The AMD module of Backstop's dashboard-items (one module for the nine; the server renders each item's fragment,
 * GadgetItem and dashboard-item.vm). Jira's dashboard creates it with the item's API and calls render(context) with
 * the item's rendered content; the module starts the gadget in it (js/gadgets.js) and asks the dashboard to resize
 * the item once the gadget has drawn. An item whose person the app refused is empty and stays so.
 */
define('backstop/dashboard-item', ['jquery'], function ($) {
  'use strict';

  var Item = function (API) {
    this.API = API;
  };

  Item.prototype.render = function (context) {
    var api = this.API;
    var root = $(context).find('[data-gadget]').get(0);
    if (!root || !window.Backstop || !window.Backstop.startGadget) {
      return;
    }
    if (root.getAttribute('data-started') === 'true') {
      return;
    }
    root.setAttribute('data-started', 'true');
    var started = window.Backstop.startGadget(root);
    var resize = function () {
      if (api && typeof api.resize === 'function') {
        api.resize();
      }
    };
    if (started && typeof started.then === 'function') {
      started.then(resize, resize);
    } else {
      resize();
    }
  };

  return Item;
});
