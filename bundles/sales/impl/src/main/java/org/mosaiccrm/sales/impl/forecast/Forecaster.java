package org.mosaiccrm.sales.impl.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.sql.DataSource;

import org.mosaiccrm.kernel.api.problem.ValidationException;
import org.mosaiccrm.sales.api.Forecast;
import org.mosaiccrm.sales.api.ForecastQuery;
import org.mosaiccrm.sales.api.Stage;
import org.mosaiccrm.sales.impl.pipeline.PipelineSettings;

/**
 * The forecast in two aggregate queries over the cells {@link ForecastCells} keeps (a few thousand rows where the
 * opportunities are hundreds of thousands): one row per owner × month × currency × open-or-won comes back, and is
 * folded here into the groups asked for. Lost opportunities count only in the stage conversion.
 */
public final class Forecaster {

    // closed at probability 0 is lost: not in the figures (ForecastCells keeps them, for the stage conversion)
    private static final String CELLS = "SELECT OWNER, CLOSE_MONTH, CURRENCY, IS_OPEN, SUM(OPPORTUNITIES), SUM(AMOUNT), "
            + "SUM(AMOUNT * PROBABILITY), SUM(CASE WHEN PROBABILITY >= ? THEN AMOUNT ELSE 0 END) FROM SALES_FORECAST_CELL "
            + "WHERE CLOSE_MONTH >= ? AND CLOSE_MONTH <= ? AND (IS_OPEN = 1 OR PROBABILITY > ?)%s GROUP BY OWNER, CLOSE_MONTH, CURRENCY, IS_OPEN";
    private static final String FURTHEST = "SELECT FURTHEST_STAGE, SUM(OPPORTUNITIES) FROM SALES_STAGE_REACH "
            + "WHERE CLOSE_MONTH >= ? AND CLOSE_MONTH <= ?%s GROUP BY FURTHEST_STAGE";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final DataSource dataSource;
    private final PipelineSettings settings;

    public Forecaster(DataSource dataSource, PipelineSettings settings) {
        this.dataSource = dataSource;
        this.settings = settings;
    }

    /** @throws ValidationException (400: the period is the query's) for a missing, reversed or too long period */
    public static void check(ForecastQuery query) {
        if (query.from() == null || query.to() == null) {
            throw bad(query.from() == null ? "from" : "to", "is required (YYYY-MM)");
        }
        if (query.from().isAfter(query.to())) {
            throw bad("to", "must not be before from");
        }
        // the cells make a long period cheap: any within the years a report's period may take
        if (query.from().getYear() < 1900 || query.to().getYear() > 9999) {
            throw bad(query.from().getYear() < 1900 ? "from" : "to", "the period must lie within 1900-01 and 9999-12");
        }
    }

    private static ValidationException bad(String field, String message) {
        return ValidationException.badParameters(List.of(new org.mosaiccrm.kernel.api.problem.FieldError(field, message)));
    }

    public Forecast forecast(ForecastQuery query) {
        check(query);
        ForecastQuery.GroupBy by = query.by() == null ? ForecastQuery.GroupBy.OWNER : query.by();
        String ownerFilter = query.owner() == null ? "" : " AND OWNER = ?";
        Map<String, Cell> cells = new TreeMap<>();
        Map<String, Long> furthest = new LinkedHashMap<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement statement = connection.prepareStatement(String.format(CELLS, ownerFilter))) {
                statement.setInt(1, settings.commitProbability());
                statement.setInt(2, month(query.from()));
                statement.setInt(3, month(query.to()));
                statement.setInt(4, 0);
                if (query.owner() != null) {
                    statement.setString(5, query.owner());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        String group = switch (by) {
                            case OWNER -> rows.getString(1);
                            case TEAM -> settings.teamOf(rows.getString(1));
                            case ALL -> "*";
                        };
                        YearMonth month = YearMonth.of(rows.getInt(2) / 100, rows.getInt(2) % 100);
                        String currency = rows.getString(3);
                        Cell cell = cells.computeIfAbsent(group + '\u0000' + month + '\u0000' + currency,
                                key -> new Cell(group, month, currency));
                        cell.add(rows.getInt(4) == 1, rows.getLong(5), rows.getBigDecimal(6), rows.getBigDecimal(7), rows.getBigDecimal(8));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(String.format(FURTHEST, ownerFilter))) {
                statement.setInt(1, month(query.from()));
                statement.setInt(2, month(query.to()));
                if (query.owner() != null) {
                    statement.setString(3, query.owner());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        furthest.merge(rows.getString(1), rows.getLong(2), Long::sum);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("the forecast could not be read: " + e.getMessage(), e);
        }
        List<Forecast.Row> rows = cells.values().stream().sorted(Comparator.comparing((Cell c) -> c.group).thenComparing(c -> c.month)
                .thenComparing(c -> c.currency)).map(Cell::toRow).toList();
        return new Forecast(new ForecastQuery(by, query.from(), query.to(), query.owner()), rows, conversions(furthest));
    }

    /** Of those that reached each open stage (or went past it), how many went further, and how many were won. */
    List<Forecast.StageConversion> conversions(Map<String, Long> furthest) {
        List<String> order = settings.activeOpenStages().stream().map(Stage::name).toList(); // a retired stage's opportunities are left out
        long won = furthest.getOrDefault(Stage.WON, 0L);
        List<Forecast.StageConversion> conversions = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            long reached = won;
            long advanced = won;
            for (int j = i; j < order.size(); j++) {
                long at = furthest.getOrDefault(order.get(j), 0L);
                reached += at;
                if (j > i) {
                    advanced += at;
                }
            }
            BigDecimal rate = reached == 0 ? null
                    : BigDecimal.valueOf(advanced).multiply(HUNDRED).divide(BigDecimal.valueOf(reached), 2, RoundingMode.HALF_EVEN);
            conversions.add(new Forecast.StageConversion(order.get(i), reached, advanced, won, rate));
        }
        return conversions;
    }

    private static int month(YearMonth month) {
        return month.getYear() * 100 + month.getMonthValue();
    }

    /** One group × month × currency, summed over owners and open/won. */
    private static final class Cell {
        final String group;
        final YearMonth month;
        final String currency;
        BigDecimal pipeline = BigDecimal.ZERO;
        BigDecimal weightedTimes100 = BigDecimal.ZERO;
        BigDecimal committedOpen = BigDecimal.ZERO;
        BigDecimal won = BigDecimal.ZERO;
        long open;
        long wonCount;

        Cell(String group, YearMonth month, String currency) {
            this.group = group;
            this.month = month;
            this.currency = currency;
        }

        void add(boolean isOpen, long count, BigDecimal amount, BigDecimal amountTimesProbability, BigDecimal atCommit) {
            if (isOpen) {
                open += count;
                pipeline = pipeline.add(amount);
                weightedTimes100 = weightedTimes100.add(amountTimesProbability);
                committedOpen = committedOpen.add(atCommit);
            } else {
                wonCount += count;
                won = won.add(amount);
            }
        }

        Forecast.Row toRow() {
            BigDecimal weighted = weightedTimes100.divide(HUNDRED, 2, RoundingMode.HALF_EVEN);
            return new Forecast.Row(group, month, currency, pipeline.setScale(2), weighted, won.add(committedOpen).setScale(2),
                    won.add(pipeline).setScale(2), won.setScale(2), open, wonCount);
        }
    }
}
