package weightlab.plot;

import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** Where things go on an XY chart: the legend out of the data's way, round-number ticks. */
final class Layout {

    private Layout() {
    }

    /**
     * The inside corner of the plot that the data leave emptiest, for the legend: the corner
     * (NE, NW, SE, SW, preferred in that order on a tie) whose 40 % × 40 % box holds fewest points.
     * A falling loss curve leaves NE empty; a rising accuracy curve leaves SE empty.
     *
     * @param series pairs {x[], y[]}
     */
    static Styler.LegendPosition quietestCorner(List<double[][]> series) {
        double xMin = Double.POSITIVE_INFINITY, xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY, yMax = Double.NEGATIVE_INFINITY;
        for (double[][] xy : series) {
            for (int i = 0; i < xy[0].length; i++) {
                xMin = Math.min(xMin, xy[0][i]);
                xMax = Math.max(xMax, xy[0][i]);
                yMin = Math.min(yMin, xy[1][i]);
                yMax = Math.max(yMax, xy[1][i]);
            }
        }
        Styler.LegendPosition[] corners = {Styler.LegendPosition.InsideNE, Styler.LegendPosition.InsideNW,
            Styler.LegendPosition.InsideSE, Styler.LegendPosition.InsideSW};
        int[] counts = new int[4];
        for (double[][] xy : series) {
            for (int i = 0; i < xy[0].length; i++) {
                double u = xMax > xMin ? (xy[0][i] - xMin) / (xMax - xMin) : 0.5;
                double v = yMax > yMin ? (xy[1][i] - yMin) / (yMax - yMin) : 0.5;
                boolean east = u >= 0.6, west = u <= 0.4, north = v >= 0.6, south = v <= 0.4;
                counts[0] += east && north ? 1 : 0;
                counts[1] += west && north ? 1 : 0;
                counts[2] += east && south ? 1 : 0;
                counts[3] += west && south ? 1 : 0;
            }
        }
        int best = 0;
        for (int k = 1; k < 4; k++) {
            if (counts[k] < counts[best]) {
                best = k;
            }
        }
        return corners[best];
    }

    /**
     * When all x values are equally spaced (epochs 1, 2, …, 50; histogram bin edges), XChart puts
     * x ticks only at data points (1, 3, 5, …, or −0.1465, −0.1089, …). One invisible point halfway
     * between the first two x values breaks the equal spacing, so XChart picks round numbers
     * (0, 10, 20, …; −0.1, 0, 0.1).
     *
     * @param xy a series {x[], y[]} already on the chart, with at least two points
     */
    static void roundNumberTicks(XYChart chart, double[][] xy) {
        double[] x = xy[0];
        int second = 1;
        while (second < x.length - 1 && x[second] == x[0]) {
            second++;
        }
        XYSeries invisible = chart.addSeries(" ", new double[] {(x[0] + x[second]) / 2}, new double[] {xy[1][0]});
        invisible.setMarker(SeriesMarkers.NONE);
        invisible.setShowInLegend(false);
    }
}
