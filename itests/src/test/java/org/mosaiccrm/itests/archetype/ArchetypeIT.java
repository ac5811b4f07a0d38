package org.mosaiccrm.itests.archetype;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmContainer;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.GeneratedModule;
import org.mosaiccrm.itests.support.Http.Reply;
import org.mosaiccrm.itests.support.TestUsers;
import org.mosaiccrm.itests.support.TestVendor;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.ServiceReference;

/**
 * The integrator's round trip: a module generated from the archetype outside this reactor and built
 * against the published artifacts (see {@link GeneratedModule}) is hot-deployed as a KAR into the
 * running CRM, comes up with a license naming its third-party feature, serves REST, adds its section to
 * the 360° view and runs its command; without the license it is dormant; removing the KAR takes only its
 * own bundles and leaves contacts and every row in place.
 */
public class ArchetypeIT extends CrmTestSupport {

    private static final String KAR_PROPERTY = "crm.itest.generated.kar";
    private static final String MODULE = GeneratedModule.MODULE;
    private static final String PATH = "/crm/api/" + MODULE;

    @Override
    @Configuration
    public Option[] configuration() {
        try {
            Path kar = GeneratedModule.buildKar();
            return CrmContainer.options(
                    systemProperty(KAR_PROPERTY).value(kar.toString()),
                    // a third-party pack's feature name is accepted only when the installation says so (docs/vendors.md)
                    editConfigurationFilePut("etc/org.mosaiccrm.licensing.cfg", "extraFeatures", MODULE),
                    editConfigurationFilePut("etc/org.mosaiccrm.licensing.cfg", "checkIntervalSeconds", "1"));
        } catch (Exception e) {
            throw new IllegalStateException("could not generate and build a module from the archetype: " + e.getMessage(), e);
        }
    }

    @Test
    public void aGeneratedModuleIsHotDeployedLicensedUsedAndRemovedWithoutDisturbingTheRest() throws Exception {
        awaitKernel();
        String customer = Customers.createPerson(admin(), "Élodie", "Garnier", "elodie.garnier@example.fr", null)
                .json().get("id").asText();
        assertEquals(200, installLicense(TestVendor.license("2030-01-01", "contacts", "leads", "web", MODULE)).status());
        List<String> othersDisturbed = watchOtherBundles();

        Path deployed = Path.of(System.getProperty("karaf.base"), "deploy", GeneratedModule.ARTIFACT_ID + ".kar");
        Files.copy(Path.of(System.getProperty(KAR_PROPERTY)), deployed, StandardCopyOption.REPLACE_EXISTING);
        Await.until("the generated module to be ACTIVE", Duration.ofSeconds(90), () -> "ACTIVE".equals(moduleState(MODULE)));
        awaitJaxrsRuntimeQuiet();

        // its REST application, with the kernel's problems, paging and roles
        Reply added = admin().postJson(PATH, "{\"customerId\":\"" + customer + "\",\"title\":\"Garantie étendue 3 ans\"}");
        assertEquals(added.toString(), 201, added.status());
        Reply list = admin().get(PATH + "?customerId=" + customer);
        assertEquals(list.toString(), 200, list.status());
        assertEquals("1", list.header("X-Total-Count"));
        assertEquals("Garantie étendue 3 ans", list.json().get(0).get("title").asText());
        Reply invalid = admin().postJson(PATH, "{\"customerId\":\"" + customer + "\",\"title\":\"\"}");
        assertEquals(invalid.toString(), 422, invalid.status());
        assertTrue(invalid.isProblem());
        assertEquals("title", invalid.json().get("errors").get(0).get("field").asText());
        assertEquals(404, admin().postJson(PATH, "{\"customerId\":\"no-such-customer\",\"title\":\"x\"}").status());
        assertEquals(401, http().get(PATH).status());
        assertEquals(403, as(TestUsers.MARKETING).get(PATH).status());

        // its operations in the OpenAPI document, while it runs
        assertTrue(admin().get("/crm/api/openapi.json").json().get("paths").has(PATH + "/{id}"));

        // its section of the 360° view
        JsonNode section = admin().get("/crm/api/contacts/customers/" + customer + "/view").json().get("sections").get(MODULE);
        assertTrue("view has a " + MODULE + " section: " + section, section != null && section.get("available").asBoolean());
        assertEquals("Garantie étendue 3 ans", section.get("data").get(0).get("title").asText());

        // its panel in the web desktop's customer view, its ES module served from its own bundle
        String panels = Await.value("the desktop to list the module's panel", Duration.ofSeconds(20), () -> {
            Reply desktop = admin().get("/crm/api/web/desktop");
            return desktop.status() == 200 && desktop.body().contains("/crm/ui/" + MODULE + "/records.js") ? desktop.body() : null;
        });
        assertTrue(panels, panels.contains("\"customerPanels\":[{\"module\":\"" + MODULE + "\""));
        Reply script = http().get("/crm/ui/" + MODULE + "/records.js");
        assertEquals(script.toString(), 200, script.status());
        assertTrue(script.body(), script.body().contains("export async function render"));

        // its command, with help
        // Karaf registers a bundle's commands once their references are there: it may lag the REST application
        String listed = Await.value(MODULE + ":list to be registered", Duration.ofSeconds(20), () -> {
            String out = console(MODULE + ":list --customer " + customer);
            return out.contains("Command not found") ? null : out;
        });
        assertTrue(listed, listed.contains("Garantie étendue 3 ans") && listed.contains("1 of 1 records"));
        String help = console(MODULE + ":list --help");
        assertTrue(help, help.contains("--customer"));

        // without the license: dormant, 403, its data untouched
        assertEquals(200, installLicense(TestVendor.license("2030-01-01", "contacts", "leads", "web")).status());
        awaitModuleState(MODULE, "UNLICENSED");
        assertTrue("its panel left the desktop", Await.value("the panel to go", Duration.ofSeconds(20), () ->
                admin().get("/crm/api/web/desktop").body().contains("/crm/ui/" + MODULE + "/") ? null : Boolean.TRUE));
        Reply dormant = admin().get(PATH);
        assertEquals(dormant.toString(), 403, dormant.status());
        assertTrue(dormant.isProblem());
        assertEquals(1, rows(GeneratedModule.MODULE.toUpperCase() + "_RECORD"));

        // removing the KAR: only its bundles go; contacts and every row stay
        Files.delete(deployed);
        Await.until("the generated module's bundles to be gone", Duration.ofSeconds(60), () -> generatedBundles().isEmpty());
        Await.until("the module to be unlisted", Duration.ofSeconds(20), () -> "NOT INSTALLED".equals(moduleState(MODULE)));
        assertEquals(List.of(), othersDisturbed);
        awaitJaxrsRuntimeQuiet();
        assertTrue("its operations went with it", !admin().get("/crm/api/openapi.json").json().get("paths").has(PATH + "/{id}"));
        assertEquals(200, settledGet("/crm/api/contacts/customers/" + customer).status());
        assertEquals(1, rows(GeneratedModule.MODULE.toUpperCase() + "_RECORD"));
    }

    private List<Bundle> generatedBundles() {
        return java.util.Arrays.stream(bundleContext.getBundles())
                .filter(b -> b.getSymbolicName().startsWith(GeneratedModule.GROUP_ID + ".")).toList();
    }

    /** Every stop, update or unresolve of a bundle that is not the generated module's, from now on. */
    private List<String> watchOtherBundles() {
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        bundleContext.addBundleListener((BundleListener) event -> {
            int type = event.getType();
            boolean ours = event.getBundle().getSymbolicName().startsWith(GeneratedModule.GROUP_ID + ".");
            if (!ours && (type == BundleEvent.STOPPED || type == BundleEvent.UPDATED || type == BundleEvent.UNRESOLVED)) {
                seen.add(event.getBundle().getSymbolicName() + " event " + type);
            }
        });
        return seen;
    }

    private long rows(String table) throws Exception {
        ServiceReference<DataSource> reference = bundleContext
                .getServiceReferences(DataSource.class, "(osgi.jndi.service.name=crm)").iterator().next();
        DataSource dataSource = bundleContext.getService(reference);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            count.next();
            return count.getLong(1);
        } finally {
            bundleContext.ungetService(reference);
        }
    }
}
