package weightlab;

import java.util.Random;

/** w ~ N(mean, std²), the same spread whatever the layer size ("small random numbers"). */
final class RandomNormalInitializer implements Initializer {
    private final double mean;
    private final double std;

    RandomNormalInitializer(double mean, double std) {
        this.mean = mean;
        this.std = std;
    }

    @Override
    public double sample(int fanIn, int fanOut, Random rng) {
        return mean + std * rng.nextGaussian();
    }

    /** "Random normal: w ~ N(0.0, 0.05²)". */
    @Override
    public String formula() {
        return "Random normal: w ~ N(" + mean + ", " + std + "²)";
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return std;
    }

    @Override
    public String toString() {
        return "RandomNormal(mean=" + mean + ", std=" + std + ")";
    }
}
