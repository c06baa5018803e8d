package weightlab.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ChartsTest {

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static void assertSamePixelsEachTime(Supplier<BufferedImage> chart) {
        BufferedImage first = chart.get();
        assertEquals(Charts.WIDTH, first.getWidth());
        assertEquals(Charts.HEIGHT, first.getHeight());
        assertArrayEquals(pixels(first), pixels(chart.get()));
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    private static Map<String, double[]> series(String name, double... values) {
        Map<String, double[]> map = new LinkedHashMap<>();
        map.put(name, values);
        return map;
    }

    private static double bowl(double w, double b) {
        return (w - 2) * (w - 2) + 3 * (b + 1) * (b + 1);
    }

    @Test
    void sameInputGivesIdenticalPixels() {
        assertSamePixelsEachTime(() -> Charts.line("Loss", "epoch", "loss", series("loss", 3, 2, 1.5, 1.2, 1.1)));
        assertSamePixelsEachTime(() -> Charts.scatterWithLine("t", "x", "y", new double[] {1, 2, 3},
                new double[] {2, 4, 7}, "f(x) = 2x", x -> 2 * x));
        assertSamePixelsEachTime(() -> Charts.histogram("h", "w", new double[] {0.1, 0.2, 0.2, 0.5, -0.3}, 5));
        assertSamePixelsEachTime(() -> Charts.imageGrid("g", new double[][] {{1, -1, 0, 0.5}, {0, 0, 1, 1}}, 2, 2, 2));
        assertSamePixelsEachTime(() -> Charts.lossContour("c", "w", "b", ChartsTest::bowl, -2, 6, -4, 2,
                new double[][] {{-1, 1}, {0.5, 0}, {1.5, -0.8}}));
        assertSamePixelsEachTime(() -> Charts.decisionRegions("d", "x1", "x2", p -> p[0] > p[1] ? 0.9 : 0.1,
                new double[][] {{0, 1}, {1, 0}, {2, 2.5}}, new double[][] {{0}, {1}, {0}}));
    }

    @Test
    void differentInputGivesDifferentPixels() {
        BufferedImage a = Charts.line("Loss", "epoch", "loss", series("loss", 3, 2, 1));
        BufferedImage b = Charts.line("Loss", "epoch", "loss", series("loss", 3, 2, 2));
        assertFalse(java.util.Arrays.equals(pixels(a), pixels(b)));
    }

    @Test
    void lineChartRefusesEmptySeriesNaNAndMismatchedLengths() {
        assertEquals("series 'loss' is empty: a chart needs at least one value",
                message(() -> Charts.line("t", "x", "y", series("loss"))));
        assertEquals("series 'loss' has NaN at index 2: a chart cannot place it (if this is a loss, training"
                + " diverged: try a smaller learning rate)",
                message(() -> Charts.line("t", "x", "y", series("loss", 1, 2, Double.NaN))));
        assertEquals("x has 3 values but series 'loss' has 2: give one y value for each x value",
                message(() -> Charts.line("t", "x", "y", new double[] {1, 2, 3}, series("loss", 1, 2))));
        assertEquals("series is empty: give at least one named series, e.g. Map.of(\"loss\", history.get(\"loss\"))",
                message(() -> Charts.line("t", "x", "y", Map.of())));
        assertEquals("series 'y' is null", message(() -> Charts.scatterWithLine("t", "x", "y", new double[] {1},
                null, "f", x -> x)));
    }

    @Test
    void modelLineThatGivesNaNIsNamed() {
        assertEquals("line 'log' gives NaN at x = -1.0: a chart cannot place it", message(() ->
                Charts.scatterWithLine("t", "x", "y", new double[] {-1, 1}, new double[] {0, 0}, "log", Math::log)));
    }

    @Test
    void histogramOfEqualValuesStillDrawsAndBinsMustBePositive() {
        BufferedImage zeros = Charts.histogram("zero init", "weight", new double[] {0, 0, 0, 0}, 10);
        assertEquals(Charts.WIDTH, zeros.getWidth());
        assertEquals("bins must be ≥ 1, got 0", message(() -> Charts.histogram("t", "w", new double[] {1}, 0)));
    }

    @Test
    void imageGridChecksShapesAndDrawsAllZeroWeights() {
        assertEquals(Charts.HEIGHT, Charts.imageGrid("zeros", new double[3][4], 2, 2, 3).getHeight());
        assertEquals("images[1] has 3 values but a 2 × 2 picture needs 4",
                message(() -> Charts.imageGrid("t", new double[][] {{1, 2, 3, 4}, {1, 2, 3}}, 2, 2, 2)));
        assertEquals("kernel has 25 rows (inputs) but 20 × 20 pictures need 400: pass the kernel as inputs × units",
                message(() -> Charts.kernelImages("t", new double[25][400], 20, 20, 5)));
        assertEquals("at most 400 pictures fit in one chart, got 401: pass a few rows, e.g. data.first(25).x()",
                message(() -> Charts.pictures("t", new double[401][4], 2, 2, 20, null)));
        assertEquals("captions has 1 entries but there are 2 pictures: give one caption per picture (or null for none)",
                message(() -> Charts.pictures("t", new double[2][4], 2, 2, 2, List.of("a"))));
        assertEquals("columns must be ≥ 1, got 0", message(() -> Charts.imageGrid("t", new double[1][4], 2, 2, 0)));
    }

    @Test
    void kernelColumnJBecomesPictureJ() {
        double[][] kernel = {{1, 0}, {0, 0}, {0, 0}, {0, -1}}; // 4 inputs × 2 units
        int[] byKernel = pixels(Charts.kernelImages("k", kernel, 2, 2, 2));
        int[] byRows = pixels(Charts.imageGrid("k", new double[][] {{1, 0, 0, 0}, {0, 0, 0, -1}}, 2, 2, 2));
        assertArrayEquals(byRows, byKernel);
    }

    @Test
    void lossContourRefusesBadRangesAndNonFiniteLoss() {
        assertEquals("w range must be finite with min < max, got [1.0, 1.0]",
                message(() -> Charts.lossContour("t", "w", "b", ChartsTest::bowl, 1, 1, 0, 1, null)));
        String nan = message(() -> Charts.lossContour("t", "w", "b", (w, b) -> Math.log(w), -1, 1, 0, 1, null));
        assertTrue(nan.startsWith("loss(w, b) is NaN at (-1.0, 0.0)"), nan);
        assertEquals("path[1][0] is NaN", message(() -> Charts.lossContour("t", "w", "b", ChartsTest::bowl,
                -1, 1, -1, 1, new double[][] {{0, 0}, {Double.NaN, 0}})));
    }

    @Test
    void flatLossAndAOnePointPathStillDraw() {
        BufferedImage flat = Charts.lossContour("flat", "w", "b", (w, b) -> 1.0, 0, 1, 0, 1, new double[][] {{0.5, 0.5}});
        assertEquals(Charts.WIDTH, flat.getWidth());
    }

    @Test
    void levelsHalveTowardsTheMinimumAndAreRounded() {
        assertArrayEquals(new double[] {0.2, 0.39, 0.78, 1.6, 3.1, 6.3, 13, 25, 50},
                LossSurface.levels(0, 100), 1e-12);
    }

    @Test
    void decisionRegionsNeedAProbabilityAndOneTargetPerPoint() {
        double[][] x = {{0, 0}, {1, 1}};
        assertEquals("probability must be in [0, 1], got 2.0 at (-0.1, -0.1): pass the model's probability of"
                + " class 1, e.g. point -> model.predict(point)[0]",
                message(() -> Charts.decisionRegions("t", "a", "b", p -> 2.0, x, new double[][] {{0}, {1}})));
        assertEquals("y must have one row per point: x has 2 rows, y has 1 rows",
                message(() -> Charts.decisionRegions("t", "a", "b", p -> 0.5, x, new double[][] {{0}})));
        assertEquals("x must be n × 2 (one row (x₁, x₂) per point), but x[1] has 3 values",
                message(() -> Charts.classes("t", "a", "b", new double[][] {{0, 0}, {1, 1, 1}}, new double[2][1])));
    }

    @Test
    void sideBySidePutsImagesLeftToRight() {
        BufferedImage a = Charts.line("a", "x", "y", series("s", 1, 2));
        BufferedImage b = Charts.histogram("b", "x", new double[] {1, 2}, 2);
        BufferedImage both = Charts.sideBySide(a, b);
        assertEquals(2 * Charts.WIDTH, both.getWidth());
        assertEquals(a.getRGB(100, 100), both.getRGB(100, 100));
        assertEquals(b.getRGB(100, 100), both.getRGB(Charts.WIDTH + 100, 100));
        assertEquals("sideBySide needs at least one image, got none", message(Charts::sideBySide));
        assertEquals("images[1] is null", message(() -> Charts.sideBySide(a, null)));
    }
}
