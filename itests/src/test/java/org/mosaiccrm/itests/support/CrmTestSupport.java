package org.mosaiccrm.itests.support;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;

/**
 * Base of the in-container tests: one boot of the real distribution per test class, a console
 * to run commands as a given user, and an HTTP client for the REST API.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public abstract class CrmTestSupport {

    protected static final Duration STARTUP = Duration.ofSeconds(60);

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] configuration() {
        return CrmContainer.options();
    }

    /** An anonymous client. */
    protected Http http() {
        return new Http(Integer.getInteger(CrmContainer.HTTP_PORT_PROPERTY));
    }

    /**
     * The status line the server answers to a path sent as it is, byte for byte (an HTTP client would refuse to send
     * characters a URI may not hold; browsers and scripts do send them).
     */
    protected String rawStatusLine(String method, String rawPath) throws java.io.IOException {
        try (java.net.Socket socket = new java.net.Socket("localhost", Integer.getInteger(CrmContainer.HTTP_PORT_PROPERTY))) {
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write((method + " " + rawPath + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            return new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1)).readLine();
        }
    }

    /** A client logged in as the test administrator ({@code crm-admin}). */
    protected Http admin() {
        return as(TestUsers.ADMIN);
    }

    /** A client logged in as one of the {@link TestUsers}. */
    protected Http as(String user) {
        return http().as(user, TestUsers.PASSWORD);
    }

    /**
     * Waits (bounded) until the kernel answers health UP and no module is still starting: the JAX-RS
     * whiteboard rebuilds the application whenever a module's resources arrive, so tests start once
     * that has settled.
     */
    protected void awaitKernel() {
        // what health last said goes into the failure: CI prints only the message, not the cause
        String[] lastSeen = { "nothing yet" };
        try {
            Await.until("GET /crm/api/health to answer 200", STARTUP, () -> {
                try {
                    Http.Reply health = http().get("/crm/api/health");
                    lastSeen[0] = health.status() + " " + health.body();
                    return health.status() == 200;
                } catch (RuntimeException e) {
                    lastSeen[0] = String.valueOf(e.getCause() == null ? e : e.getCause());
                    throw e;
                }
            });
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + " on port " + Integer.getInteger(CrmContainer.HTTP_PORT_PROPERTY)
                    + "; it last said: " + lastSeen[0], e);
        }
        Await.until("every module to have settled", STARTUP, () -> {
            Http.Reply modules = admin().get("/crm/api/system/modules");
            return modules.status() == 200 && !modules.body().contains("\"WAITING\"");
        });
        awaitJaxrsRuntimeQuiet();
    }

    /** The JAX-RS runtime's {@code service.changecount}: it moves each time the whiteboard applies a change. */
    protected long jaxrsChangeCount() {
        org.osgi.framework.ServiceReference<?> runtime = bundleContext.getServiceReference(
                "org.osgi.service.jaxrs.runtime.JaxrsServiceRuntime");
        return runtime == null ? -2 : ((Number) runtime.getProperty("service.changecount")).longValue();
    }

    /** Waits until the JAX-RS runtime has not changed (service.changecount) for a second. */
    protected void awaitJaxrsRuntimeQuiet() {
        long[] seen = { -1, System.nanoTime() };
        Await.until("the JAX-RS runtime to stop changing", STARTUP, () -> {
            long count = jaxrsChangeCount();
            if (count != seen[0]) {
                seen[0] = count;
                seen[1] = System.nanoTime();
                return false;
            }
            return System.nanoTime() - seen[1] > 1_000_000_000L;
        });
    }

    /**
     * GET as admin, waiting out the instant in which the whiteboard rebuilds the application (after a
     * module changed state): tests that change a module's state read through this.
     */
    protected Http.Reply settledGet(String path) {
        Http.Reply[] last = new Http.Reply[1];
        Await.until("GET " + path + " outside an application rebuild", Duration.ofSeconds(20), () -> {
            last[0] = admin().get(path);
            return !duringApplicationRebuild(last[0]);
        });
        return last[0];
    }

    /** A request that arrives while the whiteboard rebuilds the application gets a 503 problem (RebuildWindowFilter). */
    protected static boolean duringApplicationRebuild(Http.Reply reply) {
        return reply.status() == 503 && reply.body().contains("applying a change");
    }

    /** Installs the notes test pack's bundle unless it is there, and waits until the kernel lists it. */
    protected void installNotesBundle() throws Exception {
        if (notesBundles().isEmpty()) {
            bundleContext.installBundle("file:" + System.getProperty(TestPacks.NOTES_BUNDLE_PROPERTY)).start();
        }
        Await.until("the notes module to be listed", STARTUP, () -> !"NOT INSTALLED".equals(moduleState("notes")));
    }

    protected java.util.List<org.osgi.framework.Bundle> notesBundles() {
        return java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> "org.mosaiccrm.itests.notes".equals(b.getSymbolicName())).toList();
    }

    /** Puts a license in force through REST, as the administrator. */
    protected Http.Reply installLicense(byte[] license) {
        return admin().send("PUT", "/crm/api/system/license", "application/json",
                new String(license, java.nio.charset.StandardCharsets.UTF_8));
    }

    protected String moduleState(String module) {
        Http.Reply reply = admin().get("/crm/api/system/modules/" + module);
        return reply.status() == 200 ? reply.json().get("state").asText() : "NOT INSTALLED";
    }

    /** Waits for the module's state, then for the whiteboard to have applied it. */
    protected void awaitModuleState(String module, String expected) {
        Await.until(module + " to be " + expected, Duration.ofSeconds(20), () -> expected.equals(moduleState(module)));
        awaitJaxrsRuntimeQuiet();
    }

    /** Runs a console command as an administrator and returns what it printed. */
    protected String console(String command) {
        return consoleAs("admin", command, "admin", "manager", "viewer", "systembundles");
    }

    /** Runs a console command as {@code user} with {@code roles}; a refused or failing command returns its message. */
    protected String consoleAs(String user, String command, String... roles) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        Subject subject = new Subject();
        subject.getPrincipals().add(new UserPrincipal(user));
        for (String role : roles) {
            subject.getPrincipals().add(new RolePrincipal(role));
        }
        try (Session session = sessionFactory.create(System.in, print, print)) {
            Object result = Subject.doAs(subject, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                print.println(result);
            }
        } catch (Exception e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            print.println("ERROR: " + cause.getMessage());
        }
        print.flush();
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Applies {@code changes} ({@code null} removes a key) to the configuration {@code pid} as an administrator
     * editing its file would, runs {@code check}, then puts the configuration back as it was.
     */
    protected void withConfiguration(String pid, java.util.Map<String, Object> changes, ThrowingRunnable check) throws Exception {
        org.osgi.service.cm.ConfigurationAdmin admin = bundleContext.getService(
                bundleContext.getServiceReference(org.osgi.service.cm.ConfigurationAdmin.class));
        org.osgi.service.cm.Configuration configuration = admin.getConfiguration(pid, "?");
        java.util.Dictionary<String, Object> saved = configuration.getProperties();
        java.util.Hashtable<String, Object> changed = new java.util.Hashtable<>();
        if (saved != null) {
            for (String key : java.util.Collections.list(saved.keys())) {
                changed.put(key, saved.get(key));
            }
        }
        changes.forEach((key, value) -> {
            if (value == null) {
                changed.remove(key);
            } else {
                changed.put(key, value);
            }
        });
        configuration.update(changed);
        try {
            check.run();
        } finally {
            configuration.update(saved == null ? new java.util.Hashtable<>() : saved);
        }
    }

    @FunctionalInterface
    protected interface ThrowingRunnable {
        void run() throws Exception;
    }

    /** The warnings the kernel gives for a module (a refused configuration), from its REST status. */
    protected String moduleWarnings(String module) {
        Http.Reply reply = settledGet("/crm/api/system/modules/" + module);
        return reply.status() == 200 ? String.valueOf(reply.json().get("warnings")) : "";
    }

    /** What a script got from {@code bin/client}: its exit status and everything it printed. */
    protected record Scripted(int exitStatus, String output) {
    }

    /**
     * Runs {@code command} as a script would: {@code bin/client -b} of this very distribution, over SSH, with no
     * terminal, as {@code user} (password {@link TestUsers#PASSWORD}).
     */
    protected Scripted ssh(String user, String command) throws Exception {
        java.nio.file.Path client = java.nio.file.Path.of(System.getProperty("karaf.home"), "bin", "client");
        ProcessBuilder builder = new ProcessBuilder(client.toString(), "-u", user, "-p", TestUsers.PASSWORD,
                "-a", System.getProperty(CrmContainer.SSH_PORT_PROPERTY), "-r", "3", "-b").redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        try (var in = process.getOutputStream()) {
            in.write((command + "\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("bin/client did not end: " + output);
        }
        return new Scripted(process.exitValue(), output.replaceAll("\u001B\\[[0-9;]*m", ""));
    }
}
