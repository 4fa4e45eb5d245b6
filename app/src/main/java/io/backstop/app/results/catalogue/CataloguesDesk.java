package io.backstop.app.results.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.backstop.app.port.Locks;
import io.backstop.app.response.ClockEvent;
import io.backstop.app.response.ClockEventKind;
import io.backstop.app.response.ClockEventStore;
import io.backstop.app.results.common.ResultsContext;
import io.backstop.app.results.common.ResultsSettings;
import io.backstop.app.store.EntityStore;
import io.backstop.core.validation.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head's catalogues (issue 17, point 7): each read as rows, exported as CSV, and replaced by an import only after
 * a dry run shows what would change. An import is checked whole (every cell, then the results settings' own reader
 * over the whole document) and taken whole or not at all; each applied import is in the audit (who, when, which
 * catalogue, how many rows added, changed and removed).
 */
public final class CataloguesDesk {

    /** The audit rows' issue key: a catalogue is no issue, and no issue key has a colon. */
    static final String AUDIT_KEY = "catalogue:";
    /** The settings document is read, changed in one member and written back under this lock. */
    private static final String LOCK = "results.settings";
    private static final Pattern PATH = Pattern.compile("^(\\w+)\\[(\\d+)\\](?:\\.(\\w+))?");

    private final ResultsContext results;
    private final Locks locks;
    private final ClockEventStore audit;

    public CataloguesDesk(ResultsContext results, EntityStore store, Locks locks) {
        this.results = results;
        this.locks = locks;
        this.audit = new ClockEventStore(store);
    }

    /** A catalogue as it stands, and its version (what an apply may name to be sure nothing changed since). */
    public record View(Catalogue catalogue, List<List<String>> rows, String version) {

        public String csv() {
            return CsvTable.write(catalogue.header(), rows);
        }
    }

    /** What an import would change, or did, against the version it was compared with; {@code version}: after. */
    public record Outcome(Diff diff, String before, String version) {
    }

    /** An apply made against a version that is no longer the catalogue's (someone applied in between). */
    static final class Stale extends RuntimeException {

        private final transient io.backstop.core.validation.Problem problem;

        Stale(Catalogue catalogue, String expected, String now) {
            this(io.backstop.core.validation.Problem.of("error.catalogue.changedSince", catalogue.id(), expected, now));
        }

        private Stale(io.backstop.core.validation.Problem problem) {
            super(problem.english(), null, false, false);
            this.problem = problem;
        }

        /** What the caller is told. */
        io.backstop.core.validation.Problem problem() {
            return problem;
        }
    }

    public View view(Catalogue catalogue) {
        return view(catalogue, results.settings().toJson());
    }

    /** Every catalogue, from one reading of the settings. */
    public List<View> views() {
        ObjectNode settings = results.settings().toJson();
        return java.util.Arrays.stream(Catalogue.values()).map(catalogue -> view(catalogue, settings)).toList();
    }

    private static View view(Catalogue catalogue, ObjectNode settings) {
        List<List<String>> rows = catalogue.rows(settings);
        return new View(catalogue, rows, version(catalogue, rows));
    }

    /** The dry run: what applying {@code body} would change; nothing is kept. */
    public Outcome preview(Catalogue catalogue, JsonNode body) {
        Imported imported = Imported.read(catalogue, body);
        ObjectNode settings = results.settings().toJson();
        View current = view(catalogue, settings);
        next(imported, settings);
        Diff diff = Diff.of(catalogue, current.rows(), imported);
        return new Outcome(diff, current.version(), version(catalogue, imported.rows()));
    }

    /**
     * Replaces the catalogue with {@code body}'s rows, if {@code expected} (when given) is still its version; the
     * audit records who and how much changed, an import that changes nothing included.
     */
    public Outcome apply(Catalogue catalogue, JsonNode body, String expected, String by, Instant at) {
        Imported imported = Imported.read(catalogue, body);
        return locks.withLock(LOCK, () -> {
            ObjectNode settings = results.settings().toJson();
            View current = view(catalogue, settings);
            if (expected != null && !expected.isBlank() && !expected.strip().equals(current.version())) {
                throw new Stale(catalogue, expected.strip(), current.version());
            }
            ResultsSettings next = next(imported, settings);
            Diff diff = Diff.of(catalogue, current.rows(), imported);
            if (!diff.changesNothing()) {
                results.replaceSettings(next);
            }
            audit.record(new ClockEvent(AUDIT_KEY + catalogue.id(), at, ClockEventKind.CATALOGUE, by, null, null,
                    catalogue.id(), null, null, null, null, catalogue.id() + ": " + diff.counts() + "; "
                    + imported.rows().size() + " rows"));
            return new Outcome(diff, current.version(), version(catalogue, imported.rows()));
        });
    }

    /**
     * The settings with the catalogue replaced, as the document's own reader takes them; refused with the row and
     * column when the reader refuses, or when it would not keep the rows as imported (a member it reads otherwise).
     */
    private static ResultsSettings next(Imported imported, ObjectNode settings) {
        Catalogue catalogue = imported.catalogue();
        List<CellError> errors = switch (catalogue) {
            case WEIGHTS -> WeightRows.check(imported.rowNumbers(), imported.rows());
            case RULES -> RuleRows.check(imported.rows());
            default -> List.of();
        };
        if (!errors.isEmpty()) {
            throw new Imported.Refused(imported.member(), errors);
        }
        ObjectNode document = settings.deepCopy();
        if (catalogue == Catalogue.RULES) {
            RuleRows.apply(document, imported.rows());
        } else {
            document.set(catalogue.member(), catalogue.member(imported.rows(), settings));
        }
        ResultsSettings next;
        try {
            next = ResultsSettings.read(document);
        } catch (InvalidFieldException e) {
            throw new Imported.Refused(imported.member(), List.of(settingsError(imported, e)));
        }
        kept(imported, catalogue.rows(next.toJson()));
        return next;
    }

    /** The reader's refusal at the row and column it names ({@code catalog[3].minutes}), else about the file. */
    private static CellError settingsError(Imported imported, InvalidFieldException e) {
        String message = e.getMessage().substring(Math.min(e.getMessage().length(), e.field().length() + 2));
        if (imported.catalogue() == Catalogue.RULES) {
            int index = imported.rows().stream().map(cells -> cells.get(0)).toList().indexOf(e.field());
            if (index >= 0) {
                return CellError.at(imported.rowNumbers().get(index), "value", Problem.SETTINGS, message);
            }
        }
        Matcher m = PATH.matcher(e.field());
        if (m.find() && m.group(1).equals(imported.catalogue().member())) {
            int index = Integer.parseInt(m.group(2));
            int row = index < imported.rowNumbers().size() ? imported.rowNumbers().get(index) : 0;
            String column = imported.catalogue().header().contains(m.group(3)) ? m.group(3) : null;
            return CellError.at(row, column, Problem.SETTINGS, message);
        }
        return CellError.at(0, null, Problem.SETTINGS, e.field() + ": " + message);
    }

    /** Refuses an import the document would keep otherwise than imported (a weight of 0 and none are alike). */
    private static void kept(Imported imported, List<List<String>> stored) {
        Map<String, List<String>> wanted = keyed(imported.catalogue(), imported.rows());
        Map<String, List<String>> got = keyed(imported.catalogue(), stored);
        for (Map.Entry<String, List<String>> e : wanted.entrySet()) {
            if (!e.getValue().equals(got.get(e.getKey()))) {
                int row = imported.rowNumbers().get(new ArrayList<>(wanted.keySet()).indexOf(e.getKey()));
                throw new Imported.Refused(imported.member(), List.of(CellError.at(row, null, Problem.NOT_KEPT, e.getKey()
                        + " would be " + (got.containsKey(e.getKey()) ? String.join(", ", got.get(e.getKey()))
                        : "left out"))));
            }
        }
        for (String key : got.keySet()) {
            if (!wanted.containsKey(key)) {
                throw new Imported.Refused(imported.member(), List.of(CellError.at(0, null, Problem.NOT_KEPT,
                        key + " would stay")));
            }
        }
    }

    private static Map<String, List<String>> keyed(Catalogue catalogue, List<List<String>> rows) {
        Map<String, List<String>> keyed = new LinkedHashMap<>();
        for (List<String> cells : rows) {
            if (catalogue != Catalogue.WEIGHTS || !cells.get(2).equals("0")) {
                keyed.put(catalogue.key(cells), cells);
            }
        }
        return keyed;
    }

    /** The first 16 hex digits of the SHA-256 of the catalogue's CSV: changes whenever a cell or the order does. */
    static String version(Catalogue catalogue, List<List<String>> rows) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(CsvTable.write(catalogue.header(), rows).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
