/*
 * The catalogues page's table (used by catalogues.js): one catalogue's rows (GET results/catalogues/{name}), as text
 * for those who read, as inputs for those who change (rows added and removed in place), and read back as the
 * {"rows": [...]} a preview or an apply sends. A cell an error names is marked.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  /** The column's heading: its text, or its own name for a column the page has no text for. */
  function label(t, name) {
    var key = 'backstop.catalogues.column.' + name;
    var text = t(key);
    return text === key ? name : text;
  }

  Backstop.catalogueColumnLabel = label;

  Backstop.catalogueTable = function (table, t, editable) {
    var columns = [];

    function cell(column, value, rowNumber) {
      if (!editable) {
        return el('td', { text: value, attrs: { 'data-column': column.name } });
      }
      return el('td', {}, [el('input', {
        className: 'text backstop-catalogue-input',
        attrs: { type: 'text', value: value, 'data-column': column.name,
          'aria-label': t('backstop.catalogues.cellLabel', rowNumber, label(t, column.name)) }
      })]);
    }

    function row(values) {
      var number = table.tBodies[0].rows.length + 2;
      var tr = el('tr', { attrs: { 'data-row': number } }, columns.map(function (column) {
        return cell(column, values[column.name] === undefined ? '' : values[column.name], number);
      }));
      if (editable) {
        var remove = el('button', { className: 'aui-button aui-button-link backstop-catalogue-remove',
          text: t('backstop.catalogues.removeRow'), attrs: { type: 'button' } });
        remove.addEventListener('click', function () {
          tr.parentNode.removeChild(tr);
          renumber();
        });
        tr.appendChild(el('td', {}, [remove]));
      }
      table.tBodies[0].appendChild(tr);
      return tr;
    }

    /** Rows are numbered as the preview numbers them: the header is row 1. */
    function renumber() {
      Array.prototype.forEach.call(table.tBodies[0].rows, function (tr, i) {
        tr.setAttribute('data-row', String(i + 2));
      });
    }

    return {
      show: function (loaded) {
        columns = loaded.columns || [];
        Backstop.clear(table);
        var head = el('tr', {}, columns.map(function (column) {
          return el('th', { text: label(t, column.name), attrs: { scope: 'col', 'data-column': column.name } });
        }));
        if (editable) {
          head.appendChild(el('th', { attrs: { scope: 'col' } }));
        }
        table.appendChild(el('thead', {}, [head]));
        table.appendChild(el('tbody'));
        (loaded.rows || []).forEach(row);
      },
      add: function () {
        var tr = row({});
        var first = tr.querySelector('input');
        if (first) {
          first.focus();
        }
      },
      /** The rows as typed, each an object of its columns. */
      rows: function () {
        return Array.prototype.map.call(table.tBodies[0].rows, function (tr) {
          var values = {};
          tr.querySelectorAll('input[data-column]').forEach(function (input) {
            values[input.getAttribute('data-column')] = input.value;
          });
          return values;
        });
      },
      /** Marks the cells the errors name (rows of this table only), clearing earlier marks. */
      mark: function (errors) {
        table.querySelectorAll('.backstop-invalid').forEach(function (input) {
          input.classList.remove('backstop-invalid');
          input.removeAttribute('aria-invalid');
        });
        (errors || []).forEach(function (error) {
          var tr = table.querySelector('tbody tr[data-row="' + Number(error.row) + '"]');
          var input = tr && error.column
            ? tr.querySelector('input[data-column="' + String(error.column).replace(/["\\]/g, '') + '"]') : null;
          if (input) {
            input.classList.add('backstop-invalid');
            input.setAttribute('aria-invalid', 'true');
          }
        });
      }
    };
  };
})(window.Backstop);
