/*
 * Settings part: the results settings (GET/PUT results/settings), as a form built from the document
 * (settings-results-form.js) and as the document itself in JSON, each saved on its own. A 400's field is marked
 * in the form, or on the JSON when the form has no input for it.
 */
(function (Backstop) {
  'use strict';

  var doc = {};

  function message(ctx, node, text) {
    Backstop.show(ctx.$('#backstop-results-error'), false);
    Backstop.show(ctx.$('#backstop-results-saved'), false);
    ctx.$('#backstop-results').querySelectorAll('[aria-invalid]').forEach(function (input) {
      input.removeAttribute('aria-invalid');
      input.classList.remove('backstop-invalid');
    });
    if (node) {
      node.textContent = text;
      Backstop.show(node, true);
    }
  }

  function show(ctx, loaded) {
    var form = ctx.$('#backstop-results-form');
    doc = loaded;
    ctx.$('#backstop-results-json').value = JSON.stringify(loaded, null, 2);
    Backstop.clear(form);
    form.appendChild(Backstop.resultsForm(loaded, ctx.t));
  }

  function load(ctx) {
    var section = ctx.$('#backstop-results');
    section.setAttribute('data-state', 'loading');
    return Backstop.api(ctx.rest + '/results/settings').then(function (answer) {
      message(ctx, null);
      if (answer.ok && answer.body) {
        show(ctx, answer.body);
        Backstop.show(section, true);
      }
      section.setAttribute('data-state', 'ready');
    });
  }

  /** The input a 400's field names, or its nearest parent's (catalog[1].minutes, then catalog[1], catalog). */
  function inputFor(ctx, field) {
    var path = field || '';
    while (path) {
      var found = ctx.$('#backstop-results [data-path="' + path.replace(/["\\]/g, '') + '"]');
      if (found) {
        return found;
      }
      path = path.replace(/(\.[^.\[]*|\[\d+\])$/, '');
    }
    return ctx.$('#backstop-results-json');
  }

  function refused(ctx, answer) {
    var error = ctx.$('#backstop-results-error');
    if (answer.status === 400 && answer.body) {
      message(ctx, error, ctx.t('backstop.settings.results.invalid', answer.body.label || answer.body.field || '', answer.body.error || ''));
      error.setAttribute('data-for', answer.body.field || '');
      var input = inputFor(ctx, answer.body.field);
      input.setAttribute('aria-invalid', 'true');
      input.classList.add('backstop-invalid');
    } else {
      message(ctx, error, ctx.t('backstop.error.load', answer.status));
    }
  }

  function save(ctx, changed) {
    var section = ctx.$('#backstop-results');
    section.setAttribute('data-state', 'saving');
    Backstop.api(ctx.rest + '/results/settings', { method: 'PUT', body: changed }).then(function (answer) {
      if (answer.ok) {
        if (answer.body) {
          show(ctx, answer.body);
        }
        message(ctx, ctx.$('#backstop-results-saved'), ctx.t('backstop.settings.results.saved'));
      } else {
        refused(ctx, answer);
      }
      section.setAttribute('data-state', answer.ok ? 'saved' : 'refused');
    });
  }

  function saveJson(ctx) {
    var changed;
    try {
      changed = JSON.parse(ctx.$('#backstop-results-json').value);
    } catch (e) {
      var error = ctx.$('#backstop-results-error');
      message(ctx, error, ctx.t('backstop.settings.results.notJson', e.message));
      error.setAttribute('data-for', '');
      ctx.$('#backstop-results').setAttribute('data-state', 'refused');
      return;
    }
    save(ctx, changed);
  }

  Backstop.part('settings', {
    start: function (ctx) {
      ctx.$('#backstop-results-save').addEventListener('click', function () {
        save(ctx, Backstop.readResultsForm(ctx.$('#backstop-results-form'), doc));
      });
      ctx.$('#backstop-results-save-json').addEventListener('click', function () {
        saveJson(ctx);
      });
      ctx.$('#backstop-results-reset').addEventListener('click', function () {
        load(ctx);
      });
    },
    load: load
  });
})(window.Backstop);
