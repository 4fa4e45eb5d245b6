package io.backstop.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The screens' scripts stay readable: no file over {@value #MAX_FILE_LINES} lines and no function over
 * {@value #MAX_FUNCTION_LINES}, counted from its {@code function} line to its closing brace (a nested function is
 * counted in its own right and inside its parent). The file's own wrapper, {@code (function (global) { ... })(window)},
 * is the module, not a function, and is not counted.
 */
class ScriptLimitsTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_FUNCTION_LINES = 80;
    private static final Path SCRIPTS = Path.of("src/main/resources/backstop-web/js");
    private static final Pattern OWN_NAME = Pattern.compile("\\s+([A-Za-z_$][\\w$]*)");
    private static final Pattern ASSIGNED_TO = Pattern.compile("([A-Za-z_$][\\w$.]*)\\s*[:=]\\s*$");

    @Test
    void noScriptIsTooLongAndNoFunctionEither() throws IOException {
        List<String> tooLong = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(SCRIPTS)) {
            files = listed.filter(file -> file.toString().endsWith(".js")).sorted().toList();
        }
        assertThat(files).as("scripts under " + SCRIPTS).isNotEmpty();
        for (Path file : files) {
            String code = Files.readString(file, StandardCharsets.UTF_8);
            String name = file.getFileName().toString();
            long lines = code.lines().count();
            if (lines > MAX_FILE_LINES) {
                tooLong.add(name + ": " + lines + " lines (at most " + MAX_FILE_LINES + ")");
            }
            for (Function function : functions(code)) {
                if (function.lines() > MAX_FUNCTION_LINES) {
                    tooLong.add(name + ":" + function.line + " " + function.name + ": " + function.lines()
                            + " lines (at most " + MAX_FUNCTION_LINES + ")");
                }
            }
        }
        assertThat(tooLong).as("scripts or functions over the limits").isEmpty();
    }

    @Test
    void theScanSeesFunctionsButNotStringsCommentsOrRegularExpressions() {
        String code = String.join("\n",
                "(function (global) {",                           // 1: the module, not counted
                "  var a = '{ function }', b = \"}\";",            // 2
                "  // function { in a comment",                   // 3
                "  /* } */ var r = /'\\{(\\d+)\\}[}]/g;",          // 4: a regex with a quote and braces
                "  function outer(x) {",                          // 5
                "    var inner = function () {",                  // 6
                "      return x / 2 / 1;",                        // 7: division, not a regex
                "    };",                                         // 8
                "    return `${x}}`;",                            // 9
                "  }",                                            // 10
                "})(window);");
        List<Function> found = functions(code);
        assertThat(found).extracting(f -> f.name + "@" + f.line + "+" + f.lines())
                .containsExactly("outer@5+6", "inner@6+3");
    }

    /** A function found in a script: its name (or "anonymous"), its first line, its last line. */
    record Function(String name, int line, int end) {
        int lines() {
            return end - line + 1;
        }
    }

    /**
     * Every function in the code with the lines it spans. A small scanner: strings, template literals, comments and
     * regular expression literals are skipped so their braces do not count.
     */
    static List<Function> functions(String code) {
        List<Function> found = new ArrayList<>();
        Deque<Object[]> open = new ArrayDeque<>(); // per open brace: {line, name or null, is a function body}
        String pendingName = null;
        int pendingLine = 0;
        boolean pendingModule = false;
        int line = 1;
        char last = 0; // the last significant character, to tell a regular expression from a division
        String lastWord = "";
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            char next = i + 1 < code.length() ? code.charAt(i + 1) : 0;
            if (c == '\n') {
                line++;
                continue;
            }
            if (Character.isWhitespace(c)) {
                continue;
            }
            int skipTo = -1;
            if (c == '/' && next == '/') {
                skipTo = code.indexOf('\n', i);
                skipTo = skipTo < 0 ? code.length() : skipTo;
            } else if (c == '/' && next == '*') {
                skipTo = code.indexOf("*/", i + 2) + 2;
            } else if (c == '\'' || c == '"' || c == '`') {
                skipTo = endOfQuoted(code, i, c);
            } else if (c == '/' && startsRegex(last, lastWord)) {
                skipTo = endOfRegex(code, i);
            }
            if (skipTo >= 0) {
                line += count(code, i, skipTo);
                i = skipTo - 1;
                if (c == '\'' || c == '"' || c == '`' || (c == '/' && next != '/' && next != '*')) {
                    last = 'a'; // a value
                    lastWord = "";
                }
                continue;
            }
            if (Character.isJavaIdentifierStart(c)) {
                int end = i;
                while (end < code.length() && Character.isJavaIdentifierPart(code.charAt(end))) {
                    end++;
                }
                String word = code.substring(i, end);
                if (word.equals("function")) {
                    pendingLine = line;
                    pendingModule = open.isEmpty() && last == '(';
                    pendingName = nameOf(code, i, end);
                }
                lastWord = word;
                last = 'a';
                i = end - 1;
                continue;
            }
            if (c == '{') {
                boolean body = pendingName != null;
                open.push(new Object[] {body ? pendingLine : line, pendingName, body && !pendingModule});
                pendingName = null;
            } else if (c == '}' && !open.isEmpty()) {
                Object[] closed = open.pop();
                if ((Boolean) closed[2]) {
                    found.add(new Function((String) closed[1], (Integer) closed[0], line));
                }
            }
            last = c;
            lastWord = "";
        }
        found.sort((a, b) -> Integer.compare(a.line, b.line));
        return found;
    }

    /** The function's name: after the keyword, or the variable or property it is assigned to. */
    private static String nameOf(String code, int keyword, int afterKeyword) {
        Matcher own = OWN_NAME.matcher(code).region(afterKeyword, code.length());
        if (own.lookingAt()) {
            return own.group(1);
        }
        Matcher assigned = ASSIGNED_TO.matcher(code.substring(Math.max(0, keyword - 80), keyword));
        return assigned.find() ? assigned.group(1) : "anonymous";
    }

    private static boolean startsRegex(char last, String lastWord) {
        return last == 0 || "(,=:[!&|?{};+-*%<>~^".indexOf(last) >= 0 || lastWord.equals("return")
                || lastWord.equals("typeof");
    }

    private static int endOfQuoted(String code, int start, char quote) {
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i + 1;
            }
        }
        return code.length();
    }

    private static int endOfRegex(String code, int start) {
        boolean inClass = false;
        for (int i = start + 1; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                inClass = true;
            } else if (c == ']') {
                inClass = false;
            } else if (c == '/' && !inClass) {
                int end = i + 1;
                while (end < code.length() && Character.isLetter(code.charAt(end))) {
                    end++;
                }
                return end;
            } else if (c == '\n') {
                return i; // not a regular expression after all
            }
        }
        return code.length();
    }

    private static int count(String code, int from, int to) {
        int lines = 0;
        for (int i = from; i < to; i++) {
            if (code.charAt(i) == '\n') {
                lines++;
            }
        }
        return lines;
    }
}
