/*
 * Before the head approves an absence request: what approving it would do (GET absences/requests/{id}/conflicts),
 * in a row under the request: who else is away then and who else asked to be, which issues the person holds would
 * move and to whom (the server works it out by the app's own rule 5), who would get their clients' new messages.
 * Then "Approve" decides it and "Cancel" closes the row. Used by js/absence-requests.js.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var KINDS = ['VACATION', 'SICK', 'TIME_OFF', 'STUDY', 'BUSY'];

  function kind(t, code) {
    return KINDS.indexOf(code) >= 0 ? t('backstop.absence.' + code) : String(code || '');
  }

  function absences(box, list, className) {
    return el('ul', { className: 'backstop-conflicts-list ' + className }, list.map(function (absence) {
      return el('li', { attrs: { 'data-person': absence.person } }, [
        el('strong', { text: absence.person }),
        el('span', { text: ' \u00b7 ' + kind(box.t, absence.kind) + ' \u00b7 ' + box.formats.dateTime(absence.from)
          + ' \u2013 ' + box.formats.dateTime(absence.to) })
      ]);
    }));
  }

  function moves(box, found) {
    var t = box.t;
    var person = found.request.person;
    return el('ul', { className: 'backstop-conflicts-list backstop-conflicts-moves' }, found.moves.map(function (move) {
      var issue = move.client ? t('backstop.conflicts.issue', move.issue, move.client) : move.issue;
      return el('li', { className: move.to ? '' : 'backstop-overdue', attrs: { 'data-issue': move.issue, 'data-to': move.to || '' },
        text: move.to ? t('backstop.conflicts.moves', issue, move.to) : t('backstop.conflicts.stays', issue, person) });
    }));
  }

  function section(title, body, empty) {
    return el('div', { className: 'backstop-conflicts-part' }, [el('h4', { text: title }), body || el('p', {
      className: 'backstop-muted', text: empty })]);
  }

  function content(box, found, onApprove, onCancel) {
    var t = box.t;
    var person = found.request.person;
    var approve = el('button', { className: 'aui-button aui-button-primary backstop-conflicts-approve',
      text: t('backstop.requests.approve'), attrs: { type: 'button' } });
    var cancel = el('button', { className: 'aui-button aui-button-link backstop-conflicts-cancel',
      text: t('backstop.conflicts.cancel'), attrs: { type: 'button' } });
    approve.addEventListener('click', onApprove);
    cancel.addEventListener('click', onCancel);
    return [
      el('h3', { text: t('backstop.conflicts.title', person) }),
      section(t('backstop.conflicts.away'), found.away.length ? absences(box, found.away, 'backstop-conflicts-away') : null,
        t('backstop.conflicts.away.none')),
      found.asked.length ? section(t('backstop.conflicts.asked'), absences(box, found.asked, 'backstop-conflicts-asked')) : null,
      section(found.at ? t('backstop.conflicts.moves.title', box.formats.dateTime(found.at)) : t('backstop.conflicts.moves.over'),
        found.moves.length ? moves(box, found) : null, t('backstop.conflicts.moves.none', person)),
      el('p', { className: 'backstop-conflicts-new', text: found.newMessagesTo
        ? t('backstop.conflicts.newMessages', person, found.newMessagesTo) : t('backstop.conflicts.newMessages.none', person) }),
      el('div', { className: 'buttons' }, [approve, cancel])
    ];
  }

  /**
   * Shows what approving `request` would do in a row after `row` (columns: its table's), then calls onApprove or
   * closes. box: {t, rest, formats}. Resolves once shown (or refused: onError(answer)).
   */
  Backstop.absenceConflicts = function (box, request, row, onApprove, onError) {
    var existing = row.nextSibling;
    if (existing && existing.classList && existing.classList.contains('backstop-request-conflicts')) {
      return Promise.resolve();
    }
    return Backstop.api(box.rest + '/absences/requests/' + encodeURIComponent(request.id) + '/conflicts').then(function (answer) {
      if (!answer.ok || !answer.body) {
        onError(answer);
        return;
      }
      var cell = el('td', { attrs: { colspan: row.cells.length } });
      var shown = el('tr', { className: 'backstop-request-conflicts', attrs: { 'data-id': request.id } }, [cell]);
      var close = function () {
        shown.parentNode.removeChild(shown);
      };
      content(box, answer.body, function () {
        close();
        onApprove();
      }, close).forEach(function (node) {
        if (node) {
          cell.appendChild(node);
        }
      });
      row.parentNode.insertBefore(shown, row.nextSibling);
    });
  };
})(window.Backstop);
