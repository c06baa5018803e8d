package weightlab.plot;

import java.util.Map;

/**
 * Checks of chart inputs at the public edge. A chart cannot place NaN or infinity, and a silent
 * gap would hide the very thing a learner should see (e.g. a loss that blew up), so each bad value
 * is named with its series and position.
 */
final class Inputs {

    private Inputs() {
    }

    /** A named series: not null, not empty, every value finite. */
    static void series(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException("series '" + name + "' is null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException("series '" + name + "' is empty: a chart needs at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("series '" + name + "' has " + values[i] + " at index " + i
                        + ": a chart cannot place it (if this is a loss, training diverged: try a smaller learning rate)");
            }
        }
    }

    /** A map of named series: at least one, each valid. */
    static void seriesMap(Map<String, double[]> series) {
        if (series == null || series.isEmpty()) {
            throw new IllegalArgumentException("series is empty: give at least one named series, e.g. "
                    + "Map.of(\"loss\", history.get(\"loss\"))");
        }
        series.forEach(Inputs::series);
    }

    /** y must have one value per x value. */
    static void sameLength(String xName, double[] x, String yName, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(xName + " has " + x.length + " values but " + yName + " has "
                    + y.length + ": give one y value for each x value");
        }
    }

    /** A range min < max, both finite. */
    static void range(String name, double min, double max) {
        if (!Double.isFinite(min) || !Double.isFinite(max) || !(min < max)) {
            throw new IllegalArgumentException(name + " range must be finite with min < max, got [" + min + ", "
                    + max + "]");
        }
    }

    /** Points as rows (x₁, x₂): n × 2, finite. */
    static void points(String name, double[][] points) {
        if (points == null || points.length == 0) {
            throw new IllegalArgumentException(name + " must hold at least one point, got "
                    + (points == null ? "null" : "none"));
        }
        for (int i = 0; i < points.length; i++) {
            if (points[i] == null || points[i].length != 2) {
                throw new IllegalArgumentException(name + " must be n × 2 (one row (x₁, x₂) per point), but "
                        + name + "[" + i + "] has " + (points[i] == null ? "null" : points[i].length + " values"));
            }
            for (int j = 0; j < 2; j++) {
                if (!Double.isFinite(points[i][j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] is " + points[i][j]);
                }
            }
        }
    }

    static void positive(String name, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(name + " must be ≥ 1, got " + value);
        }
    }
}
