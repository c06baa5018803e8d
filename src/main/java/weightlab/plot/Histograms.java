package weightlab.plot;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histograms, one or several overlaid on the same bins so that they can be compared (e.g. the
 * weights of a layer before and after training, or Glorot against He initialisation).
 * Counting is XChart's {@link Histogram}; each histogram is drawn as a translucent step area.
 */
final class Histograms {

    private Histograms() {
    }

    static BufferedImage histogram(String title, String xLabel, Map<String, double[]> series, int bins) {
        Inputs.seriesMap(series);
        Inputs.positive("bins", bins);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double[] values : series.values()) {
            min = Math.min(min, LineCharts.min(values));
            max = Math.max(max, LineCharts.max(values));
        }
        if (min == max) { // e.g. all weights initialised to zero: one bar around that value
            min -= 0.5;
            max += 0.5;
        }
        XYChart chart = Theme.xyChart(title, xLabel, "count");
        List<double[][]> placed = new ArrayList<>();
        int k = 0;
        for (Map.Entry<String, double[]> entry : series.entrySet()) {
            double[][] steps = steps(entry.getValue(), bins, min, max);
            XYSeries area = chart.addSeries(entry.getKey(), steps[0], steps[1]);
            area.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.StepArea);
            area.setMarker(SeriesMarkers.NONE);
            Color color = Theme.SERIES[k % Theme.SERIES.length];
            area.setLineColor(color);
            area.setFillColor(new Color(color.getRed(), color.getGreen(), color.getBlue(), 90));
            area.setLineWidth(1.5f);
            placed.add(steps);
            k++;
        }
        Layout.roundNumberTicks(chart, placed.get(0));
        chart.getStyler().setYAxisMin(0.0);
        chart.getStyler().setLegendVisible(series.size() > 1); // one histogram needs no legend
        chart.getStyler().setLegendPosition(Layout.quietestCorner(placed));
        return Theme.render(chart);
    }

    /**
     * The outline of the bars as step points: bar i spans [edge i, edge i+1) at height count i.
     * A last point at the right edge closes the last bar.
     */
    private static double[][] steps(double[] values, int bins, double min, double max) {
        List<Double> boxed = new ArrayList<>(values.length);
        for (double v : values) {
            boxed.add(v);
        }
        List<Double> counts = new Histogram(boxed, bins, min, max).getyAxisData();
        double width = (max - min) / bins;
        double[] x = new double[bins + 2];
        double[] y = new double[bins + 2];
        for (int i = 0; i < bins; i++) {
            x[i + 1] = min + i * width;
            y[i + 1] = counts.get(i);
        }
        x[0] = min;               // start on the axis so the first bar has a left side
        x[bins + 1] = max;
        y[bins + 1] = 0;
        return new double[][] {x, y};
    }
}
