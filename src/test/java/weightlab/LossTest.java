package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LossTest {

    @Test
    void meanSquaredErrorIsTheMeanOverExamplesAndOutputs() {
        // ((1 − 0)² + (2 − 4)²) / 2 = 2.5;  ∂L/∂ŷ = 2(ŷ − y)/2 = [1, −2]
        double[][] yPred = {{1}, {2}};
        double[][] yTrue = {{0}, {4}};
        assertEquals(2.5, Loss.MEAN_SQUARED_ERROR.value(yPred, yTrue), 1e-15);
        assertArrayEquals(new double[][] {{1}, {-2}}, Loss.MEAN_SQUARED_ERROR.gradient(yPred, yTrue));
    }

    @Test
    void kerasDocumentationExamplesGiveKerasNumbers() {
        // keras.losses.MeanSquaredError: y_true [[0, 1], [0, 0]], y_pred [[1, 1], [1, 0]] → 0.5
        assertEquals(0.5, Loss.MEAN_SQUARED_ERROR.value(new double[][] {{1, 1}, {1, 0}}, new double[][] {{0, 1}, {0, 0}}), 1e-15);
        // keras.losses.BinaryCrossentropy: y_true [[0, 1], [0, 0]], y_pred [[0.6, 0.4], [0.4, 0.6]] → 0.815
        // = (−log 0.4 − log 0.4 − log 0.6 − log 0.4) / 4
        double bce = Loss.BINARY_CROSSENTROPY.value(new double[][] {{0.6, 0.4}, {0.4, 0.6}}, new double[][] {{0, 1}, {0, 0}});
        assertEquals(-(3 * Math.log(0.4) + Math.log(0.6)) / 4, bce, 1e-15);
        assertEquals(0.815, bce, 5e-4);
        // keras.losses.CategoricalCrossentropy: y_true [[0, 1, 0], [0, 0, 1]],
        // y_pred [[0.05, 0.95, 0], [0.1, 0.8, 0.1]] → 1.177 = (−log 0.95 − log 0.1) / 2
        double cce = Loss.CATEGORICAL_CROSSENTROPY.value(new double[][] {{0.05, 0.95, 0}, {0.1, 0.8, 0.1}},
                new double[][] {{0, 1, 0}, {0, 0, 1}});
        assertEquals(-(Math.log(0.95) + Math.log(0.1)) / 2, cce, 1e-15);
        assertEquals(1.177, cce, 5e-4);
    }

    @Test
    void binaryCrossEntropyOfNinetyAndTwentyPercentIsComputedByHand() {
        // y = [1, 0], ŷ = [0.9, 0.2]: −(log 0.9 + log 0.8) / 2 = (0.1053605 + 0.2231436) / 2 = 0.1642520
        assertEquals(0.16425203348601893, Loss.BINARY_CROSSENTROPY.value(new double[][] {{0.9}, {0.2}},
                new double[][] {{1}, {0}}), 1e-15);
    }

    @Test
    void categoricalCrossEntropyOfSoftmaxOneTwoThreeIsMinusLogOfItsLargestProbability() {
        double[] p = Activation.SOFTMAX.value(new double[] {1, 2, 3}); // [0.0900, 0.2447, 0.6652]
        double loss = Loss.CATEGORICAL_CROSSENTROPY.value(new double[][] {p}, new double[][] {{0, 0, 1}});
        assertEquals(0.40760596444438013, loss, 1e-15); // −log 0.6652409557748218
    }

    @Test
    void fusedSoftmaxCrossEntropyEqualsThePlainFormulaAndItsGradientIsPMinusYOverN() {
        Dense output = new Dense(3, Activation.SOFTMAX);
        output.setWeights(new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, new double[3]); // z = x
        Sequential model = new Sequential(0, output).compile(Loss.CATEGORICAL_CROSSENTROPY, new SGD(0.1));
        double[][] x = {{1, 2, 3}, {0.5, -1, 0}};
        double[][] y = {{0, 0, 1}, {1, 0, 0}};
        double[][] p = model.predict(x);
        assertEquals(Loss.CATEGORICAL_CROSSENTROPY.value(p, y), model.evaluate(x, y).get("loss"), 1e-15);
        model.computeGradients(Matrix.of(x), Matrix.of(y));
        // z = x and W = I, so ∂L/∂b = Σᵢ (pᵢ − yᵢ)/n
        double[] expectedBiasGradient = new double[3];
        for (int j = 0; j < 3; j++) {
            expectedBiasGradient[j] = ((p[0][j] - y[0][j]) + (p[1][j] - y[1][j])) / 2;
        }
        assertArrayEquals(expectedBiasGradient, output.parameters().get(1).gradient().toArray()[0], 1e-15);
    }

    @Test
    void fusedSigmoidCrossEntropyIsFiniteAndExactWhenTheSigmoidSaturates() {
        Dense output = new Dense(1, Activation.SIGMOID);
        output.setWeights(new double[][] {{1}}, new double[] {0});
        Sequential model = new Sequential(0, output).compile(Loss.BINARY_CROSSENTROPY, new SGD(0.1));
        // z = 1000, y = 0: L = max(z, 0) − z·y + log(1 + e^−|z|) = 1000 exactly; σ(1000) rounds to 1.
        assertEquals(1000, model.evaluate(new double[][] {{1000}}, new double[] {0}).get("loss"), 1e-12);
        // z = 0.3, y = 1: L = −log σ(0.3) = log(1 + e^−0.3)
        assertEquals(Math.log1p(Math.exp(-0.3)), model.evaluate(new double[][] {{0.3}}, new double[] {1}).get("loss"), 1e-15);
    }

    @Test
    void probabilitiesOfZeroAndOneAreClippedSoNoLossIsNaN() {
        double[][] yPred = {{0, 1}};
        double[][] yTrue = {{1, 0}};
        double bce = Loss.BINARY_CROSSENTROPY.value(yPred, yTrue);
        assertEquals(-Math.log(Loss.EPSILON), bce, 1e-9); // both entries are −log(1e−7) = 16.118
        assertTrue(Arrays.stream(Loss.BINARY_CROSSENTROPY.gradient(yPred, yTrue)[0]).allMatch(Double::isFinite));
        double cce = Loss.CATEGORICAL_CROSSENTROPY.value(new double[][] {{0, 1}}, new double[][] {{1, 0}});
        assertEquals(-Math.log(Loss.EPSILON), cce, 1e-9);
        assertTrue(Arrays.stream(Loss.CATEGORICAL_CROSSENTROPY.gradient(new double[][] {{0, 1}},
                new double[][] {{1, 0}})[0]).allMatch(Double::isFinite));
    }

    @Test
    void lossGradientsMatchCentredFiniteDifferences() {
        double[][] yPred = {{0.3, 0.6, 0.2}, {0.8, 0.1, 0.5}};
        double[][] yTrue = {{0, 1, 0}, {0.2, 0.3, 0.5}};
        double h = 1e-6;
        for (Loss loss : Loss.values()) {
            double[][] gradient = loss.gradient(yPred, yTrue);
            for (int i = 0; i < 2; i++) {
                for (int j = 0; j < 3; j++) {
                    double[][] up = copy(yPred);
                    double[][] down = copy(yPred);
                    up[i][j] += h;
                    down[i][j] -= h;
                    double numerical = (loss.value(up, yTrue) - loss.value(down, yTrue)) / (2 * h);
                    assertEquals(numerical, gradient[i][j], 1e-8, loss + " at " + i + "," + j);
                }
            }
        }
    }

    private static double[][] copy(double[][] table) {
        return Arrays.stream(table).map(double[]::clone).toArray(double[][]::new);
    }

    @Test
    void onlySigmoidWithBinaryAndSoftmaxWithCategoricalFuse() {
        assertTrue(Loss.BINARY_CROSSENTROPY.fusesWith(Activation.SIGMOID));
        assertTrue(Loss.CATEGORICAL_CROSSENTROPY.fusesWith(Activation.SOFTMAX));
        assertFalse(Loss.BINARY_CROSSENTROPY.fusesWith(Activation.SOFTMAX));
        assertFalse(Loss.MEAN_SQUARED_ERROR.fusesWith(Activation.SIGMOID));
        assertEquals("binary_crossentropy", Loss.BINARY_CROSSENTROPY.toString());
    }

    @Test
    void accuracyThresholdsOneOutputAtOneHalfAndTakesTheArgmaxOfSeveral() {
        // ŷ = [0.8, 0.3, 0.6] → classes [1, 0, 1] against [1, 0, 0]: 2 of 3
        assertEquals(2.0 / 3, Metric.ACCURACY.value(new double[][] {{0.8}, {0.3}, {0.6}}, new double[][] {{1}, {0}, {0}}));
        assertEquals(0.5, Metric.ACCURACY.value(new double[][] {{0.1, 0.7, 0.2}, {0.5, 0.2, 0.3}},
                new double[][] {{0, 1, 0}, {0, 0, 1}}));
        assertEquals(0.0, Metric.ACCURACY.value(new double[][] {{0.5}}, new double[][] {{1}}), "0.5 is not > 0.5");
    }
}
