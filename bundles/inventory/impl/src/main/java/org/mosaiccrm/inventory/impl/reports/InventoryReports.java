package org.mosaiccrm.inventory.impl.reports;

import java.util.List;

import javax.sql.DataSource;

import org.mosaiccrm.inventory.api.InventoryService;
import org.mosaiccrm.inventory.impl.InventoryModule;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** Inventory's reports: sales (from the monthly rollup), sales reps, stock velocity, purchase lines. */
@Component(service = ReportProvider.class)
public class InventoryReports implements ReportProvider {

    private final List<Report> reports;

    @Activate
    public InventoryReports(@Reference InventoryService inventory, // the reports come and go with the module and its license
                            @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        reports = List.of(SalesReports.byRegion(dataSource), SalesReports.byProduct(dataSource), OrderReports.byRep(dataSource),
                OrderReports.velocity(dataSource), OrderReports.purchaseLines(dataSource));
    }

    @Override
    public String module() {
        return InventoryModule.NAME;
    }

    @Override
    public List<Report> reports() {
        return reports;
    }
}
