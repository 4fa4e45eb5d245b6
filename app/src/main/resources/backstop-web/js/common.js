/*
 * Backstop screens: what every screen's script shares. Plain browser JavaScript (no build step, no modules, so
 * Jira's web-resource manager can serve it as it is): texts from the page's data-i18n, fetch with JSON, dates and
 * numbers per locale with Intl, and elements built with textContent only (data never becomes markup).
 */
(function (global) {
  'use strict';

  var Backstop = global.Backstop = global.Backstop || {};

  /** A MessageFormat-like pattern ({0}, '' for an apostrophe) filled with arguments. */
  function format(pattern, args) {
    return pattern.replace(/'('|[^']*')|\{(\d+)\}/g, function (match, quoted, index) {
      if (index !== undefined) {
        var value = args[Number(index)];
        return value === undefined || value === null ? '' : String(value);
      }
      if (quoted === "'") {
        return "'";
      }
      return quoted.slice(0, -1); // a quoted literal: 'text' -> text
    });
  }

  /** The texts of a screen: t(key, args...) gives the text, or the key itself when it is missing. */
  Backstop.texts = function (root) {
    var texts = {};
    try {
      texts = JSON.parse(root.getAttribute('data-i18n') || '{}');
    } catch (e) {
      texts = {};
    }
    return function (key) {
      var pattern = Object.prototype.hasOwnProperty.call(texts, key) ? texts[key] : null;
      if (pattern === null) {
        return key;
      }
      return format(pattern, Array.prototype.slice.call(arguments, 1));
    };
  };
  Backstop.format = format;

  /**
   * An element with text and attributes; children may be elements or strings (added as text nodes). Never
   * innerHTML.
   */
  Backstop.el = function (tag, options, children) {
    var node = document.createElement(tag);
    options = options || {};
    if (options.className) {
      node.className = options.className;
    }
    if (options.text !== undefined && options.text !== null) {
      node.textContent = String(options.text);
    }
    if (options.attrs) {
      Object.keys(options.attrs).forEach(function (name) {
        if (options.attrs[name] !== undefined && options.attrs[name] !== null) {
          node.setAttribute(name, String(options.attrs[name]));
        }
      });
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) {
        return;
      }
      node.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
    });
    return node;
  };

  Backstop.show = function (node, visible) {
    if (node) {
      node.classList.toggle('backstop-hidden', !visible);
    }
  };

  Backstop.clear = function (node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
  };

  /**
   * A same-origin JSON call. Resolves to {status, ok, body}; body is the parsed JSON or null. Writes carry
   * X-Atlassian-Token: no-check, which Jira and the sandbox ask of browser writes.
   */
  Backstop.api = function (url, options) {
    options = options || {};
    var headers = { 'Accept': 'application/json' };
    var init = { method: options.method || 'GET', headers: headers, credentials: 'same-origin', cache: 'no-store' };
    if (init.method !== 'GET') {
      headers['X-Atlassian-Token'] = 'no-check';
    }
    if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    }
    return fetch(url, init).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        if (text) {
          try {
            body = JSON.parse(text);
          } catch (e) {
            body = null;
          }
        }
        return { status: response.status, ok: response.ok, body: body };
      });
    }, function () {
      return { status: 0, ok: false, body: null };
    });
  };

  /** "Now" in milliseconds: the host's clock when it names one (the sandbox's may be manual), else the browser's. */
  Backstop.now = function (clockUrl) {
    if (!clockUrl) {
      return Promise.resolve(Date.now());
    }
    return Backstop.api(clockUrl).then(function (answer) {
      var at = answer.ok && answer.body && answer.body.now ? Date.parse(answer.body.now) : NaN;
      return isNaN(at) ? Date.now() : at;
    });
  };

  /** Instants as people write them: "Thu 18:00" within six days of now, else "Thu 12 Nov 18:00" (+ year if not now's). */
  function writtenTime(lang, zone) {
    var ru = /^ru/i.test(lang || '');
    var format = new Intl.DateTimeFormat(lang, { timeZone: zone || undefined, weekday: 'short', hourCycle: 'h23',
      day: ru ? '2-digit' : 'numeric', month: ru ? '2-digit' : 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    var parts = function (ms) {
      var p = {};
      format.formatToParts(new Date(ms)).forEach(function (part) { p[part.type] = part.value; });
      return p;
    };
    return function (iso, now) {
      var at = Date.parse(iso);
      var p = isNaN(at) ? null : parts(at);
      var sep = ru ? '.' : ' ';
      return !p ? '' : p.weekday + ' ' + (Math.abs(at - now) < 6 * 864e5 ? ''
        : p.day + sep + p.month + (p.year !== parts(now).year ? sep + p.year : '') + ' ') + p.hour + ':' + p.minute;
    };
  }

  /** Dates, relative times, durations, numbers and money in the page's language and the department's time zone. */
  Backstop.formats = function (lang, zone) {
    var dateTime;
    try {
      dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short', timeZone: zone || undefined });
    } catch (e) {
      dateTime = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' });
    }
    var relative = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
    var units = {};
    ['day', 'hour', 'minute'].forEach(function (unit) {
      units[unit] = new Intl.NumberFormat(lang, { style: 'unit', unit: unit, unitDisplay: 'short' });
    });
    var number = new Intl.NumberFormat(lang);
    var money = new Intl.NumberFormat(lang, { style: 'currency', currency: 'RUB', maximumFractionDigits: 0 });
    var day = new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' });
    var MINUTE = 60000;
    var HOUR = 60 * MINUTE;
    var DAY = 24 * HOUR;
    return {
      dateTime: function (iso) {
        var at = Date.parse(iso);
        return isNaN(at) ? '' : dateTime.format(new Date(at));
      },
      /** ms from now (negative: in the past) as "in 3 hours" / "3 hours ago". */
      relative: function (ms) {
        var abs = Math.abs(ms);
        if (abs < HOUR) {
          return relative.format(Math.round(ms / MINUTE), 'minute');
        }
        if (abs < 2 * DAY) {
          return relative.format(Math.round(ms / HOUR), 'hour');
        }
        return relative.format(Math.round(ms / DAY), 'day');
      },
      /** "1 day 3 hr" or "2 hr 5 min"; inHours: never days ("27 hr 5 min"), working time has no 24-hour day. */
      duration: function (ms, inHours) {
        var minutes = Math.floor(Math.abs(ms) / MINUTE);
        var days = inHours ? 0 : Math.floor(minutes / 1440);
        var hours = Math.floor((minutes - days * 1440) / 60);
        return (days > 0 ? [units.day.format(days), hours && units.hour.format(hours)]
          : [hours && units.hour.format(hours), (minutes % 60 || !hours) && units.minute.format(minutes % 60)])
          .filter(Boolean).join(' ');
      },
      when: writtenTime(lang, zone),
      number: function (n) {
        return number.format(n);
      },
      /** Kopecks as whole roubles. */
      money: function (kopecks) {
        return money.format(Math.round(kopecks / 100));
      },
      /** A calendar day ("2026-11-05") as itself, whatever the zone. */
      date: function (isoDay) {
        var at = Date.parse(isoDay + 'T00:00:00Z');
        return isNaN(at) ? '' : day.format(new Date(at));
      }
    };
  };

  /** A duration as the server writes it ("1d 4h", "30m") in the page's words ("1 д 4 ч"), which it reads back. */
  Backstop.duration = function (t, text) {
    return /^\d+[dhms]( \d+[dhms])*$/.test(text || '') ? text.split(' ').map(function (part) {
      return t('backstop.duration.' + part.slice(-1), part.slice(0, -1));
    }).join(' ') : text || '';
  };

  /**
   * The one countdown every screen shows (the queue's column and lozenge, the issue panel, the waiting gadget): the
   * server's workingSecondsLeft (working time to due, negative when overdue) and paused (now is outside working
   * time), as {text, state}; state 'overdue' with no working time left (never on time at 0), 'soon' under an
   * hour, else 'ontime'. In hours and minutes (working hours make no day), time left rounded up to the minute,
   * lateness down (under a minute late: "time is up"); null without a countdown.
   */
  Backstop.countdown = function (t, fmt, seconds, paused) {
    if (typeof seconds !== 'number' || !isFinite(seconds)) {
      return null;
    }
    var text = seconds > 0 ? t('backstop.countdown.left', fmt.duration(Math.ceil(seconds / 60) * 60000, true))
      : seconds <= -60 ? t('backstop.countdown.overdueBy', fmt.duration(-seconds * 1000, true))
        : t('backstop.countdown.up');
    return { text: paused ? t('backstop.countdown.paused', text) : text,
      state: seconds <= 0 ? 'overdue' : seconds < 3600 ? 'soon' : 'ontime' };
  };

  /** Minutes the zone is ahead of UTC at the instant ms. */
  function zoneOffset(zone, ms) {
    var parts = {};
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit'
    }).formatToParts(new Date(ms)).forEach(function (part) {
      parts[part.type] = part.value;
    });
    var asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour) % 24,
      Number(parts.minute), Number(parts.second));
    return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000);
  }

  Backstop.zoneOffset = zoneOffset;

  function pad(n) {
    return (n < 10 ? '0' : '') + n;
  }

  /** A datetime-local value (2026-11-10T09:00) read in the zone, as an ISO instant with that zone's offset. */
  Backstop.zonedInstant = function (local, zone) {
    var m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(local || '');
    if (!m) {
      return null;
    }
    var wall = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]));
    var offset = 0;
    try {
      offset = zoneOffset(zone, wall);
      offset = zoneOffset(zone, wall - offset * 60000);
    } catch (e) {
      offset = 0;
    }
    var abs = Math.abs(offset);
    return m[1] + '-' + m[2] + '-' + m[3] + 'T' + m[4] + ':' + m[5] + ':00'
      + (offset < 0 ? '-' : '+') + pad(Math.floor(abs / 60)) + ':' + pad(abs % 60);
  };

  /** A file the person picked, read as text. */
  Backstop.readFile = function (file, done) {
    var reader = new FileReader();
    reader.onload = function () {
      done(String(reader.result));
    };
    reader.readAsText(file);
  };

  /* A screen in parts: each part's file registers it here, and the screen's own script, loaded after its parts,
   * starts them in the order they registered (a host may load the scripts after the page, so nothing starts early). */
  var parts = {};
  Backstop.part = function (screen, part) {
    (parts[screen] = parts[screen] || []).push(part);
  };
  Backstop.parts = function (screen) {
    return (parts[screen] || []).slice();
  };

  /** Runs fn once the page is ready. */
  Backstop.ready = function (fn) {
    return document.readyState === 'loading' ? document.addEventListener('DOMContentLoaded', fn) : fn();
  };

  /** A refused call in words: "Label: message" in the caller's language (the server's), else the status. */
  Backstop.problem = function (answer, t) {
    var body = answer.body || {};
    return body.error ? (body.label ? body.label + ': ' : '') + body.error : t('backstop.error.load', answer.status);
  };
})(window);
