package org.mosaiccrm.itests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The rules of the house (docs/modules.md), checked on the compiled classes — main and test — of every
 * bundle of this reactor, so that a violation fails the build: modules meet only through API packages,
 * the kernel and commons know no module, an API exposes no persistence or commons type, and every
 * exported package carries a version (which the baseline plugin then guards).
 */
public class ArchitectureTest {

    /** Packages under org.mosaiccrm that are platform, not modules. */
    private static final Set<String> PLATFORM = Set.of("kernel", "commons", "licensing", "itests");

    private static JavaClasses classes;
    private static Set<String> modules;

    @BeforeClass
    public static void importReactor() throws IOException {
        Path root = Path.of("..").toAbsolutePath().normalize();
        List<Path> folders;
        try (Stream<Path> walk = Files.walk(root, 6)) {
            folders = walk.filter(Files::isDirectory)
                    .filter(path -> path.endsWith("target/classes") || path.endsWith("target/test-classes"))
                    .filter(path -> !root.relativize(path).startsWith("itests/target/archetype-it"))
                    .toList();
        }
        classes = new ClassFileImporter().importPaths(folders);
        modules = new TreeSet<>();
        for (JavaClass type : classes) {
            String[] parts = type.getPackageName().split("\\.");
            if (parts.length >= 4 && parts[0].equals("org") && parts[1].equals("mosaiccrm") && !PLATFORM.contains(parts[2])
                    && (parts[3].equals("api") || parts[3].equals("impl"))) {
                modules.add(parts[2]);
            }
        }
        assertFalse("no module found under " + root + ": were the bundles compiled?", modules.isEmpty());
    }

    @Test
    public void onlyAModuleItselfUsesItsImplementation() {
        for (String module : modules) {
            String impl = "org.mosaiccrm." + module + ".impl..";
            rule(noClasses().that().resideOutsideOfPackage(impl).should().dependOnClassesThat().resideInAPackage(impl)
                    .because("modules meet through API packages, services and events only"));
        }
    }

    @Test
    public void theKernelAndCommonsKnowNoModule() {
        String[] modulePackages = modules.stream().map(module -> "org.mosaiccrm." + module + "..").toArray(String[]::new);
        rule(noClasses().that().resideInAnyPackage("org.mosaiccrm.kernel..", "org.mosaiccrm.commons..", "org.mosaiccrm.licensing..")
                .should().dependOnClassesThat().resideInAnyPackage(modulePackages)
                .because("the kernel stays what every deployment runs; a module may be absent"));
    }

    @Test
    public void apisExposeNoPersistenceNorCommonsType() {
        rule(noClasses().that().resideInAPackage("org.mosaiccrm.*.api..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.persistence..", "org.eclipse.persistence..",
                        "org.apache.aries.jpa..", "org.mosaiccrm.commons..", "org.mosaiccrm.*.impl..")
                .because("an API is records, interfaces and events: entities and helpers may change without breaking callers"));
    }

    @Test
    public void everyExportedPackageHasAVersion() {
        rule(classes().that().haveSimpleName("package-info").and().areAnnotatedWith("org.osgi.annotation.bundle.Export")
                .should().beAnnotatedWith("org.osgi.annotation.versioning.Version")
                .because("importers state the version range they were built against; baselining guards it"));
    }

    @Test
    public void apiPackagesAreExported() {
        rule(classes().that().haveSimpleName("package-info").and().resideInAPackage("org.mosaiccrm.*.api..")
                .should().beAnnotatedWith("org.osgi.annotation.bundle.Export")
                .because("an API package that bnd keeps private is an API nobody can use"));
    }

    private static void rule(ArchRule rule) {
        rule.check(classes);
    }
}
