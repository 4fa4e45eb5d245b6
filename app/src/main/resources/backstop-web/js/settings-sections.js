/*
 * Settings part: the page in parts. The table of contents on top (it stays in view as the page scrolls) jumps to a
 * part and unfolds it, moving the focus to the part's title so the keyboard goes on from there; each part folds
 * under its title (a <details>); "Fold all" folds every part and gives the contents alone, "Unfold all" undoes it.
 * A part the host does not show (the sandbox has no setup) has no entry. A link with a part's #id opens it unfolded.
 */
(function (Backstop) {
  'use strict';

  /** The folding part an entry leads to: the target itself, or the first part inside it. */
  function fold(target) {
    return target.tagName === 'DETAILS' ? target : target.querySelector('details.backstop-part');
  }

  function open(target) {
    var part = fold(target);
    if (part) {
      part.open = true;
    }
    return part;
  }

  function go(ctx, id) {
    var target = ctx.root.querySelector('#' + id);
    if (!target) {
      return;
    }
    var part = open(target);
    var summary = part && part.querySelector('summary');
    // the part's title lands just under the contents, which stay on top of the page
    var toc = ctx.$('#backstop-settings-toc');
    window.scrollTo(0, Math.max(0, target.getBoundingClientRect().top + window.pageYOffset - toc.offsetHeight - 8));
    if (summary) {
      summary.focus({ preventScroll: true });
    }
    ctx.root.setAttribute('data-part', id);
  }

  /** Entries whose part is hidden are hidden too, and shown when the part is (parts appear once they load). */
  function follow(entry, target) {
    var sync = function () {
      Backstop.show(entry, !target.classList.contains('backstop-hidden'));
    };
    sync();
    new MutationObserver(sync).observe(target, { attributes: true, attributeFilter: ['class'] });
  }

  function foldAll(ctx, button) {
    var folding = button.getAttribute('aria-pressed') !== 'true';
    Array.prototype.forEach.call(ctx.root.querySelectorAll('details.backstop-part'), function (part) {
      part.open = !folding;
    });
    button.setAttribute('aria-pressed', String(folding));
    button.textContent = ctx.t(folding ? 'backstop.settings.unfold' : 'backstop.settings.fold');
  }

  var landed = false;

  Backstop.part('settings', {
    start: function (ctx) {
      Array.prototype.forEach.call(ctx.root.querySelectorAll('#backstop-settings-toc a[href^="#"]'), function (link) {
        var id = link.getAttribute('href').slice(1);
        var target = ctx.root.querySelector('#' + id);
        if (!target) {
          return;
        }
        follow(link.parentNode, target);
        link.addEventListener('click', function (event) {
          event.preventDefault();
          go(ctx, id);
          if (window.history && window.history.replaceState) {
            window.history.replaceState(null, '', '#' + id);
          }
        });
      });
      var button = ctx.$('#backstop-settings-fold');
      button.addEventListener('click', function () {
        foldAll(ctx, button);
      });
    },
    /** A link to a part (settings#backstop-part-people) lands on it once the form is filled. */
    fill: function (doc, ctx) {
      var id = landed ? '' : (window.location.hash || '').slice(1);
      landed = true;
      if (/^backstop-[\w-]+$/.test(id) && ctx.root.querySelector('#' + id + ' details, details#' + id)) {
        go(ctx, id);
      }
    }
  });
})(window.Backstop);
