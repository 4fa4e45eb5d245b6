package io.backstop.app.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The app layer is host-agnostic: it never knows whether Jira or the sandbox runs it. Inside it, features are
 * packages (response, staff, results.*, library, forecast, onboarding) that depend one way; each keeps its REST
 * resources at its edge.
 */
@AnalyzeClasses(packages = "io.backstop.app", importOptions = ImportOption.DoNotIncludeTests.class)
class AppArchitectureTest {

    @ArchTest
    static final ArchRule noHostInTheApp = noClasses().that().resideInAPackage("io.backstop.app..")
            .should().dependOnClassesThat().resideInAnyPackage("com.atlassian..", "io.backstop.sandbox..",
                    "io.backstop.jira..", "org.eclipse.jetty..", "org.glassfish..", "org.h2..", "jakarta.servlet..")
            .because("hosts adapt to the app's ports, never the other way round (architecture.md)");

    @ArchTest
    static final ArchRule restStaysAtTheEdge = noClasses().that().resideInAnyPackage("io.backstop.app.store..",
                    "io.backstop.app.json..", "io.backstop.app.port..", "io.backstop.app.settings")
            .or().haveSimpleNameEndingWith("Desk").or().haveSimpleNameEndingWith("Store")
            .should().dependOnClassesThat(resideInAnyPackage("io.backstop.app.rest..", "io.backstop.app.access..",
                    "jakarta.ws.rs..").or(simpleNameEndingWith("Resource")))
            .because("store -> desk -> resource: lower layers do not call up");

    @ArchTest
    static final ArchRule storeKeepsOnlyThePersistenceBasics = noClasses()
            .that().resideInAPackage("io.backstop.app.store..")
            .should().dependOnClassesThat(resideInAPackage("io.backstop.app..")
                    .and(not(resideInAPackage("io.backstop.app.store.."))))
            .because("the features contribute their entities and schema steps; the store knows none of them");

    @ArchTest
    static final ArchRule storesDoNotCallDesks = noClasses().that().haveSimpleNameEndingWith("Store")
            .should().dependOnClassesThat().haveSimpleNameEndingWith("Desk")
            .because("stores are the bottom layer of a feature");

    /** Every package of the app is its own slice (io.backstop.app.results and io.backstop.app.results.norms too). */
    @ArchTest
    static final ArchRule noPackageCycles = slices().matching("io.backstop.app.(**)").should().beFreeOfCycles()
            .because("features depend one way: a cycle makes two packages one (issue 19)");
}
