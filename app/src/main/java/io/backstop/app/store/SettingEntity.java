package io.backstop.app.store;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/** A named document: the department settings as JSON, the schema version, the watcher's progress. */
@Preload
@Table("SETTING")
public interface SettingEntity extends Entity {

    @NotNull
    @Unique
    String getName();

    void setName(String name);

    @StringLength(StringLength.UNLIMITED)
    String getContent();

    void setContent(String content);

    /**
     * A new value at every write (schema step 7): a reader that holds the document learns whether it changed without
     * reading it again. Unique rather than counted, so two nodes writing at once never leave the same revision.
     */
    String getRevision();

    void setRevision(String revision);
}
