/*
 * A list people can work with (issue 18): a table whose columns sort with a click on their heading (numbers, dates
 * and texts each as such; aria-sort says which column and how, a status line announces it), shown a page at a time
 * or all at once, and downloaded as CSV. The CSV holds every row the screen was given, not only the page: the REST
 * answer already holds only what the caller may see, so the file can hold no more. UTF-8 with a byte-order mark
 * (Excel reads Russian right) and, on a Russian page, semicolons (Russian Excel's list separator; commas elsewhere).
 *
 * Backstop.listTable(table, options) takes a <table> with one <thead> row of <th>s and a <tbody>. Options: t, lang,
 * name (the file's name without .csv), pageSize (default 25), row(item) -> <tr>, columns: one per <th> in order,
 * { type: 'text' | 'number' | 'date' (none: not sortable), value(item): what it sorts by and the CSV holds,
 * csv(item): the CSV's text when it is not the value; csv: false leaves the column out of the file }.
 * Answers { set(items): show these (sort and page kept), items(): all in the order shown, csv(): the file's text }.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function blank(value) {
    return value === null || value === undefined || value === '' || (typeof value === 'number' && isNaN(value));
  }

  /** How a column's values compare: numbers and dates as such, texts as the page's language orders them. */
  function comparer(type, lang) {
    if (type === 'number') {
      return function (a, b) { return Number(a) - Number(b); };
    }
    if (type === 'date') {
      return function (a, b) { return Date.parse(a) - Date.parse(b); };
    }
    var collator = new Intl.Collator(lang || undefined, { numeric: true, sensitivity: 'base' });
    return function (a, b) { return collator.compare(String(a), String(b)); };
  }

  /** The items sorted by the chosen column (empty values last either way), ties in the order given. */
  function sorted(list) {
    var s = list.sort;
    if (s.column < 0) {
      return list.items.slice();
    }
    var items = list.items.map(function (item, index) { return { item: item, index: index }; });
    var column = list.columns[s.column];
    var compare = comparer(column.type, list.lang);
    var sign = s.direction === 'descending' ? -1 : 1;
    items.sort(function (x, y) {
      var a = column.value(x.item);
      var b = column.value(y.item);
      if (blank(a) || blank(b)) {
        return blank(a) === blank(b) ? x.index - y.index : blank(a) ? 1 : -1;
      }
      return sign * compare(a, b) || x.index - y.index;
    });
    return items.map(function (x) { return x.item; });
  }

  function csvCell(value) {
    var text = blank(value) ? '' : String(value);
    // a leading =, +, - or @ would be a formula in a spreadsheet (as the server's Csv.cell guards); numbers are not
    if (typeof value !== 'number' && text && '=+-@'.indexOf(text.charAt(0)) >= 0) {
      text = "'" + text;
    }
    return /[",;\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
  }

  /** The file: the headings, then every item in the order shown, CRLF between lines (RFC 4180). */
  function csv(list) {
    var separator = /^ru/i.test(list.lang || '') ? ';' : ',';
    var columns = [];
    list.heads.forEach(function (th, i) {
      if (list.columns[i] && list.columns[i].csv !== false) {
        columns.push({ head: th.getAttribute('data-list-label'), column: list.columns[i] });
      }
    });
    var lines = [columns.map(function (c) { return csvCell(c.head); }).join(separator)];
    sorted(list).forEach(function (item) {
      lines.push(columns.map(function (c) {
        return csvCell(c.column.csv ? c.column.csv(item) : c.column.value(item));
      }).join(separator));
    });
    return lines.join('\r\n') + '\r\n';
  }

  function download(list) {
    var blob = new Blob(['\ufeff' + csv(list)], { type: 'text/csv;charset=utf-8' });
    var url = URL.createObjectURL(blob);
    var link = el('a', { className: 'backstop-hidden', attrs: { href: url, download: list.name + '.csv' } });
    document.body.appendChild(link);
    link.click();
    document.body.removeChild(link);
    window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  }

  /** Every heading as aria-sort and its mark say: the sorted one ascending or descending, the others none. */
  function markHeads(list) {
    list.heads.forEach(function (th, i) {
      if (!list.columns[i] || !list.columns[i].type) {
        return;
      }
      var state = list.sort.column === i ? list.sort.direction : 'none';
      th.setAttribute('aria-sort', state); // the arrow is the stylesheet's, so the heading's text stays its label
    });
  }

  function render(list) {
    var items = sorted(list);
    var size = list.pageSize;
    var pages = Math.max(1, Math.ceil(items.length / size));
    list.page = Math.min(list.page, pages - 1);
    var first = list.all ? 0 : list.page * size;
    var shown = list.all ? items : items.slice(first, first + size);
    var body = document.createDocumentFragment();
    shown.forEach(function (item) { body.appendChild(list.row(item)); });
    Backstop.clear(list.body);
    list.body.appendChild(body);
    markHeads(list);
    var t = list.t;
    var n = list.number;
    list.range.textContent = items.length === 0 ? '' : list.all || pages === 1
      ? t('backstop.list.all', n(items.length))
      : t('backstop.list.range', n(first + 1), n(first + shown.length), n(items.length));
    Backstop.show(list.previous, !list.all && pages > 1);
    Backstop.show(list.next, !list.all && pages > 1);
    list.previous.disabled = list.page === 0;
    list.next.disabled = list.page >= pages - 1;
    Backstop.show(list.showAll, items.length > size);
    list.showAll.textContent = list.all ? t('backstop.list.showPages', n(size)) : t('backstop.list.showAll', n(items.length));
    list.showAll.setAttribute('aria-pressed', String(list.all));
    Backstop.show(list.csvButton, items.length > 0);
    list.table.setAttribute('data-list-rows', String(items.length));
    list.table.setAttribute('data-list-shown', String(shown.length));
  }

  /** A heading's text becomes a button that sorts by it: ascending first, then the other way at every click. */
  function sortable(list, th, index) {
    // a heading with more than its text (a gadget's "?" help) names its text part; only that becomes the button
    var text = th.querySelector('.backstop-th-text');
    var label = (text || th).textContent.trim();
    th.setAttribute('data-list-label', label);
    if (!list.columns[index] || !list.columns[index].type) {
      return;
    }
    var button = el('button', { className: 'backstop-sort', attrs: { type: 'button', title: list.t('backstop.list.sort', label) } },
      [el('span', { text: label }), el('span', { className: 'backstop-sort-mark', attrs: { 'aria-hidden': 'true' } })]);
    if (text) {
      text.parentNode.replaceChild(button, text);
    } else {
      Backstop.clear(th);
      th.appendChild(button);
    }
    button.addEventListener('click', function () {
      var again = list.sort.column === index && list.sort.direction === 'ascending';
      list.sort = { column: index, direction: again ? 'descending' : 'ascending' };
      list.page = 0;
      render(list);
      list.said.textContent = list.t('backstop.list.sorted.' + list.sort.direction, label);
    });
  }

  function tools(list) {
    var t = list.t;
    var button = function (className, text, onClick) {
      var b = el('button', { className: 'aui-button aui-button-compact ' + className, text: text, attrs: { type: 'button' } });
      b.addEventListener('click', function () {
        onClick();
        render(list);
      });
      return b;
    };
    list.previous = button('backstop-list-previous', t('backstop.list.previous'), function () { list.page -= 1; });
    list.next = button('backstop-list-next', t('backstop.list.next'), function () { list.page += 1; });
    list.showAll = button('backstop-list-all', '', function () { list.all = !list.all; });
    list.csvButton = button('backstop-list-csv', t('backstop.list.csv'), function () { download(list); });
    list.range = el('span', { className: 'backstop-list-range' });
    list.said = el('span', { className: 'assistive backstop-list-said', attrs: { role: 'status', 'aria-live': 'polite' } });
    return el('div', { className: 'backstop-list-tools' },
      [list.range, list.previous, list.next, list.showAll, list.csvButton, list.said]);
  }

  /** A person as lists show them: the display name with the login after it, or the login alone when that is all. */
  Backstop.person = function (login, name) {
    if (!login) {
      return '';
    }
    return name && name !== login ? name + ' (' + login + ')' : login;
  };

  /**
   * "…and N more" as a way to see them (issue 18): the note with a button showing every row, or fewer again;
   * ctx: {t, f: formats}; total rows, at most max of them in the short list (no more: no note).
   */
  Backstop.moreRows = function (node, ctx, total, max, all, toggle) {
    var hidden = total - max;
    Backstop.clear(node);
    Backstop.show(node, hidden > 0);
    if (hidden <= 0) {
      return;
    }
    var button = el('button', { className: 'aui-button aui-button-link backstop-more-toggle', attrs: { type: 'button',
      'aria-expanded': String(all) }, text: all ? ctx.t('backstop.gadget.showFewer') : ctx.t('backstop.gadget.showAll',
      ctx.f.number(total)) });
    button.addEventListener('click', toggle);
    node.appendChild(el('span', { text: all ? '' : ctx.t('backstop.gadget.more', ctx.f.number(hidden)) + ' ' }));
    node.appendChild(button);
  };

  Backstop.listTable = function (table, options) {
    var list = { table: table, t: options.t, lang: options.lang, name: options.name || 'backstop',
      pageSize: options.pageSize || 25, columns: options.columns, row: options.row, items: [], page: 0, all: false,
      sort: { column: -1, direction: 'none' }, body: table.tBodies[0], number: Backstop.formats(options.lang).number,
      heads: Array.prototype.slice.call(table.tHead.rows[0].cells) };
    table.classList.add('backstop-list');
    list.heads.forEach(function (th, i) { sortable(list, th, i); });
    table.parentNode.insertBefore(tools(list), table.nextSibling);
    return {
      set: function (items) {
        list.items = items.slice();
        render(list);
      },
      items: function () { return sorted(list); },
      csv: function () { return csv(list); }
    };
  };
})(window.Backstop);
