package weightlab;

/**
 * The shape checks of {@link Dense}, with messages that name the expected and the given shape,
 * in the layer's own words (inputs × units).
 */
final class DenseShapes {

    private DenseShapes() {
    }

    /** "kernel must be 400 × 25 (inputs × units), got 25 × 400"; "bias must have 25 values (one per unit), got 24". */
    static void checkWeights(Dense layer, double[][] kernel, double[] bias) {
        int cols = Validate.table("kernel", kernel);
        String rows = layer.isBuilt() ? String.valueOf(layer.inputSize()) : "inputs";
        boolean rowsWrong = layer.isBuilt() && kernel.length != layer.inputSize();
        if (rowsWrong || cols != layer.units()) {
            throw new IllegalArgumentException("kernel must be " + rows + " × " + layer.units()
                    + " (inputs × units), got " + kernel.length + " × " + cols);
        }
        if (!layer.hasBias()) {
            if (bias != null && bias.length > 0) {
                throw new IllegalArgumentException(layer.name() + " has no bias (useBias(false)): pass null or an "
                        + "empty bias, got " + bias.length + " values");
            }
            return;
        }
        if (bias == null) {
            throw new IllegalArgumentException("bias is null: " + layer.name() + " needs " + layer.units()
                    + " biases (one per unit)");
        }
        if (bias.length != layer.units()) {
            throw new IllegalArgumentException("bias must have " + layer.units() + " values (one per unit), got "
                    + bias.length);
        }
        Validate.vector("bias", bias);
    }

    /** "dense expects 2 inputs per example (x is examples × inputs), got 3". */
    static void checkInput(Dense layer, double[][] x) {
        int cols = Validate.table("x", x);
        layer.requireBuilt();
        checkWidth(layer, cols);
    }

    static void checkInput(Dense layer, Matrix x) {
        layer.requireBuilt();
        checkWidth(layer, x.cols);
    }

    private static void checkWidth(Dense layer, int cols) {
        if (cols != layer.inputSize()) {
            throw new IllegalArgumentException(layer.name() + " expects " + layer.inputSize()
                    + " inputs per example (x is examples × inputs), got " + cols);
        }
    }

    /** The gradient coming back must match what the last forward pass produced. */
    static void checkGradient(Dense layer, Matrix forwardResult, Matrix gradient) {
        if (forwardResult == null) {
            throw new IllegalStateException("backward before forward: " + layer.name()
                    + " needs the inputs of a forward pass to compute gradients");
        }
        if (forwardResult.rows != gradient.rows || forwardResult.cols != gradient.cols) {
            throw new IllegalArgumentException("the gradient must be " + forwardResult.shape()
                    + " (examples × units, as the last forward output), got " + gradient.shape());
        }
    }
}
