package weightlab.check;

/**
 * Ready-made checks for a convolution layer (stride 1, 'valid' padding), from plain numbers.
 *
 * <p>A k × k kernel on C channels with F filters has k·k·C·F weights and F biases, however large
 * the image: the same kernel is used at every position. On an n × n image it fits at n − k + 1
 * positions per side (3 × 3 on 28 × 28: 26 × 26). One output is the bias plus the sum of the
 * kernel times the patch under it: z[i][j] = b + Σ_{u,v} x[i+u][j+v] · K[u][v].
 */
public final class ConvCheck {

    private ConvCheck() {
    }

    /** Checks k·k·C·F + F. Example: 3 × 3 kernel, 1 channel, 4 filters: 36 + 4 = 40. */
    public static void parameterCount(String name, double answer, int kernelSize, int channels, int filters,
                                      int imageSize) {
        int weights = kernelSize * kernelSize * channels * filters;
        int positions = (imageSize - kernelSize + 1) * (imageSize - kernelSize + 1);
        Check.number(name, answer, weights + filters,
                Mistake.of("you forgot the biases: one per filter, " + filters + " of them", weights),
                Mistake.of("you counted the kernel once per position; the positions share one kernel, so count it once",
                        (double) weights * positions + filters),
                Mistake.of("you counted the kernel and the bias once per position; the positions share them",
                        (double) (weights + filters) * positions),
                Mistake.of("you forgot the channels: each filter has k·k weights per input channel", 
                        kernelSize * kernelSize * filters + filters));
    }

    /** Checks n − k + 1. Example: a 3 × 3 kernel on a 28-wide image fits at 26 positions. */
    public static void outputSize(String name, double answer, int inputSize, int kernelSize) {
        Check.number(name, answer, inputSize - kernelSize + 1,
                Mistake.of("you forgot the +1: the kernel fits at positions 0, 1, …, n − k, which is n − k + 1 of them",
                        inputSize - kernelSize),
                Mistake.of("that is 'same' padding (the output as wide as the input); 'valid' only puts the kernel "
                        + "where it fits entirely: n − k + 1", inputSize),
                Mistake.of("that subtracts k − 1 twice; n − k + 1 removes (k − 1)/2 on each side, not k − 1",
                        inputSize - 2 * (kernelSize - 1)));
    }

    /** Checks b + Σ_{u,v} x[i+u][j+v] · K[u][v] for one output (i, j) of a one-channel image. */
    public static void outputValue(String name, double answer, double[][] image, double[][] kernel, double bias,
                                   int i, int j) {
        int k = kernel.length;
        if (i < 0 || j < 0 || i + k > image.length || j + k > image[0].length) {
            throw new IllegalArgumentException("a " + k + " × " + k + " kernel at (" + i + ", " + j
                    + ") does not fit in a " + image.length + " × " + image[0].length + " image");
        }
        double sum = 0;
        double flipped = 0;
        double atOrigin = 0;
        for (int u = 0; u < k; u++) {
            for (int v = 0; v < k; v++) {
                sum += image[i + u][j + v] * kernel[u][v];
                flipped += image[i + u][j + v] * kernel[k - 1 - u][k - 1 - v];
                atOrigin += image[u][v] * kernel[u][v];
            }
        }
        Check.number(name, answer, sum + bias,
                Mistake.of("you forgot the bias b = " + bias + ": z = b + Σ x·K", sum),
                Mistake.of("you flipped the kernel (the mathematicians' convolution); deep-learning layers slide it"
                        + " unflipped: z[i][j] = b + Σ x[i+u][j+v]·K[u][v]", flipped + bias),
                Mistake.of("you used the patch at (0, 0); position (" + i + ", " + j + ") starts at row " + i
                        + ", column " + j, atOrigin + bias));
    }
}
