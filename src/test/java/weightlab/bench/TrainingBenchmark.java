package weightlab.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import weightlab.Activation;
import weightlab.Dense;
import weightlab.FitOptions;
import weightlab.Loss;
import weightlab.Matrix;
import weightlab.SGD;
import weightlab.Sequential;
import weightlab.data.Dataset;
import weightlab.data.Digits;
import weightlab.data.FashionMnist;

/**
 * How fast Weightlab trains the network a learner would compare with NumPy, through the public API
 * only ({@code Sequential.fit}), exactly as a notebook calls it:
 * <pre>
 *   fashion:  Fashion-MNIST, all 60,000 training pictures, 784-128-10   (test: the 10,000 test pictures)
 *   digits:   the 8 × 8 digits, 1,437 of 1,797 for training, 64-32-10   (test: the other 360)
 * </pre>
 * ReLU hidden layer, softmax output with categorical cross-entropy, plain SGD (α = 0.1), batches of 64,
 * Glorot-uniform weights, doubles. Per epoch it prints the seconds, examples per second, the achieved
 * GFLOP/s, and the test accuracy (measured after the epoch, outside the timing); at the end the peak heap.
 * The CPU seconds beside the wall-clock seconds tell how much of an epoch the process really ran: on a
 * shared machine they stay put while other work stretches the wall clock.
 *
 * <p>GFLOP/s counts the useful arithmetic of one example, 2 flops per multiply-add: the forward product
 * and the weight gradient of every layer (2 · 2 · inputs · units each) and the input gradient of every
 * layer but the bottom one (its input is the data). 784-128-10: 409,088 flops per example. The NumPy
 * script {@code bench/numpy_mlp.py} counts the same.
 *
 * <p>Run by {@code ./bench.sh}, one JVM per kernel and thread count (settings {@code weightlab.kernel},
 * {@code weightlab.threads}). Arguments: {@code fashion|digits [epochs] [seed]}.
 */
public final class TrainingBenchmark {
    private static final int BATCH = 64;
    private static final double LEARNING_RATE = 0.1;
    private static final int EVALUATION_CHUNK = 1000; // rows per evaluate call: the test set is never copied whole

    private TrainingBenchmark() {
    }

    public static void main(String[] args) {
        PeakHeap peakHeap = PeakHeap.watch();
        String data = args.length > 0 ? args[0] : "fashion";
        int epochs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
        Dataset train;
        Dataset test;
        int hidden;
        if ("digits".equals(data)) {
            Dataset.Split split = Digits.load().split(0.2, seed);
            train = split.train();
            test = split.validation();
            hidden = 32;
        } else {
            train = FashionMnist.loadFullTrain();
            test = FashionMnist.loadFullTest();
            hidden = 128;
        }
        int inputs = train.features();
        int outputs = train.outputs();
        double flopsPerExample = 2.0 * 2 * ((double) inputs * hidden + (double) hidden * outputs)
                + 2.0 * hidden * outputs;

        Sequential model = new Sequential(seed, new Dense(hidden, Activation.RELU), new Dense(outputs, Activation.SOFTMAX));
        model.compile(Loss.CATEGORICAL_CROSSENTROPY, new SGD(LEARNING_RATE));
        System.out.printf(Locale.ROOT, "%s %d-%d-%d, %,d training / %,d test examples, batch %d, SGD %.2f, seed %d%n",
                data, inputs, hidden, outputs, train.size(), test.size(), BATCH, LEARNING_RATE, seed);

        List<Double> seconds = new ArrayList<>();
        List<Double> cpuSeconds = new ArrayList<>();
        double[] accuracy = new double[1];
        long[] epochStart = {0, 0}; // wall clock, process CPU time
        FitOptions options = new FitOptions().epochs(epochs).batchSize(BATCH).onEpochEnd((epoch, logs, m) -> {
            double s = (System.nanoTime() - epochStart[0]) / 1e9;
            double cpu = (processCpuNanos() - epochStart[1]) / 1e9;
            seconds.add(s);
            cpuSeconds.add(cpu);
            accuracy[0] = accuracy(m, test);
            System.out.printf(Locale.ROOT, "epoch %2d: %7.3f s (CPU %6.3f s)  %,9.0f examples/s  %6.2f GFLOP/s  loss %.4f"
                            + "  test accuracy %.4f%n", epoch + 1, s, cpu, train.size() / s,
                    flopsPerExample * train.size() / s / 1e9, logs.get("loss"), accuracy[0]);
            epochStart[0] = System.nanoTime();
            epochStart[1] = processCpuNanos();
        });
        epochStart[0] = System.nanoTime();
        epochStart[1] = processCpuNanos();
        model.fit(train.x(), train.y(), options);

        double typical = median(seconds.subList(seconds.size() / 2, seconds.size()));
        double typicalCpu = mean(cpuSeconds.subList(cpuSeconds.size() / 2, cpuSeconds.size()));
        double peakMib = peakHeap.peakBytes() / (1024.0 * 1024.0);
        System.gc(); // what stays: the data sets and the model
        double liveMib = (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / (1024.0 * 1024.0);
        System.out.println("kernel: " + Matrix.productKernel());
        System.out.printf(Locale.ROOT, "java %s, %d processors, max heap %.0f MiB, peak heap in use %.0f MiB,"
                        + " in use after a full GC %.0f MiB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / (1024.0 * 1024.0),
                peakMib, liveMib);
        System.out.printf(Locale.ROOT, "RESULT data=%s kernel=%s threads=%s epochs=%d epoch_s=%.3f epoch_cpu_s=%.3f"
                        + " examples_per_s=%.0f gflops=%.2f test_accuracy=%.4f peak_heap_mib=%.0f%n",
                data, setting("weightlab.kernel", "auto"), setting("weightlab.threads", "1"), epochs, typical, typicalCpu,
                train.size() / typical, flopsPerExample * train.size() / typical / 1e9, accuracy[0], peakMib);
    }

    /** Accuracy on the test set, evaluated 1,000 rows at a time. */
    private static double accuracy(Sequential model, Dataset test) {
        double correct = 0;
        for (int from = 0; from < test.size(); from += EVALUATION_CHUNK) {
            int to = Math.min(test.size(), from + EVALUATION_CHUNK);
            double part = model.evaluate(Arrays.copyOfRange(test.x(), from, to), Arrays.copyOfRange(test.y(), from, to))
                    .get("accuracy");
            correct += part * (to - from);
        }
        return correct / test.size();
    }

    /** CPU time of the whole process (every thread: training, helpers, compiler, collector). */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The mean: the JVM counts process CPU time in 10 ms ticks, too coarse for one 3 ms digits epoch. */
    private static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
    }

    /** Median of the later epochs: the first ones also pay for loading classes and compiling the hot code. */
    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    private static String setting(String property, String unset) {
        String value = System.getProperty(property);
        if (value == null) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null ? unset : value;
    }
}
