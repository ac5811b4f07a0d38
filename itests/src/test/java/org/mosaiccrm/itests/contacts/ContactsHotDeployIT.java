package org.mosaiccrm.itests.contacts;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.Test;
import org.mosaiccrm.itests.support.Await;
import org.mosaiccrm.itests.support.CrmTestSupport;
import org.mosaiccrm.itests.support.Customers;
import org.mosaiccrm.itests.support.TestUsers;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;

/**
 * An administrator removes and re-adds the contacts pack from the console. This class touches the
 * module only through REST and the console: a test that loaded the contacts API would itself be
 * wired to it and refreshed with it.
 */
public class ContactsHotDeployIT extends CrmTestSupport {

    private static final String CUSTOMERS = "/crm/api/contacts/customers";

    @Test
    public void uninstallingAndReinstallingContactsKeepsDataAndDisturbsNothingElse() throws Exception {
        awaitKernel();
        Await.until("contacts to be ACTIVE", STARTUP, () -> "ACTIVE".equals(moduleState("contacts")));
        String id = Customers.createPerson(as(TestUsers.SALES), "Kept", "Data" + System.nanoTime(), null, null).json().get("id").asText();
        Map<Long, String> others = otherBundles();
        List<String> disturbed = new ArrayList<>();
        BundleListener listener = event -> {
            String name = event.getBundle().getSymbolicName();
            if (others.containsKey(event.getBundle().getBundleId())
                    && (event.getType() == BundleEvent.STOPPED || event.getType() == BundleEvent.UNRESOLVED)) {
                disturbed.add(name + " " + event.getType());
            }
        };
        bundleContext.addBundleListener(listener);
        try {
            String uninstalled = console("feature:uninstall crm-contacts");
            assertFalse(uninstalled, uninstalled.contains("ERROR"));
            Await.until("contacts to be gone", Duration.ofSeconds(60), () -> "NOT INSTALLED".equals(moduleState("contacts")));
            awaitJaxrsRuntimeQuiet();
            assertEquals("not installed: a plain 404", 404, as(TestUsers.SALES).get(CUSTOMERS).status());
            console("feature:install crm-contacts");
            Await.until("contacts to be back", Duration.ofSeconds(60), () -> "ACTIVE".equals(moduleState("contacts")));
        } finally {
            bundleContext.removeBundleListener(listener);
        }
        assertEquals("no other bundle stopped or refreshed", List.of(), disturbed);
        Map<Long, String> after = otherBundles();
        assertEquals("every other bundle is still there and active", others, after);
        Await.until("the REST endpoint to be back", Duration.ofSeconds(30),
                () -> as(TestUsers.SALES).get(CUSTOMERS + "/" + id).status() == 200);
        assertTrue(as(TestUsers.SALES).get(CUSTOMERS + "/" + id).body().contains("Kept"));
    }

    @javax.inject.Inject
    org.apache.karaf.features.FeaturesService features;

    /** Every bundle but the pack's own (as its feature lists them) and the test's probe. */
    private Map<Long, String> otherBundles() throws Exception {
        java.util.Set<String> pack = new java.util.HashSet<>();
        for (org.apache.karaf.features.BundleInfo info : features.getFeatures("crm-contacts")[0].getBundles()) {
            pack.add(info.getLocation().trim());
        }
        Map<Long, String> bundles = new TreeMap<>();
        for (Bundle bundle : bundleContext.getBundles()) {
            String name = String.valueOf(bundle.getSymbolicName());
            if (!pack.contains(bundle.getLocation()) && !name.startsWith("PAXEXAM")) {
                bundles.put(bundle.getBundleId(), name + " " + (bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : bundle.getState()));
            }
        }
        return bundles;
    }
}
