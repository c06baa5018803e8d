package weightlab;

import java.util.Arrays;

/**
 * One unit: a weighted sum of its inputs plus a bias, through an activation.
 * <pre>
 *   z = Σᵢ wᵢ·xᵢ + b      (weightedSum, the pre-activation)
 *   a = g(z)              (output)
 * </pre>
 * Worked number, the house-price neuron: w = 200, b = 100, linear; a house of size 2 (1000 sq ft)
 * costs 200·2 + 100 = 500 (thousand dollars).
 *
 * <p>The bias is a weight on a constant input 1: {@link #withBiasAsInput()} gives the neuron with
 * weights [w₁ … wₙ, b] and no bias, to be fed {@link #extendWithOne(double[])} = [x₁ … xₙ, 1].
 */
public final class Neuron {
    private final double[] weights;
    private final double bias;
    private final Activation activation;

    /** A neuron with one weight per input, a bias, and an activation (e.g. {@link Activation#LINEAR}). */
    public Neuron(double[] weights, double bias, Activation activation) {
        Validate.vector("weights", weights);
        this.weights = weights.clone();
        this.bias = Validate.finite("bias", bias);
        if (activation == null) {
            throw new IllegalArgumentException("activation is null: use Activation.LINEAR for none");
        }
        this.activation = activation;
    }

    /** z = Σᵢ wᵢ·xᵢ + b. */
    public double weightedSum(double[] x) {
        Validate.vector("x", x);
        if (x.length != weights.length) {
            throw new IllegalArgumentException("x has " + x.length + " values but this neuron has "
                    + weights.length + " weights (one per input)");
        }
        double z = 0;
        for (int i = 0; i < weights.length; i++) {
            z += weights[i] * x[i];
        }
        return z + bias; // the bias last, as Dense adds it after x · W: both give the same bits
    }

    /** a = g(z). */
    public double output(double[] x) {
        return activation.value(weightedSum(x));
    }

    /** A copy of the weights, one per input. */
    public double[] weights() {
        return weights.clone();
    }

    public double bias() {
        return bias;
    }

    public Activation activation() {
        return activation;
    }

    /** Number of inputs. */
    public int inputSize() {
        return weights.length;
    }

    /** Weights plus one bias: a 2-input neuron has 3 parameters. */
    public int parameterCount() {
        return weights.length + 1;
    }

    /** The same neuron with the bias moved into the weights: weights [w…, b], bias 0. */
    public Neuron withBiasAsInput() {
        double[] extended = Arrays.copyOf(weights, weights.length + 1);
        extended[weights.length] = bias;
        return new Neuron(extended, 0, activation);
    }

    /** [x₁ … xₙ] → [x₁ … xₙ, 1], the input for {@link #withBiasAsInput()}. */
    public static double[] extendWithOne(double[] x) {
        double[] extended = Arrays.copyOf(x, x.length + 1);
        extended[x.length] = 1;
        return extended;
    }

    /** "Neuron(weights=[200.0], bias=100.0, activation=linear)". */
    @Override
    public String toString() {
        return "Neuron(weights=" + Arrays.toString(weights) + ", bias=" + bias + ", activation=" + activation + ")";
    }
}
