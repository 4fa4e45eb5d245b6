/*
 * "I'm busy until ..." (rule 12) on the screens staff keep open all day, the issue panel and the queue: one click
 * marks the person busy for an hour, two, to the end of the working day or to a time they pick (POST absences,
 * kind BUSY); while busy it says until when and who takes their new messages (GET absences/busy), and "I'm back"
 * ends it at once (DELETE absences/{id}). It mounts itself on #backstop-busy inside a screen and reads the screen's
 * texts, zone, language and REST base from it; the screen's own script knows nothing of it.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var HOUR = 60 * 60 * 1000;
  var DAY = 24 * HOUR;

  function setState(box, state) {
    box.root.setAttribute('data-state', state);
  }

  /** "15:30" today, or the date and time on another day, in the department's zone. */
  function when(box, iso, nowIso) {
    var at = Date.parse(iso);
    var sameDay = box.day.format(new Date(at)) === box.day.format(new Date(Date.parse(nowIso)));
    return sameDay ? box.time.format(new Date(at)) : box.fmt.dateTime(iso);
  }

  function statusText(box, state) {
    var t = box.t;
    var busy = state.busy;
    var until = when(box, busy.to, state.now);
    if (Date.parse(busy.from) > Date.parse(state.now)) {
      return state.coveredBy ? t('backstop.busy.from', when(box, busy.from, state.now), until, state.coveredBy)
        : t('backstop.busy.fromNobody', when(box, busy.from, state.now), until);
    }
    return state.coveredBy ? t('backstop.busy.until', until, state.coveredBy) : t('backstop.busy.untilNobody', until);
  }

  function error(box, text) {
    box.error.textContent = text || '';
    Backstop.show(box.error, !!text);
  }

  function refused(box, answer) {
    var reason = Backstop.problem(answer, box.t);
    error(box, box.t('backstop.busy.failed', reason));
    setState(box, 'refused');
  }

  /** Busy to {@code to} (an ISO instant) from now. */
  function mark(box, to) {
    error(box, '');
    setState(box, 'saving');
    var body = { kind: 'BUSY', to: to };
    return Backstop.api(box.rest + '/absences', { method: 'POST', body: body }).then(function (answer) {
      return answer.ok ? load(box) : refused(box, answer);
    });
  }

  function back(box, id) {
    error(box, '');
    setState(box, 'saving');
    var url = box.rest + '/absences/' + encodeURIComponent(id);
    return Backstop.api(url, { method: 'DELETE' }).then(function (answer) {
      return answer.ok || answer.status === 404 ? load(box) : refused(box, answer);
    });
  }

  /** The picked HH:MM as the next such instant in the department's zone: today, or tomorrow once it has passed. */
  function picked(box, hhmm) {
    var now = Date.parse(box.state.now);
    var day = box.state.now.slice(0, 10);
    var at = Backstop.zonedInstant(day + 'T' + hhmm, box.zone);
    if (at && Date.parse(at) <= now) {
      var next = new Date(Date.parse(day + 'T00:00:00Z') + DAY).toISOString().slice(0, 10);
      at = Backstop.zonedInstant(next + 'T' + hhmm, box.zone);
    }
    return at;
  }

  function choice(box, id, text, to) {
    var button = el('button', { className: 'aui-button backstop-busy-choice', text: text,
      attrs: { type: 'button', id: id } });
    button.addEventListener('click', function () {
      mark(box, to);
    });
    return button;
  }

  /** The choices that fit: each at most as far as busy time may reach (latestEnd). */
  function choices(box, state) {
    var t = box.t;
    var now = Date.parse(state.now);
    var latest = Date.parse(state.latestEnd);
    var list = [];
    var hours = [[1, 'backstop-busy-1h', 'backstop.busy.hour'], [2, 'backstop-busy-2h', 'backstop.busy.twoHours']];
    hours.forEach(function (c) {
      if (now + c[0] * HOUR <= latest) {
        list.push(choice(box, c[1], t(c[2]), new Date(now + c[0] * HOUR).toISOString()));
      }
    });
    if (state.endOfToday && Date.parse(state.endOfToday) <= latest) {
      list.push(choice(box, 'backstop-busy-eod', t('backstop.busy.endOfDay'), state.endOfToday));
    }
    var input = el('input', { className: 'text backstop-busy-time', attrs: { type: 'time', id: 'backstop-busy-time',
      'aria-label': t('backstop.busy.time'), required: 'required' } });
    var set = el('button', { className: 'aui-button', text: t('backstop.busy.set'),
      attrs: { type: 'submit', id: 'backstop-busy-until' } });
    var form = el('form', { className: 'aui backstop-busy-pick', attrs: { id: 'backstop-busy-pick' } }, [input, set]);
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var to = picked(box, input.value);
      if (to) {
        mark(box, to);
      }
    });
    return [el('span', { className: 'backstop-busy-label', text: t('backstop.busy.label') })].concat(list, [form]);
  }

  function show(box, state) {
    box.state = state;
    Backstop.clear(box.body);
    if (state.busy) {
      var button = el('button', { className: 'aui-button aui-button-primary', text: box.t('backstop.busy.back'),
        attrs: { type: 'button', id: 'backstop-busy-back' } });
      button.addEventListener('click', function () {
        back(box, state.busy.id);
      });
      box.body.appendChild(el('p', { className: 'backstop-busy-status', text: statusText(box, state),
        attrs: { id: 'backstop-busy-status', role: 'status' } }));
      box.body.appendChild(button);
      // look again when the busy time ends by itself (at most a working day ahead)
      clearTimeout(box.timer);
      var left = Date.parse(state.busy.to) - Date.parse(state.now);
      box.timer = setTimeout(function () { load(box); }, Math.min(Math.max(left, 0) + 1000, DAY));
    } else {
      choices(box, state).forEach(function (node) {
        box.body.appendChild(node);
      });
      box.body.appendChild(el('p', { className: 'backstop-note', text: box.t('backstop.busy.hint') }));
    }
    setState(box, state.busy ? 'busy' : 'idle');
    box.root.dispatchEvent(new CustomEvent('backstop:busy-changed', { bubbles: true, detail: state }));
  }

  function load(box) {
    return Backstop.api(box.rest + '/absences/busy').then(function (answer) {
      if (answer.ok && answer.body) {
        show(box, answer.body);
        return;
      }
      refused(box, answer);
    });
  }

  function start(root) {
    var screen = root.closest('.backstop-screen') || root;
    var lang = screen.getAttribute('data-lang');
    var zone = screen.getAttribute('data-zone') || undefined;
    var box = { root: root, t: Backstop.texts(screen), rest: screen.getAttribute('data-rest'), zone: zone,
      fmt: Backstop.formats(lang, zone), body: el('div', { className: 'backstop-busy-body' }),
      error: el('p', { className: 'backstop-field-error backstop-hidden',
        attrs: { role: 'alert', id: 'backstop-busy-error' } }) };
    try {
      box.time = new Intl.DateTimeFormat(lang, { timeStyle: 'short', timeZone: zone });
      box.day = new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    } catch (e) {
      box.time = new Intl.DateTimeFormat(lang, { timeStyle: 'short' });
      box.day = new Intl.DateTimeFormat('en-CA');
    }
    root.appendChild(box.body);
    root.appendChild(box.error);
    setState(box, 'loading');
    load(box);
  }

  // Jira replaces the issue view without a page load: start every control that appears, once.
  function startAll() {
    Array.prototype.forEach.call(document.querySelectorAll('.backstop-busy:not([data-started])'), function (root) {
      root.setAttribute('data-started', 'true');
      start(root);
    });
  }

  Backstop.ready(function () {
    startAll();
    if (window.MutationObserver) {
      new MutationObserver(startAll).observe(document.body, { childList: true, subtree: true });
    }
  });
})(window.Backstop);
