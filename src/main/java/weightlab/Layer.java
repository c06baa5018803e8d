package weightlab;

import java.util.List;
import java.util.Random;

/**
 * A step of the network: maps a batch x (examples × inputs) to a batch of outputs
 * (examples × units), and back-propagates gradients.
 *
 * <p>Lifecycle: {@link #build} makes the weights (no weights exist before); {@link #forward}
 * computes the outputs and remembers what backward needs; {@link #backward} takes ∂L/∂output,
 * <em>adds</em> ∂L/∂parameter into each parameter's gradient and returns ∂L/∂input.
 * The matrices forward and backward return belong to the layer and are overwritten by the next
 * call with the same batch size: copy them to keep them.
 */
public interface Layer {

    /** Makes the weights for {@code inputSize} inputs, drawing from {@code rng}. */
    void build(int inputSize, Random rng);

    boolean isBuilt();

    /** Number of inputs (throws if not built yet). */
    int inputSize();

    /** Number of outputs (units). */
    int outputSize();

    /** Outputs for a batch x (examples × inputs). */
    Matrix forward(Matrix x);

    /** Given ∂L/∂output of the last forward batch, accumulates parameter gradients and returns ∂L/∂input. */
    Matrix backward(Matrix gradOutput);

    /** The layer's parameters, e.g. [kernel, bias]; empty before build. */
    List<Parameter> parameters();

    /** Freezes (false) or unfreezes (true) the layer: a frozen layer's parameters are not updated by fit. */
    void setTrainable(boolean trainable);

    boolean isTrainable();

    /** e.g. "dense_1". */
    String name();

    /** Renames the layer (fluent). */
    Layer name(String name);
}
