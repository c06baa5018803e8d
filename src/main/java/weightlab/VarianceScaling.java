package weightlab;

import java.util.Random;

/**
 * The one rule behind Glorot, He and LeCun: draw weights with variance scale / fan.
 * <pre>
 *   fan = fan_in, fan_out, or fan_avg = (fan_in + fan_out) / 2
 *   target std = sqrt(scale / fan)
 *   UNIFORM:            w ~ U[−limit, limit], limit = sqrt(3 · scale / fan)   (the variance of U[−l, l] is l²/3)
 *   UNTRUNCATED_NORMAL: w ~ N(0, std²)
 *   TRUNCATED_NORMAL:   w ~ N(0, σ²) redrawn until |w| ≤ 2σ, with σ = std / 0.8796…
 * </pre>
 * Cutting a normal at ±2σ leaves a standard deviation of 0.87962566103423978·σ, so, as Keras does,
 * σ is enlarged by that factor and the weights come out with the target std.
 * Worked number: He normal with 400 inputs, std = sqrt(2 / 400) = 0.0707, σ = 0.0804, every |w| ≤ 0.1608.
 * References: see {@link Initializer}.
 */
public final class VarianceScaling implements Initializer {

    /** Which fan divides the scale: inputs (fan_in), units (fan_out), or their mean. */
    public enum FanMode { FAN_IN, FAN_OUT, FAN_AVG }

    /** The shape of the distribution the weights are drawn from. */
    public enum Distribution { TRUNCATED_NORMAL, UNTRUNCATED_NORMAL, UNIFORM }

    /** Standard deviation of a unit normal cut at ±2 (Keras' constant). */
    static final double TRUNCATED_STD = 0.87962566103423978;

    private final String name;
    private final double scale;
    private final FanMode mode;
    private final Distribution distribution;

    VarianceScaling(double scale, FanMode mode, Distribution distribution) {
        this("Variance scaling", scale, mode, distribution);
    }

    VarianceScaling(String name, double scale, FanMode mode, Distribution distribution) {
        this.name = name;
        this.scale = Validate.positive("scale", scale);
        if (mode == null || distribution == null) {
            throw new IllegalArgumentException("mode and distribution must be given, got " + mode + " and " + distribution);
        }
        this.mode = mode;
        this.distribution = distribution;
    }

    public double scale() {
        return scale;
    }

    public FanMode mode() {
        return mode;
    }

    public Distribution distribution() {
        return distribution;
    }

    /** The fan the scale is divided by. */
    public double fan(int fanIn, int fanOut) {
        Validate.positive("fanIn", fanIn);
        Validate.positive("fanOut", fanOut);
        return switch (mode) {
            case FAN_IN -> fanIn;
            case FAN_OUT -> fanOut;
            case FAN_AVG -> (fanIn + fanOut) / 2.0;
        };
    }

    @Override
    public double expectedStd(int fanIn, int fanOut) {
        return Math.sqrt(scale / fan(fanIn, fanOut));
    }

    @Override
    public double sample(int fanIn, int fanOut, Random rng) {
        double std = expectedStd(fanIn, fanOut);
        switch (distribution) {
            case UNIFORM -> {
                double limit = Math.sqrt(3) * std;
                return -limit + 2 * limit * rng.nextDouble();
            }
            case UNTRUNCATED_NORMAL -> {
                return std * rng.nextGaussian();
            }
            default -> {
                double g;
                do {
                    g = rng.nextGaussian();
                } while (Math.abs(g) > 2);
                return std / TRUNCATED_STD * g;
            }
        }
    }

    /** "He normal: truncated normal, std = sqrt(2 / fan_in)". */
    @Override
    public String formula() {
        // For fan_avg, scale / ((fan_in + fan_out) / 2) = 2·scale / (fan_in + fan_out).
        double variance = mode == FanMode.FAN_AVG ? 2 * scale : scale;
        String fan = switch (mode) {
            case FAN_IN -> "fan_in";
            case FAN_OUT -> "fan_out";
            case FAN_AVG -> "(fan_in + fan_out)";
        };
        String rule = switch (distribution) {
            case UNIFORM -> "uniform in [-limit, limit], limit = sqrt(" + number(3 * variance) + " / " + fan + ")";
            case UNTRUNCATED_NORMAL -> "normal, std = sqrt(" + number(variance) + " / " + fan + ")";
            case TRUNCATED_NORMAL -> "truncated normal, std = sqrt(" + number(variance) + " / " + fan + ")";
        };
        return name + ": " + rule;
    }

    private static String number(double x) {
        return x == Math.rint(x) ? Long.toString((long) x) : Double.toString(x);
    }

    /** "VarianceScaling(scale=2.0, mode=FAN_IN, distribution=TRUNCATED_NORMAL)". */
    @Override
    public String toString() {
        return "VarianceScaling(scale=" + scale + ", mode=" + mode + ", distribution=" + distribution + ")";
    }
}
