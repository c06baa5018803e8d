package weightlab.data;

import java.util.Arrays;
import java.util.Random;

/**
 * A data set: inputs {@code x} and targets {@code y}, one row per example.
 *
 * <p>Shapes follow Keras: {@code x} is examples × features (e.g. 12,000 × 784 for Fashion-MNIST),
 * {@code y} is examples × outputs (e.g. 12,000 × 10 one-hot rows, or n × 1 for one number per
 * example such as a house price). Row {@code i} of {@code x} goes with row {@code i} of {@code y}.
 *
 * <p>The arrays are shared, not copied: a 12,000 × 784 set is 75 MB of doubles, so {@link #split},
 * {@link #subset} and {@link #first} build new arrays of <em>row references</em> and never copy
 * a pixel. Treat the rows as read-only. (For the same reason {@code equals} compares the arrays by
 * identity, as every record holding arrays does.)
 *
 * <p>The constructor checks what every model would trip over later: the same number of rows in
 * {@code x} and {@code y}, rectangular rows, and no NaN or infinite value, and names the first
 * offending position ({@code "x[3][1] is NaN"}).
 *
 * @param x inputs, examples × features
 * @param y targets, examples × outputs
 */
public record Dataset(double[][] x, double[][] y) {

    /** Validates shapes and values; see the class comment. */
    public Dataset {
        checkMatrix("x", x);
        checkMatrix("y", y);
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y must have one row per example: x has "
                    + x.length + " rows, y has " + y.length);
        }
    }

    /** Number of examples n (rows of x). */
    public int size() {
        return x.length;
    }

    /** Number of input features (columns of x), e.g. 784 for a 28 × 28 image. */
    public int features() {
        return x[0].length;
    }

    /** Number of target columns (columns of y): 1 for a number, 10 for ten one-hot classes. */
    public int outputs() {
        return y[0].length;
    }

    /** The class index of each example: the position of the largest value in each row of y. */
    public int[] labels() {
        return OneHot.decode(y);
    }

    /**
     * Splits into a training and a validation part after a seeded shuffle of the example indices.
     * With 100 examples and {@code validationFraction} 0.2, the validation part holds
     * round(100 · 0.2) = 20 examples and the training part the other 80. Same seed → same split.
     *
     * @param validationFraction share of examples held out, strictly between 0 and 1
     * @param seed               seed of the shuffle
     */
    public Split split(double validationFraction, long seed) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException(
                    "validationFraction must be between 0 and 1 (exclusive), got " + validationFraction);
        }
        int validationSize = (int) Math.round(size() * validationFraction);
        if (validationSize == 0 || validationSize == size()) {
            throw new IllegalArgumentException("validationFraction " + validationFraction + " of " + size()
                    + " examples leaves " + (size() - validationSize) + " for training and " + validationSize
                    + " for validation: both parts need at least one example");
        }
        int[] order = shuffledIndices(size(), seed);
        int[] validation = Arrays.copyOfRange(order, 0, validationSize);
        int[] train = Arrays.copyOfRange(order, validationSize, order.length);
        return new Split(subset(train), subset(validation));
    }

    /** The examples at the given indices, in that order (rows shared, not copied). */
    public Dataset subset(int... indices) {
        if (indices.length == 0) {
            throw new IllegalArgumentException("subset needs at least one index, got none");
        }
        double[][] xs = new double[indices.length][];
        double[][] ys = new double[indices.length][];
        for (int k = 0; k < indices.length; k++) {
            int i = indices[k];
            if (i < 0 || i >= size()) {
                throw new IllegalArgumentException("indices[" + k + "] = " + i
                        + " is outside 0.." + (size() - 1) + " (the data set has " + size() + " examples)");
            }
            xs[k] = x[i];
            ys[k] = y[i];
        }
        return new Dataset(xs, ys);
    }

    /** The first {@code n} examples (rows shared, not copied). */
    public Dataset first(int n) {
        if (n < 1 || n > size()) {
            throw new IllegalArgumentException("n must be 1.." + size() + ", got " + n);
        }
        int[] indices = new int[n];
        for (int i = 0; i < n; i++) {
            indices[i] = i;
        }
        return subset(indices);
    }

    /**
     * A seeded permutation of 0..n−1 (Fisher–Yates shuffle with {@code new Random(seed)}).
     * Shuffle this index array, not the data: the rows stay where they are.
     */
    public static int[] shuffledIndices(int n, long seed) {
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Random rng = new Random(seed);
        for (int i = n - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
        return order;
    }

    /** {@code "Dataset(1797 examples, 64 features → 10 outputs)"}. */
    @Override
    public String toString() {
        return "Dataset(" + size() + " examples, " + features() + " features → " + outputs() + " outputs)";
    }

    /**
     * A training part and a validation part of one data set.
     *
     * @param train      examples to fit the weights on
     * @param validation examples held out to watch for overfitting
     */
    public record Split(Dataset train, Dataset validation) {
    }

    private static void checkMatrix(String name, double[][] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " must not be null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " must have at least one row (example), got 0");
        }
        int width = -1;
        for (int i = 0; i < values.length; i++) {
            double[] row = values[i];
            if (row == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
            if (width == -1) {
                width = row.length;
                if (width == 0) {
                    throw new IllegalArgumentException(name + "[0] is empty: rows need at least one value");
                }
            } else if (row.length != width) {
                throw new IllegalArgumentException(name + " must be rectangular: " + name + "[0] has " + width
                        + " values but " + name + "[" + i + "] has " + row.length);
            }
            for (int j = 0; j < row.length; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] is " + row[j]);
                }
            }
        }
    }
}
