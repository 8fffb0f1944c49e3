package org.grassroots;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Rules that Spring Modulith does not express on its own. */
class ArchitectureTest {

    private static final Pattern MODULE_PACKAGE = Pattern.compile("^org\\.grassroots\\.([a-z]+)(\\.(.+))?$");

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.grassroots");

    @Test
    void domainAndAlgorithmsStayFreeOfSpringAndTheWeb() {
        noClasses()
                .that()
                .resideInAnyPackage("..domain..", "..algorithm..")
                .and()
                .doNotHaveSimpleName("package-info") // may name the package's Modulith interface
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..", "jakarta.servlet..", "org.thymeleaf..", "..web..", "..persistence..")
                .because("algorithms and rules must run and be tested without Spring, SQL or HTTP")
                .check(classes);
    }

    @Test
    void noModuleReachesIntoAnotherModulesInternals() {
        ArchRuleDefinition.classes()
                .that()
                .resideInAPackage("org.grassroots..")
                .should(onlyUseOtherModulesThroughTheirBasePackage())
                .check(classes);
    }

    @Test
    void commonHoldsOnlyValueTypes() {
        noClasses()
                .that()
                .resideInAPackage("org.grassroots.common..")
                .should()
                .dependOnClassesThat(DescribedPredicate.describe(
                        "are Spring components or other modules",
                        (JavaClass c) -> c.getPackageName().startsWith("org.springframework.stereotype")
                                || (c.getPackageName().startsWith("org.grassroots.")
                                        && !c.getPackageName().startsWith("org.grassroots.common"))))
                .check(classes);
    }

    private static ArchCondition<JavaClass> onlyUseOtherModulesThroughTheirBasePackage() {
        return new ArchCondition<>("only use other modules through their base package (their public API)") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String originModule = module(origin.getPackageName());
                origin.getDirectDependenciesFromSelf().forEach(dependency -> {
                    Matcher target =
                            MODULE_PACKAGE.matcher(dependency.getTargetClass().getPackageName());
                    if (target.matches()
                            && originModule != null
                            && !target.group(1).equals(originModule)
                            && target.group(3) != null) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                });
            }
        };
    }

    private static String module(String packageName) {
        Matcher m = MODULE_PACKAGE.matcher(packageName);
        return m.matches() ? m.group(1) : null;
    }
}
