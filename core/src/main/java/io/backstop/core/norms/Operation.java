package io.backstop.core.norms;

import io.backstop.core.validation.Check;
import io.backstop.core.validation.Problem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An operation of the department and its norm: the standard minutes it takes. Doing it once earns the norm, however
 * long it really took, so a fast manager is not punished and a slow one not rewarded.
 *
 * @param code stable identifier kept in stored history ({@code "client-question"}); never reused for another job
 * @param instruction where a newcomer learns it: an {@code http(s)} URL or an answer-library entry
 *                    ({@code library:<id>}); empty when nobody wrote one yet
 */
public record Operation(String code, String name, int standardMinutes, Optional<String> instruction) {

    /** The prefix of an instruction that names an answer-library entry rather than a web page. */
    public static final String LIBRARY_PREFIX = "library:";
    private static final Pattern LIBRARY_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public Operation {
        Check.code(code, "code");
        Check.notBlank(name, "name");
        Check.positive(standardMinutes, "standardMinutes");
        Check.notNull(instruction, "instruction");
        instruction.ifPresent(Operation::checkInstruction);
    }

    public Operation(String code, String name, int standardMinutes) {
        this(code, name, standardMinutes, Optional.empty());
    }

    public double normHours() {
        return standardMinutes / 60.0;
    }

    public Operation withInstruction(String text) {
        return new Operation(code, name, standardMinutes, Optional.ofNullable(text));
    }

    /** An absolute http(s) URL with a host, or {@code library:} and an entry id. */
    private static void checkInstruction(String text) {
        if (text.startsWith(LIBRARY_PREFIX)) {
            if (!LIBRARY_ID.matcher(text.substring(LIBRARY_PREFIX.length())).matches()) {
                throw Check.invalid("instruction", Problem.of("error.norms.libraryEntryLibrary", text));
            }
            return;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme();
            if (scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
                    && uri.getHost() != null) {
                return;
            }
        } catch (URISyntaxException e) {
            // falls through to the message below
        }
        throw Check.invalid("instruction", Problem.of("error.norms.httpUrlLibrary", text));
    }
}
