package io.backstop.app.store;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.java.ao.Query;

/** Named text documents, each with a revision that changes at every write. */
public final class SettingStore {

    private final EntityStore store;

    public SettingStore(EntityStore store) {
        this.store = store;
    }

    public Optional<String> read(String name) {
        SettingEntity[] found = store.find(SettingEntity.class, Query.select().where("NAME = ?", name));
        return found.length == 0 ? Optional.empty() : Optional.ofNullable(found[0].getContent());
    }

    /** A document with the revision it was read at (null for a row written before revisions were kept). */
    public record Revised(String content, String revision) {
    }

    public Optional<Revised> readRevised(String name) {
        SettingEntity[] found = store.find(SettingEntity.class, Query.select().where("NAME = ?", name));
        return found.length == 0 ? Optional.empty()
                : Optional.of(new Revised(found[0].getContent(), found[0].getRevision()));
    }

    /** The document's revision alone, without reading the document: empty if there is no such document. */
    public Optional<String> revision(String name) {
        String[] revision = {null};
        boolean[] found = {false};
        store.stream(SettingEntity.class, Query.select("ID, NAME, REVISION").where("NAME = ?", name), row -> {
            found[0] = true;
            revision[0] = row.getRevision();
        });
        return found[0] ? Optional.ofNullable(revision[0]) : Optional.empty();
    }

    /**
     * Replaces the document whole. Writers at the same moment (two administrators, two nodes) meet on its row, or
     * on its name when the first writes create it; the database refuses all but one, and each refused writer writes
     * again over what the winner left, so every writer is answered and the last one's document is what stays.
     */
    public void write(String name, String content) {
        String revision = UUID.randomUUID().toString();
        WriteConflicts.retrying(() -> store.inTransaction(() -> {
            SettingEntity[] found = store.find(SettingEntity.class, Query.select().where("NAME = ?", name));
            if (found.length == 0) {
                Map<String, Object> values = new HashMap<>();
                values.put("NAME", name);
                values.put("CONTENT", content);
                values.put("REVISION", revision);
                store.create(SettingEntity.class, values);
            } else {
                found[0].setContent(content);
                found[0].setRevision(revision);
                found[0].save();
            }
            return null;
        }));
    }

    /** Schema step 7: every document written before revisions were kept gets one. */
    void backfillRevisions() {
        for (SettingEntity row : store.find(SettingEntity.class, Query.select().where("REVISION IS NULL"))) {
            row.setRevision(UUID.randomUUID().toString());
            row.save();
        }
    }
}
