package weightlab.check;

/**
 * A common wrong answer, recomputed, with the hint that explains it: if a learner's answer equals
 * {@code value}, the likely mistake is {@code hint}. For a neuron z = w·x + b, the answer w·x is
 * "you forgot the bias b":
 * <pre>
 * Check.number("z", z, 2.5, 1e-9, Mistake.of("you forgot the bias b: z = w·x + b", 1.5));
 * </pre>
 * Values are kept as rows: a number is a 1 × 1 matrix, a vector a single row.
 *
 * @param hint  what the learner probably did, said to the learner ("you forgot the bias b")
 * @param value the answer that this mistake gives
 */
public record Mistake(String hint, double[][] value) {

    /** Validates that hint and value are present. */
    public Mistake {
        if (hint == null || hint.isBlank()) {
            throw new IllegalArgumentException("hint must say what the mistake is, got " + (hint == null ? "null" : "\"\""));
        }
        if (value == null) {
            throw new IllegalArgumentException("value of the mistake \"" + hint + "\" must not be null");
        }
    }

    /** A wrong number, e.g. the weighted sum without its bias. */
    public static Mistake of(String hint, double value) {
        return new Mistake(hint, new double[][] {{value}});
    }

    /** A wrong vector, e.g. a layer's outputs without the activation. */
    public static Mistake of(String hint, double[] value) {
        return new Mistake(hint, new double[][] {value.clone()});
    }

    /** A wrong matrix. */
    public static Mistake of(String hint, double[][] value) {
        double[][] copy = new double[value.length][];
        for (int i = 0; i < value.length; i++) {
            copy[i] = value[i].clone();
        }
        return new Mistake(hint, copy);
    }
}
