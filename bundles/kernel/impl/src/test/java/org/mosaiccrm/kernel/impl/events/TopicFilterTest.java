package org.mosaiccrm.kernel.impl.events;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

public class TopicFilterTest {

    @Test
    public void exactNamesAndPrefixesMatchAsEventAdminDoes() {
        TopicFilter filter = TopicFilter.of(new String[] {"org/mosaiccrm/inventory/ORDER_SHIPPED", "org/mosaiccrm/service/*"});
        assertTrue(filter.matches("org/mosaiccrm/inventory/ORDER_SHIPPED"));
        assertFalse(filter.matches("org/mosaiccrm/inventory/ORDER_SHIPPED_LATE"));
        assertTrue(filter.matches("org/mosaiccrm/service/TICKET_OPENED"));
        assertFalse(filter.matches("org/mosaiccrm/servicedesk/TICKET_OPENED"));
        assertTrue(TopicFilter.of(List.of("*")).matches("anything/at/all"));
        assertFalse(TopicFilter.of(null).matches("org/mosaiccrm/inventory/ORDER_SHIPPED"));
    }
}
