/*
 * Panel part, for staff: the reply box (issue 15). What the client wrote (GET {rest}/issues/{key}/reply-context),
 * a text area and, while typing, how the reply will count (POST {rest}/issues/{key}/reply-preview, the server's own
 * decision): a holding reply with the full answer owed by a date, or an answer. The person may say it is a full
 * answer (the detection turned off), name the date, or mark an undetected text as holding. Send posts the comment
 * where the host takes it (#backstop-reply data-comments, {key} standing for the issue): Jira's comment resource
 * with the mark as the comment property backstop.reply, or the sandbox tracker with holding/promise.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var WAIT_MS = 300;
  var PROPERTY = 'backstop' + '.reply'; // the comment property Jira keeps (not a text key)

  /** "Thu 05.11 18:00" ("чт 05.11 18:00") in the department's zone. */
  function shortTime(box, iso) {
    var at = Date.parse(iso);
    if (isNaN(at)) {
      return '';
    }
    var parts = {};
    new Intl.DateTimeFormat(box.lang, { timeZone: box.zone || undefined, weekday: 'short', day: '2-digit',
      month: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(at))
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
    return parts.weekday.replace(/\.$/, '') + ' ' + parts.day + '.' + parts.month + ' ' + parts.hour + ':' + parts.minute;
  }

  /** An instant as a datetime-local value (2026-11-05T18:00) in the department's zone. */
  function localValue(box, iso) {
    var at = Date.parse(iso);
    if (isNaN(at)) {
      return '';
    }
    var parts = {};
    new Intl.DateTimeFormat('en-CA', { timeZone: box.zone || undefined, year: 'numeric', month: '2-digit',
      day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(new Date(at))
      .forEach(function (part) {
        parts[part.type] = part.value;
      });
    return parts.year + '-' + parts.month + '-' + parts.day + 'T' + parts.hour + ':' + parts.minute;
  }

  function said(box, comment, titleKey) {
    if (!comment) {
      return null;
    }
    return el('div', { className: 'backstop-reply-said' }, [
      el('h4', { text: box.t(titleKey) }),
      el('p', { className: 'backstop-note' }, [el('time', { text: box.fmt.dateTime(comment.at),
        attrs: { datetime: comment.at } }), ' \u00b7 ' + comment.author]),
      el('p', { className: 'backstop-reply-text', text: comment.body })
    ]);
  }

  function showWords(box, words) {
    var node = box.node.querySelector('#backstop-reply-client');
    Backstop.clear(node);
    var latest = said(box, words.clientMessage, 'backstop.reply.latest');
    var opening = said(box, words.opening, 'backstop.reply.opening');
    node.appendChild(latest || el('p', { className: 'backstop-note', text: box.t('backstop.reply.noMessage') }));
    if (opening) {
      node.appendChild(opening);
    }
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
    box.send = el('button', { className: 'aui-button aui-button-primary', text: t('backstop.reply.send'),
      attrs: { type: 'button', id: 'backstop-reply-send', disabled: 'disabled' } });
    box.status = el('p', { className: 'backstop-note', attrs: { id: 'backstop-reply-status', role: 'status' } });
    [el('h3', { text: t('backstop.reply.title') }), el('div', { attrs: { id: 'backstop-reply-client' } }),
      box.text, box.preview, box.choices, box.send, box.status].forEach(function (node) {
      box.node.appendChild(node);
    });
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
    var asked = ++box.asked;
    Backstop.api(box.rest + '/issues/' + encodeURIComponent(box.key) + '/reply-preview',
      { method: 'POST', body: { text: box.text.value } }).then(function (answer) {
      if (asked !== box.asked) {
        return; // the text changed since: a newer preview is on its way
      }
      if (answer.ok && answer.body) {
        showPreview(box, answer.body);
      } else {
        box.preview.textContent = answer.body && answer.body.error ? answer.body.error
          : box.t('backstop.error.load', answer.status);
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
        ? answer.body.error : (answer.body && answer.body.errorMessages ? answer.body.errorMessages.join(' ')
          : answer.status));
    });
  }

  function listen(box) {
    var timer = null;
    box.text.addEventListener('input', function () {
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
    box.send.addEventListener('click', function () {
      send(box);
    });
  }

  Backstop.part('panel', {
    /** Staff see the box where the host takes replies (the template leaves it out for everyone else). */
    start: function (ctx) {
      var node = ctx.root.querySelector('#backstop-reply');
      if (!node || !node.getAttribute('data-comments')) {
        return;
      }
      var box = { node: node, t: ctx.t, fmt: ctx.fmt, key: ctx.key, rest: ctx.rest, asked: 0, last: null,
        lang: ctx.root.getAttribute('data-lang') || 'en', zone: ctx.root.getAttribute('data-zone'),
        comments: node.getAttribute('data-comments'), style: node.getAttribute('data-comment-style') };
      ctx.replyBox = box;
      build(box);
      listen(box);
      Backstop.show(node, true);
      node.setAttribute('data-state', 'ready');
    },
    /** Once the clock is shown: what the client wrote. */
    issue: function (sla, ctx) {
      var box = ctx.replyBox;
      if (!box) {
        return null;
      }
      return Backstop.api(box.rest + '/issues/' + encodeURIComponent(box.key) + '/reply-context').then(function (answer) {
        if (answer.ok && answer.body) {
          showWords(box, answer.body);
        }
      });
    }
  });
})(window.Backstop);
