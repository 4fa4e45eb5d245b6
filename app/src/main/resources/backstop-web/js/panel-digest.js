/*
 * Panel part: the issue's client on one screen before a call (GET clients/{client}/digest): warnings, debt,
 * complaints, open work with promised dates, last contacts, offers, and the loto-card offers nobody has made the
 * client yet (what to offer at this contact).
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var WARNINGS = ['OPEN_COMPLAINT', 'OVERDUE_DEBT', 'BROKEN_PROMISE'];

  function list(root, id, items, empty) {
    var node = root.querySelector(id);
    Backstop.clear(node);
    if (items.length === 0) {
      node.appendChild(el('li', { className: 'backstop-muted', text: empty }));
    }
    items.forEach(function (item) {
      node.appendChild(item);
    });
  }

  function warnings(ctx, d) {
    var node = ctx.root.querySelector('#backstop-digest-warnings');
    Backstop.clear(node);
    (d.warnings || []).filter(function (w) { return WARNINGS.indexOf(w) >= 0; }).forEach(function (w) {
      node.appendChild(el('span', { className: 'aui-lozenge aui-lozenge-removed backstop-digest-warning',
        text: ctx.t('backstop.digest.warning.' + w) }));
    });
  }

  function work(ctx, w) {
    var t = ctx.t;
    var fmt = ctx.fmt;
    var promise = w.promisedOn ? (w.daysLate > 0 ? t('backstop.digest.late', fmt.date(w.promisedOn), w.daysLate)
      : t('backstop.digest.promised', fmt.date(w.promisedOn))) : t('backstop.digest.noPromise');
    return el('li', { className: w.daysLate > 0 ? 'backstop-overdue' : '' }, [
      el('strong', { text: w.issue }), el('span', { text: ' ' + w.summary + ' \u00b7 ' + promise })]);
  }

  function contact(ctx, c) {
    return el('li', {}, [el('time', { text: ctx.fmt.dateTime(c.at), attrs: { datetime: c.at } }),
      el('span', { text: ' ' + (c.from === 'client' ? ctx.t('backstop.digest.fromClient', c.issue || '')
        : ctx.t('backstop.digest.fromStaff', c.by, c.issue || '')) })]);
  }

  function show(ctx, d) {
    var t = ctx.t;
    var root = ctx.root;
    warnings(ctx, d);
    root.querySelector('#backstop-digest-debt').textContent = d.debt.outstandingKopecks > 0
      ? t('backstop.digest.owes', ctx.fmt.money(d.debt.outstandingKopecks), ctx.fmt.money(d.debt.overdueKopecks))
      : t('backstop.digest.noDebt');
    root.querySelector('#backstop-digest-complaints').textContent = ctx.fmt.number((d.openComplaints || []).length);
    list(root, '#backstop-digest-work', (d.openWork || []).map(function (w) {
      return work(ctx, w);
    }), t('backstop.digest.none'));
    list(root, '#backstop-digest-contacts', (d.lastContacts || []).map(function (c) {
      return contact(ctx, c);
    }), t('backstop.digest.none'));
    list(root, '#backstop-digest-offers', (d.offers || []).map(function (o) {
      return el('li', { text: t('backstop.digest.offer', o.service, t('backstop.digest.offer.' + o.status), o.by) });
    }), t('backstop.digest.none'));
    list(root, '#backstop-digest-missing', (d.missingOffers || []).map(function (code) {
      var name = t('backstop.service.' + code);
      return el('li', { attrs: { 'data-service': code }, text: name === 'backstop.service.' + code ? code : name });
    }), t('backstop.digest.missing.none'));
  }

  function load(ctx, client) {
    var section = ctx.root.querySelector('#backstop-digest');
    return Backstop.api(ctx.rest + '/clients/' + encodeURIComponent(client) + '/digest').then(function (answer) {
      if (!answer.ok || !answer.body) {
        Backstop.show(section, false);
        return;
      }
      show(ctx, answer.body);
      Backstop.show(section, true);
    });
  }

  Backstop.part('panel', {
    /**
     * Once the clock is shown: the digest of the issue's client, when it has one; ctx.reloadDigest() reads it again
     * (after the panel's actions flagged a complaint or made an offer).
     */
    issue: function (sla, ctx) {
      if (!sla.client) {
        return null;
      }
      ctx.reloadDigest = function () {
        return load(ctx, sla.client);
      };
      return ctx.reloadDigest();
    }
  });
})(window.Backstop);
