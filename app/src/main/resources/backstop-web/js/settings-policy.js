/*
 * Settings part: the response policy (queue after, respond within, return to owner), the goals per issue type or
 * priority as table rows, and how the department runs (watcher tick, staff group, the client projects, own absences
 * without approval, the language of Backstop's notes on issues).
 */
(function (Backstop) {
  'use strict';

  function goalRow(ctx, goals, goal) {
    var t = ctx.t;
    goals.add(function (p) {
      return [
        ctx.input(p + '.issueTypes', (goal.issueTypes || []).join(', '), 'backstop-goal-types', t('backstop.settings.goal.issueTypes')),
        ctx.input(p + '.priorities', (goal.priorities || []).join(', '), 'backstop-goal-priorities', t('backstop.settings.goal.priorities')),
        ctx.input(p + '.queueAfter', goal.queueAfter, 'short-field backstop-goal-queue', t('backstop.settings.queueAfter')),
        ctx.input(p + '.respondWithin', goal.respondWithin, 'short-field backstop-goal-respond', t('backstop.settings.respondWithin'))
      ];
    });
  }

  /** A goal row as the document wants it: only what is filled in. */
  function goalOf(ctx, tr) {
    var goal = {};
    var types = ctx.list(tr.querySelector('.backstop-goal-types').value);
    var priorities = ctx.list(tr.querySelector('.backstop-goal-priorities').value);
    var queue = tr.querySelector('.backstop-goal-queue').value.trim();
    var respond = tr.querySelector('.backstop-goal-respond').value.trim();
    if (types.length) {
      goal.issueTypes = types;
    }
    if (priorities.length) {
      goal.priorities = priorities;
    }
    if (queue) {
      goal.queueAfter = queue;
    }
    if (respond) {
      goal.respondWithin = respond;
    }
    return goal;
  }

  var goals = null;

  Backstop.part('settings', {
    start: function (ctx) {
      goals = ctx.rowTable(ctx.$('#backstop-goals'), 'goals');
      ctx.$('#backstop-goal-add').addEventListener('click', function () {
        goalRow(ctx, goals, {});
      });
    },
    fill: function (doc, ctx) {
      var policy = doc.policy || {};
      ctx.$('#backstop-queue-after').value = policy.queueAfter || '';
      ctx.$('#backstop-respond-within').value = policy.respondWithin || '';
      ctx.$('#backstop-return-to-owner').checked = policy.returnToOwner !== false;
      goals.clear();
      (doc.goals || []).forEach(function (goal) {
        goalRow(ctx, goals, goal);
      });
      ctx.$('#backstop-tick').value = doc.tick || '';
      ctx.$('#backstop-staff-group').value = doc.staffGroup || '';
      ctx.$('#backstop-projects').value = (doc.projects || []).join(', ');
      ctx.$('#backstop-own-absence-days').value = doc.ownAbsenceDays == null ? '' : String(doc.ownAbsenceDays);
      ctx.$('#backstop-notes-language').value = doc.notesLanguage === 'en' ? 'en' : 'ru';
    },
    collect: function (doc, ctx) {
      doc.policy = {
        queueAfter: ctx.$('#backstop-queue-after').value.trim(),
        respondWithin: ctx.$('#backstop-respond-within').value.trim(),
        returnToOwner: ctx.$('#backstop-return-to-owner').checked
      };
      doc.goals = goals.rows().map(function (tr) {
        return goalOf(ctx, tr);
      });
      doc.tick = ctx.$('#backstop-tick').value.trim();
      var group = ctx.$('#backstop-staff-group').value.trim();
      if (group) {
        doc.staffGroup = group;
      }
      var projects = ctx.list(ctx.$('#backstop-projects').value);
      if (projects.length) {
        doc.projects = projects;
      }
      var days = ctx.$('#backstop-own-absence-days').value.trim();
      if (days) {
        // a number as the server takes it; anything else is sent as typed, for the server to name the field
        doc.ownAbsenceDays = /^[0-9]+$/.test(days) ? Number(days) : days;
      }
      doc.notesLanguage = ctx.$('#backstop-notes-language').value;
    }
  });
})(window.Backstop);
