/*
 * Panel part, for staff: the answer library ({rest}/library/...). Put the issue's latest reply in, search, use an
 * answer (into the reply box, else the library's own box; also Jira's comment field when open, and the clipboard);
 * the head (data-curator) also edits, merges and retires entries and sees what the library is missing.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function say(lib, text, failed) {
    lib.status.textContent = text;
    lib.status.classList.toggle('backstop-error', !!failed);
  }

  function failed(lib, answer) {
    say(lib, lib.t('backstop.library.failed', Backstop.problem(answer, lib.t)), true);
  }

  function tags(lib) {
    return lib.box.querySelector('#backstop-library-tags').value.split(',').map(function (tag) {
      return tag.trim();
    }).filter(function (tag) {
      return tag !== '';
    });
  }

  function mark(lib) {
    Backstop.api(lib.rest + '/entries', { method: 'POST', body: { issue: lib.key, tags: tags(lib) } }).then(function (answer) {
      if (answer.ok) {
        say(lib, lib.t('backstop.library.marked', answer.body.id), false);
      } else if (answer.status === 409) {
        say(lib, lib.t('backstop.library.already'), true);
      } else if (answer.status === 400 && answer.body && answer.body.field === 'issue') {
        say(lib, lib.t('backstop.library.noReply'), true);
      } else {
        failed(lib, answer);
      }
    });
  }

  function use(lib, entry) {
    Backstop.api(lib.rest + '/entries/' + entry.id + '/use', { method: 'POST' }).then(function (answer) {
      if (!answer.ok) {
        failed(lib, answer);
        return;
      }
      // into the reply box, where there is one (it takes the event); else into the library's own box
      var inserted = !lib.root.dispatchEvent(new CustomEvent('backstop-insert', { cancelable: true,
        detail: { text: answer.body.answer } }));
      if (!inserted && lib.answerBox) {
        lib.answerBox.value = answer.body.answer;
        lib.answerBox.select();
      }
      var comment = document.querySelector('textarea#comment'); // Jira's comment field, when it is open
      if (comment) {
        comment.value = comment.value ? comment.value + '\n\n' + answer.body.answer : answer.body.answer;
      }
      if (navigator.clipboard && navigator.clipboard.writeText) {
        navigator.clipboard.writeText(answer.body.answer).catch(function () { /* the box still has it */ });
      }
      say(lib, lib.t(inserted ? 'backstop.library.inReply' : 'backstop.library.used'), false);
      search(lib);
    });
  }

  /** A curator's change to an entry (POST, or body.method), then the list again. */
  function change(lib, url, body) {
    Backstop.api(url, { method: body === undefined ? 'POST' : (body.method || 'POST'), body: body && body.json })
      .then(function (answer) {
        if (answer.ok) {
          say(lib, '', false);
          search(lib);
        } else {
          failed(lib, answer);
        }
      });
  }

  function button(className, text, onClick) {
    var node = el('button', { className: 'aui-button ' + className, text: text, attrs: { type: 'button' } });
    node.addEventListener('click', onClick);
    return node;
  }

  function curatorTools(lib, entry) {
    var t = lib.t;
    var url = lib.rest + '/entries/' + entry.id;
    var editor = el('textarea', { className: 'textarea backstop-library-edit backstop-hidden',
      attrs: { rows: 4, 'aria-label': t('backstop.library.edit') } });
    editor.value = entry.answer;
    var save = button('backstop-hidden backstop-library-save', t('backstop.library.save'), function () {
      change(lib, url, { method: 'PUT', json: { answer: editor.value } });
    });
    var edit = button('aui-button-link backstop-library-edit-open', t('backstop.library.edit'), function () {
      Backstop.show(editor, true);
      Backstop.show(save, true);
    });
    var retire = button('aui-button-link backstop-library-retire', t('backstop.library.retire'), function () {
      change(lib, url + '/retire');
    });
    var into = el('input', { className: 'text short-field backstop-library-into',
      attrs: { type: 'number', min: 1, 'aria-label': t('backstop.library.mergeInto') } });
    var merge = button('aui-button-link backstop-library-merge', t('backstop.library.merge'), function () {
      change(lib, url + '/merge', { json: { into: Number(into.value) } });
    });
    return el('div', { className: 'backstop-library-tools' }, [edit, retire,
      el('label', { text: t('backstop.library.mergeInto') }, [into]), merge, editor, save]);
  }

  function item(lib, entry) {
    var t = lib.t;
    return el('tr', { className: 'backstop-library-entry', attrs: { 'data-entry': entry.id } }, [el('td', {}, [
      el('p', { className: 'backstop-library-no', text: '#' + entry.id + ' \u00b7 '
        + t('backstop.library.reuses', entry.reuses) + (entry.tags && entry.tags.length ? ' \u00b7 ' + entry.tags.join(', ') : '') }),
      el('p', { className: 'backstop-library-question', text: entry.questionHidden ? t('backstop.library.questionHidden')
        : t('backstop.library.question', entry.question) }),
      el('p', { className: 'backstop-library-text', text: entry.answer }),
      button('backstop-library-use', t('backstop.library.use'), function () {
        use(lib, entry);
      }),
      lib.curator ? curatorTools(lib, entry) : null
    ]), el('td', { className: 'backstop-library-reuses', text: String(entry.reuses) }),
    el('td', { className: 'backstop-library-created', text: lib.fmt.dateTime(entry.createdAt) })]);
  }

  /** The matches as a list (list-table.js, issue 18): by relevance as the server ranks them until a column is sorted. */
  function list(lib) {
    var table = lib.box.querySelector('#backstop-library-table');
    return Backstop.listTable(table, { t: lib.t, lang: lib.lang, name: 'backstop-library', pageSize: 10,
      row: function (entry) { return item(lib, entry); },
      columns: [{ type: 'text', value: function (e) { return e.answer; } },
        { type: 'number', value: function (e) { return e.reuses; } },
        { type: 'date', value: function (e) { return e.createdAt; } }] });
  }

  /** The first ten matches; "every match" asks for up to ALL of them. A search again after a use keeps how many. */
  var FIRST = 10;
  var ALL = 200; // the most GET library/entries gives

  function search(lib, limit) {
    var asked = limit || lib.limit || FIRST;
    lib.limit = asked;
    Backstop.api(lib.rest + '/entries?limit=' + asked + '&q=' + encodeURIComponent(lib.query.value)).then(function (answer) {
      if (!answer.ok) {
        failed(lib, answer);
        return;
      }
      var entries = answer.body.entries;
      lib.results.set(entries);
      Backstop.show(lib.box.querySelector('#backstop-library-table'), entries.length > 0);
      Backstop.show(lib.box.querySelector('#backstop-library-none'), entries.length === 0);
      Backstop.show(lib.all, entries.length >= asked && asked < ALL);
      lib.box.setAttribute('data-searched', String(Date.now()));
    });
  }

  /** The head's list of questions the library had no answer for, most asked first. */
  function missing(lib) {
    var list = lib.box.querySelector('#backstop-library-missing');
    Backstop.api(lib.rest + '/missing').then(function (answer) {
      Backstop.clear(list);
      if (!answer.ok) {
        failed(lib, answer);
        return;
      }
      if (answer.body.missing.length === 0) {
        list.appendChild(el('li', { className: 'backstop-note', text: lib.t('backstop.library.missing.none') }));
      }
      answer.body.missing.forEach(function (m) {
        var example = m.examples.length ? m.examples[0] : null;
        list.appendChild(el('li', { className: 'backstop-library-missing-item' }, [
          el('p', { text: lib.t('backstop.library.missing.item', m.words.join(' + '), m.times) }),
          example ? el('p', { className: 'backstop-note', text: example.issue + ': ' + example.question }) : null
        ]));
      });
    });
  }

  function on(node, type, handler) {
    node.addEventListener(type, function (event) {
      event.preventDefault();
      handler();
    });
  }

  Backstop.part('panel', {
    start: function (ctx) {
      var box = ctx.root.querySelector('#backstop-library');
      if (!box) {
        return;
      }
      var lang = ctx.root.getAttribute('data-lang');
      var lib = { box: box, root: ctx.root, t: ctx.t, key: ctx.key, rest: ctx.rest + '/library', lang: lang,
        curator: box.getAttribute('data-curator') === 'true', status: box.querySelector('#backstop-library-status'),
        answerBox: box.querySelector('#backstop-library-answer'), all: box.querySelector('#backstop-library-all'),
        query: box.querySelector('#backstop-library-q'),
        fmt: Backstop.formats(lang, ctx.root.getAttribute('data-zone') || undefined) };
      lib.results = list(lib);
      on(box.querySelector('#backstop-library-mark-form'), 'submit', function () { mark(lib); });
      on(box.querySelector('#backstop-library-search'), 'submit', function () { search(lib, FIRST); });
      lib.all.addEventListener('click', function () { search(lib, ALL); });
      var missingButton = box.querySelector('#backstop-library-missing-show');
      if (missingButton) {
        missingButton.addEventListener('click', function () { missing(lib); });
      }
    }
  });
})(window.Backstop);
