package weightlab;

/**
 * An activation g turns a unit's pre-activation z = Σ wᵢxᵢ + b into its output a = g(z).
 * Each activation carries its value and its derivative side by side, as in micrograd and
 * TensorFlow Playground: backprop multiplies the incoming gradient by g'(z).
 *
 * <pre>
 *   linear      g(z) = z                      g'(z) = 1
 *   sigmoid     g(z) = 1 / (1 + e^(−z))       g'(z) = g(z)·(1 − g(z))     sigmoid(0) = 0.5, g'(0) = 0.25
 *   tanh        g(z) = tanh(z)                g'(z) = 1 − tanh²(z)        tanh(0) = 0, g'(0) = 1
 *   relu        g(z) = max(0, z)              g'(z) = 1 if z > 0 else 0 (0 at the kink z = 0, as TensorFlow)
 *   leaky_relu  g(z) = z if z > 0 else s·z    g'(z) = 1 if z > 0 else s   (s = slope, 0.01 here)
 *   softmax     gₖ(z) = e^(zₖ) / Σⱼ e^(zⱼ)    works on a whole row (one example); see below
 * </pre>
 * Softmax is not elementwise: its derivative is the Jacobian ∂gₖ/∂zⱼ = gₖ(δₖⱼ − gⱼ), and
 * backprop applies it as a Jacobian–vector product. softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652].
 *
 * <p>Matrices hold one example per row: z and a are examples × units.
 */
public interface Activation {

    Activation LINEAR = new ElementwiseActivation("linear", z -> z, z -> 1);

    Activation SIGMOID = new ElementwiseActivation("sigmoid",
            z -> 1 / (1 + Math.exp(-z)),
            z -> {
                double s = 1 / (1 + Math.exp(-z));
                return s * (1 - s);
            });

    Activation TANH = new ElementwiseActivation("tanh",
            Math::tanh,
            z -> 1 - Math.tanh(z) * Math.tanh(z));

    Activation RELU = new ElementwiseActivation("relu",
            z -> Math.max(0, z),
            z -> z > 0 ? 1 : 0);

    /** Leaky ReLU with slope 0.01 for z ≤ 0 (the common default; Keras' own default is 0.2). */
    Activation LEAKY_RELU = leakyRelu(0.01);

    Activation SOFTMAX = new Softmax();

    /** Leaky ReLU: z for z > 0, slope·z otherwise; derivative 1 or slope. */
    static Activation leakyRelu(double slope) {
        Validate.nonNegative("slope", slope);
        return new ElementwiseActivation("leaky_relu", "leaky_relu(slope=" + slope + ")",
                z -> z > 0 ? z : slope * z,
                z -> z > 0 ? 1 : slope);
    }

    /** The Keras name: "linear", "sigmoid", "tanh", "relu", "leaky_relu", "softmax". */
    String name();

    /** g(z) for one pre-activation (elementwise activations only). */
    double value(double z);

    /** g'(z) for one pre-activation (elementwise activations only). */
    double derivative(double z);

    /** False for softmax, whose output k depends on the whole row. */
    default boolean isElementwise() {
        return true;
    }

    /** g applied to one example's pre-activations (a new array). */
    default double[] value(double[] z) {
        double[] a = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            a[k] = value(z[k]);
        }
        return a;
    }

    /** Forward pass: writes a = g(z) into {@code a} (modified); z and a are examples × units. */
    default void forwardInto(Matrix z, Matrix a) {
        z.requireSameShape(a, "activation forward");
        for (int k = 0; k < z.data.length; k++) {
            a.data[k] = value(z.data[k]);
        }
    }

    /**
     * Backward pass: given ∂L/∂a, writes ∂L/∂z = ∂L/∂a ⊙ g'(z) into {@code gradZ} (modified).
     * {@code a} = g(z) is passed too, because softmax needs it.
     */
    default void backwardInto(Matrix z, Matrix a, Matrix gradA, Matrix gradZ) {
        z.requireSameShape(gradA, "activation backward");
        z.requireSameShape(gradZ, "activation backward");
        for (int k = 0; k < z.data.length; k++) {
            gradZ.data[k] = gradA.data[k] * derivative(z.data[k]);
        }
    }
}
