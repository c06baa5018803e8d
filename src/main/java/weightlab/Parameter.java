package weightlab;

import java.util.Arrays;
import java.util.function.Supplier;

/**
 * One trainable tensor of a layer, with its gradient beside it: the value w and ∂L/∂w,
 * the same shape. The optimizer sees only a list of these, so it never needs to know layers.
 *
 * <p>Lifecycle in one training step: {@link #zeroGradient()} clears ∂L/∂w; backward passes
 * <em>add</em> their contribution (gradients accumulate, like micrograd's {@code +=});
 * the regularizer adds its own; the optimizer reads the gradient and changes the value.
 *
 * <p>Worked number: a kernel of 2 inputs × 3 units is a 2 × 3 value with a 2 × 3 gradient.
 */
public final class Parameter {

    /** What the parameter is: a kernel of weights (regularized) or a bias (never regularized). */
    public enum Role { KERNEL, BIAS }

    private final Supplier<String> name; // follows the layer's name
    private final Role role;
    private final Matrix value;
    private final Matrix gradient;
    private boolean trainable = true;
    private Regularizer regularizer;

    Parameter(Supplier<String> name, Role role, Matrix value) {
        this.name = name;
        this.role = role;
        this.value = value;
        this.gradient = Matrix.zeros(value.rows, value.cols);
    }

    /** e.g. "dense_1/kernel". */
    public String name() {
        return name.get();
    }

    public Role role() {
        return role;
    }

    /** The live value w: changing this matrix changes the model (the optimizer does exactly that). */
    public Matrix value() {
        return value;
    }

    /** The live gradient ∂L/∂w, same shape as the value; it accumulates until {@link #zeroGradient()}. */
    public Matrix gradient() {
        return gradient;
    }

    /** Number of entries, e.g. 400 × 25 = 10,000 for a kernel. */
    public int size() {
        return value.data.length;
    }

    /** Sets ∂L/∂w to 0 (modifies the gradient); call before each backward pass. */
    public void zeroGradient() {
        Arrays.fill(gradient.data, 0);
    }

    /** False for a frozen layer: the optimizer leaves its value alone. */
    public boolean isTrainable() {
        return trainable;
    }

    void setTrainable(boolean trainable) {
        this.trainable = trainable;
    }

    /** The regularizer on this parameter, or null. */
    public Regularizer regularizer() {
        return regularizer;
    }

    void setRegularizer(Regularizer regularizer) {
        if (regularizer != null && role == Role.BIAS) {
            throw new IllegalArgumentException("regularizers apply to kernels, never to biases: " + name());
        }
        this.regularizer = regularizer;
    }

    /** The regularizer's penalty on the current value (0 without one). */
    public double penalty() {
        return regularizer == null ? 0 : regularizer.penalty(value);
    }

    /** Adds the regularizer's gradient to ∂L/∂w (modifies the gradient). */
    void addRegularizerGradient() {
        if (regularizer != null) {
            regularizer.addGradientInto(value, gradient);
        }
    }

    /** "dense/kernel 2 × 3 (trainable)". */
    @Override
    public String toString() {
        return name() + " " + value.shape() + (trainable ? " (trainable)" : " (frozen)")
                + (regularizer == null ? "" : " " + regularizer);
    }
}
