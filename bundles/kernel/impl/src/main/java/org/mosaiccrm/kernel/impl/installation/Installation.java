package org.mosaiccrm.kernel.impl.installation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.schema.ModuleSchema;
import org.mosaiccrm.kernel.impl.schema.KernelSchema;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The identity of this CRM installation, created on first boot and kept in the database:
 * a stable id (licenses and support tickets can name it) and when the CRM was installed.
 */
@Component(service = Installation.class)
public class Installation {

    static final String TABLE = "KERNEL_INSTALLATION";

    private final String id;
    private final Instant installedAt;

    @Activate
    public Installation(@Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource,
                        @Reference(target = KernelSchema.TARGET) ModuleSchema schema) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Row row = read(connection);
            if (row == null) {
                insert(connection, UUID.randomUUID().toString(), Instant.now());
                row = read(connection);
            }
            this.id = row.id();
            this.installedAt = row.installedAt();
        }
    }

    public String id() {
        return id;
    }

    public Instant installedAt() {
        return installedAt;
    }

    private record Row(String id, Instant installedAt) {
    }

    private static Row read(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT ID, INSTALLED_AT FROM " + TABLE + " ORDER BY INSTALLED_AT")) {
            return rs.next() ? new Row(rs.getString(1), rs.getTimestamp(2).toInstant()) : null;
        }
    }

    private static void insert(Connection connection, String id, Instant at) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO " + TABLE + " (ID, INSTALLED_AT) VALUES (?, ?)")) {
            insert.setString(1, id);
            insert.setTimestamp(2, Timestamp.from(at));
            insert.executeUpdate();
        }
    }
}
