/*
 * Stand-in for com.atlassian.jira.entity.property.EntityPropertyService (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: Jira's source of the interface (jira-api 6.2+, @ExperimentalApi; found by code search) and the Jira 7.0.8
 * javadoc https://docs.atlassian.com/jira/7.0.8/com/atlassian/jira/entity/property/EntityPropertyService.PropertyServiceResult.html
 * [C-old]: an interface "EntityPropertyService<T extends WithId>" with
 * PropertyResult getProperty(ApplicationUser user, Long entityId, String propertyKey) (checks that the user may
 * browse the entity); nested "static abstract class PropertyServiceResult extends ServiceResultImpl" with
 * com.atlassian.fugue.Option<EntityProperty> getEntityProperty(), and "class PropertyResult extends
 * PropertyServiceResult" with the constructor (ErrorCollection, Option<EntityProperty>).
 * Unconfirmed for Jira 11 ([U]): the package of Option in getEntityProperty()'s return type (com.atlassian.fugue in
 * the 6.x/7.x source; Jira 11 may have moved it to io.atlassian.fugue). Backstop calls it inside a LinkageError guard
 * (IssueEventListener's reply reader), and -Patlassian compiles the same source either way (getOrNull() on both).
 * The type bound "T extends WithId" and the other methods (validateSetProperty, setProperty, getPropertiesKeys, ...)
 * are left out: unused, and a bound changes no descriptor Backstop calls.
 */
package com.atlassian.jira.entity.property;

import com.atlassian.fugue.Option;
import com.atlassian.jira.bc.ServiceResultImpl;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.ErrorCollection;

public interface EntityPropertyService<T> {

    PropertyResult getProperty(ApplicationUser user, Long entityId, String propertyKey);

    abstract class PropertyServiceResult extends ServiceResultImpl {

        private final Option<EntityProperty> entityProperty;

        public PropertyServiceResult(ErrorCollection errorCollection, Option<EntityProperty> entityProperty) {
            super(errorCollection);
            this.entityProperty = entityProperty;
        }

        public Option<EntityProperty> getEntityProperty() {
            return entityProperty;
        }
    }

    class PropertyResult extends PropertyServiceResult {

        public PropertyResult(ErrorCollection errorCollection, Option<EntityProperty> entityProperty) {
            super(errorCollection, entityProperty);
        }
    }
}
