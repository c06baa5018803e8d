package weightlab;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;

/** Reading numbers out of a weights file's JSON, naming where a value is missing or wrong. */
final class WeightsJson {

    private WeightsJson() {
    }

    static JsonArray array(JsonElement element, String message) {
        if (element == null || !element.isJsonArray()) {
            throw new IllegalArgumentException(message);
        }
        return element.getAsJsonArray();
    }

    /** A table of numbers: "layer 0 (dense) in w.json: "kernel" must be a list of rows of numbers". */
    static double[][] table(JsonElement element, String where) {
        JsonArray rows = array(element, where + " must be a list of rows of numbers (rows = inputs)");
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(where + " is empty");
        }
        double[][] table = new double[rows.size()][];
        for (int i = 0; i < rows.size(); i++) {
            table[i] = vector(rows.get(i), where + "[" + i + "]");
        }
        return table;
    }

    /** A list of numbers: "…: "bias"[2] is not a number: "abc"". */
    static double[] vector(JsonElement element, String where) {
        JsonArray values = array(element, where + " must be a list of numbers");
        double[] vector = new double[values.size()];
        for (int i = 0; i < values.size(); i++) {
            JsonElement value = values.get(i);
            if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
                throw new IllegalArgumentException(where + "[" + i + "] is not a number: " + value);
            }
            vector[i] = value.getAsDouble();
            if (!Double.isFinite(vector[i])) {
                throw new IllegalArgumentException(where + "[" + i + "] is " + vector[i]);
            }
        }
        return vector;
    }
}
