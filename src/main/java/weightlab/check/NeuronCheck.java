package weightlab.check;

import java.util.function.DoubleUnaryOperator;

/**
 * Ready-made checks for one neuron and one dense layer, from plain numbers. Each recomputes the
 * right answer and the usual wrong ones, so the message can say which slip was made.
 *
 * <p>Notation: inputs x (n values), weights w, bias b, weighted sum z = w·x + b = Σᵢ wᵢxᵢ + b,
 * activation g, output a = g(z). A layer's kernel W is inputs × units (Keras' shape), so its
 * outputs are aⱼ = g(Σᵢ xᵢ Wᵢⱼ + bⱼ). Activations are passed as functions, e.g.
 * {@code z -> 1 / (1 + Math.exp(-z))} for the sigmoid.
 */
public final class NeuronCheck {

    private NeuronCheck() {
    }

    /** Checks z = w·x + b. Example: w = [2, −1], x = [3, 4], b = 0.5 gives z = 6 − 4 + 0.5 = 2.5. */
    public static void weightedSum(String name, double answer, double[] weights, double[] x, double bias) {
        sameLength(weights, x);
        double dot = dot(weights, x);
        Check.number(name, answer, dot + bias,
                Mistake.of("you forgot the bias b: z = w·x + b", dot),
                Mistake.of("the bias is added, not subtracted: z = w·x + b", dot - bias),
                Mistake.of("multiply each input by its weight and add the products: w·x = Σ wᵢxᵢ",
                        sum(weights) + sum(x) + bias),
                Mistake.of("every input counts: w·x = Σ wᵢxᵢ over all " + x.length + " inputs",
                        weights[0] * x[0] + bias));
    }

    /** Checks a = g(w·x + b) for one neuron with activation g. */
    public static void output(String name, double answer, double[] weights, double[] x, double bias,
                              DoubleUnaryOperator activation) {
        sameLength(weights, x);
        double dot = dot(weights, x);
        Check.number(name, answer, activation.applyAsDouble(dot + bias),
                Mistake.of("you forgot the activation: a = g(z), and z = w·x + b is only its input", dot + bias),
                Mistake.of("you forgot the bias b: a = g(w·x + b)", activation.applyAsDouble(dot)),
                Mistake.of("you forgot both the bias and the activation: a = g(w·x + b)", dot),
                Mistake.of("the bias goes inside the activation: a = g(w·x + b), not g(w·x) + b",
                        activation.applyAsDouble(dot) + bias));
    }

    /**
     * Checks a dense layer's outputs aⱼ = g(Σᵢ xᵢ Wᵢⱼ + bⱼ) for one input row x.
     *
     * @param kernel inputs × units
     * @param bias   one per unit
     */
    public static void layerOutput(String name, double[] answer, double[][] kernel, double[] bias, double[] x,
                                   DoubleUnaryOperator activation) {
        int inputs = kernel.length;
        int units = bias.length;
        if (x.length != inputs || kernel[0].length != units) {
            throw new IllegalArgumentException("kernel must be " + x.length + " × " + units
                    + " (inputs × units) for " + x.length + " inputs and " + units + " biases, got "
                    + inputs + " × " + kernel[0].length);
        }
        double[] z = new double[units];
        double[] zTransposed = new double[units];
        for (int j = 0; j < units; j++) {
            for (int i = 0; i < inputs; i++) {
                z[j] += x[i] * kernel[i][j];
                zTransposed[j] += inputs == units ? x[i] * kernel[j][i] : Double.NaN;
            }
        }
        double[] expected = new double[units];
        double[] noActivation = new double[units];
        double[] noBias = new double[units];
        double[] transposed = new double[units];
        for (int j = 0; j < units; j++) {
            noActivation[j] = z[j] + bias[j];
            expected[j] = activation.applyAsDouble(noActivation[j]);
            noBias[j] = activation.applyAsDouble(z[j]);
            transposed[j] = activation.applyAsDouble(zTransposed[j] + bias[j]);
        }
        if (answer != null && answer.length == inputs && inputs != units
                && java.util.Arrays.stream(answer).noneMatch(Double::isNaN)) {
            throw new AssertionError("✘ " + name + " has " + inputs + " values, one per input, but a layer gives one"
                    + " value per unit (" + units + "): compute x·W with the kernel W as inputs × units"
                    + " — did you use it transposed?");
        }
        Check.vector(name, answer, expected,
                Mistake.of("you forgot the activation: a = g(x·W + b)", noActivation),
                Mistake.of("you forgot the bias b: a = g(x·W + b)", noBias),
                Mistake.of("you used the kernel transposed: W is inputs × units, so zⱼ = Σᵢ xᵢ Wᵢⱼ", transposed));
    }

    /**
     * Checks the number of parameters of a dense layer: inputs · units weights + units biases,
     * e.g. 400 · 25 + 25 = 10,025.
     */
    public static void parameterCount(String name, double answer, int inputs, int units) {
        double weights = (double) inputs * units;
        String forgotBiases = units == 1
                ? "you forgot the bias: the neuron has one, so add 1"
                : "you forgot the biases: each of the " + units + " units has one, so add " + units;
        Check.number(name, answer, weights + units, 0,
                Mistake.of(forgotBiases, weights),
                Mistake.of("each unit has its own bias: add " + units + " biases, not 1", weights + 1),
                Mistake.of("each unit has one weight per input: inputs · units weights, not inputs + units",
                        inputs + units + (double) units));
    }

    /** Checks the shape of a Keras kernel: inputs × units. */
    public static void kernelShape(String name, int[] answer, int inputs, int units) {
        Check.shape(name, answer, new int[] {inputs, units}, "inputs × units");
    }

    static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }

    private static void sameLength(double[] weights, double[] x) {
        if (weights.length != x.length || x.length == 0) {
            throw new IllegalArgumentException("weights and x must have one value per input: weights has "
                    + weights.length + ", x has " + x.length);
        }
    }
}
