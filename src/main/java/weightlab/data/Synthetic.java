package weightlab.data;

import java.util.Random;

/**
 * Small made-up data sets whose true rule is known, so a learner can compare the weights a model
 * finds with the weights that made the data. All are seeded: the same seed gives the same numbers.
 *
 * <p>The two regression sets lie on a known line or plane plus Gaussian noise:
 * <ul>
 *   <li>{@link #housePrices}: price (in $1000s) = 200 · size (in 1000 sq ft) + 100 + noise, so the
 *       ideal one-input neuron has weight w = 200 and bias b = 100; a 1.5 (1,500 sq ft) house costs
 *       about 200 · 1.5 + 100 = 400, i.e. $400,000.</li>
 *   <li>{@link #cakes}: score = 0.6 · taste + 0.3 · look + 0.1 · smell + noise, three weights and no
 *       bias (b = 0).</li>
 * </ul>
 * The three 2-D classification sets ({@link #blobs}, {@link #xor}, {@link #circles}) have inputs
 * (x₁, x₂) and a target 0 or 1 per example (y is n × 1, for one sigmoid output unit); classes
 * alternate so that each set is balanced. Blobs are separable by a straight line; xor and circles
 * are not, which is why a hidden layer is needed.
 */
public final class Synthetic {

    private Synthetic() {
    }

    /**
     * House sizes and prices on the line price = 200 · size + 100, plus noise.
     * Sizes are uniform in [0.5, 3.5) thousand square feet, rounded to whole square feet (0.001);
     * prices are rounded to $100 (0.1).
     *
     * @param n        number of houses
     * @param noiseStd standard deviation of the Gaussian noise added to the price, in $1000s (0 for an exact line)
     * @param seed     seed of the generator
     * @return x: n × 1 sizes in 1000 sq ft; y: n × 1 prices in $1000s
     */
    public static Dataset housePrices(int n, double noiseStd, long seed) {
        checkCount(n);
        checkNoise(noiseStd);
        Random rng = new Random(seed);
        double[][] x = new double[n][1];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            double size = round(0.5 + 3.0 * rng.nextDouble(), 1000);
            x[i][0] = size;
            y[i][0] = round(200 * size + 100 + noiseStd * rng.nextGaussian(), 10);
        }
        return new Dataset(x, y);
    }

    /**
     * Cakes judged on taste, look and smell (each uniform in 0..10, rounded to 0.1) with the score
     * 0.6 · taste + 0.3 · look + 0.1 · smell plus Gaussian noise of standard deviation 0.1,
     * rounded to 0.01. Taste matters most: the ideal weights are [0.6, 0.3, 0.1] and the bias 0.
     *
     * @return x: n × 3 (taste, look, smell); y: n × 1 score
     */
    public static Dataset cakes(int n, long seed) {
        checkCount(n);
        Random rng = new Random(seed);
        double[][] x = new double[n][3];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            double taste = round(10 * rng.nextDouble(), 10);
            double look = round(10 * rng.nextDouble(), 10);
            double smell = round(10 * rng.nextDouble(), 10);
            x[i] = new double[] {taste, look, smell};
            y[i][0] = round(0.6 * taste + 0.3 * look + 0.1 * smell + 0.1 * rng.nextGaussian(), 100);
        }
        return new Dataset(x, y);
    }

    /**
     * Two Gaussian clouds (standard deviation 0.5): class 0 around (−1, −1), class 1 around (1, 1).
     * A single neuron (a straight decision line) separates them almost perfectly.
     */
    public static Dataset blobs(int n, long seed) {
        return alternatingClasses(n, seed, (label, rng) -> {
            double centre = label == 1 ? 1.0 : -1.0;
            return new double[] {centre + 0.5 * rng.nextGaussian(), centre + 0.5 * rng.nextGaussian()};
        });
    }

    /**
     * The XOR pattern: points uniform in the square [−1, 1]², class 1 when x₁ and x₂ have
     * different signs (exactly one of them is positive), class 0 otherwise. Points closer than 0.1
     * to an axis are left out so that the four quadrants are clearly apart. No straight line
     * separates the classes.
     */
    public static Dataset xor(int n, long seed) {
        return alternatingClasses(n, seed, (label, rng) -> {
            double x1 = awayFromAxis(rng);
            double x2 = awayFromAxis(rng);
            boolean differentSigns = (x1 > 0) != (x2 > 0);
            if (differentSigns != (label == 1)) {
                x2 = -x2; // flip into a quadrant of the wanted class, keeping the classes balanced
            }
            return new double[] {x1, x2};
        });
    }

    /**
     * Two rings around the origin: class 1 on a circle of radius 0.5, class 0 on a circle of
     * radius 1, both with radial noise of standard deviation 0.08. A circle, not a line,
     * separates them.
     */
    public static Dataset circles(int n, long seed) {
        return alternatingClasses(n, seed, (label, rng) -> {
            double radius = (label == 1 ? 0.5 : 1.0) + 0.08 * rng.nextGaussian();
            double angle = 2 * Math.PI * rng.nextDouble();
            return new double[] {radius * Math.cos(angle), radius * Math.sin(angle)};
        });
    }

    /** Draws one 2-D point of the given class (0 or 1) from the generator. */
    private interface PointOfClass {
        double[] draw(int label, Random rng);
    }

    /**
     * n points with labels alternating 0, 1, 0, 1, … (so the classes are balanced), each drawn in
     * turn from one generator seeded with {@code seed}; y is n × 1.
     */
    private static Dataset alternatingClasses(int n, long seed, PointOfClass point) {
        checkCount(n);
        Random rng = new Random(seed);
        double[][] x = new double[n][];
        double[][] y = new double[n][1];
        for (int i = 0; i < n; i++) {
            int label = i % 2;
            x[i] = point.draw(label, rng);
            y[i][0] = label;
        }
        return new Dataset(x, y);
    }

    private static double awayFromAxis(Random rng) {
        double value;
        do {
            value = 2 * rng.nextDouble() - 1;
        } while (Math.abs(value) < 0.1);
        return value;
    }

    private static double round(double value, double stepsPerUnit) {
        return Math.round(value * stepsPerUnit) / stepsPerUnit;
    }

    private static void checkCount(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("n (number of examples) must be ≥ 1, got " + n);
        }
    }

    private static void checkNoise(double noiseStd) {
        if (!(noiseStd >= 0) || Double.isInfinite(noiseStd)) {
            throw new IllegalArgumentException("noiseStd must be a finite number ≥ 0, got " + noiseStd);
        }
    }
}
