package weightlab;

import java.util.List;

/**
 * The chain rule, layer by layer, for a {@link LayerStack} and a {@link Loss}.
 * <pre>
 *   forward:   a⁰ = x,  aˡ = layerₗ(aˡ⁻¹),  ŷ = aᴸ          ({@link LayerStack#forward})
 *   loss:      L = loss(ŷ, y) + Σ penalties of the regularized kernels
 *   backward:  ∂L/∂ŷ from the loss, then each layer from the top turns ∂L/∂aˡ into ∂L/∂aˡ⁻¹,
 *              adding ∂L/∂W and ∂L/∂b into its parameters' gradients on the way
 * </pre>
 * When the output activation and the loss fuse (sigmoid + binary CE, softmax + categorical CE)
 * the output layer is entered with ∂L/∂z = (ŷ − y)/n directly: the same number, computed stably.
 */
final class Backpropagation {
    private final LayerStack stack;
    private final Loss loss;
    private final BufferCache<Matrix> lossGradients; // ∂L/∂ŷ (or ∂L/∂z when fused), per batch size

    Backpropagation(LayerStack stack, Loss loss) {
        this.stack = stack;
        this.loss = loss;
        this.lossGradients = new BufferCache<>(rows -> Matrix.zeros(rows, stack.outputSize()));
    }

    /** Steps 1–5 of {@link Sequential#trainStep}: afterwards every gradient is ∂L/∂w on this batch. */
    double computeGradients(Matrix x, Matrix y) {
        zeroGradients(stack.parameters());         // 1. ∂L/∂w ← 0
        return accumulateGradients(x, y);
    }

    /** Steps 2–5 without step 1: this batch's ∂L/∂w is added to whatever the gradients hold. */
    double accumulateGradients(Matrix x, Matrix y) {
        Matrix output = stack.forward(x);          // 2. ŷ = forward(x)
        double lossValue = loss(output, y);        // 3. L = loss(ŷ, y) + penalties
        backward(output, y);                       // 4. ∂L/∂w += chain rule, top layer down
        addRegularizerGradients();                 // 5. ∂L/∂w += ∂Ω/∂w (kernels only)
        return lossValue;
    }

    static void zeroGradients(List<Parameter> parameters) {
        for (int p = 0; p < parameters.size(); p++) {
            parameters.get(p).zeroGradient();
        }
    }

    /** The data loss of the last forward output ŷ, plus every regularizer's penalty. */
    double loss(Matrix output, Matrix y) {
        Dense fused = fusedOutputLayer();
        double value = fused != null ? loss.valueFromPreActivation(fused.lastPreActivation(), y) : loss.value(output, y);
        List<Parameter> parameters = stack.parameters();
        for (int p = 0; p < parameters.size(); p++) {
            value += parameters.get(p).penalty();
        }
        return value;
    }

    /** Adds ∂L_data/∂w into every parameter's gradient, from the top layer down. */
    private void backward(Matrix output, Matrix y) {
        Matrix gradient = lossGradients.forRows(y.rows);
        int top = stack.size() - 1;
        Dense fused = fusedOutputLayer();
        if (fused != null) {
            loss.preActivationGradientInto(output, y, gradient);   // ∂L/∂z of the output layer
            gradient = fused.backwardFromPreActivation(gradient, top > 0);
        } else {
            loss.gradientInto(output, y, gradient);                // ∂L/∂ŷ
            gradient = backward(top, gradient);
        }
        for (int i = top - 1; i >= 0; i--) {
            gradient = backward(i, gradient);                      // ∂L/∂aˡ⁻¹ from ∂L/∂aˡ
        }
    }

    /** Layer i's backward pass. The bottom layer skips ∂L/∂x: its input is the data, which nothing learns. */
    private Matrix backward(int i, Matrix gradient) {
        Layer layer = stack.get(i);
        return i == 0 && layer instanceof Dense dense ? dense.backward(gradient, false) : layer.backward(gradient);
    }

    /** Adds each regularizer's ∂Ω/∂w into its kernel's gradient. */
    private void addRegularizerGradients() {
        List<Parameter> parameters = stack.parameters();
        for (int p = 0; p < parameters.size(); p++) {
            parameters.get(p).addRegularizerGradient();
        }
    }

    /** The output layer when its activation and the loss fuse, else null. */
    private Dense fusedOutputLayer() {
        Layer last = stack.get(stack.size() - 1);
        return last instanceof Dense dense && loss.fusesWith(dense.activation()) ? dense : null;
    }
}
