package weightlab;

import java.util.List;

/**
 * Changes the parameters using their gradients. It sees only {@link Parameter}s (value and
 * gradient side by side), never layers, so a new layer type needs no change here.
 * Parameters that are not trainable (a frozen layer) are left alone.
 */
public interface Optimizer {

    /** One update of every trainable parameter's value from its current gradient (modifies the values). */
    void step(List<Parameter> parameters);

    /** The learning rate α. */
    double learningRate();
}
