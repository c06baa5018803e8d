package weightlab;

import java.util.Random;

/** w ~ U[min, max), the same spread whatever the layer size; std = (max − min) / sqrt(12). */
final class RandomUniformInitializer implements Initializer {
    private final double min;
    private final double max;

    RandomUniformInitializer(double min, double max) {
        Validate.finite("min", min);
        Validate.finite("max", max);
        if (!(min < max)) {
            throw new IllegalArgumentException("min must be < max, got min = " + min + " and max = " + max);
        }
        this.min = min;
        this.max = max;
    }

    @Override
    public double sample(int fanIn, int fanOut, Random rng) {
        return min + (max - min) * rng.nextDouble();
    }

    /** "Random uniform: w ~ U[-0.05, 0.05]". */
    @Override
    public String formula() {
        return "Random uniform: w ~ U[" + min + ", " + max + "]";
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return (max - min) / Math.sqrt(12);
    }

    @Override
    public String toString() {
        return "RandomUniform(min=" + min + ", max=" + max + ")";
    }
}
