package org.mosaiccrm.inventory.impl.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.mosaiccrm.reporting.api.ReportSink;
import org.mosaiccrm.reporting.api.sql.SqlReport;

/** Reports read from the orders themselves, for a period of days: by sales rep, stock velocity, every purchase line. */
final class OrderReports {

    /** Orders that count as sold: not cancelled, not returned. */
    private static final String SOLD = "o.STATUS <> 'CANCELLED' AND o.STATUS <> 'RETURNED'";

    private OrderReports() {
    }

    static Report byRep(DataSource dataSource) {
        ReportDefinition definition = new ReportDefinition("inventory.sales-by-rep",
                Titles.of("Sales by sales rep", "Ventes par commercial"),
                Titles.of("Orders placed in the period by each sales rep, their revenue excluding tax and the average basket "
                        + "(revenue per order), net of cancelled and returned orders.", "Commandes passées sur la période par chaque "
                        + "commercial, leur chiffre d'affaires HT et le panier moyen, hors commandes annulées ou retournées."),
                Set.of(CrmRoles.SALES, CrmRoles.MANAGER), List.of(ReportParameter.from(), ReportParameter.to()),
                List.of(ReportColumn.of("salesRep", "Sales rep", "Commercial", ColumnType.TEXT),
                        ReportColumn.of("orders", "Orders", "Commandes", ColumnType.INTEGER),
                        ReportColumn.of("revenue", "Revenue (excl. tax)", "Chiffre d'affaires HT", ColumnType.MONEY, "currency"),
                        ReportColumn.of("currency", "Currency", "Devise", ColumnType.TEXT),
                        ReportColumn.of("averageBasket", "Average basket", "Panier moyen", ColumnType.MONEY, "currency")),
                ChartKind.BAR, Set.of("sales"));
        String sql = "SELECT COALESCE(o.SALES_REP, '(none)'), COUNT(*), SUM(o.SUBTOTAL), o.CURRENCY FROM INVENTORY_ORDER o "
                + "WHERE o.PLACED_AT >= ? AND o.PLACED_AT < ? AND " + SOLD + " GROUP BY COALESCE(o.SALES_REP, '(none)'), o.CURRENCY "
                + "ORDER BY 3 DESC, 1";
        return Report.of(definition, (arguments, sink) -> {
            // rounded here, half up, the same on every database (a CAST truncates on one and rounds on another)
            SqlReport.stream(dataSource, sql, List.of(arguments.startOf("from"), arguments.endOf("to")), rows -> {
                while (sink.wantsMore() && rows.next()) {
                    long orders = rows.getLong(2);
                    BigDecimal revenue = rows.getBigDecimal(3);
                    sink.row(rows.getString(1), orders, revenue.setScale(2, RoundingMode.HALF_UP), rows.getString(4),
                            revenue.divide(BigDecimal.valueOf(orders), 2, RoundingMode.HALF_UP));
                }
                return null;
            });
        });
    }

    static Report velocity(DataSource dataSource) {
        ReportDefinition definition = new ReportDefinition("inventory.stock-velocity",
                Titles.of("Stock velocity", "Rotation des stocks"),
                Titles.of("Units sold per day over the last days at each location, stock on hand and available, and how many days "
                        + "the available stock lasts at that pace (fastest sellers first).", "Unités vendues par jour sur les derniers "
                        + "jours dans chaque site, stock physique et disponible, et combien de jours le disponible tient à ce rythme."),
                Set.of(CrmRoles.SALES, CrmRoles.MANAGER), List.of(ReportParameter.integer("days", "Days", "Jours", 30, 1, 3650)),
                List.of(ReportColumn.of("sku", "SKU", "Référence", ColumnType.TEXT),
                        ReportColumn.of("product", "Product", "Produit", ColumnType.TEXT),
                        ReportColumn.of("location", "Location", "Site", ColumnType.TEXT),
                        ReportColumn.of("unitsPerDay", "Units per day", "Unités par jour", ColumnType.DECIMAL, "units/day"),
                        ReportColumn.of("onHand", "On hand", "En stock", ColumnType.INTEGER, "units"),
                        ReportColumn.of("available", "Available", "Disponible", ColumnType.INTEGER, "units"),
                        ReportColumn.of("daysOfCover", "Days of cover", "Jours de couverture", ColumnType.DECIMAL, "days")),
                ChartKind.TABLE, Set.of());
        return Report.of(definition, (arguments, sink) -> {
            long days = arguments.integer("days");
            // today and the days - 1 before it
            Instant since = arguments.today().minusDays(days - 1).atStartOfDay(arguments.zone()).toInstant();
            Map<String, Long> sold = new HashMap<>();
            SqlReport.stream(dataSource, "SELECT l.PRODUCT_ID, o.LOCATION_CODE, SUM(l.QUANTITY) FROM INVENTORY_ORDER o "
                    + "JOIN INVENTORY_ORDER_LINE l ON l.ORDER_ID = o.ID WHERE o.PLACED_AT >= ? AND " + SOLD
                    + " GROUP BY l.PRODUCT_ID, o.LOCATION_CODE", List.of(since), rows -> {
                        while (rows.next()) {
                            sold.put(rows.getString(1) + "|" + rows.getString(2), rows.getLong(3));
                        }
                        return null;
                    });
            record Line(String sku, String name, String location, BigDecimal perDay, long onHand, long available, BigDecimal cover) {
            }
            List<Line> lines = SqlReport.stream(dataSource, "SELECT p.ID, p.SKU, p.NAME, s.LOCATION_CODE, s.ON_HAND, s.RESERVED "
                    + "FROM INVENTORY_STOCK s JOIN INVENTORY_PRODUCT p ON p.ID = s.PRODUCT_ID", List.of(), rows -> {
                        List<Line> all = new java.util.ArrayList<>();
                        while (rows.next()) {
                            long units = sold.getOrDefault(rows.getString(1) + "|" + rows.getString(4), 0L);
                            BigDecimal perDay = BigDecimal.valueOf(units).divide(BigDecimal.valueOf(days), 2, RoundingMode.HALF_UP);
                            long available = rows.getLong(5) - rows.getLong(6);
                            BigDecimal cover = units == 0 ? null : BigDecimal.valueOf(available * days)
                                    .divide(BigDecimal.valueOf(units), 1, RoundingMode.HALF_UP);
                            all.add(new Line(rows.getString(2), rows.getString(3), rows.getString(4), perDay, rows.getLong(5), available, cover));
                        }
                        return all;
                    });
            lines.stream().sorted(java.util.Comparator.comparing(Line::perDay).reversed().thenComparing(Line::sku).thenComparing(Line::location))
                    .takeWhile(line -> sink.wantsMore())
                    .forEach(line -> sink.row(line.sku(), line.name(), line.location(), line.perDay(), line.onHand(), line.available(),
                            line.cover()));
        });
    }

    /** Every purchase line: what the reporting module's predictions learn from, and an export for analysts. */
    static Report purchaseLines(DataSource dataSource) {
        ReportDefinition definition = new ReportDefinition("inventory.purchase-lines",
                Titles.of("Purchase lines", "Lignes d'achat"),
                Titles.of("Every line of the orders placed in the period (not cancelled, not returned): customer, order, product, "
                        + "day (in the configured zone), quantity and amount excluding tax.", "Chaque ligne des commandes passées sur "
                        + "la période (ni annulées ni retournées) : client, commande, produit, jour, quantité et montant HT."),
                Set.of(CrmRoles.MANAGER), List.of(ReportParameter.from(), ReportParameter.to()),
                List.of(ReportColumn.of("customerId", "Customer", "Client", ColumnType.TEXT),
                        ReportColumn.of("orderNumber", "Order", "Commande", ColumnType.TEXT),
                        ReportColumn.of("sku", "SKU", "Référence", ColumnType.TEXT),
                        ReportColumn.of("product", "Product", "Produit", ColumnType.TEXT),
                        ReportColumn.of("placedOn", "Day", "Jour", ColumnType.DATE),
                        ReportColumn.of("quantity", "Quantity", "Quantité", ColumnType.INTEGER, "units"),
                        ReportColumn.of("amount", "Amount (excl. tax)", "Montant HT", ColumnType.MONEY, "currency"),
                        ReportColumn.of("currency", "Currency", "Devise", ColumnType.TEXT)),
                ChartKind.TABLE, Set.of());
        return Report.of(definition, (arguments, sink) -> {
            SqlReport.stream(dataSource, "SELECT o.CUSTOMER_ID, o.ORDER_NUMBER, p.SKU, p.NAME, o.PLACED_AT, l.QUANTITY, l.LINE_TOTAL, "
                    + "o.CURRENCY FROM INVENTORY_ORDER o JOIN INVENTORY_ORDER_LINE l ON l.ORDER_ID = o.ID "
                    + "JOIN INVENTORY_PRODUCT p ON p.ID = l.PRODUCT_ID WHERE o.PLACED_AT >= ? AND o.PLACED_AT < ? AND " + SOLD
                    + " ORDER BY o.PLACED_AT, o.ORDER_NUMBER, l.LINE_NO", List.of(arguments.startOf("from"), arguments.endOf("to")), rows -> {
                        while (sink.wantsMore() && rows.next()) {
                            sink.row(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                                    rows.getTimestamp(5).toInstant().atZone(arguments.zone()).toLocalDate(), rows.getLong(6),
                                    rows.getBigDecimal(7).setScale(2, RoundingMode.HALF_UP), rows.getString(8));
                        }
                        return null;
                    });
        });
    }
}
