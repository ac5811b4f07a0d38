package org.mosaiccrm.inventory.impl.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.security.CrmRoles;
import org.mosaiccrm.kernel.api.ui.Titles;
import org.mosaiccrm.reporting.api.ChartKind;
import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportParameter;
import org.mosaiccrm.reporting.api.ParameterType;
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.api.sql.SqlReport;

/**
 * The sales reports read from the monthly rollup ({@link SalesRollup}): by region and month, and the full
 * product × region × month × channel grid. Net of cancellations and returns; whole months.
 */
final class SalesReports {

    static final Set<String> SALES_ROLES = Set.of(CrmRoles.SALES, CrmRoles.MANAGER, CrmRoles.MARKETING);
    static final ReportParameter FROM_MONTH = ReportParameter.fromMonth("-11M");
    static final ReportParameter TO_MONTH = ReportParameter.toMonth("0M");
    static final ReportParameter REGION = ReportParameter.text("region", "Region (code or name)", "Région (code ou nom)");
    static final ReportParameter CHANNEL = new ReportParameter("channel", Titles.of("Channel", "Canal"), ParameterType.CHOICE, false, null,
            List.of("STORE", "PHONE", "WEB", "PORTAL"));

    private static final List<ReportColumn> FIGURES = List.of(
            ReportColumn.of("units", "Units", "Unités", ColumnType.INTEGER, "units"),
            ReportColumn.of("revenue", "Revenue (excl. tax)", "Chiffre d'affaires HT", ColumnType.MONEY, "currency"),
            ReportColumn.of("currency", "Currency", "Devise", ColumnType.TEXT),
            ReportColumn.of("averagePrice", "Average unit price", "Prix unitaire moyen", ColumnType.MONEY, "currency"),
            ReportColumn.of("averageDiscount", "Average discount", "Remise moyenne", ColumnType.PERCENT));

    private SalesReports() {
    }

    static Report byRegion(DataSource dataSource) {
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.of("region", "Region", "Région", ColumnType.TEXT),
                ReportColumn.of("month", "Month", "Mois", ColumnType.MONTH)));
        columns.addAll(FIGURES);
        columns.add(ReportColumn.of("orders", "Orders", "Commandes", ColumnType.INTEGER));
        columns.add(ReportColumn.of("averageBasket", "Average basket", "Panier moyen", ColumnType.MONEY, "currency"));
        ReportDefinition definition = new ReportDefinition("inventory.sales-by-region",
                Titles.of("Sales by region and month", "Ventes par région et par mois"),
                Titles.of("Units and revenue excluding tax of the orders placed each month (in the configured zone) at each region's "
                                + "locations, net of cancelled and returned orders; average price and discount per unit sold, orders and average basket.",
                        "Unités et chiffre d'affaires HT des commandes passées chaque mois dans les sites de chaque région, "
                                + "hors commandes annulées ou retournées ; prix et remise moyens par unité vendue, commandes et panier moyen."),
                SALES_ROLES, List.of(FROM_MONTH, TO_MONTH, REGION), columns, ChartKind.BAR, Set.of("sales", "manager"));
        return new GroupedSales(definition, dataSource, 2, arguments -> {
            Query query = new Query(arguments);
            query.region(arguments.text("region"));
            return query.sql("SELECT COALESCE(l.REGION_NAME, l.REGION_CODE, r.LOCATION_CODE), r.MONTH_KEY, SUM(r.UNITS), SUM(r.REVENUE), "
                    + "r.CURRENCY, SUM(r.GROSS), SUM(r.ORDER_COUNT) FROM " + SalesRollup.LOCATION_TABLE + " r "
                    + "LEFT JOIN INVENTORY_LOCATION l ON l.CODE = r.LOCATION_CODE ",
                    "GROUP BY COALESCE(l.REGION_NAME, l.REGION_CODE, r.LOCATION_CODE), r.MONTH_KEY, r.CURRENCY ORDER BY 1, 2, 5");
        });
    }

    static Report byProduct(DataSource dataSource) {
        List<ReportColumn> columns = new ArrayList<>(List.of(
                ReportColumn.of("sku", "SKU", "Référence", ColumnType.TEXT),
                ReportColumn.of("product", "Product", "Produit", ColumnType.TEXT),
                ReportColumn.of("region", "Region", "Région", ColumnType.TEXT),
                ReportColumn.of("month", "Month", "Mois", ColumnType.MONTH),
                ReportColumn.of("channel", "Channel", "Canal", ColumnType.TEXT)));
        columns.addAll(FIGURES);
        ReportDefinition definition = new ReportDefinition("inventory.sales-by-product",
                Titles.of("Sales by product, region, month and channel", "Ventes par produit, région, mois et canal"),
                Titles.of("Which products sell where, when, through which channel and at which prices: units, revenue excluding "
                                + "tax, average price and discount, net of cancelled and returned orders.",
                        "Quels produits se vendent où, quand, par quel canal et à quels prix : unités, chiffre d'affaires HT, "
                                + "prix et remise moyens, hors commandes annulées ou retournées."),
                SALES_ROLES, List.of(FROM_MONTH, TO_MONTH, REGION, CHANNEL, ReportParameter.text("sku", "SKU", "Référence")), columns,
                ChartKind.TABLE, Set.of());
        return new GroupedSales(definition, dataSource, 5, arguments -> {
            Query query = new Query(arguments);
            query.region(arguments.text("region"));
            query.filter("r.CHANNEL", arguments.text("channel"));
            query.filter("p.SKU", arguments.text("sku"));
            return query.sql("SELECT p.SKU, p.NAME, COALESCE(l.REGION_NAME, l.REGION_CODE, r.LOCATION_CODE), r.MONTH_KEY, r.CHANNEL, "
                    + "SUM(r.UNITS), SUM(r.REVENUE), r.CURRENCY, SUM(r.GROSS) FROM INVENTORY_SALES_MONTH r "
                    + "JOIN INVENTORY_PRODUCT p ON p.ID = r.PRODUCT_ID LEFT JOIN INVENTORY_LOCATION l ON l.CODE = r.LOCATION_CODE ",
                    "GROUP BY p.SKU, p.NAME, COALESCE(l.REGION_NAME, l.REGION_CODE, r.LOCATION_CODE), r.MONTH_KEY, r.CHANNEL, r.CURRENCY "
                    + "ORDER BY 4, 1, 3, 5");
        });
    }

    /** The months of the period and the filters given: a condition only for what was asked (no untyped NULL tests). */
    private static final class Query {
        private final StringBuilder where = new StringBuilder("WHERE r.MONTH_KEY >= ? AND r.MONTH_KEY <= ? ");
        private final List<Object> values = new ArrayList<>();

        Query(ReportArguments arguments) {
            values.add(arguments.month("fromMonth").toString());
            values.add(arguments.month("toMonth").toString());
        }

        void filter(String column, String value) {
            if (value != null) {
                where.append("AND ").append(column).append(" = ? ");
                values.add(value);
            }
        }

        /** A region by its code or by the name the report shows, in any case. */
        void region(String value) {
            if (value != null) {
                where.append("AND (UPPER(l.REGION_CODE) = ? OR UPPER(l.REGION_NAME) = ?) ");
                values.add(value.toUpperCase(java.util.Locale.ROOT));
                values.add(value.toUpperCase(java.util.Locale.ROOT));
            }
        }

        Bound sql(String select, String groupBy) {
            return new Bound(select + where + groupBy, List.copyOf(values));
        }
    }

    private record Bound(String sql, List<Object> values) {
    }

    /** Average price and discount from the summed units, revenue and gross: computed here, rounded to cents and tenths. */
    private record GroupedSales(ReportDefinition definition, DataSource dataSource, int keyColumns,
                                java.util.function.Function<ReportArguments, Bound> query) implements Report {

        @Override
        public void run(ReportArguments arguments, ReportSink sink) {
            Bound bound = query.apply(arguments);
            SqlReport.stream(dataSource, bound.sql(), bound.values(), rows -> {
                while (sink.wantsMore() && rows.next()) {
                    Object[] row = new Object[definition.columns().size()];
                    for (int i = 0; i < keyColumns; i++) {
                        row[i] = definition.columns().get(i).type() == ColumnType.MONTH ? YearMonth.parse(rows.getString(i + 1))
                                : rows.getString(i + 1);
                    }
                    long units = rows.getLong(keyColumns + 1);
                    BigDecimal revenue = rows.getBigDecimal(keyColumns + 2);
                    BigDecimal gross = rows.getBigDecimal(keyColumns + 4);
                    row[keyColumns] = units;
                    row[keyColumns + 1] = revenue.setScale(2, RoundingMode.HALF_UP);
                    row[keyColumns + 2] = rows.getString(keyColumns + 3);
                    row[keyColumns + 3] = units == 0 ? null : revenue.divide(BigDecimal.valueOf(units), 2, RoundingMode.HALF_UP);
                    row[keyColumns + 4] = gross.signum() == 0 ? null : BigDecimal.ONE.subtract(revenue.divide(gross, 6, RoundingMode.HALF_UP))
                            .movePointRight(2).setScale(1, RoundingMode.HALF_UP);
                    if (row.length > keyColumns + 5) { // orders and average basket, from the rollup without products
                        long orders = rows.getLong(keyColumns + 5);
                        row[keyColumns + 5] = orders;
                        row[keyColumns + 6] = orders == 0 ? null : revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP);
                    }
                    sink.row(row);
                }
                return null;
            });
        }
    }
}
