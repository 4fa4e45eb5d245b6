/*
 * The catalogues page's dry run and errors (used by catalogues.js): what applying would add, change (old -> new, per
 * column) and remove, and every row and column an import is refused for, in the person's language (each error comes
 * with its message key and arguments).
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function shown(t, value) {
    return value === '' || value === null || value === undefined ? t('backstop.catalogues.empty') : String(value);
  }

  /** "code: client-question; minutes: 15": a row's cells with their columns' headings. */
  function cells(t, columns, values) {
    return columns.map(function (name) {
      return Backstop.catalogueColumnLabel(t, name) + ': ' + shown(t, values[name]);
    }).join('; ');
  }

  function section(t, kind, items) {
    if (!items.length) {
      return null;
    }
    return el('div', { className: 'backstop-catalogue-' + kind }, [
      el('h3', { className: 'backstop-section-title', text: t('backstop.catalogues.diff.' + kind) }),
      el('ul', { attrs: { id: 'backstop-catalogue-' + kind } }, items)
    ]);
  }

  /** Fills the diff's counts and lists; says whether anything would change. */
  Backstop.catalogueDiff = function (counts, rows, t, diff) {
    var c = diff.counts || {};
    counts.textContent = c.added + c.changed + c.removed === 0 && !diff.reordered ? t('backstop.catalogues.diff.none')
      : t('backstop.catalogues.diff.counts', c.added, c.changed, c.removed, c.unchanged)
        + (diff.reordered ? ' ' + t('backstop.catalogues.diff.reordered') : '');
    Backstop.clear(rows);
    var columns = diff.columns || [];
    var added = (diff.added || []).map(function (row) {
      return el('li', { text: t('backstop.catalogues.diff.row', row.row) + ': ' + cells(t, columns, row.cells),
        attrs: { 'data-row': row.row } });
    });
    var changed = (diff.changed || []).map(function (change) {
      var parts = change.columns.map(function (name) {
        return t('backstop.catalogues.diff.change', Backstop.catalogueColumnLabel(t, name),
          shown(t, change.before[name]), shown(t, change.after[name]));
      });
      return el('li', { text: t('backstop.catalogues.diff.row', change.row) + ' (' + change.key + '): '
        + parts.join('; '), attrs: { 'data-row': change.row, 'data-key': change.key } });
    });
    var removed = (diff.removed || []).map(function (row) {
      return el('li', { text: cells(t, columns, row.cells), attrs: { 'data-key': row.key } });
    });
    [section(t, 'added', added), section(t, 'changed', changed), section(t, 'removed', removed)]
      .forEach(function (part) {
        if (part) {
          rows.appendChild(part);
        }
      });
    return c.added + c.changed + c.removed > 0 || diff.reordered;
  };

  /** One error where the head finds it: "Row 7, column minutes: must be a whole number of minutes". */
  Backstop.catalogueError = function (t, error) {
    var args = [error.key].concat(error.args || []);
    var text = error.key ? t.apply(null, args) : error.error;
    if (text === error.key) {
      text = error.error; // a key this page lacks: the server's English
    }
    var column = error.column ? Backstop.catalogueColumnLabel(t, error.column) : null;
    if (error.row && column) {
      return t('backstop.catalogues.at.cell', error.row, column, text);
    }
    if (error.row) {
      return t('backstop.catalogues.at.row', error.row, text);
    }
    return column ? t('backstop.catalogues.at.column', column, text) : text;
  };
})(window.Backstop);
