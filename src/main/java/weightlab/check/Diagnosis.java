package weightlab.check;

import weightlab.check.Answers.Kind;

/**
 * The mistakes any wrong answer can reveal without knowing the exercise, tried in this order:
 * a transposed matrix, a wrong shape, a flipped sign, an answer k times (or 1/k of) the expected
 * one — what a forgotten 1/n (k = n), a forgotten 2 of a derivative or an extra ½ give — and
 * otherwise plainly "expected X, got Y".
 */
final class Diagnosis {

    /** Factors k up to this are reported as "k × the expected value". */
    private static final int LARGEST_FACTOR = 100_000;

    private Diagnosis() {
    }

    /** The rest of the message after the answer's name, e.g. ": expected 2.5, got 3". */
    static String of(double[][] answer, double[][] expected, Kind kind, double tolerance) {
        String given = Answers.show(answer, kind);
        String wanted = Answers.show(expected, kind);
        if (!Answers.sameShape(answer, expected)) {
            double[][] transposed = Answers.transpose(expected);
            if (kind == Kind.MATRIX && Answers.close(answer, transposed, tolerance)) {
                return " is transposed: it is " + Answers.shape(answer, kind) + " but should be "
                        + Answers.shape(expected, kind) + " (rows and columns swapped)";
            }
            String swapped = kind == Kind.MATRIX && Answers.sameShape(answer, transposed)
                    ? " — rows and columns swapped?" : "";
            return " has " + Answers.shape(answer, kind) + ", expected " + Answers.shape(expected, kind) + swapped;
        }
        if (Answers.close(answer, Answers.times(expected, -1), tolerance)) {
            return " = " + given + ": the sign is flipped (expected " + wanted + ")";
        }
        String factor = factor(answer, expected, tolerance);
        if (factor != null) {
            return " = " + given + factor.replace("EXPECTED", wanted);
        }
        return ": expected " + wanted + ", got " + given;
    }

    /** ": is k × the expected …" or ": is 1/k of …" when the answer is the expected one scaled, else null. */
    private static String factor(double[][] answer, double[][] expected, double tolerance) {
        double largest = 0;
        double ratio = Double.NaN;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                if (Math.abs(expected[i][j]) > largest) {
                    largest = Math.abs(expected[i][j]);
                    ratio = answer[i][j] / expected[i][j];
                }
            }
        }
        if (largest == 0 || ratio == 0 || !Double.isFinite(ratio)) {
            return null;
        }
        long k = Math.round(Math.abs(ratio) >= 1 ? ratio : 1 / ratio);
        if (Math.abs(k) < 2 || Math.abs(k) > LARGEST_FACTOR) {
            return null;
        }
        double scale = Math.abs(ratio) >= 1 ? k : 1.0 / k;
        if (!Answers.close(answer, Answers.times(expected, scale), tolerance)) {
            return null;
        }
        String sign = k < 0 ? " and the sign is flipped" : "";
        long size = Math.abs(k);
        if (Math.abs(ratio) >= 1) {
            return ": it is " + k + " × the expected EXPECTED" + sign + ". A factor " + size + " too many: "
                    + (size == 2 ? "an extra 2, or a missing ½?" : "a missing division by " + size
                    + " (such as the 1/n of a mean over n = " + size + " values)?");
        }
        return ": it is 1/" + size + " of the expected EXPECTED" + sign + ". A factor " + size + " missing: "
                + (size == 2 ? "the 2 of the derivative of a square, or an extra ½?" : "an extra division by " + size + "?");
    }
}
