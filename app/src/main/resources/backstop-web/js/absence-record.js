/*
 * Recorded absences, in a section of a page (the settings' absences, the absences page): GET absences listed
 * (everyone's for the keepers, else one's own), each deleted at once when the section allows it (DELETE
 * absences/{id}); and, when the section holds a form, an absence recorded for the chosen person (POST absences),
 * whole days or a time range (js/absence-when.js), or "sick today" in one click. A 400 is shown next to the field
 * it names. The section's data-state says where it is: loading, saving, ready or refused.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var KINDS = ['VACATION', 'SICK', 'TIME_OFF', 'STUDY'];
  // listed with its own label, never offered in the form: people mark busy time themselves (busy.js)
  var LISTED = KINDS.concat(['BUSY']);

  function showError(box, text) {
    box.error.textContent = text || '';
    Backstop.show(box.error, Boolean(text));
  }

  function clearErrors(box) {
    Array.prototype.forEach.call(box.section.querySelectorAll('.backstop-absence-error'), function (node) {
      node.parentNode.removeChild(node);
    });
    Array.prototype.forEach.call(box.section.querySelectorAll('[data-absence-field]'), function (node) {
      node.removeAttribute('aria-invalid');
      node.classList.remove('backstop-invalid');
    });
    showError(box, '');
  }

  function fieldError(box, field, message, label) {
    showError(box, box.t('backstop.settings.absence.invalid', label || field || '', message || ''));
    var node = box.form && Backstop.absenceWhen.input(box.form, 'absence', field);
    if (!node) {
      return;
    }
    node.setAttribute('aria-invalid', 'true');
    node.classList.add('backstop-invalid');
    node.parentNode.insertBefore(el('div', {
      className: 'error backstop-field-error backstop-absence-error', text: message || '',
      attrs: { role: 'alert', 'data-for': field }
    }), node.nextSibling);
  }

  function remove(box, absence) {
    clearErrors(box);
    box.section.setAttribute('data-state', 'saving');
    Backstop.api(box.rest + '/absences/' + encodeURIComponent(absence.id), { method: 'DELETE' }).then(function (answer) {
      if (!answer.ok) {
        showError(box, Backstop.problem(answer, box.t));
      }
      return load(box);
    });
  }

  function kindText(box, absence) {
    return LISTED.indexOf(absence.kind) >= 0 ? box.t('backstop.absence.' + absence.kind) : String(absence.kind || '');
  }

  /** An end as people say it: a whole-day absence's last day (inclusive; the stored end is the next midnight). */
  function shownEnd(box, absence, end) {
    var day = end ? absence.lastDay : absence.firstDay;
    var at = end ? absence.to : absence.from;
    return day ? box.formats.date(day) : at ? box.formats.dateTime(at) : '';
  }

  function row(box, absence) {
    var t = box.t;
    var actions = [];
    if (box.deletes) {
      var button = el('button', { className: 'aui-button aui-button-subtle backstop-absence-delete',
        text: t('backstop.settings.absence.delete'), attrs: { type: 'button' } });
      button.addEventListener('click', function () {
        remove(box, absence);
      });
      actions.push(button);
    }
    return el('tr', { className: 'backstop-absence' + (absence.lastDay ? ' backstop-absence-days' : ''),
      attrs: { 'data-id': absence.id, 'data-when': absence.when } }, [
      el('td', { className: 'backstop-absence-person', text: Backstop.person(absence.person, absence.personName) }),
      el('td', { className: 'backstop-absence-from', text: shownEnd(box, absence, false),
        attrs: { 'data-value': absence.from, 'data-day': absence.firstDay } }),
      el('td', { className: 'backstop-absence-to', text: shownEnd(box, absence, true),
        attrs: { 'data-value': absence.to, 'data-day': absence.lastDay } }),
      el('td', { className: 'backstop-absence-kind', text: kindText(box, absence), attrs: { 'data-value': absence.kind } }),
      el('td', {}, actions)
    ]);
  }

  /** The list (list-table.js) and, above it, which absences to show: all, upcoming, current or past (the server's now). */
  function list(box) {
    var table = box.rows.closest('table');
    var filter = el('select', { className: 'select backstop-absence-filter', attrs: { id: box.section.id + '-filter' } },
      ['all', 'UPCOMING', 'CURRENT', 'PAST'].map(function (when) {
        return el('option', { text: box.t('backstop.absences.filter.' + when), attrs: { value: when === 'all' ? '' : when } });
      }));
    filter.addEventListener('change', function () { show(box); });
    table.parentNode.insertBefore(el('div', { className: 'backstop-filter backstop-absence-filter-group' }, [
      el('label', { text: box.t('backstop.absences.filter'), attrs: { for: filter.id } }), filter]), table);
    box.none = el('p', { className: 'backstop-note backstop-absence-none' });
    table.parentNode.insertBefore(box.none, table.nextSibling);
    box.filter = filter;
    var day = function (end) { return function (a) { return end ? a.lastDay || a.to : a.firstDay || a.from; }; };
    box.list = Backstop.listTable(table, { t: box.t, lang: box.lang, name: 'backstop-absences',
      row: function (absence) { return row(box, absence); },
      columns: [{ type: 'text', value: function (a) { return Backstop.person(a.person, a.personName); } },
        { type: 'date', value: function (a) { return a.from; }, csv: day(false) },
        { type: 'date', value: function (a) { return a.to; }, csv: day(true) },
        { type: 'text', value: function (a) { return kindText(box, a); } }, { csv: false }] });
  }

  function show(box) {
    var wanted = box.filter.value;
    var shown = box.items.filter(function (absence) { return !wanted || absence.when === wanted; });
    box.list.set(shown);
    box.none.textContent = shown.length ? '' : box.t(box.items.length ? 'backstop.absences.filter.none'
      : 'backstop.settings.absence.none');
    Backstop.show(box.none, shown.length === 0);
  }

  function load(box) {
    box.section.setAttribute('data-state', 'loading');
    return Backstop.api(box.rest + '/absences').then(function (answer) {
      if (answer.ok && Array.isArray(answer.body)) {
        box.items = answer.body;
        show(box);
        Backstop.show(box.section, true);
      }
      box.section.setAttribute('data-state', 'ready');
    });
  }

  /** Records {person, kind, ...when}; a 400 goes next to its field, anything else above the form. */
  function record(box, body) {
    clearErrors(box);
    box.section.setAttribute('data-state', 'saving');
    Backstop.api(box.rest + '/absences', { method: 'POST', body: body }).then(function (answer) {
      if (answer.ok) {
        Backstop.absenceWhen.clear(box.form, 'absence');
        box.section.dispatchEvent(new CustomEvent('backstop:absence-recorded', { bubbles: true }));
        return load(box);
      }
      if (answer.status === 400 && answer.body) {
        fieldError(box, answer.body.field, answer.body.error, answer.body.label);
      } else {
        showError(box, Backstop.problem(answer, box.t));
      }
      box.section.setAttribute('data-state', 'refused');
      return null;
    });
  }

  function chosen(box, name) {
    return box.form.querySelector('[data-absence-field="' + name + '"]').value;
  }

  function bindForm(box) {
    var form = box.form;
    var kind = form.querySelector('[data-absence-field="kind"]');
    KINDS.forEach(function (code) {
      kind.appendChild(el('option', { text: box.t('backstop.absence.' + code), attrs: { value: code } }));
    });
    Backstop.absenceWhen.bind(form, 'absence');
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      var body = Backstop.absenceWhen.read(form, 'absence', box.zone, true);
      body.person = chosen(box, 'person');
      body.kind = chosen(box, 'kind');
      record(box, body);
    });
    var sick = form.querySelector('.backstop-absence-sick');
    if (sick) {
      // "sick today": from now to the end of today in the department's zone (the server's SICK without dates)
      sick.addEventListener('click', function () {
        record(box, { person: chosen(box, 'person'), kind: 'SICK' });
      });
    }
  }

  /**
   * Starts the section: options {t, rest, zone, lang, deletes}. Returns {load, people(list)}: people fills the
   * form's person picker with the people ({login, displayName} or logins; js/user-picker.js), keeping the choice.
   */
  Backstop.absenceRecord = function (section, options) {
    var box = { section: section, t: options.t, rest: options.rest, zone: options.zone, deletes: Boolean(options.deletes),
      lang: options.lang || 'en', items: [],
      formats: Backstop.formats(options.lang || 'en', options.zone), form: section.querySelector('form'),
      rows: section.querySelector('.backstop-absence-rows'), error: section.querySelector('.backstop-absences-error') };
    if (box.form) {
      bindForm(box);
    }
    list(box);
    return {
      load: function () {
        return load(box);
      },
      people: function (people) {
        var person = box.form && box.form.querySelector('[data-absence-field="person"]');
        if (person) {
          Backstop.userPicker.options(person, people);
        }
      }
    };
  };
})(window.Backstop);
