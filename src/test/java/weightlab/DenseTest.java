package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DenseTest {

    @Test
    void denseLayerHasNoWeightsUntilBuilt() {
        Dense layer = new Dense(25, Activation.SIGMOID);
        assertFalse(layer.isBuilt());
        assertTrue(layer.parameters().isEmpty());
        IllegalStateException e = assertThrows(IllegalStateException.class, layer::getWeights);
        assertTrue(e.getMessage().contains("not built yet: call build(inputSize, rng) or add it to a Sequential and fit/build"),
                e.getMessage());
    }

    @Test
    void kernelIsInputsByUnitsAndBiasHasOneValuePerUnit() {
        Dense layer = new Dense(25, Activation.SIGMOID);
        layer.build(400, new Random(1));
        Weights weights = layer.getWeights();
        assertEquals(400, weights.kernel().length);
        assertEquals(25, weights.kernel()[0].length);
        assertEquals(25, weights.bias().length);
        assertEquals(400, layer.inputSize());
        assertEquals(25, layer.outputSize());
    }

    @Test
    void defaultsAreGlorotUniformKernelAndZeroBiasAsKeras() {
        Dense layer = new Dense(25);
        layer.build(400, new Random(3));
        assertArrayEquals(Initializer.glorotUniform().initialize(400, 25, new Random(3)), layer.getKernel());
        assertArrayEquals(new double[25], layer.getBias());
        double limit = Math.sqrt(6.0 / (400 + 25));
        assertTrue(Arrays.stream(layer.getKernel()).flatMapToDouble(Arrays::stream).allMatch(w -> Math.abs(w) <= limit));
    }

    @Test
    void getWeightsReturnsCopies() {
        Dense layer = new Dense(2);
        layer.setWeights(new double[][] {{1, 2}}, new double[] {3, 4});
        layer.getKernel()[0][0] = 100;
        layer.getBias()[0] = 100;
        layer.getWeights().kernel()[0][1] = 100;
        assertArrayEquals(new double[][] {{1, 2}}, layer.getKernel());
        assertArrayEquals(new double[] {3, 4}, layer.getBias());
    }

    @Test
    void setWeightsNamesTheWrongShape() {
        Dense layer = new Dense(25, Activation.SIGMOID);
        layer.build(400, new Random(1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> layer.setWeights(new double[25][400], new double[25]));
        assertEquals("kernel must be 400 × 25 (inputs × units), got 25 × 400", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> layer.setWeights(new double[400][25], new double[24]));
        assertEquals("bias must have 25 values (one per unit), got 24", e.getMessage());
        Dense unbuilt = new Dense(3);
        e = assertThrows(IllegalArgumentException.class, () -> unbuilt.setWeights(new double[2][4], new double[3]));
        assertEquals("kernel must be inputs × 3 (inputs × units), got 2 × 4", e.getMessage());
    }

    @Test
    void setWeightsBuildsAnUnbuiltLayerFromTheKernelShape() {
        Dense layer = new Dense(3);
        layer.setWeights(new double[][] {{1, 2, 3}, {4, 5, 6}}, new double[] {0.1, 0.2, 0.3});
        assertTrue(layer.isBuilt());
        assertEquals(2, layer.inputSize());
        // z = [1, 1] · W + b = [5.1, 7.2, 9.3]
        assertArrayEquals(new double[][] {{5.1, 7.2, 9.3}}, layer.predict(new double[][] {{1, 1}}));
    }

    @Test
    void neuronJIsColumnJOfTheKernelWithBiasJ() {
        Dense layer = new Dense(4, Activation.TANH);
        layer.build(3, new Random(2));
        layer.setWeights(layer.getKernel(), new double[] {0.1, -0.2, 0.3, -0.4});
        double[] x = {0.5, -1.5, 2};
        double[] outputs = layer.predict(new double[][] {x})[0];
        for (int j = 0; j < 4; j++) {
            Neuron neuron = layer.neuron(j);
            assertEquals(layer.getKernel()[1][j], neuron.weights()[1]);
            assertEquals(layer.getBias()[j], neuron.bias());
            assertEquals(outputs[j], neuron.output(x), 0.0, "unit " + j + ", bit for bit");
        }
        assertEquals("neuron index must be in [0, 4), got 4",
                assertThrows(IllegalArgumentException.class, () -> layer.neuron(4)).getMessage());
    }

    @Test
    void layerWithoutBiasHasOnlyAKernel() {
        Dense layer = new Dense(2).useBias(false);
        layer.build(3, new Random(1));
        assertEquals(1, layer.parameters().size());
        assertEquals(0, layer.getBias().length);
        layer.setWeights(new double[][] {{1, 0}, {0, 1}, {1, 1}}, null);
        assertArrayEquals(new double[][] {{4, 5}}, layer.predict(new double[][] {{1, 2, 3}}));
        assertThrows(IllegalArgumentException.class, () -> layer.setWeights(new double[3][2], new double[2]));
    }

    @Test
    void frozenLayerKeepsItsWeightsDuringFit() {
        Dense hidden = new Dense(3, Activation.TANH);
        Dense output = new Dense(1);
        Sequential model = new Sequential(1, hidden, output).build(2);
        hidden.setTrainable(false);
        double[][] kernelBefore = hidden.getKernel();
        double[][] outputBefore = output.getKernel();
        model.compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.1));
        model.fit(new double[][] {{1, 2}, {3, 4}, {-1, 0}}, new double[] {1, 2, 3}, 5, 2);
        assertArrayEquals(kernelBefore, hidden.getKernel());
        assertFalse(Arrays.deepEquals(outputBefore, output.getKernel()), "the trainable layer did learn");
        assertFalse(hidden.parameters().get(0).isTrainable());
    }

    @Test
    void initializersAndBiasUseMustBeChosenBeforeBuild() {
        Dense layer = new Dense(2);
        layer.build(2, new Random(1));
        assertTrue(assertThrows(IllegalStateException.class, () -> layer.kernelInitializer(Initializer.heNormal()))
                .getMessage().startsWith("kernelInitializer must be set before dense is built"));
        assertThrows(IllegalStateException.class, () -> layer.useBias(false));
    }

    @Test
    void parametersAreNamedAfterTheLayer() {
        Dense layer = new Dense(2).name("hidden");
        layer.build(2, new Random(1));
        assertEquals("hidden/kernel", layer.parameters().get(0).name());
        assertEquals("hidden/bias", layer.parameters().get(1).name());
        assertEquals(Parameter.Role.BIAS, layer.parameters().get(1).role());
    }

    @Test
    void toStringShowsUnitsAndActivationAndWeightsShowTheirShapes() {
        assertEquals("Dense(units=25, activation=sigmoid)", new Dense(25, Activation.SIGMOID).toString());
        Dense layer = new Dense(2);
        layer.setWeights(new double[][] {{1, 2}}, new double[] {0, 0});
        assertEquals("kernel (1 × 2, inputs × units):\n[[1.0, 2.0]]\nbias (2):\n[0.0, 0.0]", layer.getWeights().toString());
    }
}
