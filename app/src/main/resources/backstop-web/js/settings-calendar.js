/*
 * Settings part: the calendar (zone, working hours per weekday, holidays), and holidays added from an ICS file into
 * the form (saved with it).
 */
(function (Backstop) {
  'use strict';

  var DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];

  /** The file's holidays added to the ones in the form, each once and in order. */
  function importIcs(ctx, event) {
    var file = event.target.files && event.target.files[0];
    if (!file) {
      return;
    }
    Backstop.readFile(file, function (text) {
      var found = Backstop.icsDates(text);
      var holidays = ctx.$('#backstop-holidays');
      var before = ctx.list(holidays.value);
      var all = before.concat(found).filter(function (date, index, dates) {
        return dates.indexOf(date) === index;
      }).sort();
      holidays.value = all.join('\n');
      var note = ctx.$('#backstop-holidays-ics-note');
      note.textContent = found.length ? ctx.t('backstop.settings.holidays.ics.added', all.length - before.length)
        : ctx.t('backstop.settings.holidays.ics.bad');
      Backstop.show(note, true);
      event.target.value = '';
      ctx.root.setAttribute('data-state', 'ics-imported');
    });
  }

  Backstop.part('settings', {
    start: function (ctx) {
      ctx.$('#backstop-holidays-ics').addEventListener('change', function (event) {
        importIcs(ctx, event);
      });
    },
    fill: function (doc, ctx) {
      var calendar = doc.calendar || {};
      var week = calendar.week || {};
      ctx.$('#backstop-zone').value = calendar.zone || '';
      DAYS.forEach(function (day) {
        var intervals = week[day] || week[day.toLowerCase()] || [];
        ctx.$('#backstop-week-' + day).value = intervals.join(', ');
      });
      ctx.$('#backstop-holidays').value = (calendar.holidays || []).join('\n');
    },
    collect: function (doc, ctx) {
      var week = {};
      DAYS.forEach(function (day) {
        var intervals = ctx.list(ctx.$('#backstop-week-' + day).value);
        if (intervals.length) {
          week[day] = intervals;
        }
      });
      doc.calendar = { zone: ctx.$('#backstop-zone').value.trim(), week: week,
        holidays: ctx.list(ctx.$('#backstop-holidays').value) };
    }
  });
})(window.Backstop);
