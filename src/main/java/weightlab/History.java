package weightlab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.Table;

/**
 * What {@link Sequential#fit} returns, as Keras' History: one value per epoch for each key,
 * "loss" and the metrics ("accuracy"), then "val_loss" and "val_accuracy" when validation data
 * was given. The loss of an epoch is the mean of its batch losses weighted by batch size (as Keras),
 * measured while the weights were changing; the validation numbers are measured after the epoch.
 */
public final class History {
    private final Map<String, List<Double>> values = new LinkedHashMap<>();

    History() {
    }

    /** Records one epoch's logs (keys in the order given). */
    void append(Map<String, Double> logs) {
        for (Map.Entry<String, Double> entry : logs.entrySet()) {
            values.computeIfAbsent(entry.getKey(), key -> new ArrayList<>()).add(entry.getValue());
        }
    }

    /** Number of epochs recorded. */
    public int epochs() {
        return values.isEmpty() ? 0 : values.values().iterator().next().size();
    }

    /** The keys, e.g. [loss, accuracy, val_loss, val_accuracy]. */
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    /** A copy of the values of one key, one per epoch: {@code history.get("loss")[0]} is the first epoch's loss. */
    public double[] get(String key) {
        List<Double> list = values.get(key);
        if (list == null) {
            throw new IllegalArgumentException("no \"" + key + "\" in this history: its keys are " + keys());
        }
        return list.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The value of the last epoch, e.g. {@code last("loss")}. */
    public double last(String key) {
        double[] series = get(key);
        return series[series.length - 1];
    }

    /** A copy of everything: key → one value per epoch, keys in Keras' order. */
    public Map<String, double[]> asMap() {
        Map<String, double[]> map = new LinkedHashMap<>();
        for (String key : values.keySet()) {
            map.put(key, get(key));
        }
        return map;
    }

    /** A table with a column "epoch" (1, 2, …, as Keras prints "Epoch 1/10") and one column per key. */
    public Table toTable() {
        Table table = Table.create("history");
        int[] epochNumbers = new int[epochs()];
        for (int e = 0; e < epochNumbers.length; e++) {
            epochNumbers[e] = e + 1;
        }
        table.addColumns(IntColumn.create("epoch", epochNumbers));
        for (String key : values.keySet()) {
            table.addColumns(DoubleColumn.create(key, get(key)));
        }
        return table;
    }

    /** "History(epochs=10, loss: 0.6931 → 0.0123, accuracy: 0.5000 → 1.0000)". */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("History(epochs=" + epochs());
        for (String key : values.keySet()) {
            double[] series = get(key);
            text.append(String.format(java.util.Locale.ROOT, ", %s: %.4f → %.4f", key, series[0], series[series.length - 1]));
        }
        return text.append(")").toString();
    }
}
