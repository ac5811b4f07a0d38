package org.mosaiccrm.kernel.impl.schema;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.analytics.configuration.AnalyticsArgs;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies a module's Liquibase changelog to the crm database. Each change set runs in its own
 * transaction (Derby and PostgreSQL both roll DDL back), so a failing one leaves the tables as the
 * previous one left them and is tried again at the next start. Each module keeps its own history
 * and lock tables, {@code <MODULE>_SCHEMA_LOG} and {@code <MODULE>_SCHEMA_LOCK}.
 */
final class LiquibaseMigrations {

    static final Pattern MODULE_NAME = Pattern.compile("[a-z][a-z0-9-]{0,39}");

    private final DataSource dataSource;

    LiquibaseMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    static String historyTable(String module) {
        return tablePrefix(module) + "_SCHEMA_LOG";
    }

    static String lockTable(String module) {
        return tablePrefix(module) + "_SCHEMA_LOCK";
    }

    private static String tablePrefix(String module) {
        return module.toUpperCase(Locale.ROOT).replace('-', '_');
    }

    /**
     * Brings {@code module}'s tables to {@code changelog}, read through {@code resources} (the module
     * bundle's class loader). Serialized: Liquibase's factories are process-wide, and two modules
     * starting together gain nothing from racing on one embedded database.
     */
    synchronized SchemaOutcome migrate(String module, String bundle, ClassLoader resources, String changelog) {
        List<AppliedChangeSet> before;
        try (Connection connection = dataSource.getConnection()) {
            before = history(connection, historyTable(module));
        } catch (SQLException e) {
            return failed(module, bundle, changelog, List.of(), "the database is not reachable: " + e.getMessage());
        }
        String failure = null;
        try (Connection connection = dataSource.getConnection()) {
            try {
                update(connection, module, resources, changelog);
                // each change set committed itself; this ends Liquibase's last read of the history
                finish(connection, true);
            } catch (Exception e) {
                failure = reason(e);
                finish(connection, false);
            }
        } catch (SQLException e) {
            failure = failure != null ? failure : "the database is not reachable: " + e.getMessage();
        }
        List<AppliedChangeSet> after;
        try (Connection connection = dataSource.getConnection()) {
            after = history(connection, historyTable(module));
        } catch (SQLException e) {
            after = before;
        }
        List<String> applied = after.stream().map(AppliedChangeSet::key)
                .filter(key -> before.stream().noneMatch(done -> done.key().equals(key))).toList();
        return new SchemaOutcome(module, bundle, changelog, java.time.Instant.now(), after, applied, failure);
    }

    private static SchemaOutcome failed(String module, String bundle, String changelog, List<AppliedChangeSet> history,
                                        String failure) {
        return new SchemaOutcome(module, bundle, changelog, java.time.Instant.now(), history, List.of(), failure);
    }

    private static void update(Connection connection, String module, ClassLoader resources, String changelog)
            throws Exception {
        Database database = database(connection);
        database.setDatabaseChangeLogTableName(historyTable(module));
        database.setDatabaseChangeLogLockTableName(lockTable(module));
        // Liquibase finds its own services (change types, generators, parsers) through the scope's class
        // loader: pinned to its bundle, they are found without relying on SPI Fly's weaving of the caller.
        Map<String, Object> scope = Map.of(
                Scope.Attr.classLoader.name(), Scope.class.getClassLoader(),
                Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(resources),
                // to the log, not System.out: in Karaf that is the console of whoever ran feature:install
                Scope.Attr.ui.name(), new LoggerUIService(),
                // from 4.30 Liquibase reports usage to its vendor unless told not to; a CRM does not call home
                AnalyticsArgs.ENABLED.getKey(), Boolean.FALSE);
        Scope.child(scope, () -> {
            // one node, and migrations serialized here: a lock still held was left by a process killed mid-migration,
            // and waiting for it (Liquibase waits 5 minutes, then fails) would keep the module down for nothing.
            // Several nodes (#21) must not do this.
            LockServiceFactory.getInstance().getLockService(database).forceReleaseLock();
            new CommandScope(UpdateCommandStep.COMMAND_NAME)
                    .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
                    .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
                    .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
                    .execute();
        });
    }

    private static Database database(Connection connection) throws Exception {
        JdbcConnection jdbc = new JdbcConnection(connection);
        if (connection.getMetaData().getDatabaseProductName().contains("Derby")) {
            Database derby = new CrmDerbyDatabase();
            derby.setConnection(jdbc);
            return derby;
        }
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(jdbc);
    }

    /** The module's history, oldest first; empty before its first migration. */
    static List<AppliedChangeSet> history(Connection connection, String table) throws SQLException {
        if (!tableExists(connection, table)) {
            return List.of();
        }
        List<AppliedChangeSet> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT ID, AUTHOR, FILENAME, DATEEXECUTED, EXECTYPE FROM " + table
                     + " ORDER BY ORDEREXECUTED")) {
            while (rs.next()) {
                Timestamp at = rs.getTimestamp(4);
                rows.add(new AppliedChangeSet(rs.getString(1), rs.getString(2), rs.getString(3),
                        at == null ? null : at.toInstant(), rs.getString(5)));
            }
        }
        return rows;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        for (String name : new String[] { table, table.toLowerCase(Locale.ROOT) }) {
            try (ResultSet tables = connection.getMetaData().getTables(null, null, name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void finish(Connection connection, boolean success) throws SQLException {
        if (!connection.getAutoCommit()) {
            if (success) {
                connection.commit();
            } else {
                connection.rollback();
            }
        }
    }

    private static final Pattern FAILED_CHANGE_SET = Pattern.compile("Migration failed for change ?set (\\S+?):?\\s");

    /**
     * What an administrator needs: which change set failed and the database's own words, without Java
     * class names ("change set db/x/002.xml::002-y::z failed: 'ALTER TABLE' cannot be performed ...").
     */
    static String reason(Throwable error) {
        String changeSet = null;
        String innermost = null;
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            String message = cause.getMessage();
            if (message == null || message.isBlank()) {
                continue;
            }
            Matcher failed = FAILED_CHANGE_SET.matcher(message);
            if (changeSet == null && failed.find()) {
                changeSet = failed.group(1);
            }
            innermost = message.strip();
        }
        String why = innermost == null ? error.getClass().getSimpleName() : innermost;
        return changeSet == null ? why : "change set " + changeSet + " failed: " + why;
    }
}
