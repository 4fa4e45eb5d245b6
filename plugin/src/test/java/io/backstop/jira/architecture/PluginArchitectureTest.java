package io.backstop.jira.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The Jira host's packages (events, job, port, rest, setup, web, ...) depend on each other one way only. */
@AnalyzeClasses(packages = "io.backstop.jira", importOptions = ImportOption.DoNotIncludeTests.class)
class PluginArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.backstop.jira.(**)").should().beFreeOfCycles()
            .because("a host's part is found and changed in one place");
}
