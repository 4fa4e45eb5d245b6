package io.backstop.sandbox.architecture;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The sandbox's packages depend one way: the host wires the tracker, the users, the pages and the demo's life; the
 * shared services (time, locks, refusals) depend on none of them; the demo's generators on nothing of the sandbox.
 */
@AnalyzeClasses(packages = "io.backstop.sandbox", importOptions = ImportOption.DoNotIncludeTests.class)
class SandboxArchitectureTest {

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.backstop.sandbox.(**)").should().beFreeOfCycles()
            .because("a part of the sandbox is found and changed in one place");
}
