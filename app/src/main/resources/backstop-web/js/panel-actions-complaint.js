/*
 * Panel actions: flag a complaint (POST {rest}/results/complaints). Anyone on the staff flags; the complaint is about
 * the client's owner unless the head or the director (data.you.nameOthers) names someone else, so only they get the
 * choice of person. The form sends the issue, the comment, and `about` only when someone else was picked: the server
 * takes the issue's client and its manager (contract-16.md).
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var ABOUT = 'backstop-act-complaint-about';
  var COMMENT = 'backstop-act-complaint-comment';
  var MAX_COMMENT = 4000; // the server's bound (Fields.MAX_COMMENT)

  function people(acts) {
    var t = acts.t;
    var data = acts.data;
    var options = [{ value: '', text: t('backstop.actions.complaint.aboutOwner', data.owner) }];
    data.people.forEach(function (person) {
      if (person.name !== data.owner) {
        options.push({ value: person.name, text: t('backstop.actions.person', person.name,
          Backstop.actions.named(t, 'backstop.role.' + person.role, person.role)) });
      }
    });
    return options;
  }

  function flag(form, acts) {
    var A = Backstop.actions;
    var t = acts.t;
    A.clearErrors(form);
    var comment = form.querySelector('#' + COMMENT).value.trim();
    if (comment.length > MAX_COMMENT) {
      A.fieldError(form, COMMENT, t('backstop.actions.error.tooLong', MAX_COMMENT));
      return;
    }
    var body = { issue: acts.key };
    if (comment) {
      body.comment = comment;
    }
    var about = form.querySelector('#' + ABOUT);
    if (about && about.value) {
      body.about = about.value;
    }
    var fields = { comment: COMMENT, about: ABOUT };
    A.send(acts, form, acts.rest + '/results/complaints', body, fields, function (answer) {
      form.querySelector('#' + COMMENT).value = '';
      if (about) {
        about.value = '';
      }
      return t('backstop.actions.complaint.done', answer.body.about);
    });
  }

  Backstop.part('panel-actions', {
    id: 'complaint',
    title: 'backstop.actions.complaint.title',
    build: function (form, acts) {
      var A = Backstop.actions;
      var t = acts.t;
      var data = acts.data;
      if (!data.client) {
        A.note(form, t('backstop.actions.noClient'), 'backstop-act-complaint-none');
        return;
      }
      if (data.you.nameOthers) {
        form.appendChild(A.field(t('backstop.actions.complaint.about'), A.select(ABOUT, people(acts), '')));
      } else {
        form.appendChild(el('p', { className: 'backstop-note', text: t('backstop.actions.complaint.aboutFixed',
          data.owner), attrs: { id: ABOUT + '-fixed' } }));
      }
      form.appendChild(A.field(t('backstop.actions.complaint.comment'), el('textarea', { className: 'textarea',
        attrs: { id: COMMENT, rows: 3 } }), t('backstop.actions.complaint.commentHint')));
      form.appendChild(A.submit(t('backstop.actions.complaint.submit')));
      form.addEventListener('submit', function (event) {
        event.preventDefault();
        flag(form, acts);
      });
    }
  });
})(window.Backstop);
