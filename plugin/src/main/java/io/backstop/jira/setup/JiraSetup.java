package io.backstop.jira.setup;

import com.atlassian.jira.avatar.AvatarManager;
import com.atlassian.jira.config.ConstantsManager;
import com.atlassian.jira.config.IssueTypeManager;
import com.atlassian.jira.icon.IconType;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.context.GlobalIssueContext;
import com.atlassian.jira.issue.context.JiraContextNode;
import com.atlassian.jira.issue.customfields.CustomFieldSearcher;
import com.atlassian.jira.issue.customfields.CustomFieldType;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.security.groups.GroupManager;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.plugin.spring.scanner.annotation.imports.ComponentImport;
import io.backstop.jira.i18n.Messages;
import io.backstop.jira.port.JiraLocks;
import io.backstop.jira.port.JiraSettings;
import io.backstop.jira.port.JiraUsers;
import io.backstop.jira.setup.JiraNames.FieldSpec;
import io.backstop.jira.setup.JiraNames.IssueTypeSpec;
import io.backstop.jira.setup.SetupReport.Item;
import io.backstop.jira.setup.SetupReport.Kind;
import io.backstop.jira.setup.SetupReport.Status;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Creates what Backstop needs in Jira when it is missing: the issue types Client request, Client report, Debt,
 * Offer and Complaint; the global custom fields Client, Home manager, Order value and Operation; the staff group.
 * It finds things by name and never changes or removes what exists, so running it again changes nothing, and
 * uninstalling Backstop leaves all of it (and every issue's values) in Jira.
 *
 * <p>Runs on start and from the settings page, under a cluster lock so two nodes never create the same thing.
 * Creating issue types and fields from plugin code uses Jira APIs not confirmed for 11 (see jira-stubs); a failure,
 * including a missing method, is reported per item, and the admin creates that item by hand.
 */
@Named("backstopSetup")
public final class JiraSetup {

    private final ConstantsManager constants;
    private final IssueTypeManager issueTypes;
    private final AvatarManager avatars;
    private final CustomFieldManager fields;
    private final GroupManager groups;
    private final UserManager users;
    private final JiraLocks locks;
    private final JiraSettings settings;

    @Inject
    public JiraSetup(@ComponentImport ConstantsManager constants, @ComponentImport IssueTypeManager issueTypes,
                     @ComponentImport AvatarManager avatars, @ComponentImport CustomFieldManager fields,
                     @ComponentImport GroupManager groups, @ComponentImport UserManager users, JiraLocks locks,
                     JiraSettings settings) {
        this.constants = constants;
        this.issueTypes = issueTypes;
        this.avatars = avatars;
        this.fields = fields;
        this.groups = groups;
        this.users = users;
        this.locks = locks;
        this.settings = settings;
    }

    /** Runs the setup; texts (and new items' descriptions) in {@code locale}, English when null. */
    public SetupReport run(Locale locale) {
        return locks.withLock("backstop.setup", () -> {
            List<Item> items = new ArrayList<>();
            issueTypes(locale, items);
            fields(locale, items);
            group(locale, items);
            return new SetupReport(items);
        });
    }

    /** Sets the Jira user Backstop acts as; it must be an active user. */
    public Item setActor(String name, Locale locale) {
        if (name == null || !JiraUsers.isActive(users.getUserByName(name))) {
            return new Item(Kind.ACTOR, String.valueOf(name), Status.FAILED,
                    Messages.text(locale, "backstop.setup.actor.unknown", name));
        }
        settings.setActor(name);
        return new Item(Kind.ACTOR, name, Status.CREATED, Messages.text(locale, "backstop.setup.actor.set", name));
    }

    private void issueTypes(Locale locale, List<Item> items) {
        Set<String> existing = new HashSet<>();
        for (IssueType type : constants.getAllIssueTypeObjects()) {
            existing.add(type.getName());
        }
        Long avatar = null;
        for (IssueTypeSpec spec : JiraNames.ISSUE_TYPES) {
            if (existing.contains(spec.name())) {
                items.add(exists(Kind.ISSUE_TYPE, spec.name(), locale));
                continue;
            }
            try {
                if (avatar == null) {
                    avatar = avatars.getDefaultAvatarId(IconType.ISSUE_TYPE_ICON_TYPE);
                }
                if (avatar == null) {
                    items.add(failed(Kind.ISSUE_TYPE, spec.name(), "Jira has no default issue type icon", locale));
                    continue;
                }
                issueTypes.createIssueType(spec.name(), Messages.text(locale, spec.descriptionKey()), avatar);
                items.add(created(Kind.ISSUE_TYPE, spec.name(), locale));
            } catch (RuntimeException | LinkageError e) {
                items.add(failed(Kind.ISSUE_TYPE, spec.name(), String.valueOf(e), locale));
            }
        }
    }

    private void fields(Locale locale, List<Item> items) {
        Set<String> existing = new HashSet<>();
        for (CustomField field : fields.getCustomFieldObjects()) {
            existing.add(field.getFieldName());
        }
        List<JiraContextNode> global = Collections.singletonList(GlobalIssueContext.getInstance());
        List<IssueType> allIssueTypes = Collections.singletonList(null); // one null = every issue type
        for (FieldSpec spec : JiraNames.FIELDS) {
            if (existing.contains(spec.name())) {
                items.add(exists(Kind.FIELD, spec.name(), locale));
                continue;
            }
            try {
                CustomFieldType<?, ?> type = fields.getCustomFieldType(spec.typeKey());
                if (type == null) {
                    items.add(failed(Kind.FIELD, spec.name(), "no field type " + spec.typeKey(), locale));
                    continue;
                }
                CustomFieldSearcher searcher = fields.getCustomFieldSearcher(spec.searcherKey());
                fields.createCustomField(spec.name(), Messages.text(locale, spec.descriptionKey()), type, searcher,
                        global, allIssueTypes);
                items.add(created(Kind.FIELD, spec.name(), locale));
            } catch (Exception | LinkageError e) {
                items.add(failed(Kind.FIELD, spec.name(), String.valueOf(e), locale));
            }
        }
    }

    private void group(Locale locale, List<Item> items) {
        String name = settings.department().staffGroup();
        try {
            if (groups.getGroup(name) != null) {
                items.add(exists(Kind.GROUP, name, locale));
                return;
            }
            groups.createGroup(name);
            items.add(created(Kind.GROUP, name, locale));
        } catch (Exception | LinkageError e) {
            items.add(failed(Kind.GROUP, name, String.valueOf(e), locale));
        }
    }

    private static Item exists(Kind kind, String name, Locale locale) {
        return new Item(kind, name, Status.EXISTS, Messages.text(locale, "backstop.setup.exists", kindText(kind, locale),
                name));
    }

    private static Item created(Kind kind, String name, Locale locale) {
        return new Item(kind, name, Status.CREATED, Messages.text(locale, "backstop.setup.created",
                kindText(kind, locale), name));
    }

    private static Item failed(Kind kind, String name, String why, Locale locale) {
        return new Item(kind, name, Status.FAILED, Messages.text(locale, "backstop.setup.failed",
                kindText(kind, locale), name, why));
    }

    private static String kindText(Kind kind, Locale locale) {
        return switch (kind) {
            case ISSUE_TYPE -> Messages.text(locale, "backstop.setup.kind.issue-type");
            case FIELD -> Messages.text(locale, "backstop.setup.kind.field");
            case GROUP -> Messages.text(locale, "backstop.setup.kind.group");
            case ACTOR -> Messages.text(locale, "backstop.setup.kind.actor");
        };
    }
}
