package weightlab;

import java.util.List;
import java.util.Objects;
import java.util.Random;

/**
 * A fully connected layer, as Keras' Dense: every unit sees every input.
 * <pre>
 *   z = x · W + b      x: examples × inputs, W (kernel): inputs × units, b (bias): units
 *   a = g(z)           z, a: examples × units
 * </pre>
 * Unit j is a {@link Neuron} with weights W[·][j] (column j) and bias b[j]. A layer of 400 inputs
 * and 25 units has 400·25 = 10,000 weights and 25 biases: 10,025 parameters.
 *
 * <p>As in Keras there are no weights until the layer is built (by {@link #build}, by a
 * {@link Sequential}, or by {@link #setWeights}): only then is the number of inputs known.
 * Defaults: Glorot-uniform kernel, zero bias. Backward, with δ = ∂L/∂z (examples × units):
 * ∂L/∂W = xᵀ·δ, ∂L/∂b = Σ over examples of δ, ∂L/∂x = δ·Wᵀ.
 */
public final class Dense extends BaseLayer {
    private final int units;
    private final Activation activation;
    private Initializer kernelInitializer = Initializer.glorotUniform();
    private Initializer biasInitializer = Initializer.zeros();
    private boolean useBias = true;
    private boolean kernelTrainable = true;
    private Regularizer kernelRegularizer;
    private Parameter kernel; // W, inputs × units; null until built
    private Parameter bias;   // b, 1 × units; null until built, and with useBias(false)
    private BufferCache<Buffers> buffers;
    private BufferCache<Matrix> gradInputs; // ∂L/∂x, examples × inputs: made only when backward needs it
    private Matrix x;         // the input of the last forward pass, kept for backward
    private Buffers last;     // z, a and δ of the last forward batch

    /** Work matrices for one batch size: z, a and δ (examples × units). */
    private record Buffers(Matrix preActivation, Matrix activation, Matrix delta) {
    }

    /** {@code units} units with the given activation, e.g. {@code new Dense(25, Activation.SIGMOID)}. */
    public Dense(int units, Activation activation) {
        super("dense");
        this.units = Validate.positive("units", units);
        this.activation = Objects.requireNonNull(activation, "activation (use Activation.LINEAR for none)");
    }

    /** A linear layer: a = z. */
    public Dense(int units) {
        this(units, Activation.LINEAR);
    }

    /** How the kernel starts (default Glorot uniform); set before the layer is built. */
    public Dense kernelInitializer(Initializer initializer) {
        requireNotBuilt("kernelInitializer");
        kernelInitializer = Objects.requireNonNull(initializer, "kernelInitializer");
        return this;
    }

    /** How the bias starts (default zeros); set before the layer is built. */
    public Dense biasInitializer(Initializer initializer) {
        requireNotBuilt("biasInitializer");
        biasInitializer = Objects.requireNonNull(initializer, "biasInitializer");
        return this;
    }

    /** Whether the units have a bias (default true); set before the layer is built. */
    public Dense useBias(boolean useBias) {
        requireNotBuilt("useBias");
        this.useBias = useBias;
        return this;
    }

    /**
     * Freezes (false) or unfreezes (true) the kernel alone, leaving the bias trainable: a lesson
     * tool, not a Keras option. With the kernel frozen at zero, only b learns, and the best a
     * model can do is predict the mean of y. {@link #setTrainable(boolean) setTrainable(false)}
     * still freezes the whole layer.
     */
    public Dense kernelTrainable(boolean trainable) {
        this.kernelTrainable = trainable;
        if (isBuilt()) {
            setTrainable(isTrainable());
        }
        return this;
    }

    /** The layer's trainable flag, applied to the bias and, unless frozen alone, the kernel. */
    @Override
    public void setTrainable(boolean trainable) {
        super.setTrainable(trainable);
        if (isBuilt()) {
            kernel.setTrainable(trainable && kernelTrainable);
        }
    }

    /** A penalty on the kernel (never the bias), e.g. {@code Regularizer.l2(0.01)}; null for none. */
    public Dense kernelRegularizer(Regularizer regularizer) {
        kernelRegularizer = regularizer;
        if (isBuilt()) {
            kernel.setRegularizer(regularizer);
        }
        return this;
    }

    /** Renames the layer, e.g. "hidden"; its parameters follow ("hidden/kernel"). */
    @Override
    public Dense name(String name) {
        super.name(name);
        return this;
    }

    /** Draws the kernel (inputSize × units), then the bias, from rng. Building twice changes nothing. */
    @Override
    public void build(int inputSize, Random rng) {
        Validate.positive("inputSize", inputSize);
        if (isBuilt() && inputSize != inputSize()) {
            throw new IllegalStateException(name() + " is already built for " + inputSize() + " inputs, not " + inputSize);
        }
        if (!isBuilt()) {
            double[][] w = kernelInitializer.initialize(inputSize, units, rng);
            create(w, useBias ? biasInitializer.initializeVector(units, rng) : null);
        }
    }

    private void create(double[][] w, double[] b) {
        kernel = new Parameter(() -> name() + "/kernel", Parameter.Role.KERNEL, Matrix.of(w));
        kernel.setRegularizer(kernelRegularizer);
        bias = b == null ? null : new Parameter(() -> name() + "/bias", Parameter.Role.BIAS, Matrix.of(new double[][] {b}));
        setTrainable(isTrainable());
        int inputs = w.length;
        buffers = new BufferCache<>(rows -> new Buffers(Matrix.zeros(rows, units), Matrix.zeros(rows, units),
                Matrix.zeros(rows, units)));
        gradInputs = new BufferCache<>(rows -> Matrix.zeros(rows, inputs)); // predict on 10,000 rows never needs it
    }

    @Override
    public boolean isBuilt() {
        return kernel != null;
    }

    @Override
    public int inputSize() {
        requireBuilt();
        return kernel.value().rows;
    }

    @Override
    public int outputSize() {
        return units;
    }

    public int units() {
        return units;
    }

    public Activation activation() {
        return activation;
    }

    public boolean hasBias() {
        return useBias;
    }

    /** a = g(x·W + b) for a batch x (examples × inputs); remembers x, z and a for backward. */
    @Override
    public Matrix forward(Matrix x) {
        DenseShapes.checkInput(this, x);
        Buffers b = buffers.forRows(x.rows);
        Matrix z = b.preActivation();
        x.multiplyInto(kernel.value(), z);                          // z = x · W
        if (bias != null) {
            double[] biasValues = bias.value().data;
            for (int row = 0; row < z.data.length; row += units) {
                for (int j = 0; j < units; j++) {
                    z.data[row + j] += biasValues[j];                        // z[i][j] += b[j] for every example i
                }
            }
        }
        activation.forwardInto(z, b.activation());                  // a = g(z)
        this.x = x;
        this.last = b;
        return b.activation();
    }

    /** From ∂L/∂a of the last forward batch: δ = ∂L/∂a ⊙ g'(z) (softmax: its Jacobian), then as below. */
    @Override
    public Matrix backward(Matrix gradOutput) {
        return backward(gradOutput, true);
    }

    /**
     * As {@link #backward(Matrix)}; without {@code inputGradient} ∂L/∂x is not computed and null is returned.
     * Backprop asks that of the bottom layer: its x is the data, which nothing learns, and δ · Wᵀ would be
     * a third of the step's work for a 784-input layer.
     */
    Matrix backward(Matrix gradOutput, boolean inputGradient) {
        DenseShapes.checkGradient(this, last == null ? null : last.activation(), gradOutput);
        activation.backwardInto(last.preActivation(), last.activation(), gradOutput, last.delta());
        return backwardFromPreActivation(last.delta(), inputGradient);
    }

    /**
     * From δ = ∂L/∂z: adds ∂L/∂W and ∂L/∂b into the gradients, returns ∂L/∂x (null without
     * {@code inputGradient}). Fused losses start here.
     */
    Matrix backwardFromPreActivation(Matrix delta, boolean inputGradient) {
        DenseShapes.checkGradient(this, last == null ? null : last.preActivation(), delta);
        x.transposeMultiplyAddInto(delta, kernel.gradient());       // ∂L/∂W += xᵀ · δ   (inputs × units)
        if (bias != null) {
            double[] gradient = bias.gradient().data;
            for (int row = 0; row < delta.data.length; row += units) {
                for (int j = 0; j < units; j++) {
                    gradient[j] += delta.data[row + j];             // ∂L/∂b[j] += Σᵢ δ[i][j]
                }
            }
        }
        if (!inputGradient) {
            return null;
        }
        Matrix gradInput = gradInputs.forRows(delta.rows);
        delta.multiplyTransposeInto(kernel.value(), gradInput);     // ∂L/∂x = δ · Wᵀ (examples × inputs)
        return gradInput;
    }

    /** z of the last forward batch (the layer's own buffer). */
    Matrix lastPreActivation() {
        return last == null ? null : last.preActivation();
    }

    /** [kernel, bias], or [kernel] without bias; empty before build. */
    @Override
    public List<Parameter> parameters() {
        return !isBuilt() ? List.of() : bias == null ? List.of(kernel) : List.of(kernel, bias);
    }

    /** Copies of the kernel (inputs × units) and the bias (units), as Keras' get_weights(). */
    public Weights getWeights() {
        requireBuilt();
        return new Weights(kernel.value().toArray(), bias == null ? null : bias.value().toArray()[0]);
    }

    /** A copy of the kernel W, inputs × units. */
    public double[][] getKernel() {
        return getWeights().kernel();
    }

    /** A copy of the bias b, one per unit (empty with useBias(false)). */
    public double[] getBias() {
        return getWeights().bias();
    }

    /**
     * Replaces the weights by copies of these, after checking the shapes: "kernel must be
     * 400 × 25 (inputs × units), got 25 × 400". Builds the layer if needed (inputs = kernel rows).
     * Pass a null or empty bias for a layer built with useBias(false).
     */
    public void setWeights(double[][] kernelValues, double[] biasValues) {
        DenseShapes.checkWeights(this, kernelValues, biasValues);
        if (!isBuilt()) {
            create(kernelValues, useBias ? biasValues : null);
            return;
        }
        System.arraycopy(Matrix.of(kernelValues).data, 0, kernel.value().data, 0, kernel.size());
        if (bias != null) {
            System.arraycopy(biasValues, 0, bias.value().data, 0, units);
        }
    }

    /** Unit j as a lone {@link Neuron}: weights W[·][j] (column j), bias b[j], this layer's activation. */
    public Neuron neuron(int j) {
        requireBuilt();
        if (j < 0 || j >= units) {
            throw new IllegalArgumentException("neuron index must be in [0, " + units + "), got " + j);
        }
        double[] column = kernel.value().transpose().toArray()[j];
        return new Neuron(column, bias == null ? 0 : bias.value().get(0, j), activation);
    }

    /** Outputs a = g(x·W + b) for a batch x (examples × inputs), for a lone built layer. */
    public double[][] predict(double[][] x) {
        DenseShapes.checkInput(this, x);
        return forward(Matrix.of(x)).toArray();
    }

    /** "Dense(units=25, activation=sigmoid)". */
    @Override
    public String toString() {
        return "Dense(units=" + units + ", activation=" + activation + ")";
    }
}
