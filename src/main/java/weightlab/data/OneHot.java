package weightlab.data;

/**
 * One-hot encoding: class k of K becomes a row of K zeros with a single 1 at position k.
 *
 * <p>With K = 3 classes, label 2 becomes {@code [0, 0, 1]}. A softmax output layer with K units
 * predicts one probability per class, and categorical cross-entropy compares that row with the
 * one-hot row. {@link #decode} goes back: the class is the position of the largest value (argmax),
 * so a prediction {@code [0.1, 0.7, 0.2]} decodes to class 1.
 */
public final class OneHot {

    private OneHot() {
    }

    /**
     * One row per label, {@code numClasses} columns, a 1 at the label's position.
     *
     * @param labels     class indices, each in 0..numClasses−1
     * @param numClasses K, the number of classes
     * @return labels.length × numClasses
     */
    public static double[][] encode(int[] labels, int numClasses) {
        if (numClasses < 1) {
            throw new IllegalArgumentException("numClasses must be ≥ 1, got " + numClasses);
        }
        double[][] oneHot = new double[labels.length][numClasses];
        for (int i = 0; i < labels.length; i++) {
            int k = labels[i];
            if (k < 0 || k >= numClasses) {
                throw new IllegalArgumentException("labels[" + i + "] = " + k + " but numClasses is "
                        + numClasses + ": labels must be 0.." + (numClasses - 1));
            }
            oneHot[i][k] = 1.0;
        }
        return oneHot;
    }

    /**
     * The class of each row: the index of its largest value (the first one on a tie).
     * A one-column row holds a probability p of class 1 (one sigmoid unit): it decodes to 1 when
     * p ≥ 0.5, else 0.
     */
    public static int[] decode(double[][] rows) {
        int[] labels = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row.length == 1) {
                labels[i] = row[0] >= 0.5 ? 1 : 0;
                continue;
            }
            int best = 0;
            for (int k = 1; k < row.length; k++) {
                if (row[k] > row[best]) {
                    best = k;
                }
            }
            labels[i] = best;
        }
        return labels;
    }

    /** How many examples of each class: {@code counts(y)[k]} = number of rows whose class is k. */
    public static int[] counts(double[][] rows) {
        int classes = rows.length == 0 ? 0 : Math.max(2, rows[0].length);
        int[] counts = new int[classes];
        for (int label : decode(rows)) {
            counts[label]++;
        }
        return counts;
    }
}
