package org.mosaiccrm.itests.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * The inventory benchmark's history, written with JDBC into the CRM's Derby while the CRM is stopped (the API
 * places orders now; two years of them through it would take hours): stock for every product × location, and
 * orders over two years — three lines each, delivered and paid, with the ledger's SALE of every line and an
 * opening receipt per product × location so that the ledger adds up to the stock. Popular products sell far more than the rest, a tenth of the customers buy a consumable
 * every month or so (what reorder predictions find), and one region sells twice as fast as the others.
 */
final class InventoryData {

    static final int LINES_PER_ORDER = 3;

    /** What was generated, for the report. */
    record Figures(int stockRows, int orders, int lines, double seconds) {
    }

    /** A product as the generator and the floor need it. */
    record Product(String id, String sku, BigDecimal price) {
    }

    /** The insert {@link #addLine} binds: a delivered line at the catalog price, 20 % VAT, shipped whole. */
    static final String LINE_INSERT = "INSERT INTO INVENTORY_ORDER_LINE (ORDER_ID, LINE_NO, PRODUCT_ID, QUANTITY, UNIT_PRICE, DISCOUNT, "
            + "TAX_RATE, LINE_TOTAL, RESERVED, SHIPPED) VALUES (?, ?, ?, ?, ?, 0, 0.2, ?, 0, ?)";

    private InventoryData() {
    }

    /** Adds a line of {@link #LINE_INSERT} to its batch; returns its total before tax. */
    static BigDecimal addLine(PreparedStatement line, String orderId, int number, Product product, long quantity) throws SQLException {
        BigDecimal total = product.price().multiply(BigDecimal.valueOf(quantity)).setScale(2, RoundingMode.HALF_EVEN);
        line.setString(1, orderId);
        line.setInt(2, number);
        line.setString(3, product.id());
        line.setLong(4, quantity);
        line.setBigDecimal(5, product.price());
        line.setBigDecimal(6, total);
        line.setLong(7, quantity);
        line.addBatch();
        return total;
    }

    static Connection open(Path database, java.util.Map<String, String> derbySettings) throws SQLException {
        derbySettings.forEach(System::setProperty);
        return DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
    }

    static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true").close();
        } catch (SQLException expected) {
            // Derby reports a clean shutdown as an exception
        }
    }

    static List<String> column(Connection db, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    static List<Product> products(Connection db) throws SQLException {
        List<Product> products = new ArrayList<>();
        try (Statement statement = db.createStatement();
             ResultSet rows = statement.executeQuery("SELECT ID, SKU, UNIT_PRICE FROM INVENTORY_PRODUCT ORDER BY SKU")) {
            while (rows.next()) {
                products.add(new Product(rows.getString(1), rows.getString(2), rows.getBigDecimal(3)));
            }
        }
        return products;
    }

    static Figures generate(Connection db, int orderLines, Instant now) throws SQLException {
        long start = System.nanoTime();
        db.setAutoCommit(false);
        List<Product> products = products(db);
        List<String> locations = column(db, "SELECT CODE FROM INVENTORY_LOCATION ORDER BY CODE");
        List<String> customers = column(db, "SELECT ID FROM CONTACTS_CUSTOMER ORDER BY ID");
        try (Statement statement = db.createStatement()) {
            // every customer may order: a limit the credit check reads (the generated history leaves no open balance)
            statement.executeUpdate("UPDATE CONTACTS_CUSTOMER SET CREDIT_LIMIT = 50000, PAYMENT_TERMS = '30 jours fin de mois'");
        }
        db.commit();
        Random random = new Random(7);
        java.util.Map<String, Long> sold = new java.util.HashMap<>(); // product \0 location -> units
        int orders = orderLines / LINES_PER_ORDER;
        long twoYears = Duration.ofDays(730).toSeconds();
        try (PreparedStatement order = db.prepareStatement("INSERT INTO INVENTORY_ORDER (ID, ORDER_NUMBER, VERSION, CUSTOMER_ID, STATUS, "
                + "CHANNEL, SALES_REP, LOCATION_CODE, CURRENCY, SUBTOTAL, TAX, TOTAL, PAID, CREDIT_OVERRIDDEN, PLACED_AT, PLACED_BY) "
                + "VALUES (?, ?, 1, ?, ?, 'STORE', 'demo-sales', ?, 'EUR', ?, ?, ?, ?, FALSE, ?, 'demo-sales')");
             PreparedStatement line = db.prepareStatement(LINE_INSERT);
             PreparedStatement sale = db.prepareStatement("INSERT INTO INVENTORY_LEDGER (PRODUCT_ID, LOCATION_CODE, KIND, QUANTITY, ORDER_ID, "
                     + "USER_NAME, RECORDED_AT) VALUES (?, ?, 'SALE', ?, ?, 'demo-sales', ?)")) {
            for (int n = 0; n < orders; n++) {
                String customer = customers.get(random.nextInt(customers.size()));
                Instant placed = now.minusSeconds((long) (random.nextDouble() * twoYears));
                boolean loyal = n % 10 == 0;
                Product consumable = null;
                if (loyal) {
                    // a loyal customer buys their consumable about every 30 days: order n is their (n/10 % 24)th
                    int loyalCustomers = Math.max(1, customers.size() / 10);
                    int loyalIndex = (n / 10) % loyalCustomers;
                    customer = customers.get(loyalIndex * 10 % customers.size());
                    int month = (n / 10) / loyalCustomers;
                    placed = now.minus(Duration.ofDays(Math.max(1, (4 - month) * 30L - random.nextInt(5))));
                    consumable = products.get(loyalIndex % 50);
                }
                // one region in ten sells twice as fast: its five locations take a double share
                String location = locations.get(random.nextInt(6) == 0 ? random.nextInt(5) : random.nextInt(locations.size()));
                String id = UUID.randomUUID().toString();
                BigDecimal subtotal = BigDecimal.ZERO;
                for (int l = 1; l <= LINES_PER_ORDER; l++) {
                    double skew = random.nextDouble();
                    Product product = consumable != null && l == 1 ? consumable : products.get((int) (products.size() * skew * skew * skew));
                    int quantity = 1 + random.nextInt(3);
                    subtotal = subtotal.add(addLine(line, id, l, product, quantity));
                    sale.setString(1, product.id());
                    sale.setString(2, location);
                    sale.setLong(3, -quantity);
                    sale.setString(4, id);
                    sale.setTimestamp(5, Timestamp.from(placed.plus(Duration.ofHours(2))));
                    sale.addBatch();
                    sold.merge(product.id() + "\u0000" + location, (long) quantity, Long::sum);
                }
                BigDecimal tax = subtotal.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_EVEN);
                order.setString(1, id);
                order.setString(2, "GEN-" + n);
                order.setString(3, customer);
                order.setString(4, "DELIVERED");
                order.setString(5, location);
                order.setBigDecimal(6, subtotal);
                order.setBigDecimal(7, tax);
                order.setBigDecimal(8, subtotal.add(tax));
                order.setBigDecimal(9, subtotal.add(tax));
                order.setTimestamp(10, Timestamp.from(placed));
                order.addBatch();
                if ((n + 1) % 1000 == 0 || n == orders - 1) {
                    order.executeBatch();
                    line.executeBatch();
                    sale.executeBatch();
                    db.commit();
                }
            }
        }
        // stock is what the ledger says: an opening receipt two years ago of what was sold since plus what is left
        int stockRows = 0;
        Timestamp opening = Timestamp.from(now.minus(Duration.ofDays(731)));
        try (PreparedStatement stock = db.prepareStatement("INSERT INTO INVENTORY_STOCK (PRODUCT_ID, LOCATION_CODE, ON_HAND, RESERVED, "
                + "MINIMUM, MAXIMUM) VALUES (?, ?, ?, 0, 0, 0)");
             PreparedStatement receipt = db.prepareStatement("INSERT INTO INVENTORY_LEDGER (PRODUCT_ID, LOCATION_CODE, KIND, QUANTITY, "
                     + "REASON, USER_NAME, RECORDED_AT) VALUES (?, ?, 'RECEIPT', ?, 'opening balance', 'bench', ?)")) {
            for (Product product : products) {
                for (String location : locations) {
                    long onHand = random.nextInt(400);
                    stock.setString(1, product.id());
                    stock.setString(2, location);
                    stock.setLong(3, onHand);
                    stock.addBatch();
                    receipt.setString(1, product.id());
                    receipt.setString(2, location);
                    receipt.setLong(3, onHand + sold.getOrDefault(product.id() + "\u0000" + location, 0L));
                    receipt.setTimestamp(4, opening);
                    receipt.addBatch();
                    if (++stockRows % 5000 == 0) {
                        stock.executeBatch();
                        receipt.executeBatch();
                        db.commit();
                    }
                }
            }
            stock.executeBatch();
            receipt.executeBatch();
            db.commit();
        }
        return new Figures(stockRows, orders, orders * LINES_PER_ORDER, (System.nanoTime() - start) / 1e9);
    }
}
