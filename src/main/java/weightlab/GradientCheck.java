package weightlab;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks backpropagation against the definition of a derivative. For every entry w of every
 * parameter, the centred finite difference
 * <pre>
 *   ∂L/∂w ≈ (L(w + ε) − L(w − ε)) / 2ε          (error of order ε², against ε for a one-sided difference)
 * </pre>
 * is compared with the gradient backprop computed, by the relative error |a − b| / max(|a|, |b|).
 * Below 1e−7 with ε = 1e−5 the two agree to about seven digits: backprop is right. Near a kink of the
 * loss (ReLU at z = 0, L1 at w = 0) the finite difference straddles the kink and disagrees.
 * Worked number: L(w) = w² at w = 3, ε = 1e−5: (9.00006… − 8.99994…)/2e−5 = 6 = 2w.
 * The model must be compiled (the loss is the compiled one, with penalties). The weights are
 * restored exactly after each probe; the gradients are left holding the backprop values.
 */
public final class GradientCheck {

    /** One weight: where it is, both derivatives and how far apart they are. */
    public record Entry(String parameter, int row, int col, double backprop, double numerical, double relativeError) {
    }

    /** Every entry of every parameter, in order. */
    public record Result(List<Entry> entries) {

        public Result {
            entries = List.copyOf(entries);
        }

        /** The largest relative error over all entries. */
        public double maxRelativeError() {
            return worst().relativeError();
        }

        /** The entry with the largest relative error. */
        public Entry worst() {
            Entry worst = entries.get(0);
            for (Entry entry : entries) {
                worst = entry.relativeError() > worst.relativeError() ? entry : worst;
            }
            return worst;
        }

        /** One line per parameter: "dense/kernel: 6 entries, max relative error 2.1e-10". */
        @Override
        public String toString() {
            Map<String, double[]> perParameter = new LinkedHashMap<>(); // name → {entries, max error}
            for (Entry entry : entries) {
                double[] stats = perParameter.computeIfAbsent(entry.parameter(), name -> new double[2]);
                stats[0]++;
                stats[1] = Math.max(stats[1], entry.relativeError());
            }
            StringBuilder text = new StringBuilder("GradientCheck: max relative error "
                    + format(maxRelativeError()) + "\n");
            perParameter.forEach((name, stats) -> text.append(String.format(Locale.ROOT,
                    "  %s: %d entries, max relative error %s\n", name, (int) stats[0], format(stats[1]))));
            return text.toString();
        }

        private static String format(double x) {
            return String.format(Locale.ROOT, "%.1e", x);
        }
    }

    private GradientCheck() {
    }

    /** Compares backprop with centred finite differences for every parameter entry; ε = 1e−5 works well. */
    public static Result check(Sequential model, double[][] x, double[][] y, double epsilon) {
        Validate.positive("epsilon", epsilon);
        model.requireCompiled("a gradient check");
        model.evaluate(x, y); // checks the data and builds the model if needed
        Matrix xm = Matrix.of("x", x);
        Matrix ym = Matrix.of("y", y);
        model.computeGradients(xm, ym);
        List<Entry> entries = new ArrayList<>();
        for (Parameter parameter : model.parameters()) {
            double[] w = parameter.value().data;
            double[] backprop = parameter.gradient().data;
            for (int k = 0; k < w.length; k++) {
                double saved = w[k];
                double up = saved + epsilon;
                double down = saved - epsilon;
                w[k] = up;
                double lossUp = model.lossOn(xm, ym);
                w[k] = down;
                double lossDown = model.lossOn(xm, ym);
                w[k] = saved;
                double numerical = (lossUp - lossDown) / (up - down); // up − down: the step actually taken, ≈ 2ε
                int cols = parameter.value().cols;
                entries.add(new Entry(parameter.name(), k / cols, k % cols, backprop[k], numerical,
                        relativeError(backprop[k], numerical)));
            }
        }
        return new Result(entries);
    }

    /** |a − b| / max(|a|, |b|), and 0 when both are 0. */
    public static double relativeError(double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return scale == 0 ? 0 : Math.abs(a - b) / scale;
    }
}
