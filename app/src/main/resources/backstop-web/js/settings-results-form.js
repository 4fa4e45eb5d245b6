/*
 * The results settings as a form (used by settings-results.js). Each part of the document is a table (a list or a
 * map, one row per entry, rows added and removed) or a set of fields; every input carries the JSON path a 400 would
 * name (data-path). Money is shown in roubles and kept in kopecks.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var RESULTS_PARTS = [
    { key: 'catalog', table: [['code', 'text'], ['name', 'text'], ['minutes', 'int']] },
    { key: 'replyOperations', map: [['issueType', 'text'], ['operation', 'text']] },
    { key: 'ramp', fields: [['newcomer.min', 'number'], ['newcomer.max', 'number'], ['experienced.min', 'number'],
      ['experienced.max', 'number'], ['newcomerMonths', 'int'], ['experiencedFromMonth', 'int'], ['fullDay', 'duration']] },
    { key: 'hired', map: [['person', 'text'], ['date', 'date']] },
    // issue 17, scorecard: weights per role ({MANAGER: {...}, OPERATOR: {...}, HEAD: {...}}) and the scoring rules
    { key: 'weights', fields: ['MANAGER', 'OPERATOR', 'HEAD'].reduce(function (all, role) {
      return all.concat(['output', 'receivables', 'timeliness', 'quality', 'upsells', 'rescue'].map(function (c) {
        return [role + '.' + c, 'number'];
      }));
    }, []) },
    { key: 'scoring', fields: [['upsellCeiling', 'number'], ['lostClientDays', 'int'], ['lostClientPenalty', 'number'],
      ['rescueTargetMinutes', 'int']] },
    { key: 'targets', fields: [['collectKopecks', 'money'], ['upsellPoints', 'int']] },
    { key: 'adjacency', table: [['from', 'text'], ['to', 'text'], ['level', 'int'], ['points', 'int']] },
    { key: 'campaigns', table: [['code', 'text'], ['ordered', 'text'], ['offer', 'text'], ['lookbackMonths', 'int']] },
    { key: 'lotoCards', table: [['service', 'text'], ['offers', 'list']] },
    { key: 'ladder', fields: [['manager', 'int'], ['head', 'int'], ['director', 'int']] },
    { key: 'thresholds', root: true, fields: [['largeClientKopecks', 'money'], ['cheapThreshold', 'number']] }
  ];

  function getPath(object, path) {
    return path.split('.').reduce(function (value, name) {
      return value === undefined || value === null ? undefined : value[name];
    }, object);
  }

  function setPath(object, path, value) {
    var names = path.split('.');
    var last = names.pop();
    var target = names.reduce(function (node, name) {
      if (typeof node[name] !== 'object' || node[name] === null) {
        node[name] = {};
      }
      return node[name];
    }, object);
    target[last] = value;
  }

  function shown(type, value) {
    if (value === undefined || value === null) {
      return '';
    }
    if (type === 'money') {
      return String(value / 100);
    }
    if (type === 'list') {
      return (value || []).join(', ');
    }
    return String(value);
  }

  /** What an input holds, as the document wants it; text that is not a number is sent as is, for the 400. */
  function read(type, text) {
    var value = text.trim();
    if (type === 'list') {
      return value === '' ? [] : value.split(',').map(function (part) { return part.trim(); });
    }
    if (type === 'int' || type === 'number' || type === 'money') {
      if (value === '' || isNaN(Number(value))) {
        return value === '' ? null : value;
      }
      return type === 'money' ? Math.round(Number(value) * 100) : Number(value);
    }
    return value;
  }

  function input(type, value, path, label) {
    return el('input', {
      className: 'text backstop-results-input' + (type === 'text' || type === 'list' ? '' : ' short-field'),
      attrs: { type: type === 'date' ? 'date' : 'text', value: shown(type, value), 'data-path': path,
        'data-type': type, 'aria-label': label, inputmode: ['text', 'list', 'date', 'duration'].indexOf(type) >= 0
          ? 'text' : 'decimal' }
    });
  }

  /** Row inputs carry the path of their place: catalog[2].minutes; a map's value is named by its key. */
  function numberRows(body, part) {
    Array.prototype.forEach.call(body.children, function (row, i) {
      var inputs = row.querySelectorAll('input');
      var columns = part.table || part.map;
      columns.forEach(function (column, c) {
        inputs[c].setAttribute('data-path', part.table ? part.key + '[' + i + '].' + column[0]
          : part.key + (c === 0 ? '' : '.' + inputs[0].value.trim()));
      });
    });
  }

  /**
   * The fields of a part as the document has them: weights per role (issue 17: {"MANAGER": {"output": ...}, ...})
   * as "role.component", each labelled "MANAGER: Output"; else the part's own fields.
   */
  function fieldsOf(part, doc, t) {
    var weights = part.key === 'weights' && doc.weights ? doc.weights : {};
    var roles = Object.keys(weights).filter(function (role) {
      return weights[role] !== null && typeof weights[role] === 'object';
    });
    if (!roles.length) {
      return part.fields.map(function (field) {
        return { name: field[0], type: field[1], label: t('backstop.results.' + part.key + '.' + field[0]) };
      });
    }
    var fields = [];
    roles.forEach(function (role) {
      Object.keys(weights[role]).forEach(function (component) {
        var key = 'backstop.results.weights.' + component;
        fields.push({ name: role + '.' + component, type: 'number',
          label: role + ': ' + (t(key) === key ? component : t(key)) });
      });
    });
    return fields;
  }

  function fieldsPart(box, part, doc, t) {
    fieldsOf(part, doc, t).forEach(function (field) {
      var path = part.root ? field.name : part.key + '.' + field.name;
      box.appendChild(el('div', { className: 'field-group' }, [el('label', { text: field.label }),
        input(field.type, field.type === 'duration' ? Backstop.duration(t, getPath(doc, path)) : getPath(doc, path),
          path, field.label)]));
    });
  }

  /** A list's entries as they are, a map's as {key column: key, value column: value} in key order. */
  function entriesOf(part, doc) {
    var columns = part.table || part.map;
    return part.table ? (doc[part.key] || []) : Object.keys(doc[part.key] || {}).sort().map(function (k) {
      var entry = {};
      entry[columns[0][0]] = k;
      entry[columns[1][0]] = doc[part.key][k];
      return entry;
    });
  }

  function tablePart(box, part, doc, t) {
    var columns = part.table || part.map;
    var body = el('tbody', {});
    var addRow = function (entry) {
      var row = el('tr', { attrs: { 'data-row': '' } });
      columns.forEach(function (column) {
        var label = t('backstop.results.' + part.key + '.' + column[0]);
        row.appendChild(el('td', {}, [input(column[1], entry[column[0]], '', label)]));
      });
      row.appendChild(el('td', {}, [el('button', { className: 'aui-button aui-button-link backstop-results-remove',
        text: t('backstop.results.remove'), attrs: { type: 'button' } })]));
      row.lastChild.firstChild.addEventListener('click', function () {
        body.removeChild(row);
        numberRows(body, part);
      });
      body.appendChild(row);
    };
    entriesOf(part, doc).forEach(addRow);
    numberRows(body, part);
    box.appendChild(el('table', { className: 'aui backstop-results-table' }, [
      el('thead', {}, [el('tr', {}, columns.map(function (column) {
        return el('th', { text: t('backstop.results.' + part.key + '.' + column[0]) });
      }).concat([el('th', {})]))]), body]));
    var add = el('button', { className: 'aui-button backstop-results-add', text: t('backstop.results.add'),
      attrs: { type: 'button', 'data-add': part.key } });
    add.addEventListener('click', function () {
      addRow({});
      numberRows(body, part);
    });
    box.appendChild(add);
  }

  Backstop.resultsForm = function (doc, t) {
    var form = el('div', { className: 'backstop-results-parts' });
    RESULTS_PARTS.forEach(function (part) {
      var box = el('fieldset', { className: 'backstop-results-part', attrs: { 'data-section': part.key,
        'data-path': part.root ? '' : part.key } }, [el('legend', { text: t('backstop.results.' + part.key) })]);
      if (part.fields) {
        fieldsPart(box, part, doc, t);
      } else {
        tablePart(box, part, doc, t);
      }
      form.appendChild(box);
    });
    return form;
  };

  function readFields(doc, box) {
    box.querySelectorAll('input').forEach(function (field) {
      var value = read(field.getAttribute('data-type'), field.value);
      if (value !== null) {
        setPath(doc, field.getAttribute('data-path'), value);
      }
    });
  }

  function readTable(doc, box, part) {
    var columns = part.table || part.map;
    var rows = Array.prototype.map.call(box.querySelectorAll('tbody tr'), function (row) {
      var inputs = row.querySelectorAll('input');
      var entry = {};
      columns.forEach(function (column, c) {
        var value = read(column[1], inputs[c].value);
        if (value !== null) {
          entry[column[0]] = value;
        }
      });
      return entry;
    });
    if (part.table) {
      doc[part.key] = rows;
    } else {
      doc[part.key] = {};
      rows.forEach(function (entry) {
        doc[part.key][entry[columns[0][0]] || ''] = entry[columns[1][0]];
      });
    }
  }

  /** The document the form holds: what was loaded, with every part the form shows read back from its inputs. */
  Backstop.readResultsForm = function (form, loaded) {
    var doc = JSON.parse(JSON.stringify(loaded || {}));
    RESULTS_PARTS.forEach(function (part) {
      var box = form.querySelector('[data-section="' + part.key + '"]');
      if (part.fields) {
        readFields(doc, box);
      } else {
        readTable(doc, box, part);
      }
    });
    return doc;
  };
})(window.Backstop);
