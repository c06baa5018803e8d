package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NeuronTest {

    @Test
    void housePriceNeuronWithWeight200AndBias100Gives300And500ForSizes1And2() {
        // price (in $1000s) = 200 · size (in 1000 sq ft) + 100
        Neuron house = new Neuron(new double[] {200}, 100, Activation.LINEAR);
        assertEquals(300, house.output(new double[] {1}), 0);
        assertEquals(500, house.output(new double[] {2}), 0);
    }

    @Test
    void housePriceDenseLayerAndModelGive300And500ForSizes1And2() {
        Dense layer = new Dense(1);
        layer.setWeights(new double[][] {{200}}, new double[] {100});
        assertArrayEquals(new double[][] {{300}, {500}}, layer.predict(new double[][] {{1}, {2}}));
        Sequential model = new Sequential(0).add(layer);
        assertArrayEquals(new double[][] {{300}, {500}}, model.predict(new double[][] {{1}, {2}}));
        assertArrayEquals(new double[] {500}, model.predict(new double[] {2}));
    }

    @Test
    void neuronWithBiasEqualsNeuronWithBiasAsWeightOfConstantInputOne() {
        Random rng = new Random(5);
        for (int trial = 0; trial < 100; trial++) {
            double[] w = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            double[] x = {rng.nextGaussian(), rng.nextGaussian(), rng.nextGaussian()};
            Neuron neuron = new Neuron(w, rng.nextGaussian(), Activation.SIGMOID);
            Neuron biasAsInput = neuron.withBiasAsInput();
            assertEquals(0, biasAsInput.bias());
            assertEquals(4, biasAsInput.inputSize());
            assertEquals(neuron.output(x), biasAsInput.output(Neuron.extendWithOne(x)), 0.0, "bit for bit");
        }
    }

    @Test
    void twoInputNeuronHasTwoWeightsAndOneBias() {
        Neuron neuron = new Neuron(new double[] {0.5, -1}, 2, Activation.TANH);
        assertEquals(2, neuron.weights().length);
        assertEquals(3, neuron.parameterCount());
    }

    @Test
    void sigmoidNeuronIsTheWeightedSumThroughTheSigmoid() {
        // z = 1·3 + (−2)·1 + 0.5 = 1.5;  a = 1 / (1 + e^−1.5) = 0.8175744761936437
        Neuron neuron = new Neuron(new double[] {1, -2}, 0.5, Activation.SIGMOID);
        assertEquals(1.5, neuron.weightedSum(new double[] {3, 1}), 0);
        assertEquals(0.8175744761936437, neuron.output(new double[] {3, 1}), 1e-15);
    }

    @Test
    void neuronCopiesItsWeightsAndRefusesTheWrongNumberOfInputs() {
        double[] w = {1, 2};
        Neuron neuron = new Neuron(w, 0, Activation.LINEAR);
        w[0] = 100;
        neuron.weights()[1] = 100;
        assertArrayEquals(new double[] {1, 2}, neuron.weights());
        assertEquals("x has 3 values but this neuron has 2 weights (one per input)",
                assertThrows(IllegalArgumentException.class, () -> neuron.output(new double[] {1, 2, 3})).getMessage());
        assertEquals("Neuron(weights=[1.0, 2.0], bias=0.0, activation=linear)", neuron.toString());
    }
}
