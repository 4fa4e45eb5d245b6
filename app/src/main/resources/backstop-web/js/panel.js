/*
 * One issue's response clock and timeline from GET {rest}/issues/{key}/sla: whether it awaits an answer, since
 * when, when it is due, who holds it, and every step of its history (who held it, why it moved). The core of the
 * panel: its parts register with Backstop.part('panel', part) in files loaded before this one (panel-digest.js:
 * the client's digest; panel-library.js: the answer library; panel-reply.js: the reply box; panel-actions.js: the
 * issue's actions, whose forms are parts of their own). A part: { start(ctx), issue(sla, ctx) -> promise },
 * both optional; issue is called once the clock is shown.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var REASONS = ['BREACH', 'ABSENCE', 'RETURN', 'TAKE'];
  var PROMISES = ['OPEN', 'KEPT', 'MOVED', 'BROKEN'];

  function stateOf(t, sla) {
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

  function what(ctx, event) {
    var t = ctx.t;
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
        return event.from ? t('backstop.timeline.BREACH.heldBy', ctx.fmt.dateTime(event.due), event.from)
          : t('backstop.timeline.BREACH', ctx.fmt.dateTime(event.due));
      case 'REMINDER':
        return t('backstop.timeline.REMINDER', event.to || '', ctx.fmt.dateTime(event.due));
      case 'PROMISE':
        return t('backstop.timeline.PROMISE.' + (PROMISES.indexOf(event.reason) >= 0 ? event.reason : 'OPEN'),
          event.actor || '', ctx.fmt.dateTime(event.due));
      case 'REASSIGNED':
        return t('backstop.timeline.REASSIGNED', event.from || '', event.to || '',
          REASONS.indexOf(event.reason) >= 0 ? t('backstop.reason.' + event.reason) : (event.reason || ''));
      default:
        return event.kind;
    }
  }

  function extra(ctx, event) {
    var t = ctx.t;
    var parts = [];
    if (event.kind === 'STAFF_REPLY' && typeof event.workingSeconds === 'number') {
      parts.push(t('backstop.timeline.working', ctx.fmt.duration(event.workingSeconds * 1000)));
      if (event.onTime === true) {
        parts.push(t('backstop.timeline.onTime'));
      } else if (event.onTime === false) {
        parts.push(t('backstop.timeline.late'));
      }
    }
    if (event.kind === 'REASSIGNED' && event.awaitingSince) {
      parts.push(t('backstop.timeline.decidedFrom', ctx.fmt.dateTime(event.awaitingSince), ctx.fmt.dateTime(event.due)));
    }
    if (event.holding) {
      parts.push(decided(t, event.holding)); // how a reply was decided
    } else if (event.detail) {
      parts.push(event.detail); // the tracker's own words when it refused
    }
    return parts.join(' \u00b7 ');
  }

  /** How a reply was decided ({how, phrase}: sla-semantics.md, "Holding replies in the hosts"), in the reader's language. */
  function decided(t, holding) {
    return holding.how === 'TEXT' ? t('backstop.timeline.holding.text', holding.phrase)
      : holding.how === 'MARKED' ? t('backstop.timeline.holding.marked')
        : holding.how === 'DUE_DATE' ? t('backstop.timeline.holding.dueDate')
          : t('backstop.timeline.holding.off');
  }

  function item(ctx, event) {
    var kindClass = 'backstop-event-' + String(event.kind || '').toLowerCase().replace(/[^a-z_]/g, '');
    var detail = extra(ctx, event);
    return el('li', { className: 'backstop-event ' + kindClass, attrs: { 'data-kind': event.kind } }, [
      el('time', { className: 'backstop-event-at', text: ctx.fmt.dateTime(event.at), attrs: { datetime: event.at } }),
      el('span', { className: 'backstop-event-what', text: what(ctx, event) }),
      detail ? el('span', { className: 'backstop-event-detail', text: detail }) : null
    ]);
  }

  function set(root, id, text) {
    root.querySelector(id).textContent = text === undefined || text === null || text === '' ? '\u2014' : text;
  }

  /** Since when the issue waits, when it is due and how much working time is left (or how long it is overdue). */
  function showClock(ctx, sla, now) {
    var root = ctx.root;
    var fmt = ctx.fmt;
    if (sla.awaiting && sla.awaitingSince) {
      set(root, '#backstop-panel-since', fmt.dateTime(sla.awaitingSince) + ' (' + fmt.relative(Date.parse(sla.awaitingSince) - now) + ')');
    } else {
      set(root, '#backstop-panel-since', '');
    }
    // the server's countdown in working time, as the queue and the waiting gadget show it
    var left = sla.awaiting ? Backstop.countdown(ctx.t, fmt, sla.workingSecondsLeft, sla.paused) : null;
    if (sla.awaiting && sla.due) {
      set(root, '#backstop-panel-due', fmt.dateTime(sla.due));
      set(root, '#backstop-panel-left', left ? left.text : '');
      root.querySelector('#backstop-panel-left').classList.toggle('backstop-overdue', Boolean(left) && left.state === 'overdue');
    } else {
      set(root, '#backstop-panel-due', '');
      set(root, '#backstop-panel-left', '');
    }
  }

  /** The open promise as people write it: "promised by Thu 18:00, ivanova". */
  function showPromise(ctx, sla, now) {
    var line = ctx.root.querySelector('#backstop-panel-promise');
    line.textContent = sla.promise ? ctx.t('backstop.promise.by', ctx.fmt.when(sla.promise.due, now), sla.promise.by) : '';
    Backstop.show(line, Boolean(sla.promise));
  }

  function show(ctx, parts, sla, now) {
    var root = ctx.root;
    var state = stateOf(ctx.t, sla);
    var lozenge = root.querySelector('#backstop-panel-state');
    lozenge.className = state.className;
    lozenge.textContent = state.text;
    showClock(ctx, sla, now);
    showPromise(ctx, sla, now);
    set(root, '#backstop-panel-owner', sla.owner);
    set(root, '#backstop-panel-assignee', sla.assignee);
    set(root, '#backstop-panel-client', sla.client);
    var list = root.querySelector('#backstop-panel-timeline');
    Backstop.clear(list);
    (sla.timeline || []).forEach(function (event) {
      list.appendChild(item(ctx, event));
    });
    Backstop.show(root.querySelector('#backstop-panel-body'), true);
    return Promise.all(parts.filter(function (part) { return part.issue; }).map(function (part) {
      return part.issue(sla, ctx);
    }));
  }

  function refused(ctx, answer) {
    var t = ctx.t;
    var error = ctx.root.querySelector('#backstop-panel-error');
    error.textContent = answer.status === 404 ? t('backstop.panel.none')
      : answer.status === 401 ? t('backstop.error.login') : t('backstop.error.load', answer.status);
    Backstop.show(error, true);
    Backstop.show(ctx.root.querySelector('#backstop-panel-body'), false);
  }

  function start(root) {
    var ctx = { root: root, t: Backstop.texts(root), key: root.getAttribute('data-issue'),
      rest: root.getAttribute('data-rest'),
      fmt: Backstop.formats(root.getAttribute('data-lang'), root.getAttribute('data-zone')) };
    var parts = Backstop.parts('panel');
    parts.forEach(function (part) {
      if (part.start) {
        part.start(ctx);
      }
    });
    Backstop.now(root.getAttribute('data-clock')).then(function (now) {
      return Backstop.api(ctx.rest + '/issues/' + encodeURIComponent(ctx.key) + '/sla').then(function (answer) {
        if (answer.ok && answer.body) {
          Backstop.show(root.querySelector('#backstop-panel-error'), false);
          return show(ctx, parts, answer.body, now);
        }
        refused(ctx, answer);
        return null;
      });
    }).then(function () {
      root.setAttribute('data-state', 'ready');
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
