package weightlab;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Saves and loads a model's weights as JSON a person can read, one kernel row per line:
 * <pre>
 * {
 *   "format": "weightlab-weights",
 *   "version": 1,
 *   "layers": [
 *     {
 *       "name": "dense",
 *       "type": "Dense",
 *       "shape": [2, 3],
 *       "kernel": [
 *         [0.1, -0.2, 0.3],
 *         [0.4, 0.5, -0.6]
 *       ],
 *       "bias": [0.0, 0.0, 0.0]
 *     }
 *   ]
 * }
 * </pre>
 * The kernel is inputs × units ("shape"), the bias has one value per unit; a {@link Conv2D}'s kernel
 * is written as its (k·k·channels) × filters matrix, with one bias per filter. Numbers are written
 * with all their digits, so a load gives back exactly the saved doubles. Layers are matched by
 * position, as Keras does for a Sequential. A file that is not valid JSON, or whose layers or shapes
 * do not fit the model, is refused with a message naming the layer and both shapes, and the model
 * is left unchanged. An unbuilt model is built from the file's shapes.
 */
public final class WeightsFile {
    static final String FORMAT = "weightlab-weights";
    private static final Gson GSON = new Gson();

    private WeightsFile() {
    }

    /** Writes every layer's kernel and bias to {@code path} (UTF-8, replaced if it exists). */
    public static void save(Sequential model, Path path) throws IOException {
        if (!model.isBuilt()) {
            throw new IllegalStateException("the model has no weights yet: build or fit it before saving");
        }
        StringBuilder json = new StringBuilder("{\n  \"format\": \"" + FORMAT + "\",\n  \"version\": 1,\n  \"layers\": [");
        List<Layer> layers = model.layers();
        for (int i = 0; i < layers.size(); i++) {
            Weights weights = weightsOf(layers.get(i), i);
            double[][] kernel = weights.kernel();
            try {
                Validate.table(layers.get(i).name() + "/kernel", kernel);
                Validate.table(layers.get(i).name() + "/bias", new double[][] {weights.bias()});
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("cannot save: " + e.getMessage() + " (did training diverge?)", e);
            }
            json.append(i == 0 ? "\n" : ",\n").append("    {\n      \"name\": ").append(GSON.toJson(layers.get(i).name()))
                    .append(",\n      \"type\": \"").append(layers.get(i).getClass().getSimpleName())
                    .append("\",\n      \"shape\": [").append(kernel.length).append(", ")
                    .append(kernel[0].length).append("],\n      \"kernel\": [");
            for (int r = 0; r < kernel.length; r++) {
                json.append(r == 0 ? "\n        " : ",\n        ").append(row(kernel[r]));
            }
            json.append("\n      ],\n      \"bias\": ").append(row(weights.bias())).append("\n    }");
        }
        Files.writeString(path, json.append("\n  ]\n}\n").toString(), StandardCharsets.UTF_8);
    }

    /** "[0.1, -0.2, 0.3]", each number as Gson writes it: the shortest text that reads back exactly. */
    private static String row(double[] values) {
        return GSON.toJson(values).replace(",", ", ");
    }

    /** Replaces the model's weights by those in {@code path}, after checking all of them. */
    public static void load(Sequential model, Path path) throws IOException {
        String text = Files.readString(path, StandardCharsets.UTF_8);
        List<Weights> all = parse(text, path.toString(), model);
        for (int i = 0; i < all.size(); i++) {
            if (model.layer(i) instanceof Conv2D conv) {
                conv.setWeights(all.get(i).kernel(), all.get(i).bias());
            } else {
                dense(model.layer(i), i).setWeights(all.get(i).kernel(), all.get(i).bias());
            }
        }
        model.build(model.layer(0).inputSize()); // collects the parameters of a model built from the file
    }

    /** Reads and checks every layer before anything is changed. */
    static List<Weights> parse(String text, String source, Sequential model) {
        JsonObject root = object(parseStrict(text, source), source + " is not a weights file: it must be a JSON object");
        if (!root.has("format") || !FORMAT.equals(root.get("format").isJsonPrimitive() ? root.get("format").getAsString() : null)) {
            throw new IllegalArgumentException(source + " is not a weights file: \"format\" must be \"" + FORMAT + "\"");
        }
        JsonArray layers = WeightsJson.array(root.get("layers"), source + ": \"layers\" must be a list");
        if (layers.size() != model.layers().size()) {
            throw new IllegalArgumentException(source + " has weights for " + layers.size() + " layers but the model has "
                    + model.layers().size());
        }
        List<Weights> all = new ArrayList<>();
        int inputs = -1; // the previous layer's units: this layer's kernel rows
        for (int i = 0; i < layers.size(); i++) {
            if (model.layer(i) instanceof Conv2D conv) { // its kernel is (k·k·C) × filters, whatever came before
                String where = "layer " + i + " (" + conv.name() + ") in " + source;
                JsonObject entry = object(layers.get(i), where + ": must be an object with \"kernel\" and \"bias\"");
                double[][] kernel = WeightsJson.table(entry.get("kernel"), where + ": \"kernel\"");
                double[] bias = entry.has("bias") ? WeightsJson.vector(entry.get("bias"), where + ": \"bias\"") : null;
                try {
                    conv.checkWeights(kernel, bias);
                } catch (IllegalArgumentException | IllegalStateException e) {
                    throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
                }
                all.add(new Weights(kernel, bias));
                inputs = conv.outputSize();
                continue;
            }
            Dense layer = dense(model.layer(i), i);
            String where = "layer " + i + " (" + layer.name() + ") in " + source;
            JsonObject entry = object(layers.get(i), where + ": must be an object with \"kernel\" and \"bias\"");
            double[][] kernel = WeightsJson.table(entry.get("kernel"), where + ": \"kernel\"");
            double[] bias = entry.has("bias") ? WeightsJson.vector(entry.get("bias"), where + ": \"bias\"") : null;
            try {
                if (inputs > 0 && kernel.length != inputs) {
                    throw new IllegalArgumentException("kernel must be " + inputs + " × " + layer.units()
                            + " (inputs × units), got " + kernel.length + " × " + kernel[0].length);
                }
                DenseShapes.checkWeights(layer, kernel, bias);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
            }
            all.add(new Weights(kernel, bias));
            inputs = layer.units();
        }
        return all;
    }

    private static JsonElement parseStrict(String text, String source) {
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.STRICT);
            JsonElement element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("unexpected text after the end of the JSON object");
            }
            return element;
        } catch (JsonParseException | IOException e) {
            throw new IllegalArgumentException(source + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private static JsonObject object(JsonElement element, String message) {
        if (element == null || !element.isJsonObject()) {
            throw new IllegalArgumentException(message);
        }
        return element.getAsJsonObject();
    }

    private static Weights weightsOf(Layer layer, int index) {
        return layer instanceof Conv2D conv ? conv.getWeights() : dense(layer, index).getWeights();
    }

    private static Dense dense(Layer layer, int index) {
        if (layer instanceof Dense dense) {
            return dense;
        }
        throw new IllegalArgumentException("layer " + index + " (" + layer.name() + ") is a "
                + layer.getClass().getSimpleName() + ": weights files hold Dense and Conv2D layers");
    }
}
