package weightlab.check;

import weightlab.check.Answers.Kind;

/**
 * Checks a learner's answer in an exercise and, when it is wrong, says what the likely mistake was.
 *
 * <pre>
 * double z = Check.TODO;                       // the learner replaces TODO with w·x + b
 * Check.number("z", z, 2.5,
 *         Mistake.of("you forgot the bias b: z = w·x + b", 1.5));
 * </pre>
 * <ul>
 *   <li>answer still {@link #TODO} (or null for an array): prints {@code Not answered yet: z …}
 *       and does not throw, so an exercise notebook runs clean before it is solved;</li>
 *   <li>correct (within {@code tolerance · max(1, |expected|)}): prints {@code ✔ z = 2.5};</li>
 *   <li>wrong: throws an {@link AssertionError} whose message names the likely mistake — first the
 *       {@link Mistake}s given (each a recomputed wrong answer), then the ones any answer can show:
 *       a transposed matrix, a wrong shape, a flipped sign, a factor too many or too few (k × or
 *       1/k of the expected value, as a forgotten 1/n or 2 gives) — else "expected X, got Y".</li>
 * </ul>
 * Ready-made checks for neurons, layers and training steps are in {@link NeuronCheck} and
 * {@link TrainingCheck}.
 */
public final class Check {

    /** Placeholder for an answer not given yet: {@code double z = Check.TODO;}. It is NaN. */
    public static final double TODO = Double.NaN;
    /** Default tolerance: answers within 1e-6 · max(1, |expected|) of the expected value pass. */
    public static final double TOLERANCE = 1e-6;

    private Check() {
    }

    /** Checks a number with the default {@link #TOLERANCE}. */
    public static void number(String name, double answer, double expected, Mistake... mistakes) {
        number(name, answer, expected, TOLERANCE, mistakes);
    }

    /** Checks a number: passes within {@code tolerance · max(1, |expected|)}. */
    public static void number(String name, double answer, double expected, double tolerance, Mistake... mistakes) {
        compare(name, new double[][] {{answer}}, new double[][] {{expected}}, Kind.NUMBER, tolerance, mistakes);
    }

    /** Checks a vector (e.g. a layer's outputs) with the default {@link #TOLERANCE}. */
    public static void vector(String name, double[] answer, double[] expected, Mistake... mistakes) {
        vector(name, answer, expected, TOLERANCE, mistakes);
    }

    /** Checks a vector entry by entry; a wrong length is reported as such. */
    public static void vector(String name, double[] answer, double[] expected, double tolerance, Mistake... mistakes) {
        compare(name, answer == null ? null : new double[][] {answer}, new double[][] {expected}, Kind.VECTOR,
                tolerance, mistakes);
    }

    /** Checks a matrix (e.g. a kernel) with the default {@link #TOLERANCE}. */
    public static void matrix(String name, double[][] answer, double[][] expected, Mistake... mistakes) {
        matrix(name, answer, expected, TOLERANCE, mistakes);
    }

    /** Checks a matrix entry by entry; a transposed answer is recognised as such. */
    public static void matrix(String name, double[][] answer, double[][] expected, double tolerance,
                              Mistake... mistakes) {
        compare(name, answer, expected, Kind.MATRIX, tolerance, mistakes);
    }

    /**
     * Checks a shape such as {400, 25}. Swapped dimensions are reported as a transposed shape.
     *
     * @param meaning what the dimensions are, e.g. "inputs × units" (may be null)
     */
    public static void shape(String name, int[] answer, int[] expected, String meaning) {
        String label = label(name);
        if (answer == null) {
            notAnswered(label, "");
            return;
        }
        String given = dimensions(answer);
        String wanted = dimensions(expected) + (meaning == null ? "" : " (" + meaning + ")");
        if (java.util.Arrays.equals(answer, expected)) {
            System.out.println("✔ " + label + " is " + wanted);
            return;
        }
        int[] reversed = new int[answer.length];
        for (int i = 0; i < answer.length; i++) {
            reversed[i] = answer[answer.length - 1 - i];
        }
        if (java.util.Arrays.equals(reversed, expected)) {
            throw new AssertionError("✘ " + label + " is " + given + ": the shape is transposed, expected " + wanted);
        }
        throw new AssertionError("✘ " + label + ": expected shape " + wanted + ", got " + given);
    }

    static void compare(String name, double[][] answer, double[][] expected, Kind kind, double tolerance,
                        Mistake[] mistakes) {
        String label = label(name);
        checkSetup(label, expected, tolerance);
        if (answer == null) {
            notAnswered(label, "");
            return;
        }
        for (int i = 0; i < answer.length; i++) {
            if (answer[i] == null) {
                notAnswered(label, "[" + i + "]");
                return;
            }
        }
        String nan = Answers.firstNaN(answer, kind);
        if (nan != null) {
            notAnswered(label, nan);
            return;
        }
        String given = Answers.show(answer, kind);
        String wanted = Answers.show(expected, kind);
        if (Answers.close(answer, expected, tolerance)) {
            System.out.println("✔ " + label + " = " + given);
            return;
        }
        for (Mistake mistake : mistakes) {
            if (Answers.firstNaN(mistake.value(), Kind.MATRIX) == null
                    && Answers.close(answer, mistake.value(), tolerance)) {
                throw new AssertionError("✘ " + label + " = " + given + ": " + mistake.hint() + " (expected " + wanted + ")");
            }
        }
        throw new AssertionError("✘ " + label + Diagnosis.of(answer, expected, kind, tolerance));
    }

    private static void notAnswered(String label, String position) {
        String where = position.isEmpty() ? label : label + position;
        System.out.println("Not answered yet: " + where + " is still Check.TODO (or null). Replace it with your answer"
                + " and run the cell again. (If you did, your answer is NaN: look for 0/0 or an operation on NaN.)");
    }

    private static void checkSetup(String label, double[][] expected, double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("tolerance must be a finite number ≥ 0, got " + tolerance);
        }
        if (expected == null || Answers.firstNaN(expected, Kind.MATRIX) != null) {
            throw new IllegalArgumentException("the expected value of " + label + " must be given and not NaN"
                    + " (this is a mistake in the exercise, not in the answer)");
        }
    }

    private static String label(String name) {
        return name == null || name.isBlank() ? "answer" : name;
    }

    private static String dimensions(int[] shape) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            text.append(i > 0 ? " × " : "").append(shape[i]);
        }
        return text.toString();
    }
}
