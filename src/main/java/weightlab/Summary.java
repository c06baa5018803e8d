package weightlab;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The text of {@link Sequential#summary()}, in Keras' layout, counting weights and biases apart:
 * <pre>
 * Model: "sequential"
 * Layer (type)      Inputs → Units  Parameters
 * dense (Dense)     400 → 25        10,000 weights + 25 biases = 10,025 parameters
 * dense_1 (Dense)   25 → 15         375 weights + 15 biases = 390 parameters
 * dense_2 (Dense)   15 → 1          15 weights + 1 bias = 16 parameters
 * Total params: 10,431 (10,390 weights + 41 biases)
 * Trainable params: 10,431
 * Non-trainable params: 0
 * </pre>
 * A layer of n inputs and u units has n·u weights and u biases: 400·25 + 25 = 10,025.
 */
final class Summary {

    private Summary() {
    }

    static String of(LayerStack stack) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Layer (type)", "Inputs → Units", "Parameters"});
        long weights = 0;
        long biases = 0;
        long trainable = 0;
        for (Layer layer : stack.layers()) {
            long layerWeights = count(layer, Parameter.Role.KERNEL);
            long layerBiases = count(layer, Parameter.Role.BIAS);
            rows.add(new String[] {
                layer.name() + " (" + layer.getClass().getSimpleName() + ")",
                layer.inputSize() + " → " + layer.outputSize(),
                plural(layerWeights, "weight") + " + " + plural(layerBiases, "bias") + " = "
                        + plural(layerWeights + layerBiases, "parameter")});
            weights += layerWeights;
            biases += layerBiases;
            trainable += countTrainable(layer);
        }
        StringBuilder text = new StringBuilder("Model: \"sequential\"\n");
        int[] widths = columnWidths(rows);
        for (String[] row : rows) {
            text.append(String.format("%-" + widths[0] + "s  %-" + widths[1] + "s  %s\n", row[0], row[1], row[2]));
        }
        text.append("Total params: ").append(number(weights + biases)).append(" (")
                .append(plural(weights, "weight")).append(" + ").append(plural(biases, "bias")).append(")\n");
        text.append("Trainable params: ").append(number(trainable)).append('\n');
        text.append("Non-trainable params: ").append(number(weights + biases - trainable)).append('\n');
        return text.toString();
    }

    private static long countTrainable(Layer layer) {
        long count = 0;
        for (Parameter p : layer.parameters()) {
            count += p.isTrainable() ? p.size() : 0;
        }
        return count;
    }

    private static long count(Layer layer, Parameter.Role role) {
        long count = 0;
        for (Parameter p : layer.parameters()) {
            count += p.role() == role ? p.size() : 0;
        }
        return count;
    }

    private static int[] columnWidths(List<String[]> rows) {
        int[] widths = new int[2];
        for (String[] row : rows) {
            widths[0] = Math.max(widths[0], row[0].length());
            widths[1] = Math.max(widths[1], row[1].length());
        }
        return widths;
    }

    /** "10,025 parameters", "1 bias". */
    private static String plural(long n, String word) {
        String plural = word.equals("bias") ? "biases" : word + "s";
        return number(n) + " " + (n == 1 ? word : plural);
    }

    /** 10025 → "10,025", as Keras prints counts. */
    private static String number(long n) {
        return String.format(Locale.US, "%,d", n);
    }
}
