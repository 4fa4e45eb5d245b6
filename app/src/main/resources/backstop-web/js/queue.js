/*
 * The operator's queue: GET {rest}/queue (sorted by the API as rule 9 sorts it: by due), filtered here by owner
 * and client, reloaded every data-refresh-seconds without moving the page.
 */
(function (Backstop) {
  'use strict';

  var SOON = 60 * 60 * 1000; // due within an hour: "due soon"

  function start(root) {
    var t = Backstop.texts(root);
    var el = Backstop.el;
    var fmt = Backstop.formats(root.getAttribute('data-lang'), root.getAttribute('data-zone'));
    var rest = root.getAttribute('data-rest');
    var clockUrl = root.getAttribute('data-clock');
    var issuePage = root.getAttribute('data-issue-page');
    var refreshSeconds = Number(root.getAttribute('data-refresh-seconds')) || 30;
    var rows = root.querySelector('#backstop-queue-rows');
    var owner = root.querySelector('#backstop-queue-owner');
    var client = root.querySelector('#backstop-queue-client');
    var empty = root.querySelector('#backstop-queue-empty');
    var error = root.querySelector('#backstop-queue-error');
    var updated = root.querySelector('#backstop-queue-updated');
    var flash = root.querySelector('#backstop-queue-flash');
    var user = root.getAttribute('data-user');
    var canTake = root.getAttribute('data-can-take') === 'true';
    var last = { entries: [], now: Date.now() };
    var loading = false;

    function issueLink(key) {
      if (!issuePage) {
        return el('span', { text: key });
      }
      return el('a', { text: key, attrs: { href: issuePage + encodeURIComponent(key) } });
    }

    function when(iso, now) {
      var at = Date.parse(iso);
      if (isNaN(at)) {
        return el('span', { text: '' });
      }
      return el('span', { className: 'backstop-when' }, [
        el('span', { text: fmt.dateTime(iso) }),
        el('span', { className: 'backstop-relative', text: fmt.relative(at - now) })
      ]);
    }

    function state(entry, now) {
      var left = Date.parse(entry.due) - now;
      if (entry.breached) {
        return el('span', { className: 'aui-lozenge aui-lozenge-removed backstop-breached', text: t('backstop.state.breached') });
      }
      if (left < 0) {
        return el('span', { className: 'aui-lozenge aui-lozenge-removed aui-lozenge-subtle', text: t('backstop.state.overdue') });
      }
      if (left < SOON) {
        return el('span', { className: 'aui-lozenge aui-lozenge-moved', text: t('backstop.state.soon') });
      }
      return el('span', { className: 'aui-lozenge aui-lozenge-success', text: t('backstop.state.ontime') });
    }

    function timeLeft(entry, now) {
      // Working time when the server gives it (nights and weekends do not count against the client), else wall time.
      var left = typeof entry.leftSeconds === 'number' ? entry.leftSeconds * 1000 : Date.parse(entry.due) - now;
      if (isNaN(left)) {
        return el('span', { text: '' });
      }
      return left < 0
        ? el('span', { className: 'backstop-overdue', text: t('backstop.queue.overdueBy', fmt.duration(-left)) })
        : el('span', { text: t('backstop.queue.leftIn', fmt.duration(left)) });
    }

    function say(text, kind) {
      flash.className = 'aui-message aui-message-' + kind;
      flash.textContent = text;
      Backstop.show(flash, true);
    }

    /**
     * Takes the issue from whoever holds it on this screen; if someone took it meanwhile the API answers 409 and
     * the list is reloaded to show who has it.
     */
    function take(entry, button) {
      button.disabled = true;
      Backstop.api(rest + '/issues/' + encodeURIComponent(entry.issue) + '/take',
        { method: 'POST', body: { expectedAssignee: entry.assignee } }).then(function (answer) {
        if (answer.ok) {
          say(t('backstop.queue.taken', entry.issue), 'success');
        } else if (answer.status === 409) {
          say(t('backstop.queue.takenBySomeone', entry.issue), 'warning');
        } else {
          say(t('backstop.error.load', answer.status), 'error');
        }
        return load();
      });
    }

    function action(entry) {
      if (entry.assignee === user) {
        return el('span', { className: 'aui-lozenge aui-lozenge-subtle', text: t('backstop.queue.yours') });
      }
      if (!canTake) {
        return null;
      }
      var button = el('button', { className: 'aui-button backstop-take', text: t('backstop.queue.take'),
        attrs: { type: 'button', 'aria-label': t('backstop.queue.take.label', entry.issue) } });
      button.addEventListener('click', function () {
        take(entry, button);
      });
      return button;
    }

    function waited(entry) {
      return typeof entry.waitedSeconds === 'number'
        ? el('div', { className: 'backstop-waited', text: t('backstop.queue.waited', fmt.duration(entry.waitedSeconds * 1000)) })
        : document.createTextNode('');
    }

    function row(entry, now) {
      var tr = el('tr', { attrs: { 'data-issue': entry.issue } }, [
        el('td', { className: 'backstop-key' }, [issueLink(entry.issue)]),
        el('td', { className: 'backstop-client', text: entry.client || '' }),
        el('td', { className: 'backstop-owner', text: entry.owner || '' }),
        el('td', { className: 'backstop-assignee', text: entry.assignee || '' }),
        el('td', {}, [when(entry.awaitingSince, now), waited(entry)]),
        el('td', {}, [when(entry.due, now)]),
        el('td', { className: 'backstop-left' }, [timeLeft(entry, now)]),
        el('td', { className: 'backstop-state' }, entry.complaint
          ? [el('span', { className: 'aui-lozenge aui-lozenge-removed backstop-complaint', text: t('backstop.queue.complaint') }),
            document.createTextNode(' '), state(entry, now)]
          : [state(entry, now)]),
        el('td', { className: 'backstop-action' }, [action(entry)])
      ]);
      if (entry.complaint) {
        tr.classList.add('backstop-row-complaint');
      }
      if (entry.breached) {
        tr.classList.add('backstop-row-breached');
      }
      return tr;
    }

    function owners(entries) {
      var chosen = owner.value;
      var names = [];
      entries.forEach(function (entry) {
        if (entry.owner && names.indexOf(entry.owner) < 0) {
          names.push(entry.owner);
        }
      });
      if (chosen && names.indexOf(chosen) < 0) {
        names.push(chosen);
      }
      names.sort();
      while (owner.options.length > 1) {
        owner.remove(1);
      }
      names.forEach(function (name) {
        owner.appendChild(el('option', { text: name, attrs: { value: name } }));
      });
      owner.value = chosen;
    }

    function render() {
      var scroll = window.scrollY;
      var wantedOwner = owner.value;
      var wantedClient = client.value.trim().toLocaleLowerCase();
      var shown = last.entries.filter(function (entry) {
        return (!wantedOwner || entry.owner === wantedOwner)
          && (!wantedClient || (entry.client || '').toLocaleLowerCase().indexOf(wantedClient) >= 0);
      });
      // Complaints first, in their own lane, each lane in the server's order (soonest due first).
      var lanes = shown.filter(function (entry) { return entry.complaint; })
        .concat(shown.filter(function (entry) { return !entry.complaint; }));
      var body = document.createDocumentFragment();
      lanes.forEach(function (entry) {
        body.appendChild(row(entry, last.now));
      });
      Backstop.clear(rows);
      rows.appendChild(body);
      Backstop.show(empty, shown.length === 0);
      empty.textContent = last.entries.length === 0 ? t('backstop.queue.empty') : t('backstop.queue.emptyFiltered');
      root.setAttribute('data-shown', String(shown.length));
      window.scrollTo(window.scrollX, scroll);
    }

    function load() {
      if (loading) {
        return Promise.resolve();
      }
      loading = true;
      root.setAttribute('data-state', 'loading');
      return Backstop.now(clockUrl).then(function (now) {
        return Backstop.api(rest + '/queue').then(function (answer) {
          if (!answer.ok || !Array.isArray(answer.body)) {
            error.textContent = answer.status === 401 ? t('backstop.error.login')
              : answer.status === 403 ? t('backstop.error.forbidden.queue')
                : t('backstop.error.load', answer.status);
            Backstop.show(error, true);
            return;
          }
          Backstop.show(error, false);
          last = { entries: answer.body, now: now };
          owners(answer.body);
          render();
          updated.textContent = t('backstop.queue.updated', fmt.dateTime(new Date(now).toISOString()),
            fmt.number(answer.body.length));
        });
      }).then(function () {
        loading = false;
        root.setAttribute('data-state', 'ready');
        root.setAttribute('data-loads', String(Number(root.getAttribute('data-loads') || '0') + 1));
      });
    }

    owner.addEventListener('change', render);
    client.addEventListener('input', render);
    root.querySelector('#backstop-queue-filters').addEventListener('submit', function (event) {
      event.preventDefault();
    });
    root.querySelector('#backstop-queue-refresh').addEventListener('click', load);
    load();
    window.setInterval(load, refreshSeconds * 1000);
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-queue');
    if (root) {
      start(root);
    }
  });
})(window.Backstop);
