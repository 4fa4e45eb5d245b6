/*
 * Stand-in for org.ofbiz.core.entity.GenericEntityException (compile-only: jira-stubs is never packaged; Jira supplies the real type).
 * Source: ../shared/docs/jira-platform.md section 2.7: a Jira-exported checked exception thrown by
 * CustomFieldManager.createCustomField. Its real superclass is org.ofbiz.core.util.GeneralException ([U]); Backstop
 * catches Exception around the call.
 */
package org.ofbiz.core.entity;

public class GenericEntityException extends Exception {

    public GenericEntityException(String message) {
        super(message);
    }
}
