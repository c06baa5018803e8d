package weightlab.plot;

import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * A curve y = f(x) with paths of steps on it, joined in the order taken: gradient descent on a
 * one-weight loss E(w), where a large learning rate bounces across the minimum and a small one
 * creeps towards it. See {@link Charts#curveWithSteps}.
 */
final class CurveSteps {

    /** The curve is drawn through this many evenly spaced x values. */
    private static final int CURVE_SAMPLES = 200;
    private static final Color CURVE = new Color(0x55, 0x55, 0x55);
    /**
     * Widest one-row legend, in pixels. XChart centres a legend below the chart on the plot area,
     * which starts right of the y-axis labels (up to about 80 pixels), so a row wider than this
     * would be cut off at the right edge.
     */
    private static final int LEGEND_ROW_MAX = Theme.WIDTH - 2 * 80;
    /** What XChart adds to each legend entry besides its name: the line-and-marker sample and gaps. */
    private static final int LEGEND_ENTRY_EXTRA = 44;

    private CurveSteps() {
    }

    static BufferedImage draw(String title, String xLabel, String yLabel, String curveLabel,
                              DoubleUnaryOperator curve, double xMin, double xMax, Map<String, double[]> steps) {
        String xName = Theme.text(xLabel).isEmpty() ? "x" : xLabel;
        String curveName = Theme.text(curveLabel).isEmpty() ? "curve" : curveLabel;
        Inputs.range(xName, xMin, xMax);
        if (curve == null) {
            throw new IllegalArgumentException("curve must be a function x -> y, e.g. w -> (w - 3) * (w - 3), got null");
        }
        Inputs.seriesMap(steps);
        double low = xMin;
        double high = xMax;
        for (double[] xs : steps.values()) { // the curve spans every step, so no step floats off it
            low = Math.min(low, LineCharts.min(xs));
            high = Math.max(high, LineCharts.max(xs));
        }
        XYChart chart = Theme.xyChart(title, xLabel, yLabel);
        List<double[][]> placed = new ArrayList<>();
        double[] xs = new double[CURVE_SAMPLES];
        double[] ys = new double[CURVE_SAMPLES];
        for (int i = 0; i < CURVE_SAMPLES; i++) {
            xs[i] = low + (high - low) * i / (CURVE_SAMPLES - 1);
            ys[i] = valueAt(curve, curveName, xs[i]);
        }
        XYSeries line = chart.addSeries(curveName, xs, ys);
        line.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        line.setMarker(SeriesMarkers.NONE);
        line.setLineColor(CURVE);
        placed.add(new double[][] {xs, ys});
        int k = 0;
        for (Map.Entry<String, double[]> entry : steps.entrySet()) {
            double[] w = entry.getValue();
            double[] e = new double[w.length];
            for (int t = 0; t < w.length; t++) {
                e[t] = valueAt(curve, curveName, w[t]);
            }
            XYSeries path = chart.addSeries(entry.getKey(), w, e); // drawn in the order taken, not sorted by x
            path.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
            path.setLineColor(Theme.SERIES[k % Theme.SERIES.length]);
            path.setMarkerColor(Theme.SERIES[k % Theme.SERIES.length]);
            path.setMarker(Theme.MARKERS[k % Theme.MARKERS.length]);
            placed.add(new double[][] {w, e});
            k++;
        }
        // The curve fills the plot from side to side and the paths cross it, so the legend goes
        // outside: in one row below when the names fit in it, else in a column on the right.
        List<String> names = new ArrayList<>(List.of(curveName));
        names.addAll(steps.keySet());
        boolean oneRow = legendRowWidth(names) <= LEGEND_ROW_MAX;
        chart.getStyler().setLegendPosition(oneRow ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
        chart.getStyler().setLegendLayout(oneRow ? Styler.LegendLayout.Horizontal : Styler.LegendLayout.Vertical);
        if (largest(placed) >= 10_000) {
            chart.getStyler().setYAxisDecimalPattern("#,##0"); // 20,000 rather than 2E4
        }
        return Theme.render(chart);
    }

    /** The width of all legend entries side by side, measured with the legend's font. */
    private static int legendRowWidth(List<String> names) {
        Graphics2D g = Theme.graphics(Theme.blank(1, 1));
        FontMetrics metrics = g.getFontMetrics(Theme.LEGEND);
        int width = 0;
        for (String name : names) {
            width += metrics.stringWidth(name) + LEGEND_ENTRY_EXTRA;
        }
        g.dispose();
        return width;
    }

    private static double largest(List<double[][]> placed) {
        double largest = 0;
        for (double[][] xy : placed) {
            for (double y : xy[1]) {
                largest = Math.max(largest, Math.abs(y));
            }
        }
        return largest;
    }

    private static double valueAt(DoubleUnaryOperator curve, String name, double x) {
        double y = curve.applyAsDouble(x);
        if (!Double.isFinite(y)) {
            throw new IllegalArgumentException("curve '" + name + "' gives " + y + " at x = " + x
                    + ": a chart cannot place it");
        }
        return y;
    }
}
