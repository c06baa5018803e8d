package weightlab.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.function.Function;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.style.XYStyler;

/**
 * An XChart chart drawn over a coloured field: every pixel of the plot area is coloured by a
 * function of its (x, y) position — a loss value, a class probability.
 *
 * <p>XChart has no contour or filled-region plot, so this paints in three layers:
 * <ol>
 *   <li>a first, throw-away paint of the chart to learn where its axes put the plot area;</li>
 *   <li>the field, pixel by pixel, and then any lines drawn by hand (contours, labels), using the
 *       chart's own data → screen mapping ({@code getScreenXFromChart});</li>
 *   <li>the chart again with transparent backgrounds, so that its axes, ticks, title, legend and
 *       series (a descent path, data points) land on top of the field.</li>
 * </ol>
 */
final class FieldChart {

    /** Extra drawing between the field and the chart, in screen coordinates. */
    interface Overlay {
        void draw(Graphics2D g, XYChart chart);
    }

    private FieldChart() {
    }

    /**
     * @param rgbAt colour (packed RGB) of the data point {x, y}
     */
    static BufferedImage render(XYChart chart, double xMin, double xMax, double yMin, double yMax,
                                Function<double[], Integer> rgbAt, Overlay overlay) {
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(xMin);
        styler.setXAxisMax(xMax);
        styler.setYAxisMin(yMin);
        styler.setYAxisMax(yMax);
        styler.setPlotContentSize(1.0);
        styler.setPlotGridLinesVisible(false);

        BufferedImage image = Theme.blank(Theme.WIDTH, Theme.HEIGHT);
        Graphics2D g = Theme.graphics(image);
        chart.paint(g, Theme.WIDTH, Theme.HEIGHT); // layer 1: layout only
        g.dispose();
        image = Theme.blank(Theme.WIDTH, Theme.HEIGHT);

        double left = chart.getScreenXFromChart(xMin);
        double right = chart.getScreenXFromChart(xMax);
        double top = chart.getScreenYFromChart(yMax);
        double bottom = chart.getScreenYFromChart(yMin);
        for (int py = (int) Math.round(top); py < (int) Math.round(bottom); py++) {
            double y = yMax - (py + 0.5 - top) / (bottom - top) * (yMax - yMin);
            for (int px = (int) Math.round(left); px < (int) Math.round(right); px++) {
                double x = xMin + (px + 0.5 - left) / (right - left) * (xMax - xMin);
                image.setRGB(px, py, rgbAt.apply(new double[] {x, y}));
            }
        }
        g = Theme.graphics(image);
        if (overlay != null) {
            overlay.draw(g, chart);
        }
        styler.setChartBackgroundColor(Theme.TRANSPARENT);
        styler.setPlotBackgroundColor(Theme.TRANSPARENT);
        chart.paint(g, Theme.WIDTH, Theme.HEIGHT); // layer 3: axes, series, legend on top
        g.dispose();
        return image;
    }
}
