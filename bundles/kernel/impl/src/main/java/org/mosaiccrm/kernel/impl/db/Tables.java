package org.mosaiccrm.kernel.impl.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The kernel's own tables: created when missing, never dropped. */
public final class Tables {

    private Tables() {
    }

    /** Creates {@code table} with {@code ddl} and its {@code indexes} unless it exists. */
    public static void ensure(Connection connection, String table, String ddl, String... indexes) throws SQLException {
        if (exists(connection, table)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(ddl);
            for (String index : indexes) {
                statement.execute(index);
            }
        } catch (SQLException e) {
            // created meanwhile by a concurrent activation
            if (!exists(connection, table)) {
                throw e;
            }
        }
    }

    public static boolean exists(Connection connection, String table) throws SQLException {
        for (String name : new String[] { table, table.toLowerCase() }) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
