package org.mosaiccrm.contacts.impl.reports;

import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.mosaiccrm.contacts.api.ContactService;
import org.mosaiccrm.contacts.impl.ContactsModule;
import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The contacts module's reports, read with plain JDBC from its own tables (CONTACTS_*): who the customers
 * are ({@code contacts.demographics}) and how they come, stay and fall silent month by month
 * ({@code contacts.activity}).
 */
@Component(service = ReportProvider.class)
public class ContactsReports implements ReportProvider {

    static final ReportDefinition DEMOGRAPHICS = new ReportDefinition("contacts.demographics",
            Titles.of("Customer demographics", "Démographie des clients"),
            Titles.of("Customers, merged and erased ones left out, counted by region (the country ending their preferred "
                            + "address, else that of their preferred phone number), tier, kind or age band (from the first "
                            + "configured date field whose name contains \"birth\"), with each group's share.",
                    "Clients, hors fusionnés et effacés, comptés par région (le pays qui termine leur adresse préférée, "
                            + "sinon celui de leur numéro de téléphone préféré), niveau, type ou tranche d'âge (d'après le "
                            + "premier champ date configuré dont le nom contient « birth »), avec la part de chaque groupe."),
            Set.of(CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.MANAGER),
            List.of(ReportParameter.choice("by", "Grouped by", "Regroupés par", "region",
                    List.of("region", "tier", "kind", "age-band"))),
            List.of(ReportColumn.of("key", "Group", "Groupe", ColumnType.TEXT),
                    ReportColumn.of("customers", "Customers", "Clients", ColumnType.INTEGER),
                    ReportColumn.of("share", "Share", "Part", ColumnType.PERCENT)),
            ChartKind.PIE, Set.of("marketing", "manager"));

    static final ReportDefinition ACTIVITY = new ReportDefinition("contacts.activity",
            Titles.of("Customer activity", "Activité des clients"),
            Titles.of("Per calendar month: customers created (merged duplicates left out), customers with at least one "
                            + "interaction, and customers lapsed that month because their last interaction ever was "
                            + "lapseMonths months earlier.",
                    "Par mois civil : clients créés (hors doublons fusionnés), clients ayant eu au moins une interaction, "
                            + "et clients perdus ce mois-là parce que leur dernière interaction remonte à lapseMonths mois."),
            Set.of(CrmRoles.SALES, CrmRoles.MARKETING, CrmRoles.MANAGER),
            List.of(ReportParameter.from(), ReportParameter.to(),
                    ReportParameter.integer("lapseMonths", "Months of silence before a customer is lapsed",
                            "Mois de silence avant qu'un client soit perdu", ActivityReport.DEFAULT_LAPSE_MONTHS, 1, 60)),
            List.of(ReportColumn.of("month", "Month", "Mois", ColumnType.MONTH),
                    ReportColumn.of("newCustomers", "New customers", "Nouveaux clients", ColumnType.INTEGER),
                    ReportColumn.of("active", "Active customers", "Clients actifs", ColumnType.INTEGER),
                    ReportColumn.of("lapsed", "Lapsed customers", "Clients perdus", ColumnType.INTEGER)),
            ChartKind.LINE, Set.of("manager"));

    private final List<Report> reports;

    /**
     * @param contacts   the module's gate: the reports come and go with the module and its license; it also
     *                   names the configured custom fields (the birthday field of the age bands)
     * @param dataSource the CRM database, read-only, the CONTACTS_* tables only
     */
    @Activate
    public ContactsReports(@Reference ContactService contacts,
                           @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        this.reports = List.of(new DemographicsReport(DEMOGRAPHICS, contacts, dataSource),
                new ActivityReport(ACTIVITY, dataSource));
    }

    @Override
    public String module() {
        return ContactsModule.NAME;
    }

    @Override
    public List<Report> reports() {
        return reports;
    }
}
