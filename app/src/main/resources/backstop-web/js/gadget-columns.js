/*
 * What the gadgets' tables share besides gadgets.js: a column's head with the "?" that explains it, and a service's
 * name in the page's language.
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop = global.Backstop || {};

  /**
   * A column's head: its name, and a "?" when the texts explain the column (the key + '.help'), which shows that
   * explanation in the gadget's help line (one at a time; the same "?" again hides it).
   */
  Backstop.columnHead = function (root, t, key) {
    var help = key + '.help';
    if (t(help) === help) {
      return Backstop.el('th', { text: t(key), attrs: { scope: 'col', title: t(key), 'data-column': key } });
    }
    var box = root.querySelector('.backstop-gadget-help');
    var showing = function () {
      return box.getAttribute('data-showing') === key && !box.classList.contains('backstop-hidden');
    };
    var button = Backstop.el('button', { className: 'backstop-help', text: '?', attrs: { type: 'button',
      'aria-label': t('backstop.gadget.help', t(key)), title: t('backstop.gadget.help', t(key)),
      'aria-expanded': String(showing()), 'aria-controls': box.id, 'data-help': key } });
    button.addEventListener('click', function () {
      var open = showing();
      Array.prototype.forEach.call(root.querySelectorAll('.backstop-help'), function (other) {
        other.setAttribute('aria-expanded', 'false');
      });
      box.setAttribute('data-showing', open ? '' : key);
      box.textContent = open ? '' : t(key) + ': ' + t(help);
      Backstop.show(box, !open);
      button.setAttribute('aria-expanded', String(!open));
    });
    return Backstop.el('th', { attrs: { scope: 'col', title: t(key), 'data-column': key } }, [Backstop.el('span',
      { className: 'backstop-th' }, [Backstop.el('span', { className: 'backstop-th-text', text: t(key) }), ' ', button])]);
  };

  /** A service's name in the page's language; a code the texts do not know is shown as it is. */
  Backstop.serviceName = function (t, code) {
    var key = 'backstop.service.' + code;
    return t(key) === key ? code : t(key);
  };
})(window);
