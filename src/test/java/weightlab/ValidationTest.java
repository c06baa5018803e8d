package weightlab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Every message a learner may meet: what was expected and what was given. */
class ValidationTest {
    private static final double[][] X = {{1, 2}, {3, 4}, {5, 6}};
    private static final double[] Y = {1, 2, 3};

    private static Sequential compiled() {
        return new Sequential(1, new Dense(1)).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
    }

    private static void assertMessage(String expected, Executable call) {
        assertEquals(expected, assertThrows(IllegalArgumentException.class, call).getMessage());
    }

    @Test
    void nanOrInfinityInXOrYIsNamedWithItsPosition() {
        assertMessage("x[1][1] is NaN", () -> compiled().fit(new double[][] {{1, 2}, {3, Double.NaN}}, new double[] {1, 2}, 1, 1));
        assertMessage("y[2] is Infinity", () -> compiled().fit(X, new double[] {1, 2, Double.POSITIVE_INFINITY}, 1, 1));
        assertMessage("y[0][0] is -Infinity",
                () -> compiled().fit(X, new double[][] {{Double.NEGATIVE_INFINITY}, {0}, {0}}, 1, 1));
        assertMessage("x[0][0] is NaN", () -> compiled().predict(new double[][] {{Double.NaN, 1}}));
        assertMessage("validation x[0][1] is NaN",
                () -> new FitOptions().validationData(new double[][] {{1, Double.NaN}}, new double[] {1}));
    }

    @Test
    void emptyDataIsRefused() {
        assertMessage("x is empty: it needs at least one row (one example)", () -> compiled().fit(new double[0][], Y, 1, 1));
        assertMessage("y is empty: it needs at least one value", () -> compiled().fit(X, new double[0], 1, 1));
        assertMessage("x[0] is empty: each row needs at least one value",
                () -> compiled().fit(new double[][] {{}}, new double[] {1}, 1, 1));
    }

    @Test
    void xAndYOfDifferentLengthsAreRefused() {
        assertMessage("x has 3 rows (examples) but y has 2: every example needs exactly one target",
                () -> compiled().fit(X, new double[] {1, 2}, 1, 1));
        assertMessage("x has 3 rows (examples) but y has 2: every example needs exactly one target",
                () -> compiled().evaluate(X, new double[] {1, 2}));
    }

    @Test
    void raggedRowsAreRefused() {
        assertMessage("x[1] has 1 values but x[0] has 2: rows must all have the same length",
                () -> compiled().fit(new double[][] {{1, 2}, {3}}, new double[] {1, 2}, 1, 1));
    }

    @Test
    void nonPositiveSettingsAreRefused() {
        assertMessage("learningRate must be > 0, got -0.1", () -> new SGD(-0.1));
        assertMessage("learningRate must be > 0, got 0.0", () -> new SGD(0));
        assertMessage("learningRate must be > 0, got NaN", () -> new SGD(Double.NaN));
        assertMessage("learningRate must be finite, got Infinity", () -> new SGD(Double.POSITIVE_INFINITY));
        assertMessage("momentum must be in [0, 1], got 1.5", () -> new SGD(0.1, 1.5));
        assertMessage("units must be > 0, got 0", () -> new Dense(0));
        assertMessage("batchSize must be > 0, got 0", () -> compiled().fit(X, Y, 1, 0));
        assertMessage("epochs must be > 0, got -1", () -> compiled().fit(X, Y, -1, 1));
        assertMessage("l2Strength must be >= 0, got -0.01", () -> Regularizer.l2(-0.01));
        assertMessage("std must be > 0, got 0.0", () -> Initializer.randomNormal(0, 0));
        assertMessage("min must be < max, got min = 1.0 and max = -1.0", () -> Initializer.randomUniform(1, -1));
        assertMessage("scale must be > 0, got -2.0", () -> Initializer.varianceScaling(-2,
                VarianceScaling.FanMode.FAN_IN, VarianceScaling.Distribution.UNIFORM));
        assertMessage("inputSize must be > 0, got 0", () -> compiled().build(0));
    }

    @Test
    void fitBeforeCompileIsAnOrderMistake() {
        Sequential model = new Sequential(1, new Dense(1));
        assertEquals("compile(loss, optimizer) must be called before fit",
                assertThrows(IllegalStateException.class, () -> model.fit(X, Y, 1, 1)).getMessage());
        assertEquals("compile(loss, optimizer) must be called before evaluate",
                assertThrows(IllegalStateException.class, () -> model.evaluate(X, Y)).getMessage());
        assertEquals("the model has no layers yet: add(new Dense(units, activation)) first",
                assertThrows(IllegalStateException.class, () -> new Sequential(1).predict(X)).getMessage());
        assertEquals("summary needs the number of inputs: call build(inputSize) or fit first",
                assertThrows(IllegalStateException.class, model::summary).getMessage());
    }

    @Test
    void wrongInputOrOutputWidthIsNamed() {
        Sequential model = compiled().build(2);
        assertMessage("x has 3 columns but the model takes 2 inputs: x must be examples × 2",
                () -> model.fit(new double[][] {{1, 2, 3}}, new double[] {1}, 1, 1));
        assertMessage("x has 3 columns but the model takes 2 inputs: x must be examples × 2",
                () -> model.predict(new double[] {1, 2, 3}));
        assertMessage("y has 2 columns but the model has 1 output (the last layer's units)",
                () -> model.fit(X, new double[][] {{1, 2}, {3, 4}, {5, 6}}, 1, 1));
        Sequential house = new Sequential(1, new Dense(1)).build(1);
        assertMessage("x has 2 columns but the model takes 1 input: x must be examples × 1 (several examples of one "
                + "feature are a column: new double[][] {{1}, {2}})", () -> house.predict(new double[] {1, 2}));
        Dense layer = new Dense(2);
        layer.build(3, new java.util.Random(1));
        assertMessage("dense expects 3 inputs per example (x is examples × inputs), got 2",
                () -> layer.predict(new double[][] {{1, 2}}));
    }

    @Test
    void lossesAndMetricsNameMismatchedShapes() {
        assertMessage("mean_squared_error: yPred is 1 × 2 but yTrue is 1 × 1",
                () -> Loss.MEAN_SQUARED_ERROR.value(new double[][] {{1, 2}}, new double[][] {{1}}));
        assertMessage("yTrue[0][0] is NaN",
                () -> Loss.BINARY_CROSSENTROPY.value(new double[][] {{0.5}}, new double[][] {{Double.NaN}}));
        assertMessage("kernel[0][1] is NaN", () -> new Dense(2).setWeights(new double[][] {{1, Double.NaN}}, new double[2]));
    }
}
