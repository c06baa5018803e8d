package weightlab;

import java.util.Map;

/**
 * How {@link Sequential#fit(double[][], double[][], FitOptions)} trains, in Keras' words and with
 * Keras' defaults: 1 epoch, batch size 32, shuffled, no validation data, silent.
 * <pre>
 *   new FitOptions().epochs(100).batchSize(16).validationData(xVal, yVal)
 *       .onEpochEnd((epoch, logs, model) -&gt; kernels.add(((Dense) model.layer(0)).getKernel()))
 * </pre>
 * Epoch and step numbers given to callbacks start at 0, as in Keras' callbacks.
 */
public final class FitOptions {

    /** Called after every training step (one batch), after the weights were updated. */
    @FunctionalInterface
    public interface StepCallback {
        void onStep(int epoch, int step, Sequential model);
    }

    /** Called after every epoch with its logs ("loss", "accuracy", "val_loss", …). */
    @FunctionalInterface
    public interface EpochCallback {
        void onEpochEnd(int epoch, Map<String, Double> logs, Sequential model);
    }

    private int epochs = 1;
    private int batchSize = 32;
    private boolean shuffle = true;
    private boolean verbose;
    private double[][] xValidation;
    private double[][] yValidation;
    private StepCallback onStep;
    private EpochCallback onEpochEnd;

    /** Passes over the whole training set (default 1). */
    public FitOptions epochs(int epochs) {
        this.epochs = Validate.positive("epochs", epochs);
        return this;
    }

    /** Examples per gradient step (default 32); the last batch of an epoch may be smaller. */
    public FitOptions batchSize(int batchSize) {
        this.batchSize = Validate.positive("batchSize", batchSize);
        return this;
    }

    /** Whether the examples are visited in a new seeded random order each epoch (default true). */
    public FitOptions shuffle(boolean shuffle) {
        this.shuffle = shuffle;
        return this;
    }

    /** Prints one line per epoch, "Epoch 1/10 - loss: 0.6931 - accuracy: 0.5000" (default off). */
    public FitOptions verbose(boolean verbose) {
        this.verbose = verbose;
        return this;
    }

    /** Data scored (not trained on) after each epoch: "val_loss", "val_accuracy". */
    public FitOptions validationData(double[][] x, double[][] y) {
        Validate.table("validation x", x);
        Validate.table("validation y", y);
        Validate.sameRows("validation x", x, "validation y", y);
        this.xValidation = x;
        this.yValidation = y;
        return this;
    }

    /** Validation data with one target per example. */
    public FitOptions validationData(double[][] x, double[] y) {
        return validationData(x, Validate.column("validation y", y));
    }

    public FitOptions onStep(StepCallback callback) {
        this.onStep = callback;
        return this;
    }

    public FitOptions onEpochEnd(EpochCallback callback) {
        this.onEpochEnd = callback;
        return this;
    }

    public int epochs() {
        return epochs;
    }

    public int batchSize() {
        return batchSize;
    }

    public boolean shuffle() {
        return shuffle;
    }

    public boolean verbose() {
        return verbose;
    }

    double[][] xValidation() {
        return xValidation;
    }

    double[][] yValidation() {
        return yValidation;
    }

    StepCallback stepCallback() {
        return onStep;
    }

    EpochCallback epochCallback() {
        return onEpochEnd;
    }

    /** "FitOptions(epochs=10, batchSize=32, shuffle=true, validation=none)". */
    @Override
    public String toString() {
        return "FitOptions(epochs=" + epochs + ", batchSize=" + batchSize + ", shuffle=" + shuffle
                + ", validation=" + (xValidation == null ? "none" : xValidation.length + " examples") + ")";
    }
}
