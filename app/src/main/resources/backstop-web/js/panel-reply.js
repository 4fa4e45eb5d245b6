/*
 * Panel part, for staff: the reply box (issue 15). A place for what the client wrote (panel-words.js fills it),
 * a text area and, while typing, how the reply will count (POST {rest}/issues/{key}/reply-preview, the server's own
 * decision): a holding reply with the full answer owed by a date, or an answer. The person may say it is a full
 * answer (the detection turned off), name the date, or mark an undetected text as holding. Send posts the comment
 * where the host takes it (#backstop-reply data-comments, {key} standing for the issue): Jira's comment resource
 * with the mark as the comment property backstop.reply, or the sandbox tracker with holding/promise. An internal
 * note instead (no reply: the client does not see it and the clock goes on) is Jira's comment restricted to the
 * staff group (data-staff-group), the sandbox's with internal: true. The answer library's "Use" puts its answer in
 * the box (the event backstop-insert on the panel).
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var WAIT_MS = 300;
  var PROPERTY = 'backstop' + '.reply'; // the comment property Jira keeps (not a text key)

  /** The parts of an instant in the department's zone (null when it is no instant). */
  function zoned(box, iso, lang, options) {
    var at = Date.parse(iso);
    if (isNaN(at)) {
      return null;
    }
    var parts = {};
    options.timeZone = box.zone || undefined;
    options.hourCycle = 'h23';
    new Intl.DateTimeFormat(lang, options).formatToParts(new Date(at)).forEach(function (part) {
      parts[part.type] = part.value;
    });
    return parts;
  }

  /** "Thu 05.11 18:00" ("чт 05.11 18:00") in the department's zone. */
  function shortTime(box, iso) {
    var p = zoned(box, iso, box.lang, { weekday: 'short', day: '2-digit', month: '2-digit', hour: '2-digit',
      minute: '2-digit' });
    return p ? p.weekday.replace(/\.$/, '') + ' ' + p.day + '.' + p.month + ' ' + p.hour + ':' + p.minute : '';
  }

  /** An instant as a datetime-local value (2026-11-05T18:00) in the department's zone. */
  function localValue(box, iso) {
    var p = zoned(box, iso, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit' });
    return p ? p.year + '-' + p.month + '-' + p.day + 'T' + p.hour + ':' + p.minute : '';
  }

  function choice(type, id, name, text, extra) {
    var input = el('input', { attrs: { type: type, id: id, name: name } });
    return el('div', { className: 'backstop-reply-choice' }, [input,
      el('label', { text: text, attrs: { for: id } }), extra || null]);
  }

  function build(box) {
    var t = box.t;
    box.text = el('textarea', { className: 'textarea', attrs: { id: 'backstop-reply-text', rows: 4,
      'aria-label': t('backstop.reply.text') } });
    box.due = el('input', { className: 'text', attrs: { type: 'datetime-local', id: 'backstop-reply-due',
      'aria-label': t('backstop.reply.due') } });
    box.preview = el('p', { className: 'backstop-reply-preview', attrs: { id: 'backstop-reply-preview',
      role: 'status' } });
    box.choices = el('div', { className: 'backstop-reply-choices backstop-hidden',
      attrs: { id: 'backstop-reply-choices' } }, [
      choice('radio', 'backstop-reply-full', 'backstop-reply-kind', t('backstop.reply.full')),
      choice('radio', 'backstop-reply-hold', 'backstop-reply-kind', t('backstop.reply.hold')),
      choice('checkbox', 'backstop-reply-mark', 'backstop-reply-mark', t('backstop.reply.mark')),
      el('div', { className: 'backstop-reply-due' }, [box.due])]);
    box.kinds = el('div', { className: 'backstop-reply-kinds', attrs: { role: 'radiogroup' } }, [
      choice('radio', 'backstop-reply-public', 'backstop-reply-to', t('backstop.reply.public')),
      choice('radio', 'backstop-reply-internal', 'backstop-reply-to', t('backstop.reply.internal'))]);
    box.send = el('button', { className: 'aui-button aui-button-primary', text: t('backstop.reply.send'),
      attrs: { type: 'button', id: 'backstop-reply-send', disabled: 'disabled' } });
    box.status = el('p', { className: 'backstop-note', attrs: { id: 'backstop-reply-status', role: 'status' } });
    [el('h3', { text: t('backstop.reply.title') }), el('div', { attrs: { id: 'backstop-reply-client' } }),
      box.kinds, box.text, box.preview, box.choices, box.send, box.status].forEach(function (node) {
      box.node.appendChild(node);
    });
    input(box, 'backstop-reply-public').checked = true;
  }

  function internal(box) {
    return input(box, 'backstop-reply-internal').checked;
  }

  /** A note counts as nothing: no preview of a reply, no holding choices; Send as soon as there is text. */
  function showKind(box) {
    var note = internal(box);
    box.node.setAttribute('data-kind', note ? 'internal' : 'public');
    box.send.textContent = box.t(note ? 'backstop.reply.send.internal' : 'backstop.reply.send');
    if (note) {
      box.asked++; // a preview on its way is for a reply, not for this note
      box.send.disabled = box.text.value.trim() === '';
      box.preview.textContent = box.send.disabled ? '' : box.t('backstop.reply.internal.preview');
      box.preview.setAttribute('data-holding', 'false');
      Backstop.show(box.choices, false);
      box.node.setAttribute('data-state', 'ready');
    } else {
      preview(box);
    }
  }

  function input(box, id) {
    return box.node.querySelector('#' + id);
  }

  /** Shows how the text will count, and the choices that fit (kept while the text keeps counting the same way). */
  function showPreview(box, p) {
    var t = box.t;
    var changed = !box.last || Boolean(box.last.holding) !== Boolean(p.holding);
    box.last = p;
    var empty = box.text.value.trim() === '';
    box.send.disabled = empty;
    Backstop.show(box.choices, !empty);
    box.preview.textContent = empty ? '' : p.holding
      ? t('backstop.reply.holding', shortTime(box, p.promise)) + ' ' + t('backstop.reply.phrase', p.phrase)
      : t('backstop.reply.answer');
    box.preview.setAttribute('data-holding', String(Boolean(p.holding)));
    Backstop.show(input(box, 'backstop-reply-full').parentNode, p.holding);
    Backstop.show(input(box, 'backstop-reply-hold').parentNode, p.holding);
    Backstop.show(input(box, 'backstop-reply-mark').parentNode, !p.holding);
    box.suggested = localValue(box, p.holding ? p.promise : p.defaultPromise);
    if (!box.dueTouched) {
      box.due.value = box.suggested;
    }
    if (changed) {
      input(box, 'backstop-reply-hold').checked = p.holding;
      input(box, 'backstop-reply-full').checked = false;
      input(box, 'backstop-reply-mark').checked = false;
    }
    showDue(box);
  }

  function showDue(box) {
    var holding = box.last && box.last.holding ? input(box, 'backstop-reply-hold').checked
      : input(box, 'backstop-reply-mark').checked;
    Backstop.show(box.due.parentNode, holding);
  }

  function preview(box) {
    if (internal(box)) {
      return; // typed as a reply, now a note: nothing to count
    }
    var asked = ++box.asked;
    Backstop.api(box.rest + '/issues/' + encodeURIComponent(box.key) + '/reply-preview',
      { method: 'POST', body: { text: box.text.value } }).then(function (answer) {
      if (asked !== box.asked) {
        return; // the text changed since: a newer preview is on its way
      }
      if (answer.ok && answer.body) {
        showPreview(box, answer.body);
      } else {
        box.preview.textContent = Backstop.problem(answer, box.t);
      }
      box.node.setAttribute('data-state', 'ready');
    });
  }

  /** The mark to send: null (the text decides), or {holding, promise?}. */
  function mark(box) {
    if (!box.last) {
      return null;
    }
    var due = box.due.value ? Backstop.zonedInstant(box.due.value, box.zone) : null;
    if (box.last.holding) {
      if (input(box, 'backstop-reply-full').checked) {
        return { holding: false };
      }
      return due && (box.dueTouched || box.due.value !== box.suggested) ? { holding: true, promise: due } : null;
    }
    return input(box, 'backstop-reply-mark').checked ? (due ? { holding: true, promise: due } : { holding: true })
      : null;
  }

  function request(box, text, marked) {
    if (internal(box)) {
      return box.style === 'jira' ? { body: text, visibility: { type: 'group', value: box.staffGroup } }
        : { body: text, internal: true };
    }
    if (box.style === 'jira') {
      var comment = { body: text };
      if (marked) {
        comment.properties = [{ key: PROPERTY, value: marked }];
      }
      return comment;
    }
    var body = { body: text };
    if (marked) {
      body.holding = marked.holding;
      if (marked.promise) {
        body.promise = marked.promise;
      }
    }
    return body;
  }

  function send(box) {
    var text = box.text.value;
    if (text.trim() === '') {
      return;
    }
    box.send.disabled = true;
    box.status.textContent = box.t('backstop.reply.sending');
    var url = box.comments.replace('{key}', encodeURIComponent(box.key));
    Backstop.api(url, { method: 'POST', body: request(box, text, mark(box)) }).then(function (answer) {
      if (answer.ok) {
        box.status.textContent = box.t('backstop.reply.sent');
        box.node.setAttribute('data-state', 'sent');
        window.location.reload(); // the tracker's comments and the panel's history, as they are now
        return;
      }
      box.send.disabled = false;
      box.status.textContent = box.t('backstop.reply.failed', answer.body && answer.body.error
        ? Backstop.problem(answer, box.t) : (answer.body && answer.body.errorMessages ? answer.body.errorMessages.join(' ')
          : answer.status));
    });
  }

  function listen(box) {
    var timer = null;
    box.text.addEventListener('input', function () {
      if (internal(box)) {
        showKind(box);
        return;
      }
      box.node.setAttribute('data-state', 'typing');
      clearTimeout(timer);
      timer = setTimeout(function () {
        preview(box);
      }, WAIT_MS);
    });
    box.due.addEventListener('input', function () {
      box.dueTouched = true; // the person's date is kept while they go on typing
    });
    ['backstop-reply-full', 'backstop-reply-hold', 'backstop-reply-mark'].forEach(function (id) {
      input(box, id).addEventListener('change', function () {
        showDue(box);
      });
    });
    ['backstop-reply-public', 'backstop-reply-internal'].forEach(function (id) {
      input(box, id).addEventListener('change', function () {
        showKind(box);
      });
    });
    box.send.addEventListener('click', function () {
      send(box);
    });
    // the answer library's "Use": its answer after what is typed, then how the whole will count
    box.root.addEventListener('backstop-insert', function (event) {
      event.preventDefault();
      box.text.value = box.text.value.trim() ? box.text.value.replace(/\s+$/, '') + '\n\n' + event.detail.text
        : event.detail.text;
      box.text.focus();
      box.text.dispatchEvent(new Event('input'));
    });
  }

  Backstop.part('panel', {
    /** Staff see the box where the host takes replies (the template leaves it out for everyone else). */
    start: function (ctx) {
      var node = ctx.root.querySelector('#backstop-reply');
      if (!node || !node.getAttribute('data-comments')) {
        return;
      }
      var box = { node: node, root: ctx.root, t: ctx.t, fmt: ctx.fmt, key: ctx.key, rest: ctx.rest, asked: 0,
        last: null, lang: ctx.root.getAttribute('data-lang') || 'en', zone: ctx.root.getAttribute('data-zone'),
        comments: node.getAttribute('data-comments'), style: node.getAttribute('data-comment-style'),
        staffGroup: node.getAttribute('data-staff-group') };
      ctx.replyBox = box;
      build(box);
      listen(box);
      Backstop.show(node, true);
      node.setAttribute('data-state', 'ready');
    }
  });
})(window.Backstop);
