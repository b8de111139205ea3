package no.kurer.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The package rules of Kurer's production code: feature packages that stay apart, and boundaries on top. */
class CodeRulesTest {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("no.kurer");

    @Test
    void onlyTheSandboxUsesTheSandbox() {
        noClasses()
                .that()
                .resideOutsideOfPackage("no.kurer.sandbox..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("no.kurer.sandbox..")
                .because("the stand-ins are for tests and demonstrations; Kurer talks to them over HTTP only")
                .check(PRODUCTION);
    }

    @Test
    void theBrokerDoesNotUseDpi() {
        noClasses()
                .that()
                .resideInAPackage("no.kurer.broker..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("no.kurer.dpi..")
                .check(PRODUCTION);
    }

    @Test
    void dpiDoesNotUseTheBroker() {
        noClasses()
                .that()
                .resideInAPackage("no.kurer.dpi..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("no.kurer.broker..")
                .check(PRODUCTION);
    }

    @Test
    void controlDoesNotUseBoundaries() {
        noClasses()
                .that()
                .resideInAPackage("..control..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..boundary..")
                .because("boundaries start work and call into control, never the other way round")
                .check(PRODUCTION);
    }
}
