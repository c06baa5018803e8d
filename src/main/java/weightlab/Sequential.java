package weightlab;

import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A stack of layers, each feeding the next, as Keras' Sequential. Call in this order:
 * <pre>
 *   Sequential model = new Sequential(42).add(new Dense(25, Activation.SIGMOID)).add(new Dense(1));
 *   model.compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.01));
 *   History history = model.fit(x, y, 100, 32);     // builds the layers on first use
 *   double[][] yHat = model.predict(x);
 * </pre>
 * Rows are examples: x is examples × inputs, y and predictions are examples × outputs.
 * The seed decides everything random: the initial weights (drawn layer by layer, kernel before
 * bias) and the order of the examples in each epoch. Same seed, same calls: same numbers.
 */
public final class Sequential {
    private final long seed;
    private final Random weightRng;  // draws the initial weights
    private final Random shuffleRng; // orders the examples, epoch after epoch
    private final LayerStack stack = new LayerStack();
    private Loss loss;
    private Optimizer optimizer;
    private List<Metric> metrics = List.of();
    private Backpropagation backpropagation;

    /** An empty model; {@code seed} decides its initial weights and the order of examples in fit. */
    public Sequential(long seed) {
        this.seed = seed;
        this.weightRng = new Random(seed);
        this.shuffleRng = new Random(seed ^ 0x9E3779B97F4A7C15L); // a second stream from the same seed
    }

    /** A model with these layers, as {@code keras.Sequential([...])}. */
    public Sequential(long seed, Layer... layers) {
        this(seed);
        for (Layer layer : layers) {
            add(layer);
        }
    }

    /** Adds a layer on top. Unnamed Dense layers are numbered as Keras: dense, dense_1, dense_2, … */
    public Sequential add(Layer layer) {
        stack.add(layer);
        if (stack.get(0).isBuilt()) { // the model has its input size already: build the new layer now
            try {
                stack.build(stack.inputSize(), weightRng);
            } catch (RuntimeException e) {
                stack.removeLast();
                throw e;
            }
        }
        backpropagation = loss == null ? null : new Backpropagation(stack, loss);
        return this;
    }

    /** Makes the weights of every layer for {@code inputSize} inputs per example (as Keras' build). */
    public Sequential build(int inputSize) {
        stack.build(inputSize, weightRng);
        return this;
    }

    /** True once every layer has weights (after build, fit, predict or setting weights). */
    public boolean isBuilt() {
        return stack.isBuilt();
    }

    /** The number of inputs per example (the width of x). */
    public int inputSize() {
        requireBuilt("inputSize");
        return stack.inputSize();
    }

    /** The number of outputs per example: the last layer's units. */
    public int outputSize() {
        return stack.outputSize();
    }

    /** Chooses the loss and the optimizer; accuracy is also reported for the cross-entropy losses. */
    public Sequential compile(Loss loss, Optimizer optimizer) {
        return loss == Loss.MEAN_SQUARED_ERROR ? compile(loss, optimizer, new Metric[0])
                : compile(loss, optimizer, Metric.ACCURACY);
    }

    /** Chooses the loss, the optimizer and the metrics to report beside the loss. */
    public Sequential compile(Loss loss, Optimizer optimizer, Metric... metrics) {
        if (loss == null || optimizer == null) {
            throw new IllegalArgumentException("compile needs a loss and an optimizer, got " + loss + " and " + optimizer);
        }
        this.loss = loss;
        this.optimizer = optimizer;
        this.metrics = List.of(metrics);
        this.backpropagation = new Backpropagation(stack, loss);
        return this;
    }

    /** Trains for {@code epochs} passes over (x, y) in shuffled batches of {@code batchSize} examples. */
    public History fit(double[][] x, double[][] y, int epochs, int batchSize) {
        return fit(x, y, new FitOptions().epochs(epochs).batchSize(batchSize));
    }

    /** As {@link #fit(double[][], double[][], int, int)}, with one target per example. */
    public History fit(double[][] x, double[] y, int epochs, int batchSize) {
        return fit(x, Validate.column("y", y), epochs, batchSize);
    }

    /** Trains with Keras' fit options: validation data, shuffling, callbacks, verbose. */
    public History fit(double[][] x, double[][] y, FitOptions options) {
        requireCompiled("fit");
        stack.checkData("x", x, "y", y);
        if (options.xValidation() != null) {
            stack.checkData("validation x", options.xValidation(), "validation y", options.yValidation());
        }
        return new Training(this, options).run(x, y);
    }

    /** As {@link #fit(double[][], double[][], FitOptions)}, with one target per example. */
    public History fit(double[][] x, double[] y, FitOptions options) {
        return fit(x, Validate.column("y", y), options);
    }

    /** Outputs for a batch x (examples × inputs): a new table, examples × outputs. */
    public double[][] predict(double[][] x) {
        stack.checkInput("x", x);
        return forward(Matrix.of("x", x)).toArray();
    }

    /** Outputs for one example (one row of inputs). */
    public double[] predict(double[] x) {
        return predict(new double[][] {x})[0];
    }

    /** Loss (with the regularizers' penalties, as Keras) and metrics on (x, y): {loss=…, accuracy=…}. */
    public Map<String, Double> evaluate(double[][] x, double[][] y) {
        requireCompiled("evaluate");
        stack.checkData("x", x, "y", y);
        Matrix yTrue = Matrix.of("y", y);
        Matrix output = forward(Matrix.of("x", x));
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", backpropagation.loss(output, yTrue));
        for (Metric metric : metrics) {
            logs.put(metric.toString(), metric.value(output, yTrue));
        }
        return logs;
    }

    /** As {@link #evaluate(double[][], double[][])}, with one target per example. */
    public Map<String, Double> evaluate(double[][] x, double[] y) {
        return evaluate(x, Validate.column("y", y));
    }

    /**
     * One gradient-descent step on the batch (x, y), in this order:
     * <ol>
     *   <li>zero the gradients: ∂L/∂w ← 0;</li>
     *   <li>forward pass: ŷ = model(x), each layer keeping what backward needs;</li>
     *   <li>loss: L = loss(ŷ, y) + the regularizers' penalties;</li>
     *   <li>backward pass: ∂L/∂w added into every parameter's gradient, from the top layer down;</li>
     *   <li>regularizer gradients: ∂Ω/∂w added for every regularized kernel (never a bias);</li>
     *   <li>optimizer step: w ← w − α·∂L/∂w (or the momentum update) for every trainable parameter.</li>
     * </ol>
     * Returns the loss of step 3, measured before the update. {@code fit} calls this for every batch.
     */
    public double trainStep(double[][] x, double[][] y) {
        requireCompiled("trainStep");
        stack.checkData("x", x, "y", y);
        return trainStep(Matrix.of("x", x), Matrix.of("y", y));
    }

    /** {@link #trainStep(double[][], double[][])} on matrices; allocates nothing once this batch size was seen. */
    double trainStep(Matrix x, Matrix y) {
        double lossValue = computeGradients(x, y); // steps 1–5
        optimizer.step(stack.parameters());        // step 6
        return lossValue;
    }

    /** Steps 1–5: afterwards each parameter's gradient is ∂L/∂w on this batch. */
    double computeGradients(Matrix x, Matrix y) {
        buildFor(x);
        return backpropagation.computeGradients(x, y);
    }

    /**
     * Steps 1–5 of {@link #trainStep} without the update: afterwards every parameter's
     * {@link Parameter#gradient()} holds ∂L/∂w on this batch, ready to be read or checked.
     * Returns the loss L.
     */
    public double computeGradients(double[][] x, double[][] y) {
        requireCompiled("computeGradients");
        stack.checkData("x", x, "y", y);
        return computeGradients(Matrix.of("x", x), Matrix.of("y", y));
    }

    /**
     * Steps 2–5 of {@link #trainStep}, <em>without</em> zeroing first: this batch's ∂L/∂w is added
     * to what the gradients already hold. Called twice on the same batch, the gradients are twice
     * ∂L/∂w — the bug of forgetting {@link #zeroGradients()}, or, on purpose, gradient accumulation
     * over several batches. Returns the loss L of this batch.
     */
    public double accumulateGradients(double[][] x, double[][] y) {
        requireCompiled("accumulateGradients");
        stack.checkData("x", x, "y", y);
        Matrix xs = Matrix.of("x", x);
        buildFor(xs);
        return backpropagation.accumulateGradients(xs, Matrix.of("y", y));
    }

    /** Step 6 of {@link #trainStep} alone: the optimizer changes every trainable parameter using its gradient. */
    public void applyGradients() {
        requireCompiled("applyGradients");
        optimizer.step(stack.parameters());
    }

    /**
     * The output of every layer for the batch x, bottom to top: element l is aˡ⁺¹ = layerₗ(aˡ)
     * (examples × units of layer l); the last one equals {@link #predict(double[][])}. Used to
     * watch activations through a deep net (their spread, dead ReLU units).
     */
    public List<double[][]> activations(double[][] x) {
        stack.checkInput("x", x);
        Matrix a = Matrix.of("x", x);
        buildFor(a);
        List<double[][]> outputs = new ArrayList<>();
        for (Layer layer : stack.layers()) {
            a = layer.forward(a);
            outputs.add(a.toArray());
        }
        return outputs;
    }

    /** Sets every parameter's gradient to 0. */
    public void zeroGradients() {
        Backpropagation.zeroGradients(stack.parameters());
    }

    /** The forward pass; builds the model for x's width on first use (seeded). */
    Matrix forward(Matrix x) {
        buildFor(x);
        return stack.forward(x);
    }

    private void buildFor(Matrix x) {
        if (!isBuilt()) {
            build(x.cols);
        }
    }

    /** The loss (with penalties) on a batch at the current weights, without touching the gradients. */
    double lossOn(Matrix x, Matrix y) {
        return backpropagation.loss(forward(x), y);
    }

    /** ŷ of the last forward pass (the top layer's buffer). */
    Matrix lastOutput() {
        return stack.lastOutput();
    }

    /** Per layer "dense (Dense)   400 → 25   10,000 weights + 25 biases = 10,025 parameters", then totals. */
    public String summary() {
        requireBuilt("summary");
        return Summary.of(stack);
    }

    /** The layers, bottom (input side) first. */
    public List<Layer> layers() {
        return stack.layers();
    }

    public Layer layer(int index) {
        return stack.get(index);
    }

    /** Every parameter in order (kernel, bias, kernel, bias, …); empty before build. */
    public List<Parameter> parameters() {
        return stack.parameters();
    }

    public Loss loss() {
        return loss;
    }

    public Optimizer optimizer() {
        return optimizer;
    }

    public List<Metric> metrics() {
        return metrics;
    }

    Random shuffleRng() {
        return shuffleRng;
    }

    private void requireBuilt(String what) {
        stack.requireLayers();
        if (!isBuilt()) {
            throw new IllegalStateException(what + " needs the number of inputs: call build(inputSize) or fit first");
        }
    }

    void requireCompiled(String what) {
        stack.requireLayers();
        if (loss == null) {
            throw new IllegalStateException("compile(loss, optimizer) must be called before " + what);
        }
    }

    /** "Sequential(seed=42, layers=[Dense(units=25, activation=sigmoid), …], loss=…, optimizer=…)". */
    @Override
    public String toString() {
        return "Sequential(seed=" + seed + ", layers=" + stack.layers() + ", loss=" + loss + ", optimizer=" + optimizer + ")";
    }
}
