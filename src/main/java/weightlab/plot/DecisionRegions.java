package weightlab.plot;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * What a 2-D binary classifier decides everywhere: the background is tinted towards the colour of
 * class 1 where the model's probability p(class 1 | x₁, x₂) is above 0.5 and towards class 0 where
 * it is below, more strongly the surer the model is; the line p = 0.5 is the decision boundary
 * (for one neuron with a sigmoid, the straight line w₁x₁ + w₂x₂ + b = 0). The data points are
 * drawn on top in their true class's colour, so misclassified points stand out.
 */
final class DecisionRegions {

    private static final int GRID_POINTS = 121;

    private DecisionRegions() {
    }

    /**
     * @param probability p(class 1) for a point {x₁, x₂}, or null to show only the points
     * @param y           n × 1 targets 0 / 1, or n × k one-hot rows (k classes, at most 8)
     */
    static BufferedImage draw(String title, String x1Label, String x2Label, ToDoubleFunction<double[]> probability,
                              double[][] x, double[][] y) {
        Inputs.points("x", x);
        int[] labels = labels(x, y);
        int classes = 0;
        for (int label : labels) {
            classes = Math.max(classes, label + 1);
        }
        if (probability != null && classes > 2) {
            throw new IllegalArgumentException("decision regions are drawn for two classes (a probability of"
                    + " class 1), but y holds " + classes + " classes");
        }
        double[] box = paddedBox(x);
        XYChart chart = Theme.xyChart(title, x1Label, x2Label);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        Grid grid = null;
        if (probability != null) {
            grid = Grid.sample((x1, x2) -> checked(probability, x1, x2), box[0], box[1], box[2], box[3],
                    GRID_POINTS, "probability");
            addBoundary(chart, grid);
        }
        for (int k = 0; k < Math.max(classes, 1); k++) {
            addClass(chart, x, labels, k);
        }
        if (grid == null) {
            return FieldChart.render(chart, box[0], box[1], box[2], box[3], p -> 0xFFFFFF, null);
        }
        Grid field = grid;
        return FieldChart.render(chart, box[0], box[1], box[2], box[3], p -> tint(field.at(p[0], p[1])), null);
    }

    /** White at p = 0.5, up to half-way to the class colour at p = 0 or 1. */
    private static int tint(double p) {
        int colour = (p >= 0.5 ? Theme.SERIES[1] : Theme.SERIES[0]).getRGB() & 0xFFFFFF;
        return ColorMap.mix(0xFFFFFF, colour, Math.abs(p - 0.5));
    }

    private static double checked(ToDoubleFunction<double[]> probability, double x1, double x2) {
        double p = probability.applyAsDouble(new double[] {x1, x2});
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("probability must be in [0, 1], got " + p + " at (" + x1 + ", " + x2
                    + "): pass the model's probability of class 1, e.g. point -> model.predict(point)[0]");
        }
        return p;
    }

    /** The contour p = 0.5 as one series, its segments separated by NaN (XChart breaks the line there). */
    private static void addBoundary(XYChart chart, Grid grid) {
        List<double[]> segments = MarchingSquares.segments(grid, 0.5);
        if (segments.isEmpty()) {
            return;
        }
        double[] xs = new double[segments.size() * 3];
        double[] ys = new double[segments.size() * 3];
        for (int s = 0; s < segments.size(); s++) {
            double[] segment = segments.get(s);
            xs[3 * s] = segment[0];
            ys[3 * s] = segment[1];
            xs[3 * s + 1] = segment[2];
            ys[3 * s + 1] = segment[3];
            xs[3 * s + 2] = Double.NaN;
            ys[3 * s + 2] = Double.NaN;
        }
        XYSeries boundary = chart.addSeries("p = 0.5 (decision boundary)", xs, ys);
        boundary.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        boundary.setMarker(SeriesMarkers.NONE);
        boundary.setLineColor(Theme.TEXT);
    }

    private static void addClass(XYChart chart, double[][] x, int[] labels, int k) {
        List<double[]> members = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (labels[i] == k) {
                members.add(x[i]);
            }
        }
        if (members.isEmpty()) {
            return;
        }
        double[] x1 = members.stream().mapToDouble(p -> p[0]).toArray();
        double[] x2 = members.stream().mapToDouble(p -> p[1]).toArray();
        XYSeries points = chart.addSeries("class " + k, x1, x2);
        points.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        points.setMarkerColor(Theme.SERIES[k % Theme.SERIES.length]);
        points.setMarker(Theme.MARKERS[k % Theme.MARKERS.length]); // shape too, for colour-blind readers
    }

    /** Class of each row: 0/1 from one column (threshold 0.5), else the argmax of a one-hot row. */
    private static int[] labels(double[][] x, double[][] y) {
        if (y == null || y.length != x.length) {
            throw new IllegalArgumentException("y must have one row per point: x has " + x.length + " rows, y has "
                    + (y == null ? "null" : y.length + " rows"));
        }
        int[] labels = new int[y.length];
        for (int i = 0; i < y.length; i++) {
            Inputs.series("y[" + i + "]", y[i]);
            if (y[i].length == 1) {
                labels[i] = y[i][0] >= 0.5 ? 1 : 0;
            } else {
                for (int k = 1; k < y[i].length; k++) {
                    if (y[i][k] > y[i][labels[i]]) {
                        labels[i] = k;
                    }
                }
            }
        }
        return labels;
    }

    /** The points' bounding box, widened by 10 % of its span on each side: {x1Min, x1Max, x2Min, x2Max}. */
    private static double[] paddedBox(double[][] x) {
        double[] box = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY,
            Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double[] p : x) {
            box[0] = Math.min(box[0], p[0]);
            box[1] = Math.max(box[1], p[0]);
            box[2] = Math.min(box[2], p[1]);
            box[3] = Math.max(box[3], p[1]);
        }
        for (int axis = 0; axis < 4; axis += 2) {
            double pad = Math.max(0.1 * (box[axis + 1] - box[axis]), 0.1);
            box[axis] -= pad;
            box[axis + 1] += pad;
        }
        return box;
    }
}
