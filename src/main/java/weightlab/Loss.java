package weightlab;

/**
 * How far predictions ŷ are from targets y, averaged over a batch of n examples with k outputs
 * each (both n × k), with the formulas of Keras:
 * <pre>
 *   mean_squared_error        L = 1/(n·k) · Σ (ŷ − y)²                      ∂L/∂ŷ = 2(ŷ − y) / (n·k)
 *   binary_crossentropy       L = −1/(n·k) · Σ [y·log ŷ + (1 − y)·log(1 − ŷ)]
 *   categorical_crossentropy  L = −1/n · Σᵢ Σⱼ yᵢⱼ · log ŷᵢⱼ                  (each row of ŷ sums to 1)
 * </pre>
 * Worked numbers: BCE of ŷ = [0.9, 0.2] for y = [1, 0] is −(log 0.9 + log 0.8)/2 = 0.16425;
 * categorical CE of softmax([1, 2, 3]) for the third class is −log 0.66524 = 0.40761.
 *
 * <p>Probabilities are clipped to [1e−7, 1 − 1e−7] as Keras does (so ŷ = 0 or 1 gives no NaN), and
 * categorical CE first divides each row by its sum. After a sigmoid (binary CE) or softmax
 * (categorical CE) output the loss is <em>fused</em> with it, as Keras' {@code from_logits}: the value
 * is computed from z with log-sum-exp, and ∂L/∂z = (ŷ − y)/(n·k), resp. (ŷ·Σy − y)/n — exact, and
 * never NaN even when the sigmoid saturates.
 */
public enum Loss {
    MEAN_SQUARED_ERROR("mean_squared_error"),
    BINARY_CROSSENTROPY("binary_crossentropy"),
    CATEGORICAL_CROSSENTROPY("categorical_crossentropy");

    /** Keras' epsilon: probabilities are kept in [EPSILON, 1 − EPSILON] before taking logs. */
    public static final double EPSILON = 1e-7;

    private final String kerasName;

    Loss(String kerasName) {
        this.kerasName = kerasName;
    }

    static double clip(double p) {
        return Math.min(Math.max(p, EPSILON), 1 - EPSILON);
    }

    /** The loss of predictions yPred for targets yTrue (both examples × outputs). */
    public double value(double[][] yPred, double[][] yTrue) {
        return value(Matrix.of("yPred", yPred), Matrix.of("yTrue", yTrue));
    }

    /** ∂L/∂ŷ, examples × outputs. */
    public double[][] gradient(double[][] yPred, double[][] yTrue) {
        Matrix out = Matrix.zeros(yPred.length, Validate.table("yPred", yPred));
        gradientInto(Matrix.of("yPred", yPred), Matrix.of("yTrue", yTrue), out);
        return out.toArray();
    }

    /** The loss of predictions yPred for targets yTrue (both examples × outputs). */
    public double value(Matrix yPred, Matrix yTrue) {
        requireSameShape("yPred", yPred, "yTrue", yTrue);
        return switch (this) {
            case MEAN_SQUARED_ERROR -> meanSquaredError(yPred, yTrue);
            case BINARY_CROSSENTROPY -> CrossEntropy.binary(yPred, yTrue);
            case CATEGORICAL_CROSSENTROPY -> CrossEntropy.categorical(yPred, yTrue);
        };
    }

    /** Writes ∂L/∂ŷ into {@code out} (modified). */
    public void gradientInto(Matrix yPred, Matrix yTrue, Matrix out) {
        requireSameShape("yPred", yPred, "yTrue", yTrue);
        requireSameShape("yPred", yPred, "the gradient", out);
        switch (this) {
            case MEAN_SQUARED_ERROR -> meanSquaredErrorGradientInto(yPred, yTrue, out);
            case BINARY_CROSSENTROPY -> CrossEntropy.binaryGradientInto(yPred, yTrue, out);
            case CATEGORICAL_CROSSENTROPY -> CrossEntropy.categoricalGradientInto(yPred, yTrue, out);
        }
    }

    private static double meanSquaredError(Matrix yPred, Matrix yTrue) {
        double sum = 0;
        for (int k = 0; k < yPred.data.length; k++) {
            double error = yPred.data[k] - yTrue.data[k];
            sum += error * error;
        }
        return sum / yPred.data.length; // mean over examples and outputs, as Keras
    }

    private static void meanSquaredErrorGradientInto(Matrix yPred, Matrix yTrue, Matrix out) {
        for (int k = 0; k < yPred.data.length; k++) {
            out.data[k] = 2 * (yPred.data[k] - yTrue.data[k]) / yPred.data.length;
        }
    }

    /** True when this loss after this output activation is computed from z: sigmoid + BCE, softmax + CCE. */
    public boolean fusesWith(Activation activation) {
        return this == BINARY_CROSSENTROPY && activation == Activation.SIGMOID
                || this == CATEGORICAL_CROSSENTROPY && activation == Activation.SOFTMAX;
    }

    /** The fused loss, from the output layer's pre-activation z (logits). */
    double valueFromPreActivation(Matrix z, Matrix yTrue) {
        requireSameShape("z", z, "yTrue", yTrue);
        return this == BINARY_CROSSENTROPY ? CrossEntropy.binaryFromLogits(z, yTrue)
                : CrossEntropy.categoricalFromLogits(z, yTrue);
    }

    /** The fused gradient ∂L/∂z from the output probabilities ŷ, written into {@code out} (modified). */
    void preActivationGradientInto(Matrix yPred, Matrix yTrue, Matrix out) {
        requireSameShape("yPred", yPred, "yTrue", yTrue);
        requireSameShape("yPred", yPred, "the gradient", out);
        if (this == BINARY_CROSSENTROPY) {
            CrossEntropy.sigmoidGradientInto(yPred, yTrue, out);
        } else {
            CrossEntropy.softmaxGradientInto(yPred, yTrue, out);
        }
    }

    /** "binary_crossentropy: yPred is 4 × 1 but yTrue is 4 × 2" (the message is only built on failure). */
    private void requireSameShape(String aName, Matrix a, String bName, Matrix b) {
        if (a.rows != b.rows || a.cols != b.cols) {
            throw new IllegalArgumentException(this + ": " + aName + " is " + a.shape() + " but " + bName + " is " + b.shape());
        }
    }

    /** The Keras name, e.g. "mean_squared_error". */
    @Override
    public String toString() {
        return kerasName;
    }
}
