package weightlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Backprop against centred finite differences on small random 3-4-3 nets, for every activation as
 * hidden layer × every (output activation, loss) pair.
 *
 * <p>The relative error |a − b| / max(|a|, |b|) only means something where the gradient is not
 * almost 0: the finite difference itself is off by about 1e−11 (ε²·f'''/6 plus rounding of L over 2ε),
 * so an entry of 1e−5 shows a "relative error" of 1e−6 that says nothing about backprop. And at a
 * ReLU kink (z = 0) the finite difference is simply wrong. So each net is drawn from seeds 1, 2, …
 * until none of its pre-activations is within 1e−3 of 0 and every gradient entry is at least 1e−3
 * in size; both conditions are asserted, and then every entry must agree below 1e−7.
 */
class GradientCheckTest {
    private static final double EPSILON = 1e-5;
    private static final List<Activation> ALL = List.of(Activation.LINEAR, Activation.SIGMOID, Activation.TANH,
            Activation.RELU, Activation.LEAKY_RELU, Activation.SOFTMAX);

    static Stream<Arguments> activationAndLossPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Activation hidden : ALL) {
            for (Activation output : ALL) {
                pairs.add(Arguments.of(hidden, output, Loss.MEAN_SQUARED_ERROR));
            }
            pairs.add(Arguments.of(hidden, Activation.SIGMOID, Loss.BINARY_CROSSENTROPY));       // fused
            pairs.add(Arguments.of(hidden, Activation.SOFTMAX, Loss.BINARY_CROSSENTROPY));
            pairs.add(Arguments.of(hidden, Activation.SOFTMAX, Loss.CATEGORICAL_CROSSENTROPY));  // fused
            pairs.add(Arguments.of(hidden, Activation.SIGMOID, Loss.CATEGORICAL_CROSSENTROPY));
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "hidden {0}, output {1}, {2}")
    @MethodSource("activationAndLossPairs")
    void backpropMatchesFiniteDifferencesBelowOneInTenMillion(Activation hidden, Activation output, Loss loss) {
        GradientCheck.Result result = null;
        for (int seed = 1; seed <= 100 && result == null; seed++) {
            Sequential model = new Sequential(seed, randomDense(4, hidden), randomDense(3, output));
            model.compile(loss, new SGD(0.1));
            Random rng = new Random(1000 + seed);
            double[][] x = table(4, 3, rng);
            GradientCheck.Result candidate = GradientCheck.check(model, x, targets(loss, 4, 3, rng), EPSILON);
            if (minPreActivationSize(model, x) > 1e-3 && minGradientSize(candidate) >= 1e-3) {
                result = candidate;
            }
        }
        assertNotNull(result, "no net without kinks and tiny gradients among 100 seeds");
        assertEquals(12 + 4 + 12 + 3, result.entries().size(), "every weight and bias is checked");
        assertTrue(result.maxRelativeError() < 1e-7, result.toString() + result.worst());
    }

    @Test
    void regularizedKernelsPassTheCheckToo() {
        Sequential model = new Sequential(3,
                new Dense(4, Activation.TANH).kernelRegularizer(Regularizer.l2(0.05)),
                new Dense(2, Activation.SOFTMAX).kernelRegularizer(Regularizer.l1(0.01)));
        model.compile(Loss.CATEGORICAL_CROSSENTROPY, new SGD(0.1));
        Random rng = new Random(4);
        GradientCheck.Result result = GradientCheck.check(model, table(6, 3, rng),
                targets(Loss.CATEGORICAL_CROSSENTROPY, 6, 2, rng), EPSILON);
        assertTrue(minGradientSize(result) >= 1e-3, result.toString());
        assertTrue(result.maxRelativeError() < 1e-7, result.toString());
        assertTrue(result.toString().contains("dense_1/kernel: 8 entries, max relative error"), result.toString());
    }

    @Test
    void aWrongDerivativeIsCaught() {
        Activation wrongTanh = new Activation() { // g'(z) should be 1 − tanh²(z), not 1 − tanh(z)
            public String name() {
                return "wrong_tanh";
            }

            public double value(double z) {
                return Math.tanh(z);
            }

            public double derivative(double z) {
                return 1 - Math.tanh(z);
            }
        };
        Sequential model = new Sequential(1, new Dense(4, wrongTanh), new Dense(1));
        model.compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
        Random rng = new Random(2);
        GradientCheck.Result result = GradientCheck.check(model, table(4, 3, rng), table(4, 1, rng), EPSILON);
        assertTrue(result.maxRelativeError() > 1e-2, result.toString());
        assertTrue(result.worst().parameter().startsWith("dense/"), "the hidden layer is wrong: " + result.worst());
    }

    @Test
    void relativeErrorIsTheDifferenceOverTheLargerSize() {
        assertEquals(0.5, GradientCheck.relativeError(1, 2));
        assertEquals(0, GradientCheck.relativeError(0, 0));
        assertEquals(1e-9, GradientCheck.relativeError(1, 1 + 1e-9), 1e-15);
    }

    private static Dense randomDense(int units, Activation activation) {
        return new Dense(units, activation).kernelInitializer(Initializer.randomNormal(0, 1))
                .biasInitializer(Initializer.randomNormal(0, 0.5));
    }

    private static double[][] table(int rows, int cols, Random rng) {
        double[][] values = new double[rows][cols];
        for (double[] row : values) {
            for (int j = 0; j < cols; j++) {
                row[j] = 2 * rng.nextDouble() - 1;
            }
        }
        return values;
    }

    /** Mean squared error: any numbers; binary CE: 0 or 1; categorical CE: one-hot rows. */
    private static double[][] targets(Loss loss, int rows, int cols, Random rng) {
        double[][] y = new double[rows][cols];
        for (double[] row : y) {
            for (int j = 0; j < cols; j++) {
                row[j] = switch (loss) {
                    case MEAN_SQUARED_ERROR -> rng.nextGaussian();
                    case BINARY_CROSSENTROPY -> rng.nextBoolean() ? 1 : 0;
                    case CATEGORICAL_CROSSENTROPY -> 0;
                };
            }
            if (loss == Loss.CATEGORICAL_CROSSENTROPY) {
                row[rng.nextInt(cols)] = 1;
            }
        }
        return y;
    }

    private static double minGradientSize(GradientCheck.Result result) {
        return result.entries().stream().mapToDouble(e -> Math.abs(e.backprop())).min().orElseThrow();
    }

    /** The smallest |z| over every unit and example: a ReLU kink is at z = 0. */
    private static double minPreActivationSize(Sequential model, double[][] x) {
        model.predict(x);
        double min = Double.POSITIVE_INFINITY;
        for (Layer layer : model.layers()) {
            Matrix z = ((Dense) layer).lastPreActivation();
            for (int i = 0; i < z.rows(); i++) {
                for (int j = 0; j < z.cols(); j++) {
                    min = Math.min(min, Math.abs(z.get(i, j)));
                }
            }
        }
        return min;
    }
}
