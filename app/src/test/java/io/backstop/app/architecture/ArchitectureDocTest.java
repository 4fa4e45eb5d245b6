package io.backstop.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md names every package of core and app (as {@code `calendar`}, {@code `results.norms`}): a
 * package added without a word on what it holds fails the build, and the map does not drift from the code.
 */
class ArchitectureDocTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

    @Test
    void everyCoreAndAppPackageIsNamedInTheArchitectureDocument() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/architecture.md"));
        List<String> missing = new ArrayList<>();
        for (String module : List.of("core", "app")) {
            Path base = ROOT.resolve(module + "/src/main/java/io/backstop/" + module);
            for (String name : packages(base)) {
                if (!doc.contains("`" + name + "`")) {
                    missing.add(module + ": " + name);
                }
            }
        }
        assertThat(missing).as("packages not named in docs/architecture.md").isEmpty();
    }

    /** The packages below {@code base} that hold Java files, relative to it and dotted ({@code results.norms}). */
    private static List<String> packages(Path base) throws IOException {
        assertThat(base).isDirectory();
        try (Stream<Path> dirs = Files.walk(base)) {
            return dirs.filter(Files::isDirectory).filter(dir -> !dir.equals(base)).filter(ArchitectureDocTest::holdsJava)
                    .map(dir -> base.relativize(dir).toString().replace('/', '.')).sorted().toList();
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
