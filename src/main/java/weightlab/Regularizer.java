package weightlab;

/**
 * A penalty on large weights, added to the loss: L_total = L_data + Ω(W). As in Keras,
 * <pre>
 *   L1:  Ω(W) = λ₁ · Σ |w|     ∂Ω/∂w = λ₁ · sign(w)   (sign(0) = 0)
 *   L2:  Ω(W) = λ₂ · Σ w²      ∂Ω/∂w = 2 · λ₂ · w     (no ½ in front: Keras' convention)
 * </pre>
 * Applied to kernels only, never to biases. Included in the loss that fit and evaluate report
 * and in the gradients the optimizer uses.
 * Worked number: L2 with λ₂ = 0.01 on W = [[3, −4]]: Ω = 0.01 · 25 = 0.25, ∂Ω/∂W = [[0.06, −0.08]].
 */
public final class Regularizer {
    private final double l1Strength;
    private final double l2Strength;

    private Regularizer(double l1Strength, double l2Strength) {
        this.l1Strength = Validate.nonNegative("l1Strength", l1Strength);
        this.l2Strength = Validate.nonNegative("l2Strength", l2Strength);
    }

    /** λ₁ · Σ |w|. */
    public static Regularizer l1(double l1Strength) {
        return new Regularizer(l1Strength, 0);
    }

    /** λ₂ · Σ w². */
    public static Regularizer l2(double l2Strength) {
        return new Regularizer(0, l2Strength);
    }

    /** λ₁ · Σ |w| + λ₂ · Σ w². */
    public static Regularizer l1l2(double l1Strength, double l2Strength) {
        return new Regularizer(l1Strength, l2Strength);
    }

    public double l1Strength() {
        return l1Strength;
    }

    public double l2Strength() {
        return l2Strength;
    }

    /** The penalty of one weight: λ₁|w| + λ₂w². */
    public double value(double w) {
        return l1Strength * Math.abs(w) + l2Strength * w * w;
    }

    /** Its derivative: λ₁·sign(w) + 2λ₂w. */
    public double derivative(double w) {
        return l1Strength * Math.signum(w) + 2 * l2Strength * w;
    }

    /** Ω(W) = Σ over all weights of {@link #value(double)}. */
    public double penalty(Matrix weights) {
        double sum = 0;
        for (double w : weights.data) {
            sum += value(w);
        }
        return sum;
    }

    /** ∂Ω/∂W, a new matrix of the same shape. */
    public Matrix gradient(Matrix weights) {
        Matrix gradient = Matrix.zeros(weights.rows, weights.cols);
        addGradientInto(weights, gradient);
        return gradient;
    }

    /** Adds ∂Ω/∂W to {@code gradient} (modified). */
    public void addGradientInto(Matrix weights, Matrix gradient) {
        weights.requireSameShape(gradient, "regularizer gradient");
        for (int k = 0; k < weights.data.length; k++) {
            gradient.data[k] += derivative(weights.data[k]);
        }
    }

    /** "L2(l2Strength=0.01)". */
    @Override
    public String toString() {
        if (l1Strength == 0) {
            return "L2(l2Strength=" + l2Strength + ")";
        }
        if (l2Strength == 0) {
            return "L1(l1Strength=" + l1Strength + ")";
        }
        return "L1L2(l1Strength=" + l1Strength + ", l2Strength=" + l2Strength + ")";
    }
}
