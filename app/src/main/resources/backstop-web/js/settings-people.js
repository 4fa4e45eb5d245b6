/* Settings part: the people, one row each with name, role and deputies (in the order they stand in). */
(function (Backstop) {
  'use strict';

  var ROLES = ['HEAD', 'OPERATOR', 'MANAGER', 'OFFICE_MANAGER'];

  /** The role picker; a role this screen does not know (from an imported file) is kept, for the server to name. */
  function roleSelect(ctx, field, role) {
    var select = Backstop.el('select', { className: 'select backstop-person-role',
      attrs: { 'data-field': field, 'aria-label': ctx.t('backstop.settings.person.role') } },
    ROLES.map(function (code) {
      return Backstop.el('option', { text: ctx.t('backstop.role.' + code), attrs: { value: code } });
    }));
    if (role && ROLES.indexOf(role) < 0) {
      select.appendChild(Backstop.el('option', { text: role, attrs: { value: role } }));
    }
    select.value = role || 'MANAGER';
    return select;
  }

  function personRow(ctx, people, person) {
    var t = ctx.t;
    people.add(function (p) {
      return [
        ctx.input(p + '.name', person.name, 'backstop-person-name', t('backstop.settings.person.name')),
        roleSelect(ctx, p + '.role', person.role),
        ctx.input(p + '.deputies', (person.deputies || []).join(', '), 'backstop-person-deputies', t('backstop.settings.person.deputies'))
      ];
    });
  }

  var people = null;

  Backstop.part('settings', {
    start: function (ctx) {
      people = ctx.rowTable(ctx.$('#backstop-people'), 'people');
      ctx.$('#backstop-person-add').addEventListener('click', function () {
        personRow(ctx, people, { role: 'MANAGER' });
      });
    },
    fill: function (doc, ctx) {
      people.clear();
      (doc.people || []).forEach(function (person) {
        personRow(ctx, people, person);
      });
    },
    collect: function (doc, ctx) {
      doc.people = people.rows().map(function (tr) {
        return {
          name: tr.querySelector('.backstop-person-name').value.trim(),
          role: tr.querySelector('.backstop-person-role').value,
          deputies: ctx.list(tr.querySelector('.backstop-person-deputies').value)
        };
      });
    }
  });
})(window.Backstop);
