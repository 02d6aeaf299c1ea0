package digits.display;

import java.util.Locale;
import tech.tablesaw.api.Table;
import tech.tablesaw.columns.Column;

/**
 * Writes a Tablesaw {@link Table} as a small HTML table: the table's name as caption, numbers
 * right-aligned and grouped by thousands, text escaped. Notebooks show tables this way.
 *
 * <p>Every column of decimals gets one number of decimal places, so that its figures line up: two for a
 * percentage (a column whose name has a {@code %}), and otherwise enough to give its smallest value three
 * significant digits (a loss of 0.0294 next to 0.1489; seconds as 102.4).
 */
public final class TableHtml {

    /** Tables longer than this show their first and last rows with a marker in between. */
    public static final int MAX_ROWS = 40;

    private TableHtml() {}

    /**
     * @param table the table to write
     * @return an HTML {@code <table>} element
     */
    public static String of(Table table) {
        StringBuilder html = new StringBuilder("<table class=\"digits-table\">");
        if (table.name() != null && !table.name().isBlank()) {
            html.append("<caption style=\"caption-side:top;text-align:left;font-weight:bold\">")
                    .append(escape(table.name()))
                    .append("</caption>");
        }
        html.append("<thead><tr>");
        for (Column<?> column : table.columns()) {
            html.append("<th style=\"text-align:")
                    .append(alignment(column))
                    .append("\">")
                    .append(escape(column.name()))
                    .append("</th>");
        }
        html.append("</tr></thead><tbody>");
        int[] decimals = decimals(table);
        int rows = table.rowCount();
        for (int r = 0; r < rows; r++) {
            if (rows > MAX_ROWS && r == MAX_ROWS / 2) {
                html.append("<tr><td colspan=\"")
                        .append(table.columnCount())
                        .append("\">… ")
                        .append(String.format(Locale.ROOT, "%,d", rows - MAX_ROWS))
                        .append(" more rows …</td></tr>");
                r = rows - MAX_ROWS / 2;
            }
            html.append("<tr>");
            for (int c = 0; c < table.columnCount(); c++) {
                Column<?> column = table.column(c);
                html.append("<td style=\"text-align:")
                        .append(alignment(column))
                        .append("\">")
                        .append(escape(cell(column, r, decimals[c])))
                        .append("</td>");
            }
            html.append("</tr>");
        }
        return html.append("</tbody></table>").toString();
    }

    /**
     * @param table the table to write
     * @return the table as aligned plain text, for outputs that show no HTML
     */
    public static String text(Table table) {
        int columns = table.columnCount();
        String[][] cells = new String[table.rowCount() + 1][columns];
        int[] widths = new int[columns];
        int[] decimals = decimals(table);
        for (int c = 0; c < columns; c++) {
            Column<?> column = table.column(c);
            cells[0][c] = column.name();
            for (int r = 0; r < table.rowCount(); r++) {
                cells[r + 1][c] = cell(column, r, decimals[c]);
            }
            for (String[] row : cells) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        StringBuilder text = new StringBuilder();
        if (table.name() != null && !table.name().isBlank()) {
            text.append(table.name()).append('\n');
        }
        for (String[] row : cells) {
            for (int c = 0; c < columns; c++) {
                String value = row[c];
                boolean left = alignment(table.column(c)).equals("left");
                text.append(c == 0 ? "" : "  ")
                        .append(left ? pad(value, widths[c], true) : pad(value, widths[c], false));
            }
            text.append('\n');
        }
        return text.toString().stripTrailing();
    }

    private static String pad(String value, int width, boolean left) {
        String spaces = " ".repeat(width - value.length());
        return left ? value + spaces : spaces + value;
    }

    /** Decimal places per column: see the class comment; 0 for columns that hold no decimals. */
    static int[] decimals(Table table) {
        int[] decimals = new int[table.columnCount()];
        for (int c = 0; c < decimals.length; c++) {
            Column<?> column = table.column(c);
            if (column.name().contains("%")) {
                decimals[c] = 2;
                continue;
            }
            double smallest = Double.POSITIVE_INFINITY;
            for (int r = 0; r < column.size(); r++) {
                if (!column.isMissing(r) && (column.get(r) instanceof Double || column.get(r) instanceof Float)) {
                    double d = Math.abs(((Number) column.get(r)).doubleValue());
                    if (d > 0 && Double.isFinite(d)) {
                        smallest = Math.min(smallest, d);
                    }
                }
            }
            // three significant digits for the smallest value, at least one decimal, at most six
            decimals[c] = smallest == Double.POSITIVE_INFINITY
                    ? 1
                    : Math.max(1, Math.min(6, 2 - (int) Math.floor(Math.log10(smallest))));
        }
        return decimals;
    }

    static String cell(Column<?> column, int row, int decimals) {
        if (column.isMissing(row)) {
            return "";
        }
        Object value = column.get(row);
        if (value instanceof Double || value instanceof Float) {
            return String.format(Locale.ROOT, "%,." + decimals + "f", ((Number) value).doubleValue());
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return String.format(Locale.ROOT, "%,d", ((Number) value).longValue());
        }
        return String.valueOf(value);
    }

    private static String alignment(Column<?> column) {
        return column.type().equals(tech.tablesaw.api.ColumnType.STRING) ? "left" : "right";
    }

    /**
     * @param text any text
     * @return the text with the characters HTML gives a meaning escaped, safe inside an element or an attribute
     */
    public static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
