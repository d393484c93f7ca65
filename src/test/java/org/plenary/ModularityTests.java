package org.plenary;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module structure of STYLE.md, verified; its documentation is written to target/spring-modulith-docs. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(PlenaryApplication.class);

    @Test
    void modulesOnlyUseTheAllowedDependenciesThroughTheirPublicApi() {
        MODULES.verify();
    }

    @Test
    void writesTheModuleDocumentation() {
        new Documenter(MODULES).writeDocumentation();
    }
}
