package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ActivationTest {

    @Test
    void sigmoidOfZeroIsOneHalfAndItsDerivativeIsOneQuarter() {
        assertEquals(0.5, Activation.SIGMOID.value(0), 0);
        assertEquals(0.25, Activation.SIGMOID.derivative(0), 0);
        // σ(2) = 1 / (1 + e^−2) = 0.8807970779778823, σ' = σ(1 − σ) = 0.10499358540350662
        assertEquals(0.8807970779778823, Activation.SIGMOID.value(2), 1e-15);
        assertEquals(0.10499358540350662, Activation.SIGMOID.derivative(2), 1e-15);
    }

    @Test
    void tanhReluLeakyReluAndLinearGiveTheirFormulas() {
        assertEquals(0.46211715726000974, Activation.TANH.value(0.5), 1e-15);       // tanh(0.5)
        assertEquals(1 - 0.46211715726000974 * 0.46211715726000974, Activation.TANH.derivative(0.5), 1e-15);
        assertEquals(3, Activation.RELU.value(3));
        assertEquals(0, Activation.RELU.value(-3));
        assertEquals(1, Activation.RELU.derivative(3));
        assertEquals(0, Activation.RELU.derivative(-3));
        assertEquals(0, Activation.RELU.derivative(0), "at the kink, 0 as TensorFlow");
        assertEquals(-0.03, Activation.LEAKY_RELU.value(-3), 1e-17);                // slope 0.01
        assertEquals(0.01, Activation.LEAKY_RELU.derivative(-3));
        assertEquals(-0.6, Activation.leakyRelu(0.2).value(-3), 1e-15);
        assertEquals(-7.5, Activation.LINEAR.value(-7.5));
        assertEquals(1, Activation.LINEAR.derivative(-7.5));
    }

    @Test
    void everyElementwiseDerivativeMatchesACentredFiniteDifference() {
        double h = 1e-6;
        for (Activation g : List.of(Activation.LINEAR, Activation.SIGMOID, Activation.TANH, Activation.RELU,
                Activation.LEAKY_RELU)) {
            for (double z : new double[] {-3, -0.7, 0.2, 1.5, 4}) {
                double numerical = (g.value(z + h) - g.value(z - h)) / (2 * h);
                assertEquals(numerical, g.derivative(z), 1e-8, g + " at " + z);
            }
        }
    }

    @Test
    void softmaxOfOneTwoThreeIsKnownAndSumsToOne() {
        double[] a = Activation.SOFTMAX.value(new double[] {1, 2, 3});
        // e^k / (e + e² + e³)
        assertArrayEquals(new double[] {0.09003057317038046, 0.24472847105479764, 0.6652409557748218}, a, 1e-15);
        assertEquals(1, a[0] + a[1] + a[2], 1e-15);
    }

    @Test
    void softmaxIsStableForLargeScores() {
        double[] large = Activation.SOFTMAX.value(new double[] {1000, 1001, 1002});
        assertArrayEquals(Activation.SOFTMAX.value(new double[] {0, 1, 2}), large, 1e-15);
    }

    @Test
    void softmaxBackwardIsTheJacobianVectorProduct() {
        Random rng = new Random(4);
        double[][] z = {{0.3, -1.2, 2.0, 0.5}, {1.0, 1.0, -0.5, 0.0}};
        double[][] gradA = new double[2][4];
        for (double[] row : gradA) {
            for (int j = 0; j < 4; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        Matrix zm = Matrix.of(z);
        Matrix a = Matrix.zeros(2, 4);
        Activation.SOFTMAX.forwardInto(zm, a);
        Matrix gradZ = Matrix.zeros(2, 4);
        Activation.SOFTMAX.backwardInto(zm, a, Matrix.of(gradA), gradZ);
        for (int i = 0; i < 2; i++) {
            double[] p = Activation.SOFTMAX.value(z[i]);
            for (int j = 0; j < 4; j++) {
                double expected = 0; // Σₖ ∂L/∂aₖ · ∂aₖ/∂zⱼ, with ∂aₖ/∂zⱼ = aₖ(δₖⱼ − aⱼ)
                for (int k = 0; k < 4; k++) {
                    expected += gradA[i][k] * p[k] * ((k == j ? 1 : 0) - p[j]);
                }
                assertEquals(expected, gradZ.get(i, j), 1e-15);
            }
        }
    }

    @Test
    void softmaxRefusesOneNumberWithAnExplanation() {
        assertFalse(Activation.SOFTMAX.isElementwise());
        assertTrue(assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.value(1.0))
                .getMessage().contains("whole row"));
        assertThrows(UnsupportedOperationException.class, () -> Activation.SOFTMAX.derivative(1.0));
    }

    @Test
    void namesAreKerasNames() {
        assertEquals("linear", Activation.LINEAR.name());
        assertEquals("sigmoid", Activation.SIGMOID.toString());
        assertEquals("tanh", Activation.TANH.name());
        assertEquals("relu", Activation.RELU.name());
        assertEquals("leaky_relu", Activation.LEAKY_RELU.name());
        assertEquals("leaky_relu(slope=0.01)", Activation.LEAKY_RELU.toString());
        assertEquals("softmax", Activation.SOFTMAX.toString());
    }
}
