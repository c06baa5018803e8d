package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FrozenKernelTest {
    private static final double[][] SIZES = {{1.0}, {1.5}, {2.0}, {2.5}, {3.0}};
    private static final double[] PRICES = {300, 400, 500, 600, 700}; // 200·size + 100, mean 500

    private static Sequential biasOnlyModel() {
        Sequential model = new Sequential(7, new Dense(1).kernelInitializer(Initializer.zeros()).kernelTrainable(false));
        model.compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
        return model;
    }

    @Test
    void frozenZeroKernelLeavesOnlyTheBiasToLearnTheMean() {
        Sequential model = biasOnlyModel();
        History history = model.fit(SIZES, PRICES, 200, 5);
        Dense dense = (Dense) model.layer(0);
        assertArrayEquals(new double[][] {{0.0}}, dense.getKernel(), "a frozen kernel must not move");
        assertEquals(500.0, dense.getBias()[0], 1e-6, "the best bias alone is the mean of y");
        // The loss stalls at the variance of y: mean((y − 500)²) = (200² + 100² + 0 + 100² + 200²) / 5.
        assertEquals(20_000.0, history.last("loss"), 1e-3);
    }

    @Test
    void summaryCountsAFrozenKernelAsNonTrainable() {
        Sequential model = biasOnlyModel();
        model.build(1);
        String summary = model.summary();
        assertTrue(summary.contains("Trainable params: 1\n"), summary);
        assertTrue(summary.contains("Non-trainable params: 1\n"), summary);
    }

    @Test
    void unfreezingTheKernelLetsItLearnAgain() {
        Sequential model = biasOnlyModel();
        ((Dense) model.layer(0)).kernelTrainable(true);
        model.fit(SIZES, PRICES, 2000, 5);
        Dense dense = (Dense) model.layer(0);
        assertEquals(200.0, dense.getKernel()[0][0], 1e-3);
        assertEquals(100.0, dense.getBias()[0], 1e-3);
    }
}
