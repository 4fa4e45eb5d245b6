package io.backstop.app.response;

import io.backstop.app.store.EntityStore;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.java.ao.Query;

/**
 * The clients who wait for the department's answer now: on an open issue, a client message unanswered (late or not:
 * the {@code DUE} index, which only awaiting clocks have) or a holding reply's promise still owed (the
 * {@code PROMISE_DUE} index). Both ranges start at {@link ClockStore#ANY}, so they read only such clocks, never
 * every answered one. A campaign does not call them to sell.
 */
public final class WaitingClients {

    private final EntityStore store;

    public WaitingClients(EntityStore store) {
        this.store = store;
    }

    public Set<String> now() {
        Set<String> clients = new TreeSet<>();
        for (String column : List.of("DUE", "PROMISE_DUE")) {
            store.stream(ClockEntity.class, Query.select("ID, CLIENT")
                    .where("RESOLVED = ? AND " + column + " >= ?", false, ClockStore.ANY), entity -> {
                        if (entity.getClient() != null) {
                            clients.add(entity.getClient());
                        }
                    });
        }
        return clients;
    }
}
