package io.backstop.sandbox.demo.life;

import io.backstop.app.library.LibraryDesk;
import io.backstop.app.port.TrackerComment;
import io.backstop.sandbox.demo.DemoAction;
import io.backstop.sandbox.demo.DemoDepartment;
import io.backstop.sandbox.demo.DemoHistory;
import io.backstop.sandbox.demo.DemoLibrary;
import io.backstop.sandbox.tracker.SandboxTracker;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The demo department's answer library: for each {@link DemoLibrary} pick, the first staff reply to the first
 * issue of that kind in the history, marked by whoever wrote it and used as often as the pick says. The replayed
 * history's replies left their traces through the desk, so the topics without an entry show as missing.
 */
final class DemoLibrarySeed {

    private DemoLibrarySeed() {
    }

    static int seed(LibraryDesk library, SandboxTracker tracker, DemoHistory history, Instant now) {
        int made = 0;
        for (DemoLibrary.Pick pick : DemoLibrary.picks(history.language())) {
            Optional<String> issue = history.actions().stream()
                    .filter(a -> a.kind() == DemoAction.Kind.CREATE_ISSUE && pick.matches(a.summary()))
                    .map(DemoAction::issue)
                    .filter(key -> firstStaffReply(tracker, key).isPresent())
                    .findFirst();
            if (issue.isEmpty()) {
                continue; // this history never asked it
            }
            TrackerComment reply = firstStaffReply(tracker, issue.get()).orElseThrow();
            long id = library.mark(issue.get(), Optional.of(reply.id()), pick.service(), Optional.empty(),
                    pick.tags(), reply.author(), now).id();
            for (int i = 0; i < pick.reuses(); i++) {
                library.use(id);
            }
            made++;
        }
        return made;
    }

    private static Optional<TrackerComment> firstStaffReply(SandboxTracker tracker, String issue) {
        List<TrackerComment> conversation = tracker.conversation(issue);
        return conversation.stream().filter(c -> !DemoDepartment.CLIENT.equals(c.author())
                && !SandboxTracker.CLIENT.equals(c.author())).findFirst();
    }
}
