/*
 * The catalogues page (issue 17): pick a catalogue, read it (and download it as CSV); the head and administrators
 * edit the table or import a CSV file, see the dry run (POST results/catalogues/{name}/preview) and apply it
 * (PUT results/catalogues/{name}?version=, the version the preview was made against). Nothing changes until Apply;
 * a refused import lists every row and column at fault. The root's data-state says where the page is.
 */
(function (Backstop) {
  'use strict';

  /** The page's elements and state: what the shown preview was made of is {@code pending} ({body, version}). */
  function page(root) {
    var t = Backstop.texts(root);
    var canChange = root.getAttribute('data-can-change') === 'true';
    var $ = function (selector) {
      return root.querySelector(selector);
    };
    return { root: root, t: t, $: $, rest: root.getAttribute('data-rest'), canChange: canChange,
      pick: $('#backstop-catalogue-pick'), pending: null,
      table: Backstop.catalogueTable($('#backstop-catalogue-table'), t, canChange) };
  }

  function url(p, suffix) {
    return p.rest + '/results/catalogues/' + encodeURIComponent(p.pick.value) + (suffix || '');
  }

  function state(p, name) {
    p.root.setAttribute('data-state', name);
  }

  function clearMessages(p) {
    Backstop.show(p.$('#backstop-catalogue-errors'), false);
    Backstop.show(p.$('#backstop-catalogue-done'), false);
    p.table.mark([]);
  }

  function hideDiff(p) {
    p.pending = null;
    Backstop.show(p.$('#backstop-catalogue-diff'), false);
  }

  function load(p) {
    state(p, 'loading');
    clearMessages(p);
    hideDiff(p);
    p.$('#backstop-catalogue-download').setAttribute('href', url(p, '.csv'));
    p.$('#backstop-catalogue-help').textContent = p.t('backstop.catalogues.help.' + p.pick.value);
    return Backstop.api(url(p)).then(function (answer) {
      if (answer.ok && answer.body) {
        p.table.show(answer.body);
        state(p, 'ready');
      } else {
        refused(p, answer, false);
      }
    });
  }

  function refused(p, answer, fromTable) {
    var t = p.t;
    var body = answer.body || {};
    var errors = Array.isArray(body.errors) ? body.errors
      : [{ error: body.error || t('backstop.error.load', answer.status) }];
    var title = answer.status === 409 ? t('backstop.catalogues.conflict')
      : answer.status === 400 ? t('backstop.catalogues.refused', errors.length)
        : t('backstop.error.load', answer.status);
    p.$('#backstop-catalogue-errors-title').textContent = title;
    var list = p.$('#backstop-catalogue-errors-list');
    Backstop.clear(list);
    if (answer.status === 400) {
      errors.forEach(function (error) {
        list.appendChild(Backstop.el('li', { text: Backstop.catalogueError(t, error),
          attrs: { 'data-row': error.row, 'data-column': error.column } }));
      });
    }
    Backstop.show(p.$('#backstop-catalogue-errors'), true);
    if (fromTable) {
      p.table.mark(errors);
    }
    state(p, 'refused');
  }

  function preview(p, body, fromTable) {
    clearMessages(p);
    hideDiff(p);
    state(p, 'previewing');
    Backstop.api(url(p, '/preview'), { method: 'POST', body: body }).then(function (answer) {
      if (!answer.ok || !answer.body) {
        refused(p, answer, fromTable);
        return;
      }
      var changes = Backstop.catalogueDiff(p.$('#backstop-catalogue-diff-counts'),
        p.$('#backstop-catalogue-diff-rows'), p.t, answer.body);
      p.pending = { body: body, version: answer.body.before, fromTable: fromTable };
      p.$('#backstop-catalogue-apply').disabled = !changes;
      Backstop.show(p.$('#backstop-catalogue-diff'), true);
      state(p, 'previewed');
    });
  }

  function apply(p) {
    if (!p.pending) {
      return;
    }
    var made = p.pending;
    state(p, 'applying');
    Backstop.api(url(p, '?version=' + encodeURIComponent(made.version || '')), { method: 'PUT', body: made.body })
      .then(function (answer) {
        if (!answer.ok || !answer.body) {
          hideDiff(p);
          refused(p, answer, made.fromTable);
          return;
        }
        var c = answer.body.counts || {};
        return load(p).then(function () {
          var done = p.$('#backstop-catalogue-done');
          done.textContent = p.t('backstop.catalogues.applied', c.added, c.changed, c.removed);
          Backstop.show(done, true);
          state(p, 'applied');
        });
      });
  }

  /** The buttons of those who may change the catalogue. */
  function wireChanges(p) {
    var $ = p.$;
    $('#backstop-catalogue-add').addEventListener('click', p.table.add);
    $('#backstop-catalogue-preview-table').addEventListener('click', function () {
      preview(p, { rows: p.table.rows() }, true);
    });
    $('#backstop-catalogue-file').addEventListener('change', function (event) {
      var file = event.target.files && event.target.files[0];
      if (file) {
        Backstop.readFile(file, function (text) {
          $('#backstop-catalogue-csv').value = text;
          preview(p, { csv: text }, false);
        });
      }
    });
    $('#backstop-catalogue-preview-file').addEventListener('click', function () {
      preview(p, { csv: $('#backstop-catalogue-csv').value }, false);
    });
    $('#backstop-catalogue-apply').addEventListener('click', function () {
      apply(p);
    });
    $('#backstop-catalogue-cancel').addEventListener('click', function () {
      hideDiff(p);
      state(p, 'ready');
    });
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-catalogues-page');
    if (!root) {
      return;
    }
    var p = page(root);
    p.pick.addEventListener('change', function () {
      load(p);
    });
    if (p.canChange) {
      wireChanges(p);
    }
    load(p);
  });
})(window.Backstop);
