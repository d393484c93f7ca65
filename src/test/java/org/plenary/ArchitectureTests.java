package org.plenary;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/** A few rules of STYLE.md that the compiler and Spring Modulith do not check. */
class ArchitectureTests {

    /** Plenary's own classes: not the code that the build generates for Spring's start ahead of time (process-aot). */
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
            .importPackages("org.plenary");

    /** The schema belongs to Flyway and data access to Spring Data JDBC: no ORM (Hibernate Validator is fine). */
    @Test
    void noJpaOrHibernate() {
        noClasses().should().dependOnClassesThat(resideInAnyPackage("jakarta.persistence..", "org.springframework.data.jpa..")
                        .or(resideInAPackage("org.hibernate..").and(not(resideInAPackage("org.hibernate.validator..")))))
                .check(MAIN);
    }

    /**
     * Controllers are thin entry points of their module, never an API other code calls. The annotation that
     * marks page controllers ({@code @PageController}) carries {@code @Controller} but is no controller.
     */
    @Test
    void controllersAreNotPublic() {
        classes().that().areMetaAnnotatedWith(Controller.class).and().areNotAnnotations()
                .should().notBePublic()
                .check(MAIN);
    }

    /** A module's web package is its own: other modules talk to the module's facade, not to its controllers. */
    @Test
    void webPackagesAreUsedOnlyByTheirOwnModule() {
        classes().that().resideInAPackage("org.plenary.*.web..").and().resideOutsideOfPackage("org.plenary.shared..")
                .should(beUsedOnlyWithinTheirModule())
                .check(MAIN);
    }

    /** Time is java.time: Instants for moments, LocalDate for dates, an injected Clock for now. */
    @Test
    void noLegacyDateTypes() {
        noClasses().should().dependOnClassesThat().haveFullyQualifiedName("java.util.Date")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("java.util.Calendar")
                .check(MAIN);
    }

    /** Dependencies are constructor arguments, so that every class can be built and tested without Spring. */
    @Test
    void noFieldInjection() {
        GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION.check(MAIN);
    }

    private static ArchCondition<JavaClass> beUsedOnlyWithinTheirModule() {
        return new ArchCondition<>("be used only within their module") {
            @Override
            public void check(JavaClass web, ConditionEvents events) {
                String module = moduleOf(web);
                web.getDirectDependenciesToSelf().stream()
                        .filter(d -> !moduleOf(d.getOriginClass()).equals(module))
                        .forEach(d -> events.add(SimpleConditionEvent.violated(d, d.getDescription())));
            }
        };
    }

    private static String moduleOf(JavaClass type) {
        String[] parts = type.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }
}
