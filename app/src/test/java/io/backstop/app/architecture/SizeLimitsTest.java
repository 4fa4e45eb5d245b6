package io.backstop.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole tree's main code stays readable: in every module of the build, no Java file over
 * {@value #MAX_FILE_LINES} lines, no method (or constructor) over {@value #MAX_METHOD_LINES}, counted from the line
 * of its opening brace to the line of its matching close. (It runs in app's build and reads its sibling modules.)
 */
class SizeLimitsTest {

    static final int MAX_FILE_LINES = 300;
    static final int MAX_METHOD_LINES = 60;
    /** The build's root: app's parent folder, where every module lives. */
    static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    private static final Set<String> NOT_METHODS = Set.of("if", "for", "while", "switch", "catch", "synchronized",
            "try", "return", "new", "throw", "else", "do", "case", "super", "this");
    /** The end of a member's head: a name, its parameters, perhaps a throws clause, right before the brace. */
    private static final Pattern HEAD = Pattern.compile("([A-Za-z_$][\\w$]*)\\s*\\(([^()]|\\([^()]*\\))*\\)"
            + "\\s*(throws\\s+[\\w$.,\\s]+)?\\s*$");

    @Test
    void noMainFileIsOverTheLimit() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainFiles()) {
            int lines = read(file).split("\n", -1).length - 1;
            if (lines > MAX_FILE_LINES) {
                tooLong.add(ROOT.relativize(file) + ": " + lines + " lines");
            }
        }
        assertThat(tooLong).as("main Java files over %d lines", MAX_FILE_LINES).isEmpty();
    }

    @Test
    void noMethodIsOverTheLimit() {
        List<String> tooLong = new ArrayList<>();
        for (Path file : mainFiles()) {
            for (Method method : methods(code(read(file)))) {
                if (method.lines() > MAX_METHOD_LINES) {
                    tooLong.add(ROOT.relativize(file) + "#" + method.name() + ": " + method.lines() + " lines");
                }
            }
        }
        assertThat(tooLong).as("methods over %d lines", MAX_METHOD_LINES).isEmpty();
    }

    @Test
    void theScanFindsMethodsAndSkipsBlocks() {
        String source = "class A {\n  int f(int a) throws X {\n    if (a > 0) {\n      return 1;\n    }\n"
                + "    Runnable r = () -> {\n    };\n    return \"}\".length();\n  }\n  A() {\n  }\n}\n";
        assertThat(methods(code(source))).containsExactly(new Method("f", 8), new Method("A", 2));
    }

    record Method(String name, int lines) {
    }

    /** Each method's name and lines, in the order their bodies open; a method's own blocks are not methods. */
    static List<Method> methods(String code) {
        List<Method> found = new ArrayList<>();
        Deque<int[]> open = new ArrayDeque<>(); // {line of the brace, index in found or -1}
        int line = 1;
        int segment = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '\n') {
                line++;
            } else if (c == '{') {
                String before = code.substring(segment, i);
                Matcher head = HEAD.matcher(before);
                boolean method = head.find() && !NOT_METHODS.contains(head.group(1)) && !before.contains("->")
                        && !before.substring(0, head.start()).matches("(?s).*(\\bnew|=|\\brecord|\\.)\\s*$");
                if (method) {
                    found.add(new Method(head.group(1), 0));
                }
                open.push(new int[] {line, method ? found.size() - 1 : -1});
                segment = i + 1;
            } else if (c == '}') {
                int[] block = open.pop();
                if (block[1] >= 0) {
                    found.set(block[1], new Method(found.get(block[1]).name(), line - block[0] + 1));
                }
                segment = i + 1;
            } else if (c == ';') {
                segment = i + 1;
            }
        }
        return found;
    }

    /** The source with comments, strings and characters blanked out; line breaks are kept. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(source, i, end < 0 ? source.length() : end + 2, out);
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                out.append("\"\"");
                i = blank(source, i, end < 0 ? source.length() : end + 3, out);
            } else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
                char quote = source.charAt(i);
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != quote) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                out.append(quote).append(quote);
                i = j + 1;
            } else {
                out.append(source.charAt(i++));
            }
        }
        return out.toString();
    }

    private static int blank(String source, int from, int to, StringBuilder out) {
        source.substring(from, to).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        return to;
    }

    private static List<Path> mainFiles() {
        try (Stream<Path> modules = Files.list(ROOT)) {
            List<Path> sources = modules.map(module -> module.resolve("src/main/java")).filter(Files::isDirectory)
                    .toList();
            assertThat(sources).as("modules found under " + ROOT).hasSizeGreaterThan(5);
            List<Path> files = new ArrayList<>();
            for (Path source : sources) {
                try (Stream<Path> walk = Files.walk(source)) {
                    walk.filter(f -> f.toString().endsWith(".java")).forEach(files::add);
                }
            }
            return files.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
