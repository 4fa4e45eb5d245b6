package io.backstop.app.testing;

import io.backstop.app.Backstop;
import io.backstop.app.port.Directory;
import io.backstop.app.port.Locks;
import io.backstop.app.port.Tracker;
import io.backstop.app.port.TrackerException;
import io.backstop.app.store.EntityManagerStore;
import io.backstop.h2.H2EntityManagers;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;


/** The app over a real H2 database through the real AO library, with a tracker that records what it was told. */
public final class TestHost {

    public final EntityManagerStore store;
    public final RecordingTracker tracker = new RecordingTracker();
    public final Backstop backstop;

    public TestHost() {
        this(memoryDatabase());
    }

    public TestHost(EntityManagerStore store) {
        this.store = store;
        this.backstop = new Backstop(store, tracker, new OpenDirectory(), directLocks(), ZoneId.of("Europe/Moscow"));
    }

    /** A fresh in-memory H2 database. */
    public static EntityManagerStore memoryDatabase() {
        return new EntityManagerStore(H2EntityManagers.inMemory());
    }

    public static Locks directLocks() {
        return new Locks() {
            @Override
            public <T> T withLock(String name, Supplier<T> work) {
                return work.get();
            }
        };
    }

    /** Everyone exists; "admin" administers; nobody is in a group. */
    public static final class OpenDirectory implements Directory {
        @Override
        public boolean exists(String user) {
            return true;
        }

        @Override
        public boolean isAdmin(String user) {
            return "admin".equals(user);
        }

        @Override
        public boolean isInGroup(String user, String group) {
            return false;
        }
    }

    public static final class RecordingTracker implements Tracker {
        public final List<String> assignments = new ArrayList<>();
        public final List<String> notes = new ArrayList<>();
        public final Set<String> refusing = new HashSet<>();
        /** What {@link #describe} answers; an issue not here is one the tracker no longer has. */
        public final java.util.Map<String, io.backstop.app.port.TrackedIssue> issues = new java.util.HashMap<>();

        @Override
        public synchronized void assign(String issue, String assignee) {
            if (refusing.contains(issue)) {
                throw new TrackerException("issue " + issue + " does not exist");
            }
            assignments.add(issue + "->" + assignee);
        }

        /** The instants the notes were dated with, when the desk told them (in the order of {@link #notes}). */
        public final List<java.time.Instant> noteTimes = new ArrayList<>();

        @Override
        public synchronized void addInternalNote(String issue, String text) {
            notes.add(issue + ": " + text);
        }

        @Override
        public synchronized void addInternalNote(String issue, String text, java.time.Instant at) {
            noteTimes.add(at);
            addInternalNote(issue, text);
        }

        @Override
        public synchronized java.util.Optional<io.backstop.app.port.TrackedIssue> describe(String issue) {
            return java.util.Optional.ofNullable(issues.get(issue));
        }

        /** Public comments per issue, as a test writes them. */
        public final java.util.Map<String, List<io.backstop.app.port.TrackerComment>> conversations =
                new java.util.HashMap<>();

        @Override
        public synchronized List<io.backstop.app.port.TrackerComment> conversation(String issue) {
            return List.copyOf(conversations.getOrDefault(issue, List.of()));
        }

        public synchronized void say(String issue, String author, String body, java.time.Instant at) {
            List<io.backstop.app.port.TrackerComment> list = conversations.computeIfAbsent(issue,
                    k -> new ArrayList<>());
            list.add(new io.backstop.app.port.TrackerComment(issue + "#" + (list.size() + 1), author, body, at));
        }
    }
}
