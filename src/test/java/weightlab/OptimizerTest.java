package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One linear unit, w = 2, b = 1, one example x = 3 with target y = 5, mean squared error:
 * ŷ = 2·3 + 1 = 7, L = (7 − 5)² = 4, ∂L/∂ŷ = 2·(7 − 5) = 4, ∂L/∂w = 4·x = 12, ∂L/∂b = 4.
 */
class OptimizerTest {
    private static final double[][] X = {{3}};
    private static final double[][] Y = {{5}};

    private static Sequential unit(Optimizer optimizer, Regularizer regularizer) {
        Dense dense = new Dense(1).kernelRegularizer(regularizer);
        dense.setWeights(new double[][] {{2}}, new double[] {1});
        return new Sequential(0, dense).compile(Loss.MEAN_SQUARED_ERROR, optimizer);
    }

    private static double w(Sequential model) {
        return ((Dense) model.layer(0)).getKernel()[0][0];
    }

    private static double b(Sequential model) {
        return ((Dense) model.layer(0)).getBias()[0];
    }

    @Test
    void oneSgdStepWithoutMomentumIsComputedByHand() {
        Sequential model = unit(new SGD(0.01), null);
        assertEquals(4, model.trainStep(X, Y), 0);                 // the loss before the step
        assertEquals(12, model.parameters().get(0).gradient().get(0, 0), 0); // ∂L/∂w
        assertEquals(4, model.parameters().get(1).gradient().get(0, 0), 0);  // ∂L/∂b
        assertEquals(2 - 0.01 * 12, w(model), 1e-15);              // w ← w − α·∂L/∂w = 1.88
        assertEquals(1 - 0.01 * 4, b(model), 1e-15);               // b ← b − α·∂L/∂b = 0.96
        // Second step from w = 1.88, b = 0.96: ŷ = 6.6, ∂L/∂ŷ = 3.2, ∂L/∂w = 9.6 → w = 1.88 − 0.096 = 1.784
        model.trainStep(X, Y);
        assertEquals(1.784, w(model), 1e-14);
    }

    @Test
    void twoSgdStepsWithMomentumAreComputedByHand() {
        Sequential model = unit(new SGD(0.01, 0.9), null);
        model.trainStep(X, Y);
        // v = 0.9·0 − 0.01·12 = −0.12, w = 2 − 0.12 = 1.88;  v_b = −0.04, b = 0.96 (same as plain SGD)
        assertEquals(1.88, w(model), 1e-15);
        assertEquals(0.96, b(model), 1e-15);
        model.trainStep(X, Y);
        // ŷ = 1.88·3 + 0.96 = 6.6, ∂L/∂ŷ = 3.2, ∂L/∂w = 9.6, ∂L/∂b = 3.2
        // v = 0.9·(−0.12) − 0.01·9.6 = −0.204, w = 1.88 − 0.204 = 1.676
        // v_b = 0.9·(−0.04) − 0.01·3.2 = −0.068, b = 0.96 − 0.068 = 0.892
        assertEquals(1.676, w(model), 1e-14);
        assertEquals(0.892, b(model), 1e-14);
    }

    @Test
    void oneSgdStepWithL2IsComputedByHand() {
        Sequential model = unit(new SGD(0.01), Regularizer.l2(0.1));
        // L = 4 + λ·w² = 4 + 0.1·4 = 4.4;  ∂L/∂w = 12 + 2λw = 12 + 0.4 = 12.4;  the bias is not regularized
        assertEquals(4.4, model.trainStep(X, Y), 1e-15);
        assertEquals(12.4, model.parameters().get(0).gradient().get(0, 0), 1e-15);
        assertEquals(2 - 0.01 * 12.4, w(model), 1e-15);            // 1.876
        assertEquals(0.96, b(model), 1e-15);
    }

    @Test
    void oneSgdStepWithL1IsComputedByHand() {
        Sequential model = unit(new SGD(0.01), Regularizer.l1(0.1));
        // L = 4 + λ·|w| = 4.2;  ∂L/∂w = 12 + λ·sign(w) = 12.1
        assertEquals(4.2, model.trainStep(X, Y), 1e-15);
        assertEquals(2 - 0.01 * 12.1, w(model), 1e-15);            // 1.879
        assertEquals(0.96, b(model), 1e-15);
    }

    @Test
    void gradientsAccumulateUntilClearedExplicitly() {
        Sequential model = unit(new SGD(0.01), null);
        Dense dense = (Dense) model.layer(0);
        Parameter kernel = model.parameters().get(0);
        dense.forward(Matrix.of(X));
        dense.backward(Matrix.of(new double[][] {{4}}));          // ∂L/∂ŷ = 4 → ∂L/∂w = 12
        assertEquals(12, kernel.gradient().get(0, 0), 0);
        dense.backward(Matrix.of(new double[][] {{4}}));
        assertEquals(24, kernel.gradient().get(0, 0), 0, "a second backward adds, as micrograd's +=");
        kernel.zeroGradient();
        assertEquals(0, kernel.gradient().get(0, 0), 0);
    }

    @Test
    void sgdSkipsFrozenParametersAndRegularizersPenalizeByTheKerasFormulas() {
        Parameter frozen = new Parameter(() -> "frozen", Parameter.Role.KERNEL, Matrix.of(new double[][] {{1}}));
        frozen.gradient().set(0, 0, 5);
        frozen.setTrainable(false);
        new SGD(0.1).step(List.of(frozen));
        assertEquals(1, frozen.value().get(0, 0), 0);
        // L2 with λ = 0.01 on [[3, −4]]: Ω = 0.01·25 = 0.25, ∂Ω/∂W = [[0.06, −0.08]]
        Matrix w = Matrix.of(new double[][] {{3, -4}});
        assertEquals(0.25, Regularizer.l2(0.01).penalty(w), 1e-15);
        assertArrayEquals(new double[] {0.06, -0.08}, Regularizer.l2(0.01).gradient(w).toArray()[0], 1e-15);
        // L1 with λ = 0.5: Ω = 0.5·7 = 3.5, ∂Ω/∂W = [[0.5, −0.5]]; sign(0) = 0
        assertEquals(3.5, Regularizer.l1(0.5).penalty(w), 1e-15);
        assertArrayEquals(new double[] {0.5, -0.5}, Regularizer.l1(0.5).gradient(w).toArray()[0], 0);
        assertEquals(0, Regularizer.l1(0.5).derivative(0), 0);
        assertEquals("SGD(learningRate=0.01, momentum=0.9)", new SGD(0.01, 0.9).toString());
        assertEquals("L2(l2Strength=0.01)", Regularizer.l2(0.01).toString());
    }
}
