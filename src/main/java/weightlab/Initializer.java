package weightlab;

import java.util.Random;

/**
 * How a layer's weights start. A kernel of shape fanIn × fanOut (inputs × units) is filled
 * row by row with draws from one distribution whose spread may depend on the fans.
 *
 * <p>The Glorot, He and LeCun initializers are presets of one rule, {@link VarianceScaling}:
 * Var(w) = scale / fan, so that the variance of a unit's pre-activation neither grows nor shrinks
 * from layer to layer.
 * <pre>
 *   preset          scale  fan                          distribution      worked number, 400 inputs × 25 units
 *   glorotUniform   1      fan_avg = (fan_in+fan_out)/2 uniform           limit = sqrt(6 / 425) = 0.1188
 *   glorotNormal    1      fan_avg                      truncated normal  std   = sqrt(2 / 425) = 0.0686
 *   heNormal        2      fan_in                       truncated normal  std   = sqrt(2 / 400) = 0.0707
 *   heUniform       2      fan_in                       uniform           limit = sqrt(6 / 400) = 0.1225
 *   lecunNormal     1      fan_in                       truncated normal  std   = sqrt(1 / 400) = 0.05
 *   lecunUniform    1      fan_in                       uniform           limit = sqrt(3 / 400) = 0.0866
 * </pre>
 * References: LeCun, Bottou, Orr &amp; Müller, "Efficient BackProp" (1998); Glorot &amp; Bengio,
 * "Understanding the difficulty of training deep feedforward neural networks" (2010); He, Zhang,
 * Ren &amp; Sun, "Delving Deep into Rectifiers" (2015).
 *
 * <p>Randomness comes only from the {@link Random} passed in: the same seed gives the same weights.
 */
public interface Initializer {

    /** One draw w for a weight of a fanIn × fanOut kernel. */
    double sample(int fanIn, int fanOut, Random rng);

    /** The rule in words, e.g. "He normal: truncated normal, std = sqrt(2 / fan_in)". */
    String formula();

    /** The standard deviation of the weights this initializer draws, e.g. sqrt(2 / 400) = 0.0707 for He. */
    double expectedStd(int fanIn, int fanOut);

    /** A new fanIn × fanOut table (inputs × units), filled row by row. */
    default double[][] initialize(int fanIn, int fanOut, Random rng) {
        Validate.positive("fanIn", fanIn);
        Validate.positive("fanOut", fanOut);
        double[][] weights = new double[fanIn][fanOut];
        for (int i = 0; i < fanIn; i++) {
            for (int j = 0; j < fanOut; j++) {
                weights[i][j] = sample(fanIn, fanOut, rng);
            }
        }
        return weights;
    }

    /** A new vector, e.g. a bias of {@code length} units; as Keras, both fans are the length. */
    default double[] initializeVector(int length, Random rng) {
        Validate.positive("length", length);
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = sample(length, length, rng);
        }
        return values;
    }

    /** Every weight 0: all units of a layer stay identical (the symmetry problem). The Keras bias default. */
    static Initializer zeros() {
        return new ConstantInitializer(0);
    }

    /** Every weight 1. */
    static Initializer ones() {
        return new ConstantInitializer(1);
    }

    /** Every weight c. */
    static Initializer constant(double c) {
        return new ConstantInitializer(Validate.finite("constant", c));
    }

    /** Normal draws with the given mean and standard deviation, whatever the fans (Keras: 0 and 0.05). */
    static Initializer randomNormal(double mean, double std) {
        return new RandomNormalInitializer(Validate.finite("mean", mean), Validate.positive("std", std));
    }

    /** Uniform draws in [min, max), whatever the fans (Keras: −0.05 and 0.05). */
    static Initializer randomUniform(double min, double max) {
        return new RandomUniformInitializer(min, max);
    }

    /** The rule itself: Var(w) = scale / fan. */
    static VarianceScaling varianceScaling(double scale, VarianceScaling.FanMode mode,
                                           VarianceScaling.Distribution distribution) {
        return new VarianceScaling(scale, mode, distribution);
    }

    /** Glorot (Xavier) uniform, the Keras kernel default: limit = sqrt(6 / (fan_in + fan_out)). */
    static VarianceScaling glorotUniform() {
        return new VarianceScaling("Glorot uniform", 1, VarianceScaling.FanMode.FAN_AVG, VarianceScaling.Distribution.UNIFORM);
    }

    /** Glorot (Xavier) normal: std = sqrt(2 / (fan_in + fan_out)). */
    static VarianceScaling glorotNormal() {
        return new VarianceScaling("Glorot normal", 1, VarianceScaling.FanMode.FAN_AVG,
                VarianceScaling.Distribution.TRUNCATED_NORMAL);
    }

    /** He normal, for ReLU layers: std = sqrt(2 / fan_in). */
    static VarianceScaling heNormal() {
        return new VarianceScaling("He normal", 2, VarianceScaling.FanMode.FAN_IN,
                VarianceScaling.Distribution.TRUNCATED_NORMAL);
    }

    /** He uniform: limit = sqrt(6 / fan_in). */
    static VarianceScaling heUniform() {
        return new VarianceScaling("He uniform", 2, VarianceScaling.FanMode.FAN_IN, VarianceScaling.Distribution.UNIFORM);
    }

    /** LeCun normal: std = sqrt(1 / fan_in). */
    static VarianceScaling lecunNormal() {
        return new VarianceScaling("LeCun normal", 1, VarianceScaling.FanMode.FAN_IN,
                VarianceScaling.Distribution.TRUNCATED_NORMAL);
    }

    /** LeCun uniform: limit = sqrt(3 / fan_in). */
    static VarianceScaling lecunUniform() {
        return new VarianceScaling("LeCun uniform", 1, VarianceScaling.FanMode.FAN_IN, VarianceScaling.Distribution.UNIFORM);
    }
}
