package io.backstop.core.complaint;

import io.backstop.core.validation.Check;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What the director reads so that nothing is hushed unseen: every unflag and close of a complaint with its reason,
 * and every suspicion dismissed (the suspected lane adds those as {@link Action#DISMISS} entries). A complaint
 * reopened since keeps its entries: the log says what happened, not where things stand.
 */
public final class DirectorsLog {

    private DirectorsLog() {
    }

    /** What was done that took something out of the head's lane. */
    public enum Action {
        UNFLAG,
        CLOSE,
        /** A suspected complaint judged not to be one. */
        DISMISS
    }

    /**
     * What was acted on: a complaint (its id, issue, client and whom it was about) or a suspicion (no one yet).
     */
    public record Subject(String id, String issue, String client, Optional<String> about) {

        public Subject {
            Check.notBlank(id, "id");
            Check.notBlank(issue, "issue");
            Check.notNull(client, "client");
            Check.notNull(about, "about");
        }

        public static Subject of(Complaint complaint) {
            return new Subject(complaint.id(), complaint.issue(), complaint.client(), Optional.of(complaint.about()));
        }
    }

    /** One line of the log; {@code reason} is empty only for entries recorded before reasons were required. */
    public record Entry(Instant at, String by, Action action, Optional<String> reason, Subject subject) {

        public Entry {
            Check.notNull(at, "at");
            Check.notBlank(by, "by");
            Check.notNull(action, "action");
            Check.notNull(reason, "reason");
            Check.notNull(subject, "subject");
        }
    }

    /** Every unflag and close of these complaints in {@code [from, to)}. */
    public static List<Entry> of(Collection<Complaint> complaints, Instant from, Instant to) {
        Check.notNull(from, "from");
        Check.notNull(to, "to");
        List<Entry> entries = new ArrayList<>();
        for (Complaint c : Check.list(complaints, "complaints")) {
            for (Change change : c.history()) {
                Optional<Action> logged = switch (change.action()) {
                    case UNFLAG -> Optional.of(Action.UNFLAG);
                    case CLOSE -> Optional.of(Action.CLOSE);
                    case FLAG, REOPEN -> Optional.empty();
                };
                if (logged.isPresent() && !change.at().isBefore(from) && change.at().isBefore(to)) {
                    entries.add(new Entry(change.at(), change.by(), logged.get(), change.reason(), Subject.of(c)));
                }
            }
        }
        return sorted(entries);
    }

    /** Entries from several sources as one log, newest first (the director reads the latest first). */
    public static List<Entry> sorted(Collection<Entry> entries) {
        return Check.list(entries, "entries").stream().sorted(Comparator.comparing(Entry::at).reversed()
                .thenComparing(e -> e.subject().id()).thenComparing(Entry::action)).toList();
    }
}
