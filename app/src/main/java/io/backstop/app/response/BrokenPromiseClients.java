package io.backstop.app.response;

import io.backstop.app.promise.PromiseStore;
import io.backstop.app.store.EntityStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Set;
import java.util.TreeSet;

/**
 * The clients with a promise broken and not answered since, as the queue's promise lane has them ({@link
 * PromiseLane}): a campaign does not call them to sell (issue 17). Read-only.
 */
public final class BrokenPromiseClients {

    private final PromiseLane lane;

    public BrokenPromiseClients(EntityStore store) {
        this.lane = new PromiseLane(new ClockStore(store), new ClockEventStore(store), new PromiseStore(store));
    }

    public Set<String> now(Instant now, ZoneId zone) {
        Set<String> clients = new TreeSet<>();
        lane.at(now, zone).stream().filter(PromiseLane.Entry::broken)
                .forEach(e -> {
                    if (e.clock().client() != null) {
                        clients.add(e.clock().client());
                    }
                });
        return clients;
    }
}
