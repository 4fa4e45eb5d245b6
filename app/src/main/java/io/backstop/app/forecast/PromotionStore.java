package io.backstop.app.forecast;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.store.EntityStore;
import io.backstop.app.store.SettingStore;
import io.backstop.core.forecast.Promotion;
import io.backstop.core.validation.Problem;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The head's promotions, one settings document ({@value #SETTING}): a handful a year, read whole with every
 * forecast, so no table of their own.
 */
public final class PromotionStore {

    /** A store does not reach up into the REST layer for its mapper (AppArchitectureTest). */
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public static final String SETTING = "forecast.promotions";
    /** More than a department plans in years; keeps the document small. */
    public static final int MAX_PROMOTIONS = 200;

    private final SettingStore settings;

    public PromotionStore(EntityStore store) {
        this.settings = new SettingStore(store);
    }

    /** Every promotion, by start. */
    public List<Promotion> all() {
        List<Promotion> list = new ArrayList<>();
        settings.read(SETTING).ifPresent(text -> {
            try {
                for (JsonNode n : MAPPER.readTree(text)) {
                    list.add(new Promotion(n.path("id").asInt(), n.path("name").asText(),
                            LocalDate.parse(n.path("from").asText()), LocalDate.parse(n.path("to").asText()),
                            Promotion.Kind.valueOf(n.path("kind").asText()), n.path("amount").asDouble()));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
        list.sort(Comparator.comparing(Promotion::from).thenComparing(Promotion::id));
        return list;
    }

    /** Adds a promotion (its id is given here); the head is the only writer. */
    public synchronized Promotion add(String name, LocalDate from, LocalDate to, Promotion.Kind kind, double amount) {
        List<Promotion> list = all();
        if (list.size() >= MAX_PROMOTIONS) {
            throw io.backstop.core.validation.Check.invalid("name", Problem.of("error.forecast.mostPromotionsAre",
                    MAX_PROMOTIONS));
        }
        int id = list.stream().mapToInt(Promotion::id).max().orElse(0) + 1;
        Promotion added = new Promotion(id, name, from, to, kind, amount);
        list.add(added);
        write(list);
        return added;
    }

    /** Deletes one; false when there was none with that id. */
    public synchronized boolean delete(int id) {
        List<Promotion> list = all();
        boolean removed = list.removeIf(p -> p.id() == id);
        if (removed) {
            write(list);
        }
        return removed;
    }

    public Optional<Promotion> find(int id) {
        return all().stream().filter(p -> p.id() == id).findFirst();
    }

    private void write(List<Promotion> list) {
        ArrayNode array = MAPPER.createArrayNode();
        list.forEach(p -> json(array.addObject(), p));
        settings.write(SETTING, array.toString());
    }

    static ObjectNode json(ObjectNode node, Promotion p) {
        node.put("id", p.id());
        node.put("name", p.name());
        node.put("from", p.from().toString());
        node.put("to", p.to().toString());
        node.put("kind", p.kind().name());
        node.put("amount", p.amount());
        return node;
    }
}
