package org.mosaiccrm.itests.support;


import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.CoreOptions.vmOption;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.File;

import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.OptionUtils;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;

/**
 * Pax Exam options that boot the real distribution (the tar.gz the build just made) on free ports.
 * The HTTP port is handed to the tests inside the container as {@code crm.itest.http.port}.
 */
public final class CrmContainer {

    public static final String HTTP_PORT_PROPERTY = "crm.itest.http.port";

    private CrmContainer() {
    }

    public static File distribution() {
        File file = new File(System.getProperty("crm.distribution",
                "../distribution/target/mosaic-crm-" + System.getProperty("crm.version") + ".tar.gz"));
        if (!file.isFile()) {
            throw new IllegalStateException("No distribution at " + file.getAbsolutePath() + "; build it first (./mvnw install)");
        }
        return file;
    }

    public static Option[] options(Option... extra) {
        String localRepository = System.getProperty("org.ops4j.pax.url.mvn.localRepository",
                System.getProperty("user.home") + "/.m2/repository");
        // fresh ports for each container: a port reused by the next class can still be held when it boots
        int httpPort = Ports.free();
        int sshPort = Ports.free();
        Option[] base = {
            karafDistributionConfiguration()
                    .frameworkUrl("file:" + distribution().getAbsolutePath())
                    .name("Mosaic CRM")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            configureConsole().ignoreLocalConsole(),
            // -Dcrm.keepRuntime=true keeps target/exam/<run> (its data/log/karaf.log) after the class, to read a failure
            Boolean.getBoolean("crm.keepRuntime") ? org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder()
                    : org.ops4j.pax.exam.CoreOptions.systemProperty("crm.keepRuntime").value("false"),
            logLevel(LogLevel.WARN),
            vmOption("-Djdk.util.zip.disableZip64ExtraFieldValidation=true"),
            vmOption("-Xmx512m"),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", String.valueOf(httpPort)),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", String.valueOf(sshPort)),
            // no test mails the world (a developer's machine may run an MTA on port 25): a closed port
            editConfigurationFilePut("etc/org.mosaiccrm.notifications.cfg", "smtpPort", String.valueOf(Ports.free())),
            // the tests count what they create: no demo data (WebIT loads it, as a newcomer's installation does)
            editConfigurationFilePut("etc/org.mosaiccrm.demo.cfg", "loadOnFirstStart", "false"),
            systemProperty(SSH_PORT_PROPERTY).value(String.valueOf(sshPort)),
            // who scripts the console over SSH: a Karaf administrator, and a sales rep allowed in (role ssh)
            editConfigurationFilePut("etc/users.properties", TestUsers.SSH_ADMIN, TestUsers.PASSWORD + ",_g_:admingroup"),
            editConfigurationFilePut("etc/users.properties", TestUsers.SSH_SALES, TestUsers.PASSWORD + ",crm-sales,ssh"),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", String.valueOf(Ports.free())),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", String.valueOf(Ports.free())),
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository", localRepository),
            systemProperty(HTTP_PORT_PROPERTY).value(String.valueOf(httpPort)),
            // one test user per CRM role (the distribution ships none that the tests rely on)
            editConfigurationFilePut("etc/users.properties", TestUsers.ADMIN, TestUsers.PASSWORD + ",crm-admin"),
            editConfigurationFilePut("etc/users.properties", TestUsers.MANAGER, TestUsers.PASSWORD + ",crm-manager"),
            editConfigurationFilePut("etc/users.properties", TestUsers.SALES, TestUsers.PASSWORD + ",crm-sales"),
            editConfigurationFilePut("etc/users.properties", TestUsers.AGENT, TestUsers.PASSWORD + ",crm-agent"),
            editConfigurationFilePut("etc/users.properties", TestUsers.MARKETING, TestUsers.PASSWORD + ",crm-marketing"),
            editConfigurationFilePut("etc/users.properties", TestUsers.CUSTOMER, TestUsers.PASSWORD + ",crm-customer"),
            editConfigurationFilePut("etc/users.properties", TestUsers.CUSTOMER_B, TestUsers.PASSWORD + ",crm-customer"),
            // written as in the shipped file, a space after the comma: roles are read trimmed
            editConfigurationFilePut("etc/users.properties", TestUsers.CUSTOMER_UNBOUND, TestUsers.PASSWORD + ", crm-customer"),
            systemProperty("pax.exam.osgi.unresolved.fail").value("true"),
        };
        return OptionUtils.combine(base, extra);
    }

    /** The options plus the notes test pack: built, handed to the container, its feature name accepted. */
    public static Option[] withNotesPack(Option... extra) {
        try {
            java.nio.file.Path bundle = TestPacks.notesBundle();
            java.nio.file.Path kar = TestPacks.notesKar(bundle);
            return options(OptionUtils.combine(new Option[] {
                systemProperty(TestPacks.NOTES_BUNDLE_PROPERTY).value(bundle.toString()),
                systemProperty(TestPacks.NOTES_KAR_PROPERTY).value(kar.toString()),
                editConfigurationFilePut("etc/org.mosaiccrm.licensing.cfg", "extraFeatures", "notes"),
                editConfigurationFilePut("etc/org.mosaiccrm.licensing.cfg", "checkIntervalSeconds", "1"),
            }, extra));
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the notes test pack", e);
        }
    }

    public static final String SSH_PORT_PROPERTY = "crm.itest.ssh.port";
}
