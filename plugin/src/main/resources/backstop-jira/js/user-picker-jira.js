/*
 * Jira's own user picker on Backstop's login inputs (the settings' people, deputies and setup user): js/user-picker.js
 * asks Backstop.userPicker.host first. Jira's picker (AUI's single and multi select over Jira's REST user picker,
 * GET /rest/api/2/user/picker, with JIRA.UserPickerUtil.formatResponse) works on a <select>: one is placed beside the
 * input and kept in step with it, and the input, now hidden, stays what the settings form reads, logins only.
 *
 * Unconfirmed on Jira 11 [U], not run here (no Jira in this build): the web-resources this needs
 * (jira.webresources:autocomplete and jira.webresources:jira-fields, declared as the screen's dependencies in
 * atlassian-plugin.xml), the AMD names jira/ajs/select/single-select and jira/ajs/select/multi-select, and
 * JIRA.UserPickerUtil. When any is missing the shared picker serves the input, its candidates from Backstop's
 * directory endpoint joined with Jira's REST user picker (documented REST, on every Jira since 5), so a person is
 * still picked by display name.
 */
(function (Backstop) {
  'use strict';

  var AJS = window.AJS;

  function module(name) {
    try {
      return typeof window.require === 'function' ? window.require(name) : null;
    } catch (e) {
      return null; // not defined on this Jira
    }
  }

  function contextPath(rest) {
    return AJS && typeof AJS.contextPath === 'function' ? AJS.contextPath() : rest.replace(/\/rest\/backstop\/1\.0$/, '');
  }

  /** The logins the select holds, in order. */
  function chosen(select) {
    return Array.prototype.filter.call(select.options, function (option) {
      return option.selected && option.value;
    }).map(function (option) {
      return option.value;
    });
  }

  function jiraPicker(input, options) {
    var Control = options.multiple ? module('jira/ajs/select/multi-select') || (AJS && AJS.MultiSelect)
      : module('jira/ajs/select/single-select') || (AJS && AJS.SingleSelect);
    var format = window.JIRA && window.JIRA.UserPickerUtil && window.JIRA.UserPickerUtil.formatResponse;
    if (!Control || !format || !AJS || !AJS.$) {
      return false;
    }
    var select = Backstop.el('select', { className: 'backstop-jira-user-picker', attrs: {
      'aria-label': input.getAttribute('aria-label') || '' } });
    select.multiple = Boolean(options.multiple);
    String(input.value || '').split(',').map(function (login) {
      return login.trim();
    }).filter(Boolean).forEach(function (login) {
      var option = Backstop.el('option', { text: login, attrs: { value: login } });
      option.selected = true;
      select.appendChild(option);
    });
    input.parentNode.insertBefore(select, input.nextSibling);
    input.type = 'hidden';
    new Control({ element: AJS.$(select), itemAttrDisplayed: 'label', showDropdownButton: false, submitInputVal: true,
      ajaxOptions: { url: contextPath(options.rest) + '/rest/api/2/user/picker', query: true,
        data: { showAvatar: true }, formatResponse: format } });
    AJS.$(select).on('change selected unselect', function () {
      input.value = chosen(select).join(', ');
      input.dispatchEvent(new Event('change', { bubbles: true }));
    });
    return true;
  }

  /** Backstop's candidates (the department's people) and Jira's users for the query, each login once. */
  function source(shared) {
    return function (rest, query) {
      var jira = Backstop.api(contextPath(rest) + '/rest/api/2/user/picker?maxResults=20&query='
        + encodeURIComponent(query || '')).then(function (answer) {
        return answer.ok && answer.body && Array.isArray(answer.body.users) ? answer.body.users.map(function (u) {
          return { login: u.name, displayName: u.displayName };
        }) : [];
      });
      return Promise.all([shared(rest, query), jira]).then(function (both) {
        var seen = {};
        return both[0].concat(both[1]).filter(function (c) {
          var fresh = c.login && !seen[c.login];
          seen[c.login] = true;
          return fresh;
        });
      });
    };
  }

  Backstop.userPicker.host = jiraPicker;
  Backstop.userPicker.source = source(Backstop.userPicker.source);
})(window.Backstop);
