package weightlab;

/**
 * Checks at the public edge, with messages a learner can act on: they name what was
 * expected and what was given ("learningRate must be > 0, got -0.1", "x[3][1] is NaN").
 * Bad arguments throw {@link IllegalArgumentException}.
 */
final class Validate {

    private Validate() {
    }

    /** "units must be > 0, got 0". */
    static int positive(String name, int value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
        return value;
    }

    /** "learningRate must be > 0, got -0.1"; NaN and Infinity are refused too. */
    static double positive(String name, double value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be > 0, got " + value);
        }
        return finite(name, value);
    }

    /** "l2Strength must be >= 0, got -1.0"; NaN and Infinity are refused too. */
    static double nonNegative(String name, double value) {
        if (!(value >= 0)) {
            throw new IllegalArgumentException(name + " must be >= 0, got " + value);
        }
        return finite(name, value);
    }

    /** "mean must be finite, got NaN". */
    static double finite(String name, double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException(name + " must be finite, got " + value);
        }
        return value;
    }

    /**
     * A non-empty rectangular table of finite numbers, rows = examples. Returns the number of columns.
     * Messages: "x is empty", "x[2] has 3 values but x[0] has 2", "x[3][1] is NaN".
     */
    static int table(String name, double[][] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty: it needs at least one row (one example)");
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                throw new IllegalArgumentException(name + "[" + i + "] is null");
            }
            if (values[i].length == 0) {
                throw new IllegalArgumentException(name + "[" + i + "] is empty: each row needs at least one value");
            }
            if (values[i].length != values[0].length) {
                throw new IllegalArgumentException(name + "[" + i + "] has " + values[i].length
                        + " values but " + name + "[0] has " + values[0].length + ": rows must all have the same length");
            }
            for (int j = 0; j < values[i].length; j++) {
                if (!Double.isFinite(values[i][j])) {
                    throw new IllegalArgumentException(name + "[" + i + "][" + j + "] is " + values[i][j]);
                }
            }
        }
        return values[0].length;
    }

    /** A non-empty vector of finite numbers: "y is empty", "y[3] is NaN". */
    static int vector(String name, double[] values) {
        if (values == null) {
            throw new IllegalArgumentException(name + " is null");
        }
        if (values.length == 0) {
            throw new IllegalArgumentException(name + " is empty: it needs at least one value");
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is " + values[i]);
            }
        }
        return values.length;
    }

    /** "x has 5 rows (examples) but y has 4". */
    static void sameRows(String xName, double[][] x, String yName, double[][] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(xName + " has " + x.length + " rows (examples) but "
                    + yName + " has " + y.length + ": every example needs exactly one target");
        }
    }

    /** Turns y = [y₀, y₁, …] into a one-column table [[y₀], [y₁], …] after checking it. */
    static double[][] column(String name, double[] values) {
        vector(name, values);
        double[][] column = new double[values.length][1];
        for (int i = 0; i < values.length; i++) {
            column[i][0] = values[i];
        }
        return column;
    }
}
