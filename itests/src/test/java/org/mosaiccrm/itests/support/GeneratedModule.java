package org.mosaiccrm.itests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * What an integrator does, run in the test driver before the container boots: generate a module from
 * the archetype in a folder outside this reactor and build it with Maven against the CRM's published
 * artifacts. "Published" is a local repository of its own holding only what this build made (parents,
 * kernel API, commons, contacts API, archetype), in front of the usual one (read-only, for third-party
 * artifacts: Maven's {@code maven.repo.local.tail}), so that neither a stale install nor the reactor's
 * sources can make the round trip pass.
 */
public final class GeneratedModule {

    public static final String GROUP_ID = "com.acme";
    public static final String ARTIFACT_ID = "acme-warranty";
    public static final String MODULE = "warranty";
    public static final String PACKAGE = "com.acme.warranty";

    private static final long BUILD_MINUTES = 10;

    private GeneratedModule() {
    }

    /** Generates and builds the module; returns its KAR. */
    public static Path buildKar() throws IOException, InterruptedException {
        String version = System.getProperty("crm.version");
        Path root = Path.of("..").toAbsolutePath().normalize();
        Path work = Path.of("target/archetype-it").toAbsolutePath();
        deleteTree(work);
        Path repository = work.resolve("published-repository");
        Path projects = Files.createDirectories(work.resolve("projects"));

        publishPom(repository, "mosaic-crm-parent", version, root.resolve("pom.xml"));
        publishPom(repository, "mosaic-crm-bundles", version, root.resolve("bundles/pom.xml"));
        publishPom(repository, "mosaic-crm-module-parent", version, root.resolve("bundles/module-parent/pom.xml"));
        publishPom(repository, "mosaic-crm-pack-parent", version, root.resolve("features/pack-parent/pom.xml"));
        publishJar(repository, "kernel.api", version, root.resolve("bundles/kernel/api"));
        publishJar(repository, "commons", version, root.resolve("bundles/commons"));
        publishJar(repository, "contacts.api", version, root.resolve("bundles/contacts/api"));
        publishJar(repository, "mosaic-crm-module-archetype", version, root.resolve("archetype"));

        maven(root, projects, repository, work.resolve("generate.log"), "archetype:generate", "-DinteractiveMode=false",
                "-DarchetypeGroupId=org.mosaiccrm", "-DarchetypeArtifactId=mosaic-crm-module-archetype",
                "-DarchetypeVersion=" + version, "-DgroupId=" + GROUP_ID, "-DartifactId=" + ARTIFACT_ID,
                "-Dmodule=" + MODULE, "-Dpackage=" + PACKAGE);
        Path project = projects.resolve(ARTIFACT_ID);
        maven(root, project, repository, work.resolve("build.log"), "install");
        Path kar = project.resolve("pack/target/" + ARTIFACT_ID + "-pack-1.0.0-SNAPSHOT.kar");
        if (!Files.isRegularFile(kar)) {
            throw new IllegalStateException("the generated project built no KAR at " + kar);
        }
        return kar;
    }

    private static void maven(Path root, Path directory, Path repository, Path log, String... goals)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(root.resolve("mvnw").toString(), "--batch-mode", "--no-transfer-progress",
                "-Dmaven.repo.local=" + repository,
                "-Dmaven.repo.local.tail=" + System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                        System.getProperty("user.home") + "/.m2/repository")));
        command.addAll(List.of(goals));
        Process process = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        if (!process.waitFor(BUILD_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", goals) + " took over " + BUILD_MINUTES + " minutes; see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("mvn " + String.join(" ", goals) + " failed in " + directory + ":\n"
                    + tail(log, 60));
        }
    }

    private static void publishPom(Path repository, String artifactId, String version, Path pom) throws IOException {
        Path folder = Files.createDirectories(folder(repository, artifactId, version));
        Files.copy(pom, folder.resolve(artifactId + "-" + version + ".pom"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static void publishJar(Path repository, String artifactId, String version, Path module) throws IOException {
        publishPom(repository, artifactId, version, module.resolve("pom.xml"));
        Path jar = module.resolve("target/" + artifactId + "-" + version + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("not built yet: " + jar);
        }
        Files.copy(jar, folder(repository, artifactId, version).resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
    }

    private static Path folder(Path repository, String artifactId, String version) {
        return repository.resolve("org/mosaiccrm").resolve(artifactId).resolve(version);
    }

    private static String tail(Path log, int lines) throws IOException {
        List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(each);
            }
        }
    }

}
