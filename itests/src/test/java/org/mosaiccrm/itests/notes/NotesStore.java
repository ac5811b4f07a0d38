package org.mosaiccrm.itests.notes;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.licensing.LicensedFeature;
import org.mosaiccrm.kernel.api.problem.NotFoundException;
import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.kernel.api.security.CallerContext;
import org.mosaiccrm.kernel.api.security.PortalScope;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The module's gate: it exists only while the license grants {@code notes}; everything else needs it.
 * Notes belong to a customer, and a portal customer reads and writes its own customer's notes only.
 */
@Component(service = NotesStore.class)
public class NotesStore {

    public record Note(long id, String text, String customer) {
    }

    private final DataSource dataSource;
    private final CallerContext callers;

    @Activate
    public NotesStore(@Reference(target = "(crm.feature=notes)") LicensedFeature license,
                      @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource,
                      @Reference CallerContext callers) throws SQLException {
        this.dataSource = dataSource;
        this.callers = callers;
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "ITEST_NOTES", null)) {
            if (!tables.next()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE ITEST_NOTES (ID BIGINT NOT NULL GENERATED ALWAYS AS IDENTITY PRIMARY KEY, "
                            + "TEXT VARCHAR(200) NOT NULL, CUSTOMER_ID VARCHAR(64) NOT NULL)");
                }
            }
        }
    }

    public void add(String text, String customer) throws SQLException {
        PortalScope scope = callers.portalScope();
        if (scope.restricted()) {
            if (scope.customerId() == null) {
                throw new NotFoundException("Customer", customer);
            }
            customer = scope.customerId(); // a portal customer writes for itself, whatever it asks
        }
        if (customer == null || customer.isBlank()) {
            throw new ValidationException("customer", "is required");
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ITEST_NOTES (TEXT, CUSTOMER_ID) VALUES (?, ?)")) {
            insert.setString(1, text);
            insert.setString(2, customer);
            insert.executeUpdate();
        }
    }

    public List<Note> all() throws SQLException {
        PortalScope scope = callers.portalScope();
        if (scope.restricted() && scope.customerId() == null) {
            return List.of();
        }
        String sql = "SELECT ID, TEXT, CUSTOMER_ID FROM ITEST_NOTES" + (scope.restricted() ? " WHERE CUSTOMER_ID = ?" : "")
                + " ORDER BY ID";
        List<Note> notes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            if (scope.restricted()) {
                select.setString(1, scope.customerId());
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    notes.add(new Note(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return notes;
    }

    /** Another customer's note does not exist for a portal customer: 404, not 403. */
    public Note get(long id) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT ID, TEXT, CUSTOMER_ID FROM ITEST_NOTES WHERE ID = ?")) {
            select.setLong(1, id);
            try (ResultSet rs = select.executeQuery()) {
                if (rs.next() && callers.portalScope().allows(rs.getString(3))) {
                    return new Note(rs.getLong(1), rs.getString(2), rs.getString(3));
                }
            }
        }
        throw new NotFoundException("Note", id);
    }
}
