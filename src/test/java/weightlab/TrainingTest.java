package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TrainingTest {

    /** Sizes in 1000 sq ft in [0.5, 2.5), prices in $1000s = 200·size + 100 exactly. */
    private static double[][] sizes(int n, long seed) {
        Random rng = new Random(seed);
        double[][] x = new double[n][1];
        for (double[] row : x) {
            row[0] = 0.5 + 2 * rng.nextDouble();
        }
        return x;
    }

    private static double[] prices(double[][] sizes) {
        double[] y = new double[sizes.length];
        for (int i = 0; i < y.length; i++) {
            y[i] = 200 * sizes[i][0] + 100;
        }
        return y;
    }

    @Test
    void linearRegressionRecoversWeightAndBiasToOneThousandth() {
        double[][] x = sizes(64, 1);
        Dense unit = new Dense(1);
        Sequential model = new Sequential(7, unit).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
        model.fit(x, prices(x), 400, 16);
        assertEquals(200, unit.getKernel()[0][0], 1e-3);
        assertEquals(100, unit.getBias()[0], 1e-3);
    }

    @Test
    void xorIsLearnedByATwoFourOneTanhNet() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 1, 1, 0};
        Sequential model = new Sequential(3, new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(Loss.BINARY_CROSSENTROPY, new SGD(0.5, 0.9));
        History history = model.fit(x, y, 300, 4);
        double[][] p = model.predict(x);
        for (int i = 0; i < 4; i++) {
            assertEquals(y[i], p[i][0], 0.1, "XOR of " + x[i][0] + " and " + x[i][1]);
        }
        assertEquals(1.0, history.last("accuracy"));
        assertTrue(history.last("loss") < history.get("loss")[0]);
    }

    @Test
    void constantInitKeepsHiddenUnitsIdentical() {
        // Every hidden unit starts with the same weights, so each gets the same gradient: they stay twins.
        Dense hidden = new Dense(3, Activation.TANH).kernelInitializer(Initializer.constant(0.5));
        Dense output = new Dense(1).kernelInitializer(Initializer.constant(0.5));
        Sequential model = new Sequential(1, hidden, output).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.05));
        double[][] x = {{0.1, 0.9}, {0.5, -0.3}, {-0.8, 0.4}, {0.7, 0.7}};
        model.fit(x, new double[] {1, -1, 0.5, 0.2}, 50, 2);
        double[][] kernel = hidden.getKernel();
        for (double[] row : kernel) {
            assertEquals(row[0], row[1], 0.0);
            assertEquals(row[0], row[2], 0.0);
        }
        assertEquals(hidden.getBias()[0], hidden.getBias()[2], 0.0);
        assertEquals(output.getKernel()[0][0], output.getKernel()[2][0], 0.0);
        assertTrue(kernel[0][0] != 0.5, "the weights did change, but together");
    }

    @Test
    void zeroInitLeavesEveryWeightAtZeroBehindATanhLayer() {
        // tanh(0) = 0 and the output kernel is 0, so ∂L/∂W is 0 for both kernels: only the output bias learns.
        Dense hidden = new Dense(3, Activation.TANH).kernelInitializer(Initializer.zeros());
        Dense output = new Dense(1).kernelInitializer(Initializer.zeros());
        Sequential model = new Sequential(1, hidden, output).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
        model.fit(new double[][] {{1, 2}, {3, 4}}, new double[] {1, 3}, 100, 2);
        assertArrayEquals(new double[2][3], hidden.getKernel());
        assertArrayEquals(new double[3][1], output.getKernel());
        assertEquals(2, output.getBias()[0], 1e-6); // the mean of the targets, b ← b − 0.1·2(b − 2)
    }

    @Test
    void divergingLossStopsFitWithAMessagePointingAtTheLearningRate() {
        double[][] x = sizes(32, 2);
        Sequential model = new Sequential(1, new Dense(1)).compile(Loss.MEAN_SQUARED_ERROR, new SGD(10));
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> model.fit(x, prices(x), 100, 8));
        assertTrue(e.getMessage().contains("Try a smaller learning rate than 10.0"), e.getMessage());
        assertTrue(e.getMessage().matches("the loss became (NaN|Infinity) in epoch \\d+/100 \\(step \\d+\\).*"), e.getMessage());
    }

    @Test
    void sameSeedGivesTheSameHistoryAndWeights() {
        double[][] x = sizes(20, 3);
        double[][] kernels = new double[2][];
        double[][] losses = new double[2][];
        for (int run = 0; run < 2; run++) {
            Dense hidden = new Dense(3, Activation.RELU);
            Sequential model = new Sequential(99, hidden, new Dense(1)).compile(Loss.MEAN_SQUARED_ERROR, new SGD(1e-5));
            losses[run] = model.fit(x, prices(x), 5, 4).get("loss");
            kernels[run] = hidden.getKernel()[0];
        }
        assertArrayEquals(losses[0], losses[1], 0.0);
        assertArrayEquals(kernels[0], kernels[1], 0.0);
    }

    @Test
    void shuffledBatchesVisitEveryExampleOncePerEpoch() {
        int[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        Training.shuffle(order, new Random(1));
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, java.util.Arrays.stream(order).sorted().toArray());
        assertFalse(java.util.Arrays.equals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9}, order));
    }

    @Test
    void callbacksSeeEveryStepAndEveryEpochAndCanRecordWeights() {
        double[][] x = sizes(10, 4);
        Dense unit = new Dense(1);
        Sequential model = new Sequential(5, unit).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.01));
        List<String> steps = new ArrayList<>();
        List<double[][]> kernels = new ArrayList<>();
        History history = model.fit(x, prices(x), new FitOptions().epochs(3).batchSize(4)
                .onStep((epoch, step, m) -> steps.add(epoch + ":" + step))
                .onEpochEnd((epoch, logs, m) -> kernels.add(((Dense) m.layer(0)).getKernel())));
        // 10 examples in batches of 4, 4 and 2: three steps per epoch
        assertEquals(List.of("0:0", "0:1", "0:2", "1:0", "1:1", "1:2", "2:0", "2:1", "2:2"), steps);
        assertEquals(3, kernels.size());
        assertFalse(kernels.get(0)[0][0] == kernels.get(2)[0][0], "the recorded weights moved");
        assertArrayEquals(kernels.get(2), unit.getKernel());
        assertEquals(3, history.epochs());
    }

    @Test
    void historyHasLossMetricsAndValidationPerEpochInKerasOrder() {
        double[][] x = {{0, 0}, {0, 1}, {1, 0}, {1, 1}};
        double[] y = {0, 1, 1, 1};
        Sequential model = new Sequential(2, new Dense(1, Activation.SIGMOID));
        model.compile(Loss.BINARY_CROSSENTROPY, new SGD(0.5));
        History history = model.fit(x, y, new FitOptions().epochs(4).batchSize(4).shuffle(false).validationData(x, y));
        assertEquals(List.of("loss", "accuracy", "val_loss", "val_accuracy"), history.keys());
        assertEquals(4, history.get("val_loss").length);
        // one full batch, no shuffling: the last validation loss is the loss evaluate reports now
        assertEquals(model.evaluate(x, y).get("loss"), history.last("val_loss"), 0.0);
        assertEquals(List.of("loss"), new Sequential(1, new Dense(1)).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1))
                .fit(x, y, 1, 2).keys());
    }

    @Test
    void epochLossIsTheLossBeforeEachUpdateWeightedByBatchSize() {
        double[][] x = {{1}, {2}, {3}};
        double[] y = {1, 2, 3};
        Dense unit = new Dense(1);
        unit.setWeights(new double[][] {{0}}, new double[] {0});
        Sequential model = new Sequential(0, unit).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.01));
        double before = model.evaluate(x, y).get("loss");        // (1 + 4 + 9) / 3 = 14/3
        History history = model.fit(x, y, new FitOptions().epochs(1).batchSize(3).shuffle(false));
        assertEquals(14.0 / 3, before, 1e-15);
        assertEquals(before, history.get("loss")[0], 0.0);
    }

    @Test
    void verboseFitPrintsOneKerasLikeLinePerEpoch() {
        java.io.PrintStream console = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            Sequential model = new Sequential(1, new Dense(1, Activation.SIGMOID));
            model.compile(Loss.BINARY_CROSSENTROPY, new SGD(0.1));
            model.fit(new double[][] {{0}, {1}}, new double[] {0, 1}, new FitOptions().epochs(2).verbose(true));
        } finally {
            System.setOut(console);
        }
        String[] lines = printed.toString(java.nio.charset.StandardCharsets.UTF_8).split("\\R");
        assertEquals(2, lines.length);
        assertTrue(lines[1].matches("Epoch 2/2 - loss: \\d\\.\\d{4} - accuracy: \\d\\.\\d{4}"), lines[1]);
    }

    @Test
    void trainStepAllocatesNothingOnceShapesAreKnown() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Sequential model = new Sequential(1, new Dense(8, Activation.TANH).kernelRegularizer(Regularizer.l2(0.01)),
                new Dense(3, Activation.SOFTMAX));
        model.compile(Loss.CATEGORICAL_CROSSENTROPY, new SGD(0.1, 0.9), Metric.ACCURACY).build(5);
        Matrix x = Matrix.of(new double[16][5]);
        Matrix y = Matrix.zeros(16, 3);
        model.trainStep(x, y); // first step with this batch size: buffers and velocities are made here
        model.trainStep(x, y);
        long before = threads.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < 1000; i++) {
            model.trainStep(x, y);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        // One new 16 × 8 matrix per step would be over 1,000 bytes per step; the JVM itself may allocate
        // a few hundred bytes now and then (compilation), which does not grow with the number of steps.
        assertTrue(allocated < 4 * 1000, "1000 steps allocated " + allocated + " bytes");
    }
}
