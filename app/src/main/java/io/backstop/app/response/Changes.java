package io.backstop.app.response;

import io.backstop.app.response.ClockStore.Locked;
import io.backstop.core.sla.Promise;
import io.backstop.core.sla.ResponseClock;
import java.util.ArrayList;
import java.util.List;

/**
 * What one transaction of the response desk decided to write: timeline rows and clocks' next states, written
 * together at its end (one batched insert for the rows, whatever the number of clocks), and the internal notes,
 * sent only once it has committed. Kept per clock inside a watcher batch, so that a clock whose move failed in the
 * tracker leaves nothing behind while the others of the batch are written.
 */
final class Changes {

    private record NextState(Locked clock, ResponseClock next) {
    }

    private final List<ClockEvent> timeline = new ArrayList<>();
    private final List<NextState> states = new ArrayList<>();
    private final List<Runnable> notes = new ArrayList<>();
    private final List<Promise> promises = new ArrayList<>();

    void record(ClockEvent event) {
        timeline.add(event);
    }

    void save(Locked clock, ResponseClock next) {
        states.add(new NextState(clock, next));
    }

    void promise(Promise promise) {
        promises.add(promise);
    }

    void noteAfterCommit(Runnable note) {
        notes.add(note);
    }

    /** Takes over another clock's changes, after this one's. */
    void add(Changes other) {
        timeline.addAll(other.timeline);
        states.addAll(other.states);
        notes.addAll(other.notes);
        promises.addAll(other.promises);
    }

    /** Writes the rows and the clocks; inside the transaction, after every tracker call it made. */
    void write(ClockWrites writes) {
        writes.events().recordAll(timeline);
        states.forEach(state -> writes.clocks().save(state.clock(), state.next()));
        writes.promises().recordAll(promises);
    }

    /** After the commit: a note is the one call that is not idempotent, so it never goes out for a rolled-back change. */
    void sendNotes() {
        notes.forEach(Runnable::run);
    }
}
