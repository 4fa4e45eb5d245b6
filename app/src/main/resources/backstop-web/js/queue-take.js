/*
 * The queue's "take" (issue 18): taking an issue a colleague holds asks first, naming them ("Take WEB-10 from Anna
 * Ivanova?"), and afterwards says whose it was, with the issue to open and, when it was its owner's, "Give it back"
 * (POST issues/{key}/return: the same checks as any return). An issue nobody holds is taken and opened at once.
 * The question survives the queue's reloads (queue.confirming names the issue asked about).
 * Backstop.queueAction(queue, entry) -> the row's action cell content; queue.reload() after a change.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function issueUrl(queue, key) {
    return queue.rest + '/issues/' + encodeURIComponent(key);
  }

  /** The flash: a text, then any links or buttons after it. */
  function say(queue, kind, text, extras) {
    queue.flash.className = 'aui-message aui-message-' + kind;
    Backstop.clear(queue.flash);
    queue.flash.appendChild(el('span', { className: 'backstop-flash-text', text: text }));
    (extras || []).forEach(function (extra) {
      queue.flash.appendChild(document.createTextNode(' '));
      queue.flash.appendChild(extra);
    });
    Backstop.show(queue.flash, true);
  }

  function failed(queue, entry, answer) {
    if (answer.status === 409) {
      say(queue, 'warning', queue.t('backstop.queue.takenBySomeone', entry.issue));
    } else {
      say(queue, 'error', answer.body && answer.body.error ? answer.body.error : queue.t('backstop.error.load', answer.status));
    }
  }

  /** Gives the issue back to its owner, who held it before the take; refused if someone moved it since. */
  function giveBack(queue, entry, who) {
    Backstop.api(issueUrl(queue, entry.issue) + '/return', { method: 'POST', body: { expectedAssignee: queue.user } })
      .then(function (answer) {
        if (answer.ok) {
          say(queue, 'success', queue.t('backstop.queue.givenBack', entry.issue, who));
        } else {
          failed(queue, entry, answer);
        }
        return queue.reload();
      });
  }

  /** What a take from a colleague leaves on screen: whose it was, the issue to open, and the undo when cheap. */
  function takenFrom(queue, entry, who) {
    var t = queue.t;
    var extras = [];
    if (queue.issuePage) {
      extras.push(el('a', { className: 'backstop-taken-open', text: t('backstop.queue.open', entry.issue),
        attrs: { href: queue.issuePage + encodeURIComponent(entry.issue) } }));
    }
    if (entry.assignee === entry.owner) {
      var undo = el('button', { className: 'aui-button aui-button-compact backstop-take-undo',
        text: t('backstop.queue.giveBack', who), attrs: { type: 'button' } });
      undo.addEventListener('click', function () {
        undo.disabled = true;
        giveBack(queue, entry, who);
      });
      extras.push(undo);
    }
    say(queue, 'success', t('backstop.queue.takenFrom', entry.issue, who), extras);
  }

  function take(queue, entry, button) {
    var who = Backstop.person(entry.assignee, entry.assigneeName);
    button.disabled = true;
    queue.confirming = null;
    Backstop.api(issueUrl(queue, entry.issue) + '/take', { method: 'POST', body: { expectedAssignee: entry.assignee } })
      .then(function (answer) {
        if (answer.ok && entry.assignee) {
          takenFrom(queue, entry, who);
        } else if (answer.ok) {
          say(queue, 'success', queue.t('backstop.queue.taken', entry.issue));
          if (queue.issuePage) {
            window.location.assign(queue.issuePage + encodeURIComponent(entry.issue));
            return null;
          }
        } else {
          failed(queue, entry, answer);
        }
        return queue.reload();
      });
  }

  function button(className, text, label, onClick) {
    var b = el('button', { className: 'aui-button ' + className, text: text, attrs: { type: 'button', 'aria-label': label } });
    b.addEventListener('click', function () {
      onClick(b);
    });
    return b;
  }

  /** "Take X from Y?" with Take and Cancel, in the row. */
  function confirmation(queue, entry) {
    var t = queue.t;
    var who = Backstop.person(entry.assignee, entry.assigneeName);
    var question = t('backstop.queue.take.confirm', entry.issue, who);
    return el('span', { className: 'backstop-take-question', attrs: { role: 'group', 'aria-label': question } }, [
      el('span', { className: 'backstop-take-question-text', text: question + ' ' }),
      button('aui-button-primary backstop-take-confirm', t('backstop.queue.take'), question, function (b) {
        take(queue, entry, b);
      }),
      button('aui-button-link backstop-take-cancel', t('backstop.queue.take.cancel'), t('backstop.queue.take.cancel'),
        function () {
          queue.confirming = null;
          queue.render();
        })
    ]);
  }

  Backstop.queueAction = function (queue, entry) {
    var t = queue.t;
    if (entry.assignee === queue.user) {
      return el('span', { className: 'aui-lozenge aui-lozenge-subtle', text: t('backstop.queue.yours') });
    }
    if (!queue.canTake) {
      return null;
    }
    if (queue.confirming === entry.issue) {
      return confirmation(queue, entry);
    }
    return button('backstop-take', t('backstop.queue.take'), t('backstop.queue.take.label', entry.issue), function (b) {
      if (!entry.assignee) {
        take(queue, entry, b);
        return;
      }
      queue.confirming = entry.issue;
      queue.render();
      var confirm = queue.rows.querySelector('tr[data-issue="' + entry.issue.replace(/["\\]/g, '') + '"] .backstop-take-confirm');
      if (confirm) {
        confirm.focus();
      }
    });
  };
})(window.Backstop);
