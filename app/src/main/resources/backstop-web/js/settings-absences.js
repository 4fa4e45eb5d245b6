/*
 * Settings part: absences, each added or deleted at once (js/absence-record.js over GET/POST absences, DELETE
 * absences/{id}), and the absence requests waiting for a decision (js/absence-requests.js); an approved request
 * shows up among the absences.
 */
(function (Backstop) {
  'use strict';

  var records = null;

  Backstop.part('settings', {
    start: function (ctx) {
      records = Backstop.absenceRecord(ctx.$('#backstop-absences'), { t: ctx.t, rest: ctx.rest, zone: ctx.zone,
        lang: ctx.lang, deletes: true });
      ctx.$('#backstop-absence-requests').addEventListener('backstop:absences-changed', function () {
        records.load();
      });
    },
    /** The people of the form (saved or not) are whom an absence can be added for. */
    fill: function (doc) {
      records.people((doc.people || []).filter(function (p) {
        return p && p.name;
      }).map(function (p) {
        return p.name;
      }));
    },
    load: function (ctx) {
      return Promise.all([records.load(), Backstop.absenceRequests(ctx.$('#backstop-absence-requests'), ctx.t, ctx.rest,
        ctx.zone, ctx.lang)]);
    }
  });
})(window.Backstop);
