/*
 * When an absence is: the forms' two ways to say it (js/absence-record.js, js/absence-requests.js). Whole days, the
 * first and the last inclusive, each from midnight in the department's zone; or a time range, two datetime-local
 * fields in that zone. A form without the choice (the settings' absences) is a time range. The fields of one form
 * carry data-<prefix>-field (first, last, from, to), the choice a data-<prefix>-mode select ("days" or "range"),
 * each way's fields a data-<prefix>-when="days" or "range" box.
 */
(function (Backstop) {
  'use strict';

  function field(form, prefix, name) {
    return form.querySelector('[data-' + prefix + '-field="' + name + '"]');
  }

  function mode(form, prefix) {
    var chosen = form.querySelector('[data-' + prefix + '-mode]');
    return chosen ? chosen.value : 'range';
  }

  /** The calendar day after an ISO day ("2026-11-10" -> "2026-11-11"). */
  function dayAfter(day) {
    var at = Date.parse(day + 'T00:00:00Z');
    return isNaN(at) ? '' : new Date(at + 864e5).toISOString().slice(0, 10);
  }

  function value(form, prefix, name) {
    var input = field(form, prefix, name);
    return input ? input.value : '';
  }

  Backstop.absenceWhen = {
    /** Shows the chosen way's fields only, now and whenever the choice changes. */
    bind: function (form, prefix) {
      var update = function () {
        var chosen = mode(form, prefix);
        Array.prototype.forEach.call(form.querySelectorAll('[data-' + prefix + '-when]'), function (box) {
          Backstop.show(box, box.getAttribute('data-' + prefix + '-when') === chosen);
        });
      };
      var chooser = form.querySelector('[data-' + prefix + '-mode]');
      if (chooser) {
        chooser.addEventListener('change', update);
      }
      update();
    },

    /**
     * The body's from and to (or until) for the form's choice: whole days from the first day's midnight, to the
     * midnight after the last (one day when the last is left empty), or, withUntil, to the end of the last day as
     * the server counts it (until); a time range as given. A field left empty is left out: the server names it.
     */
    read: function (form, prefix, zone, withUntil) {
      var body = {};
      if (mode(form, prefix) === 'days') {
        var first = value(form, prefix, 'first');
        var last = value(form, prefix, 'last') || first;
        if (first) {
          body.from = Backstop.zonedInstant(first + 'T00:00', zone);
        }
        if (last && withUntil) {
          body.until = last;
        } else if (last) {
          body.to = Backstop.zonedInstant(dayAfter(last) + 'T00:00', zone);
        }
        return body;
      }
      if (value(form, prefix, 'from')) {
        body.from = Backstop.zonedInstant(value(form, prefix, 'from'), zone);
      }
      if (value(form, prefix, 'to')) {
        body.to = Backstop.zonedInstant(value(form, prefix, 'to'), zone);
      }
      return body;
    },

    /** The input a 400's field stands for in the chosen way: from is the first day, to and until the last. */
    input: function (form, prefix, name) {
      var days = mode(form, prefix) === 'days';
      var names = { from: days ? 'first' : 'from', to: days ? 'last' : 'to', until: days ? 'last' : 'to' };
      return field(form, prefix, names[name] || String(name || '').replace(/[^\w]/g, ''));
    },

    /** Empties the when fields after a success. */
    clear: function (form, prefix) {
      ['first', 'last', 'from', 'to'].forEach(function (name) {
        var input = field(form, prefix, name);
        if (input) {
          input.value = '';
        }
      });
    }
  };
})(window.Backstop);
