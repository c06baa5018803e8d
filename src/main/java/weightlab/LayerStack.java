package weightlab;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The layers of a {@link Sequential}, each feeding the next, and their parameters in order
 * (kernel, bias, kernel, bias, …). Building walks up the stack: layer i gets as many inputs as
 * layer i − 1 has units, and draws its weights from the one generator, kernel before bias.
 */
final class LayerStack {
    private final List<Layer> layers = new ArrayList<>();
    private List<Parameter> parameters = List.of();
    private Matrix lastOutput; // ŷ of the last forward pass (the top layer's buffer)

    /** Adds a layer on top; an unnamed Dense is numbered as Keras: dense, dense_1, dense_2, … */
    void add(Layer layer) {
        if (layer == null || layers.contains(layer)) {
            throw new IllegalArgumentException("each layer must be a new, non-null layer, got " + layer);
        }
        String name = layer.name();
        for (int n = 1; isTaken(name); n++) {
            if (!(layer instanceof BaseLayer base && base.hasDefaultName())) {
                throw new IllegalArgumentException("layer names must be unique, \"" + name + "\" is already used");
            }
            name = layer.name() + "_" + n;
        }
        layer.name(name);
        layers.add(layer);
    }

    private boolean isTaken(String name) {
        for (Layer layer : layers) {
            if (layer.name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** Builds every layer not built yet, checking that built ones fit: layer i takes layer i − 1's units. */
    void build(int inputSize, Random rng) {
        Validate.positive("inputSize", inputSize);
        requireLayers();
        int inputs = inputSize;
        for (Layer layer : layers) {
            if (layer.isBuilt() && layer.inputSize() != inputs) {
                throw new IllegalArgumentException(layer.name() + " has " + layer.inputSize() + " inputs but receives "
                        + inputs + " values from " + (layer == layers.get(0) ? "x" : "the layer below"));
            }
            layer.build(inputs, rng);
            inputs = layer.outputSize();
        }
        List<Parameter> all = new ArrayList<>();
        for (Layer layer : layers) {
            all.addAll(layer.parameters());
        }
        parameters = Collections.unmodifiableList(all);
    }

    /** The forward pass, a⁰ = x, aˡ = layerₗ(aˡ⁻¹): ŷ for a batch x; the layers remember what backward needs. */
    Matrix forward(Matrix x) {
        Matrix a = x;
        for (int i = 0; i < layers.size(); i++) {
            a = layers.get(i).forward(a);
        }
        lastOutput = a;
        return a;
    }

    Matrix lastOutput() {
        return lastOutput;
    }

    /** "x has 5 rows (examples) but y has 4", "y has 2 columns but the model has 1 output", … */
    void checkData(String xName, double[][] x, String yName, double[][] y) {
        checkInput(xName, x);
        Validate.table(yName, y);
        Validate.sameRows(xName, x, yName, y);
        if (y[0].length != outputSize()) {
            throw new IllegalArgumentException(yName + " has " + y[0].length + " columns but the model has "
                    + outputSize() + (outputSize() == 1 ? " output" : " outputs") + " (the last layer's units)");
        }
    }

    /** "x has 3 columns but the model takes 2 inputs: x must be examples × 2". */
    void checkInput(String xName, double[][] x) {
        requireLayers();
        int cols = Validate.table(xName, x);
        if (layers.get(0).isBuilt() && cols != inputSize()) {
            String hint = inputSize() == 1 && x.length == 1
                    ? " (several examples of one feature are a column: new double[][] {{1}, {2}})" : "";
            throw new IllegalArgumentException(xName + " has " + cols + " columns but the model takes " + inputSize()
                    + (inputSize() == 1 ? " input" : " inputs") + ": " + xName + " must be examples × " + inputSize() + hint);
        }
    }

    /** True once the stack was built and every layer has weights. */
    boolean isBuilt() {
        if (layers.isEmpty() || parameters.isEmpty()) {
            return false;
        }
        for (int i = 0; i < layers.size(); i++) { // an index, not an iterator: no allocation in a training step
            if (!layers.get(i).isBuilt()) {
                return false;
            }
        }
        return true;
    }

    /** Takes back the layer just added (when it does not fit). */
    void removeLast() {
        layers.remove(layers.size() - 1);
    }

    int inputSize() {
        requireLayers();
        return layers.get(0).inputSize();
    }

    int outputSize() {
        requireLayers();
        return layers.get(layers.size() - 1).outputSize();
    }

    List<Layer> layers() {
        return Collections.unmodifiableList(layers);
    }

    Layer get(int index) {
        if (index < 0 || index >= layers.size()) {
            throw new IllegalArgumentException("layer index must be in [0, " + layers.size() + "), got " + index);
        }
        return layers.get(index);
    }

    int size() {
        return layers.size();
    }

    List<Parameter> parameters() {
        return parameters;
    }

    void requireLayers() {
        if (layers.isEmpty()) {
            throw new IllegalStateException("the model has no layers yet: add(new Dense(units, activation)) first");
        }
    }
}
