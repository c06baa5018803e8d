package weightlab.check;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * How answers are compared and shown: values as rows (a number is 1 × 1, a vector one row), equal
 * within tolerance · max(1, |expected|) — absolute near zero, relative for large values — and
 * printed with up to 6 significant digits.
 */
final class Answers {

    /** Longest list of values printed in full; longer ones are cut with "…". */
    private static final int SHOWN = 8;

    private Answers() {
    }

    static boolean close(double answer, double expected, double tolerance) {
        return Math.abs(answer - expected) <= tolerance * Math.max(1, Math.abs(expected));
    }

    static boolean sameShape(double[][] a, double[][] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i].length != b[i].length) {
                return false;
            }
        }
        return true;
    }

    /** Same shape and every entry close. */
    static boolean close(double[][] answer, double[][] expected, double tolerance) {
        if (!sameShape(answer, expected)) {
            return false;
        }
        for (int i = 0; i < answer.length; i++) {
            for (int j = 0; j < answer[i].length; j++) {
                if (!close(answer[i][j], expected[i][j], tolerance)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A copy of a with every entry multiplied by factor. */
    static double[][] times(double[][] a, double factor) {
        double[][] scaled = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            scaled[i] = new double[a[i].length];
            for (int j = 0; j < a[i].length; j++) {
                scaled[i][j] = a[i][j] * factor;
            }
        }
        return scaled;
    }

    static double[][] transpose(double[][] a) {
        if (a.length == 0) {
            return a;
        }
        double[][] t = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length && j < t.length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    /** What an answer is: shown and described differently, compared the same way (as rows). */
    enum Kind { NUMBER, VECTOR, MATRIX }

    /** The position of the first NaN as "" (number), "[j]" (vector) or "[i][j]" (matrix); null if none. */
    static String firstNaN(double[][] value, Kind kind) {
        for (int i = 0; i < value.length; i++) {
            for (int j = 0; j < value[i].length; j++) {
                if (Double.isNaN(value[i][j])) {
                    return switch (kind) {
                        case NUMBER -> "";
                        case VECTOR -> "[" + j + "]";
                        case MATRIX -> "[" + i + "][" + j + "]";
                    };
                }
            }
        }
        return null;
    }

    /** "3 values" or "2 × 3 (rows × columns)". */
    static String shape(double[][] value, Kind kind) {
        if (kind == Kind.MATRIX) {
            return value.length + " × " + (value.length == 0 ? 0 : value[0].length) + " (rows × columns)";
        }
        return value[0].length + (value[0].length == 1 ? " value" : " values");
    }

    /** 2.5, [1, 2.5], [[1, 2], [3, 4]]. */
    static String show(double[][] value, Kind kind) {
        switch (kind) {
            case NUMBER:
                return show(value[0][0]);
            case VECTOR:
                return showRow(value[0]);
            default:
                StringBuilder text = new StringBuilder("[");
                for (int i = 0; i < value.length && i < SHOWN; i++) {
                    text.append(i > 0 ? ", " : "").append(showRow(value[i]));
                }
                return text.append(value.length > SHOWN ? ", … (" + value.length + " rows)]" : "]").toString();
        }
    }

    static String showRow(double[] row) {
        StringBuilder text = new StringBuilder("[");
        for (int j = 0; j < row.length && j < SHOWN; j++) {
            text.append(j > 0 ? ", " : "").append(show(row[j]));
        }
        return text.append(row.length > SHOWN ? ", … (" + row.length + " values)]" : "]").toString();
    }

    /** 6 significant digits, no trailing zeros: 2.5, 0.333333, 300, 5e-7. */
    static String show(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return String.valueOf((long) value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(6)).stripTrailingZeros();
        int exponent = rounded.precision() - rounded.scale() - 1;
        return exponent < -4 || exponent > 14 ? rounded.toString().replace("E", "e") : rounded.toPlainString();
    }
}
