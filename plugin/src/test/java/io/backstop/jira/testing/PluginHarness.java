package io.backstop.jira.testing;

import io.backstop.app.settings.DepartmentSettings;
import io.backstop.jira.BackstopHolder;
import com.atlassian.activeobjects.external.ModelVersion;
import io.backstop.jira.ao.ActiveObjectsStore;
import io.backstop.jira.ao.SchemaUpgradeTask;
import io.backstop.jira.event.IssueEventListener;
import io.backstop.jira.event.IssueFactsReader;
import io.backstop.jira.event.ReplyFactsReader;
import io.backstop.jira.job.WatcherJob;
import io.backstop.jira.job.WatcherScheduler;
import io.backstop.jira.port.JiraBrowsePermission;
import io.backstop.jira.port.JiraCurrentUser;
import io.backstop.jira.port.JiraDirectory;
import io.backstop.jira.port.JiraLocks;
import io.backstop.jira.port.JiraSettings;
import io.backstop.jira.port.JiraTracker;
import io.backstop.jira.setup.JiraSetup;
import io.backstop.core.staff.Person;
import java.time.Instant;

/**
 * The plugin's components wired as the Spring context wires them, over {@link FakeJira} and Active Objects on H2.
 * This is the plugin with only Jira itself replaced.
 */
public final class PluginHarness {

    public final FakeJira jira;
    public final H2ActiveObjects ao;
    public final MutableClock clock;

    public final ActiveObjectsStore store;
    public final JiraSettings settings;
    public final JiraTracker tracker;
    public final JiraDirectory directory;
    public final JiraLocks locks;
    public final JiraBrowsePermission browse;
    public final JiraCurrentUser currentUser;
    public final BackstopHolder backstop;
    public final IssueFactsReader facts;
    public final ReplyFactsReader replies;
    public final IssueEventListener listener;
    public final WatcherJob job;
    public final JiraSetup setup;
    public final WatcherScheduler scheduler;

    public PluginHarness(Instant now) {
        this(now, new FakeJira(), new H2ActiveObjects());
    }

    /**
     * Another node of a cluster: the plugin on a second Jira node, sharing {@code jira} (its issues, users and cluster
     * locks) and, through {@code ao}, the database.
     */
    public PluginHarness(Instant now, FakeJira jira, H2ActiveObjects ao) {
        this.jira = jira;
        this.ao = ao;
        this.store = new ActiveObjectsStore(ao);
        this.settings = new JiraSettings(store);
        // What Jira's Active Objects does before the plugin's first access: run the upgrade tasks, create tables.
        new SchemaUpgradeTask().upgrade(ModelVersion.valueOf("0"), ao);
        clock = new MutableClock(now);
        if (!jira.customFieldNames().contains("Client")) {
            jira.withBackstopFields(); // once per Jira, not per node
        }
        tracker = new JiraTracker(jira.issueService, jira.issueManager, jira.comments, jira.users, jira.authentication,
                settings);
        directory = new JiraDirectory(jira.users, jira.groups, jira.globalPermissions);
        locks = new JiraLocks(jira.clusterLocks);
        browse = new JiraBrowsePermission(jira.permissions, jira.issueManager, jira.users);
        currentUser = new JiraCurrentUser(jira.authentication);
        backstop = new BackstopHolder(store, tracker, directory, locks);
        facts = new IssueFactsReader(jira.fields);
        replies = new ReplyFactsReader(jira.commentProperties);
        listener = new IssueEventListener(jira.events, backstop, facts, replies, clock);
        job = new WatcherJob(backstop, jira.scheduler, clock);
        setup = new JiraSetup(jira.constants, jira.issueTypes, jira.avatars, jira.fields, jira.groups, jira.users,
                locks, settings);
        scheduler = new WatcherScheduler(jira.scheduler, job, setup, settings, clock);
    }

    /** Configures the department and creates its people (and the staff group) in Jira. */
    public PluginHarness department(DepartmentSettings department) {
        jira.users(department.people().stream().map(Person::name).toList());
        jira.group(department.staffGroup());
        // the department's staff hold Assign issues in the client projects; clients do not
        jira.grantAssign(department.people().stream().map(Person::name).toArray(String[]::new));
        backstop.settings().replace(department);
        return this;
    }

    /** Runs the watcher as Jira's scheduler would, at {@code at}. */
    public com.atlassian.scheduler.JobRunnerResponse runJob(Instant at) {
        clock.set(at);
        return job.runJob(null);
    }
}
