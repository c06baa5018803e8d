package weightlab;

/**
 * A score reported beside the loss, not used for gradients. Accuracy, as Keras picks it:
 * with one output, the predicted class is 1 when ŷ > 0.5 (binary accuracy); with several outputs,
 * it is the index of the largest ŷ (categorical accuracy, first index on ties). The score is the
 * fraction of examples whose predicted class is the target's class.
 * Worked number: ŷ = [0.8, 0.3, 0.6], y = [1, 0, 0] → classes [1, 0, 1] vs [1, 0, 0] → 2/3.
 */
public enum Metric {
    ACCURACY;

    /** Fraction of correctly classified examples, between 0 and 1. */
    public double value(double[][] yPred, double[][] yTrue) {
        return value(Matrix.of("yPred", yPred), Matrix.of("yTrue", yTrue));
    }

    /** Fraction of correctly classified examples (yPred and yTrue: examples × outputs). */
    public double value(Matrix yPred, Matrix yTrue) {
        yPred.requireSameShape(yTrue, "accuracy: yPred and yTrue");
        int correct = 0;
        for (int i = 0; i < yPred.rows; i++) {
            if (predictedClass(yPred, i) == predictedClass(yTrue, i)) {
                correct++;
            }
        }
        return (double) correct / yPred.rows;
    }

    private static int predictedClass(Matrix m, int row) {
        if (m.cols == 1) {
            return m.get(row, 0) > 0.5 ? 1 : 0;
        }
        int best = 0;
        for (int j = 1; j < m.cols; j++) {
            if (m.get(row, j) > m.get(row, best)) {
                best = j;
            }
        }
        return best;
    }

    /** "accuracy", the key in History and evaluate. */
    @Override
    public String toString() {
        return "accuracy";
    }
}
