/*
 * The department's settings: one form over GET/PUT {rest}/settings. A 400 names the JSON path of the first bad
 * field; the message is shown next to the input whose data-field is that path or its nearest parent. Export
 * downloads the saved document; import loads a document into the form to be checked and saved.
 */
(function (Backstop) {
  'use strict';

  var DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
  var ROLES = ['HEAD', 'OPERATOR', 'MANAGER', 'OFFICE_MANAGER'];
  var KINDS = ['VACATION', 'SICK', 'TIME_OFF', 'STUDY'];

  /** How far ahead a repeating ICS event is expanded: a holiday calendar is planned a couple of years out. */
  var ICS_YEARS_AHEAD = 2;
  var ICS_MAX_OCCURRENCES = 1000;

  function icsDay(value) {
    var m = /^(\d{4})(\d{2})(\d{2})/.exec(value) || /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
    return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  }

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }

  /** The next occurrence of a repeating event: FREQ DAILY, WEEKLY, MONTHLY or YEARLY, every INTERVAL. */
  function icsStep(date, freq, interval) {
    var next = new Date(date.getTime());
    if (freq === 'DAILY') {
      next.setUTCDate(next.getUTCDate() + interval);
    } else if (freq === 'WEEKLY') {
      next.setUTCDate(next.getUTCDate() + 7 * interval);
    } else if (freq === 'MONTHLY') {
      next.setUTCMonth(next.getUTCMonth() + interval);
    } else if (freq === 'YEARLY') {
      next.setUTCFullYear(next.getUTCFullYear() + interval);
    } else {
      return null;
    }
    return next;
  }

  /**
   * The days of an ICS file's events, sorted and each once: every day from DTSTART to the day before DTEND (a
   * multi-day holiday), and for an RRULE (FREQ DAILY/WEEKLY/MONTHLY/YEARLY with INTERVAL, COUNT or UNTIL) every
   * occurrence up to the end of the year {@link ICS_YEARS_AHEAD} after {@code thisYear}. Folded lines (a
   * continuation starts with a space or a tab) are unfolded first.
   */
  function icsDates(text, thisYear) {
    var lines = String(text || '').replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '').split(/\r?\n/);
    var horizon = Date.UTC((thisYear || new Date().getUTCFullYear()) + ICS_YEARS_AHEAD, 11, 31);
    var days = {};
    var event = null;
    lines.forEach(function (line) {
      var upper = line.toUpperCase();
      var value = line.slice(line.indexOf(':') + 1).trim();
      if (upper === 'BEGIN:VEVENT') {
        event = {};
      } else if (upper === 'END:VEVENT' && event) {
        addEvent(event, horizon, days);
        event = null;
      } else if (event && /^DTSTART[;:]/.test(upper)) {
        event.start = icsDay(value);
      } else if (event && /^DTEND[;:]/.test(upper)) {
        event.end = icsDay(value);
        event.endIsDate = /VALUE=DATE[;:]/.test(upper) || /^\d{8}$/.test(value);
      } else if (event && /^RRULE:/.test(upper)) {
        event.rule = {};
        upper.slice(6).split(';').forEach(function (part) {
          var pair = part.split('=');
          event.rule[pair[0]] = pair[1];
        });
      }
    });
    return Object.keys(days).sort();
  }

  function addEvent(event, horizon, days) {
    if (!event.start) {
      return;
    }
    // a date-valued DTEND is exclusive: a one-day event ends the next day
    var length = event.end ? Math.max(1, Math.round((event.end - event.start) / 86400000) + (event.endIsDate ? 0 : 1)) : 1;
    var rule = event.rule || {};
    var count = rule.COUNT ? Number(rule.COUNT) : (event.rule ? ICS_MAX_OCCURRENCES : 1);
    var until = rule.UNTIL ? icsDay(rule.UNTIL) : null;
    var interval = Math.max(1, Number(rule.INTERVAL) || 1);
    var at = event.start;
    for (var n = 0; at && n < Math.min(count, ICS_MAX_OCCURRENCES) && at.getTime() <= horizon
        && (!until || at <= until); n++) {
      for (var d = 0; d < length; d++) {
        days[isoDay(new Date(at.getTime() + d * 86400000))] = true;
      }
      at = event.rule ? icsStep(at, rule.FREQ, interval) : null;
    }
  }

  var zonedInstant = Backstop.zonedInstant;

  function list(text) {
    return String(text || '').split(/[,\n;]/).map(function (part) {
      return part.trim();
    }).filter(function (part) {
      return part.length > 0;
    });
  }

  function start(root) {
    var t = Backstop.texts(root);
    var el = Backstop.el;
    var rest = root.getAttribute('data-rest');
    var form = root.querySelector('#backstop-settings-form');
    var error = root.querySelector('#backstop-settings-error');
    var saved = root.querySelector('#backstop-settings-saved');
    var goals = root.querySelector('#backstop-goals');
    var people = root.querySelector('#backstop-people');
    var $ = function (id) {
      return root.querySelector(id);
    };

    function input(field, value, className, label) {
      return el('input', {
        className: 'text ' + (className || ''),
        attrs: { type: 'text', 'data-field': field, value: value || '', autocomplete: 'off', 'aria-label': label }
      });
    }

    function removeButton(tr, container) {
      var button = el('button', {
        className: 'aui-button aui-button-subtle backstop-remove', text: t('backstop.settings.remove'),
        attrs: { type: 'button' }
      });
      button.addEventListener('click', function () {
        container.removeChild(tr);
        renumber();
      });
      return button;
    }

    /** Row inputs name their index (goals[2].queueAfter); after a removal the names follow the new order. */
    function renumber() {
      [[goals, 'goals'], [people, 'people']].forEach(function (pair) {
        Array.prototype.forEach.call(pair[0].children, function (tr, index) {
          Array.prototype.forEach.call(tr.querySelectorAll('[data-field]'), function (node) {
            node.setAttribute('data-field', node.getAttribute('data-field').replace(/^\w+\[\d+\]/, pair[1] + '[' + index + ']'));
          });
          tr.setAttribute('data-field', pair[1] + '[' + index + ']');
        });
      });
    }

    function goalRow(goal) {
      var i = goals.children.length;
      var p = 'goals[' + i + ']';
      var tr = el('tr', { attrs: { 'data-field': p } }, [
        el('td', {}, [input(p + '.issueTypes', (goal.issueTypes || []).join(', '), 'backstop-goal-types', t('backstop.settings.goal.issueTypes'))]),
        el('td', {}, [input(p + '.priorities', (goal.priorities || []).join(', '), 'backstop-goal-priorities', t('backstop.settings.goal.priorities'))]),
        el('td', {}, [input(p + '.queueAfter', goal.queueAfter, 'short-field backstop-goal-queue', t('backstop.settings.queueAfter'))]),
        el('td', {}, [input(p + '.respondWithin', goal.respondWithin, 'short-field backstop-goal-respond', t('backstop.settings.respondWithin'))])
      ]);
      tr.appendChild(el('td', {}, [removeButton(tr, goals)]));
      goals.appendChild(tr);
    }

    function personRow(person) {
      var i = people.children.length;
      var p = 'people[' + i + ']';
      var role = el('select', { className: 'select backstop-person-role', attrs: { 'data-field': p + '.role', 'aria-label': t('backstop.settings.person.role') } },
        ROLES.map(function (code) {
          return el('option', { text: t('backstop.role.' + code), attrs: { value: code } });
        }));
      if (person.role && ROLES.indexOf(person.role) < 0) {
        role.appendChild(el('option', { text: person.role, attrs: { value: person.role } }));
      }
      role.value = person.role || 'MANAGER';
      var tr = el('tr', { attrs: { 'data-field': p } }, [
        el('td', {}, [input(p + '.name', person.name, 'backstop-person-name', t('backstop.settings.person.name'))]),
        el('td', {}, [role]),
        el('td', {}, [input(p + '.deputies', (person.deputies || []).join(', '), 'backstop-person-deputies', t('backstop.settings.person.deputies'))])
      ]);
      tr.appendChild(el('td', {}, [removeButton(tr, people)]));
      people.appendChild(tr);
    }

    function fill(doc) {
      var calendar = doc.calendar || {};
      var week = calendar.week || {};
      $('#backstop-zone').value = calendar.zone || '';
      DAYS.forEach(function (day) {
        var intervals = week[day] || week[day.toLowerCase()] || [];
        $('#backstop-week-' + day).value = intervals.join(', ');
      });
      $('#backstop-holidays').value = (calendar.holidays || []).join('\n');
      var policy = doc.policy || {};
      $('#backstop-queue-after').value = policy.queueAfter || '';
      $('#backstop-respond-within').value = policy.respondWithin || '';
      $('#backstop-return-to-owner').checked = policy.returnToOwner !== false;
      Backstop.clear(goals);
      (doc.goals || []).forEach(goalRow);
      Backstop.clear(people);
      (doc.people || []).forEach(personRow);
      fillPeople(doc);
      $('#backstop-tick').value = doc.tick || '';
      $('#backstop-staff-group').value = doc.staffGroup || '';
      $('#backstop-projects').value = (doc.projects || []).join(', ');
      Backstop.show(form, true);
    }

    function collect() {
      var week = {};
      DAYS.forEach(function (day) {
        var intervals = list($('#backstop-week-' + day).value);
        if (intervals.length) {
          week[day] = intervals;
        }
      });
      var doc = {
        calendar: { zone: $('#backstop-zone').value.trim(), week: week, holidays: list($('#backstop-holidays').value) },
        policy: {
          queueAfter: $('#backstop-queue-after').value.trim(),
          respondWithin: $('#backstop-respond-within').value.trim(),
          returnToOwner: $('#backstop-return-to-owner').checked
        },
        goals: Array.prototype.map.call(goals.children, function (tr) {
          var goal = {};
          var types = list(tr.querySelector('.backstop-goal-types').value);
          var priorities = list(tr.querySelector('.backstop-goal-priorities').value);
          var queue = tr.querySelector('.backstop-goal-queue').value.trim();
          var respond = tr.querySelector('.backstop-goal-respond').value.trim();
          if (types.length) {
            goal.issueTypes = types;
          }
          if (priorities.length) {
            goal.priorities = priorities;
          }
          if (queue) {
            goal.queueAfter = queue;
          }
          if (respond) {
            goal.respondWithin = respond;
          }
          return goal;
        }),
        people: Array.prototype.map.call(people.children, function (tr) {
          return {
            name: tr.querySelector('.backstop-person-name').value.trim(),
            role: tr.querySelector('.backstop-person-role').value,
            deputies: list(tr.querySelector('.backstop-person-deputies').value)
          };
        }),
        tick: $('#backstop-tick').value.trim()
      };
      var group = $('#backstop-staff-group').value.trim();
      if (group) {
        doc.staffGroup = group;
      }
      var projects = list($('#backstop-projects').value);
      if (projects.length) {
        doc.projects = projects;
      }
      return doc;
    }

    function clearErrors() {
      Array.prototype.forEach.call(root.querySelectorAll('.backstop-field-error'), function (node) {
        node.parentNode.removeChild(node);
      });
      Array.prototype.forEach.call(root.querySelectorAll('[aria-invalid]'), function (node) {
        node.removeAttribute('aria-invalid');
        node.classList.remove('backstop-invalid');
      });
      Backstop.show(error, false);
      Backstop.show(saved, false);
    }

    /** The input a JSON path names: itself, or the nearest parent path that has one (people[2].deputies[0] -> people[2].deputies). */
    function target(path) {
      var candidate = path || '';
      while (candidate) {
        var found = null;
        Array.prototype.forEach.call(root.querySelectorAll('[data-field]'), function (node) {
          if (!found && node.getAttribute('data-field') === candidate) {
            found = node;
          }
        });
        if (found) {
          return found;
        }
        var cut = Math.max(candidate.lastIndexOf('.'), candidate.lastIndexOf('['));
        candidate = cut > 0 ? candidate.slice(0, cut) : '';
      }
      return null;
    }

    function fieldError(path, message) {
      var node = target(path);
      error.textContent = t('backstop.settings.invalid', path || '', message || '');
      Backstop.show(error, true);
      if (!node) {
        return;
      }
      var note = el('div', { className: 'error backstop-field-error', text: message || '', attrs: { role: 'alert', 'data-for': path } });
      if (node.tagName === 'INPUT' || node.tagName === 'SELECT' || node.tagName === 'TEXTAREA') {
        node.setAttribute('aria-invalid', 'true');
        node.classList.add('backstop-invalid');
        node.parentNode.insertBefore(note, node.nextSibling);
        node.focus();
      } else if (node.tagName === 'TR') {
        node.classList.add('backstop-invalid');
        node.lastChild.appendChild(note);
      } else {
        var title = node.querySelector('.backstop-section-title');
        if (title && title.parentNode === node) {
          node.insertBefore(note, title.nextSibling);
        } else {
          node.insertBefore(note, node.firstChild);
        }
      }
      note.scrollIntoView({ block: 'center' });
    }

    function refused(answer) {
      error.textContent = answer.status === 401 ? t('backstop.error.login')
        : answer.status === 403 ? t('backstop.error.forbidden.settings')
          : t('backstop.error.load', answer.status);
      Backstop.show(error, true);
    }

    function load() {
      clearErrors();
      return Backstop.api(rest + '/settings').then(function (answer) {
        if (answer.ok && answer.body) {
          fill(answer.body);
        } else {
          refused(answer);
        }
        root.setAttribute('data-state', 'ready');
      });
    }

    form.addEventListener('submit', function (event) {
      event.preventDefault();
      clearErrors();
      root.setAttribute('data-state', 'saving');
      Backstop.api(rest + '/settings', { method: 'PUT', body: collect() }).then(function (answer) {
        if (answer.ok && answer.body) {
          fill(answer.body);
          saved.textContent = t('backstop.settings.saved');
          Backstop.show(saved, true);
          saved.scrollIntoView({ block: 'center' });
        } else if (answer.status === 400 && answer.body) {
          fieldError(answer.body.field, answer.body.error);
        } else {
          refused(answer);
        }
        root.setAttribute('data-state', answer.ok ? 'saved' : 'refused');
      });
    });

    $('#backstop-goal-add').addEventListener('click', function () {
      goalRow({});
    });
    $('#backstop-person-add').addEventListener('click', function () {
      personRow({ role: 'MANAGER' });
    });
    $('#backstop-settings-reload').addEventListener('click', load);

    $('#backstop-settings-export').addEventListener('click', function () {
      Backstop.api(rest + '/settings').then(function (answer) {
        if (!answer.ok || !answer.body) {
          refused(answer);
          return;
        }
        var blob = new Blob([JSON.stringify(answer.body, null, 2) + '\n'], { type: 'application/json' });
        var url = URL.createObjectURL(blob);
        var link = el('a', { attrs: { href: url, download: 'backstop-settings.json' } });
        document.body.appendChild(link);
        link.click();
        document.body.removeChild(link);
        window.setTimeout(function () {
          URL.revokeObjectURL(url);
        }, 1000);
      });
    });

    $('#backstop-settings-import').addEventListener('change', function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        clearErrors();
        var doc;
        try {
          doc = JSON.parse(String(reader.result));
        } catch (e) {
          doc = null;
        }
        if (!doc || typeof doc !== 'object' || Array.isArray(doc)) {
          error.textContent = t('backstop.settings.import.bad');
          Backstop.show(error, true);
        } else {
          fill(doc);
          saved.textContent = t('backstop.settings.import.loaded');
          Backstop.show(saved, true);
        }
        event.target.value = '';
        root.setAttribute('data-state', 'imported');
      };
      reader.readAsText(file);
    });

    // --- holidays from an ICS file, into the form (saved with it) ---
    var icsNote = $('#backstop-holidays-ics-note');
    $('#backstop-holidays-ics').addEventListener('change', function (event) {
      var file = event.target.files && event.target.files[0];
      if (!file) {
        return;
      }
      var reader = new FileReader();
      reader.onload = function () {
        var found = icsDates(String(reader.result));
        var holidays = $('#backstop-holidays');
        var before = list(holidays.value);
        var all = before.concat(found).filter(function (date, index, dates) {
          return dates.indexOf(date) === index;
        }).sort();
        holidays.value = all.join('\n');
        icsNote.textContent = found.length ? t('backstop.settings.holidays.ics.added', all.length - before.length)
          : t('backstop.settings.holidays.ics.bad');
        Backstop.show(icsNote, true);
        event.target.value = '';
        root.setAttribute('data-state', 'ics-imported');
      };
      reader.readAsText(file);
    });

    // --- absences: GET/POST absences, DELETE absences/{id}, each at once ---
    var zone = root.getAttribute('data-zone') || undefined;
    var formats = Backstop.formats(root.getAttribute('data-lang') || undefined, zone);
    var absences = $('#backstop-absences');
    var absenceRows = $('#backstop-absence-rows');
    var absenceError = $('#backstop-absences-error');
    var absencePerson = $('#backstop-absence-person');
    var absenceKind = $('#backstop-absence-kind');
    KINDS.forEach(function (kind) {
      absenceKind.appendChild(el('option', { text: t('backstop.absence.' + kind), attrs: { value: kind } }));
    });

    function clearAbsenceErrors() {
      Array.prototype.forEach.call(absences.querySelectorAll('.backstop-absence-error'), function (node) {
        node.parentNode.removeChild(node);
      });
      Array.prototype.forEach.call(absences.querySelectorAll('[data-absence-field]'), function (node) {
        node.removeAttribute('aria-invalid');
        node.classList.remove('backstop-invalid');
      });
      Backstop.show(absenceError, false);
    }

    function absenceFieldError(field, message) {
      absenceError.textContent = t('backstop.settings.absence.invalid', field || '', message || '');
      Backstop.show(absenceError, true);
      var node = absences.querySelector('[data-absence-field="' + String(field || '').replace(/[^\w]/g, '') + '"]');
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

    function fillPeople(doc) {
      var current = absencePerson.value;
      Backstop.clear(absencePerson);
      (doc.people || []).forEach(function (person) {
        if (person && person.name) {
          absencePerson.appendChild(el('option', { text: person.name, attrs: { value: person.name } }));
        }
      });
      if (current) {
        absencePerson.value = current;
      }
    }

    function absenceRow(absence) {
      var remove = el('button', {
        className: 'aui-button aui-button-subtle backstop-absence-delete', text: t('backstop.settings.absence.delete'),
        attrs: { type: 'button' }
      });
      remove.addEventListener('click', function () {
        clearAbsenceErrors();
        absences.setAttribute('data-state', 'saving');
        Backstop.api(rest + '/absences/' + encodeURIComponent(absence.id), { method: 'DELETE' }).then(function (answer) {
          if (!answer.ok) {
            absenceError.textContent = answer.body && answer.body.error ? answer.body.error : t('backstop.error.load', answer.status);
            Backstop.show(absenceError, true);
          }
          return loadAbsences();
        });
      });
      var kind = KINDS.indexOf(absence.kind) >= 0 ? t('backstop.absence.' + absence.kind) : String(absence.kind || '');
      return el('tr', { className: 'backstop-absence', attrs: { 'data-id': absence.id } }, [
        el('td', { className: 'backstop-absence-person', text: absence.person }),
        el('td', { className: 'backstop-absence-from', text: absence.from ? formats.dateTime(absence.from) : '', attrs: { 'data-value': absence.from } }),
        el('td', { className: 'backstop-absence-to', text: absence.to ? formats.dateTime(absence.to) : '', attrs: { 'data-value': absence.to } }),
        el('td', { className: 'backstop-absence-kind', text: kind, attrs: { 'data-value': absence.kind } }),
        el('td', {}, [remove])
      ]);
    }

    function loadAbsences() {
      absences.setAttribute('data-state', 'loading');
      return Backstop.api(rest + '/absences').then(function (answer) {
        Backstop.clear(absenceRows);
        if (answer.ok && Array.isArray(answer.body)) {
          answer.body.forEach(function (absence) {
            absenceRows.appendChild(absenceRow(absence));
          });
          if (!answer.body.length) {
            absenceRows.appendChild(el('tr', { className: 'backstop-absence-none' }, [
              el('td', { text: t('backstop.settings.absence.none'), attrs: { colspan: 5 } })
            ]));
          }
          Backstop.show(absences, true);
        }
        absences.setAttribute('data-state', 'ready');
      });
    }

    $('#backstop-absence-form').addEventListener('submit', function (event) {
      event.preventDefault();
      clearAbsenceErrors();
      var request = { person: absencePerson.value, kind: absenceKind.value };
      var from = $('#backstop-absence-from').value;
      var to = $('#backstop-absence-to').value;
      if (from) {
        request.from = zonedInstant(from, zone);
      }
      if (to) {
        request.to = zonedInstant(to, zone);
      }
      absences.setAttribute('data-state', 'saving');
      Backstop.api(rest + '/absences', { method: 'POST', body: request }).then(function (answer) {
        if (answer.ok) {
          $('#backstop-absence-from').value = '';
          $('#backstop-absence-to').value = '';
          return loadAbsences();
        }
        if (answer.status === 400 && answer.body) {
          absenceFieldError(answer.body.field, answer.body.error);
        } else {
          absenceError.textContent = t('backstop.error.load', answer.status);
          Backstop.show(absenceError, true);
        }
        absences.setAttribute('data-state', 'refused');
        return null;
      });
    });

    // --- results settings: a form built from the document, and the document as JSON ---
    var results = $('#backstop-results');
    var resultsForm = $('#backstop-results-form');
    var resultsJson = $('#backstop-results-json');
    var resultsError = $('#backstop-results-error');
    var resultsSaved = $('#backstop-results-saved');
    var resultsDoc = {};

    function resultsMessage(node, text) {
      Backstop.show(resultsError, false);
      Backstop.show(resultsSaved, false);
      results.querySelectorAll('[aria-invalid]').forEach(function (input) {
        input.removeAttribute('aria-invalid');
        input.classList.remove('backstop-invalid');
      });
      if (node) {
        node.textContent = text;
        Backstop.show(node, true);
      }
    }

    function showResults(doc) {
      resultsDoc = doc;
      resultsJson.value = JSON.stringify(doc, null, 2);
      Backstop.clear(resultsForm);
      resultsForm.appendChild(Backstop.resultsForm(doc, t));
    }

    function loadResults() {
      results.setAttribute('data-state', 'loading');
      return Backstop.api(rest + '/results/settings').then(function (answer) {
        resultsMessage(null);
        if (answer.ok && answer.body) {
          showResults(answer.body);
          Backstop.show(results, true);
        }
        results.setAttribute('data-state', 'ready');
      });
    }

    /** The input a 400's field names, or its nearest parent's (catalog[1].minutes, then catalog[1], catalog). */
    function resultsInput(field) {
      var path = field || '';
      while (path) {
        var found = results.querySelector('[data-path="' + path.replace(/["\\]/g, '') + '"]');
        if (found) {
          return found;
        }
        path = path.replace(/(\.[^.\[]*|\[\d+\])$/, '');
      }
      return resultsJson;
    }

    function saveResults(doc) {
      results.setAttribute('data-state', 'saving');
      Backstop.api(rest + '/results/settings', { method: 'PUT', body: doc }).then(function (answer) {
        if (answer.ok) {
          if (answer.body) {
            showResults(answer.body);
          }
          resultsMessage(resultsSaved, t('backstop.settings.results.saved'));
        } else if (answer.status === 400 && answer.body) {
          resultsMessage(resultsError, t('backstop.settings.results.invalid', answer.body.field || '', answer.body.error || ''));
          resultsError.setAttribute('data-for', answer.body.field || '');
          var input = resultsInput(answer.body.field);
          input.setAttribute('aria-invalid', 'true');
          input.classList.add('backstop-invalid');
        } else {
          resultsMessage(resultsError, t('backstop.error.load', answer.status));
        }
        results.setAttribute('data-state', answer.ok ? 'saved' : 'refused');
      });
    }

    $('#backstop-results-save').addEventListener('click', function () {
      saveResults(Backstop.readResultsForm(resultsForm, resultsDoc));
    });
    $('#backstop-results-save-json').addEventListener('click', function () {
      var doc;
      try {
        doc = JSON.parse(resultsJson.value);
      } catch (e) {
        resultsMessage(resultsError, t('backstop.settings.results.notJson', e.message));
        resultsError.setAttribute('data-for', '');
        results.setAttribute('data-state', 'refused');
        return;
      }
      saveResults(doc);
    });
    $('#backstop-results-reset').addEventListener('click', loadResults);

    // --- the host's setup (Jira: issue types, fields, the staff group, the user Backstop acts as) ---
    var setupUrl = root.getAttribute('data-setup');
    if (setupUrl) {
      var setup = $('#backstop-setup');
      var setupError = $('#backstop-setup-error');
      var setupItems = $('#backstop-setup-items');
      Backstop.show(setup, true);
      $('#backstop-setup-run').addEventListener('click', function () {
        var actor = $('#backstop-setup-actor').value.trim();
        setup.setAttribute('data-state', 'running');
        Backstop.show(setupError, false);
        Backstop.clear(setupItems);
        Backstop.api(setupUrl, { method: 'POST', body: actor ? { actor: actor } : {} }).then(function (answer) {
          if (answer.ok && answer.body) {
            (answer.body.items || []).forEach(function (item) {
              setupItems.appendChild(Backstop.el('li', { attrs: { 'data-status': item.status } }, [
                Backstop.el('span', { className: 'aui-lozenge' + (item.status === 'FAILED' ? ' aui-lozenge-removed'
                  : item.status === 'CREATED' ? ' aui-lozenge-success' : ''), text: t('backstop.settings.setup.' + item.status) }),
                Backstop.el('span', { text: ' ' + item.name + ': ' + item.message })]));
            });
          } else {
            setupError.textContent = answer.body && answer.body.error ? answer.body.error : t('backstop.error.load', answer.status);
            Backstop.show(setupError, true);
          }
          setup.setAttribute('data-state', answer.ok ? 'done' : 'refused');
        });
      });
    }
    // --- absence requests: approve or refuse; an approval adds to the absences above ---
    var requests = $('#backstop-absence-requests');
    requests.addEventListener('backstop:absences-changed', loadAbsences);

    load().then(function () {
      return Promise.all([loadAbsences(), loadResults(),
        Backstop.absenceRequests(requests, t, rest, zone, root.getAttribute('data-lang') || undefined)]);
    });
  }

  /*
   * The results settings as a form. Each part of the document is a table (a list or a map, one row per entry,
   * rows added and removed) or a set of fields; every input carries the JSON path a 400 would name (data-path).
   * Money is shown in roubles and kept in kopecks.
   */
  var RESULTS_PARTS = [
    { key: 'catalog', table: [['code', 'text'], ['name', 'text'], ['minutes', 'int']] },
    { key: 'replyOperations', map: [['issueType', 'text'], ['operation', 'text']] },
    { key: 'ramp', fields: [['newcomer.min', 'number'], ['newcomer.max', 'number'], ['experienced.min', 'number'],
      ['experienced.max', 'number'], ['newcomerMonths', 'int'], ['experiencedFromMonth', 'int'], ['fullDay', 'text']] },
    { key: 'hired', map: [['person', 'text'], ['date', 'date']] },
    { key: 'weights', fields: [['output', 'number'], ['receivables', 'number'], ['timeliness', 'number'],
      ['quality', 'number'], ['upsells', 'number']] },
    { key: 'targets', fields: [['collectKopecks', 'money'], ['upsellPoints', 'int']] },
    { key: 'adjacency', table: [['from', 'text'], ['to', 'text'], ['level', 'int'], ['points', 'int']] },
    { key: 'campaigns', table: [['code', 'text'], ['ordered', 'text'], ['offer', 'text'], ['lookbackMonths', 'int']] },
    { key: 'lotoCards', table: [['service', 'text'], ['offers', 'list']] },
    { key: 'ladder', fields: [['manager', 'int'], ['head', 'int'], ['director', 'int']] },
    { key: 'thresholds', root: true, fields: [['largeClientKopecks', 'money'], ['cheapThreshold', 'number']] }
  ];

  function getPath(object, path) {
    return path.split('.').reduce(function (value, name) {
      return value === undefined || value === null ? undefined : value[name];
    }, object);
  }

  function setPath(object, path, value) {
    var names = path.split('.');
    var last = names.pop();
    var target = names.reduce(function (node, name) {
      if (typeof node[name] !== 'object' || node[name] === null) {
        node[name] = {};
      }
      return node[name];
    }, object);
    target[last] = value;
  }

  function shown(type, value) {
    if (value === undefined || value === null) {
      return '';
    }
    if (type === 'money') {
      return String(value / 100);
    }
    if (type === 'list') {
      return (value || []).join(', ');
    }
    return String(value);
  }

  /** What an input holds, as the document wants it; text that is not a number is sent as is, for the 400. */
  function read(type, text) {
    var value = text.trim();
    if (type === 'list') {
      return value === '' ? [] : value.split(',').map(function (part) { return part.trim(); });
    }
    if (type === 'int' || type === 'number' || type === 'money') {
      if (value === '' || isNaN(Number(value))) {
        return value === '' ? null : value;
      }
      return type === 'money' ? Math.round(Number(value) * 100) : Number(value);
    }
    return value;
  }

  function input(type, value, path, label) {
    return Backstop.el('input', {
      className: 'text backstop-results-input' + (type === 'text' || type === 'list' ? '' : ' short-field'),
      attrs: { type: type === 'date' ? 'date' : 'text', value: shown(type, value), 'data-path': path,
        'data-type': type, 'aria-label': label, inputmode: type === 'text' || type === 'list' || type === 'date'
          ? 'text' : 'decimal' }
    });
  }

  Backstop.resultsForm = function (doc, t) {
    var el = Backstop.el;
    var form = el('div', { className: 'backstop-results-parts' });
    RESULTS_PARTS.forEach(function (part) {
      var legend = t('backstop.results.' + part.key);
      var box = el('fieldset', { className: 'backstop-results-part', attrs: { 'data-section': part.key,
        'data-path': part.root ? '' : part.key } }, [el('legend', { text: legend })]);
      if (part.fields) {
        part.fields.forEach(function (field) {
          var path = part.root ? field[0] : part.key + '.' + field[0];
          var label = t('backstop.results.' + part.key + '.' + field[0]);
          box.appendChild(el('div', { className: 'field-group' }, [el('label', { text: label }),
            input(field[1], getPath(doc, path), path, label)]));
        });
      } else {
        var columns = part.table || part.map;
        var body = el('tbody', {});
        var addRow = function (entry) {
          var row = el('tr', { attrs: { 'data-row': '' } });
          columns.forEach(function (column) {
            var label = t('backstop.results.' + part.key + '.' + column[0]);
            row.appendChild(el('td', {}, [input(column[1], entry[column[0]], '', label)]));
          });
          row.appendChild(el('td', {}, [el('button', { className: 'aui-button aui-button-link backstop-results-remove',
            text: t('backstop.results.remove'), attrs: { type: 'button' } })]));
          row.lastChild.firstChild.addEventListener('click', function () {
            body.removeChild(row);
            numberRows(body, part);
          });
          body.appendChild(row);
        };
        var entries = part.table ? (doc[part.key] || []) : Object.keys(doc[part.key] || {}).sort().map(function (k) {
          var entry = {};
          entry[columns[0][0]] = k;
          entry[columns[1][0]] = doc[part.key][k];
          return entry;
        });
        entries.forEach(addRow);
        numberRows(body, part);
        box.appendChild(el('table', { className: 'aui backstop-results-table' }, [
          el('thead', {}, [el('tr', {}, columns.map(function (column) {
            return el('th', { text: t('backstop.results.' + part.key + '.' + column[0]) });
          }).concat([el('th', {})]))]), body]));
        var add = el('button', { className: 'aui-button backstop-results-add', text: t('backstop.results.add'),
          attrs: { type: 'button', 'data-add': part.key } });
        add.addEventListener('click', function () {
          addRow({});
          numberRows(body, part);
        });
        box.appendChild(add);
      }
      form.appendChild(box);
    });
    return form;
  };

  /** Row inputs carry the path of their place: catalog[2].minutes; a map's value is named by its key. */
  function numberRows(body, part) {
    Array.prototype.forEach.call(body.children, function (row, i) {
      var inputs = row.querySelectorAll('input');
      var columns = part.table || part.map;
      columns.forEach(function (column, c) {
        inputs[c].setAttribute('data-path', part.table ? part.key + '[' + i + '].' + column[0]
          : part.key + (c === 0 ? '' : '.' + inputs[0].value.trim()));
      });
    });
  }

  /** The document the form holds: what was loaded, with every part the form shows read back from its inputs. */
  Backstop.readResultsForm = function (form, loaded) {
    var doc = JSON.parse(JSON.stringify(loaded || {}));
    RESULTS_PARTS.forEach(function (part) {
      var box = form.querySelector('[data-section="' + part.key + '"]');
      if (part.fields) {
        box.querySelectorAll('input').forEach(function (field) {
          var value = read(field.getAttribute('data-type'), field.value);
          if (value !== null) {
            setPath(doc, field.getAttribute('data-path'), value);
          }
        });
        return;
      }
      var columns = part.table || part.map;
      var rows = Array.prototype.map.call(box.querySelectorAll('tbody tr'), function (row) {
        var inputs = row.querySelectorAll('input');
        var entry = {};
        columns.forEach(function (column, c) {
          var value = read(column[1], inputs[c].value);
          if (value !== null) {
            entry[column[0]] = value;
          }
        });
        return entry;
      });
      if (part.table) {
        doc[part.key] = rows;
      } else {
        doc[part.key] = {};
        rows.forEach(function (entry) {
          doc[part.key][entry[columns[0][0]] || ''] = entry[columns[1][0]];
        });
      }
    });
    return doc;
  };

  Backstop.ready(function () {
    var root = document.getElementById('backstop-settings');
    if (root) {
      start(root);
    }
  });
})(window.Backstop);
