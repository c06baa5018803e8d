package weightlab;

/**
 * The row-wise and the fused cross-entropy formulas behind {@link Loss}. n examples × k classes.
 * <pre>
 *   binary:                 L = −1/(n·k) Σ [y log q + (1 − y) log(1 − q)],  q = clip(ŷ)          (Keras)
 *   categorical:            L = −1/n Σᵢ Σⱼ yᵢⱼ log qᵢⱼ,  qᵢⱼ = clip(ŷᵢⱼ / Sᵢ),  Sᵢ = Σⱼ ŷᵢⱼ   (Keras)
 *   categorical from z:     L = 1/n Σᵢ [ (Σⱼ yᵢⱼ) · logsumexp(zᵢ) − Σⱼ yᵢⱼ zᵢⱼ ]
 *   binary from z:          L = 1/(n·k) Σ [ max(z, 0) − z·y + log(1 + e^(−|z|)) ]
 * </pre>
 * The "from z" forms equal the plain ones with ŷ = softmax(z) or sigmoid(z), but never take the
 * log of 0: log ŷ = z − logsumexp(z) is computed without forming ŷ.
 */
final class CrossEntropy {

    private CrossEntropy() {
    }

    static double binary(Matrix yPred, Matrix y) {
        double sum = 0;
        for (int k = 0; k < yPred.data.length; k++) {
            double q = Loss.clip(yPred.data[k]);
            sum -= y.data[k] * Math.log(q) + (1 - y.data[k]) * Math.log(1 - q);
        }
        return sum / yPred.data.length;
    }

    /** ∂L/∂ŷ = (−y/ŷ + (1 − y)/(1 − ŷ)) / (n·k); 0 where ŷ was clipped (the clipped loss is flat there). */
    static void binaryGradientInto(Matrix yPred, Matrix y, Matrix out) {
        for (int k = 0; k < yPred.data.length; k++) {
            double p = yPred.data[k];
            out.data[k] = isClipped(p) ? 0 : (-y.data[k] / p + (1 - y.data[k]) / (1 - p)) / yPred.data.length;
        }
    }

    /** Fused with a sigmoid: ∂L/∂z = (ŷ − y)/(n·k). */
    static void sigmoidGradientInto(Matrix yPred, Matrix y, Matrix out) {
        for (int k = 0; k < yPred.data.length; k++) {
            out.data[k] = (yPred.data[k] - y.data[k]) / yPred.data.length;
        }
    }

    static double categorical(Matrix yPred, Matrix y) {
        double sum = 0;
        for (int i = 0; i < yPred.rows; i++) {
            double rowSum = rowSum(yPred, i);
            for (int j = 0; j < yPred.cols; j++) {
                sum -= y.get(i, j) * Math.log(Loss.clip(yPred.get(i, j) / rowSum));
            }
        }
        return sum / yPred.rows;
    }

    /**
     * ∂L/∂ŷⱼ = (1/n)(1/S)(Σₖ yₖ·mₖ − yⱼ·mⱼ·S/ŷⱼ), where mₖ = 0 if qₖ was clipped (flat) and 1 otherwise;
     * for a row that sums to 1 and nothing clipped that is (Σy − yⱼ/ŷⱼ)/n.
     */
    static void categoricalGradientInto(Matrix yPred, Matrix y, Matrix out) {
        for (int i = 0; i < yPred.rows; i++) {
            double rowSum = rowSum(yPred, i);
            double unclippedTargets = 0; // Σₖ yₖ·mₖ
            for (int k = 0; k < yPred.cols; k++) {
                unclippedTargets += isClipped(yPred.get(i, k) / rowSum) ? 0 : y.get(i, k);
            }
            for (int j = 0; j < yPred.cols; j++) {
                double p = yPred.get(i, j);
                double own = isClipped(p / rowSum) ? 0 : y.get(i, j) * rowSum / p;
                out.set(i, j, (unclippedTargets - own) / rowSum / yPred.rows);
            }
        }
    }

    private static boolean isClipped(double q) {
        return Loss.clip(q) != q;
    }

    private static double rowSum(Matrix m, int i) {
        double sum = 0;
        for (int j = 0; j < m.cols; j++) {
            sum += m.get(i, j);
        }
        return sum;
    }

    static double categoricalFromLogits(Matrix z, Matrix y) {
        double sum = 0;
        for (int i = 0; i < z.rows; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int j = 0; j < z.cols; j++) {
                max = Math.max(max, z.get(i, j));
            }
            double sumExp = 0;
            for (int j = 0; j < z.cols; j++) {
                sumExp += Math.exp(z.get(i, j) - max);
            }
            double logSumExp = max + Math.log(sumExp);
            for (int j = 0; j < z.cols; j++) {
                sum += y.get(i, j) * (logSumExp - z.get(i, j)); // −y·log ŷ, with log ŷ = z − logsumexp(z)
            }
        }
        return sum / z.rows;
    }

    /** ∂L/∂zⱼ = (ŷⱼ·Σₖ yₖ − yⱼ)/n, i.e. (ŷ − y)/n for one-hot targets. */
    static void softmaxGradientInto(Matrix yPred, Matrix y, Matrix out) {
        for (int i = 0; i < yPred.rows; i++) {
            double targetSum = rowSum(y, i);
            for (int j = 0; j < yPred.cols; j++) {
                out.set(i, j, (yPred.get(i, j) * targetSum - y.get(i, j)) / yPred.rows);
            }
        }
    }

    static double binaryFromLogits(Matrix z, Matrix y) {
        double sum = 0;
        for (int k = 0; k < z.data.length; k++) {
            double zk = z.data[k];
            sum += Math.max(zk, 0) - zk * y.data[k] + Math.log1p(Math.exp(-Math.abs(zk)));
        }
        return sum / z.data.length;
    }
}
