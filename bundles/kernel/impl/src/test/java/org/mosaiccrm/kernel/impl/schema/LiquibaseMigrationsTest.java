package org.mosaiccrm.kernel.impl.schema;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

/** The schema extender's migrations against a real (in-memory) Derby, with Liquibase as shipped. */
public class LiquibaseMigrationsTest {

    private static final String V1 = "db/sample/changelog.xml";
    private static final ClassLoader RESOURCES = LiquibaseMigrationsTest.class.getClassLoader();
    // Liquibase reports progress and the expected failure on the console; the assertions say what matters
    private static final java.util.logging.Logger LIQUIBASE = java.util.logging.Logger.getLogger("liquibase");

    static {
        LIQUIBASE.setLevel(java.util.logging.Level.OFF);
    }

    private EmbeddedDataSource dataSource;
    private LiquibaseMigrations migrations;

    @Before
    public void freshDatabase() {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:schema-" + UUID.randomUUID());
        dataSource.setCreateDatabase("create");
        migrations = new LiquibaseMigrations(dataSource);
    }

    @Test
    public void aFreshDatabaseGetsTheTablesAndTheModuleItsOwnHistory() throws SQLException {
        SchemaOutcome outcome = migrations.migrate("sample", "test.bundle", RESOURCES, V1);

        assertNull(outcome.failure());
        assertEquals(List.of("db/sample/001-notes.xml::001-note::test"), outcome.applied());
        assertEquals("EXECUTED", outcome.history().get(0).outcome());
        assertTrue(tables().containsAll(List.of("SAMPLE_NOTE", "SAMPLE_SCHEMA_LOG", "SAMPLE_SCHEMA_LOCK")));
        assertFalse("no shared Liquibase history table", tables().contains("DATABASECHANGELOG"));
    }

    @Test
    public void theNextStartAppliesNothing() {
        migrations.migrate("sample", "test.bundle", RESOURCES, V1);

        SchemaOutcome again = migrations.migrate("sample", "test.bundle", RESOURCES, V1);

        assertNull(again.failure());
        assertEquals(List.of(), again.applied());
        assertEquals(1, again.history().size());
    }

    @Test
    public void aTableAnEarlierReleaseCreatedIsAdoptedWithItsRows() throws SQLException {
        execute("CREATE TABLE SAMPLE_NOTE (ID VARCHAR(36) NOT NULL PRIMARY KEY, BODY VARCHAR(200))",
                "INSERT INTO SAMPLE_NOTE VALUES ('n1', 'Rappeler Mme Lefèvre')");

        SchemaOutcome outcome = migrations.migrate("sample", "test.bundle", RESOURCES, V1);

        assertNull(outcome.failure());
        assertEquals("MARK_RAN", outcome.history().get(0).outcome());
        assertEquals("Rappeler Mme Lefèvre", single("SELECT BODY FROM SAMPLE_NOTE WHERE ID = 'n1'"));
    }

    @Test
    public void aLaterReleaseAddsAndBackfillsAColumnKeepingTheRows() throws SQLException {
        migrations.migrate("sample", "test.bundle", RESOURCES, V1);
        execute("INSERT INTO SAMPLE_NOTE (ID, BODY) VALUES ('n1', 'Devis envoyé')");

        SchemaOutcome upgrade = migrations.migrate("sample", "test.bundle", RESOURCES, "db/sample/changelog-v2.xml");

        assertNull(upgrade.failure());
        assertEquals(List.of("db/sample/002-note-author.xml::002-note-author::test"), upgrade.applied());
        assertEquals("Devis envoyé", single("SELECT BODY FROM SAMPLE_NOTE WHERE ID = 'n1'"));
        assertEquals("unknown", single("SELECT AUTHOR FROM SAMPLE_NOTE WHERE ID = 'n1'"));
    }

    @Test
    public void aFailingChangeSetIsRolledBackWholeAndNamedInTheFailure() throws SQLException {
        SchemaOutcome outcome = migrations.migrate("sample", "test.bundle", RESOURCES, "db/sample/changelog-broken.xml");

        assertTrue(outcome.failed());
        assertTrue(outcome.failure(), outcome.failure().contains("002-half-done"));
        assertFalse("the failed change set left nothing behind", tables().contains("SAMPLE_HALF"));
        assertTrue("the change set before it stays applied", tables().contains("SAMPLE_NOTE"));
        assertEquals(List.of("db/sample/001-notes.xml::001-note::test"),
                outcome.history().stream().map(AppliedChangeSet::key).toList());
        assertEquals("the lock is released for the next try", "0",
                single("SELECT COUNT(*) FROM SAMPLE_SCHEMA_LOCK WHERE LOCKED = TRUE"));
    }

    @Test
    public void modulesKeepSeparateHistories() throws SQLException {
        migrations.migrate("sample", "test.bundle", RESOURCES, V1);
        migrations.migrate("other-module", "other.bundle", RESOURCES, "db/sample/changelog-v2.xml");

        assertTrue(tables().containsAll(List.of("SAMPLE_SCHEMA_LOG", "OTHER_MODULE_SCHEMA_LOG")));
        assertEquals("1", single("SELECT COUNT(*) FROM SAMPLE_SCHEMA_LOG"));
        // the other module's history does not know sample's change set: it adopts the table (MARK_RAN)
        assertEquals("MARK_RAN", single("SELECT EXECTYPE FROM OTHER_MODULE_SCHEMA_LOG WHERE ID = '001-note'"));
    }

    @Test
    public void anUnreachableDatabaseIsAFailureNotAnException() {
        EmbeddedDataSource missing = new EmbeddedDataSource();
        missing.setDatabaseName("memory:does-not-exist-" + UUID.randomUUID());

        SchemaOutcome outcome = new LiquibaseMigrations(missing).migrate("sample", "test.bundle", RESOURCES, V1);

        assertTrue(outcome.failure(), outcome.failure().startsWith("the database is not reachable"));
    }

    @Test
    public void aSchemaHeaderNamesAModuleAndAChangelogInsideTheBundle() {
        assertEquals(new SchemaDeclaration("warranty", "db/warranty/changelog.xml"),
                SchemaDeclaration.parse("db/warranty/changelog.xml;module=warranty"));
        assertEquals(new SchemaDeclaration("after-sales", "db/x.xml"), SchemaDeclaration.parse("db/x.xml; module=\"after-sales\""));
        for (String bad : List.of("db/x.xml", "db/x.xml;module=Contacts", "db/x.xml;module=a b", "/etc/x.xml;module=x",
                "db/../../x.xml;module=x", "db/x.sql;module=x", ";module=x")) {
            assertThrows(bad, IllegalArgumentException.class, () -> SchemaDeclaration.parse(bad));
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             ResultSet rs = connection.getMetaData().getTables(null, "APP", "%", new String[] { "TABLE" })) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private void execute(String... statements) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private String single(String query) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(query)) {
            assertTrue(query, rs.next());
            return rs.getString(1);
        }
    }
}
