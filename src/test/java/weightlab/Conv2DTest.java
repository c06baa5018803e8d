package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Conv2D: a hand-computed convolution, shapes, weight sharing in the gradient, and messages. */
class Conv2DTest {

    /** 3 × 3 image 1..9, 2 × 2 kernel {{1, 0}, {0, −1}}, bias 0.5: each output is x[i][j] − x[i+1][j+1] + 0.5 = −3.5. */
    @Test
    void outputEqualsAHandComputedConvolution() {
        Conv2D conv = new Conv2D(1, 2, Activation.LINEAR).inputShape(3, 3);
        conv.setKernel(0, new double[][] {{1, 0}, {0, -1}}, 0.5);
        double[] out = conv.predict(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}})[0];
        assertArrayEquals(new double[] {-3.5, -3.5, -3.5, -3.5}, out, 0);
        // a kernel that is not symmetric: {{1, 2}, {3, 4}} at (0, 0): 1·1 + 2·2 + 3·4 + 4·5 = 37; at (1, 1): 5 + 12 + 24 + 36 = 77
        conv.setKernel(0, new double[][] {{1, 2}, {3, 4}}, 0);
        assertArrayEquals(new double[] {37, 47, 67, 77}, conv.predict(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}})[0], 0);
        assertArrayEquals(new double[][] {{37, 47}, {67, 77}}, conv.featureMap(new double[] {37, 47, 67, 77}, 0));
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, conv.getKernel(0));
    }

    /** Two channels, two filters: channels last in x, filters last in the output. */
    @Test
    void channelsAndFiltersAreInterleavedAsKeras() {
        Conv2D conv = new Conv2D(2, 1, Activation.LINEAR).inputShape(1, 2, 2);
        // k = 1: kernel rows = channels; filter 0 = channel 0 + channel 1, filter 1 = channel 1 only
        conv.setWeights(new double[][] {{1, 0}, {1, 1}}, new double[] {0, 10});
        // pixel (0,0) = [1, 2], pixel (0,1) = [3, 4]
        assertArrayEquals(new double[] {3, 12, 7, 14}, conv.predict(new double[][] {{1, 2, 3, 4}})[0], 0);
    }

    @Test
    void parameterCountIsTheKernelNotThePositions() {
        Sequential model = new Sequential(1).add(new Conv2D(4, 3, Activation.RELU).inputShape(28, 28)).add(new Dense(10));
        model.build(784);
        Conv2D conv = (Conv2D) model.layer(0);
        assertEquals(36, conv.parameters().get(0).size());
        assertEquals(4, conv.parameters().get(1).size());
        assertEquals(26 * 26 * 4, conv.outputSize());
        String summary = model.summary();
        assertTrue(summary.contains("conv2d (Conv2D)"), summary);
        assertTrue(summary.contains("784 → 2704"), summary);
        assertTrue(summary.contains("36 weights + 4 biases = 40 parameters"), summary);
    }

    @Test
    void gradientCheckPassesForConvThenDense() {
        Sequential model = new Sequential(3)
                .add(new Conv2D(2, 2, Activation.TANH).inputShape(4, 4, 2).biasInitializer(Initializer.randomUniform(-0.5, 0.5)))
                .add(new Dense(2));
        model.compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
        Random rng = new Random(7);
        double[][] x = new double[3][32];
        double[][] y = new double[3][2];
        for (double[] row : x) {
            for (int k = 0; k < row.length; k++) {
                row[k] = rng.nextGaussian();
            }
        }
        for (double[] row : y) {
            row[0] = rng.nextGaussian();
            row[1] = rng.nextGaussian();
        }
        GradientCheck.Result result = GradientCheck.check(model, x, y, 1e-5);
        assertEquals(2 * 2 * 2 * 2 + 2 + 18 * 2 + 2, result.entries().size());
        assertTrue(result.maxRelativeError() < 1e-7, result.toString());
    }

    /** The kernel's gradient is the sum of what each position contributes: one entry, summed by hand. */
    @Test
    void kernelGradientSumsOverEveryPosition() {
        Conv2D conv = new Conv2D(1, 2, Activation.LINEAR).inputShape(3, 3);
        conv.setKernel(0, new double[][] {{0, 0}, {0, 0}}, 0);
        conv.forward(Matrix.of(new double[][] {{1, 2, 3, 4, 5, 6, 7, 8, 9}}));
        conv.backward(Matrix.of(new double[][] {{1, 1, 1, 1}}));
        // ∂L/∂K[0][0] = x[0][0] + x[0][1] + x[1][0] + x[1][1] = 1 + 2 + 4 + 5 = 12; ∂L/∂b = 4 positions
        assertEquals(12, conv.parameters().get(0).gradient().get(0, 0), 0);
        assertEquals(4, conv.parameters().get(1).gradient().get(0, 0), 0);
    }

    @Test
    void trainsAndFreezesAsDense() {
        Sequential model = new Sequential(5).add(new Conv2D(1, 2, Activation.LINEAR).inputShape(3, 3)).add(new Dense(1));
        model.compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.01));
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8, 9}, {9, 8, 7, 6, 5, 4, 3, 2, 1}};
        double[][] y = {{1}, {-1}};
        double before = model.evaluate(x, y).get("loss");
        model.fit(x, y, 50, 2);
        assertTrue(model.evaluate(x, y).get("loss") < before);
        Conv2D conv = (Conv2D) model.layer(0);
        double[][] k = conv.getWeights().kernel();
        conv.setTrainable(false);
        model.fit(x, y, 5, 2);
        assertArrayEquals(k, conv.getWeights().kernel());
    }

    @Test
    void validationMessagesNameExpectedAndGiven() {
        Conv2D conv = new Conv2D(4, 3, Activation.RELU).inputShape(8, 8);
        assertEquals("kernel must be 3 × 3 (kernelSize × kernelSize), got 2 × 3",
                assertThrows(IllegalArgumentException.class, () -> conv.setKernel(0, new double[][] {{1, 2, 3}, {4, 5, 6}}, 0)).getMessage());
        assertEquals("kernel must be 9 × 4 (k·k·channels × filters), got 4 × 9",
                assertThrows(IllegalArgumentException.class, () -> conv.setWeights(new double[4][9], new double[4])).getMessage());
        assertEquals("bias must have 4 values (one per filter), got 3",
                assertThrows(IllegalArgumentException.class, () -> conv.setWeights(new double[9][4], new double[3])).getMessage());
        assertEquals("filter index must be in [0, 4), got 4",
                assertThrows(IllegalArgumentException.class, () -> conv.setKernel(4, new double[3][3], 0)).getMessage());
        assertEquals("conv2d expects 64 inputs per example (8 × 8 × 1, height × width × channels), got 63",
                assertThrows(IllegalArgumentException.class, () -> new Conv2D(4, 3, Activation.RELU).inputShape(8, 8)
                        .build(63, new Random(1))).getMessage());
        assertEquals("a 5 × 5 kernel does not fit in a 4 × 4 image: a valid convolution needs kernelSize ≤ height and ≤ width",
                assertThrows(IllegalArgumentException.class, () -> new Conv2D(1, 5, Activation.RELU).inputShape(4, 4)).getMessage());
        assertTrue(assertThrows(IllegalStateException.class, () -> new Conv2D(1, 3, Activation.RELU).build(64, new Random(1)))
                .getMessage().contains("inputShape(height, width)"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Conv2D(1, 3, Activation.SOFTMAX))
                .getMessage().contains("elementwise"));
    }

    @Test
    void weightsFileSavesAndLoadsAConvLayer() throws Exception {
        Sequential model = new Sequential(2).add(new Conv2D(2, 2, Activation.RELU).inputShape(3, 3)).add(new Dense(1));
        model.build(9);
        Path file = Files.createTempFile("conv", ".json");
        WeightsFile.save(model, file);
        Sequential copy = new Sequential(99).add(new Conv2D(2, 2, Activation.RELU).inputShape(3, 3)).add(new Dense(1));
        WeightsFile.load(copy, file);
        double[][] x = {{1, 2, 3, 4, 5, 6, 7, 8, 9}};
        assertArrayEquals(model.predict(x)[0], copy.predict(x)[0], 0);
        Files.delete(file);
    }
}
