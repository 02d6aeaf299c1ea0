package digits.display;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import tech.tablesaw.api.NumericColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.plotly.api.VerticalBarPlot;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Line;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A chart made from a Tablesaw {@link Table}: an interactive Plotly figure (built with Tablesaw's
 * jsplot) together with a static picture of the same data.
 *
 * <p>In JupyterLab the notebook shows the interactive figure; GitHub's notebook viewer and other
 * places that run no JavaScript show the picture, which travels in the same output.
 */
public final class Chart {

    /** Width of the static picture in pixels. */
    public static final int WIDTH = 720;
    /** Height of the static picture in pixels. */
    public static final int HEIGHT = 360;

    private final String title;
    private final Figure figure;
    private final ChartPainter painter;

    private Chart(String title, Figure figure, ChartPainter painter) {
        this.title = title;
        this.figure = figure;
        this.painter = painter;
    }

    /**
     * A vertical bar chart: one bar per row of {@code table}.
     *
     * @param title the chart's title
     * @param table the data
     * @param categories the column naming each bar
     * @param values the numeric column giving each bar's height
     * @return the chart
     */
    public static Chart bars(String title, Table table, String categories, String values) {
        NumericColumn<?> heights = numeric(table, values);
        List<String> labels = new ArrayList<>();
        for (int row = 0; row < table.rowCount(); row++) {
            labels.add(table.column(categories).getString(row));
        }
        Figure figure = VerticalBarPlot.create(title, table, categories, values);
        figure.setLayout(layout(title, categories, values));
        return new Chart(title, figure, ChartPainter.bars(title, categories, values, labels, heights.asDoubleArray()));
    }

    /**
     * A line chart with one line per value column, sharing the x axis.
     *
     * @param title the chart's title
     * @param table the data
     * @param x the numeric column along the x axis
     * @param yAxisTitle what the y values measure
     * @param lines the numeric columns to draw, one line each
     * @return the chart
     */
    public static Chart lines(String title, Table table, String x, String yAxisTitle, String... lines) {
        return scatter(title, table, x, yAxisTitle, false, lines);
    }

    /**
     * Separate measurements, one series per value column: a marker for each value, nothing joined between them
     * (no value lies between two measurements), and a y axis from 0.
     *
     * @param title the chart's title
     * @param table the data
     * @param x the numeric column along the x axis
     * @param yAxisTitle what the y values measure
     * @param series the numeric columns to draw, one series each
     * @return the chart
     */
    public static Chart points(String title, Table table, String x, String yAxisTitle, String... series) {
        return scatter(title, table, x, yAxisTitle, true, series);
    }

    private static Chart scatter(
            String title, Table table, String x, String yAxisTitle, boolean points, String... lines) {
        if (lines.length == 0) {
            throw new IllegalArgumentException(
                    "a line chart needs at least one column to draw; the table has " + table.columnNames());
        }
        double[] xs = numeric(table, x).asDoubleArray();
        Trace[] traces = new Trace[lines.length];
        double[][] ys = new double[lines.length][];
        for (int i = 0; i < lines.length; i++) {
            ys[i] = numeric(table, lines[i]).asDoubleArray();
            // a line joins its own points only: rows where it is missing (NaN) are left out
            double[] y = ys[i];
            int[] rows = IntStream.range(0, xs.length)
                    .filter(r -> Double.isFinite(y[r]))
                    .toArray();
            double[] px = Arrays.stream(rows).mapToDouble(r -> xs[r]).toArray();
            double[] py = Arrays.stream(rows).mapToDouble(r -> y[r]).toArray();
            // the same colour in Plotly as in the static picture: Palette.SERIES, which has no red (red means wrong)
            String colour = Palette.hex(Palette.SERIES.get(i % Palette.SERIES.size()));
            traces[i] = ScatterTrace.builder(px, py)
                    .mode(
                            points
                                    ? ScatterTrace.Mode.MARKERS
                                    : rows.length > ChartPainter.MARKERS_UP_TO
                                            ? ScatterTrace.Mode.LINE
                                            : ScatterTrace.Mode.LINE_AND_MARKERS)
                    .line(Line.builder().color(colour).build())
                    .marker(Marker.builder()
                            .color(colour)
                            .size(rows.length == 1 ? ChartPainter.LONE_MARKER : 6)
                            .build())
                    .name(lines[i])
                    .showLegend(true)
                    .build();
        }
        ChartPainter painter = points
                ? ChartPainter.points(title, x, yAxisTitle, xs, Arrays.asList(lines), ys)
                : ChartPainter.lines(title, x, yAxisTitle, xs, Arrays.asList(lines), ys);
        Layout layout =
                layout(title, x, yAxisTitle, painter.yRange()); // the interactive chart's y axis as the picture's
        return new Chart(title, new Figure(layout, traces), painter);
    }

    private static Layout layout(String title, String xTitle, String yTitle) {
        return Layout.builder(title)
                .width(WIDTH)
                .height(HEIGHT)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).build())
                .build();
    }

    /** A layout whose y axis shows {@code yRange} ([low, high, ...]) as the picture does. */
    private static Layout layout(String title, String xTitle, String yTitle, double[] yRange) {
        return Layout.builder(title)
                .width(WIDTH)
                .height(HEIGHT)
                .xAxis(Axis.builder().title(xTitle).build())
                .yAxis(Axis.builder().title(yTitle).range(yRange[0], yRange[1]).build())
                .build();
    }

    private static NumericColumn<?> numeric(Table table, String name) {
        if (!table.columnNames().contains(name)) {
            throw new IllegalArgumentException(
                    "no column '" + name + "' in table '" + table.name() + "'; it has " + table.columnNames());
        }
        if (!(table.column(name) instanceof NumericColumn<?> column)) {
            throw new IllegalArgumentException("column '" + name + "' of table '" + table.name() + "' holds "
                    + table.column(name).type() + ", but a chart needs numbers there");
        }
        return column;
    }

    /** @return the chart's title */
    public String title() {
        return title;
    }

    /** @return the interactive Tablesaw figure, e.g. for {@code Plot.show(chart.figure())} */
    public Figure figure() {
        return figure;
    }

    /** @return the chart drawn as a static picture */
    public BufferedImage picture() {
        return painter.paint(WIDTH, HEIGHT);
    }

    /**
     * @return the figure as Plotly JSON ({@code data} and {@code layout}), the form JupyterLab's
     *     Plotly renderer reads
     */
    public Map<String, Object> plotlyJson() {
        return PlotlyJson.of(figure);
    }

    @Override
    public String toString() {
        return "Chart[" + title + "]";
    }
}
