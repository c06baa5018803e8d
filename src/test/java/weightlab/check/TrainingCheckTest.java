package weightlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static weightlab.check.Output.failure;
import static weightlab.check.Output.printed;

import org.junit.jupiter.api.Test;

class TrainingCheckTest {

    @Test
    void gradientStepNamesSignLearningRateAndChangeOnly() {
        // w = 0.5, g = 2, α = 0.1: w − α·g = 0.3
        assertEquals("✔ w = 0.3", printed(() -> TrainingCheck.gradientStep("w", 0.3, 0.5, 2, 0.1)));
        assertEquals("✘ w = 0.7: wrong sign of the step: w + α·g climbs uphill; gradient descent goes against the"
                + " gradient, w − α·g (expected 0.3)", failure(() -> TrainingCheck.gradientStep("w", 0.7, 0.5, 2, 0.1)));
        assertEquals("✘ w = -1.5: you forgot the learning rate α: w − α·g, not w − g (expected 0.3)",
                failure(() -> TrainingCheck.gradientStep("w", -1.5, 0.5, 2, 0.1)));
        assertEquals("✘ w = -0.2: that is the change −α·g; the new weight is the old one plus the change, w − α·g"
                + " (expected 0.3)", failure(() -> TrainingCheck.gradientStep("w", -0.2, 0.5, 2, 0.1)));
    }

    @Test
    void gradientStepOnAVectorOfWeights() {
        double[] w = {0.5, -1};
        double[] g = {2, -4};
        assertEquals("✔ w = [0.3, -0.6]", printed(() -> TrainingCheck.gradientStep("w", new double[] {0.3, -0.6}, w, g, 0.1)));
        assertEquals("✘ w = [0.7, -1.4]: wrong sign of the step: w + α·g climbs uphill; gradient descent goes against"
                + " the gradient, w − α·g (expected [0.3, -0.6])",
                failure(() -> TrainingCheck.gradientStep("w", new double[] {0.7, -1.4}, w, g, 0.1)));
    }

    @Test
    void meanSquaredErrorNamesTheHalfTheMeanTheSquareAndTheRoot() {
        double[] f = {1, 3, 6};
        double[] y = {2, 2, 2}; // errors −1, 1, 4: squares 18, MSE 6
        assertEquals("✔ mse = 6", printed(() -> TrainingCheck.meanSquaredError("mse", 6, f, y)));
        assertEquals("✘ mse = 3: that is ½·MSE, the cost J = 1/(2n) Σ (f − y)² of some courses; Keras' MSE has no ½"
                + " (expected 6)", failure(() -> TrainingCheck.meanSquaredError("mse", 3, f, y)));
        assertEquals("✘ mse = 18: you forgot to divide by n = 3: the mean is (1/n) Σ (f − y)² (expected 6)",
                failure(() -> TrainingCheck.meanSquaredError("mse", 18, f, y)));
        assertEquals("✘ mse = 1.33333: you forgot to square the errors: (1/n) Σ (f − y)², else + and − errors cancel"
                + " (expected 6)", failure(() -> TrainingCheck.meanSquaredError("mse", 4 / 3.0, f, y)));
        assertEquals("✘ mse = 2: that is the mean absolute error (1/n) Σ |f − y|; square the errors instead"
                + " (expected 6)", failure(() -> TrainingCheck.meanSquaredError("mse", 2, f, y)));
        assertEquals("✘ mse = 2.44949: that is the root of the MSE (RMSE); the MSE has no square root (expected 6)",
                failure(() -> TrainingCheck.meanSquaredError("mse", Math.sqrt(6), f, y)));
    }

    // f = w·x + b with w = 1, b = 0 on x = [1, 2, 3], y = [3, 5, 4]: errors −2, −3, −1
    // ∂MSE/∂w = (2/3)(−2 − 6 − 3) = −22/3, ∂MSE/∂b = (2/3)(−6) = −4
    private static final double[] X = {1, 2, 3};
    private static final double[] Y = {3, 5, 4};

    @Test
    void weightGradientNamesTheTwoTheNTheSignAndTheBiasGradient() {
        assertEquals("✔ dw = -7.33333", printed(() -> TrainingCheck.mseGradientWeight("dw", -22 / 3.0, X, Y, 1, 0)));
        assertEquals("✘ dw = -3.66667: you forgot the 2 from the derivative of the square: (2/n) Σ (f − y)·x"
                + " (expected -7.33333)", failure(() -> TrainingCheck.mseGradientWeight("dw", -11 / 3.0, X, Y, 1, 0)));
        assertEquals("✘ dw = -22: you forgot to divide by n = 3: (2/n) Σ (f − y)·x (expected -7.33333)",
                failure(() -> TrainingCheck.mseGradientWeight("dw", -22, X, Y, 1, 0)));
        assertEquals("✘ dw = 7.33333: wrong sign: the error is f − y (prediction minus target), so the gradient is"
                + " (2/n) Σ (f − y)·x (expected -7.33333)",
                failure(() -> TrainingCheck.mseGradientWeight("dw", 22 / 3.0, X, Y, 1, 0)));
        assertEquals("✘ dw = -4: that is ∂MSE/∂b; for w each error is multiplied by its input x: (2/n) Σ (f − y)·x"
                + " (expected -7.33333)", failure(() -> TrainingCheck.mseGradientWeight("dw", -4, X, Y, 1, 0)));
    }

    @Test
    void biasGradientNamesTheWeightGradient() {
        assertEquals("✔ db = -4", printed(() -> TrainingCheck.mseGradientBias("db", -4, X, Y, 1, 0)));
        assertEquals("✘ db = -2: you forgot the 2 from the derivative of the square: (2/n) Σ (f − y) (expected -4)",
                failure(() -> TrainingCheck.mseGradientBias("db", -2, X, Y, 1, 0)));
        assertEquals("✘ db = -7.33333: that is ∂MSE/∂w; for b the errors are not multiplied by x: (2/n) Σ (f − y)"
                + " (expected -4)", failure(() -> TrainingCheck.mseGradientBias("db", -22 / 3.0, X, Y, 1, 0)));
    }
}
