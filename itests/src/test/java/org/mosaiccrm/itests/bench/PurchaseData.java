package org.mosaiccrm.itests.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * A purchase history with the structure real customers have, for the reporting benchmark (written with JDBC into
 * the stopped CRM, like {@link InventoryData}), so that the prediction models have something to find and their
 * holdout scores mean something next to the baselines:
 * <ul>
 * <li>every customer buys a consumable of their own (one of 100) at their own pace, every 14 to 90 days give or take
 *     15 %: a personal interval the product's average does not know;</li>
 * <li>half of them bought a machine (one of 50); 70 % of those buy its accessory 10 to 60 days later;</li>
 * <li>a third stop buying for good at a random day (churn); the others go on to the end;</li>
 * <li>now and then an occasional item, popular ones more often (the noise).</li>
 * </ul>
 * Orders of one to three lines over two years, in the customer's home location: every customer's whole history
 * (about 14 lines a customer), so the number of customers sets the number of lines.
 */
final class PurchaseData {

    private static final long TWO_YEARS = 730;

    private PurchaseData() {
    }

    static InventoryData.Figures generate(Connection db, Instant now) throws SQLException {
        long started = System.nanoTime();
        db.setAutoCommit(false);
        List<InventoryData.Product> products = InventoryData.products(db);
        List<String> locations = InventoryData.column(db, "SELECT CODE FROM INVENTORY_LOCATION ORDER BY CODE");
        List<String> customers = InventoryData.column(db, "SELECT ID FROM CONTACTS_CUSTOMER ORDER BY ID");
        Random random = new Random(18);
        int orders = 0, written = 0;
        try (PreparedStatement order = db.prepareStatement("INSERT INTO INVENTORY_ORDER (ID, ORDER_NUMBER, VERSION, CUSTOMER_ID, STATUS, "
                + "CHANNEL, SALES_REP, LOCATION_CODE, CURRENCY, SUBTOTAL, TAX, TOTAL, PAID, CREDIT_OVERRIDDEN, PLACED_AT, PLACED_BY) "
                + "VALUES (?, ?, 1, ?, 'DELIVERED', 'STORE', 'demo-sales', ?, 'EUR', ?, ?, ?, ?, FALSE, ?, 'demo-sales')");
             PreparedStatement line = db.prepareStatement(InventoryData.LINE_INSERT)) {
            boolean more = true;
            for (int round = 0; more; round++) {
                more = false;
                for (int c = 0; c < customers.size(); c++) {
                    Random own = new Random(c * 31L + 7); // a customer's habits, the same at every round
                    InventoryData.Product consumable = products.get(100 + own.nextInt(100));
                    double interval = 14 + own.nextInt(77);
                    double start = own.nextDouble() * 120;
                    double stopAt = own.nextInt(3) == 0 ? 120 + own.nextDouble() * (TWO_YEARS - 120) : TWO_YEARS;
                    boolean hasMachine = own.nextBoolean();
                    int machine = own.nextInt(50);
                    double machineDay = own.nextDouble() * TWO_YEARS * 0.8;
                    boolean buysAccessory = own.nextInt(10) < 7;
                    double accessoryDay = machineDay + 10 + own.nextInt(51);
                    String location = locations.get(own.nextInt(locations.size()));
                    // this round's purchase of the consumable
                    double day = start + round * interval * (0.85 + random.nextDouble() * 0.3);
                    if (day >= stopAt || day >= TWO_YEARS) {
                        continue;
                    }
                    more = true;
                    int lineNo = 0;
                    String id = UUID.randomUUID().toString();
                    BigDecimal subtotal = BigDecimal.ZERO;
                    subtotal = subtotal.add(InventoryData.addLine(line, id, ++lineNo, consumable, 1 + random.nextInt(2)));
                    if (hasMachine && round == (int) ((machineDay - start) / interval) && machineDay < stopAt) {
                        subtotal = subtotal.add(InventoryData.addLine(line, id, ++lineNo, products.get(machine), 1));
                    }
                    if (hasMachine && buysAccessory && round == (int) ((accessoryDay - start) / interval) && accessoryDay < stopAt) {
                        subtotal = subtotal.add(InventoryData.addLine(line, id, ++lineNo, products.get(50 + machine), 1));
                    }
                    if (lineNo < 3 && random.nextInt(4) == 0) {
                        double skew = random.nextDouble();
                        subtotal = subtotal.add(InventoryData.addLine(line, id, ++lineNo, products.get(200 + (int) ((products.size() - 200) * skew * skew * skew)), 1));
                    }
                    BigDecimal tax = subtotal.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_EVEN);
                    order.setString(1, id);
                    order.setString(2, "HIS-" + orders);
                    order.setString(3, customers.get(c));
                    order.setString(4, location);
                    order.setBigDecimal(5, subtotal);
                    order.setBigDecimal(6, tax);
                    order.setBigDecimal(7, subtotal.add(tax));
                    order.setBigDecimal(8, subtotal.add(tax));
                    order.setTimestamp(9, Timestamp.from(now.minus(Duration.ofMinutes((long) ((TWO_YEARS - day) * 24 * 60)))));
                    order.addBatch();
                    orders++;
                    written += lineNo;
                    if (orders % 1000 == 0) {
                        order.executeBatch();
                        line.executeBatch();
                        db.commit();
                    }
                }

            }
            order.executeBatch();
            line.executeBatch();
            db.commit();
        }
        return new InventoryData.Figures(0, orders, written, (System.nanoTime() - started) / 1e9);
    }
}
