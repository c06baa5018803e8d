package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SequentialTest {

    private static Sequential net400x25x15x1() {
        return new Sequential(1, new Dense(25, Activation.SIGMOID), new Dense(15, Activation.SIGMOID),
                new Dense(1, Activation.SIGMOID)).build(400);
    }

    @Test
    void summaryCountsTenThousandFourHundredThirtyOneParametersForA400x25x15x1Net() {
        Sequential model = net400x25x15x1();
        // 400·25 + 25 = 10,025;  25·15 + 15 = 390;  15·1 + 1 = 16;  total 10,431
        int total = model.parameters().stream().mapToInt(Parameter::size).sum();
        assertEquals(10_025 + 390 + 16, total);
        assertEquals(10_431, total);
        String summary = model.summary();
        assertTrue(summary.contains("10,000 weights + 25 biases = 10,025 parameters"), summary);
        assertTrue(summary.contains("375 weights + 15 biases = 390 parameters"), summary);
        assertTrue(summary.contains("15 weights + 1 bias = 16 parameters"), summary);
        assertTrue(summary.contains("Total params: 10,431 (10,390 weights + 41 biases)"), summary);
        assertTrue(summary.contains("Trainable params: 10,431\nNon-trainable params: 0"), summary);
    }

    @Test
    void summaryPrintsOneKerasLikeLinePerLayer() {
        String expected = String.join("\n",
                "Model: \"sequential\"",
                "Layer (type)     Inputs → Units  Parameters",
                "dense (Dense)    400 → 25        10,000 weights + 25 biases = 10,025 parameters",
                "dense_1 (Dense)  25 → 15         375 weights + 15 biases = 390 parameters",
                "dense_2 (Dense)  15 → 1          15 weights + 1 bias = 16 parameters",
                "Total params: 10,431 (10,390 weights + 41 biases)",
                "Trainable params: 10,431",
                "Non-trainable params: 0", "");
        assertEquals(expected, net400x25x15x1().summary());
    }

    @Test
    void frozenLayersAreCountedAsNonTrainable() {
        Sequential model = net400x25x15x1();
        model.layer(0).setTrainable(false);
        assertTrue(model.summary().contains("Trainable params: 406\nNon-trainable params: 10,025"), model.summary());
    }

    @Test
    void layersAreNamedAsKerasNamesThem() {
        Sequential model = net400x25x15x1();
        assertEquals(List.of("dense", "dense_1", "dense_2"), model.layers().stream().map(Layer::name).toList());
        assertEquals("dense_1/kernel", model.parameters().get(2).name());
        Sequential named = new Sequential(1, new Dense(2).name("hidden"), new Dense(1).name("output"));
        assertEquals("output", named.layer(1).name());
        assertEquals("layer names must be unique, \"hidden\" is already used",
                assertThrows(IllegalArgumentException.class, () -> named.add(new Dense(1).name("hidden"))).getMessage());
    }

    @Test
    void theSeedDecidesTheInitialWeights() {
        double[][] first = ((Dense) net400x25x15x1().layer(1)).getKernel();
        double[][] again = ((Dense) net400x25x15x1().layer(1)).getKernel();
        assertArrayEquals(first, again);
        Sequential other = new Sequential(2, new Dense(25), new Dense(15)).build(400);
        assertTrue(first[0][0] != ((Dense) other.layer(1)).getKernel()[0][0]);
    }

    @Test
    void predictBuildsTheModelOnFirstUseAndGivesOneRowPerExample() {
        Sequential model = new Sequential(4, new Dense(3, Activation.SOFTMAX));
        double[][] p = model.predict(new double[][] {{1, 2}, {3, 4}});
        assertTrue(model.isBuilt());
        assertEquals(2, model.inputSize());
        assertEquals(2, p.length);
        assertEquals(1, p[0][0] + p[0][1] + p[0][2], 1e-15);
        assertArrayEquals(p[1], model.predict(new double[] {3, 4}));
    }

    @Test
    void evaluateReportsLossAndAccuracyAsKeras() {
        Dense unit = new Dense(1, Activation.SIGMOID);
        unit.setWeights(new double[][] {{1}}, new double[] {0});
        Sequential model = new Sequential(0, unit).compile(Loss.BINARY_CROSSENTROPY, new SGD(0.1));
        Map<String, Double> scores = model.evaluate(new double[][] {{2}, {-2}, {1}}, new double[] {1, 0, 0});
        assertEquals(List.of("loss", "accuracy"), List.copyOf(scores.keySet()));
        assertEquals(2.0 / 3, scores.get("accuracy"));
        // −[log σ(2) + log(1 − σ(−2)) + log(1 − σ(1))] / 3 = [2·log(1 + e^−2) + log(1 + e^1)] / 3
        assertEquals((2 * Math.log1p(Math.exp(-2)) + Math.log1p(Math.exp(1))) / 3, scores.get("loss"), 1e-15);
    }

    @Test
    void addingALayerToABuiltModelBuildsIt() {
        Sequential model = new Sequential(1, new Dense(3)).build(2);
        model.add(new Dense(1));
        assertTrue(model.isBuilt());
        assertEquals(4, model.parameters().size());
        Dense wrong = new Dense(2);
        wrong.setWeights(new double[5][2], new double[2]);
        assertThrows(IllegalArgumentException.class, () -> model.add(wrong));
        assertEquals(2, model.layers().size(), "the layer that did not fit was not added");
    }

    @Test
    void toStringShowsTheConfiguration() {
        Sequential model = new Sequential(42, new Dense(1)).compile(Loss.MEAN_SQUARED_ERROR, new SGD(0.01));
        assertEquals("Sequential(seed=42, layers=[Dense(units=1, activation=linear)], loss=mean_squared_error, "
                + "optimizer=SGD(learningRate=0.01, momentum=0.0))", model.toString());
    }
}
