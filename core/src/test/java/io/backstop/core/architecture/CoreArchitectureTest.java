package io.backstop.core.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The department's rules stay plain Java: any host can run them, and they read without a framework in the way. */
@AnalyzeClasses(packages = "io.backstop.core", importOptions = ImportOption.DoNotIncludeTests.class)
class CoreArchitectureTest {

    @ArchTest
    static final ArchRule coreUsesOnlyTheJdk = classes().that().resideInAPackage("io.backstop.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "io.backstop.core..")
            .because("core is the department's rules in plain Java (architecture.md)");

    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.backstop.core.(**)").should().beFreeOfCycles()
            .because("each package is one concept of the department's, readable on its own");
}
