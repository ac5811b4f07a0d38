package org.mosaiccrm.inventory.impl;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The module's settings, {@code etc/org.mosaiccrm.inventory.cfg}; {@code config:meta org.mosaiccrm.inventory} describes them. */
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

    @AttributeDefinition(name = "Sales window (days)", description = "Days of sales that make a location's velocity and its min/max "
            + "when no manager set them (7 to 365)", min = "7", max = "365")
    int replenishmentWindowDays() default 28;

    @AttributeDefinition(name = "Lead time (days)", description = "Days a transfer or a purchase takes to arrive: the minimum covers "
            + "the demand of that many days plus safety stock (0 to 90)", min = "0", max = "90")
    int leadTimeDays() default 3;

    @AttributeDefinition(name = "Target cover (days)", description = "Days of sales a replenished location holds: the maximum (1 to 365)",
            min = "1", max = "365")
    int targetCoverDays() default 10;

    @AttributeDefinition(name = "Safety factor", description = "Standard deviations of daily sales kept as safety stock "
            + "(1.65 is about 95 % of lead times without a shortage; 0 to 4)", min = "0", max = "4")
    double safetyFactor() default 1.65;

    @AttributeDefinition(name = "Zone", description = "The time zone whose calendar months sales are counted in (an IANA zone such as Europe/Paris); "
            + "after a change, rebuild the sales figures with crm:sales-rollup --rebuild")
    String zone() default "Europe/Paris";
}
