package weightlab.plot;

import java.util.function.DoubleBinaryOperator;

/**
 * A function f(x, y) sampled on a regular grid of points over a rectangle, for loss surfaces and
 * decision regions. Between grid points, {@link #at} interpolates bilinearly — the same linear
 * interpolation the contour lines of {@link MarchingSquares} use, so colours and lines agree.
 */
final class Grid {

    final double xMin;
    final double xMax;
    final double yMin;
    final double yMax;
    /** values[j][i] = f(x(i), y(j)); i along x, j along y. */
    final double[][] values;

    private Grid(double xMin, double xMax, double yMin, double yMax, double[][] values) {
        this.xMin = xMin;
        this.xMax = xMax;
        this.yMin = yMin;
        this.yMax = yMax;
        this.values = values;
    }

    /**
     * Evaluates f at points × points grid points (corners included).
     *
     * @param what names f in the error message, e.g. "loss(w, b)"
     */
    static Grid sample(DoubleBinaryOperator f, double xMin, double xMax, double yMin, double yMax, int points,
                       String what) {
        double[][] values = new double[points][points];
        Grid grid = new Grid(xMin, xMax, yMin, yMax, values);
        for (int j = 0; j < points; j++) {
            for (int i = 0; i < points; i++) {
                double value = f.applyAsDouble(grid.x(i), grid.y(j));
                if (!Double.isFinite(value)) {
                    throw new IllegalArgumentException(what + " is " + value + " at (" + grid.x(i) + ", "
                            + grid.y(j) + "): every point of the grid needs a finite value");
                }
                values[j][i] = value;
            }
        }
        return grid;
    }

    int size() {
        return values.length;
    }

    double x(int i) {
        return xMin + (xMax - xMin) * i / (size() - 1);
    }

    double y(int j) {
        return yMin + (yMax - yMin) * j / (size() - 1);
    }

    /** Bilinear interpolation of the samples at (x, y), clamped to the rectangle. */
    double at(double x, double y) {
        double u = clamp((x - xMin) / (xMax - xMin)) * (size() - 1);
        double v = clamp((y - yMin) / (yMax - yMin)) * (size() - 1);
        int i = Math.min((int) u, size() - 2);
        int j = Math.min((int) v, size() - 2);
        double fu = u - i;
        double fv = v - j;
        double bottom = values[j][i] * (1 - fu) + values[j][i + 1] * fu;
        double top = values[j + 1][i] * (1 - fu) + values[j + 1][i + 1] * fu;
        return bottom * (1 - fv) + top * fv;
    }

    double min() {
        double min = Double.POSITIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                min = Math.min(min, v);
            }
        }
        return min;
    }

    double max() {
        double max = Double.NEGATIVE_INFINITY;
        for (double[] row : values) {
            for (double v : row) {
                max = Math.max(max, v);
            }
        }
        return max;
    }

    private static double clamp(double t) {
        return Math.max(0, Math.min(1, t));
    }
}
