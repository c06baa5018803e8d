package weightlab;

/**
 * The one place where matrix products are computed. Every product in Weightlab —
 * forward pass, backward pass, {@link Matrix#multiply} — comes here, and goes on to one of three
 * kernels (see {@link GemmPath}): the readable reference below, {@link TiledGemm} (plain Java, the same
 * bits, several times faster) or {@link NativeGemm} (OpenBLAS, as NumPy). Tests prove the fast ones
 * equal to the reference.
 *
 * <p>The three products backprop needs, without ever materialising a transpose:
 * <pre>
 *   A_B :  out = a · b     (forward:   z = x · W)
 *   AT_B:  out = aᵀ · b    (backward:  ∂L/∂W = xᵀ · δ)
 *   A_BT:  out = a · bᵀ    (backward:  ∂L/∂x = δ · Wᵀ)
 * </pre>
 * Worked number: [[1, 2]] · [[3], [4]] = [[1·3 + 2·4]] = [[11]].
 *
 * <p>The settings {@code weightlab.kernel} and {@code weightlab.threads} (see {@link Settings}) are read
 * when the first product is computed; a value that is not understood fails every product with a
 * message that says what is allowed, rather than being silently ignored.
 */
final class MatrixKernels {

    /** Which product: plain, first factor transposed, or second factor transposed. */
    enum Product { A_B, AT_B, A_BT }

    private static final GemmPath.Choice CHOICE;
    private static final GemmThreads THREADS;
    private static final String SETTING_ERROR;
    private static final boolean NATIVE;
    /** {@link #THREADS} when OpenBLAS may be called by several threads at once, else one thread. */
    private static final GemmThreads NATIVE_THREADS;

    static {
        GemmPath.Choice choice = GemmPath.Choice.AUTO;
        GemmThreads threads = new GemmThreads(1);
        String error = null;
        try {
            choice = GemmPath.parse(Settings.value("weightlab.kernel"));
            threads = GemmThreads.fromSettings();
        } catch (IllegalArgumentException e) {
            error = e.getMessage();
        }
        CHOICE = choice;
        THREADS = threads;
        SETTING_ERROR = error;
        NATIVE = (choice == GemmPath.Choice.AUTO || choice == GemmPath.Choice.NATIVE) && NativeGemm.available();
        NATIVE_THREADS = NATIVE && NativeGemm.threadSafe() ? threads : new GemmThreads(1);
    }

    private MatrixKernels() {
    }

    /**
     * Computes the product into {@code out} (modified). With {@code accumulate} the product
     * is added to what {@code out} holds (gradients accumulate); otherwise it replaces it.
     * Shapes are checked here, naming both factors; {@code out} must not share storage with a or b.
     */
    static void gemm(Product product, Matrix a, Matrix b, Matrix out, boolean accumulate) {
        checkShapes(product, a, b, out);
        if (SETTING_ERROR != null) {
            throw new IllegalArgumentException(SETTING_ERROR);
        }
        int inner = product == Product.AT_B ? a.rows : a.cols;
        switch (GemmPath.forProduct(CHOICE, NATIVE, out.rows, out.cols, inner)) {
            case REFERENCE -> gemmReference(product, a, b, out, accumulate);
            case JAVA -> THREADS.multiply(TiledGemm::multiplyBlock, product, a, b, out, accumulate, inner);
            case NATIVE -> NATIVE_THREADS.multiply(NativeGemm::multiplyBlock, product, a, b, out, accumulate, inner);
        }
    }

    /**
     * Which kernel computes the products of this JVM, for people and benchmarks:
     * "native: OpenBLAS /usr/lib/…/libopenblas.so.0 (products under 1024 multiply-adds: java), 1 thread",
     * or "java (OpenBLAS not found (…)), 1 thread".
     */
    static String describe() {
        if (SETTING_ERROR != null) {
            return SETTING_ERROR;
        }
        String threads = THREADS.threads() + (THREADS.threads() == 1 ? " thread" : " threads");
        String nativeThreads = NATIVE_THREADS.threads() == THREADS.threads() ? threads
                : threads + " for java, 1 for OpenBLAS (this build is not safe for several threads)";
        return switch (CHOICE) {
            case REFERENCE -> "reference (weightlab.kernel=reference), 1 thread";
            case JAVA -> "java (weightlab.kernel=java), " + threads;
            case NATIVE, AUTO -> NATIVE
                    ? "native: " + NativeGemm.status() + (CHOICE == GemmPath.Choice.AUTO
                            ? " (products under " + GemmPath.NATIVE_MIN_WORK + " multiply-adds: java)" : "") + ", " + nativeThreads
                    : "java (" + NativeGemm.status() + "), " + threads;
        };
    }

    private static void checkShapes(Product product, Matrix a, Matrix b, Matrix out) {
        int outRows = product == Product.AT_B ? a.cols : a.rows;
        int leftInner = product == Product.AT_B ? a.rows : a.cols;
        int rightInner = product == Product.A_BT ? b.cols : b.rows;
        int outCols = product == Product.A_BT ? b.rows : b.cols;
        if (leftInner != rightInner) {
            throw new IllegalArgumentException("cannot multiply " + a.shape() + " by " + b.shape() + " (" + product
                    + "): inner sizes " + leftInner + " and " + rightInner + " differ");
        }
        if (out.rows != outRows || out.cols != outCols) {
            throw new IllegalArgumentException("the product is " + outRows + " × " + outCols + " but out is " + out.shape());
        }
        if (out.data == a.data || out.data == b.data) {
            throw new IllegalArgumentException("out must not be one of the factors");
        }
    }

    /**
     * The readable reference: out[i][j] (+)= Σₚ a[i][p] · b[p][j], one dot product per entry,
     * summed in order p = 0, 1, …, k−1. Simple and exact, not optimized; any fast path must match it.
     */
    static void gemmReference(Product product, Matrix a, Matrix b, Matrix out, boolean accumulate) {
        int inner = product == Product.AT_B ? a.rows : a.cols;
        for (int i = 0; i < out.rows; i++) {
            for (int j = 0; j < out.cols; j++) {
                double sum = 0;
                for (int p = 0; p < inner; p++) {
                    sum += left(product, a, i, p) * right(product, b, p, j);
                }
                int index = i * out.cols + j;
                out.data[index] = accumulate ? out.data[index] + sum : sum;
            }
        }
    }

    /** Entry (i, p) of the left factor: a[i][p], or aᵀ[i][p] = a[p][i]. */
    private static double left(Product product, Matrix a, int i, int p) {
        return product == Product.AT_B ? a.data[p * a.cols + i] : a.data[i * a.cols + p];
    }

    /** Entry (p, j) of the right factor: b[p][j], or bᵀ[p][j] = b[j][p]. */
    private static double right(Product product, Matrix b, int p, int j) {
        return product == Product.A_BT ? b.data[j * b.cols + p] : b.data[p * b.cols + j];
    }
}
