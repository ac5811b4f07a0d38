package org.mosaiccrm.leads.impl.reports;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.leads.api.LeadService;
import org.mosaiccrm.leads.api.LeadStatus;
import org.mosaiccrm.leads.impl.LeadsModule;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ReportProvider;
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.api.sql.SqlReport;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The leads module's reports: the marketing funnel, the best tracked links and the best affiliates. They
 * count as the campaign figures do: a lead under its own campaign and affiliate (given, else its last
 * tracked link's), a conversion as a lead in status CONVERTED; leads by their creation in the period,
 * clicks by theirs. Read-only JDBC on the LEADS_* tables only.
 */
@Component(service = ReportProvider.class)
public class LeadsReports implements ReportProvider {

    private static final Set<String> ROLES = Set.of(CrmRoles.MARKETING, CrmRoles.MANAGER);
    private static final List<String> GROUPINGS = List.of("campaign", "affiliate", "source", "medium", "month");
    /** What a lead's figures are grouped by, per {@code by}; month is folded in Java. */
    private static final Map<String, String> LEAD_COLUMN = Map.of("campaign", "CAMPAIGN", "affiliate", "AFFILIATE",
            "source", "SOURCE", "medium", "UTM_MEDIUM");
    /** Clicks only know their link's campaign and affiliate. */
    private static final Map<String, String> CLICK_COLUMN = Map.of("campaign", "CAMPAIGN", "affiliate", "AFFILIATE");
    /** A string literal, portable to Derby and PostgreSQL, of the status a conversion leaves. */
    private static final String CONVERTED = "'" + LeadStatus.CONVERTED.name() + "'";
    private static final String PERIOD = "CREATED_AT >= ? AND CREATED_AT < ?";
    private static final String CLICK_PERIOD = "CLICKED_AT >= ? AND CLICKED_AT < ?";
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 1000;

    private static final ReportColumn CLICKS = ReportColumn.of("clicks", "Clicks", "Clics", ColumnType.INTEGER);
    private static final ReportColumn LEADS = ReportColumn.of("leads", "Leads", "Prospects", ColumnType.INTEGER);
    private static final ReportColumn RATE = ReportColumn.of("conversionRate", "Conversion rate", "Taux de conversion",
            ColumnType.PERCENT);

    private final DataSource dataSource;

    @Activate
    public LeadsReports(
            // unused: required so that the reports come and go with the leads module and its license
            @Reference LeadService leads,
            @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public String module() {
        return LeadsModule.NAME;
    }

    @Override
    public List<Report> reports() {
        return List.of(new Folded(funnelDefinition(), this::funnel),
                new Folded(topLinksDefinition(), this::topLinks),
                new Folded(affiliatesDefinition(), this::affiliates));
    }

    /** A report whose rows a method of this class folds and emits. */
    private record Folded(ReportDefinition definition, BiConsumer<ReportArguments, ReportSink> runner)
            implements Report {

        @Override
        public void run(ReportArguments arguments, ReportSink sink) {
            runner.accept(arguments, sink);
        }
    }

    // leads.funnel

    private static ReportDefinition funnelDefinition() {
        return new ReportDefinition("leads.funnel", Titles.of("Marketing funnel", "Entonnoir marketing"),
                Titles.of("Clicks on tracked links, leads created and, of those leads, the ones converted to customers, "
                                + "in the period, by campaign, affiliate, source, UTM medium or month. A lead counts under "
                                + "its own campaign and affiliate (given, else its last tracked link's) and the month it was "
                                + "created; clicks are known by campaign, affiliate and month only.",
                        "Clics sur les liens suivis, prospects créés et, parmi eux, ceux convertis en clients, sur la "
                                + "période, par campagne, affilié, source, support UTM ou mois. Un prospect compte sous sa "
                                + "propre campagne et son affilié (donnés, sinon ceux de son dernier lien suivi) et son mois "
                                + "de création ; les clics ne sont connus que par campagne, affilié et mois."),
                ROLES,
                List.of(ReportParameter.from(), ReportParameter.to(),
                        ReportParameter.choice("by", "Group by", "Regrouper par", "campaign", GROUPINGS)),
                List.of(ReportColumn.of("key", "Group", "Groupe", ColumnType.TEXT), CLICKS, LEADS,
                        ReportColumn.of("conversions", "Conversions", "Conversions", ColumnType.INTEGER), RATE),
                ChartKind.BAR, Set.of("marketing"));
    }

    private void funnel(ReportArguments arguments, ReportSink sink) {
        String by = arguments.text("by") == null ? "campaign" : arguments.text("by");
        List<Object> period = period(arguments);
        Funnel funnel = new Funnel();
        List<Funnel.Group> groups;
        if (by.equals("month")) {
            // months in the users' zone: no date functions in SQL, so the rows of the period are folded here
            SqlReport.stream(dataSource, "SELECT CREATED_AT, STATUS FROM LEADS_LEAD WHERE " + PERIOD, period, rows -> {
                while (rows.next()) {
                    funnel.addLeads(month(arguments, rows.getTimestamp(1).toInstant()), 1,
                            LeadStatus.CONVERTED.name().equals(rows.getString(2)) ? 1 : 0);
                }
                return null;
            });
            SqlReport.stream(dataSource, "SELECT CLICKED_AT FROM LEADS_CLICK WHERE " + CLICK_PERIOD, period, rows -> {
                while (rows.next()) {
                    funnel.addClicks(month(arguments, rows.getTimestamp(1).toInstant()), 1);
                }
                return null;
            });
            groups = funnel.byKey();
        } else {
            countLeads(LEAD_COLUMN.get(by), "", period, funnel);
            if (CLICK_COLUMN.containsKey(by)) {
                countClicks(CLICK_COLUMN.get(by), "", period, funnel);
            }
            groups = funnel.byLeads();
        }
        boolean clicksKnown = by.equals("month") || CLICK_COLUMN.containsKey(by);
        for (Funnel.Group group : groups) {
            if (!sink.wantsMore()) {
                return;
            }
            sink.row(group.key(), clicksKnown ? (Object) group.clicks() : null, group.leads(), group.conversions(),
                    group.conversionRate());
        }
    }

    private static String month(ReportArguments arguments, Instant at) {
        return arguments.monthOf(at).toString();
    }

    // leads.top-links

    private static ReportDefinition topLinksDefinition() {
        return new ReportDefinition("leads.top-links", Titles.of("Top tracked links", "Meilleurs liens suivis"),
                Titles.of("The tracked links (ads) with the most clicks in the period, with the leads created in the "
                                + "period whose last tracked link it was (last touch, as the campaign figures count) and, of "
                                + "those leads, the ones converted to customers.",
                        "Les liens suivis (annonces) les plus cliqués sur la période, avec les prospects créés sur la "
                                + "période dont c'est le dernier lien suivi (dernier contact, comme les chiffres des "
                                + "campagnes) et, parmi eux, ceux convertis en clients."),
                ROLES,
                List.of(ReportParameter.from(), ReportParameter.to(),
                        ReportParameter.integer("limit", "Links shown", "Liens affichés", DEFAULT_LIMIT, 1, MAX_LIMIT)),
                List.of(ReportColumn.of("code", "Link", "Lien", ColumnType.TEXT),
                        ReportColumn.of("campaign", "Campaign", "Campagne", ColumnType.TEXT),
                        ReportColumn.of("affiliate", "Affiliate", "Affilié", ColumnType.TEXT), CLICKS, LEADS,
                        ReportColumn.of("conversions", "Conversions", "Conversions", ColumnType.INTEGER), RATE),
                ChartKind.BAR, Set.of("marketing"));
    }

    private void topLinks(ReportArguments arguments, ReportSink sink) {
        List<Object> period = period(arguments);
        Funnel links = new Funnel();
        countClicks("CODE", "", period, links);
        countLeads("LAST_CODE", "LAST_CODE IS NOT NULL AND ", period, links);
        // campaign and affiliate of the links that had a click or a lead in the period
        Map<String, String[]> names = new HashMap<>();
        SqlReport.stream(dataSource, "SELECT CODE, CAMPAIGN, AFFILIATE FROM LEADS_LINK", List.of(), rows -> {
            while (rows.next()) {
                if (links.has(rows.getString(1))) {
                    names.put(rows.getString(1), new String[] { rows.getString(2), rows.getString(3) });
                }
            }
            return null;
        });
        int limit = clamp(arguments.integer("limit"));
        for (Funnel.Group link : links.byClicks()) {
            if (limit-- == 0 || !sink.wantsMore()) {
                return;
            }
            String[] name = names.getOrDefault(link.key(), new String[2]);
            sink.row(link.key(), name[0], name[1], link.clicks(), link.leads(), link.conversions(),
                    link.conversionRate());
        }
    }

    /** The number of links to show: the given one kept within 1 to {@value #MAX_LIMIT}. */
    static int clamp(Long limit) {
        return limit == null ? DEFAULT_LIMIT : (int) Math.max(1, Math.min(MAX_LIMIT, limit));
    }

    // leads.affiliates

    private static ReportDefinition affiliatesDefinition() {
        return new ReportDefinition("leads.affiliates", Titles.of("Affiliates", "Affiliés"),
                Titles.of("Affiliates by the leads they brought in the period (a lead's affiliate: given, else its last "
                                + "tracked link's), with the clicks on their links and the leads converted to customers "
                                + "(each converted lead counts once). Leads and clicks without an affiliate are left out.",
                        "Les affiliés selon les prospects apportés sur la période (l'affilié d'un prospect : donné, "
                                + "sinon celui de son dernier lien suivi), avec les clics sur leurs liens et les prospects "
                                + "convertis en clients (chaque prospect converti compte une fois). Les prospects et clics "
                                + "sans affilié sont écartés."),
                ROLES, List.of(ReportParameter.from(), ReportParameter.to()),
                List.of(ReportColumn.of("affiliate", "Affiliate", "Affilié", ColumnType.TEXT), CLICKS, LEADS,
                        ReportColumn.of("customers", "Customers", "Clients", ColumnType.INTEGER), RATE),
                ChartKind.BAR, Set.of());
    }

    private void affiliates(ReportArguments arguments, ReportSink sink) {
        List<Object> period = period(arguments);
        Funnel affiliates = new Funnel();
        countLeads("AFFILIATE", "AFFILIATE IS NOT NULL AND ", period, affiliates);
        countClicks("AFFILIATE", "AFFILIATE IS NOT NULL AND ", period, affiliates);
        for (Funnel.Group affiliate : affiliates.byLeads()) {
            if (!sink.wantsMore()) {
                return;
            }
            sink.row(affiliate.key(), affiliate.clicks(), affiliate.leads(), affiliate.conversions(),
                    affiliate.conversionRate());
        }
    }

    // shared queries

    private static List<Object> period(ReportArguments arguments) {
        return List.of(arguments.startOf("from"), arguments.endOf("to"));
    }

    /** Leads created in the period and the converted ones among them, by {@code column}. */
    private void countLeads(String column, String condition, List<Object> period, Funnel funnel) {
        SqlReport.stream(dataSource, "SELECT " + column + ", COUNT(*), SUM(CASE WHEN STATUS = " + CONVERTED
                + " THEN 1 ELSE 0 END) FROM LEADS_LEAD WHERE " + condition + PERIOD + " GROUP BY " + column,
                period, rows -> {
                    while (rows.next()) {
                        funnel.addLeads(rows.getString(1), rows.getLong(2), rows.getLong(3));
                    }
                    return null;
                });
    }

    /** Clicks in the period, by {@code column}. */
    private void countClicks(String column, String condition, List<Object> period, Funnel funnel) {
        SqlReport.stream(dataSource, "SELECT " + column + ", COUNT(*) FROM LEADS_CLICK WHERE " + condition
                + CLICK_PERIOD + " GROUP BY " + column, period, rows -> {
                    while (rows.next()) {
                        funnel.addClicks(rows.getString(1), rows.getLong(2));
                    }
                    return null;
                });
    }
}
