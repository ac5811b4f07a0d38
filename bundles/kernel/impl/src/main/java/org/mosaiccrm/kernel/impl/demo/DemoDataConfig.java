package org.mosaiccrm.kernel.impl.demo;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Mosaic CRM demo data", description = "The demo data set loaded on the first start under the demo license.")
public @interface DemoDataConfig {

    /** Configured in {@code etc/org.mosaiccrm.demo.cfg}. */
    String PID = "org.mosaiccrm.demo";

    @AttributeDefinition(description = "Load each module's demo data the first time it runs under the demo license, into a module "
            + "that holds no data (never under another license). crm:demo-data loads it on demand either way.")
    boolean loadOnFirstStart() default true;
}
