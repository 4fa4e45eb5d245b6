package io.backstop.app.settings;

import io.backstop.app.store.SettingStore;
import io.backstop.core.staff.Person;
import io.backstop.core.validation.InvalidFieldException;
import io.backstop.core.validation.Problem;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The department settings: read often (every event and tick), written rarely (the admin page). A read asks the
 * stored document's revision and reads and parses the document only when it changed, so every node sees another
 * node's change on its next read.
 */
public final class SettingsService {

    static final String DOCUMENT = "department.settings";

    private final SettingStore settings;
    private final OpenWork clocks;
    private final ZoneId defaultZone;
    private volatile Cached cached;

    public SettingsService(SettingStore settings, OpenWork clocks, ZoneId defaultZone) {
        this.settings = settings;
        this.clocks = clocks;
        this.defaultZone = defaultZone;
    }

    /**
     * The settings as last written, by this node or another. A read costs the document's revision only (a short
     * column); the document itself is read and parsed again when its revision has changed.
     */
    public DepartmentSettings current() {
        Cached seen = cached;
        Optional<String> revision = settings.revision(DOCUMENT);
        if (seen != null && revision.isPresent() && revision.get().equals(seen.revision)) {
            return seen.settings;
        }
        SettingStore.Revised stored = settings.readRevised(DOCUMENT).orElse(null);
        String document = stored == null ? null : stored.content();
        String storedRevision = stored == null ? null : stored.revision();
        DepartmentSettings parsed = seen != null && Objects.equals(seen.document, document) ? seen.settings
                : document == null ? SettingsDocument.unconfigured(defaultZone) : SettingsDocument.readStored(document);
        cached = new Cached(storedRevision, document, parsed);
        return parsed;
    }

    /**
     * Replaces the settings with a checked document. A person who owns open issues may not disappear: their
     * clients would lose their manager without anybody noticing.
     */
    public DepartmentSettings replace(DepartmentSettings next) {
        Set<String> kept = new HashSet<>();
        next.people().forEach(person -> kept.add(person.name()));
        for (Person person : current().people()) {
            if (!kept.contains(person.name())) {
                int open = clocks.openOwnedBy(person.name());
                if (open > 0) {
                    throw new InvalidFieldException("people", Problem.of("error.settings.ownsOpenIssue",
                            person.name(), open));
                }
            }
        }
        settings.write(DOCUMENT, SettingsDocument.write(next));
        return current();
    }

    private record Cached(String revision, String document, DepartmentSettings settings) {
    }
}
