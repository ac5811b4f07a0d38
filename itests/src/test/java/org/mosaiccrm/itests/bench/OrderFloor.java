package org.mosaiccrm.itests.bench;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The floors of the inventory benchmark, by plain JDBC in a copy of the CRM's Derby (same Derby, tables,
 * indexes and settings): an order placed as the CRM places it — the number's counter row, the open balance
 * of the credit check, the order, its three lines, each line's guarded stock reservation and its ledger
 * entry, the customer's timeline entry and the audit row — in one transaction; and the set queries
 * replenishment reads.
 */
final class OrderFloor {

    /** An order to place: its customer, location and three products. */
    record Order(String customer, String location, List<InventoryData.Product> products) {
    }

    private OrderFloor() {
    }

    /** Orders per second with {@code clients} connections, each placing {@code orders.size() / clients} orders. */
    static double place(Path database, Map<String, String> derbySettings, List<Order> orders, int clients) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Connection db = InventoryData.open(database, derbySettings);
            db.setAutoCommit(false);
            connections.add(db);
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            long start = System.nanoTime();
            List<Future<Integer>> done = new ArrayList<>();
            int each = orders.size() / clients;
            for (int c = 0; c < clients; c++) {
                Connection db = connections.get(c);
                List<Order> mine = orders.subList(c * each, (c + 1) * each);
                done.add(pool.submit(() -> {
                    for (Order order : mine) {
                        placeOne(db, order);
                    }
                    return mine.size();
                }));
            }
            int placed = 0;
            for (Future<Integer> result : done) {
                placed += result.get();
            }
            return placed / ((System.nanoTime() - start) / 1e9);
        } finally {
            pool.shutdownNow();
            for (Connection db : connections) {
                db.close();
            }
        }
    }

    private static void placeOne(Connection db, Order order) throws SQLException {
        Timestamp now = Timestamp.from(Instant.now());
        String id = UUID.randomUUID().toString();
        try {
            long number;
            try (PreparedStatement counter = db.prepareStatement("UPDATE INVENTORY_COUNTER SET NEXT_VALUE = NEXT_VALUE + 1 WHERE NAME = 'order'");
                 PreparedStatement read = db.prepareStatement("SELECT NEXT_VALUE FROM INVENTORY_COUNTER WHERE NAME = 'order'")) {
                counter.executeUpdate();
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    number = row.getLong(1);
                }
            }
            try (PreparedStatement balance = db.prepareStatement("SELECT SUM(TOTAL - PAID) FROM INVENTORY_ORDER WHERE CUSTOMER_ID = ? "
                    + "AND CURRENCY = 'EUR' AND STATUS <> 'CANCELLED' AND STATUS <> 'RETURNED'")) {
                balance.setString(1, order.customer());
                try (ResultSet row = balance.executeQuery()) {
                    row.next();
                    row.getBigDecimal(1);
                }
            }
            BigDecimal subtotal = BigDecimal.ZERO;
            for (InventoryData.Product product : order.products()) {
                subtotal = subtotal.add(product.price());
            }
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO INVENTORY_ORDER (ID, ORDER_NUMBER, VERSION, CUSTOMER_ID, STATUS, "
                    + "CHANNEL, SALES_REP, LOCATION_CODE, CURRENCY, SUBTOTAL, TAX, TOTAL, PAID, CREDIT_OVERRIDDEN, PLACED_AT, PLACED_BY) "
                    + "VALUES (?, ?, 1, ?, 'PLACED', 'STORE', 'demo-sales', ?, 'EUR', ?, ?, ?, 0, FALSE, ?, 'demo-sales')")) {
                insert.setString(1, id);
                insert.setString(2, "FLOOR-" + number);
                insert.setString(3, order.customer());
                insert.setString(4, order.location());
                insert.setBigDecimal(5, subtotal);
                insert.setBigDecimal(6, subtotal.multiply(new BigDecimal("0.2")));
                insert.setBigDecimal(7, subtotal.multiply(new BigDecimal("1.2")));
                insert.setTimestamp(8, now);
                insert.executeUpdate();
            }
            try (PreparedStatement line = db.prepareStatement("INSERT INTO INVENTORY_ORDER_LINE (ORDER_ID, LINE_NO, PRODUCT_ID, QUANTITY, "
                    + "UNIT_PRICE, DISCOUNT, TAX_RATE, LINE_TOTAL, RESERVED, SHIPPED) VALUES (?, ?, ?, 1, ?, 0, 0.2, ?, 1, 0)");
                 PreparedStatement reserve = db.prepareStatement("UPDATE INVENTORY_STOCK SET RESERVED = RESERVED + 1 WHERE PRODUCT_ID = ? "
                         + "AND LOCATION_CODE = ? AND ON_HAND - RESERVED >= 1");
                 PreparedStatement ledger = db.prepareStatement("INSERT INTO INVENTORY_LEDGER (PRODUCT_ID, LOCATION_CODE, KIND, QUANTITY, "
                         + "ORDER_ID, USER_NAME, RECORDED_AT) VALUES (?, ?, 'RESERVATION', 1, ?, 'demo-sales', ?)")) {
                int no = 0;
                for (InventoryData.Product product : order.products()) {
                    line.setString(1, id);
                    line.setInt(2, ++no);
                    line.setString(3, product.id());
                    line.setBigDecimal(4, product.price());
                    line.setBigDecimal(5, product.price());
                    line.executeUpdate();
                    reserve.setString(1, product.id());
                    reserve.setString(2, order.location());
                    reserve.executeUpdate();
                    ledger.setString(1, product.id());
                    ledger.setString(2, order.location());
                    ledger.setString(3, id);
                    ledger.setTimestamp(4, now);
                    ledger.executeUpdate();
                }
            }
            try (PreparedStatement timeline = db.prepareStatement("INSERT INTO CONTACTS_INTERACTION (ID, OCCURRED_AT, CHANNEL, CUSTOMER_ID, "
                    + "DIRECTION, MODULE_NAME, REFERENCE_ID, SUBJECT, SUMMARY, USER_NAME) VALUES (?, ?, 'VISIT', ?, 'INBOUND', 'inventory', ?, ?, "
                    + "'3 ligne(s)', 'demo-sales')");
                 PreparedStatement audit = db.prepareStatement("INSERT INTO KERNEL_AUDIT (RECORDED_AT, USER_NAME, MODULE, ENTITY_TYPE, "
                         + "ENTITY_ID, ACTION_TYPE, CHANGES) VALUES (?, 'demo-sales', 'inventory', 'Order', ?, 'CREATE', ?)")) {
                timeline.setString(1, UUID.randomUUID().toString());
                timeline.setTimestamp(2, now);
                timeline.setString(3, order.customer());
                timeline.setString(4, id);
                timeline.setString(5, "Commande FLOOR-" + number);
                timeline.executeUpdate();
                audit.setTimestamp(1, now);
                audit.setString(2, id);
                audit.setString(3, "[{\"field\":\"customerId\",\"after\":\"" + order.customer() + "\"}]");
                audit.executeUpdate();
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        }
    }

    /** Seconds the set queries of replenishment take, their rows read and thrown away. */
    static double replenishmentQueries(Path database, Map<String, String> derbySettings, Instant now, int windowDays) throws SQLException {
        try (Connection db = InventoryData.open(database, derbySettings)) {
            long start = System.nanoTime();
            try (PreparedStatement sales = db.prepareStatement("SELECT s.PRODUCT_ID, s.LOCATION_CODE, DATE(s.RECORDED_AT), SUM(-s.QUANTITY) "
                    + "FROM INVENTORY_LEDGER s WHERE s.KIND = 'SALE' AND s.RECORDED_AT >= ? GROUP BY s.PRODUCT_ID, s.LOCATION_CODE, DATE(s.RECORDED_AT)")) {
                sales.setTimestamp(1, Timestamp.from(now.minus(java.time.Duration.ofDays(windowDays))));
                drain(sales);
            }
            try (PreparedStatement decisions = db.prepareStatement("SELECT PRODUCT_ID, LOCATION_CODE, ON_ORDER, SNOOZED_UNTIL FROM INVENTORY_REPLENISHMENT");
                 PreparedStatement products = db.prepareStatement("SELECT p.ID, p.SKU, p.NAME FROM INVENTORY_PRODUCT p "
                         + "WHERE p.SERVICE = FALSE AND p.ACTIVE = TRUE");
                 PreparedStatement levels = db.prepareStatement("SELECT s.PRODUCT_ID, s.LOCATION_CODE, s.ON_HAND - s.RESERVED, "
                         + "s.MINIMUM, s.MAXIMUM FROM INVENTORY_STOCK s")) {
                drain(decisions);
                drain(products);
                drain(levels);
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    private static void drain(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                for (int i = 1; i <= columns; i++) {
                    rows.getObject(i);
                }
            }
        }
    }

    /** Orders of three products in stock at their location, for the CRM and the floor alike. */
    static List<Order> orders(int count, List<String> customers, List<String> locations, List<InventoryData.Product> products, long seed) {
        Random random = new Random(seed);
        List<Order> orders = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<InventoryData.Product> three = new ArrayList<>();
            while (three.size() < 3) {
                InventoryData.Product product = products.get(random.nextInt(products.size()));
                if (!three.contains(product)) {
                    three.add(product);
                }
            }
            orders.add(new Order(customers.get(random.nextInt(customers.size())), locations.get(random.nextInt(locations.size())), three));
        }
        return orders;
    }
}
