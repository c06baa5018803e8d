package weightlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weightlab.check.Output.failure;
import static weightlab.check.Output.printed;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class NeuronCheckTest {

    // z = 2·3 + (−1)·4 + 0.5 = 2.5
    private static final double[] W = {2, -1};
    private static final double[] X = {3, 4};
    private static final double B = 0.5;
    private static final DoubleUnaryOperator SIGMOID = z -> 1 / (1 + Math.exp(-z));

    private static String weightedSum(double answer) {
        return failure(() -> NeuronCheck.weightedSum("z", answer, W, X, B));
    }

    private static String output(double answer) {
        return failure(() -> NeuronCheck.output("a", answer, W, X, B, SIGMOID));
    }

    @Test
    void weightedSumNamesEachUsualSlip() {
        assertEquals("✔ z = 2.5", printed(() -> NeuronCheck.weightedSum("z", 2.5, W, X, B)));
        assertEquals("✘ z = 2: you forgot the bias b: z = w·x + b (expected 2.5)", weightedSum(2));
        assertEquals("✘ z = 1.5: the bias is added, not subtracted: z = w·x + b (expected 2.5)", weightedSum(1.5));
        assertEquals("✘ z = 8.5: multiply each input by its weight and add the products: w·x = Σ wᵢxᵢ (expected 2.5)",
                weightedSum(8.5));
        assertEquals("✘ z = 6.5: every input counts: w·x = Σ wᵢxᵢ over all 2 inputs (expected 2.5)", weightedSum(6.5));
        assertEquals("✘ z: expected 2.5, got 3", weightedSum(3));
    }

    @Test
    void outputNamesAForgottenActivationOrBias() {
        assertEquals("✔ a = 0.924142", printed(() -> NeuronCheck.output("a", SIGMOID.applyAsDouble(2.5), W, X, B, SIGMOID)));
        assertEquals("✘ a = 2.5: you forgot the activation: a = g(z), and z = w·x + b is only its input"
                + " (expected 0.924142)", output(2.5));
        assertEquals("✘ a = 0.880797: you forgot the bias b: a = g(w·x + b) (expected 0.924142)",
                output(SIGMOID.applyAsDouble(2)));
        assertEquals("✘ a = 2: you forgot both the bias and the activation: a = g(w·x + b) (expected 0.924142)",
                output(2));
        assertEquals("✘ a = 1.3808: the bias goes inside the activation: a = g(w·x + b), not g(w·x) + b"
                + " (expected 0.924142)", output(SIGMOID.applyAsDouble(2) + 0.5));
        assertEquals("Not answered yet: a", printed(() -> NeuronCheck.output("a", Check.TODO, W, X, B, SIGMOID))
                .substring(0, 19));
    }

    @Test
    void layerOutputNamesActivationBiasAndTransposedKernel() {
        double[][] kernel = {{1, 2}, {3, 4}}; // 2 inputs × 2 units
        double[] bias = {0.5, -1};
        double[] x = {1, 1};                  // x·W = [4, 6]; + b = [4.5, 5]
        DoubleUnaryOperator g = Math::tanh;
        double[] right = {Math.tanh(4.5), Math.tanh(5)};
        assertTrue(printed(() -> NeuronCheck.layerOutput("a", right, kernel, bias, x, g)).startsWith("✔ a = "));
        assertTrue(failure(() -> NeuronCheck.layerOutput("a", new double[] {4.5, 5}, kernel, bias, x, g))
                .startsWith("✘ a = [4.5, 5]: you forgot the activation: a = g(x·W + b)"));
        assertTrue(failure(() -> NeuronCheck.layerOutput("a", new double[] {Math.tanh(4), Math.tanh(6)}, kernel, bias,
                x, g)).contains(": you forgot the bias b: a = g(x·W + b)"));
        // W·x instead of x·W: [1 + 2, 3 + 4] + b = [3.5, 6]
        assertTrue(failure(() -> NeuronCheck.layerOutput("a", new double[] {Math.tanh(3.5), Math.tanh(6)}, kernel,
                bias, x, g)).contains(": you used the kernel transposed: W is inputs × units, so zⱼ = Σᵢ xᵢ Wᵢⱼ"));
    }

    @Test
    void layerOutputWithOneValuePerInputPointsAtTheKernelShape() {
        double[][] kernel = {{1, 0}, {0, 1}, {1, 1}}; // 3 inputs × 2 units
        assertEquals("✘ a has 3 values, one per input, but a layer gives one value per unit (2): compute x·W with"
                + " the kernel W as inputs × units — did you use it transposed?",
                failure(() -> NeuronCheck.layerOutput("a", new double[] {1, 2, 3}, kernel, new double[2],
                        new double[] {1, 1, 1}, z -> z)));
    }

    @Test
    void parameterCountOfA400To25LayerIs10025() {
        assertEquals("✔ parameters = 10025", printed(() -> NeuronCheck.parameterCount("parameters", 10_025, 400, 25)));
        assertEquals("✘ parameters = 10000: you forgot the biases: each of the 25 units has one, so add 25"
                + " (expected 10025)", failure(() -> NeuronCheck.parameterCount("parameters", 10_000, 400, 25)));
        assertEquals("✘ parameters = 10001: each unit has its own bias: add 25 biases, not 1 (expected 10025)",
                failure(() -> NeuronCheck.parameterCount("parameters", 10_001, 400, 25)));
        assertEquals("✘ parameters = 450: each unit has one weight per input: inputs · units weights, not inputs"
                + " + units (expected 10025)", failure(() -> NeuronCheck.parameterCount("parameters", 450, 400, 25)));
    }

    @Test
    void parameterCountOfOneNeuronNamesItsSingleBias() {
        assertEquals("✔ parameters = 6", printed(() -> NeuronCheck.parameterCount("parameters", 6, 5, 1)));
        assertEquals("✘ parameters = 5: you forgot the bias: the neuron has one, so add 1 (expected 6)",
                failure(() -> NeuronCheck.parameterCount("parameters", 5, 5, 1)));
    }

    @Test
    void kernelShapeIsInputsByUnits() {
        assertEquals("✘ kernel is 25 × 400: the shape is transposed, expected 400 × 25 (inputs × units)",
                failure(() -> NeuronCheck.kernelShape("kernel", new int[] {25, 400}, 400, 25)));
    }
}
