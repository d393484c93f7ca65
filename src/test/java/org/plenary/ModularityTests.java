package org.plenary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of STYLE.md, verified, and its documentation written (PlantUML and AsciiDoc). */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PlenaryApplication.class);

    @Test
    void modulesOnlyUseTheAllowedDependenciesThroughTheirPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() throws IOException {
        Path output = Files.createTempDirectory("modulith-docs");
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(output.toString())).writeDocumentation();
        try (var files = Files.list(output)) {
            assertThat(files.map(f -> f.getFileName().toString()))
                    .as("a component diagram of all modules and a canvas per module")
                    .contains("components.puml", "module-silence.adoc", "module-contacts.adoc");
        }
    }
}
