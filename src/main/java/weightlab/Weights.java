package weightlab;

import java.util.Arrays;

/**
 * What {@link Dense#getWeights()} returns, as Keras: the kernel W (inputs × units: W[i][j]
 * connects input i to unit j) and the bias b (one per unit). Both are copies, given and returned.
 * A layer built with {@code useBias(false)} has an empty bias.
 */
public record Weights(double[][] kernel, double[] bias) {

    public Weights {
        Validate.table("kernel", kernel);
        kernel = deepCopy(kernel);
        bias = bias == null ? new double[0] : bias.clone();
    }

    /** A copy of the kernel, inputs × units. */
    @Override
    public double[][] kernel() {
        return deepCopy(kernel);
    }

    /** A copy of the bias, one value per unit. */
    @Override
    public double[] bias() {
        return bias.clone();
    }

    static double[][] deepCopy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i].clone();
        }
        return copy;
    }

    /**
     * Like Keras' printout of get_weights(), with the shapes:
     * <pre>
     * kernel (2 × 3, inputs × units):
     * [[0.1, 0.2, 0.3],
     *  [0.4, 0.5, 0.6]]
     * bias (3):
     * [0.0, 0.0, 0.0]
     * </pre>
     */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("kernel (" + kernel.length + " × " + kernel[0].length
                + ", inputs × units):\n[");
        for (int i = 0; i < kernel.length; i++) {
            text.append(i == 0 ? "" : ",\n ").append(Arrays.toString(kernel[i]));
        }
        return text.append("]\nbias (").append(bias.length).append("):\n").append(Arrays.toString(bias)).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Weights w && Arrays.deepEquals(w.kernel, kernel) && Arrays.equals(w.bias, bias);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.deepHashCode(kernel) + Arrays.hashCode(bias);
    }
}
