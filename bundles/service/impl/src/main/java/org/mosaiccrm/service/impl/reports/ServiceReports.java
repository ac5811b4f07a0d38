package org.mosaiccrm.service.impl.reports;

import java.util.List;

import javax.sql.DataSource;

import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.mosaiccrm.service.api.ServiceDesk;
import org.mosaiccrm.service.impl.ServiceModule;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The service module's reports, read with plain read-only JDBC on its own tables (SERVICE_TICKET,
 * SERVICE_SURVEY): tickets and service times, satisfaction, deflection by knowledge-base articles.
 */
@Component(service = ReportProvider.class)
public class ServiceReports implements ReportProvider {

    private final List<Report> reports;

    /**
     * @param desk unused: requiring the module's own service makes the reports come and go with the module
     *             and its license
     */
    @Activate
    public ServiceReports(@Reference ServiceDesk desk,
                          @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        this.reports = List.of(new TicketReport(dataSource), new SatisfactionReport(dataSource),
                new DeflectionReport(dataSource));
    }

    @Override
    public String module() {
        return ServiceModule.NAME;
    }

    @Override
    public List<Report> reports() {
        return reports;
    }
}
