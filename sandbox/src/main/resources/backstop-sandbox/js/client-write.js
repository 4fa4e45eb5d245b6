/*
 * The clients' side of the sandbox (the client login, or the admin acting for a client): each form with
 * data-post sends its named fields as JSON to the sandbox tracker (a new request: POST issues; a message on an
 * issue: POST issues/{key}/comments), then opens data-next ({key} standing for the issue), or reloads the page.
 * A field the server names in a 400 is marked and its label quoted; other refusals show the server's words.
 */
(function (Backstop) {
  'use strict';

  function fields(form) {
    var body = {};
    Array.prototype.forEach.call(form.querySelectorAll('[name]'), function (field) {
      field.removeAttribute('aria-invalid');
      var value = field.value.trim();
      if (value !== '') {
        body[field.name] = value;
      }
    });
    return body;
  }

  function refused(form, status, answer) {
    var named = answer.body && answer.body.field ? form.querySelector('[name="' + answer.body.field + '"]') : null;
    var label = named && named.id ? form.querySelector('label[for="' + named.id + '"]') : null;
    if (named) {
      named.setAttribute('aria-invalid', 'true');
      named.focus();
    }
    status.textContent = answer.status === 400 && label
      ? form.getAttribute('data-check').replace('{0}', label.textContent)
      : form.getAttribute('data-failed').replace('{0}', answer.body && answer.body.error ? answer.body.error
        : String(answer.status));
  }

  function start(form) {
    var status = form.querySelector('[role="status"]');
    var button = form.querySelector('button[type="submit"]');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      button.disabled = true;
      status.textContent = form.getAttribute('data-sending');
      form.setAttribute('data-state', 'saving');
      Backstop.api(form.getAttribute('data-post'), { method: 'POST', body: fields(form) }).then(function (answer) {
        if (answer.ok) {
          var next = form.getAttribute('data-next');
          form.setAttribute('data-state', 'sent');
          if (next && answer.body && answer.body.key) {
            window.location.assign(next.replace('{key}', encodeURIComponent(answer.body.key)));
          } else {
            window.location.reload(); // the conversation and Backstop's clock, as they are now
          }
          return;
        }
        button.disabled = false;
        form.setAttribute('data-state', 'ready');
        refused(form, status, answer);
      });
    });
    form.setAttribute('data-state', 'ready');
  }

  Backstop.ready(function () {
    Array.prototype.forEach.call(document.querySelectorAll('form.backstop-client-write[data-post]'), start);
  });
})(window.Backstop);
