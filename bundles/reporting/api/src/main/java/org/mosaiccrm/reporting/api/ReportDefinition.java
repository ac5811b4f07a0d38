package org.mosaiccrm.reporting.api;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.mosaiccrm.kernel.api.ui.Titles;

/**
 * What a report is, as the catalog shows it.
 *
 * @param name        {@code <module>.<report>}, lower case and dashes ({@code inventory.sales-by-region})
 * @param titles      its title
 * @param description one or two sentences: what it answers, how its figures are counted
 * @param roles       the CRM roles that may run it ({@code crm-admin} always may); empty for every staff user
 * @param parameters  what it takes
 * @param columns     what each row holds
 * @param chart       how it is drawn by default
 * @param dashboards  the dashboards it is a card of: {@code marketing}, {@code sales}, {@code service},
 *                    {@code manager} (empty: none)
 */
public record ReportDefinition(String name, Titles titles, Titles description, Set<String> roles,
                               List<ReportParameter> parameters, List<ReportColumn> columns, ChartKind chart,
                               Set<String> dashboards) {

    /** The dashboards there are, one per kind of staff user. */
    public static final Set<String> DASHBOARDS = Set.of("marketing", "sales", "service", "manager");

    public ReportDefinition {
        if (name == null || !name.matches("[a-z][a-z0-9]*\\.[a-z][a-z0-9-]{0,62}")) {
            throw new IllegalArgumentException("a report name is <module>.<report>, lower case and dashes: " + name);
        }
        Objects.requireNonNull(titles, "titles");
        Objects.requireNonNull(description, "description");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        parameters = parameters == null ? List.of() : List.copyOf(parameters);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("a report has columns: " + name);
        }
        if (columns.stream().map(ReportColumn::name).distinct().count() != columns.size()
                || parameters.stream().map(ReportParameter::name).distinct().count() != parameters.size()) {
            throw new IllegalArgumentException("a report's column and parameter names are unique: " + name);
        }
        chart = chart == null ? ChartKind.TABLE : chart;
        dashboards = dashboards == null ? Set.of() : Set.copyOf(dashboards);
        if (!DASHBOARDS.containsAll(dashboards)) {
            throw new IllegalArgumentException("dashboards are " + DASHBOARDS + ": " + dashboards);
        }
    }

    /** The module that contributes it: the part of the name before the dot. */
    public String module() {
        return name.substring(0, name.indexOf('.'));
    }

    /** The column's position, or -1. */
    public int columnIndex(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        return -1;
    }
}
