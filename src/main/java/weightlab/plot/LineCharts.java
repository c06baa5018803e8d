package weightlab.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Line charts (loss curves) and scatter plots with model lines; see {@link Charts}. */
final class LineCharts {

    /** With up to this many points a line also shows a marker at each point. */
    private static final int MARKERS_UP_TO = 20;
    /** A model line is drawn through this many evenly spaced x values. */
    private static final int LINE_SAMPLES = 200;

    private LineCharts() {
    }

    /** Several series; x = 1, 2, …, n for each series when {@code x} is null. */
    static BufferedImage line(String title, String xLabel, String yLabel, double[] x, Map<String, double[]> series) {
        Inputs.seriesMap(series);
        if (x != null) {
            Inputs.series("x", x);
        }
        XYChart chart = Theme.xyChart(title, xLabel, yLabel);
        List<double[][]> placed = new ArrayList<>();
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            double[] y = entry.getValue();
            double[] xs = x == null ? count(y.length) : x;
            if (x != null) {
                Inputs.sameLength("x", x, "series '" + entry.getKey() + "'", y);
            }
            XYSeries line = chart.addSeries(entry.getKey(), xs, y);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            if (y.length > MARKERS_UP_TO) {
                line.setMarker(SeriesMarkers.NONE);
            }
            placed.add(new double[][] {xs, y});
        }
        if (placed.get(0)[0].length > MARKERS_UP_TO) {
            Layout.roundNumberTicks(chart, placed.get(0));
        }
        chart.getStyler().setLegendPosition(Layout.quietestCorner(placed));
        return Theme.render(chart);
    }

    /** Data points (x, y) and one line per named function, drawn over the range of x. */
    static BufferedImage scatterWithLines(String title, String xLabel, String yLabel, double[] x, double[] y,
                                          Map<String, DoubleUnaryOperator> lines) {
        Inputs.series("x", x);
        Inputs.series("y", y);
        Inputs.sameLength("x", x, "y", y);
        if (lines == null) {
            throw new IllegalArgumentException("lines must not be null: give at least one named function");
        }
        XYChart chart = Theme.xyChart(title, xLabel, yLabel);
        XYSeries points = chart.addSeries("data (n = " + x.length + ")", x, y);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        List<double[][]> placed = new ArrayList<>();
        placed.add(new double[][] {x, y});
        double min = min(x);
        double max = max(x);
        if (min == max) {
            min -= 0.5;
            max += 0.5;
        }
        for (Map.Entry<String, DoubleUnaryOperator> entry : lines.entrySet()) {
            double[] xs = new double[LINE_SAMPLES];
            double[] ys = new double[LINE_SAMPLES];
            for (int i = 0; i < LINE_SAMPLES; i++) {
                xs[i] = min + (max - min) * i / (LINE_SAMPLES - 1);
                ys[i] = entry.getValue().applyAsDouble(xs[i]);
                if (!Double.isFinite(ys[i])) {
                    throw new IllegalArgumentException("line '" + entry.getKey() + "' gives " + ys[i] + " at x = "
                            + xs[i] + ": a chart cannot place it");
                }
            }
            XYSeries line = chart.addSeries(entry.getKey(), xs, ys);
            line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            line.setMarker(SeriesMarkers.NONE);
            placed.add(new double[][] {xs, ys});
        }
        chart.getStyler().setLegendPosition(Layout.quietestCorner(placed));
        return Theme.render(chart);
    }

    /** 1, 2, …, n: epochs counted as Keras prints them. */
    static double[] count(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i + 1;
        }
        return values;
    }

    static double min(double[] values) {
        double min = Double.POSITIVE_INFINITY;
        for (double v : values) {
            min = Math.min(min, v);
        }
        return min;
    }

    static double max(double[] values) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            max = Math.max(max, v);
        }
        return max;
    }
}
