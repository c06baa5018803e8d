package weightlab;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The loop behind {@link Sequential#fit}: for each epoch, a seeded permutation of the example
 * indices (never a copy of the data), then one training step per batch of consecutive indices.
 * Batch rows are copied into reused matrices, so after the first epoch a step allocates nothing.
 * Worked number: 10 examples, batch size 4 → batches of 4, 4 and 2 → 3 steps per epoch.
 */
final class Training {
    private final Sequential model;
    private final FitOptions options;
    private final BufferCache<Batch> batches;

    /** One batch: x (examples × inputs) and y (examples × outputs). */
    private record Batch(Matrix x, Matrix y) {
    }

    Training(Sequential model, FitOptions options) {
        this.model = model;
        this.options = options;
        this.batches = new BufferCache<>(rows -> new Batch(Matrix.zeros(rows, model.inputSize()),
                Matrix.zeros(rows, model.outputSize())));
    }

    History run(double[][] x, double[][] y) {
        if (!model.isBuilt()) {
            model.build(x[0].length);
        }
        int[] order = new int[x.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        History history = new History();
        for (int epoch = 0; epoch < options.epochs(); epoch++) {
            if (options.shuffle()) {
                shuffle(order, model.shuffleRng());
            }
            Map<String, Double> logs = trainOneEpoch(x, y, order, epoch);
            if (options.xValidation() != null) {
                model.evaluate(options.xValidation(), options.yValidation())
                        .forEach((key, value) -> logs.put("val_" + key, value));
            }
            history.append(logs);
            if (options.verbose()) {
                System.out.println(progressLine(epoch, logs));
            }
            if (options.epochCallback() != null) {
                options.epochCallback().onEpochEnd(epoch, Collections.unmodifiableMap(logs), model);
            }
        }
        return history;
    }

    /** The batches of one epoch; returns the epoch's loss and metrics, weighted by batch size as Keras. */
    private Map<String, Double> trainOneEpoch(double[][] x, double[][] y, int[] order, int epoch) {
        List<Metric> metrics = model.metrics();
        double lossSum = 0;
        double[] metricSums = new double[metrics.size()];
        int step = 0;
        for (int start = 0; start < x.length; start += options.batchSize(), step++) {
            int rows = Math.min(options.batchSize(), x.length - start);
            Batch batch = batches.forRows(rows);
            gather(x, order, start, batch.x());
            gather(y, order, start, batch.y());
            double loss = model.trainStep(batch.x(), batch.y());
            if (!Double.isFinite(loss)) {
                throw diverged(loss, epoch, step);
            }
            lossSum += loss * rows;
            for (int m = 0; m < metricSums.length; m++) {
                metricSums[m] += metrics.get(m).value(model.lastOutput(), batch.y()) * rows;
            }
            if (options.stepCallback() != null) {
                options.stepCallback().onStep(epoch, step, model);
            }
        }
        Map<String, Double> logs = new LinkedHashMap<>();
        logs.put("loss", lossSum / x.length);
        for (int m = 0; m < metricSums.length; m++) {
            logs.put(metrics.get(m).toString(), metricSums[m] / x.length);
        }
        return logs;
    }

    /** Copies rows order[start], order[start + 1], … of the data into the batch matrix (modified). */
    private static void gather(double[][] data, int[] order, int start, Matrix batch) {
        for (int r = 0; r < batch.rows; r++) {
            System.arraycopy(data[order[start + r]], 0, batch.data, r * batch.cols, batch.cols);
        }
    }

    /** Fisher–Yates: every order equally likely, decided by the seeded generator. */
    static void shuffle(int[] order, Random rng) {
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
        }
    }

    private ArithmeticException diverged(double loss, int epoch, int step) {
        return new ArithmeticException("the loss became " + loss + " in epoch " + (epoch + 1) + "/" + options.epochs()
                + " (step " + step + "): gradient descent diverged, the weights grew without bound. "
                + "Try a smaller learning rate than " + model.optimizer().learningRate() + " (" + model.optimizer()
                + "), or scale the inputs to similar small ranges.");
    }

    /** "Epoch 3/10 - loss: 0.1234 - accuracy: 0.9500", as Keras prints it. */
    private String progressLine(int epoch, Map<String, Double> logs) {
        StringBuilder line = new StringBuilder("Epoch " + (epoch + 1) + "/" + options.epochs());
        logs.forEach((key, value) -> line.append(String.format(Locale.ROOT, " - %s: %.4f", key, value)));
        return line.toString();
    }
}
