package io.backstop.jirastubs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** One file per real Atlassian type, each saying which type it stands in for and where its signatures come from. */
class StandInsCiteTheirSourcesTest {

    private static final Path SOURCES = Path.of("src/main/java");

    private static List<Path> standIns() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    @Test
    void everyStandInNamesItsRealTypeAndCitesItsSource() throws IOException {
        List<Path> files = standIns();
        assertThat(files).hasSizeGreaterThan(40);
        for (Path file : files) {
            String fqcn = SOURCES.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
            String text = Files.readString(file);
            String header = text.substring(0, text.indexOf("package "));
            assertThat(header).as(fqcn).contains("Stand-in for " + fqcn + " ").contains("Source");
            assertThat(header).as("%s cites jira-platform.md, public Javadoc or public code", fqcn)
                    .containsAnyOf("jira-platform.md", "docs.atlassian.com", "github.com", "code search",
                            "Jira GroupManager source", "GroupManager.java here");
            assertThat(text).as(fqcn).contains("package " + fqcn.substring(0, fqcn.lastIndexOf('.')) + ";");
        }
    }

    @Test
    void onlyAtlassianAndJiraPackagesAreStoodIn() throws IOException {
        for (Path file : standIns()) {
            String path = SOURCES.relativize(file).toString();
            assertThat(path).matches("(com/atlassian/|org/ofbiz/).*");
        }
    }
}
