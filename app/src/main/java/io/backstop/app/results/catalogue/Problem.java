package io.backstop.app.results.catalogue;

import java.util.List;

/**
 * What can be wrong with a catalogue's file or one of its cells. Each has a message key in the web bundles
 * ({@code backstop.catalogues.problem.<key>}, English and Russian, the same {0}-style arguments) and the English text
 * the REST answer carries; the screen shows the key's text in the person's language.
 */
enum Problem {
    QUOTE_OPEN("quoteOpen", "a quoted cell is not closed"),
    QUOTE_TEXT("quoteText", "text after a closing quote (a quote inside a cell is written twice)"),
    NO_HEADER("noHeader", "the file has no header row"),
    COLUMN_MISSING("columnMissing", "column {0} is missing"),
    COLUMN_UNKNOWN("columnUnknown", "there is no column \"{0}\" in this catalogue (its columns: {1})"),
    COLUMN_TWICE("columnTwice", "column {0} is given twice"),
    CELLS("cells", "has {0} cells, the header {1}"),
    NOT_TEXT("notText", "must be text or a number"),
    REQUIRED("required", "must not be empty"),
    TOO_LONG("tooLong", "must be at most {0} characters"),
    UNSEEN("unseen", "must not contain control characters or direction overrides"),
    CODE("code", "must be lower-case Latin letters, digits and dashes, starting with a letter, got \"{0}\""),
    WHOLE("whole", "must be a whole number, got \"{0}\""),
    WHOLE_MINUTES("wholeMinutes", "must be a whole number of minutes, got \"{0}\""),
    POSITIVE("positive", "must be more than 0, got {0}"),
    NOT_NEGATIVE("notNegative", "must not be negative, got {0}"),
    INSTRUCTION("instruction", "must be an http(s) address or library:<entry id>, got \"{0}\""),
    SAME("same", "must differ from {0} (\"{1}\")"),
    TWICE("twice", "\"{0}\" is listed twice (first in row {1})"),
    ROLE("role", "must be MANAGER, OPERATOR or HEAD, got \"{0}\""),
    COMPONENT("component", "must be one of {0}, got \"{1}\""),
    WEIGHT("weight", "must be a number from 0 to 1 such as 0.35, got \"{0}\""),
    RULE("rule", "must be one of {0}, got \"{1}\""),
    NUMBER("number", "must be a number not below 0 such as 60 or 1.5, got \"{0}\""),
    RULE_MISSING("ruleMissing", "{0} has no row; every rule needs its value"),
    WEIGHT_SUM("weightSum", "the weights of {0} add up to {1}; they must add up to 1"),
    ROLE_MISSING("roleMissing", "{0} has no rows; every role needs its weights (0 for what it is not weighed on)"),
    TOO_MANY("tooMany", "a catalogue holds at most {0} rows"),
    NOT_KEPT("notKept", "the results settings would not keep this as imported: {0}"),
    SETTINGS("settings", "the results settings refuse it: {0}");

    private final String key;
    private final String english;

    Problem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The message key in the web bundles. */
    String key() {
        return "backstop.catalogues.problem." + key;
    }

    String english() {
        return english;
    }

    /** The English text with its arguments. */
    String english(List<String> args) {
        String text = english;
        for (int i = 0; i < args.size(); i++) {
            text = text.replace("{" + i + "}", args.get(i));
        }
        return text;
    }
}
