package org.mosaiccrm.inventory.impl;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TrackingLinksTest {

    @Test
    public void aCarriersLinkCarriesTheNumberEncoded() {
        TrackingLinks links = TrackingLinks.parse(new String[] { "Colissimo=https://t.example/?c={number}, ups=https://u.example/{number}" });
        assertEquals("https://t.example/?c=6A+12%2F3", links.apply("colissimo\n6A 12/3"));
        assertEquals("https://u.example/1Z9", links.apply("UPS\n1Z9"));
        assertNull("a carrier without a template has no link", links.apply("pigeon\n1"));
    }

    @Test
    public void anEntryThatIsNotAnHttpsTemplateIsRefusedNamingIt() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
                () -> TrackingLinks.parse(new String[] { "dhl=http://d.example/{number}" }));
        assertTrue(refused.getMessage(), refused.getMessage().contains("dhl=http://d.example/{number}"));
        assertThrows(IllegalArgumentException.class, () -> TrackingLinks.parse(new String[] { "dhl=https://d.example/" }));
    }
}
