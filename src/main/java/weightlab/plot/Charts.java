package weightlab.plot;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * Charts for the notebooks, each returned as a {@link BufferedImage}: the Java kernel shows an
 * image that is a cell's value as a PNG, which GitHub, nbviewer and JupyterLab all display with
 * no JavaScript. Every chart is {@value #WIDTH} × {@value #HEIGHT} pixels with one look (fonts,
 * colours), works headless, and gives identical pixels for identical input on one JDK.
 *
 * <p>Charts take plain numbers — arrays, maps of named arrays, functions — never a model, so
 * they work with anything: {@code Charts.line("Loss", "epoch", "loss", history.asMap())}.
 * Bad input (an empty series, lengths that differ, a NaN) is refused with a message that names
 * the series and the position, rather than drawn as a silent gap.
 */
public final class Charts {

    /** Width of every chart, in pixels. */
    public static final int WIDTH = Theme.WIDTH;
    /** Height of every chart, in pixels. */
    public static final int HEIGHT = Theme.HEIGHT;

    private Charts() {
    }

    /**
     * Line chart of named series against 1, 2, …, n — e.g. loss curves, where value i belongs to
     * epoch i + 1 as Keras counts. Series may have different lengths.
     *
     * @param series name → values, drawn in the map's order (use a LinkedHashMap to choose it)
     */
    public static BufferedImage line(String title, String xLabel, String yLabel, Map<String, double[]> series) {
        return LineCharts.line(title, xLabel, yLabel, null, series);
    }

    /** Line chart of named series against the given x values (one y value per x value in each series). */
    public static BufferedImage line(String title, String xLabel, String yLabel, double[] x,
                                     Map<String, double[]> series) {
        return LineCharts.line(title, xLabel, yLabel, x, series);
    }

    /**
     * Data points and a model's line through them, e.g. house prices and
     * {@code size -> 200 * size + 100}, with the line labelled "f(x) = 200x + 100".
     */
    public static BufferedImage scatterWithLine(String title, String xLabel, String yLabel, double[] x, double[] y,
                                                String lineLabel, DoubleUnaryOperator line) {
        Map<String, DoubleUnaryOperator> lines = new LinkedHashMap<>();
        lines.put(lineLabel == null ? "model" : lineLabel, line);
        return LineCharts.scatterWithLines(title, xLabel, yLabel, x, y, lines);
    }

    /** Data points and several named lines, e.g. the model after 0, 10 and 100 epochs. */
    public static BufferedImage scatterWithLines(String title, String xLabel, String yLabel, double[] x, double[] y,
                                                 Map<String, DoubleUnaryOperator> lines) {
        return LineCharts.scatterWithLines(title, xLabel, yLabel, x, y, lines);
    }

    /** Histogram of values in {@code bins} equal bins between their smallest and largest value. */
    public static BufferedImage histogram(String title, String xLabel, double[] values, int bins) {
        Map<String, double[]> one = new LinkedHashMap<>();
        one.put(Theme.text(xLabel).isEmpty() ? "values" : xLabel, values);
        return Histograms.histogram(title, xLabel, one, bins);
    }

    /**
     * Several histograms overlaid on the same bins (spanning all the values), so their spreads can
     * be compared — e.g. {@code Map.of("Glorot uniform", w1, "He normal", w2)}.
     */
    public static BufferedImage histogram(String title, String xLabel, Map<String, double[]> series, int bins) {
        return Histograms.histogram(title, xLabel, series, bins);
    }

    /**
     * Rows of values as pictures on one symmetric blue–white–red scale [−m, m], m = the largest
     * |value| of all rows: white is exactly 0, so the sign and the size of every weight can be read
     * and pictures compared. Each row holds width × height values, row by row.
     *
     * @param columns pictures per line of the grid
     */
    public static BufferedImage imageGrid(String title, double[][] images, int width, int height, int columns) {
        return ImageGrids.grid(title, images, width, height, columns, null, true);
    }

    /**
     * What each unit of a dense layer looks for: column j of the kernel (inputs × units, as
     * {@code getWeights()} gives it) is drawn as a width × height picture. For a 400 → 25 layer on
     * 20 × 20 images: {@code kernelImages("Hidden units", kernel, 20, 20, 5)} shows 25 pictures.
     */
    public static BufferedImage kernelImages(String title, double[][] kernel, int width, int height, int columns) {
        if (kernel == null || kernel.length == 0) {
            throw new IllegalArgumentException("kernel must be inputs × units, got " + (kernel == null ? "null" : "no rows"));
        }
        if (kernel.length != width * height) {
            throw new IllegalArgumentException("kernel has " + kernel.length + " rows (inputs) but " + width + " × "
                    + height + " pictures need " + (width * height) + ": pass the kernel as inputs × units");
        }
        int units = kernel[0].length;
        double[][] pictures = new double[units][kernel.length];
        for (int i = 0; i < kernel.length; i++) {
            if (kernel[i].length != units) {
                throw new IllegalArgumentException("kernel must be rectangular: kernel[0] has " + units
                        + " values, kernel[" + i + "] has " + kernel[i].length);
            }
            for (int j = 0; j < units; j++) {
                pictures[j][i] = kernel[i][j];
            }
        }
        return imageGrid(title, pictures, width, height, columns);
    }

    /**
     * Input pictures as ink on paper (0 = white, 1 = black), with an optional caption under each,
     * e.g. the class names of the first 20 Fashion-MNIST pictures.
     *
     * @param captions one per picture, or null
     */
    public static BufferedImage pictures(String title, double[][] images, int width, int height, int columns,
                                         List<String> captions) {
        return ImageGrids.grid(title, images, width, height, columns, captions, false);
    }

    /**
     * The loss over a rectangle of two parameters, seen from above, with the path of gradient
     * descent on it: {@code lossContour("MSE", "w", "b", (w, b) -> mse(w, b), 0, 400, -200, 400, path)}
     * where path[t] = {w, b} after step t (path[0] the start). Filled bands and labelled contour
     * lines show the levels; a cross marks the lowest loss on the grid.
     *
     * @param path rows {w, b}, or null for no path
     */
    public static BufferedImage lossContour(String title, String xLabel, String yLabel, DoubleBinaryOperator loss,
                                            double xMin, double xMax, double yMin, double yMax, double[][] path) {
        return LossSurface.contour(title, xLabel, yLabel, loss, xMin, xMax, yMin, yMax, path);
    }

    /**
     * A curve y = f(x) and, for each named series of x values x₀, x₁, …, the points (xₜ, f(xₜ))
     * joined in the order taken: gradient descent on a one-weight loss, e.g.
     * {@code curveWithSteps("E(w)", "w", "E", "E(w)", w -> (w - 3) * (w - 3), 0, 6, Map.of("α = 0.9", ws))}
     * shows the steps bouncing across the minimum. The curve is drawn over [xMin, xMax], widened to
     * reach every step.
     *
     * @param steps name → x values in the order taken (use a LinkedHashMap to choose the order)
     */
    public static BufferedImage curveWithSteps(String title, String xLabel, String yLabel, String curveLabel,
                                               DoubleUnaryOperator curve, double xMin, double xMax,
                                               Map<String, double[]> steps) {
        return CurveSteps.draw(title, xLabel, yLabel, curveLabel, curve, xMin, xMax, steps);
    }

    /**
     * Decision regions of a classifier of 2-D points: the background shows where its probability of
     * class 1 is above or below 0.5, the black line is the boundary p = 0.5, and the points x are
     * coloured by their true class y (n × 1 targets 0 / 1, or one-hot rows).
     *
     * @param probabilityOfClassOne e.g. {@code point -> model.predict(point)[0]}
     */
    public static BufferedImage decisionRegions(String title, String x1Label, String x2Label,
                                                ToDoubleFunction<double[]> probabilityOfClassOne,
                                                double[][] x, double[][] y) {
        if (probabilityOfClassOne == null) {
            throw new IllegalArgumentException("probabilityOfClassOne must be a function of a point {x1, x2}, got null"
                    + " (to draw only the points use Charts.classes)");
        }
        return DecisionRegions.draw(title, x1Label, x2Label, probabilityOfClassOne, x, y);
    }

    /** 2-D points coloured by class (y: n × 1 targets 0 / 1, or one-hot rows), before any model. */
    public static BufferedImage classes(String title, String x1Label, String x2Label, double[][] x, double[][] y) {
        return DecisionRegions.draw(title, x1Label, x2Label, null, x, y);
    }

    /**
     * Images next to each other, left to right, top-aligned on white: e.g. the loss curves of two
     * learning rates, {@code Charts.sideBySide(small, large)}.
     */
    public static BufferedImage sideBySide(BufferedImage... images) {
        if (images == null || images.length == 0) {
            throw new IllegalArgumentException("sideBySide needs at least one image, got none");
        }
        int width = 0;
        int height = 0;
        for (int i = 0; i < images.length; i++) {
            if (images[i] == null) {
                throw new IllegalArgumentException("images[" + i + "] is null");
            }
            width += images[i].getWidth();
            height = Math.max(height, images[i].getHeight());
        }
        BufferedImage joined = Theme.blank(width, height);
        Graphics2D g = joined.createGraphics();
        int x = 0;
        for (BufferedImage image : images) {
            g.drawImage(image, x, 0, null);
            x += image.getWidth();
        }
        g.dispose();
        return joined;
    }
}
