/*
 * The catalogues page (issue 17): pick a catalogue, read it (and download it as CSV); the head and administrators
 * edit the table or import a CSV file, see the dry run (POST results/catalogues/{name}/preview) and apply it
 * (PUT results/catalogues/{name}?version=, the version the preview was made against). Nothing changes until Apply;
 * a refused import lists every row and column at fault. The root's data-state says where the page is.
 */
(function (Backstop) {
  'use strict';

  Backstop.ready(function () {
    var root = document.getElementById('backstop-catalogues-page');
    if (!root) {
      return;
    }
    var t = Backstop.texts(root);
    var rest = root.getAttribute('data-rest');
    var canChange = root.getAttribute('data-can-change') === 'true';
    var $ = function (selector) {
      return root.querySelector(selector);
    };
    var pick = $('#backstop-catalogue-pick');
    var table = Backstop.catalogueTable($('#backstop-catalogue-table'), t, canChange);
    var pending = null; // what the shown preview was made of: {body, version}

    function url(suffix) {
      return rest + '/results/catalogues/' + encodeURIComponent(pick.value) + (suffix || '');
    }

    function state(name) {
      root.setAttribute('data-state', name);
    }

    function clearMessages() {
      Backstop.show($('#backstop-catalogue-errors'), false);
      Backstop.show($('#backstop-catalogue-done'), false);
      table.mark([]);
    }

    function hideDiff() {
      pending = null;
      Backstop.show($('#backstop-catalogue-diff'), false);
    }

    function load() {
      state('loading');
      clearMessages();
      hideDiff();
      $('#backstop-catalogue-download').setAttribute('href', url('.csv'));
      $('#backstop-catalogue-help').textContent = t('backstop.catalogues.help.' + pick.value);
      return Backstop.api(url()).then(function (answer) {
        if (answer.ok && answer.body) {
          table.show(answer.body);
          state('ready');
        } else {
          refused(answer, false);
        }
      });
    }

    function refused(answer, fromTable) {
      var body = answer.body || {};
      var errors = Array.isArray(body.errors) ? body.errors
        : [{ error: body.error || t('backstop.error.load', answer.status) }];
      var title = answer.status === 409 ? t('backstop.catalogues.conflict')
        : answer.status === 400 ? t('backstop.catalogues.refused', errors.length)
          : t('backstop.error.load', answer.status);
      $('#backstop-catalogue-errors-title').textContent = title;
      var list = $('#backstop-catalogue-errors-list');
      Backstop.clear(list);
      if (answer.status === 400) {
        errors.forEach(function (error) {
          list.appendChild(Backstop.el('li', { text: Backstop.catalogueError(t, error),
            attrs: { 'data-row': error.row, 'data-column': error.column } }));
        });
      }
      Backstop.show($('#backstop-catalogue-errors'), true);
      if (fromTable) {
        table.mark(errors);
      }
      state('refused');
    }

    function preview(body, fromTable) {
      clearMessages();
      hideDiff();
      state('previewing');
      Backstop.api(url('/preview'), { method: 'POST', body: body }).then(function (answer) {
        if (!answer.ok || !answer.body) {
          refused(answer, fromTable);
          return;
        }
        var changes = Backstop.catalogueDiff($('#backstop-catalogue-diff-counts'), $('#backstop-catalogue-diff-rows'),
          t, answer.body);
        pending = { body: body, version: answer.body.before, fromTable: fromTable };
        $('#backstop-catalogue-apply').disabled = !changes;
        Backstop.show($('#backstop-catalogue-diff'), true);
        state('previewed');
      });
    }

    function apply() {
      if (!pending) {
        return;
      }
      var made = pending;
      state('applying');
      Backstop.api(url('?version=' + encodeURIComponent(made.version || '')), { method: 'PUT', body: made.body })
        .then(function (answer) {
          if (!answer.ok || !answer.body) {
            hideDiff();
            refused(answer, made.fromTable);
            return;
          }
          var c = answer.body.counts || {};
          return load().then(function () {
            var done = $('#backstop-catalogue-done');
            done.textContent = t('backstop.catalogues.applied', c.added, c.changed, c.removed);
            Backstop.show(done, true);
            state('applied');
          });
        });
    }

    pick.addEventListener('change', load);
    if (canChange) {
      $('#backstop-catalogue-add').addEventListener('click', table.add);
      $('#backstop-catalogue-preview-table').addEventListener('click', function () {
        preview({ rows: table.rows() }, true);
      });
      $('#backstop-catalogue-file').addEventListener('change', function (event) {
        var file = event.target.files && event.target.files[0];
        if (file) {
          Backstop.readFile(file, function (text) {
            $('#backstop-catalogue-csv').value = text;
            preview({ csv: text }, false);
          });
        }
      });
      $('#backstop-catalogue-preview-file').addEventListener('click', function () {
        preview({ csv: $('#backstop-catalogue-csv').value }, false);
      });
      $('#backstop-catalogue-apply').addEventListener('click', apply);
      $('#backstop-catalogue-cancel').addEventListener('click', function () {
        hideDiff();
        state('ready');
      });
    }
    load();
  });
})(window.Backstop);
