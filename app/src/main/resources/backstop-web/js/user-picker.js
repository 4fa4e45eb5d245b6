/*
 * User pickers: a person is picked by the name people know them by and saved by login. Backstop.userPicker(input,
 * options) turns a text input that holds a login (or, with options.multiple, logins separated by commas) into a
 * combobox: as one types, the people whose login or display name holds the typed text, from the host's directory
 * ({rest}/people/candidates?query=: the department's people, then the host's other users), "Anna Ivanova (ivanova)";
 * Up and Down move, Enter or a click picks (the login goes into the input), Escape closes. Under the input, the display
 * names of the logins it holds. What was typed stays a login: a person the directory does not know is still saved.
 *
 * A host with a picker of its own registers Backstop.userPicker.host(input, options) (Jira: js/user-picker-jira.js,
 * AUI's picker over Jira's users); when it answers true, the host's picker serves the input instead.
 * Backstop.userPicker.options(select, people) fills a select of a fixed list of people (the absence form's).
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var WAIT_MS = 150;
  var directories = {};
  var counter = 0;

  /** "Anna Ivanova (ivanova)", or the login alone when the host has no other name for it. */
  function label(login, name) {
    return name && name !== login ? name + ' (' + login + ')' : login;
  }

  /** The logins an input holds, in order. */
  function logins(value) {
    return String(value || '').split(/[,;\n]/).map(function (part) {
      return part.trim();
    }).filter(function (part) {
      return part.length > 0;
    });
  }

  /**
   * The host's directory under a REST root, shared by the page's pickers: find(query) answers the candidates and
   * remembers their names; name(login) is a remembered display name or null; changed(listener) hears new names.
   */
  function directory(rest) {
    if (directories[rest]) {
      return directories[rest];
    }
    var known = {};
    var listeners = [];
    var dir = {
      find: function (query) {
        return Backstop.userPicker.source(rest, query).then(function (found) {
          found.forEach(function (c) {
            known[c.login] = c.displayName;
          });
          listeners.forEach(function (listener) {
            listener();
          });
          return found;
        });
      },
      name: function (login) {
        return Object.prototype.hasOwnProperty.call(known, login) ? known[login] : null;
      },
      changed: function (listener) {
        listeners.push(listener);
      }
    };
    directories[rest] = dir;
    return dir;
  }

  /** The text being typed: the whole input, or with several logins the part after the last comma. */
  function typed(box) {
    var value = box.input.value;
    return box.multiple ? value.slice(Math.max(value.lastIndexOf(','), value.lastIndexOf(';')) + 1).trim()
      : value.trim();
  }

  function close(box) {
    Backstop.clear(box.list);
    Backstop.show(box.list, false);
    box.active = -1;
    box.input.setAttribute('aria-expanded', 'false');
    box.input.removeAttribute('aria-activedescendant');
  }

  function showNames(box) {
    var names = logins(box.input.value).map(function (login) {
      return label(login, box.dir.name(login));
    }).filter(function (text, i, all) {
      return text.indexOf('(') >= 0 && all.indexOf(text) === i;
    });
    box.names.textContent = names.join(', ');
    Backstop.show(box.names, names.length > 0);
  }

  function pick(box, login) {
    if (box.multiple) {
      var held = logins(box.input.value);
      var kept = held.slice(0, typed(box) ? held.length - 1 : held.length).filter(function (l) {
        return l !== login;
      });
      box.input.value = kept.concat([login]).join(', ');
    } else {
      box.input.value = login;
    }
    close(box);
    showNames(box);
    box.input.dispatchEvent(new Event('change', { bubbles: true }));
    box.input.focus();
  }

  function highlight(box, index) {
    var options = box.list.children;
    if (!options.length) {
      return;
    }
    box.active = (index + options.length) % options.length;
    Array.prototype.forEach.call(options, function (option, i) {
      option.setAttribute('aria-selected', String(i === box.active));
    });
    box.input.setAttribute('aria-activedescendant', options[box.active].id);
    options[box.active].scrollIntoView({ block: 'nearest' });
  }

  function fillList(box, found) {
    Backstop.clear(box.list);
    box.active = -1;
    found.forEach(function (c, i) {
      var option = el('li', { className: 'backstop-user-option', text: label(c.login, c.displayName), attrs: {
        role: 'option', id: box.list.id + '-' + i, 'data-login': c.login, 'aria-selected': 'false' } });
      // mousedown, not click: the input keeps its focus, so the list is still there when the click lands
      option.addEventListener('mousedown', function (event) {
        event.preventDefault();
        pick(box, c.login);
      });
      box.list.appendChild(option);
    });
    if (!found.length) {
      box.list.appendChild(el('li', { className: 'backstop-user-none', text: box.t('backstop.userPicker.none'),
        attrs: { role: 'option', 'aria-disabled': 'true', id: box.list.id + '-none' } }));
    }
    Backstop.show(box.list, true);
    box.input.setAttribute('aria-expanded', 'true');
  }

  function search(box) {
    var asked = typed(box);
    var turn = ++box.turn;
    window.clearTimeout(box.timer);
    box.timer = window.setTimeout(function () {
      box.dir.find(asked).then(function (found) {
        if (turn === box.turn && document.activeElement === box.input) {
          fillList(box, found);
        }
      });
    }, WAIT_MS);
  }

  function onKey(box, event) {
    var open = box.list.children.length > 0 && !box.list.classList.contains('backstop-hidden');
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        search(box);
      } else {
        highlight(box, box.active + (event.key === 'ArrowDown' ? 1 : -1));
      }
    } else if (event.key === 'Enter' && open && box.active >= 0) {
      event.preventDefault(); // the pick, not the form's submit
      var login = box.list.children[box.active].getAttribute('data-login');
      if (login) {
        pick(box, login);
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      close(box);
    }
  }

  function wire(box) {
    var input = box.input;
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', box.list.id);
    input.setAttribute('aria-describedby', ((input.getAttribute('aria-describedby') || '') + ' ' + box.names.id).trim());
    input.addEventListener('input', function () {
      search(box);
      showNames(box);
    });
    input.addEventListener('keydown', function (event) {
      onKey(box, event);
    });
    input.addEventListener('blur', function () {
      box.turn++;
      close(box);
      showNames(box);
    });
    box.dir.changed(function () {
      showNames(box);
    });
  }

  /** options: {rest, t, multiple}. Returns {refresh()}: shows the names of what the input holds now. */
  Backstop.userPicker = function (input, options) {
    if (Backstop.userPicker.host && Backstop.userPicker.host(input, options)) {
      return { refresh: function () { } };
    }
    var id = 'backstop-user-picker-' + (++counter);
    var box = { input: input, t: options.t, multiple: Boolean(options.multiple), dir: directory(options.rest),
      active: -1, turn: 0, timer: null,
      list: el('ul', { className: 'backstop-user-list backstop-hidden', attrs: { role: 'listbox', id: id + '-list' } }),
      names: el('div', { className: 'description backstop-user-names backstop-hidden', attrs: { id: id + '-names' } }) };
    var wrap = el('div', { className: 'backstop-user-picker' });
    input.parentNode.insertBefore(wrap, input);
    wrap.appendChild(input);
    wrap.appendChild(box.list);
    wrap.appendChild(box.names);
    wire(box);
    showNames(box);
    return { refresh: function () { showNames(box); } };
  };

  /** Set by a host script with a picker of its own: (input, options) -> true when it serves the input. */
  Backstop.userPicker.host = null;

  /**
   * Where the candidates come from: (rest, query) -> promise of [{login, displayName, role}]; Backstop's directory
   * endpoint, unless a host script knows better.
   */
  Backstop.userPicker.source = function (rest, query) {
    var url = rest + '/people/candidates' + (query ? '?query=' + encodeURIComponent(query) : '');
    return Backstop.api(url).then(function (answer) {
      return answer.ok && Array.isArray(answer.body) ? answer.body : [];
    });
  };

  Backstop.userPicker.label = label;

  /** The page's directory under {rest}: find(query), name(login), changed(listener). */
  Backstop.userPicker.directory = directory;

  /**
   * A select of a fixed list of people ({login, displayName}, or plain logins), labelled by display name and
   * ordered by it; the choice is kept when it is still listed.
   */
  Backstop.userPicker.options = function (select, people) {
    var current = select.value;
    var list = people.map(function (p) {
      return typeof p === 'string' ? { login: p, displayName: p } : p;
    }).sort(function (a, b) {
      return (a.displayName || a.login).localeCompare(b.displayName || b.login);
    });
    Backstop.clear(select);
    list.forEach(function (p) {
      select.appendChild(el('option', { text: label(p.login, p.displayName), attrs: { value: p.login } }));
    });
    if (current && list.some(function (p) { return p.login === current; })) {
      select.value = current;
    }
  };
})(window.Backstop);
