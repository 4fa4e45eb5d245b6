/*
 * Settings part: the people, one row each with name, role, deputies (in the order they stand in) and the day from
 * which they cover colleagues (coversFrom: a date picker; the document holds the start of that day in the calendar's
 * zone; empty: from the start). The person and the deputies are picked by display name and kept as logins
 * (js/user-picker.js), their display names shown under them.
 */
(function (Backstop) {
  'use strict';

  var ROLES = ['HEAD', 'OPERATOR', 'MANAGER', 'OFFICE_MANAGER', 'DIRECTOR'];
  var DAY = 86400000;

  /** The zone if the browser knows it, else the fallback (the page's), else UTC. */
  function knownZone(zone, fallback) {
    var found = 'UTC';
    [fallback, zone].forEach(function (candidate) {
      try {
        new Intl.DateTimeFormat('en-US', { timeZone: candidate || undefined }).format(0);
        found = candidate || found;
      } catch (e) {
        // not a zone this browser knows: keep the one before
      }
    });
    return found;
  }

  /** The calendar day (2027-02-01) an instant falls on in the zone; '' without an instant. */
  function dayOf(iso, zone) {
    var at = Date.parse(iso || '');
    if (isNaN(at)) {
      return '';
    }
    var parts = {};
    new Intl.DateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(at)).forEach(function (part) {
        parts[part.type] = part.value;
      });
    return parts.year + '-' + parts.month + '-' + parts.day;
  }

  function pad(n, width) {
    var text = String(Math.abs(n));
    while (text.length < (width || 2)) {
      text = '0' + text;
    }
    return text;
  }

  /**
   * The first instant of a day (2027-02-01) in the zone, as ISO with the zone's offset: midnight, or where a
   * daylight-saving gap at midnight ends (the core's rule: a time in a gap moves forward past it; in an overlap,
   * the earlier offset).
   */
  function startOfDay(day, zone) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
    var wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    var before = Backstop.zoneOffset(zone, wall - DAY);
    var at = [before, Backstop.zoneOffset(zone, wall + DAY)].map(function (offset) {
      var instant = wall - offset * 60000;
      return Backstop.zoneOffset(zone, instant) === offset ? instant : Infinity;
    }).reduce(function (a, b) {
      return Math.min(a, b);
    });
    at = isFinite(at) ? at : wall - before * 60000;
    var offset = Backstop.zoneOffset(zone, at);
    var local = new Date(at + offset * 60000);
    return pad(local.getUTCFullYear(), 4) + '-' + pad(local.getUTCMonth() + 1) + '-' + pad(local.getUTCDate())
      + 'T' + pad(local.getUTCHours()) + ':' + pad(local.getUTCMinutes()) + ':00'
      + (offset < 0 ? '-' : '+') + pad(Math.floor(Math.abs(offset) / 60)) + ':' + pad(Math.abs(offset) % 60);
  }

  /** The role picker; a role this screen does not know (from an imported file) is kept, for the server to name. */
  function roleSelect(ctx, field, role) {
    var select = Backstop.el('select', { className: 'select backstop-person-role',
      attrs: { 'data-field': field, 'aria-label': ctx.t('backstop.settings.person.role') } },
    ROLES.map(function (code) {
      return Backstop.el('option', { text: ctx.t('backstop.role.' + code), attrs: { value: code } });
    }));
    if (role && ROLES.indexOf(role) < 0) {
      select.appendChild(Backstop.el('option', { text: role, attrs: { value: role } }));
    }
    select.value = role || 'MANAGER';
    return select;
  }

  /**
   * The coversFrom picker, showing the stored instant's day in the zone; the instant itself is kept on it, so a
   * day nobody changed is saved as it was stored, even when it is not the start of that day.
   */
  function coversPicker(ctx, field, coversFrom, zone) {
    var day = coversFrom ? dayOf(coversFrom, zone) : '';
    return Backstop.el('input', { className: 'text backstop-person-covers', attrs: {
      type: 'date', 'data-field': field, value: day, 'data-day': day, 'data-instant': coversFrom || '',
      'data-zone': zone, 'aria-label': ctx.t('backstop.settings.person.coversFrom'),
      'aria-describedby': 'backstop-covers-from-help' } });
  }

  /** The instant to save for a picked day: the stored one if neither the day nor the zone changed. */
  function coversFrom(ctx, input) {
    var zone = knownZone(ctx.$('#backstop-zone').value.trim(), ctx.zone);
    if (input.value === input.getAttribute('data-day') && zone === input.getAttribute('data-zone')
        && input.getAttribute('data-instant')) {
      return input.getAttribute('data-instant');
    }
    return startOfDay(input.value, zone);
  }

  function personRow(ctx, people, person, zone) {
    var t = ctx.t;
    people.add(function (p) {
      return [
        ctx.input(p + '.name', person.name, 'backstop-person-name', t('backstop.settings.person.name')),
        roleSelect(ctx, p + '.role', person.role),
        ctx.input(p + '.deputies', (person.deputies || []).join(', '), 'backstop-person-deputies', t('backstop.settings.person.deputies')),
        coversPicker(ctx, p + '.coversFrom', person.coversFrom, zone)
      ];
    });
    var row = people.rows()[people.rows().length - 1];
    Backstop.userPicker(row.querySelector('.backstop-person-name'), { rest: ctx.rest, t: t });
    Backstop.userPicker(row.querySelector('.backstop-person-deputies'), { rest: ctx.rest, t: t, multiple: true });
  }

  var people = null;

  Backstop.part('settings', {
    start: function (ctx) {
      people = ctx.rowTable(ctx.$('#backstop-people'), 'people');
      ctx.$('#backstop-person-add').addEventListener('click', function () {
        personRow(ctx, people, { role: 'MANAGER' }, knownZone(ctx.$('#backstop-zone').value.trim(), ctx.zone));
      });
    },
    fill: function (doc, ctx) {
      var zone = knownZone((doc.calendar || {}).zone, ctx.zone);
      people.clear();
      (doc.people || []).forEach(function (person) {
        personRow(ctx, people, person, zone);
      });
    },
    /** A day half typed in the picker has no value: said here, not saved as "from the start". */
    check: function (ctx) {
      var half = people.rows().map(function (tr) {
        return tr.querySelector('.backstop-person-covers');
      }).filter(function (input) {
        return input.validity && input.validity.badInput;
      })[0];
      return half ? { field: half.getAttribute('data-field'), message: ctx.t('backstop.settings.person.coversFrom.bad') }
        : null;
    },
    collect: function (doc, ctx) {
      doc.people = people.rows().map(function (tr) {
        var person = {
          name: tr.querySelector('.backstop-person-name').value.trim(),
          role: tr.querySelector('.backstop-person-role').value,
          deputies: ctx.list(tr.querySelector('.backstop-person-deputies').value)
        };
        var covers = tr.querySelector('.backstop-person-covers');
        if (covers.value) {
          person.coversFrom = coversFrom(ctx, covers);
        }
        return person;
      });
    },
    /** Whom the directory knows, once: the display names beside the logins. */
    load: function (ctx) {
      return Backstop.userPicker.directory(ctx.rest).find('');
    }
  });
})(window.Backstop);
