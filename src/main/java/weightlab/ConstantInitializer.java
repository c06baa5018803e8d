package weightlab;

import java.util.Random;

/** Every weight the same number c: zeros() is the Keras bias default. No randomness used. */
final class ConstantInitializer implements Initializer {
    private final double value;

    ConstantInitializer(double value) {
        this.value = value;
    }

    @Override
    public double sample(int fanIn, int fanOut, Random rng) {
        return value;
    }

    /** "Constant: w = 0.5". */
    @Override
    public String formula() {
        return (value == 0 ? "Zeros" : value == 1 ? "Ones" : "Constant") + ": w = " + value;
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return 0;
    }

    @Override
    public String toString() {
        return "Constant(value=" + value + ")";
    }
}
