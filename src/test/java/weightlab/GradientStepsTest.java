package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class GradientStepsTest {
    private static final double[][] X = {{0.5, -1.0}, {1.5, 2.0}, {-0.3, 0.7}};
    private static final double[][] Y = {{1.0}, {0.0}, {1.0}};

    private static Sequential model() {
        return new Sequential(3, new Dense(4, Activation.TANH), new Dense(1, Activation.SIGMOID))
                .compile(Loss.BINARY_CROSSENTROPY, new SGD(0.5));
    }

    private static double[][] kernelGradient(Sequential model) {
        return model.parameters().get(0).gradient().toArray();
    }

    @Test
    void computeGradientsThenApplyGradientsIsOneTrainStep() {
        Sequential byParts = model();
        Sequential whole = model();
        double lossByParts = byParts.computeGradients(X, Y);
        byParts.applyGradients();
        double lossWhole = whole.trainStep(X, Y);
        assertEquals(lossWhole, lossByParts, 0.0);
        assertArrayEquals(((Dense) whole.layer(0)).getKernel(), ((Dense) byParts.layer(0)).getKernel());
    }

    @Test
    void gradientsAccumulateUntilTheyAreZeroed() {
        Sequential model = model();
        model.computeGradients(X, Y);
        double[][] once = kernelGradient(model);
        model.accumulateGradients(X, Y);
        double[][] twice = kernelGradient(model);
        for (int i = 0; i < once.length; i++) {
            for (int j = 0; j < once[i].length; j++) {
                assertEquals(2 * once[i][j], twice[i][j], 1e-15, "forgetting to zero doubles the gradient");
            }
        }
        model.computeGradients(X, Y);
        assertArrayEquals(once, kernelGradient(model), "computeGradients zeroes first");
    }

    @Test
    void activationsListEveryLayersOutputAndTheLastIsThePrediction() {
        Sequential model = model();
        List<double[][]> outputs = model.activations(X);
        assertEquals(2, outputs.size());
        assertEquals(4, outputs.get(0)[0].length);
        assertArrayEquals(model.predict(X), outputs.get(1));
        double[][] hidden = ((Dense) model.layer(0)).predict(X);
        assertArrayEquals(hidden, outputs.get(0));
    }

    @Test
    void gradientMethodsNeedACompiledModel() {
        Sequential model = new Sequential(3, new Dense(1));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> model.computeGradients(X, new double[][] {{1}, {2}, {3}}));
        assertEquals(true, e.getMessage().contains("compile"), e.getMessage());
    }
}
