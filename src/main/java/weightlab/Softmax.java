package weightlab;

/**
 * Softmax turns one example's scores z into probabilities: aₖ = e^(zₖ) / Σⱼ e^(zⱼ).
 * Computed as e^(zₖ − max z) / Σⱼ e^(zⱼ − max z): the same number (the factor e^(−max z)
 * cancels) but no overflow for large z. softmax([1, 2, 3]) = [0.0900, 0.2447, 0.6652].
 *
 * <p>Backward, the Jacobian–vector product: ∂L/∂zⱼ = Σₖ ∂L/∂aₖ · aₖ(δₖⱼ − aⱼ)
 * = aⱼ · (∂L/∂aⱼ − Σₖ ∂L/∂aₖ · aₖ). With categorical cross-entropy the two fuse into (a − y)/n,
 * see {@link Loss}.
 */
final class Softmax implements Activation {

    @Override
    public String name() {
        return "softmax";
    }

    @Override
    public boolean isElementwise() {
        return false;
    }

    @Override
    public double value(double z) {
        throw new UnsupportedOperationException(
                "softmax works on a whole row of pre-activations: call value(double[] z), not value(double z)");
    }

    @Override
    public double derivative(double z) {
        throw new UnsupportedOperationException(
                "softmax has no one-number derivative: its derivative is the Jacobian aₖ(δₖⱼ − aⱼ) of a whole row");
    }

    @Override
    public double[] value(double[] z) {
        double[] a = new double[z.length];
        softmaxRow(z, 0, a, 0, z.length);
        return a;
    }

    @Override
    public void forwardInto(Matrix z, Matrix a) {
        z.requireSameShape(a, "softmax forward");
        for (int i = 0; i < z.rows; i++) {
            softmaxRow(z.data, i * z.cols, a.data, i * z.cols, z.cols);
        }
    }

    private static void softmaxRow(double[] z, int from, double[] a, int to, int length) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < length; k++) {
            max = Math.max(max, z[from + k]);
        }
        double sum = 0;
        for (int k = 0; k < length; k++) {
            a[to + k] = Math.exp(z[from + k] - max);
            sum += a[to + k];
        }
        for (int k = 0; k < length; k++) {
            a[to + k] /= sum;
        }
    }

    @Override
    public void backwardInto(Matrix z, Matrix a, Matrix gradA, Matrix gradZ) {
        a.requireSameShape(gradA, "softmax backward");
        a.requireSameShape(gradZ, "softmax backward");
        for (int i = 0; i < a.rows; i++) {
            int row = i * a.cols;
            double dot = 0; // Σₖ ∂L/∂aₖ · aₖ
            for (int k = 0; k < a.cols; k++) {
                dot += gradA.data[row + k] * a.data[row + k];
            }
            for (int j = 0; j < a.cols; j++) {
                gradZ.data[row + j] = a.data[row + j] * (gradA.data[row + j] - dot);
            }
        }
    }

    @Override
    public String toString() {
        return "softmax";
    }
}
