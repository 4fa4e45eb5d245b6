/*
 * The department's settings: the core of the screen. One form over GET/PUT {rest}/settings, filled and read by the
 * parts that register with Backstop.part('settings', part) (settings-*.js, loaded before this file): calendar,
 * policy, people, absences, results and the host's setup. A 400 names the JSON path of the first bad field; the
 * message is shown next to the input whose data-field is that path or its nearest parent. Export downloads the saved
 * document; import loads a document into the form to be checked and saved.
 *
 * A part: { start(ctx), fill(doc, ctx), check(ctx), collect(doc, ctx), load(ctx) -> promise }, each optional: start
 * wires its controls, fill and collect move its share of the settings document in and out of the form, check names
 * what only the browser knows is wrong ({field, message}: nothing is sent then), and load reads what it keeps
 * behind its own endpoint once the document is shown.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  /** A comma, semicolon or line separated list, trimmed, without empty entries. */
  function list(text) {
    return String(text || '').split(/[,\n;]/).map(function (part) {
      return part.trim();
    }).filter(function (part) {
      return part.length > 0;
    });
  }

  function input(field, value, className, label) {
    return el('input', {
      className: 'text ' + (className || ''),
      attrs: { type: 'text', 'data-field': field, value: value || '', autocomplete: 'off', 'aria-label': label }
    });
  }

  /** Row inputs name their index (goals[2].queueAfter); after a removal the names follow the new order. */
  function renumber(tbody, name) {
    Array.prototype.forEach.call(tbody.children, function (tr, index) {
      Array.prototype.forEach.call(tr.querySelectorAll('[data-field]'), function (node) {
        node.setAttribute('data-field', node.getAttribute('data-field').replace(/^\w+\[\d+\]/, name + '[' + index + ']'));
      });
      tr.setAttribute('data-field', name + '[' + index + ']');
    });
  }

  /**
   * A list in the document shown as table rows (goals, people): add(cells) appends a row whose cells are built for
   * its path prefix (people[2]), with a remove button.
   */
  function rowTable(t, tbody, name) {
    return {
      clear: function () {
        Backstop.clear(tbody);
      },
      add: function (cells) {
        var prefix = name + '[' + tbody.children.length + ']';
        var tr = el('tr', { attrs: { 'data-field': prefix } }, cells(prefix).map(function (cell) {
          return el('td', {}, [cell]);
        }));
        var remove = el('button', { className: 'aui-button aui-button-subtle backstop-remove',
          text: t('backstop.settings.remove'), attrs: { type: 'button' } });
        remove.addEventListener('click', function () {
          tbody.removeChild(tr);
          renumber(tbody, name);
        });
        tr.appendChild(el('td', {}, [remove]));
        tbody.appendChild(tr);
      },
      rows: function () {
        return Array.prototype.slice.call(tbody.children);
      }
    };
  }

  function clearErrors(screen) {
    Array.prototype.forEach.call(screen.root.querySelectorAll('.backstop-field-error'), function (node) {
      node.parentNode.removeChild(node);
    });
    Array.prototype.forEach.call(screen.root.querySelectorAll('[aria-invalid]'), function (node) {
      node.removeAttribute('aria-invalid');
      node.classList.remove('backstop-invalid');
    });
    Backstop.show(screen.error, false);
    Backstop.show(screen.saved, false);
  }

  /** The input a JSON path names: itself, or the nearest parent path that has one (people[2].deputies[0] -> people[2].deputies). */
  function target(root, path) {
    var candidate = path || '';
    while (candidate) {
      var found = null;
      Array.prototype.forEach.call(root.querySelectorAll('[data-field]'), function (node) {
        if (!found && node.getAttribute('data-field') === candidate) {
          found = node;
        }
      });
      if (found) {
        return found;
      }
      var cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
      candidate = cut > 0 ? candidate.slice(0, cut) : '';
    }
    return null;
  }

  /** The message next to what the path names: after an input, in a row's last cell, or under a section's title. */
  function placeNote(node, note) {
    if (node.tagName === 'INPUT' || node.tagName === 'SELECT' || node.tagName === 'TEXTAREA') {
      node.setAttribute('aria-invalid', 'true');
      node.classList.add('backstop-invalid');
      node.parentNode.insertBefore(note, node.nextSibling);
      node.focus();
    } else if (node.tagName === 'TR') {
      node.classList.add('backstop-invalid');
      node.lastChild.appendChild(note);
    } else {
      var title = node.querySelector('.backstop-section-title');
      node.insertBefore(note, title && title.parentNode === node ? title.nextSibling : node.firstChild);
    }
  }

  function fieldError(screen, path, message, label) {
    var node = target(screen.root, path);
    screen.error.textContent = screen.t('backstop.settings.invalid', label || path || '', message || '');
    Backstop.show(screen.error, true);
    if (!node) {
      return;
    }
    var note = el('div', { className: 'error backstop-field-error', text: message || '', attrs: { role: 'alert', 'data-for': path } });
    (node.closest('details.backstop-part') || {}).open = true; // a folded part unfolds to show what is wrong
    placeNote(node, note);
    note.scrollIntoView({ block: 'center' });
  }

  function refused(screen, answer) {
    var t = screen.t;
    screen.error.textContent = answer.status === 401 ? t('backstop.error.login')
      : answer.status === 403 ? t('backstop.error.forbidden.settings')
        : t('backstop.error.load', answer.status);
    Backstop.show(screen.error, true);
  }

  function say(screen, text) {
    screen.saved.textContent = text;
    Backstop.show(screen.saved, true);
  }

  function fill(screen, doc) {
    screen.parts.forEach(function (part) {
      if (part.fill) {
        part.fill(doc, screen.ctx);
      }
    });
    Backstop.show(screen.form, true);
  }

  function collect(screen) {
    var doc = {};
    screen.parts.forEach(function (part) {
      if (part.collect) {
        part.collect(doc, screen.ctx);
      }
    });
    return doc;
  }

  /** The first part's check that fails, or null. */
  function problem(screen) {
    return screen.parts.reduce(function (found, part) {
      return found || (part.check ? part.check(screen.ctx) : null);
    }, null);
  }

  function load(screen) {
    clearErrors(screen);
    return Backstop.api(screen.rest + '/settings').then(function (answer) {
      if (answer.ok && answer.body) {
        fill(screen, answer.body);
      } else {
        refused(screen, answer);
      }
      screen.root.setAttribute('data-state', 'ready');
    });
  }

  function save(screen) {
    clearErrors(screen);
    var bad = problem(screen);
    if (bad) {
      fieldError(screen, bad.field, bad.message);
      screen.root.setAttribute('data-state', 'refused');
      return;
    }
    screen.root.setAttribute('data-state', 'saving');
    Backstop.api(screen.rest + '/settings', { method: 'PUT', body: collect(screen) }).then(function (answer) {
      if (answer.ok && answer.body) {
        fill(screen, answer.body);
        say(screen, screen.t('backstop.settings.saved'));
        screen.saved.scrollIntoView({ block: 'center' });
      } else if (answer.status === 400 && answer.body) {
        fieldError(screen, answer.body.field, answer.body.error, answer.body.label);
      } else {
        refused(screen, answer);
      }
      screen.root.setAttribute('data-state', answer.ok ? 'saved' : 'refused');
    });
  }

  /** The saved document as a file download. */
  function exportDocument(screen) {
    Backstop.api(screen.rest + '/settings').then(function (answer) {
      if (!answer.ok || !answer.body) {
        refused(screen, answer);
        return;
      }
      var blob = new Blob([JSON.stringify(answer.body, null, 2) + '\n'], { type: 'application/json' });
      var url = URL.createObjectURL(blob);
      var link = el('a', { attrs: { href: url, download: 'backstop-settings.json' } });
      document.body.appendChild(link);
      link.click();
      document.body.removeChild(link);
      window.setTimeout(function () {
        URL.revokeObjectURL(url);
      }, 1000);
    });
  }

  /** A document file into the form, to be checked and saved; nothing is stored yet. */
  function importDocument(screen, event) {
    var file = event.target.files && event.target.files[0];
    if (!file) {
      return;
    }
    Backstop.readFile(file, function (text) {
      clearErrors(screen);
      var doc;
      try {
        doc = JSON.parse(text);
      } catch (e) {
        doc = null;
      }
      if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
        screen.error.textContent = screen.t('backstop.settings.import.bad');
        Backstop.show(screen.error, true);
      } else {
        fill(screen, doc);
        say(screen, screen.t('backstop.settings.import.loaded'));
      }
      event.target.value = '';
      screen.root.setAttribute('data-state', 'imported');
    });
  }

  /** What every part is given: the screen's texts, REST root and elements, and the form's helpers. */
  function context(root, t) {
    var zone = root.getAttribute('data-zone') || undefined;
    var lang = root.getAttribute('data-lang') || undefined;
    return {
      root: root, t: t, rest: root.getAttribute('data-rest'), zone: zone, lang: lang,
      formats: Backstop.formats(lang, zone),
      $: function (css) { return root.querySelector(css); },
      list: list, input: input,
      rowTable: function (tbody, name) { return rowTable(t, tbody, name); }
    };
  }

  function start(root) {
    var t = Backstop.texts(root);
    var screen = { root: root, t: t, rest: root.getAttribute('data-rest'), ctx: context(root, t),
      parts: Backstop.parts('settings'), form: root.querySelector('#backstop-settings-form'),
      error: root.querySelector('#backstop-settings-error'), saved: root.querySelector('#backstop-settings-saved') };
    screen.parts.forEach(function (part) {
      if (part.start) {
        part.start(screen.ctx);
      }
    });
    screen.form.addEventListener('submit', function (event) {
      event.preventDefault();
      save(screen);
    });
    screen.ctx.$('#backstop-settings-reload').addEventListener('click', function () { load(screen); });
    screen.ctx.$('#backstop-settings-export').addEventListener('click', function () { exportDocument(screen); });
    screen.ctx.$('#backstop-settings-import').addEventListener('change', function (event) {
      importDocument(screen, event);
    });
    load(screen).then(function () {
      return Promise.all(screen.parts.filter(function (part) { return part.load; }).map(function (part) {
        return part.load(screen.ctx);
      }));
    });
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-settings');
    if (root) {
      start(root);
    }
  });
})(window.Backstop);
