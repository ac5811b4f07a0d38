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
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** The module's gate: it exists only while the license grants {@code notes}; everything else needs it. */
@Component(service = NotesStore.class)
public class NotesStore {

    private final DataSource dataSource;

    @Activate
    public NotesStore(@Reference(target = "(crm.feature=notes)") LicensedFeature license,
                      @Reference(target = "(osgi.jndi.service.name=crm)") DataSource dataSource) throws SQLException {
        this.dataSource = dataSource;
        try (Connection connection = dataSource.getConnection();
             ResultSet tables = connection.getMetaData().getTables(null, null, "ITEST_NOTES", null)) {
            if (!tables.next()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE ITEST_NOTES (TEXT VARCHAR(200) NOT NULL)");
                }
            }
        }
    }

    public void add(String text) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("INSERT INTO ITEST_NOTES (TEXT) VALUES (?)")) {
            insert.setString(1, text);
            insert.executeUpdate();
        }
    }

    public List<String> all() throws SQLException {
        List<String> notes = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT TEXT FROM ITEST_NOTES")) {
            while (rs.next()) {
                notes.add(rs.getString(1));
            }
        }
        return notes;
    }
}
