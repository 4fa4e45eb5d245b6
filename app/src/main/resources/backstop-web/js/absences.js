/*
 * The absences page: recorded absences (js/absence-record.js; the keepers record anyone's and delete, others see
 * their own) and absence requests (js/absence-requests.js: ask, withdraw, and for the head approve after seeing the
 * conflicts, or refuse). An approval reloads the absences, as it adds one. Says it is ready once both answered.
 */
(function (Backstop) {
  'use strict';

  Backstop.ready(function () {
    var root = document.getElementById('backstop-absences-page');
    if (!root) {
      return;
    }
    var t = Backstop.texts(root);
    var rest = root.getAttribute('data-rest');
    var zone = root.getAttribute('data-zone') || undefined;
    var lang = root.getAttribute('data-lang') || undefined;
    var keeps = root.getAttribute('data-keeps') === 'true';
    var records = Backstop.absenceRecord(root.querySelector('#backstop-absences'),
      { t: t, rest: rest, zone: zone, lang: lang, deletes: keeps });
    var requests = root.querySelector('#backstop-absence-requests');
    requests.addEventListener('backstop:absences-changed', function () {
      records.load();
    });
    // whom the keepers record an absence for: the department's people
    var people = !keeps ? Promise.resolve() : Backstop.api(rest + '/people').then(function (answer) {
      records.people((answer.ok && Array.isArray(answer.body) ? answer.body : []).map(function (p) {
        return { login: p.name, displayName: p.displayName };
      }));
    });
    root.setAttribute('data-state', 'loading');
    Promise.all([people, records.load(), Backstop.absenceRequests(requests, t, rest, zone, lang)]).then(function () {
      root.setAttribute('data-state', 'ready');
    });
  });
})(window.Backstop);
