package weightlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CurveWithStepsTest {

    private static double parabola(double w) {
        return (w - 3) * (w - 3);
    }

    /** Gradient descent on (w − 3)²: w ← w − α·2(w − 3), from w = 0. */
    private static double[] descent(double alpha, int steps) {
        double[] w = new double[steps + 1];
        for (int t = 0; t < steps; t++) {
            w[t + 1] = w[t] - alpha * 2 * (w[t] - 3);
        }
        return w;
    }

    private static Map<String, double[]> paths(double... alphas) {
        Map<String, double[]> paths = new LinkedHashMap<>();
        for (double alpha : alphas) {
            paths.put("α = " + alpha, descent(alpha, 8));
        }
        return paths;
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static BufferedImage chart(Map<String, double[]> paths) {
        return Charts.curveWithSteps("E(w) = (w − 3)²", "w", "E", "E(w)", CurveWithStepsTest::parabola, 0, 6, paths);
    }

    @Test
    void sameStepsGiveIdenticalPixelsAtTheStandardSize() {
        BufferedImage first = chart(paths(0.1, 0.9));
        assertEquals(Charts.WIDTH, first.getWidth());
        assertEquals(Charts.HEIGHT, first.getHeight());
        assertArrayEquals(pixels(first), pixels(chart(paths(0.1, 0.9))));
    }

    @Test
    void differentStepsGiveDifferentPixels() {
        assertFalse(java.util.Arrays.equals(pixels(chart(paths(0.1, 0.9))), pixels(chart(paths(0.1, 0.8)))));
    }

    @Test
    void stepsOutsideTheRangeWidenTheCurveInsteadOfFailing() {
        // α = 1.1 > 1 diverges: |w − 3| grows by 1.2 per step, beyond [0, 6]
        assertEquals(Charts.WIDTH, chart(paths(1.1)).getWidth());
    }

    @Test
    void longNamesMoveTheLegendBesideThePlotInsteadOfCuttingItOff() {
        Map<String, double[]> named = new LinkedHashMap<>();
        named.put("α = 0.1: too soft, creeps towards the minimum", descent(0.1, 8));
        named.put("α = 0.9: too hard, bounces across the minimum", descent(0.9, 8));
        BufferedImage oneColumn = chart(named);
        assertEquals(Charts.WIDTH, oneColumn.getWidth());
        assertFalse(java.util.Arrays.equals(pixels(oneColumn), pixels(chart(paths(0.1, 0.9)))));
    }

    @Test
    void badInputIsNamed() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> chart(Map.of("α = 0.5", new double[] {0, Double.NaN})));
        assertEquals("series 'α = 0.5' has NaN at index 1: a chart cannot place it (if this is a loss, training"
                + " diverged: try a smaller learning rate)", nan.getMessage());
        IllegalArgumentException log = assertThrows(IllegalArgumentException.class,
                () -> Charts.curveWithSteps("t", "w", "E", "log", Math::log, -1, 1, Map.of("s", new double[] {0.5})));
        assertEquals("curve 'log' gives NaN at x = -1.0: a chart cannot place it", log.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                () -> Charts.curveWithSteps("t", "w", "E", "E", w -> w, 1, 1, Map.of("s", new double[] {0.5})));
        assertEquals("w range must be finite with min < max, got [1.0, 1.0]", range.getMessage());
    }
}
