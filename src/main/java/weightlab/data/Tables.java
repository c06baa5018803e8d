package weightlab.data;

import java.util.ArrayList;
import java.util.List;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;
import tech.tablesaw.columns.numbers.NumberColumnFormatter;

/**
 * Between a tablesaw {@link Table} (columns with names, good to look at) and the
 * {@code double[][]} a model takes (rows = examples, columns = features).
 *
 * <pre>
 * Table houses = Csv.readResource("house-prices.csv");
 * double[][] x = Tables.toArray(houses, "size");   // n × 1
 * double[][] y = Tables.toArray(houses, "price");  // n × 1
 * </pre>
 * Every cell must be a number: a missing or non-numeric cell is reported with its row and column,
 * because a model would otherwise silently learn from a NaN.
 */
public final class Tables {

    private Tables() {
    }

    /**
     * The chosen columns, in the order given, as rows × columns (with no names: all numeric columns).
     *
     * @throws IllegalArgumentException for a missing column (naming the columns present), a
     *                                  non-numeric column (naming the first bad row) or a missing / NaN cell
     */
    public static double[][] toArray(Table table, String... columns) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        List<NumericColumn<?>> chosen = new ArrayList<>();
        if (columns.length == 0) {
            for (Column<?> column : table.columns()) {
                chosen.add(numeric(table, column));
            }
        } else {
            for (String name : columns) {
                chosen.add(numeric(table, find(table, name)));
            }
        }
        double[][] rows = new double[table.rowCount()][chosen.size()];
        for (int j = 0; j < chosen.size(); j++) {
            NumericColumn<?> column = chosen.get(j);
            for (int i = 0; i < rows.length; i++) {
                double value = column.isMissing(i) ? Double.NaN : column.getDouble(i);
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException("table '" + table.name() + "', column '" + column.name()
                            + "', row " + i + " (counting data rows from 0) is " + (column.isMissing(i)
                            ? "missing (empty or NaN)" : String.valueOf(value)) + ": fill or drop that row first");
                }
                rows[i][j] = value;
            }
        }
        return rows;
    }

    /** One column as a plain array, e.g. {@code Tables.column(houses, "price")}. */
    public static double[] column(Table table, String name) {
        double[][] rows = toArray(table, name);
        double[] values = new double[rows.length];
        for (int i = 0; i < rows.length; i++) {
            values[i] = rows[i][0];
        }
        return values;
    }

    /**
     * A table with one double column per column of {@code rows}, so that arrays can be printed
     * with names: {@code Tables.of("houses", data.x(), "size").print()}.
     */
    public static Table of(String tableName, double[][] rows, String... columnNames) {
        if (rows == null || rows.length == 0) {
            throw new IllegalArgumentException("rows must hold at least one row, got "
                    + (rows == null ? "null" : "0 rows"));
        }
        if (rows[0].length != columnNames.length) {
            throw new IllegalArgumentException("rows have " + rows[0].length + " columns but "
                    + columnNames.length + " column names were given");
        }
        Table table = Table.create(tableName);
        for (int j = 0; j < columnNames.length; j++) {
            double[] values = new double[rows.length];
            for (int i = 0; i < rows.length; i++) {
                if (rows[i].length != columnNames.length) {
                    throw new IllegalArgumentException("rows must be rectangular: rows[0] has "
                            + columnNames.length + " values, rows[" + i + "] has " + rows[i].length);
                }
                values[i] = rows[i][j];
            }
            table.addColumns(DoubleColumn.create(columnNames[j], values));
        }
        return table;
    }

    /**
     * Prints every double column of {@code table} with exactly {@code decimals} decimals and
     * thousands separators (modifies the table's print format, not its values), and returns the
     * same table: {@code Tables.fixed(history.toTable(), 4)} shows 0.6000 and 1,234.5000, so
     * columns line up and a saved output does not change with the last digit of a double.
     */
    public static Table fixed(Table table, int decimals) {
        if (table == null) {
            throw new IllegalArgumentException("table must not be null");
        }
        if (decimals < 0 || decimals > 15) {
            throw new IllegalArgumentException("decimals must be between 0 and 15, got " + decimals);
        }
        for (Column<?> column : table.columns()) {
            if (column instanceof DoubleColumn numbers) {
                numbers.setPrintFormatter(NumberColumnFormatter.fixedWithGrouping(decimals));
            }
        }
        return table;
    }

    private static Column<?> find(Table table, String name) {
        if (table.containsColumn(name)) {
            return table.column(name);
        }
        String hint = "";
        for (String present : table.columnNames()) {
            if (present.equalsIgnoreCase(name.strip())) {
                hint = " (did you mean '" + present + "'?)";
            }
        }
        throw new IllegalArgumentException("table '" + table.name() + "' has no column '" + name + "'" + hint
                + "; its columns are: " + String.join(", ", table.columnNames()));
    }

    private static NumericColumn<?> numeric(Table table, Column<?> column) {
        if (column instanceof NumericColumn<?> numeric) {
            return numeric;
        }
        String detail = "";
        for (int i = 0; i < column.size(); i++) {
            String cell = column.getUnformattedString(i);
            if (!isNumber(cell)) {
                detail = ": row " + i + " (counting data rows from 0) holds '" + cell + "'";
                break;
            }
        }
        throw new IllegalArgumentException("table '" + table.name() + "', column '" + column.name()
                + "' is not numeric (read as " + column.type().name() + ")" + detail);
    }

    private static boolean isNumber(String cell) {
        try {
            Double.parseDouble(cell.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
