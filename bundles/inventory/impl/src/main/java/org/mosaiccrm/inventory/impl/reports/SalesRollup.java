package org.mosaiccrm.inventory.impl.reports;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.persistence.EntityManager;
import javax.sql.DataSource;

import org.mosaiccrm.inventory.impl.persistence.OrderEntity;
import org.mosaiccrm.inventory.impl.persistence.OrderLineEntity;

/**
 * Net sales per month × location × product × channel × currency ({@code INVENTORY_SALES_MONTH}) and per month ×
 * location × channel × currency with the orders counted ({@code INVENTORY_SALES_LOCATION_MONTH}), so that the
 * sales reports read rollups instead of grouping every order line. Kept right by the orders' own
 * transactions: a placed order adds its lines, a cancelled or returned one takes them out again (orders are
 * placed one at a time — the order-number row is locked until commit — so two never race on a new row). The
 * month is the one the order was placed in, in the configured zone. {@link #rebuild} recomputes it all.
 */
public final class SalesRollup {

    static final String TABLE = "INVENTORY_SALES_MONTH";
    static final String LOCATION_TABLE = "INVENTORY_SALES_LOCATION_MONTH";
    private static final String LOCATION_KEY = "MONTH_KEY = ? AND LOCATION_CODE = ? AND CHANNEL = ? AND CURRENCY = ?";
    private static final String KEY = "MONTH_KEY = ? AND LOCATION_CODE = ? AND PRODUCT_ID = ? AND CHANNEL = ? AND CURRENCY = ?";

    private SalesRollup() {
    }

    /** The month an order counts in. */
    public static String month(Instant placedAt, ZoneId zone) {
        return YearMonth.from(placedAt.atZone(zone)).toString();
    }

    /** The statement that serialises every writer of the rollups: the order-number row's lock, held to the commit. */
    static final String LOCK = "UPDATE INVENTORY_COUNTER SET NEXT_VALUE = NEXT_VALUE WHERE NAME = 'order'";

    /**
     * Takes the lock every writer of the rollups takes first (placing an order takes it for its number): a
     * cancellation or return must take it before it locks its order, else it and a rebuild reading that order wait
     * for each other.
     */
    public static void lock(EntityManager em) {
        em.createNativeQuery(LOCK).executeUpdate();
    }

    /** Adds ({@code sign} 1) or takes out ({@code sign} -1) an order's lines, in the order's transaction (holding {@link #lock}). */
    public static void apply(EntityManager em, OrderEntity order, List<OrderLineEntity> lines, ZoneId zone, int sign) {
        String month = month(order.placedAt, zone);
        lines = lines.stream().sorted(java.util.Comparator.comparing((OrderLineEntity line) -> line.productId)).toList();
        long units = 0;
        BigDecimal orderRevenue = BigDecimal.ZERO, orderGross = BigDecimal.ZERO;
        for (OrderLineEntity line : lines) {
            BigDecimal gross = line.unitPrice.multiply(BigDecimal.valueOf(line.quantity));
            BigDecimal revenue = line.lineTotal;
            int updated = em.createNativeQuery("UPDATE " + TABLE + " SET UNITS = UNITS + ?, REVENUE = REVENUE + ?, GROSS = GROSS + ?, "
                            + "LINE_COUNT = LINE_COUNT + ? WHERE " + KEY)
                    .setParameter(1, sign * line.quantity).setParameter(2, revenue.multiply(BigDecimal.valueOf(sign)))
                    .setParameter(3, gross.multiply(BigDecimal.valueOf(sign))).setParameter(4, (long) sign)
                    .setParameter(5, month).setParameter(6, order.locationCode).setParameter(7, line.productId)
                    .setParameter(8, order.channel).setParameter(9, order.currency).executeUpdate();
            if (updated == 0 && sign > 0) {
                em.createNativeQuery("INSERT INTO " + TABLE + " (MONTH_KEY, LOCATION_CODE, PRODUCT_ID, CHANNEL, CURRENCY, UNITS, REVENUE, "
                                + "GROSS, LINE_COUNT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)")
                        .setParameter(1, month).setParameter(2, order.locationCode).setParameter(3, line.productId)
                        .setParameter(4, order.channel).setParameter(5, order.currency).setParameter(6, line.quantity)
                        .setParameter(7, revenue).setParameter(8, gross).executeUpdate();
            }
            if (sign < 0) { // a cell with nothing left goes, as a rebuild would not write it
                em.createNativeQuery("DELETE FROM " + TABLE + " WHERE " + KEY + " AND LINE_COUNT = 0").setParameter(1, month)
                        .setParameter(2, order.locationCode).setParameter(3, line.productId).setParameter(4, order.channel)
                        .setParameter(5, order.currency).executeUpdate();
            }
            units += line.quantity;
            orderRevenue = orderRevenue.add(revenue);
            orderGross = orderGross.add(gross);
        }
        int updated = em.createNativeQuery("UPDATE " + LOCATION_TABLE + " SET UNITS = UNITS + ?, REVENUE = REVENUE + ?, GROSS = GROSS + ?, "
                        + "ORDER_COUNT = ORDER_COUNT + ? WHERE " + LOCATION_KEY)
                .setParameter(1, sign * units).setParameter(2, orderRevenue.multiply(BigDecimal.valueOf(sign)))
                .setParameter(3, orderGross.multiply(BigDecimal.valueOf(sign))).setParameter(4, (long) sign)
                .setParameter(5, month).setParameter(6, order.locationCode).setParameter(7, order.channel).setParameter(8, order.currency)
                .executeUpdate();
        if (sign < 0) {
            em.createNativeQuery("DELETE FROM " + LOCATION_TABLE + " WHERE " + LOCATION_KEY + " AND ORDER_COUNT = 0").setParameter(1, month)
                    .setParameter(2, order.locationCode).setParameter(3, order.channel).setParameter(4, order.currency).executeUpdate();
        }
        if (updated == 0 && sign > 0) {
            em.createNativeQuery("INSERT INTO " + LOCATION_TABLE + " (MONTH_KEY, LOCATION_CODE, CHANNEL, CURRENCY, UNITS, REVENUE, GROSS, "
                            + "ORDER_COUNT) VALUES (?, ?, ?, ?, ?, ?, ?, 1)")
                    .setParameter(1, month).setParameter(2, order.locationCode).setParameter(3, order.channel)
                    .setParameter(4, order.currency).setParameter(5, units).setParameter(6, orderRevenue).setParameter(7, orderGross)
                    .executeUpdate();
        }
    }

    /** A cell of the rollup while it is rebuilt. */
    private static final class Cell {
        long units;
        long lines;
        long orders;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal gross = BigDecimal.ZERO;
    }

    /**
     * Recomputes the whole rollup from the orders (not cancelled, not returned) in one transaction of its own:
     * the lines are read forward-only and folded in memory (one entry per cell, not per line).
     *
     * @return the number of cells written
     */
    public static int rebuild(DataSource dataSource, ZoneId zone) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            try {
                try (Statement lock = connection.createStatement()) {
                    lock.executeUpdate(LOCK); // orders wait for the rebuild, which then sees every one of them
                }
                Map<List<String>, Cell> cells = new HashMap<>();
                try (PreparedStatement read = connection.prepareStatement("SELECT o.PLACED_AT, o.LOCATION_CODE, l.PRODUCT_ID, o.CHANNEL, "
                        + "o.CURRENCY, l.QUANTITY, l.LINE_TOTAL, l.UNIT_PRICE FROM INVENTORY_ORDER o JOIN INVENTORY_ORDER_LINE l "
                        + "ON l.ORDER_ID = o.ID WHERE o.STATUS <> ? AND o.STATUS <> ?", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    read.setFetchSize(1000);
                    read.setString(1, "CANCELLED");
                    read.setString(2, "RETURNED");
                    try (ResultSet rows = read.executeQuery()) {
                        while (rows.next()) {
                            List<String> key = List.of(month(rows.getTimestamp(1).toInstant(), zone), rows.getString(2), rows.getString(3),
                                    rows.getString(4), rows.getString(5));
                            Cell cell = cells.computeIfAbsent(key, k -> new Cell());
                            long quantity = rows.getLong(6);
                            cell.units += quantity;
                            cell.lines++;
                            cell.revenue = cell.revenue.add(rows.getBigDecimal(7));
                            cell.gross = cell.gross.add(rows.getBigDecimal(8).multiply(BigDecimal.valueOf(quantity)));
                        }
                    }
                }
                Map<List<String>, Cell> locations = new HashMap<>();
                cells.forEach((key, cell) -> {
                    Cell location = locations.computeIfAbsent(List.of(key.get(0), key.get(1), key.get(3), key.get(4)), k -> new Cell());
                    location.units += cell.units;
                    location.revenue = location.revenue.add(cell.revenue);
                    location.gross = location.gross.add(cell.gross);
                });
                try (PreparedStatement read = connection.prepareStatement("SELECT o.PLACED_AT, o.LOCATION_CODE, o.CHANNEL, o.CURRENCY "
                        + "FROM INVENTORY_ORDER o WHERE o.STATUS <> ? AND o.STATUS <> ?", ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                    read.setFetchSize(1000);
                    read.setString(1, "CANCELLED");
                    read.setString(2, "RETURNED");
                    try (ResultSet rows = read.executeQuery()) {
                        while (rows.next()) {
                            locations.computeIfAbsent(List.of(month(rows.getTimestamp(1).toInstant(), zone), rows.getString(2),
                                    rows.getString(3), rows.getString(4)), k -> new Cell()).orders++;
                        }
                    }
                }
                try (Statement clear = connection.createStatement()) {
                    clear.executeUpdate("DELETE FROM " + TABLE);
                    clear.executeUpdate("DELETE FROM " + LOCATION_TABLE);
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + LOCATION_TABLE + " (MONTH_KEY, LOCATION_CODE, "
                        + "CHANNEL, CURRENCY, UNITS, REVENUE, GROSS, ORDER_COUNT) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                    for (var entry : locations.entrySet()) {
                        for (int i = 0; i < 4; i++) {
                            insert.setString(i + 1, entry.getKey().get(i));
                        }
                        insert.setLong(5, entry.getValue().units);
                        insert.setBigDecimal(6, entry.getValue().revenue);
                        insert.setBigDecimal(7, entry.getValue().gross);
                        insert.setLong(8, entry.getValue().orders);
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + TABLE + " (MONTH_KEY, LOCATION_CODE, "
                        + "PRODUCT_ID, CHANNEL, CURRENCY, UNITS, REVENUE, GROSS, LINE_COUNT) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                    int batch = 0;
                    for (var entry : cells.entrySet()) {
                        for (int i = 0; i < 5; i++) {
                            insert.setString(i + 1, entry.getKey().get(i));
                        }
                        insert.setLong(6, entry.getValue().units);
                        insert.setBigDecimal(7, entry.getValue().revenue);
                        insert.setBigDecimal(8, entry.getValue().gross);
                        insert.setLong(9, entry.getValue().lines);
                        insert.addBatch();
                        if (++batch % 1000 == 0) {
                            insert.executeBatch();
                        }
                    }
                    insert.executeBatch();
                }
                try (Statement filled = connection.createStatement()) {
                    filled.executeUpdate("UPDATE INVENTORY_COUNTER SET NEXT_VALUE = 1 WHERE NAME = 'sales-rollup'");
                }
                connection.commit();
                return cells.size();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    /** Whether the rollups have never been filled from the orders (a database from before them). */
    public static boolean needsFilling(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT NEXT_VALUE FROM INVENTORY_COUNTER WHERE NAME = 'sales-rollup'")) {
            return !rows.next() || rows.getLong(1) == 0;
        }
    }
}
