package io.backstop.app.response;

import io.backstop.app.promise.PromiseStore;
import io.backstop.app.store.EntityStore;

/** Where a transaction of the response desk writes what it decided: timeline rows, clocks and promises. */
record ClockWrites(ClockEventStore events, ClockStore clocks, PromiseStore promises) {

    static ClockWrites of(EntityStore store) {
        return new ClockWrites(new ClockEventStore(store), new ClockStore(store), new PromiseStore(store));
    }
}
