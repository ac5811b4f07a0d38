package org.mosaiccrm.reporting.api.sql;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Function;

import javax.sql.DataSource;

import org.mosaiccrm.reporting.api.ColumnType;
import org.mosaiccrm.reporting.api.Report;
import org.mosaiccrm.reporting.api.ReportArguments;
import org.mosaiccrm.reporting.api.ReportColumn;
import org.mosaiccrm.reporting.api.ReportDefinition;
import org.mosaiccrm.reporting.api.ReportSink;

/**
 * A report that is one SQL query: its select list gives the definition's columns in order (MONTH as a
 * {@code YYYY-MM} text), its {@code ?} placeholders the values {@code binder} makes of the arguments
 * ({@link Instant}, {@link LocalDate}, strings and numbers). Rows are read forward-only in batches and
 * handed on one by one, so a million rows pass in constant memory.
 */
public final class SqlReport implements Report {

    private static final int FETCH_SIZE = 500;

    private final ReportDefinition definition;
    private final DataSource dataSource;
    private final String sql;
    private final Function<ReportArguments, List<Object>> binder;

    public SqlReport(ReportDefinition definition, DataSource dataSource, String sql,
                     Function<ReportArguments, List<Object>> binder) {
        this.definition = definition;
        this.dataSource = dataSource;
        this.sql = sql;
        this.binder = binder;
    }

    @Override
    public ReportDefinition definition() {
        return definition;
    }

    @Override
    public void run(ReportArguments arguments, ReportSink sink) {
        stream(dataSource, sql, binder.apply(arguments), rows -> {
            List<ReportColumn> columns = definition.columns();
            while (sink.wantsMore() && rows.next()) {
                Object[] row = new Object[columns.size()];
                for (int i = 0; i < row.length; i++) {
                    row[i] = read(rows, i + 1, columns.get(i).type());
                }
                sink.row(row);
            }
            return null;
        });
    }

    /** What a reader does with the rows of a query; may throw {@link SQLException}. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet rows) throws SQLException;
    }

    /**
     * Runs a read-only query with its values bound, forward-only in batches, and hands its rows to
     * {@code reader}: for reports that fold rows in Java (months in the users' zone, distinct counts).
     * A database failure is an {@link IllegalStateException} naming the query's first words.
     */
    public static <R> R stream(DataSource dataSource, String sql, List<Object> values, RowReader<R> reader) {
        try (Connection connection = dataSource.getConnection()) {
            // PostgreSQL streams by the fetch size only inside a transaction (else it reads every row first)
            boolean autoCommit = connection.getAutoCommit();
            if (autoCommit) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(sql, ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
                statement.setFetchSize(FETCH_SIZE);
                for (int i = 0; i < values.size(); i++) {
                    statement.setObject(i + 1, jdbcValue(values.get(i)));
                }
                try (ResultSet rows = statement.executeQuery()) {
                    return reader.read(rows);
                }
            } finally {
                if (autoCommit) {
                    connection.rollback(); // it only read
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("The report's query failed (" + e.getSQLState() + "): " + e.getMessage(), e);
        }
    }

    private static Object jdbcValue(Object value) {
        if (value instanceof Instant instant) {
            return Timestamp.from(instant);
        }
        if (value instanceof LocalDate day) {
            return Date.valueOf(day);
        }
        return value;
    }

    /** The value of a column as {@link ReportSink} wants it for {@code type}. */
    public static Object read(ResultSet rows, int column, ColumnType type) throws SQLException {
        Object value = switch (type) {
            case TEXT -> rows.getString(column);
            case INTEGER -> rows.getLong(column);
            case DECIMAL, MONEY, PERCENT -> rows.getBigDecimal(column);
            case DATE -> {
                Date day = rows.getDate(column);
                yield day == null ? null : day.toLocalDate();
            }
            case MONTH -> {
                String month = rows.getString(column);
                yield month == null ? null : YearMonth.parse(month.trim());
            }
        };
        return rows.wasNull() ? null : value;
    }

    /** A percentage with one decimal, or {@code null} when the whole is zero. */
    public static BigDecimal percent(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 1000L / whole, 1)
                .add(BigDecimal.valueOf((part * 1000L % whole) * 2 >= whole ? 1 : 0, 1));
    }
}
