package io.backstop.app.response;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a staff reply was decided to be holding, or that its detection was turned off, as a timeline row keeps it in
 * {@code detail} ("holding: text \"получили\"", "holding: marked", "holding: due date", "holding: turned off"; the
 * stored form, so rows written before stay readable) and as REST gives it ({@code holding: {how, phrase?}}).
 *
 * @param how    what decided
 * @param phrase the department's phrase the text was recognised by; null unless {@code how} is TEXT
 */
public record ReplyDecidedBy(How how, String phrase) {

    /** What decided. */
    public enum How {
        DUE_DATE("due date"), MARKED("marked"), TURNED_OFF("turned off"), TEXT(null);

        private final String stored;

        How(String stored) {
            this.stored = stored;
        }
    }

    private static final String PREFIX = "holding: ";
    private static final Pattern TEXT = Pattern.compile("^" + PREFIX + "text \"(.*)\"$", Pattern.DOTALL);

    public static ReplyDecidedBy text(String phrase) {
        return new ReplyDecidedBy(How.TEXT, phrase);
    }

    public static ReplyDecidedBy of(How how) {
        return new ReplyDecidedBy(how, null);
    }

    /** The row's {@code detail}. */
    String stored() {
        return PREFIX + (how == How.TEXT ? "text \"" + phrase + "\"" : how.stored);
    }

    /** What a row's {@code detail} says of its reply; empty for any other detail (or none). */
    public static Optional<ReplyDecidedBy> read(String detail) {
        if (detail == null || !detail.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Matcher text = TEXT.matcher(detail);
        if (text.matches()) {
            return Optional.of(text(text.group(1)));
        }
        String rest = detail.substring(PREFIX.length());
        for (How how : How.values()) {
            if (rest.equals(how.stored)) {
                return Optional.of(of(how));
            }
        }
        return Optional.empty();
    }
}
