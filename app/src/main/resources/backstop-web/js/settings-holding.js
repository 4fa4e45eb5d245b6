/*
 * Settings part: the holding replies, {phrases, limit} of the settings document: the phrases one a line (Russian and
 * English together), "restore the defaults" (the defaults come with the page, data-holding-defaults), and the length
 * from which a reply is an answer whatever it says. An empty list is sent as one: reading replies' text is off.
 */
(function (Backstop) {
  'use strict';

  /** The defaults the page carries, {phrases, limit}; an empty list and no limit when it carries none. */
  function defaults(ctx) {
    var given = null;
    try {
      given = JSON.parse(ctx.root.getAttribute('data-holding-defaults') || 'null');
    } catch (e) {
      given = null;
    }
    return given && Array.isArray(given.phrases) ? given : { phrases: [], limit: null };
  }

  function showPhrases(ctx, phrases) {
    ctx.$('#backstop-holding-phrases').value = phrases.join('\n');
  }

  /** One phrase a line, trimmed, without empty lines; a comma belongs to its phrase. */
  function phrasesOf(ctx) {
    return ctx.$('#backstop-holding-phrases').value.split('\n').map(function (line) {
      return line.trim();
    }).filter(function (line) {
      return line.length > 0;
    });
  }

  Backstop.part('settings', {
    start: function (ctx) {
      ctx.$('#backstop-holding-defaults').addEventListener('click', function () {
        showPhrases(ctx, defaults(ctx).phrases);
        ctx.$('#backstop-holding-phrases').focus();
      });
    },
    /** A document without them (an old export) is shown with the defaults, which is what the server would keep. */
    fill: function (doc, ctx) {
      var holding = doc.holdingReplies || {};
      var standard = defaults(ctx);
      showPhrases(ctx, Array.isArray(holding.phrases) ? holding.phrases : standard.phrases);
      var limit = holding.limit == null ? standard.limit : holding.limit;
      ctx.$('#backstop-holding-limit').value = limit == null ? '' : String(limit);
    },
    collect: function (doc, ctx) {
      var holding = { phrases: phrasesOf(ctx) };
      var limit = ctx.$('#backstop-holding-limit').value.trim();
      if (limit) {
        // a number as the server takes it; anything else is sent as typed, for the server to name the field
        holding.limit = /^[0-9]+$/.test(limit) ? Number(limit) : limit;
      }
      doc.holdingReplies = holding;
    }
  });
})(window.Backstop);
