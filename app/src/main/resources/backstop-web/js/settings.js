/*
 * The department's settings: one form over GET/PUT {rest}/settings. A 400 names the JSON path of the first bad
 * field; the message is shown next to the input whose data-field is that path or its nearest parent. Export
 * downloads the saved document; import loads a document into the form to be checked and saved.
 */
(function (Backstop) {
  'use strict';

  var DAYS = ['MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT', 'SUN'];
  var ROLES = ['HEAD', 'OPERATOR', 'MANAGER', 'OFFICE_MANAGER'];

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
      $('#backstop-tick').value = doc.tick || '';
      $('#backstop-staff-group').value = doc.staffGroup || '';
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

    load();
  }

  Backstop.ready(function () {
    var root = document.getElementById('backstop-settings');
    if (root) {
      start(root);
    }
  });
})(window.Backstop);
