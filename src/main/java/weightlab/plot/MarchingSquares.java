package weightlab.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * Contour lines by marching squares (Lorensen and Cline's marching cubes, in two dimensions):
 * for a level c, each grid cell whose corners lie on both sides of c holds a piece of the line
 * f = c, found by linear interpolation along the cell's edges. A cell whose opposite corners are
 * on the same side (a saddle) is resolved with the value at the cell's centre.
 */
final class MarchingSquares {

    private MarchingSquares() {
    }

    /** Line segments {x1, y1, x2, y2} (data coordinates) of the contour f = level. */
    static List<double[]> segments(Grid grid, double level) {
        List<double[]> segments = new ArrayList<>();
        int n = grid.size();
        for (int j = 0; j < n - 1; j++) {
            for (int i = 0; i < n - 1; i++) {
                cell(grid, i, j, level, segments);
            }
        }
        return segments;
    }

    private static void cell(Grid grid, int i, int j, double level, List<double[]> out) {
        // corners counter-clockwise from bottom-left: a (i, j), b (i+1, j), c (i+1, j+1), d (i, j+1)
        double a = grid.values[j][i];
        double b = grid.values[j][i + 1];
        double c = grid.values[j + 1][i + 1];
        double d = grid.values[j + 1][i];
        // crossing points on the four edges, null where the edge does not cross the level
        double[] bottom = cross(grid.x(i), grid.y(j), a, grid.x(i + 1), grid.y(j), b, level);
        double[] right = cross(grid.x(i + 1), grid.y(j), b, grid.x(i + 1), grid.y(j + 1), c, level);
        double[] top = cross(grid.x(i), grid.y(j + 1), d, grid.x(i + 1), grid.y(j + 1), c, level);
        double[] left = cross(grid.x(i), grid.y(j), a, grid.x(i), grid.y(j + 1), d, level);
        List<double[]> crossings = new ArrayList<>(4);
        for (double[] p : new double[][] {bottom, right, top, left}) {
            if (p != null) {
                crossings.add(p);
            }
        }
        if (crossings.size() == 2) {
            out.add(segment(crossings.get(0), crossings.get(1)));
        } else if (crossings.size() == 4) {
            boolean centreAbove = (a + b + c + d) / 4 >= level;
            boolean aAbove = a >= level;
            if (centreAbove == aAbove) { // a and c are joined through the centre: cut off corners b and d
                out.add(segment(bottom, right));
                out.add(segment(top, left));
            } else {                     // cut off corners a and c
                out.add(segment(bottom, left));
                out.add(segment(top, right));
            }
        }
    }

    /** Where the level crosses the edge from p (value f1) to q (value f2), or null. */
    private static double[] cross(double x1, double y1, double f1, double x2, double y2, double f2, double level) {
        if ((f1 >= level) == (f2 >= level)) {
            return null;
        }
        double t = (level - f1) / (f2 - f1);
        return new double[] {x1 + t * (x2 - x1), y1 + t * (y2 - y1)};
    }

    private static double[] segment(double[] p, double[] q) {
        return new double[] {p[0], p[1], q[0], q[1]};
    }
}
