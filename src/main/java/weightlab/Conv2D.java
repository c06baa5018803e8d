package weightlab;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A 2-D convolution layer, as Keras' Conv2D with stride 1 and 'valid' padding: one small kernel
 * slides over the image, and the <em>same</em> weights are used at every position (weight sharing).
 * <pre>
 *   z[i][j][f] = b[f] + Σ_{u,v,c} x[i+u][j+v][c] · K[u][v][c][f]     u, v in 0..k−1, c in 0..C−1
 *   a = g(z)
 * </pre>
 * Shapes (channels last, as Keras): an image is H × W × C, the kernel is k × k × C × F (F = filters),
 * the bias has one value per filter, and the feature map is (H − k + 1) × (W − k + 1) × F. A valid
 * convolution only puts the kernel where it fits entirely: 28 − 3 + 1 = 26 positions per side.
 *
 * <p>Batches are rows, as everywhere in Weightlab: each example is its image flattened row by row,
 * x[(r·W + col)·C + c], and the output is flattened the same way, a[(i·OW + j)·F + f], so a
 * {@link Dense} can follow in a {@link Sequential}. The kernel is kept as a (k·k·C) × F matrix,
 * row (u·k + v)·C + c, column f: Keras' kernel reshaped, like a Dense kernel of k·k·C inputs.
 *
 * <p>Worked number: {@code new Conv2D(4, 3, Activation.RELU).inputShape(28, 28)} has
 * 3·3·1·4 = 36 weights and 4 biases (40 parameters) and outputs 26 · 26 · 4 = 2,704 values.
 * A Dense layer giving one 26 × 26 map from the same image needs 784 · 676 + 676 = 530,660.
 *
 * <p>Backward, with δ = ∂L/∂z:
 * <pre>
 *   ∂L/∂K[u][v][c][f] = Σ_examples Σ_{i,j} x[i+u][j+v][c] · δ[i][j][f]
 *   ∂L/∂b[f]          = Σ_examples Σ_{i,j} δ[i][j][f]
 *   ∂L/∂x[r][s][c]    = Σ over the positions (i, j) and offsets (u, v) with i+u = r, j+v = s of K[u][v][c][f] · δ[i][j][f]
 * </pre>
 * Weight sharing is the sum over (i, j): the one kernel was used at every position, so its
 * gradient is the sum of the gradients it would get at each position.
 */
public final class Conv2D extends BaseLayer {
    private final int filters;
    private final int kernelSize;
    private final Activation activation;
    private Initializer kernelInitializer = Initializer.glorotUniform();
    private Initializer biasInitializer = Initializer.zeros();
    private int height;   // H, 0 until inputShape
    private int width;    // W
    private int channels; // C
    private Parameter kernel; // (k·k·C) × F; null until built
    private Parameter bias;   // 1 × F
    private BufferCache<Buffers> buffers;
    private Matrix x;
    private Buffers last;

    private record Buffers(Matrix preActivation, Matrix activation, Matrix delta, Matrix gradInput) {
    }

    /**
     * {@code filters} kernels of kernelSize × kernelSize, e.g. {@code new Conv2D(4, 3, Activation.RELU)};
     * then give the image shape with {@link #inputShape(int, int)} or {@link #inputShape(int, int, int)}.
     */
    public Conv2D(int filters, int kernelSize, Activation activation) {
        super("conv2d");
        this.filters = Validate.positive("filters", filters);
        this.kernelSize = Validate.positive("kernelSize", kernelSize);
        this.activation = Objects.requireNonNull(activation, "activation (use Activation.LINEAR for none)");
        if (!activation.isElementwise()) {
            throw new IllegalArgumentException("Conv2D needs an elementwise activation (linear, relu, sigmoid, tanh, …), got "
                    + activation.name() + ": put softmax on a Dense layer after it");
        }
    }

    /** A grey image of height × width (one channel); set before the layer is built. */
    public Conv2D inputShape(int height, int width) {
        return inputShape(height, width, 1);
    }

    /** An image of height × width × channels (e.g. 3 for RGB); set before the layer is built. */
    public Conv2D inputShape(int height, int width, int channels) {
        requireNotBuilt("inputShape");
        Validate.positive("height", height);
        Validate.positive("width", width);
        Validate.positive("channels", channels);
        if (kernelSize > height || kernelSize > width) {
            throw new IllegalArgumentException("a " + kernelSize + " × " + kernelSize + " kernel does not fit in a "
                    + height + " × " + width + " image: a valid convolution needs kernelSize ≤ height and ≤ width");
        }
        this.height = height;
        this.width = width;
        this.channels = channels;
        return this;
    }

    /** How the kernel starts (default Glorot uniform on the (k·k·C) × F matrix); set before build. */
    public Conv2D kernelInitializer(Initializer initializer) {
        requireNotBuilt("kernelInitializer");
        kernelInitializer = Objects.requireNonNull(initializer, "kernelInitializer");
        return this;
    }

    /** How the bias starts (default zeros); set before build. */
    public Conv2D biasInitializer(Initializer initializer) {
        requireNotBuilt("biasInitializer");
        biasInitializer = Objects.requireNonNull(initializer, "biasInitializer");
        return this;
    }

    @Override
    public Conv2D name(String name) {
        super.name(name);
        return this;
    }

    /** Draws the kernel then the bias from rng; inputSize must be height · width · channels. */
    @Override
    public void build(int inputSize, Random rng) {
        Validate.positive("inputSize", inputSize);
        requireShape();
        int expected = height * width * channels;
        if (inputSize != expected) {
            throw new IllegalArgumentException(name() + " expects " + expected + " inputs per example (" + height
                    + " × " + width + " × " + channels + ", height × width × channels), got " + inputSize);
        }
        if (!isBuilt()) {
            create(kernelInitializer.initialize(patchSize(), filters, rng), biasInitializer.initializeVector(filters, rng));
        }
    }

    private void requireShape() {
        if (height == 0) {
            throw new IllegalStateException(name() + " needs the image shape before it is built: call "
                    + "inputShape(height, width) or inputShape(height, width, channels)");
        }
    }

    private void create(double[][] k, double[] b) {
        kernel = new Parameter(() -> name() + "/kernel", Parameter.Role.KERNEL, Matrix.of(k));
        bias = new Parameter(() -> name() + "/bias", Parameter.Role.BIAS, Matrix.of(new double[][] {b}));
        setTrainable(isTrainable());
        int outputs = outputSize();
        int inputs = height * width * channels;
        buffers = new BufferCache<>(rows -> new Buffers(Matrix.zeros(rows, outputs), Matrix.zeros(rows, outputs),
                Matrix.zeros(rows, outputs), Matrix.zeros(rows, inputs)));
    }

    @Override
    public boolean isBuilt() {
        return kernel != null;
    }

    @Override
    public int inputSize() {
        requireBuilt();
        return height * width * channels;
    }

    /** (H − k + 1) · (W − k + 1) · F, e.g. 26 · 26 · 4 = 2,704 for 28 × 28 and four 3 × 3 filters. */
    @Override
    public int outputSize() {
        requireShape();
        return outputHeight() * outputWidth() * filters;
    }

    /** H − k + 1: the kernel fits at that many rows. */
    public int outputHeight() {
        requireShape();
        return height - kernelSize + 1;
    }

    /** W − k + 1. */
    public int outputWidth() {
        requireShape();
        return width - kernelSize + 1;
    }

    public int filters() {
        return filters;
    }

    public int kernelSize() {
        return kernelSize;
    }

    public int channels() {
        return channels;
    }

    public Activation activation() {
        return activation;
    }

    /** k · k · C: the inputs one kernel sees at one position. */
    private int patchSize() {
        return kernelSize * kernelSize * channels;
    }

    /** a = g(conv(x, K) + b) for a batch x (examples × H·W·C); remembers x and z for backward. */
    @Override
    public Matrix forward(Matrix x) {
        requireBuilt();
        checkWidth(x.cols);
        Buffers buf = buffers.forRows(x.rows);
        Matrix z = buf.preActivation();
        double[] k = kernel.value().data;
        double[] b = bias.value().data;
        int oh = outputHeight();
        int ow = outputWidth();
        int in = height * width * channels;
        int out = outputSize();
        for (int n = 0; n < x.rows; n++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    for (int f = 0; f < filters; f++) {
                        double sum = 0;
                        for (int u = 0; u < kernelSize; u++) {
                            for (int v = 0; v < kernelSize; v++) {
                                for (int c = 0; c < channels; c++) {
                                    double xv = x.data[n * in + ((i + u) * width + (j + v)) * channels + c];
                                    sum += xv * k[((u * kernelSize + v) * channels + c) * filters + f];
                                }
                            }
                        }
                        z.data[n * out + (i * ow + j) * filters + f] = sum + b[f]; // the same K and b at every (i, j)
                    }
                }
            }
        }
        activation.forwardInto(z, buf.activation());
        this.x = x;
        this.last = buf;
        return buf.activation();
    }

    /** Adds ∂L/∂K (summed over every position: weight sharing) and ∂L/∂b, returns ∂L/∂x. */
    @Override
    public Matrix backward(Matrix gradOutput) {
        if (last == null) {
            throw new IllegalStateException("backward before forward: " + name()
                    + " needs the inputs of a forward pass to compute gradients");
        }
        Matrix a = last.activation();
        if (gradOutput.rows != a.rows || gradOutput.cols != a.cols) {
            throw new IllegalArgumentException("the gradient must be " + a.shape()
                    + " (examples × outputs, as the last forward output), got " + gradOutput.shape());
        }
        Matrix delta = last.delta();
        activation.backwardInto(last.preActivation(), a, gradOutput, delta);
        double[] k = kernel.value().data;
        double[] dk = kernel.gradient().data;
        double[] db = bias.gradient().data;
        double[] dx = last.gradInput().data;
        java.util.Arrays.fill(dx, 0);
        int oh = outputHeight();
        int ow = outputWidth();
        int in = height * width * channels;
        int out = outputSize();
        for (int n = 0; n < x.rows; n++) {
            for (int i = 0; i < oh; i++) {
                for (int j = 0; j < ow; j++) {
                    for (int f = 0; f < filters; f++) {
                        double d = delta.data[n * out + (i * ow + j) * filters + f];
                        db[f] += d;
                        for (int u = 0; u < kernelSize; u++) {
                            for (int v = 0; v < kernelSize; v++) {
                                for (int c = 0; c < channels; c++) {
                                    int xi = n * in + ((i + u) * width + (j + v)) * channels + c;
                                    int ki = ((u * kernelSize + v) * channels + c) * filters + f;
                                    dk[ki] += x.data[xi] * d;  // the same entry of K, from every position
                                    dx[xi] += k[ki] * d;
                                }
                            }
                        }
                    }
                }
            }
        }
        return last.gradInput();
    }

    private void checkWidth(int cols) {
        if (cols != inputSize()) {
            throw new IllegalArgumentException(name() + " expects " + inputSize() + " inputs per example ("
                    + height + " × " + width + " × " + channels + " image, flattened row by row), got " + cols);
        }
    }

    /** [kernel, bias]; empty before build. */
    @Override
    public List<Parameter> parameters() {
        return isBuilt() ? List.of(kernel, bias) : List.of();
    }

    /** Copies of the kernel as a (k·k·C) × F matrix (row (u·k + v)·C + c, column f) and the bias (F). */
    public Weights getWeights() {
        requireBuilt();
        return new Weights(kernel.value().toArray(), bias.value().toArray()[0]);
    }

    /**
     * Replaces kernel ((k·k·C) × F) and bias (F) by copies, after checking the shapes:
     * "kernel must be 9 × 4 (k·k·channels × filters), got 4 × 9". Builds the layer if needed.
     */
    public void setWeights(double[][] kernelValues, double[] biasValues) {
        checkWeights(kernelValues, biasValues);
        if (!isBuilt()) {
            create(kernelValues, biasValues);
            return;
        }
        System.arraycopy(Matrix.of(kernelValues).data, 0, kernel.value().data, 0, kernel.size());
        System.arraycopy(biasValues, 0, bias.value().data, 0, filters);
    }

    /** The checks of {@link #setWeights}, changing nothing. */
    void checkWeights(double[][] kernelValues, double[] biasValues) {
        requireShape();
        int cols = Validate.table("kernel", kernelValues);
        if (kernelValues.length != patchSize() || cols != filters) {
            throw new IllegalArgumentException("kernel must be " + patchSize() + " × " + filters
                    + " (k·k·channels × filters), got " + kernelValues.length + " × " + cols);
        }
        if (biasValues == null || biasValues.length != filters) {
            throw new IllegalArgumentException("bias must have " + filters + " values (one per filter), got "
                    + (biasValues == null ? "null" : biasValues.length));
        }
        Validate.vector("bias", biasValues);
    }

    /**
     * Sets filter f's k × k kernel on a one-channel image, e.g. a hand-made edge detector
     * {{−1, 0, 1}, {−1, 0, 1}, {−1, 0, 1}}, and its bias. Builds the layer (other filters zero) if needed.
     */
    public void setKernel(int filter, double[][] values, double biasValue) {
        requireShape();
        checkFilter(filter);
        if (channels != 1) {
            throw new IllegalArgumentException("setKernel takes a k × k kernel for a one-channel image; this image has "
                    + channels + " channels: use setWeights with the (k·k·C) × F kernel");
        }
        int cols = Validate.table("kernel", values);
        if (values.length != kernelSize || cols != kernelSize) {
            throw new IllegalArgumentException("kernel must be " + kernelSize + " × " + kernelSize
                    + " (kernelSize × kernelSize), got " + values.length + " × " + cols);
        }
        Validate.finite("bias", biasValue);
        if (!isBuilt()) {
            create(new double[patchSize()][filters], new double[filters]);
        }
        for (int u = 0; u < kernelSize; u++) {
            for (int v = 0; v < kernelSize; v++) {
                kernel.value().set(u * kernelSize + v, filter, values[u][v]);
            }
        }
        bias.value().set(0, filter, biasValue);
    }

    /** A copy of filter f's k × k kernel (one-channel images). */
    public double[][] getKernel(int filter) {
        requireBuilt();
        checkFilter(filter);
        if (channels != 1) {
            throw new IllegalArgumentException("getKernel gives a k × k kernel for a one-channel image; this image has "
                    + channels + " channels: use getWeights");
        }
        double[][] k = new double[kernelSize][kernelSize];
        for (int u = 0; u < kernelSize; u++) {
            for (int v = 0; v < kernelSize; v++) {
                k[u][v] = kernel.value().get(u * kernelSize + v, filter);
            }
        }
        return k;
    }

    private void checkFilter(int filter) {
        if (filter < 0 || filter >= filters) {
            throw new IllegalArgumentException("filter index must be in [0, " + filters + "), got " + filter);
        }
    }

    /**
     * Feature map f of one example's output (as {@link #predict} or a Sequential's activations give it):
     * an outputHeight × outputWidth table.
     */
    public double[][] featureMap(double[] output, int filter) {
        requireShape();
        checkFilter(filter);
        if (output == null || output.length != outputSize()) {
            throw new IllegalArgumentException("output must have " + outputSize() + " values (" + outputHeight() + " × "
                    + outputWidth() + " × " + filters + "), got " + (output == null ? "null" : output.length));
        }
        double[][] map = new double[outputHeight()][outputWidth()];
        for (int i = 0; i < map.length; i++) {
            for (int j = 0; j < map[i].length; j++) {
                map[i][j] = output[(i * outputWidth() + j) * filters + filter];
            }
        }
        return map;
    }

    /** Outputs for a batch x (examples × H·W·C), for a lone built layer. */
    public double[][] predict(double[][] x) {
        Validate.table("x", x);
        requireBuilt();
        return forward(Matrix.of("x", x)).toArray();
    }

    /** "Conv2D(filters=4, kernelSize=3, activation=relu, inputShape=28 × 28 × 1)". */
    @Override
    public String toString() {
        return "Conv2D(filters=" + filters + ", kernelSize=" + kernelSize + ", activation=" + activation
                + (height == 0 ? "" : ", inputShape=" + height + " × " + width + " × " + channels) + ")";
    }
}
