package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.core.NamedInterface;
import org.springframework.modulith.docs.Documenter;
import org.plenary.support.TemporaryDirectories;

/** The module structure of STYLE.md, verified, and its documentation written (PlantUML and AsciiDoc). */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PlenaryApplication.class);

    @Test
    void modulesOnlyUseTheAllowedDependenciesThroughTheirPublicApi() {
        MODULES.verify();
    }

    /**
     * What a module offers others is its facades, ids, events and read models, never a use case (a type with an
     * {@code execute} method): another module reacts to an event, or asks a facade of the module that owns the rule.
     */
    @Test
    void noModuleOffersAUseCaseToOthers() {
        List<String> offered = MODULES.stream().filter(ModularityTests::usedByOthers)
                .flatMap(ModularityTests::offeredToOthers)
                .filter(type -> type.getMethods().stream().anyMatch(m -> m.getName().equals("execute")
                        && m.getModifiers().contains(JavaModifier.PUBLIC)))
                .map(JavaClass::getName).toList();
        assertThat(offered).isEmpty();
    }

    /** A use of another module's use case (planted in desk, among the test classes) is rejected. */
    @Test
    void rejectsAPlantedUseOfAnotherModulesUseCase() {
        ImportOption withThePlant = location -> new ImportOption.DoNotIncludeTests().includes(location)
                || location.contains("PlantedUseCaseCall");
        assertThatThrownBy(() -> ApplicationModules.of(PlenaryApplication.class, withThePlant).verify())
                .hasMessageContaining("PlantedUseCaseCall").hasMessageContaining("RescheduleMeeting")
                .hasMessageContaining("DraftProcedure");
    }

    /** Whether a module other than demo (which seeds data through use cases) uses this one. */
    private static boolean usedByOthers(ApplicationModule module) {
        return MODULES.stream().filter(other -> !other.equals(module) && !other.getIdentifier().toString()
                .equals("demo")).anyMatch(other -> other.getDirectDependencies(MODULES).contains(module));
    }

    /** The types other modules may use: those of its named interfaces, or all its public API if it names none. */
    private static Stream<JavaClass> offeredToOthers(ApplicationModule module) {
        var interfaces = module.getNamedInterfaces();
        return interfaces.hasExplicitInterfaces()
                ? interfaces.stream().filter(NamedInterface::isNamed).flatMap(NamedInterface::asJavaClasses)
                : interfaces.getUnnamedInterface().asJavaClasses();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path output = TemporaryDirectories.create("modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();
        try (var files = Files.list(output)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("a component diagram of all modules and a canvas per module")
                    .contains("components.puml", "module-silence.adoc", "module-contacts.adoc");
        }
    }
}
