package io.backstop.app.results.catalogue;

import io.backstop.app.json.JsonFields;
import io.backstop.core.norms.Operation;
import io.backstop.core.validation.InvalidFieldException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A column of a catalogue: its name in the file and the header, what its cells hold, and the value an absent
 * optional cell takes. {@link #check} turns what the head typed into the one way the catalogue writes it (so that
 * " 15" and "15" are no change), or says what is wrong.
 */
record Column(String name, Kind kind, String absent) {

    /** Codes, names and addresses are shown whole on the screens (as the results settings keep them). */
    static final int MAX_TEXT = 255;
    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]*");
    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]+");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]+([.,][0-9]+)?|[.,][0-9]+");

    enum Kind { CODE, TEXT, INSTRUCTION, MINUTES, POSITIVE, NOT_NEGATIVE, CODES, ROLE, COMPONENT, WEIGHT, RULE, NUMBER }

    static Column required(String name, Kind kind) {
        return new Column(name, kind, null);
    }

    static Column optional(String name, Kind kind, String absent) {
        return new Column(name, kind, absent);
    }

    /** The cell's value as the catalogue writes it; a failure is a {@link CellError} thrown as {@link Bad}. */
    String check(String raw, int row) {
        String value = raw == null ? "" : raw.strip();
        if (JsonFields.unseenCharacters(value).isPresent()) {
            throw bad(row, Problem.UNSEEN);
        }
        if (value.isEmpty()) {
            if (absent != null) {
                return absent;
            }
            throw bad(row, Problem.REQUIRED);
        }
        if (value.length() > MAX_TEXT) {
            throw bad(row, Problem.TOO_LONG, MAX_TEXT);
        }
        return switch (kind) {
            case CODE -> code(value, row);
            case TEXT -> value;
            case INSTRUCTION -> instruction(value, row);
            case MINUTES -> String.valueOf(whole(value, row, Problem.WHOLE_MINUTES, 1));
            case POSITIVE -> String.valueOf(whole(value, row, Problem.WHOLE, 1));
            case NOT_NEGATIVE -> String.valueOf(whole(value, row, Problem.WHOLE, 0));
            case CODES -> codes(value, row);
            case ROLE -> value.toUpperCase(Locale.ROOT);
            case COMPONENT -> value.toLowerCase(Locale.ROOT);
            case WEIGHT -> weight(value, row);
            case RULE -> rule(value, row);
            case NUMBER -> number(value, row);
        };
    }

    private String code(String value, int row) {
        if (!CODE.matcher(value).matches()) {
            throw bad(row, Problem.CODE, value);
        }
        return value;
    }

    private String instruction(String value, int row) {
        try {
            new Operation("x", "x", 1, java.util.Optional.of(value));
            return value;
        } catch (InvalidFieldException e) {
            throw bad(row, Problem.INSTRUCTION, value);
        }
    }

    private int whole(String value, int row, Problem notWhole, int least) {
        if (!WHOLE.matcher(value).matches()) {
            throw bad(row, notWhole, value);
        }
        BigDecimal number = new BigDecimal(value);
        if (number.compareTo(BigDecimal.valueOf(least)) < 0) {
            throw bad(row, least == 1 ? Problem.POSITIVE : Problem.NOT_NEGATIVE, number.toPlainString());
        }
        if (number.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            throw bad(row, notWhole, value);
        }
        return number.intValueExact();
    }

    /** Service codes separated by spaces, commas or semicolons; written separated by one space. */
    private String codes(String value, int row) {
        Set<String> codes = new LinkedHashSet<>();
        for (String part : value.split("[\\s,;]+")) {
            if (part.isEmpty()) {
                continue;
            }
            code(part, row);
            if (!codes.add(part)) {
                throw bad(row, Problem.TWICE, part, row);
            }
        }
        return String.join(" ", new ArrayList<>(codes));
    }

    /** A share from 0 to 1, with a point or a comma; written without trailing zeros (0.35, 1, 0). */
    private String weight(String value, int row) {
        if (!DECIMAL.matcher(value).matches()) {
            throw bad(row, Problem.WEIGHT, value);
        }
        BigDecimal share = new BigDecimal(value.replace(',', '.'));
        if (share.compareTo(BigDecimal.ONE) > 0) {
            throw bad(row, Problem.WEIGHT, value);
        }
        return plain(share);
    }

    private String rule(String value, int row) {
        if (!RuleRows.RULES.contains(value)) {
            throw bad(row, Problem.RULE, String.join(", ", RuleRows.RULES), value);
        }
        return value;
    }

    /** A number not below 0, with a point or a comma; the settings' reader checks its range. */
    private String number(String value, int row) {
        if (!DECIMAL.matcher(value).matches()) {
            throw bad(row, Problem.NUMBER, value);
        }
        return plain(new BigDecimal(value.replace(',', '.')));
    }

    static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }

    List<String> splitCodes(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split(" "));
    }

    Bad bad(int row, Problem problem, Object... args) {
        return new Bad(CellError.at(row, name, problem, args));
    }

    /** A cell that cannot be taken. */
    static final class Bad extends RuntimeException {

        private final CellError error;

        Bad(CellError error) {
            super(error.message(), null, false, false);
            this.error = error;
        }

        CellError error() {
            return error;
        }
    }
}
