package org.mosaiccrm.itests.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * The floor an import is compared with: plain JDBC batch inserts of the same rows (a customer, its
 * e-mail and phone, a tag) into a copy of the CRM's own Derby database, so the same Derby, the same
 * tables and the same indexes, on the same disk, with Derby's default (durable) settings.
 */
final class RawJdbcFloor {

    static final int BATCH = 1000;

    /** Rows per second overall, and the seconds the first and the last tenth of the rows took. */
    record Figures(double rowsPerSecond, double firstTenthSeconds, double lastTenthSeconds) {
    }

    private RawJdbcFloor() {
    }

    /**
     * @param derbySettings the {@code derby.*} system properties the CRM's Derby runs with (its page
     *                      cache): the floor runs with the same, set before Derby boots in this JVM
     */
    static Figures insert(Path database, int rows, java.util.Map<String, String> derbySettings) throws SQLException {
        derbySettings.forEach(System::setProperty);
        Timestamp now = Timestamp.from(Instant.now());
        try (Connection db = DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath());
             PreparedStatement customer = db.prepareStatement("INSERT INTO CONTACTS_CUSTOMER (ID, VERSION, KIND, DISPLAY_NAME, "
                     + "NAME_KEY, FIRST_NAME, LAST_NAME, STATUS, TIER, EXTERNAL_ID, CREATED_AT, CREATED_BY, UPDATED_AT, UPDATED_BY) "
                     + "VALUES (?, 1, 'PERSON', ?, ?, ?, ?, 'PROSPECT', ?, ?, ?, 'bench', ?, 'bench')");
             PreparedStatement point = db.prepareStatement("INSERT INTO CONTACTS_CONTACT_POINT (ID, CUSTOMER_ID, POINT_TYPE, "
                     + "POINT_VALUE, LOOKUP_KEY, IS_PRIMARY, POSITION) VALUES (?, ?, ?, ?, ?, 1, ?)");
             PreparedStatement tag = db.prepareStatement("INSERT INTO CONTACTS_CUSTOMER_TAG (CUSTOMER_ID, TAG) VALUES (?, ?)")) {
            db.setAutoCommit(false);
            long start = System.nanoTime();
            long firstTenthEnd = 0;
            long lastTenthStart = 0;
            for (int i = 0; i < rows; i++) {
                if (i == rows - rows / 10) {
                    lastTenthStart = System.nanoTime();
                }
                String id = UUID.randomUUID().toString();
                String last = CustomerFile.LAST[i % CustomerFile.LAST.length] + "-" + Integer.toString(i, 36);
                String first = CustomerFile.FIRST[i % CustomerFile.FIRST.length];
                customer.setString(1, id);
                customer.setString(2, first + " " + last);
                customer.setString(3, (first + " " + last).toLowerCase(java.util.Locale.ROOT));
                customer.setString(4, first);
                customer.setString(5, last);
                customer.setString(6, i % 20 == 0 ? "gold" : null);
                customer.setString(7, "FLOOR-" + i);
                customer.setTimestamp(8, now);
                customer.setTimestamp(9, now);
                customer.addBatch();
                addPoint(point, id, "EMAIL", "floor." + i + "@example.org", 0);
                addPoint(point, id, "PHONE", "+337" + String.format("%08d", i), 1);
                tag.setString(1, id);
                tag.setString(2, CustomerFile.TAGS[i % CustomerFile.TAGS.length]);
                tag.addBatch();
                if ((i + 1) % BATCH == 0 || i == rows - 1) {
                    customer.executeBatch();
                    point.executeBatch();
                    tag.executeBatch();
                    db.commit();
                }
                if (i + 1 == rows / 10) {
                    firstTenthEnd = System.nanoTime();
                }
            }
            long end = System.nanoTime();
            return new Figures(rows / ((end - start) / 1e9), (firstTenthEnd - start) / 1e9, (end - lastTenthStart) / 1e9);
        } finally {
            try {
                DriverManager.getConnection("jdbc:derby:" + database.toAbsolutePath() + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
    }

    private static void addPoint(PreparedStatement point, String customerId, String type, String value, int position)
            throws SQLException {
        point.setString(1, UUID.randomUUID().toString());
        point.setString(2, customerId);
        point.setString(3, type);
        point.setString(4, value);
        point.setString(5, value);
        point.setInt(6, position);
        point.addBatch();
    }
}
