package org.grassroots;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Verifies the module boundaries declared in each package-info.java, and writes the module docs.
 *
 * <p>The docs go to {@code target/modules} so a test run never edits tracked files (Modulith
 * orders some diagram lines differently from run to run). To refresh the committed copy:
 * {@code ./mvnw test -Dtest=ModularityTests -Dgrassroots.modules-docs=docs/modules}.
 */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(GrassrootsApplication.class);

    @Test
    void modulesRespectTheirDeclaredBoundaries() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(
                        modules,
                        Documenter.Options.defaults()
                                .withOutputFolder(System.getProperty("grassroots.modules-docs", "target/modules")))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
