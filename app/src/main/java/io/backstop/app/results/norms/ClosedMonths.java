package io.backstop.app.results.norms;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The months the head has closed (issue 17), kept as the setting {@value #SETTING}: {@code {"2026-11": {"by":
 * "head", "at": "2026-12-01T09:00:00Z"}}}. A closed month takes operations only from the head, each logged.
 */
final class ClosedMonths {

    static final String SETTING = "results.norms.closedMonths";
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final SettingStore settings;

    ClosedMonths(EntityStore store) {
        this.settings = new SettingStore(store);
    }

    Optional<MonthClosing> closing(YearMonth month) {
        JsonNode entry = read().get(month.toString());
        return entry == null ? Optional.empty()
                : Optional.of(new MonthClosing(entry.path("by").asText(), Instant.parse(entry.path("at").asText())));
    }

    boolean isClosed(YearMonth month) {
        return read().has(month.toString());
    }

    /** Closes the month; closing a closed month keeps its first closing. The caller holds the months' lock. */
    MonthClosing close(YearMonth month, String by, Instant at) {
        ObjectNode all = read();
        if (!all.has(month.toString())) {
            all.putObject(month.toString()).put("by", by).put("at", at.toString());
            settings.write(SETTING, all.toString());
        }
        return closing(month).orElseThrow();
    }

    /** Opens the month again. The caller holds the months' lock. */
    void reopen(YearMonth month) {
        ObjectNode all = read();
        if (all.remove(month.toString()) != null) {
            settings.write(SETTING, all.toString());
        }
    }

    private ObjectNode read() {
        try {
            String json = settings.read(SETTING).orElse("{}");
            JsonNode node = MAPPER.readTree(json);
            return node instanceof ObjectNode object ? object : MAPPER.createObjectNode();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
