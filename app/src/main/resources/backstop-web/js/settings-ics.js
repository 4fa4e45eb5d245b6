/*
 * Holidays from an ICS file: the text in, the days out. Pure (no DOM, no clock unless no year is given), so it can be
 * checked on its own; the calendar part puts its days into the settings form.
 */
(function (Backstop) {
  'use strict';

  /** How far ahead a repeating ICS event is expanded: a holiday calendar is planned a couple of years out. */
  var YEARS_AHEAD = 2;
  var MAX_OCCURRENCES = 1000;
  var DAY_MS = 86400000;

  function icsDay(value) {
    var m = /^(\d{4})(\d{2})(\d{2})/.exec(value) || /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  }

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  /** The next occurrence of a repeating event: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, every INTERVAL. */
  function step(date, freq, interval) {
    var next = new Date(date.getTime());
    if (freq === 'DAILY') {
      next.setUTCDate(next.getUTCDate() + interval);
    } else if (freq === 'WEEKLY') {
      next.setUTCDate(next.getUTCDate() + 7 * interval);
    } else if (freq === 'MONTHLY') {
      next.setUTCMonth(next.getUTCMonth() + interval);
    } else if (freq === 'YEARLY') {
      next.setUTCFullYear(next.getUTCFullYear() + interval);
    } else {
      return null;
    }
    return next;
  }

  /** Marks every day of the event's occurrences up to the horizon in days. */
  function addEvent(event, horizon, days) {
    if (!event.start) {
      return;
    }
    // a date-valued DTEND is exclusive: a one-day event ends the next day
    var length = event.end ? Math.max(1, Math.round((event.end - event.start) / DAY_MS) + (event.endIsDate ? 0 : 1)) : 1;
    var rule = event.rule || {};
    var count = rule.COUNT ? Number(rule.COUNT) : (event.rule ? MAX_OCCURRENCES : 1);
    var until = rule.UNTIL ? icsDay(rule.UNTIL) : null;
    var interval = Math.max(1, Number(rule.INTERVAL) || 1);
    var at = event.start;
    for (var n = 0; at && n < Math.min(count, MAX_OCCURRENCES) && at.getTime() <= horizon
        && (!until || at <= until); n++) {
      for (var d = 0; d < length; d++) {
        days[isoDay(new Date(at.getTime() + d * DAY_MS))] = true;
      }
      at = event.rule ? step(at, rule.FREQ, interval) : null;
    }
  }

  /** Reads one content line of a VEVENT into the event. */
  function readLine(event, line) {
    var upper = line.toUpperCase();
    var value = line.slice(line.indexOf(':') + 1).trim();
    if (/^DTSTART[;:]/.test(upper)) {
      event.start = icsDay(value);
    } else if (/^DTEND[;:]/.test(upper)) {
      event.end = icsDay(value);
      event.endIsDate = /VALUE=DATE[;:]/.test(upper) || /^\d{8}$/.test(value);
    } else if (/^RRULE:/.test(upper)) {
      event.rule = {};
      upper.slice(6).split(';').forEach(function (part) {
        var pair = part.split('=');
        event.rule[pair[0]] = pair[1];
      });
    }
  }

  /**
   * The days of an ICS file's events, sorted and each once: every day from DTSTART to the day before DTEND (a
   * multi-day holiday), and for an RRULE (FREQ DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT or UNTIL) every
   * occurrence up to the end of the year YEARS_AHEAD after thisYear. Folded lines (a continuation starts with a
   * space or a tab) are unfolded first.
   */
  Backstop.icsDates = function (text, thisYear) {
    var lines = String(text || '').replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '').split(/\r?\n/);
    var horizon = Date.UTC((thisYear || new Date().getUTCFullYear()) + YEARS_AHEAD, 11, 31);
    var days = {};
    var event = null;
    lines.forEach(function (line) {
      var upper = line.toUpperCase();
      if (upper === 'BEGIN:VEVENT') {
        event = {};
      } else if (upper === 'END:VEVENT' && event) {
        addEvent(event, horizon, days);
        event = null;
      } else if (event) {
        readLine(event, line);
      }
    });
    return Object.keys(days).sort();
  };
})(window.Backstop);
