/*
 * Panel actions: the offers made on the issue, each awaiting its answer with "accepted" / "declined" for who may give
 * it (POST {rest}/results/offers/{id}/answer: who made it, the head, administrators), and a new offer: the service
 * offered, the client's service it builds on, the price in roubles (POST {rest}/results/offers). Above the form, the
 * loto-card offers nobody has made this client yet (GET {rest}/results/offers/missing; a click picks one). An offer
 * earns only when an invoice for it follows (issue 17): what it would earn, level x amount band, is shown as the
 * person chooses.
 */
(function (Backstop) {
  'use strict';

  var el = Backstop.el;
  var SERVICE = 'backstop-act-offer-service';
  var BASIS = 'backstop-act-offer-basis';
  var AMOUNT = 'backstop-act-offer-amount';

  function service(acts, code) {
    return Backstop.actions.named(acts.t, 'backstop.service.' + code, code);
  }

  /** The services as options: those given first (the client's own, for the basis), then the rest. */
  function services(acts, first, placeholder) {
    var options = placeholder ? [{ value: '', text: acts.t(placeholder) }] : [];
    first.concat(acts.data.services.filter(function (code) {
      return first.indexOf(code) < 0;
    })).forEach(function (code) {
      options.push({ value: code, text: service(acts, code) });
    });
    return options;
  }

  function answer(form, acts, offer, status) {
    var t = acts.t;
    Backstop.actions.send(acts, form, acts.rest + '/results/offers/' + offer.id + '/answer', { status: status }, {},
      function () {
        return t('backstop.actions.offer.answered', service(acts, offer.service),
          t('backstop.digest.offer.' + status));
      });
  }

  function button(text, id, onClick) {
    var node = el('button', { className: 'aui-button aui-button-compact', text: text, attrs: { type: 'button', id: id } });
    node.addEventListener('click', onClick);
    return node;
  }

  /** The offers made on the issue (the person's own; the head's: everybody's), newest last. */
  function showOffers(form, acts) {
    var t = acts.t;
    var list = form.querySelector('#backstop-act-offers');
    Backstop.clear(list);
    var offers = acts.data.offers || [];
    if (offers.length === 0) {
      list.appendChild(el('li', { className: 'backstop-muted', text: t('backstop.actions.offer.none') }));
    }
    offers.forEach(function (offer) {
      list.appendChild(el('li', { attrs: { 'data-offer': offer.id, 'data-status': offer.status } }, [
        el('span', { text: t('backstop.actions.offer.line', service(acts, offer.service), acts.fmt.money(offer.amountKopecks),
          t('backstop.digest.offer.' + offer.status), offer.by) }),
        offer.mayAnswer ? el('span', { className: 'backstop-act-answer' }, [
          button(t('backstop.actions.offer.accepted'), 'backstop-act-offer-' + offer.id + '-ACCEPTED', function () {
            answer(form, acts, offer, 'ACCEPTED');
          }),
          button(t('backstop.actions.offer.declined'), 'backstop-act-offer-' + offer.id + '-DECLINED', function () {
            answer(form, acts, offer, 'DECLINED');
          })]) : null
      ]));
    });
  }

  /** The band points per level of an amount in kopecks: the highest band it reaches, 0 below the first. */
  function bandPoints(rules, kopecks) {
    var points = 0;
    (rules.bands || []).forEach(function (b) {
      if (kopecks >= b.fromRoubles * 100) {
        points = b.points;
      }
    });
    return points;
  }

  /** What a sale of this service on this basis would earn at the price typed: level x the price's band. */
  function showPoints(form, acts) {
    var t = acts.t;
    var from = form.querySelector('#' + BASIS).value;
    var to = form.querySelector('#' + SERVICE).value;
    var node = form.querySelector('#backstop-act-offer-points');
    var rules = family.rules;
    if (!from || !to || !rules) {
      node.textContent = '';
      return;
    }
    var row = (rules.adjacency || []).filter(function (a) {
      return a.from === from && a.to === to;
    })[0];
    var amount = Backstop.actions.roubles(form.querySelector('#' + AMOUNT).value);
    if (!row) {
      node.textContent = t('backstop.actions.offer.noPoints');
    } else if ((acts.data.clientServices || []).indexOf(from) < 0) {
      node.textContent = t('backstop.actions.offer.basisNotHeld');
    } else if (amount.error || !amount.kopecks) {
      node.textContent = t('backstop.actions.offer.pointsNoPrice', rules.soldWithinDays, row.level);
    } else {
      var band = bandPoints(rules, amount.kopecks);
      node.textContent = t('backstop.actions.offer.points', rules.soldWithinDays, row.level, band, row.level * band);
    }
  }

  /** The loto-card offers still missing for the client, each a button that picks it as the service offered. */
  function showMissing(form, acts, answer) {
    var t = acts.t;
    var node = form.querySelector('#backstop-act-offer-missing');
    Backstop.clear(node);
    if (!answer.required.length) {
      node.appendChild(el('span', { className: 'backstop-muted', text: t('backstop.actions.offer.missing.noCards') }));
      return;
    }
    if (!answer.missing.length) {
      node.appendChild(el('span', { className: 'backstop-muted', text: t('backstop.actions.offer.missing.none') }));
      return;
    }
    node.appendChild(el('span', { text: t('backstop.actions.offer.missing') + ' ' }));
    answer.missing.forEach(function (code) {
      var pick = button(service(acts, code), 'backstop-act-offer-missing-' + code, function () {
        var select = form.querySelector('#' + SERVICE);
        if (select) {
          select.value = code;
          showPoints(form, acts);
        }
      });
      pick.setAttribute('data-service', code);
      node.appendChild(pick);
    });
  }

  /** Reads the client's missing offers and the upsell rules, then shows both. */
  function loadMissing(form, acts) {
    return Backstop.api(acts.rest + '/results/offers/missing?client=' + encodeURIComponent(acts.data.client))
      .then(function (answer) {
        if (!answer.ok || !answer.body) {
          return;
        }
        family.rules = answer.body.rules;
        showMissing(form, acts, answer.body);
        showPoints(form, acts);
      });
  }

  function record(form, acts) {
    var A = Backstop.actions;
    var t = acts.t;
    A.clearErrors(form);
    var body = { issue: acts.key, client: acts.data.client, service: form.querySelector('#' + SERVICE).value,
      basis: form.querySelector('#' + BASIS).value };
    var amount = A.roubles(form.querySelector('#' + AMOUNT).value);
    var bad = false;
    if (!body.service) {
      bad = A.fieldError(form, SERVICE, t('backstop.actions.error.service'));
    }
    if (!body.basis) {
      bad = A.fieldError(form, BASIS, t('backstop.actions.error.basis')) || bad;
    }
    if (amount.error) {
      bad = A.fieldError(form, AMOUNT, t(amount.error)) || bad;
    }
    if (bad) {
      A.status(form, t('backstop.actions.notSaved'), true);
      return;
    }
    body.amountKopecks = amount.kopecks;
    A.send(acts, form, acts.rest + '/results/offers', body, { service: SERVICE, basis: BASIS, amountKopecks: AMOUNT },
      function (answer) {
        form.querySelector('#' + AMOUNT).value = '';
        form.querySelector('#' + SERVICE).value = '';
        showPoints(form, acts);
        return t('backstop.actions.offer.done', service(acts, answer.body.service), acts.fmt.money(answer.body.amountKopecks));
      });
  }

  function fields(form, acts) {
    var A = Backstop.actions;
    var t = acts.t;
    var own = acts.data.clientServices || [];
    form.appendChild(el('h4', { text: t('backstop.actions.offer.new') }));
    form.appendChild(A.field(t('backstop.actions.offer.service'), A.select(SERVICE,
      services(acts, [], 'backstop.actions.offer.choose'), '')));
    form.appendChild(A.field(t('backstop.actions.offer.basis'), A.select(BASIS,
      services(acts, own, own.length === 1 ? null : 'backstop.actions.offer.choose'), own.length === 1 ? own[0] : ''),
      own.length ? null : t('backstop.actions.offer.noServices')));
    form.appendChild(A.field(t('backstop.actions.offer.amount'), el('input', { className: 'text',
      attrs: { id: AMOUNT, type: 'text', inputmode: 'decimal', autocomplete: 'off', placeholder: '15 000' } })));
    form.appendChild(el('p', { className: 'backstop-note', attrs: { id: 'backstop-act-offer-points' } }));
    form.appendChild(A.submit(t('backstop.actions.offer.submit')));
    [SERVICE, BASIS].forEach(function (id) {
      form.querySelector('#' + id).addEventListener('change', function () {
        showPoints(form, acts);
      });
    });
    form.querySelector('#' + AMOUNT).addEventListener('input', function () {
      showPoints(form, acts);
    });
    form.addEventListener('submit', function (event) {
      event.preventDefault();
      record(form, acts);
    });
  }

  var family = {
    id: 'offer',
    title: 'backstop.actions.offer.title',
    build: function (form, acts) {
      var t = acts.t;
      if (!acts.data.client) {
        Backstop.actions.note(form, t('backstop.actions.noClient'), 'backstop-act-offer-none');
        return;
      }
      family.form = form;
      form.appendChild(el('p', { className: 'backstop-note backstop-act-offer-missing', attrs: { id: 'backstop-act-offer-missing' } }));
      loadMissing(form, acts);
      form.appendChild(el('h4', { text: t('backstop.actions.offer.made') }));
      form.appendChild(el('ul', { className: 'backstop-digest-list backstop-act-offers', attrs: { id: 'backstop-act-offers' } }));
      showOffers(form, acts);
      if (acts.data.you.record) {
        fields(form, acts);
      } else {
        Backstop.actions.note(form, t('backstop.actions.notMember'), 'backstop-act-offer-member');
      }
    },
    /** The offers again after an offer was made or answered. */
    update: function (acts) {
      if (family.form) {
        showOffers(family.form, acts);
        loadMissing(family.form, acts);
      }
    }
  };
  Backstop.part('panel-actions', family);
})(window.Backstop);
