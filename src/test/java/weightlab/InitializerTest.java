package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class InitializerTest {
    // 400 inputs × 250 units = 100,000 draws: the measured std is within about 0.5 % of the true one.
    private static final int FAN_IN = 400;
    private static final int FAN_OUT = 250;

    private static double[] draws(Initializer initializer, long seed) {
        return Arrays.stream(initializer.initialize(FAN_IN, FAN_OUT, new Random(seed))).flatMapToDouble(Arrays::stream)
                .toArray();
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElseThrow();
    }

    private static double std(double[] values) {
        double mean = mean(values);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / values.length);
    }

    private static void assertStd(double expected, Initializer initializer) {
        double[] w = draws(initializer, 7);
        assertEquals(100_000, w.length);
        assertEquals(expected, initializer.expectedStd(FAN_IN, FAN_OUT), 1e-15, "the formula");
        assertEquals(expected, std(w), 0.02 * expected, "measured std within 2 % of " + expected);
        assertEquals(0, mean(w), 0.02 * expected, "mean near 0");
    }

    @Test
    void heNormalStdIsSqrtTwoOverFanIn() {
        assertStd(Math.sqrt(2.0 / FAN_IN), Initializer.heNormal());
    }

    @Test
    void heUniformStdIsSqrtTwoOverFanIn() {
        assertStd(Math.sqrt(2.0 / FAN_IN), Initializer.heUniform());
    }

    @Test
    void glorotUniformStdIsSqrtTwoOverFanInPlusFanOut() {
        assertStd(Math.sqrt(2.0 / (FAN_IN + FAN_OUT)), Initializer.glorotUniform());
    }

    @Test
    void glorotNormalStdIsSqrtTwoOverFanInPlusFanOut() {
        assertStd(Math.sqrt(2.0 / (FAN_IN + FAN_OUT)), Initializer.glorotNormal());
    }

    @Test
    void lecunNormalAndUniformStdIsSqrtOneOverFanIn() {
        assertStd(Math.sqrt(1.0 / FAN_IN), Initializer.lecunNormal());
        assertStd(Math.sqrt(1.0 / FAN_IN), Initializer.lecunUniform());
    }

    @Test
    void untruncatedNormalAndFanOutFollowTheSameRule() {
        VarianceScaling rule = Initializer.varianceScaling(3, VarianceScaling.FanMode.FAN_OUT,
                VarianceScaling.Distribution.UNTRUNCATED_NORMAL);
        assertStd(Math.sqrt(3.0 / FAN_OUT), rule);
    }

    @Test
    void randomNormalAndUniformKeepTheirSpreadWhateverTheFans() {
        assertStd(0.05, Initializer.randomNormal(0, 0.05));
        assertStd(0.1 / Math.sqrt(12), Initializer.randomUniform(-0.05, 0.05));
    }

    @Test
    void truncatedNormalStaysWithinTwoStandardDeviationsOfItsNormal() {
        // σ = std / 0.8796…: the normal before cutting; every draw is within 2σ.
        double sigma = Math.sqrt(2.0 / FAN_IN) / 0.87962566103423978;
        double[] w = draws(Initializer.heNormal(), 8);
        assertTrue(Arrays.stream(w).allMatch(v -> Math.abs(v) <= 2 * sigma));
        assertTrue(Arrays.stream(w).anyMatch(v -> Math.abs(v) > 1.95 * sigma), "the cut is at 2σ, not before");
    }

    @Test
    void uniformStaysWithinItsLimit() {
        double limit = Math.sqrt(6.0 / (FAN_IN + FAN_OUT)); // Glorot uniform
        double[] w = draws(Initializer.glorotUniform(), 9);
        assertTrue(Arrays.stream(w).allMatch(v -> Math.abs(v) <= limit));
        assertTrue(Arrays.stream(w).anyMatch(v -> Math.abs(v) > 0.999 * limit));
    }

    @Test
    void sameSeedGivesSameNumbersAndAnotherSeedOthers() {
        for (Initializer init : new Initializer[] {Initializer.glorotUniform(), Initializer.heNormal(),
                Initializer.randomNormal(0, 1), Initializer.randomUniform(-1, 1)}) {
            assertArrayEquals(init.initialize(3, 4, new Random(42)), init.initialize(3, 4, new Random(42)));
            assertFalse(Arrays.deepEquals(init.initialize(3, 4, new Random(42)), init.initialize(3, 4, new Random(43))));
        }
    }

    @Test
    void shapeIsFanInByFanOut() {
        double[][] w = Initializer.heNormal().initialize(3, 5, new Random(1));
        assertEquals(3, w.length);
        assertEquals(5, w[0].length);
        assertEquals(7, Initializer.zeros().initializeVector(7, new Random(1)).length);
    }

    @Test
    void constantInitializersFillOneNumber() {
        assertArrayEquals(new double[][] {{0, 0}, {0, 0}}, Initializer.zeros().initialize(2, 2, new Random(1)));
        assertArrayEquals(new double[][] {{1, 1}}, Initializer.ones().initialize(1, 2, new Random(1)));
        assertArrayEquals(new double[] {0.5, 0.5, 0.5}, Initializer.constant(0.5).initializeVector(3, new Random(1)));
        assertEquals(0, Initializer.constant(0.5).expectedStd(10, 10));
    }

    @Test
    void everyPresetPrintsItsFormula() {
        assertEquals("He normal: truncated normal, std = sqrt(2 / fan_in)", Initializer.heNormal().formula());
        assertEquals("He uniform: uniform in [-limit, limit], limit = sqrt(6 / fan_in)", Initializer.heUniform().formula());
        assertEquals("Glorot uniform: uniform in [-limit, limit], limit = sqrt(6 / (fan_in + fan_out))",
                Initializer.glorotUniform().formula());
        assertEquals("Glorot normal: truncated normal, std = sqrt(2 / (fan_in + fan_out))",
                Initializer.glorotNormal().formula());
        assertEquals("LeCun normal: truncated normal, std = sqrt(1 / fan_in)", Initializer.lecunNormal().formula());
        assertEquals("LeCun uniform: uniform in [-limit, limit], limit = sqrt(3 / fan_in)", Initializer.lecunUniform().formula());
        assertEquals("Zeros: w = 0.0", Initializer.zeros().formula());
        assertEquals("Constant: w = 0.5", Initializer.constant(0.5).formula());
        assertEquals("Random normal: w ~ N(0.0, 0.05²)", Initializer.randomNormal(0, 0.05).formula());
        assertEquals("Random uniform: w ~ U[-0.05, 0.05]", Initializer.randomUniform(-0.05, 0.05).formula());
    }

    @Test
    void presetsAreTheVarianceScalingRuleWithKerasSettings() {
        VarianceScaling he = Initializer.heNormal();
        assertEquals(2, he.scale());
        assertEquals(VarianceScaling.FanMode.FAN_IN, he.mode());
        assertEquals(VarianceScaling.Distribution.TRUNCATED_NORMAL, he.distribution());
        VarianceScaling glorot = Initializer.glorotUniform();
        assertEquals(1, glorot.scale());
        assertEquals(VarianceScaling.FanMode.FAN_AVG, glorot.mode());
        assertEquals(VarianceScaling.Distribution.UNIFORM, glorot.distribution());
        assertEquals("VarianceScaling(scale=2.0, mode=FAN_IN, distribution=TRUNCATED_NORMAL)", he.toString());
        // Worked numbers of the Javadoc: 400 inputs × 25 units.
        assertEquals(0.11882, Math.sqrt(3) * glorot.expectedStd(400, 25), 1e-5);
        assertEquals(0.0707, he.expectedStd(400, 25), 1e-4);
    }
}
