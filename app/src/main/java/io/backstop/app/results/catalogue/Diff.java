package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.rest.Json;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What applying an import would change, row by row, matched on the catalogue's key (an operation's code, a pair of
 * services, a role and component): rows added (with their row in the import), rows changed (old and new cells, and
 * which columns differ), rows removed (in the catalogue, not in the import), and whether only the order differs.
 */
record Diff(Catalogue catalogue, List<Row> added, List<Changed> changed, List<List<String>> removed, int unchanged,
            boolean reordered) {

    record Row(int row, List<String> cells) {
    }

    record Changed(int row, String key, List<String> before, List<String> after, List<String> columns) {
    }

    static Diff of(Catalogue catalogue, List<List<String>> current, Imported next) {
        Map<String, List<String>> before = new LinkedHashMap<>();
        current.forEach(cells -> before.put(catalogue.key(cells), cells));
        List<Row> added = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        List<String> keptOrder = new ArrayList<>();
        int unchanged = 0;
        for (int i = 0; i < next.rows().size(); i++) {
            List<String> cells = next.rows().get(i);
            String key = catalogue.key(cells);
            List<String> old = before.get(key);
            if (old == null) {
                added.add(new Row(next.rowNumbers().get(i), cells));
                continue;
            }
            keptOrder.add(key);
            List<String> columns = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) {
                if (!cells.get(c).equals(old.get(c))) {
                    columns.add(catalogue.columns().get(c).name());
                }
            }
            if (columns.isEmpty()) {
                unchanged++;
            } else {
                changed.add(new Changed(next.rowNumbers().get(i), key, old, cells, columns));
            }
        }
        Set<String> nextKeys = new HashSet<>(next.rows().stream().map(catalogue::key).toList());
        List<List<String>> removed = current.stream().filter(cells -> !nextKeys.contains(catalogue.key(cells)))
                .toList();
        List<String> oldOrder = before.keySet().stream().filter(nextKeys::contains).toList();
        return new Diff(catalogue, added, changed, removed, unchanged, !oldOrder.equals(keptOrder));
    }

    boolean changesNothing() {
        return added.isEmpty() && changed.isEmpty() && removed.isEmpty() && !reordered;
    }

    /** "2 added, 1 changed, 0 removed", as the audit says it. */
    String counts() {
        return added.size() + " added, " + changed.size() + " changed, " + removed.size() + " removed"
                + (reordered ? ", reordered" : "");
    }

    ObjectNode json() {
        ObjectNode node = Json.MAPPER.createObjectNode();
        node.put("catalogue", catalogue.id());
        ArrayNode columns = node.putArray("columns");
        catalogue.header().forEach(columns::add);
        ArrayNode a = node.putArray("added");
        added.forEach(row -> a.addObject().put("row", row.row()).set("cells", cells(row.cells())));
        ArrayNode c = node.putArray("changed");
        changed.forEach(change -> {
            ObjectNode item = c.addObject().put("row", change.row()).put("key", change.key());
            item.set("before", cells(change.before()));
            item.set("after", cells(change.after()));
            ArrayNode names = item.putArray("columns");
            change.columns().forEach(names::add);
        });
        ArrayNode r = node.putArray("removed");
        removed.forEach(cells -> r.addObject().put("key", catalogue.key(cells)).set("cells", cells(cells)));
        node.put("unchanged", unchanged);
        node.put("reordered", reordered);
        node.putObject("counts").put("added", added.size()).put("changed", changed.size())
                .put("removed", removed.size()).put("unchanged", unchanged);
        return node;
    }

    ObjectNode cells(List<String> cells) {
        ObjectNode node = Json.MAPPER.createObjectNode();
        for (int i = 0; i < cells.size(); i++) {
            node.put(catalogue.columns().get(i).name(), cells.get(i));
        }
        return node;
    }
}
