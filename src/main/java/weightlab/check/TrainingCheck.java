package weightlab.check;

/**
 * Ready-made checks for a loss and a gradient-descent step, from plain numbers.
 *
 * <p>Notation: predictions f (n values), targets y, mean squared error as Keras computes it,
 * MSE = (1/n) Σ (fᵢ − yᵢ)² (no ½); for the one-input model f = w·x + b its gradient is
 * ∂MSE/∂w = (2/n) Σ (fᵢ − yᵢ)·xᵢ and ∂MSE/∂b = (2/n) Σ (fᵢ − yᵢ); one step of gradient descent with
 * learning rate α is w ← w − α·∂L/∂w.
 */
public final class TrainingCheck {

    private TrainingCheck() {
    }

    /** Checks w − α·g. Example: w = 0.5, g = 2, α = 0.1 gives 0.5 − 0.2 = 0.3. */
    public static void gradientStep(String name, double answer, double weight, double gradient, double learningRate) {
        Check.number(name, answer, weight - learningRate * gradient, stepMistakes(
                new double[] {weight}, new double[] {gradient}, learningRate, true));
    }

    /** Checks w − α·g for every weight at once. */
    public static void gradientStep(String name, double[] answer, double[] weights, double[] gradients,
                                    double learningRate) {
        if (weights.length != gradients.length) {
            throw new IllegalArgumentException("weights and gradients must have the same length, got "
                    + weights.length + " and " + gradients.length);
        }
        double[] expected = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            expected[i] = weights[i] - learningRate * gradients[i];
        }
        Check.vector(name, answer, expected, stepMistakes(weights, gradients, learningRate, false));
    }

    private static Mistake[] stepMistakes(double[] w, double[] g, double alpha, boolean number) {
        int n = w.length;
        double[][] uphill = new double[1][n];
        double[][] noRate = new double[1][n];
        double[][] changeOnly = new double[1][n];
        for (int i = 0; i < n; i++) {
            uphill[0][i] = w[i] + alpha * g[i];
            noRate[0][i] = w[i] - g[i];
            changeOnly[0][i] = -alpha * g[i];
        }
        return new Mistake[] {
            new Mistake("wrong sign of the step: w + α·g climbs uphill; gradient descent goes against the gradient,"
                    + " w − α·g", uphill),
            new Mistake("you forgot the learning rate α: w − α·g, not w − g", noRate),
            new Mistake("that is the change −α·g; the new weight is the old one plus the change, w − α·g", changeOnly)};
    }

    /** Checks MSE = (1/n) Σ (fᵢ − yᵢ)². Example: f = [1, 3], y = [2, 2] gives (1 + 1)/2 = 1. */
    public static void meanSquaredError(String name, double answer, double[] predictions, double[] targets) {
        double[] errors = errors(predictions, targets);
        int n = errors.length;
        double squares = 0;
        double plain = 0;
        double absolute = 0;
        for (double e : errors) {
            squares += e * e;
            plain += e;
            absolute += Math.abs(e);
        }
        double mse = squares / n;
        Check.number(name, answer, mse,
                Mistake.of("that is ½·MSE, the cost J = 1/(2n) Σ (f − y)² of some courses; Keras' MSE has no ½",
                        mse / 2),
                Mistake.of("you forgot to divide by n = " + n + ": the mean is (1/n) Σ (f − y)²", squares),
                Mistake.of("you forgot to square the errors: (1/n) Σ (f − y)², else + and − errors cancel", plain / n),
                Mistake.of("that is the mean absolute error (1/n) Σ |f − y|; square the errors instead", absolute / n),
                Mistake.of("that is the root of the MSE (RMSE); the MSE has no square root", Math.sqrt(mse)));
    }

    /** Checks ∂MSE/∂w = (2/n) Σ (w·xᵢ + b − yᵢ)·xᵢ for the model f = w·x + b. */
    public static void mseGradientWeight(String name, double answer, double[] x, double[] y, double w, double b) {
        gradient(name, answer, x, y, w, b, true);
    }

    /** Checks ∂MSE/∂b = (2/n) Σ (w·xᵢ + b − yᵢ) for the model f = w·x + b. */
    public static void mseGradientBias(String name, double answer, double[] x, double[] y, double w, double b) {
        gradient(name, answer, x, y, w, b, false);
    }

    private static void gradient(String name, double answer, double[] x, double[] y, double w, double b,
                                 boolean forWeight) {
        double[] f = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            f[i] = w * x[i] + b;
        }
        double[] errors = errors(f, y);
        int n = errors.length;
        double sumTimesX = 0;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sumTimesX += errors[i] * x[i];
            sum += errors[i];
        }
        double right = 2.0 / n * (forWeight ? sumTimesX : sum);
        double other = 2.0 / n * (forWeight ? sum : sumTimesX);
        String formula = forWeight ? "(2/n) Σ (f − y)·x" : "(2/n) Σ (f − y)";
        Check.number(name, answer, right,
                Mistake.of("you forgot the 2 from the derivative of the square: " + formula, right / 2),
                Mistake.of("you forgot to divide by n = " + n + ": " + formula, right * n),
                Mistake.of("wrong sign: the error is f − y (prediction minus target), so the gradient is " + formula,
                        -right),
                forWeight
                        ? Mistake.of("that is ∂MSE/∂b; for w each error is multiplied by its input x: " + formula, other)
                        : Mistake.of("that is ∂MSE/∂w; for b the errors are not multiplied by x: " + formula, other));
    }

    /**
     * Checks the number of training steps (weight updates) in one epoch, ⌈n / batchSize⌉: the batches
     * are full but the last, which holds what is left. Example: 1,000 examples in batches of 32 are
     * 31 full batches and one of 8, so 32 steps.
     */
    public static void stepsPerEpoch(String name, double answer, int examples, int batchSize) {
        totalSteps(name, answer, examples, batchSize, 1);
    }

    /** Checks the number of training steps in {@code epochs} epochs: epochs · ⌈n / batchSize⌉. Example: 10 · 32 = 320. */
    public static void totalSteps(String name, double answer, int examples, int batchSize, int epochs) {
        if (examples < 1 || batchSize < 1 || epochs < 1) {
            throw new IllegalArgumentException("examples, batchSize and epochs must be ≥ 1, got " + examples + ", "
                    + batchSize + " and " + epochs);
        }
        int full = examples / batchSize;
        int rest = examples % batchSize;
        int perEpoch = full + (rest > 0 ? 1 : 0);
        String formula = epochs == 1 ? "⌈n / batchSize⌉" : "epochs · ⌈n / batchSize⌉";
        Check.number(name, answer, (double) epochs * perEpoch,
                Mistake.of(examples + " / " + batchSize + " rounded down (as Java's integer division does) leaves out the last "
                        + rest + " examples; they make one more, smaller batch: " + formula, (double) epochs * full),
                Mistake.of("steps are whole: " + examples + " / " + batchSize + " = " + (double) examples / batchSize
                        + " means " + full + " full batches and one of " + rest + ": " + formula,
                        (double) epochs * examples / batchSize),
                Mistake.of("that counts examples; a step takes a whole batch of them: " + formula, (double) epochs * examples),
                Mistake.of("that is one epoch; " + epochs + " epochs repeat its steps " + epochs + " times: " + formula,
                        perEpoch));
    }

    /**
     * Checks the largest stable learning rate of gradient descent (all examples per step) on the
     * one-weight loss E(w) = (1/n) Σ (w·xᵢ − yᵢ)²: a step maps w − w* to (1 − α·h)(w − w*), where
     * h = E''(w) = (2/n) Σ xᵢ², so the steps shrink exactly while α &lt; 2/h. Example: x = [1, 2, 3]
     * gives h = (2/3)·14 = 9.333 and 2/h = 0.2143.
     */
    public static void largestStableLearningRate(String name, double answer, double[] x) {
        if (x == null || x.length == 0) {
            throw new IllegalArgumentException("x must hold at least one input, got " + (x == null ? "null" : "none"));
        }
        double squares = 0;
        for (double xi : x) {
            squares += xi * xi;
        }
        int n = x.length;
        double h = 2.0 / n * squares;
        Check.number(name, answer, 2 / h,
                Mistake.of("that is 1/h, where a step lands exactly on the minimum; the steps still shrink up to"
                        + " α = 2/h, where 1 − α·h reaches −1", 1 / h),
                Mistake.of("h = E''(w) = (2/n) Σ x²: you forgot the 2 from the derivative of the square", 2 / (h / 2)),
                Mistake.of("h = E''(w) = (2/n) Σ x²: you forgot to divide by n = " + n, 2 / (h * n)));
    }

    private static double[] errors(double[] predictions, double[] targets) {
        if (predictions.length != targets.length || targets.length == 0) {
            throw new IllegalArgumentException("predictions and targets must have the same, non-zero length, got "
                    + predictions.length + " and " + targets.length);
        }
        double[] errors = new double[targets.length];
        for (int i = 0; i < errors.length; i++) {
            errors[i] = predictions[i] - targets[i];
        }
        return errors;
    }
}
