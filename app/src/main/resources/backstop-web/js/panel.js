/*
 * One issue's response clock and timeline from GET {rest}/issues/{key}/sla: whether it awaits an answer, since
 * when, when it is due, who holds it, and every step of its history (who held it, why it moved).
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
