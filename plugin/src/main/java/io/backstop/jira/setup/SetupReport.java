package io.backstop.jira.setup;

import java.util.List;

/** What a run of the setup found and did, item by item, with each line already in the reader's language. */
public record SetupReport(List<Item> items) {

    public enum Status { CREATED, EXISTS, FAILED }

    public enum Kind { ISSUE_TYPE, FIELD, GROUP, ACTOR }

    public record Item(Kind kind, String name, Status status, String message) {
    }

    public SetupReport {
        items = List.copyOf(items);
    }

    public boolean changedAnything() {
        return items.stream().anyMatch(item -> item.status() == Status.CREATED);
    }

    public boolean failed() {
        return items.stream().anyMatch(item -> item.status() == Status.FAILED);
    }
}
