package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightsFileTest {
    @TempDir
    Path dir;

    private static Sequential trained(long seed) {
        Sequential model = new Sequential(seed, new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID));
        model.compile(Loss.BINARY_CROSSENTROPY, new SGD(0.5));
        model.fit(new double[][] {{0, 0}, {0, 1}, {1, 0}, {1, 1}}, new double[] {0, 1, 1, 0}, 20, 2);
        return model;
    }

    private static Sequential untrained() {
        return new Sequential(123, new Dense(3, Activation.TANH), new Dense(1, Activation.SIGMOID));
    }

    @Test
    void saveThenLoadGivesBackExactlyTheSameWeightsAndPredictions() throws IOException {
        Sequential model = trained(1);
        Path file = dir.resolve("xor.weights.json");
        WeightsFile.save(model, file);
        Sequential copy = untrained().build(2);
        WeightsFile.load(copy, file);
        for (int i = 0; i < 2; i++) {
            assertEquals(((Dense) model.layer(i)).getWeights(), ((Dense) copy.layer(i)).getWeights(), "bit for bit");
        }
        double[][] x = {{0.3, 0.7}, {1, 0}};
        assertArrayEquals(model.predict(x), copy.predict(x));
    }

    @Test
    void loadingIntoAnUnbuiltModelBuildsItFromTheFile() throws IOException {
        Path file = dir.resolve("w.json");
        WeightsFile.save(trained(2), file);
        Sequential copy = untrained();
        WeightsFile.load(copy, file);
        assertTrue(copy.isBuilt());
        assertEquals(2, copy.inputSize());
        assertEquals(4, copy.parameters().size());
    }

    @Test
    void theFileIsReadableJsonWithOneKernelRowPerLine() throws IOException {
        Dense layer = new Dense(2).name("house");
        layer.setWeights(new double[][] {{200, -0.5}}, new double[] {100, 0});
        Path file = dir.resolve("house.json");
        WeightsFile.save(new Sequential(0, layer), file);
        assertEquals(String.join("\n", "{",
                "  \"format\": \"weightlab-weights\",",
                "  \"version\": 1,",
                "  \"layers\": [",
                "    {",
                "      \"name\": \"house\",",
                "      \"type\": \"Dense\",",
                "      \"shape\": [1, 2],",
                "      \"kernel\": [",
                "        [200.0, -0.5]",
                "      ],",
                "      \"bias\": [100.0, 0.0]",
                "    }",
                "  ]",
                "}", ""), Files.readString(file));
    }

    private void assertRefused(String json, String expectedMessage) throws IOException {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, json);
        Sequential model = untrained().build(2);
        double[][] before = ((Dense) model.layer(0)).getKernel();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WeightsFile.load(model, file));
        assertTrue(e.getMessage().contains(expectedMessage), e.getMessage());
        assertArrayEquals(before, ((Dense) model.layer(0)).getKernel(), "a refused file changes nothing");
    }

    private static String layers(String first, String second) {
        return "{\"format\": \"weightlab-weights\", \"version\": 1, \"layers\": [" + first + ", " + second + "]}";
    }

    private static final String GOOD_FIRST = "{\"kernel\": [[1, 2, 3], [4, 5, 6]], \"bias\": [0, 0, 0]}";
    private static final String GOOD_SECOND = "{\"kernel\": [[1], [2], [3]], \"bias\": [0]}";

    @Test
    void goodHandWrittenFileLoads() throws IOException {
        Path file = dir.resolve("good.json");
        Files.writeString(file, layers(GOOD_FIRST, GOOD_SECOND));
        Sequential model = untrained();
        WeightsFile.load(model, file);
        assertArrayEquals(new double[][] {{1}, {2}, {3}}, ((Dense) model.layer(1)).getKernel());
    }

    @Test
    void malformedOrMismatchedFilesAreRefusedWithClearMessages() throws IOException {
        assertRefused("{\"format\": \"weightlab-weights\", \"layers\": [", "bad.json is not valid JSON");
        assertRefused("{\"layers\": []} trailing", "is not valid JSON");
        assertRefused("[1, 2]", "is not a weights file: it must be a JSON object");
        assertRefused("{\"format\": \"keras\", \"layers\": []}", "\"format\" must be \"weightlab-weights\"");
        assertRefused(layers(GOOD_FIRST, GOOD_SECOND).replace(", " + GOOD_SECOND, ""),
                "has weights for 1 layers but the model has 2");
        assertRefused(layers(GOOD_FIRST, "{\"kernel\": [[1], [2]], \"bias\": [0]}"),
                "layer 1 (dense_1) in " + dir.resolve("bad.json") + ": kernel must be 3 × 1 (inputs × units), got 2 × 1");
        assertRefused(layers("{\"kernel\": [[1, 2], [4, 5]], \"bias\": [0, 0]}", GOOD_SECOND),
                "layer 0 (dense) in " + dir.resolve("bad.json") + ": kernel must be 2 × 3 (inputs × units), got 2 × 2");
        assertRefused(layers(GOOD_FIRST.replace("[0, 0, 0]", "[0, 0]"), GOOD_SECOND),
                "layer 0 (dense) in " + dir.resolve("bad.json") + ": bias must have 3 values (one per unit), got 2");
        assertRefused(layers(GOOD_FIRST.replace("[4, 5, 6]", "[4, \"five\", 6]"), GOOD_SECOND),
                "\"kernel\"[1][1] is not a number: \"five\"");
        assertRefused(layers(GOOD_FIRST.replace(", \"bias\": [0, 0, 0]", ""), GOOD_SECOND),
                "bias is null: dense needs 3 biases (one per unit)");
        assertRefused(layers(GOOD_FIRST.replace("[[1, 2, 3], [4, 5, 6]]", "[[1, 2, 3], [4, 5]]"), GOOD_SECOND),
                "kernel[1] has 2 values but kernel[0] has 3");
    }

    @Test
    void aMissingFileIsAnIOException() {
        assertThrows(NoSuchFileException.class, () -> WeightsFile.load(untrained(), dir.resolve("missing.json")));
    }
}
