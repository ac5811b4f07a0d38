package org.mosaiccrm.itests.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The distribution run as an administrator runs it: unpacked from the tar.gz, started with
 * {@code bin/karaf server}, stopped with {@code bin/stop} or killed. For what Pax Exam cannot do
 * inside one container: restarts, crashes, measuring the process from outside.
 */
public final class KarafProcess implements AutoCloseable {

    private final Path home;
    private final int httpPort;
    private final int rmiRegistryPort;
    private final int rmiServerPort;
    private final int sshPort;
    private Process process;
    private String[] administrator;

    private KarafProcess(Path home, int httpPort, int rmiRegistryPort, int rmiServerPort, int sshPort) {
        this.home = home;
        this.httpPort = httpPort;
        this.sshPort = sshPort;
        this.rmiRegistryPort = rmiRegistryPort;
        this.rmiServerPort = rmiServerPort;
    }

    /** Unpacks a fresh copy of the distribution under {@code parent} and moves it to free ports. */
    public static KarafProcess unpack(Path parent) throws IOException, InterruptedException {
        parent = Files.createDirectories(parent.toAbsolutePath());
        run(parent.toFile(), "tar", "xzf", CrmContainer.distribution().getAbsolutePath());
        Path home = parent.resolve("mosaic-crm-" + System.getProperty("crm.version"));
        int http = Ports.free();
        setProperty(home.resolve("etc/org.ops4j.pax.web.cfg"), "org.osgi.service.http.port", String.valueOf(http));
        // no test mails the world: a closed port, unless the test points the module at its own SMTP server
        setProperty(home.resolve("etc/org.mosaiccrm.notifications.cfg"), "smtpPort", String.valueOf(Ports.free()));
        int ssh = Ports.free();
        setProperty(home.resolve("etc/org.apache.karaf.shell.cfg"), "sshPort", String.valueOf(ssh));
        // the tests count what they create: no demo data unless a test asks for it (withDemoData)
        setProperty(home.resolve("etc/org.mosaiccrm.demo.cfg"), "loadOnFirstStart", "false");
        int registry = Ports.free();
        int server = Ports.free();
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiRegistryPort", String.valueOf(registry));
        setProperty(home.resolve("etc/org.apache.karaf.management.cfg"), "rmiServerPort", String.valueOf(server));
        return new KarafProcess(home, http, registry, server, ssh);
    }

    /**
     * The distribution under {@code target/process/<name>-<nanos>} with an administrator {@code ops}, its demo data
     * loaded and started: what the browser tests begin with.
     */
    public static KarafProcess startedWithDemoData(String name, Duration boot) throws IOException, InterruptedException {
        KarafProcess karaf = unpack(Path.of("target/process/" + name + "-" + System.nanoTime()));
        karaf.addAdministrator("ops", "ops-secret");
        karaf.withDemoData();
        karaf.start();
        karaf.awaitUp(boot);
        Http admin = karaf.http().as("demo-admin", "demo-admin");
        try {
            Await.until("the demo customers", boot, () -> "1".equals(admin.get("/crm/api/contacts/customers?email=amelie.poulain@exemple.fr")
                    .header("X-Total-Count")));
        } catch (AssertionError notLoaded) {
            throw new AssertionError(notLoaded.getMessage() + "; the log says:\n" + karaf.logExcerpt(), notLoaded);
        }
        return karaf;
    }

    /** The demo loader's lines and the last warnings and errors of {@code data/log/karaf.log}, for a failure message. */
    public String logExcerpt() {
        try (java.util.stream.Stream<String> lines = Files.lines(home.resolve("data/log/karaf.log"), StandardCharsets.UTF_8)) {
            List<String> kept = lines.filter(l -> l.contains("DemoDataLoader") || l.contains("| WARN ") || l.contains("| ERROR "))
                    .collect(java.util.stream.Collectors.toList());
            return String.join("\n", kept.subList(Math.max(0, kept.size() - 30), kept.size()));
        } catch (IOException | java.io.UncheckedIOException e) {
            return "(no log: " + e + ")";
        }
    }

    public Path home() {
        return home;
    }

    public Http http() {
        return new Http(httpPort);
    }

    /** The JMX address (loopback), for an administrator added with {@link #addAdministrator}. */
    public String jmxUrl() {
        return "service:jmx:rmi://127.0.0.1:" + rmiServerPort + "/jndi/rmi://127.0.0.1:" + rmiRegistryPort + "/karaf-root";
    }

    /** Adds a Karaf administrator (console, JMX) before the start, as an operator would in users.properties. */
    public void addAdministrator(String user, String password) throws IOException {
        administrator = new String[] { user, password };
        Files.writeString(home.resolve("etc/users.properties"), "\n" + user + " = " + password + ", _g_:admingroup\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
    }

    /** Loads the demo data on the first start, as the distribution does out of the box (before the start). */
    public void withDemoData() throws IOException {
        setProperty(home.resolve("etc/org.mosaiccrm.demo.cfg"), "loadOnFirstStart", "true");
    }

    /** The HTTP port, for a browser. */
    public int httpPort() {
        return httpPort;
    }

    /**
     * Runs a console command as the administrator added with {@link #addAdministrator}, through
     * {@code bin/client} as an operator would; returns what it printed (output and errors).
     */
    public String console(String command) throws IOException, InterruptedException {
        if (administrator == null) {
            throw new IllegalStateException("addAdministrator first");
        }
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/client").toString(), "-a", String.valueOf(sshPort), "-u",
                administrator[0], "-p", administrator[1], "-r", "10", "-b")
                .directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process client = builder.start();
        client.getOutputStream().write((command + "\n").getBytes(StandardCharsets.UTF_8));
        client.getOutputStream().close();
        String output = new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!client.waitFor(120, TimeUnit.SECONDS)) {
            client.destroyForcibly();
            throw new AssertionError("console command did not end: " + command);
        }
        return output;
    }

    /** Replaces the boot features (before the first start), e.g. to run the same Karaf without the CRM. */
    public void bootFeatures(List<String> features) throws IOException {
        Path config = home.resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = new ArrayList<>();
        boolean continuation = false;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            if (line.startsWith("featuresBoot")) {
                lines.add("featuresBoot = " + String.join(", ", features));
                continuation = line.endsWith("\\");
            } else if (continuation) {
                continuation = line.endsWith("\\");
            } else {
                lines.add(line);
            }
        }
        Files.write(config, lines, StandardCharsets.UTF_8);
    }

    /** Sets a key of {@code etc/<pid>.cfg} (before the start, as an administrator editing the file). */
    public void configure(String pid, String key, String value) throws IOException {
        setProperty(home.resolve("etc/" + pid + ".cfg"), key, value);
    }

    /** Adds boot features to the distribution's list (before the first start). */
    public void addBootFeatures(String... features) throws IOException {
        Path config = home.resolve("etc/org.apache.karaf.features.cfg");
        List<String> lines = new ArrayList<>();
        boolean afterFirstStage = false;
        for (String line : Files.readAllLines(config, StandardCharsets.UTF_8)) {
            lines.add(line);
            if (afterFirstStage) {
                // Karaf's list opens with a "(wrap)" stage; the features after it form the main stage
                lines.add("    " + String.join(", ", features) + ", \\");
                afterFirstStage = false;
            }
            afterFirstStage |= line.startsWith("featuresBoot");
        }
        Files.write(config, lines, StandardCharsets.UTF_8);
    }

    /** Puts a kept database (a zipped Derby directory) where the distribution's crm DataSource finds it. */
    public void restoreDatabase(Path zippedDerby) throws IOException {
        Path target = Files.createDirectories(home.resolve("data/derby/crm"));
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(zippedDerby))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = target.resolve(entry.getName()).normalize();
                if (!file.startsWith(target)) {
                    throw new IOException("entry outside the database directory: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(file);
                } else {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        }
    }

    /** The Karaf JVM's process id (the launcher script's child). */
    public long javaPid() {
        return process.descendants().filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false))
                .map(ProcessHandle::pid).findFirst().orElse(process.pid());
    }

    public void start() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("console.log").toFile()));
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        process = builder.start();
    }

    /** Waits (bounded) until health answers 200; returns how long that took. */
    public Duration awaitUp(Duration timeout) {
        long start = System.nanoTime();
        Await.until("the CRM at " + home + " to answer health 200", timeout, () -> {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("Karaf exited with " + process.exitValue() + "; see " + home.resolve("console.log"));
            }
            try {
                return http().get("/crm/api/health").status() == 200;
            } catch (UncheckedIOException notYetListening) {
                return false;
            }
        });
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** A clean shutdown through {@code bin/stop}, as an administrator would. */
    public void stop(Duration timeout) throws IOException, InterruptedException {
        run(home.toFile(), home.resolve("bin/stop").toString());
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("Karaf did not stop within " + timeout.toSeconds() + " s");
        }
    }

    /** {@code kill -9} of the JVM and its launcher script. */
    public void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    @Override
    public void close() {
        kill();
    }

    static void setProperty(Path file, String key, String value) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        boolean replaced = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).trim();
            if (line.startsWith(key + " ") || line.startsWith(key + "=")) {
                lines.set(i, key + " = " + value);
                replaced = true;
            }
        }
        if (!replaced) {
            lines.add(key + " = " + value);
        }
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    private static void run(File directory, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(directory).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process child = builder.start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!child.waitFor(60, TimeUnit.SECONDS) || child.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + output);
        }
    }
}
