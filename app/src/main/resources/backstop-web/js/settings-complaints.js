/*
 * Settings part: the complaint lexicon, complaints.lexicon {en, ru} of the settings document: each language's words
 * and phrases one a line, and "restore the defaults" (the defaults come with the page, data-lexicon-defaults). An
 * empty list is sent as one: that language's words are off, and a client writing again before an answer still counts.
 */
(function (Backstop) {
  'use strict';

  var LANGUAGES = ['en', 'ru'];

  /** The defaults the page carries, {en, ru}; empty lists when it carries none. */
  function defaults(ctx) {
    var given = null;
    try {
      given = JSON.parse(ctx.root.getAttribute('data-lexicon-defaults') || 'null');
    } catch (e) {
      given = null;
    }
    var lexicon = given && given.lexicon ? given.lexicon : {};
    return { en: Array.isArray(lexicon.en) ? lexicon.en : [], ru: Array.isArray(lexicon.ru) ? lexicon.ru : [] };
  }

  function box(ctx, language) {
    return ctx.$('#backstop-lexicon-' + language);
  }

  /** One entry a line, trimmed, without empty lines. */
  function entries(ctx, language) {
    return box(ctx, language).value.split('\n').map(function (line) {
      return line.trim();
    }).filter(function (line) {
      return line.length > 0;
    });
  }

  Backstop.part('settings', {
    start: function (ctx) {
      ctx.$('#backstop-lexicon-defaults').addEventListener('click', function () {
        var standard = defaults(ctx);
        LANGUAGES.forEach(function (language) {
          box(ctx, language).value = standard[language].join('\n');
        });
        box(ctx, 'ru').focus();
      });
    },
    /** A document without it (an old export) is shown with the defaults, which is what the server would keep. */
    fill: function (doc, ctx) {
      var lexicon = doc.complaints && doc.complaints.lexicon ? doc.complaints.lexicon : {};
      var standard = defaults(ctx);
      LANGUAGES.forEach(function (language) {
        box(ctx, language).value = (Array.isArray(lexicon[language]) ? lexicon[language] : standard[language]).join('\n');
      });
    },
    collect: function (doc, ctx) {
      doc.complaints = doc.complaints || {};
      doc.complaints.lexicon = { en: entries(ctx, 'en'), ru: entries(ctx, 'ru') };
    }
  });
})(window.Backstop);
