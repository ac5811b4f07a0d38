package org.mosaiccrm.inventory.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's settings, {@code etc/org.mosaiccrm.inventory.cfg}; {@code config:meta -p org.mosaiccrm.inventory} describes them. */
@ObjectClassDefinition(name = "Inventory", description = "Settings of the inventory module")
public @interface InventoryConfig {

    String PID = "org.mosaiccrm.inventory";

    @AttributeDefinition(name = "Currency", description = "ISO 4217 code of prices and orders that do not name one, e.g. EUR")
    String defaultCurrency() default "EUR";

    @AttributeDefinition(name = "Fulfilment location", description = "Code of the location orders are served from when they do not name one (empty: every order names one)")
    String defaultLocation() default "";

    @AttributeDefinition(name = "Carriers' tracking links", description = "carrier=URL with {number} where the tracking number goes, e.g. "
            + "colissimo=https://www.laposte.fr/outils/suivre-vos-envois?code={number}")
    String[] trackingUrls() default { "colissimo=https://www.laposte.fr/outils/suivre-vos-envois?code={number}",
        "chronopost=https://www.chronopost.fr/tracking-no-cms/suivi-page?listeNumerosLT={number}",
        "ups=https://www.ups.com/track?tracknum={number}", "dhl=https://www.dhl.com/fr-fr/home/suivi.html?tracking-id={number}" };

    @AttributeDefinition(name = "List size", description = "Rows a list shows when the client asks for no limit (1 to 500)", min = "1", max = "500")
    int listLimit() default 50;
}
