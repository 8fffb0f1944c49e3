package org.grassroots;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** Verifies the module boundaries declared in each package-info.java, and writes the module docs. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GrassrootsApplication.class);

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
