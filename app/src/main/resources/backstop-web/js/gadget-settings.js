/*
 * What a gadget shows around its table (issue 18, dashboard): its choices (period, person, refresh) folded behind one
 * "Settings" button, the person filter's people by name, the period line saying which period the figures are of and
 * whether it is over (a month in progress is marked "not over yet"), and people's display names from the fragment's
 * data-names (the server's Access.displayName of each login; a login it does not know is shown as it is).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop = global.Backstop || {};

  /** The "Settings" button opens and folds the gadget's form; the form keeps its choices while folded. */
  Backstop.gadgetSettings = function (root) {
    var button = root.querySelector('.backstop-gadget-settings');
    var form = root.querySelector('.backstop-gadget-filters');
    if (!button || !form) {
      return;
    }
    button.addEventListener('click', function () {
      var open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      Backstop.show(form, open);
    });
  };

  /** The person filter's choices, by display name: everybody but the head and the director. */
  Backstop.gadgetPeople = function (select, ctx) {
    if (!select) {
      return Promise.resolve();
    }
    return Backstop.api(ctx.rest + '/people').then(function (answer) {
      if (!answer.ok || !Array.isArray(answer.body)) {
        return;
      }
      answer.body.filter(function (p) { return p.role !== 'HEAD' && p.role !== 'DIRECTOR'; }).forEach(function (p) {
        select.appendChild(Backstop.el('option', { text: ctx.name(p.name), attrs: { value: p.name } }));
      });
    });
  };

  /** login -> display name, from the fragment's data-names. */
  Backstop.gadgetNames = function (root) {
    var names = {};
    try {
      names = JSON.parse(root.getAttribute('data-names') || '{}');
    } catch (e) {
      names = {};
    }
    return function (login) {
      return login && Object.prototype.hasOwnProperty.call(names, login) ? names[login] : login;
    };
  };

  function utc(day) {
    return new Date(Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10) || 1)));
  }

  function lastDayOf(month) {
    return month + '-' + String(new Date(Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)), 0))
      .getUTCDate()).padStart(2, '0');
  }

  /** The period in words: "November 2026" for a month, "2-13 November 2026" for dates. */
  function named(asked, lang) {
    if (asked.month) {
      return new Intl.DateTimeFormat(lang, { month: 'long', year: 'numeric', timeZone: 'UTC' })
        .format(utc(asked.month));
    }
    var days = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return asked.from === asked.to ? days.format(utc(asked.from)) : days.formatRange(utc(asked.from), utc(asked.to));
  }

  /**
   * The period line: which period the figures are of, "not over yet" when it reaches today (its figures are so far,
   * not the whole period's), and the person picked; empty for a gadget without a period (it is now or ahead).
   */
  Backstop.gadgetPeriodNote = function (root, t, lang, asked, today, person) {
    var note = root.querySelector('.backstop-gadget-when');
    if (!note) {
      return;
    }
    if (!asked || !(asked.month || asked.from)) {
      note.textContent = '';
      note.setAttribute('data-partial', 'false');
      Backstop.show(note, false);
      return;
    }
    var end = asked.month ? lastDayOf(asked.month) : asked.to;
    var partial = end >= today;
    var text = partial ? t('backstop.gadget.period.partial', named(asked, lang),
      new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(utc(today)))
      : t('backstop.gadget.period.whole', named(asked, lang));
    note.textContent = person ? text + ' · ' + person : text;
    note.setAttribute('data-partial', String(partial));
    Backstop.show(note, true);
  };
})(window);
