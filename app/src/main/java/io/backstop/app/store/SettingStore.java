package io.backstop.app.store;

import java.util.Map;
import java.util.Optional;
import net.java.ao.Query;

/** Named text documents. */
public final class SettingStore {

    private final EntityStore store;

    public SettingStore(EntityStore store) {
        this.store = store;
    }

    public Optional<String> read(String name) {
        SettingEntity[] found = store.find(SettingEntity.class, Query.select().where("NAME = ?", name));
        return found.length == 0 ? Optional.empty() : Optional.ofNullable(found[0].getContent());
    }

    public void write(String name, String content) {
        store.inTransaction(() -> {
            SettingEntity[] found = store.find(SettingEntity.class, Query.select().where("NAME = ?", name));
            if (found.length == 0) {
                store.create(SettingEntity.class, Map.of("NAME", name, "CONTENT", content));
            } else {
                found[0].setContent(content);
                found[0].save();
            }
            return null;
        });
    }
}
