/*
 * Settings part: absences, each added or deleted at once (js/absence-record.js over GET/POST absences, DELETE
 * absences/{id}), and the absence requests waiting for a decision (js/absence-requests.js); an approved request
 * shows up among the absences.
 */
(function (Backstop) {
  'use strict';

  var records = null;
  var names = [];

  /** The form's people, labelled by the display names the page's directory knows (js/user-picker.js). */
  function offer(ctx) {
    var dir = Backstop.userPicker.directory(ctx.rest);
    records.people(names.map(function (login) {
      return { login: login, displayName: dir.name(login) || login };
    }));
  }

  Backstop.part('settings', {
    start: function (ctx) {
      records = Backstop.absenceRecord(ctx.$('#backstop-absences'), { t: ctx.t, rest: ctx.rest, zone: ctx.zone,
        lang: ctx.lang, deletes: true });
      ctx.$('#backstop-absence-requests').addEventListener('backstop:absences-changed', function () {
        records.load();
      });
      Backstop.userPicker.directory(ctx.rest).changed(function () {
        offer(ctx);
      });
      // the absences page (its list with filters, and whole days), beside the queue in both hosts
      var queue = ctx.root.getAttribute('data-queue-page') || '';
      var link = ctx.$('#backstop-absences-page-link');
      link.setAttribute('href', queue.replace(/queue$/, 'absences'));
      Backstop.show(link.parentNode, /queue$/.test(queue));
    },
    /** The people of the form (saved or not) are whom an absence can be added for. */
    fill: function (doc, ctx) {
      names = (doc.people || []).filter(function (p) {
        return p && p.name;
      }).map(function (p) {
        return p.name;
      });
      offer(ctx);
    },
    load: function (ctx) {
      return Promise.all([records.load(), Backstop.absenceRequests(ctx.$('#backstop-absence-requests'), ctx.t, ctx.rest,
        ctx.zone, ctx.lang)]);
    }
  });
})(window.Backstop);
