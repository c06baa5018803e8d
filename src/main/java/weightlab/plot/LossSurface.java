package weightlab.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.function.DoubleBinaryOperator;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The loss as a landscape over two parameters (w, b), seen from above: filled contour bands
 * (light = low loss), labelled contour lines, and the path that gradient descent took.
 *
 * <p>Contour levels halve towards the minimum m: c_k = m + (M − m) / 2^k for k = 1 … 9 (M the
 * largest loss on the grid), rounded to two significant digits. For the bowl-shaped MSE of a
 * linear model, each level's ellipse is then about 0.7 times the size of the one outside it, so
 * the valley floor where the path ends stays readable.
 */
final class LossSurface {

    private static final int GRID_POINTS = 81;
    private static final int LEVELS = 9;

    private LossSurface() {
    }

    static BufferedImage contour(String title, String xLabel, String yLabel, DoubleBinaryOperator loss,
                                 double xMin, double xMax, double yMin, double yMax, double[][] path) {
        Inputs.range(Theme.text(xLabel).isEmpty() ? "x" : xLabel, xMin, xMax);
        Inputs.range(Theme.text(yLabel).isEmpty() ? "y" : yLabel, yMin, yMax);
        if (loss == null) {
            throw new IllegalArgumentException("loss must be a function (w, b) -> loss, got null");
        }
        if (path != null && path.length > 0) {
            Inputs.points("path", path);
        }
        Grid grid = Grid.sample(loss, xMin, xMax, yMin, yMax, GRID_POINTS,
                "loss(" + Theme.text(xLabel) + ", " + Theme.text(yLabel) + ")");
        double[] levels = levels(grid.min(), grid.max());

        XYChart chart = Theme.xyChart(title, xLabel, yLabel);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        if (path != null && path.length > 0) {
            addPath(chart, path);
        }
        double[] lowest = lowestPoint(grid);
        XYSeries minimum = chart.addSeries("lowest loss on the grid", new double[] {lowest[0]},
                new double[] {lowest[1]});
        minimum.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        minimum.setMarker(SeriesMarkers.CROSS);
        minimum.setMarkerColor(Theme.TEXT);

        return FieldChart.render(chart, xMin, xMax, yMin, yMax,
                p -> ColorMap.SEQUENTIAL.rgb(band(levels, grid.at(p[0], p[1])) / (double) levels.length),
                (g, c) -> drawContours(g, c, grid, levels));
    }

    private static void addPath(XYChart chart, double[][] path) {
        double[] w = new double[path.length];
        double[] b = new double[path.length];
        for (int i = 0; i < path.length; i++) {
            w[i] = path[i][0];
            b[i] = path[i][1];
        }
        XYSeries steps = chart.addSeries("gradient descent (" + (path.length - 1) + " steps)", w, b);
        steps.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        steps.setMarker(SeriesMarkers.CIRCLE);
        steps.setLineColor(Theme.SERIES[3]);
        steps.setMarkerColor(Theme.SERIES[3]);
        XYSeries start = chart.addSeries("start", new double[] {w[0]}, new double[] {b[0]});
        start.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        start.setMarker(SeriesMarkers.SQUARE);
        start.setMarkerColor(Theme.SERIES[4]);
    }

    /** Halving levels between the smallest and the largest loss, rounded, distinct, ascending. */
    static double[] levels(double min, double max) {
        TreeSet<Double> levels = new TreeSet<>();
        for (int k = 1; k <= LEVELS; k++) {
            double level = roundTwoDigits(min + (max - min) / Math.pow(2, k));
            if (level > min && level < max) {
                levels.add(level);
            }
        }
        return levels.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double roundTwoDigits(double value) {
        return new java.math.BigDecimal(value).round(new java.math.MathContext(2)).doubleValue();
    }

    /** How many levels lie below the value: 0 on the valley floor … levels.length at the top. */
    private static int band(double[] levels, double value) {
        int position = Arrays.binarySearch(levels, value);
        return position >= 0 ? position : -position - 1;
    }

    private static double[] lowestPoint(Grid grid) {
        int bestI = 0;
        int bestJ = 0;
        for (int j = 0; j < grid.size(); j++) {
            for (int i = 0; i < grid.size(); i++) {
                if (grid.values[j][i] < grid.values[bestJ][bestI]) {
                    bestI = i;
                    bestJ = j;
                }
            }
        }
        return new double[] {grid.x(bestI), grid.y(bestJ)};
    }

    /** Contour lines, then one label per level where it overlaps no other label. */
    private static void drawContours(Graphics2D g, XYChart chart, Grid grid, double[] levels) {
        Rectangle plot = new Rectangle((int) chart.getScreenXFromChart(grid.xMin), (int) chart.getScreenYFromChart(grid.yMax),
                (int) (chart.getScreenXFromChart(grid.xMax) - chart.getScreenXFromChart(grid.xMin)),
                (int) (chart.getScreenYFromChart(grid.yMin) - chart.getScreenYFromChart(grid.yMax)));
        List<Rectangle> placed = new ArrayList<>();
        g.setFont(Theme.SMALL);
        FontMetrics metrics = g.getFontMetrics();
        for (int k = levels.length - 1; k >= 0; k--) {
            List<double[]> segments = MarchingSquares.segments(grid, levels[k]);
            g.setColor(new Color(0, 0, 0, 110));
            g.setStroke(new BasicStroke(1f));
            List<double[]> screen = new ArrayList<>();
            for (double[] s : segments) {
                double[] p = {chart.getScreenXFromChart(s[0]), chart.getScreenYFromChart(s[1]),
                    chart.getScreenXFromChart(s[2]), chart.getScreenYFromChart(s[3])};
                g.draw(new Line2D.Double(p[0], p[1], p[2], p[3]));
                screen.add(p);
            }
            String text = Theme.number(levels[k]);
            int width = metrics.stringWidth(text) + 4;
            int height = metrics.getAscent() + 2;
            screen.sort((p, q) -> Double.compare(q[0] + q[2], p[0] + p[2])); // rightmost first
            for (double[] p : screen) {
                Rectangle box = new Rectangle((int) ((p[0] + p[2]) / 2) - width / 2,
                        (int) ((p[1] + p[3]) / 2) - height / 2, width, height);
                Rectangle room = new Rectangle(box.x - 6, box.y - 6, box.width + 12, box.height + 12);
                if (plot.contains(room) && placed.stream().noneMatch(room::intersects)) {
                    g.setColor(new Color(255, 255, 255, 210));
                    g.fill(box);
                    g.setColor(Theme.TEXT);
                    g.drawString(text, box.x + 2, box.y + metrics.getAscent());
                    placed.add(box);
                    break;
                }
            }
        }
    }
}
