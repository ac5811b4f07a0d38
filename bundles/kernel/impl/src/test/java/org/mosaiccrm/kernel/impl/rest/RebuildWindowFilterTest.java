package org.mosaiccrm.kernel.impl.rest;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** What the client sent wrong is the client's 400, never a "retry in a second" 503. */
public class RebuildWindowFilterTest {

    @Test
    public void aRawCharacterAUriCannotHoldIsTheClients() {
        for (String path : new String[] { "/crm/api/x/<script>", "/crm/api/messages/a|b", "/crm/api/a\"b", "/crm/api/{id}",
                "/crm/api/a\\b", "/crm/api/a^b", "/crm/api/a`b", "/crm/api/a[0]" }) {
            assertTrue(path, RebuildWindowFilter.unescapedInPath(path));
        }
    }

    @Test
    public void encodedOrOrdinaryPathsGoThrough() {
        for (String path : new String[] { "/crm/api/contacts/customers/5d0c5d6d-8e1a-4a6b-9c1e-1d2f3a4b5c6d",
                "/crm/api/x/%3Cscript%3E", "/crm/api/reporting/reports/leads.by-campaign", "/crm/api/a;b=c/@d:e!$&'()*+,~" }) {
            assertFalse(path, RebuildWindowFilter.unescapedInPath(path));
        }
    }
}
