package weightlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weightlab.check.Output.failure;
import static weightlab.check.Output.printed;

import org.junit.jupiter.api.Test;

class StepCountAndStabilityCheckTest {

    @Test
    void thousandExamplesInBatchesOf32TakeThirtyTwoStepsPerEpoch() {
        assertEquals("✔ steps = 32", printed(() -> TrainingCheck.stepsPerEpoch("steps", 32, 1000, 32)));
        assertEquals("✘ steps = 31: 1000 / 32 rounded down (as Java's integer division does) leaves out the last 8"
                + " examples; they make one more, smaller batch: ⌈n / batchSize⌉ (expected 32)",
                failure(() -> TrainingCheck.stepsPerEpoch("steps", 31, 1000, 32)));
        assertEquals("✘ steps = 31.25: steps are whole: 1000 / 32 = 31.25 means 31 full batches and one of 8:"
                + " ⌈n / batchSize⌉ (expected 32)", failure(() -> TrainingCheck.stepsPerEpoch("steps", 31.25, 1000, 32)));
        assertEquals("✘ steps = 1000: that counts examples; a step takes a whole batch of them: ⌈n / batchSize⌉"
                + " (expected 32)", failure(() -> TrainingCheck.stepsPerEpoch("steps", 1000, 1000, 32)));
    }

    @Test
    void anExactMultipleHasNoSmallerLastBatch() {
        assertEquals("✔ steps = 4", printed(() -> TrainingCheck.stepsPerEpoch("steps", 4, 20, 5)));
        assertEquals("Not answered yet: steps is still Check.TODO (or null). Replace it with your answer and run the"
                + " cell again. (If you did, your answer is NaN: look for 0/0 or an operation on NaN.)",
                printed(() -> TrainingCheck.stepsPerEpoch("steps", Check.TODO, 20, 5)));
    }

    @Test
    void tenEpochsRepeatTheStepsOfOne() {
        assertEquals("✔ total = 320", printed(() -> TrainingCheck.totalSteps("total", 320, 1000, 32, 10)));
        assertEquals("✘ total = 310: 1000 / 32 rounded down (as Java's integer division does) leaves out the last 8"
                + " examples; they make one more, smaller batch: epochs · ⌈n / batchSize⌉ (expected 320)",
                failure(() -> TrainingCheck.totalSteps("total", 310, 1000, 32, 10)));
        assertEquals("✘ total = 312.5: steps are whole: 1000 / 32 = 31.25 means 31 full batches and one of 8:"
                + " epochs · ⌈n / batchSize⌉ (expected 320)",
                failure(() -> TrainingCheck.totalSteps("total", 312.5, 1000, 32, 10)));
        assertEquals("✘ total = 32: that is one epoch; 10 epochs repeat its steps 10 times: epochs · ⌈n / batchSize⌉"
                + " (expected 320)", failure(() -> TrainingCheck.totalSteps("total", 32, 1000, 32, 10)));
        assertEquals("examples, batchSize and epochs must be ≥ 1, got 1000, 0 and 10", assertThrows(
                IllegalArgumentException.class, () -> TrainingCheck.totalSteps("total", 1, 1000, 0, 10)).getMessage());
    }

    @Test
    void largestStableLearningRateIsTwoOverTheCurvature() {
        // x = [1, 2, 3]: h = (2/3)·14 = 28/3, 2/h = 3/14
        double[] x = {1, 2, 3};
        assertEquals("✔ α = 0.214286", printed(() -> TrainingCheck.largestStableLearningRate("α", 3 / 14.0, x)));
        assertEquals("✘ α = 0.107143: that is 1/h, where a step lands exactly on the minimum; the steps still shrink up"
                + " to α = 2/h, where 1 − α·h reaches −1 (expected 0.214286)",
                failure(() -> TrainingCheck.largestStableLearningRate("α", 3 / 28.0, x)));
        assertEquals("✘ α = 0.428571: h = E''(w) = (2/n) Σ x²: you forgot the 2 from the derivative of the square"
                + " (expected 0.214286)", failure(() -> TrainingCheck.largestStableLearningRate("α", 3 / 7.0, x)));
        assertEquals("✘ α = 0.0714286: h = E''(w) = (2/n) Σ x²: you forgot to divide by n = 3 (expected 0.214286)",
                failure(() -> TrainingCheck.largestStableLearningRate("α", 1 / 14.0, x)));
    }

    @Test
    void gradientDescentReallyTurnsAtTwoOverTheCurvature() {
        // w ← w − α·E'(w) on E(w) = (1/3) Σ (w·x − y)², y = 2x (w* = 2), from w = 0
        double[] x = {1, 2, 3};
        double threshold = 3 / 14.0;
        assertTrue(distanceAfter(0.99 * threshold, x, 200) < 0.1);
        assertTrue(distanceAfter(1.01 * threshold, x, 200) > 2);
    }

    private static double distanceAfter(double alpha, double[] x, int steps) {
        double w = 0;
        for (int t = 0; t < steps; t++) {
            double slope = 0;
            for (double xi : x) {
                slope += 2.0 / x.length * (w * xi - 2 * xi) * xi;
            }
            w -= alpha * slope;
        }
        return Math.abs(w - 2);
    }
}
