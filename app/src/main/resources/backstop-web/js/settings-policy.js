/*
 * Settings part: the response policy (queue after, respond within, answer a holding reply within, remind before
 * the due time, return to owner), the goals per issue type or priority as table rows (each with its own durations;
 * an empty one is the policy's), and how the department runs (watcher tick, staff group, the client projects, own absences
 * without approval, the language of Backstop's notes on issues).
 */
(function (Backstop) {
  'use strict';

  function goalRow(ctx, goals, goal) {
    var t = ctx.t;
    var shown = function (duration) { return Backstop.duration(t, duration); };
    goals.add(function (p) {
      return [
        ctx.input(p + '.issueTypes', (goal.issueTypes || []).join(', '), 'backstop-goal-types', t('backstop.settings.goal.issueTypes')),
        ctx.input(p + '.priorities', (goal.priorities || []).join(', '), 'backstop-goal-priorities', t('backstop.settings.goal.priorities')),
        ctx.input(p + '.queueAfter', shown(goal.queueAfter), 'short-field backstop-goal-queue', t('backstop.settings.queueAfter')),
        ctx.input(p + '.respondWithin', shown(goal.respondWithin), 'short-field backstop-goal-respond', t('backstop.settings.respondWithin')),
        ctx.input(p + '.answerWithin', shown(goal.answerWithin), 'short-field backstop-goal-answer', t('backstop.settings.answerWithin'))
      ];
    });
  }

  /** Puts the input's trimmed text into the object under name, when there is any: an empty field is left out. */
  function filled(object, name, input) {
    var value = input.value.trim();
    if (value) {
      object[name] = value;
    }
  }

  /** A goal row as the document wants it: only what is filled in (a duration left out is the policy's). */
  function goalOf(ctx, tr) {
    var goal = {};
    var types = ctx.list(tr.querySelector('.backstop-goal-types').value);
    var priorities = ctx.list(tr.querySelector('.backstop-goal-priorities').value);
    if (types.length) {
      goal.issueTypes = types;
    }
    if (priorities.length) {
      goal.priorities = priorities;
    }
    filled(goal, 'queueAfter', tr.querySelector('.backstop-goal-queue'));
    filled(goal, 'respondWithin', tr.querySelector('.backstop-goal-respond'));
    filled(goal, 'answerWithin', tr.querySelector('.backstop-goal-answer'));
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
      ctx.$('#backstop-queue-after').value = Backstop.duration(ctx.t, policy.queueAfter);
      ctx.$('#backstop-respond-within').value = Backstop.duration(ctx.t, policy.respondWithin);
      ctx.$('#backstop-answer-within').value = Backstop.duration(ctx.t, policy.answerWithin);
      ctx.$('#backstop-remind-before').value = Backstop.duration(ctx.t, policy.remindBefore);
      ctx.$('#backstop-return-to-owner').checked = policy.returnToOwner !== false;
      goals.clear();
      (doc.goals || []).forEach(function (goal) {
        goalRow(ctx, goals, goal);
      });
      ctx.$('#backstop-tick').value = Backstop.duration(ctx.t, doc.tick);
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
      // as typed (the server reads 8h, 1 д 4 ч, ISO); empty: the server's default (2d) for the promise; no reminders
      filled(doc.policy, 'answerWithin', ctx.$('#backstop-answer-within'));
      filled(doc.policy, 'remindBefore', ctx.$('#backstop-remind-before'));
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
