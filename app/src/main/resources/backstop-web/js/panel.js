/*
 * One issue's response clock and timeline from GET {rest}/issues/{key}/sla: whether it awaits an answer, since
 * when, when it is due, who holds it, and every step of its history (who held it, why it moved). Below it, for
 * staff, the answer library ({rest}/library/...): put the latest reply in, search, use an answer; the head also
 * edits, merges and retires entries and sees what the library is missing.
 */
(function (Backstop) {
  'use strict';

  var REASONS = ['BREACH', 'ABSENCE', 'RETURN', 'TAKE'];

  function start(root) {
    var t = Backstop.texts(root);
    var el = Backstop.el;
    var fmt = Backstop.formats(root.getAttribute('data-lang'), root.getAttribute('data-zone'));
    var key = root.getAttribute('data-issue');
    var error = root.querySelector('#backstop-panel-error');
    var body = root.querySelector('#backstop-panel-body');

    function set(id, text) {
      root.querySelector(id).textContent = text === undefined || text === null || text === '' ? '\u2014' : text;
    }

    function stateOf(sla) {
      if (!sla.open) {
        return { text: t('backstop.panel.state.resolved'), className: 'aui-lozenge' };
      }
      if (!sla.awaiting) {
        return { text: t('backstop.panel.state.answered'), className: 'aui-lozenge aui-lozenge-success' };
      }
      if (sla.breached) {
        return { text: t('backstop.state.breached'), className: 'aui-lozenge aui-lozenge-removed' };
      }
      return { text: t('backstop.panel.state.awaiting'), className: 'aui-lozenge aui-lozenge-current' };
    }

    function reason(code) {
      return REASONS.indexOf(code) >= 0 ? t('backstop.reason.' + code) : (code || '');
    }

    function what(event) {
      switch (event.kind) {
        case 'CREATED':
          return t('backstop.timeline.CREATED');
        case 'CLIENT_MESSAGE':
          return t('backstop.timeline.CLIENT_MESSAGE');
        case 'STAFF_REPLY':
          return t('backstop.timeline.STAFF_REPLY', event.actor || '');
        case 'RESOLVED':
          return event.actor ? t('backstop.timeline.RESOLVED.by', event.actor) : t('backstop.timeline.RESOLVED');
        case 'REOPENED':
          return t('backstop.timeline.REOPENED');
        case 'BREACH':
          return t('backstop.timeline.BREACH', fmt.dateTime(event.due));
        case 'REASSIGNED':
          return t('backstop.timeline.REASSIGNED', event.from || '', event.to || '', reason(event.reason));
        default:
          return event.kind;
      }
    }

    function extra(event) {
      var parts = [];
      if (event.kind === 'STAFF_REPLY' && typeof event.workingSeconds === 'number') {
        parts.push(t('backstop.timeline.working', fmt.duration(event.workingSeconds * 1000)));
        if (event.onTime === true) {
          parts.push(t('backstop.timeline.onTime'));
        } else if (event.onTime === false) {
          parts.push(t('backstop.timeline.late'));
        }
      }
      if (event.kind === 'REASSIGNED' && event.awaitingSince) {
        parts.push(t('backstop.timeline.decidedFrom', fmt.dateTime(event.awaitingSince), fmt.dateTime(event.due)));
      }
      if (event.detail) {
        parts.push(event.detail); // the tracker's own words when it refused
      }
      return parts.join(' \u00b7 ');
    }

    function item(event) {
      var kindClass = 'backstop-event-' + String(event.kind || '').toLowerCase().replace(/[^a-z_]/g, '');
      return el('li', { className: 'backstop-event ' + kindClass, attrs: { 'data-kind': event.kind } }, [
        el('time', { className: 'backstop-event-at', text: fmt.dateTime(event.at), attrs: { datetime: event.at } }),
        el('span', { className: 'backstop-event-what', text: what(event) }),
        extra(event) ? el('span', { className: 'backstop-event-detail', text: extra(event) }) : null
      ]);
    }

    function show(sla, now) {
      var state = stateOf(sla);
      var lozenge = root.querySelector('#backstop-panel-state');
      lozenge.className = state.className;
      lozenge.textContent = state.text;
      if (sla.awaiting && sla.awaitingSince) {
        set('#backstop-panel-since', fmt.dateTime(sla.awaitingSince) + ' (' + fmt.relative(Date.parse(sla.awaitingSince) - now) + ')');
      } else {
        set('#backstop-panel-since', '');
      }
      if (sla.awaiting && sla.due) {
        var left = Date.parse(sla.due) - now;
        set('#backstop-panel-due', fmt.dateTime(sla.due));
        set('#backstop-panel-left', left < 0 ? t('backstop.queue.overdueBy', fmt.duration(-left))
          : t('backstop.queue.leftIn', fmt.duration(left)));
        root.querySelector('#backstop-panel-left').classList.toggle('backstop-overdue', left < 0);
      } else {
        set('#backstop-panel-due', '');
        set('#backstop-panel-left', '');
      }
      set('#backstop-panel-owner', sla.owner);
      set('#backstop-panel-assignee', sla.assignee);
      set('#backstop-panel-client', sla.client);
      var list = root.querySelector('#backstop-panel-timeline');
      Backstop.clear(list);
      (sla.timeline || []).forEach(function (event) {
        list.appendChild(item(event));
      });
      Backstop.show(body, true);
      return sla.client ? showDigest(root, t, fmt, sla.client) : null;
    }

    startLibrary(root, t, key);
    Backstop.now(root.getAttribute('data-clock')).then(function (now) {
      return Backstop.api(root.getAttribute('data-rest') + '/issues/' + encodeURIComponent(key) + '/sla')
        .then(function (answer) {
          if (answer.ok && answer.body) {
            Backstop.show(error, false);
            return show(answer.body, now);
          } else {
            error.textContent = answer.status === 404 ? t('backstop.panel.none')
              : answer.status === 401 ? t('backstop.error.login') : t('backstop.error.load', answer.status);
            Backstop.show(error, true);
            Backstop.show(body, false);
          }
        });
    }).then(function () {
      root.setAttribute('data-state', 'ready');
    });
  }

  var WARNINGS = ['OPEN_COMPLAINT', 'OVERDUE_DEBT', 'BROKEN_PROMISE'];

  /** The client on one screen before a call: warnings, debt, complaints, open work, last contacts, offers. */
  function showDigest(root, t, fmt, client) {
    var el = Backstop.el;
    var section = root.querySelector('#backstop-digest');
    function list(id, items, empty) {
      var node = root.querySelector(id);
      Backstop.clear(node);
      if (items.length === 0) {
        node.appendChild(el('li', { className: 'backstop-muted', text: empty }));
      }
      items.forEach(function (item) {
        node.appendChild(item);
      });
    }
    return Backstop.api(root.getAttribute('data-rest') + '/clients/' + encodeURIComponent(client) + '/digest')
      .then(function (answer) {
        if (!answer.ok || !answer.body) {
          Backstop.show(section, false);
          return;
        }
        var d = answer.body;
        var warnings = root.querySelector('#backstop-digest-warnings');
        Backstop.clear(warnings);
        (d.warnings || []).filter(function (w) { return WARNINGS.indexOf(w) >= 0; }).forEach(function (w) {
          warnings.appendChild(el('span', { className: 'aui-lozenge aui-lozenge-removed backstop-digest-warning',
            text: t('backstop.digest.warning.' + w) }));
        });
        root.querySelector('#backstop-digest-debt').textContent = d.debt.outstandingKopecks > 0
          ? t('backstop.digest.owes', fmt.money(d.debt.outstandingKopecks), fmt.money(d.debt.overdueKopecks))
          : t('backstop.digest.noDebt');
        root.querySelector('#backstop-digest-complaints').textContent = fmt.number((d.openComplaints || []).length);
        list('#backstop-digest-work', (d.openWork || []).map(function (w) {
          var promise = w.promisedOn ? (w.daysLate > 0 ? t('backstop.digest.late', fmt.date(w.promisedOn), w.daysLate)
            : t('backstop.digest.promised', fmt.date(w.promisedOn))) : t('backstop.digest.noPromise');
          return el('li', { className: w.daysLate > 0 ? 'backstop-overdue' : '' }, [
            el('strong', { text: w.issue }), el('span', { text: ' ' + w.summary + ' \u00b7 ' + promise })]);
        }), t('backstop.digest.none'));
        list('#backstop-digest-contacts', (d.lastContacts || []).map(function (c) {
          return el('li', {}, [el('time', { text: fmt.dateTime(c.at), attrs: { datetime: c.at } }),
            el('span', { text: ' ' + (c.from === 'client' ? t('backstop.digest.fromClient', c.issue || '')
              : t('backstop.digest.fromStaff', c.by, c.issue || '')) })]);
        }), t('backstop.digest.none'));
        list('#backstop-digest-offers', (d.offers || []).map(function (o) {
          return el('li', { text: t('backstop.digest.offer', o.service, t('backstop.digest.offer.' + o.status),
            o.by) });
        }), t('backstop.digest.none'));
        Backstop.show(section, true);
      });
  }

  function startLibrary(root, t, key) {
    var box = root.querySelector('#backstop-library');
    if (!box) {
      return;
    }
    var el = Backstop.el;
    var rest = root.getAttribute('data-rest') + '/library';
    var curator = box.getAttribute('data-curator') === 'true';
    var status = box.querySelector('#backstop-library-status');
    var results = box.querySelector('#backstop-library-results');
    var answerBox = box.querySelector('#backstop-library-answer');
    var query = box.querySelector('#backstop-library-q');

    function say(text, failed) {
      status.textContent = text;
      status.classList.toggle('backstop-error', !!failed);
    }

    function failed(answer) {
      say(t('backstop.library.failed', answer.body && answer.body.error ? answer.body.error
        : t('backstop.error.load', answer.status)), true);
    }

    function tags() {
      return box.querySelector('#backstop-library-tags').value.split(',').map(function (tag) {
        return tag.trim();
      }).filter(function (tag) {
        return tag !== '';
      });
    }

    box.querySelector('#backstop-library-mark-form').addEventListener('submit', function (event) {
      event.preventDefault();
      Backstop.api(rest + '/entries', { method: 'POST', body: { issue: key, tags: tags() } }).then(function (answer) {
        if (answer.ok) {
          say(t('backstop.library.marked', answer.body.id), false);
        } else if (answer.status === 409) {
          say(t('backstop.library.already'), true);
        } else if (answer.status === 400 && answer.body && answer.body.field === 'issue') {
          say(t('backstop.library.noReply'), true);
        } else {
          failed(answer);
        }
      });
    });

    function use(entry) {
      Backstop.api(rest + '/entries/' + entry.id + '/use', { method: 'POST' }).then(function (answer) {
        if (!answer.ok) {
          failed(answer);
          return;
        }
        answerBox.value = answer.body.answer;
        answerBox.select();
        var comment = document.querySelector('textarea#comment'); // Jira's comment field, when it is open
        if (comment) {
          comment.value = comment.value ? comment.value + '\n\n' + answer.body.answer : answer.body.answer;
        }
        if (navigator.clipboard && navigator.clipboard.writeText) {
          navigator.clipboard.writeText(answer.body.answer).catch(function () { /* the box still has it */ });
        }
        say(t('backstop.library.used'), false);
        search();
      });
    }

    function change(url, body) {
      Backstop.api(url, { method: body === undefined ? 'POST' : (body.method || 'POST'), body: body && body.json })
        .then(function (answer) {
          if (answer.ok) {
            say('', false);
            search();
          } else {
            failed(answer);
          }
        });
    }

    function curatorTools(entry) {
      var editor = el('textarea', { className: 'textarea backstop-library-edit backstop-hidden',
        attrs: { rows: 4, 'aria-label': t('backstop.library.edit') } });
      editor.value = entry.answer;
      var save = el('button', { className: 'aui-button backstop-hidden backstop-library-save', text: t('backstop.library.save'),
        attrs: { type: 'button' } });
      var edit = el('button', { className: 'aui-button aui-button-link backstop-library-edit-open', text: t('backstop.library.edit'),
        attrs: { type: 'button' } });
      edit.addEventListener('click', function () {
        Backstop.show(editor, true);
        Backstop.show(save, true);
      });
      save.addEventListener('click', function () {
        change(rest + '/entries/' + entry.id, { method: 'PUT', json: { answer: editor.value } });
      });
      var retire = el('button', { className: 'aui-button aui-button-link backstop-library-retire', text: t('backstop.library.retire'),
        attrs: { type: 'button' } });
      retire.addEventListener('click', function () {
        change(rest + '/entries/' + entry.id + '/retire');
      });
      var into = el('input', { className: 'text short-field backstop-library-into',
        attrs: { type: 'number', min: 1, 'aria-label': t('backstop.library.mergeInto') } });
      var merge = el('button', { className: 'aui-button aui-button-link backstop-library-merge', text: t('backstop.library.merge'),
        attrs: { type: 'button' } });
      merge.addEventListener('click', function () {
        change(rest + '/entries/' + entry.id + '/merge', { json: { into: Number(into.value) } });
      });
      return el('div', { className: 'backstop-library-tools' }, [edit, retire,
        el('label', { text: t('backstop.library.mergeInto') }, [into]), merge, editor, save]);
    }

    function item(entry) {
      var useButton = el('button', { className: 'aui-button backstop-library-use', text: t('backstop.library.use'),
        attrs: { type: 'button' } });
      useButton.addEventListener('click', function () {
        use(entry);
      });
      return el('li', { className: 'backstop-library-entry', attrs: { 'data-entry': entry.id } }, [
        el('p', { className: 'backstop-library-no', text: '#' + entry.id + ' \u00b7 '
          + t('backstop.library.reuses', entry.reuses) + (entry.tags && entry.tags.length ? ' \u00b7 ' + entry.tags.join(', ') : '') }),
        el('p', { className: 'backstop-library-question', text: entry.questionHidden ? t('backstop.library.questionHidden')
          : t('backstop.library.question', entry.question) }),
        el('p', { className: 'backstop-library-text', text: entry.answer }),
        useButton,
        curator ? curatorTools(entry) : null
      ]);
    }

    function search() {
      Backstop.api(rest + '/entries?limit=10&q=' + encodeURIComponent(query.value)).then(function (answer) {
        Backstop.clear(results);
        if (!answer.ok) {
          failed(answer);
          return;
        }
        if (answer.body.entries.length === 0) {
          results.appendChild(el('li', { className: 'backstop-note', text: t('backstop.library.none') }));
        }
        answer.body.entries.forEach(function (entry) {
          results.appendChild(item(entry));
        });
        box.setAttribute('data-searched', String(Date.now()));
      });
    }

    box.querySelector('#backstop-library-search').addEventListener('submit', function (event) {
      event.preventDefault();
      search();
    });

    var missingButton = box.querySelector('#backstop-library-missing-show');
    if (missingButton) {
      missingButton.addEventListener('click', function () {
        var list = box.querySelector('#backstop-library-missing');
        Backstop.api(rest + '/missing').then(function (answer) {
          Backstop.clear(list);
          if (!answer.ok) {
            failed(answer);
            return;
          }
          if (answer.body.missing.length === 0) {
            list.appendChild(el('li', { className: 'backstop-note', text: t('backstop.library.missing.none') }));
          }
          answer.body.missing.forEach(function (m) {
            var example = m.examples.length ? m.examples[0] : null;
            list.appendChild(el('li', { className: 'backstop-library-missing-item' }, [
              el('p', { text: t('backstop.library.missing.item', m.words.join(' + '), m.times) }),
              example ? el('p', { className: 'backstop-note', text: example.issue + ': ' + example.question }) : null
            ]));
          });
        });
      });
    }
  }

  // Jira replaces the issue view without a page load (issue navigator, detail view): start every panel that
  // appears, once.
  function startPanels() {
    var root = document.getElementById('backstop-panel');
    if (root && !root.hasAttribute('data-started')) {
      root.setAttribute('data-started', 'true');
      start(root);
    }
  }

  Backstop.ready(function () {
    startPanels();
    if (window.MutationObserver) {
      new MutationObserver(startPanels).observe(document.body, { childList: true, subtree: true });
    }
  });
})(window.Backstop);
