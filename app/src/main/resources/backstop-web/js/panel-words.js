/*
 * Panel part, for staff: what the client wrote, above the reply (panel-reply.js makes its place,
 * #backstop-reply-client): the client's latest message, and the issue's opening (its summary and what the client
 * wrote below it), from GET {rest}/issues/{key}/reply-context once the clock is shown.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;

  function said(ctx, comment, titleKey) {
    if (!comment) {
      return null;
    }
    return el('div', { className: 'backstop-reply-said' }, [
      el('h4', { text: ctx.t(titleKey) }),
      el('p', { className: 'backstop-note' }, [el('time', { text: ctx.fmt.dateTime(comment.at),
        attrs: { datetime: comment.at } }), ' \u00b7 ' + comment.author]),
      el('p', { className: 'backstop-reply-text', text: comment.body })
    ]);
  }

  function show(ctx, node, words) {
    Backstop.clear(node);
    var latest = said(ctx, words.clientMessage, 'backstop.reply.latest');
    var opening = said(ctx, words.opening, 'backstop.reply.opening');
    node.appendChild(latest || el('p', { className: 'backstop-note', text: ctx.t('backstop.reply.noMessage') }));
    if (opening) {
      node.appendChild(opening);
    }
  }

  Backstop.part('panel', {
    issue: function (sla, ctx) {
      var node = ctx.root.querySelector('#backstop-reply-client');
      if (!node) {
        return null; // no reply box here
      }
      return Backstop.api(ctx.rest + '/issues/' + encodeURIComponent(ctx.key) + '/reply-context').then(function (answer) {
        if (answer.ok && answer.body) {
          show(ctx, node, answer.body);
        }
      });
    }
  });
})(window.Backstop);
