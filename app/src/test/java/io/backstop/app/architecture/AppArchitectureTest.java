package io.backstop.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The app layer is host-agnostic: it never knows whether Jira or the sandbox runs it. */
@AnalyzeClasses(packages = "io.backstop.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule noHostInTheApp = noClasses().that().resideInAPackage("io.backstop.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "io.backstop.sandbox..",
                    "io.backstop.plugin..", "org.eclipse.jetty..", "org.glassfish..", "org.h2..", "jakarta.servlet..")
            .because("hosts adapt to the app's ports, never the other way round (architecture.md)");

    @ArchTest
    static final ArchRule restStaysAtTheEdge = noClasses().that().resideInAnyPackage("io.backstop.app.desk..",
                    "io.backstop.app.store..", "io.backstop.app.settings..", "io.backstop.app.json..",
                    "io.backstop.app.port..")
            .should().dependOnClassesThat().resideInAPackage("io.backstop.app.rest..")
            .because("dao -> service -> rest: lower layers do not call up");

    @ArchTest
    static final ArchRule storesDoNotCallDesks = noClasses().that().resideInAPackage("io.backstop.app.store..")
            .should().dependOnClassesThat().resideInAnyPackage("io.backstop.app.desk..", "io.backstop.app.settings..")
            .because("stores are the bottom layer");
}
