package weightlab.bench;

import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import weightlab.Matrix;

/**
 * GFLOP/s of the three products of one training step, at the shapes of the two benchmark networks,
 * through the public {@link Matrix} methods (so through whichever kernel the settings choose):
 * <pre>
 *   forward   z = x · W            Matrix.multiplyInto               batch × inputs · inputs × units
 *   gradient  ∂L/∂W += xᵀ · δ      Matrix.transposeMultiplyAddInto   (batch × inputs)ᵀ · batch × units
 *   input     ∂L/∂x = δ · Wᵀ       Matrix.multiplyTransposeInto      batch × units · (inputs × units)ᵀ
 * </pre>
 * Each figure is the median of 7 timings of at least 0.2 s, after 1 s of warm-up. {@code bench/numpy_mlp.py gemm}
 * prints the same lines for NumPy.
 * Run by {@code ./bench.sh}, one JVM per kernel.
 */
public final class GemmBenchmark {

    private GemmBenchmark() {
    }

    public static void main(String[] args) {
        int[][] layers = {{64, 784, 128}, {64, 128, 10}, {64, 64, 32}, {64, 32, 10}}; // batch, inputs, units
        System.out.println("kernel: " + Matrix.productKernel());
        for (int[] layer : layers) {
            int batch = layer[0];
            int inputs = layer[1];
            int units = layer[2];
            Random rng = new Random(1);
            Matrix x = random(batch, inputs, rng);
            Matrix w = random(inputs, units, rng);
            Matrix delta = random(batch, units, rng);
            Matrix z = Matrix.zeros(batch, units);
            Matrix gradW = Matrix.zeros(inputs, units);
            Matrix gradX = Matrix.zeros(batch, inputs);
            double flops = 2.0 * batch * inputs * units;
            report(String.format(Locale.ROOT, "forward  x·W   %dx%d·%dx%d", batch, inputs, inputs, units),
                    flops, () -> x.multiplyInto(w, z));
            report(String.format(Locale.ROOT, "gradient xᵀ·δ  %dx%d·%dx%d", inputs, batch, batch, units),
                    flops, () -> x.transposeMultiplyAddInto(delta, gradW));
            report(String.format(Locale.ROOT, "input    δ·Wᵀ  %dx%d·%dx%d", batch, units, units, inputs),
                    flops, () -> delta.multiplyTransposeInto(w, gradX));
        }
    }

    private static void report(String name, double flops, Runnable product) {
        long warmUpEnd = System.nanoTime() + 1_000_000_000L;
        while (System.nanoTime() < warmUpEnd) {
            product.run();
        }
        double[] seconds = new double[7];
        for (int r = 0; r < seconds.length; r++) {
            int runs = 0;
            long start = System.nanoTime();
            long elapsed;
            do {
                product.run();
                runs++;
                elapsed = System.nanoTime() - start;
            } while (elapsed < 200_000_000L);
            seconds[r] = elapsed / 1e9 / runs;
        }
        Arrays.sort(seconds);
        double median = seconds[seconds.length / 2];
        System.out.printf(Locale.ROOT, "GEMM %-32s %9.1f µs %7.2f GFLOP/s%n", name, median * 1e6, flops / median / 1e9);
    }

    private static Matrix random(int rows, int cols, Random rng) {
        double[][] values = new double[rows][cols];
        for (double[] row : values) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextDouble() * 2 - 1;
            }
        }
        return Matrix.of(values);
    }
}
