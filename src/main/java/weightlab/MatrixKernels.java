package weightlab;

/**
 * The one place where matrix products are computed. Every product in Weightlab —
 * forward pass, backward pass, {@link Matrix#multiply} — comes here, so a faster
 * version can later be added in this file alone and proven equal to the reference.
 *
 * <p>The three products backprop needs, without ever materialising a transpose:
 * <pre>
 *   A_B :  out = a · b     (forward:   z = x · W)
 *   AT_B:  out = aᵀ · b    (backward:  ∂L/∂W = xᵀ · δ)
 *   A_BT:  out = a · bᵀ    (backward:  ∂L/∂x = δ · Wᵀ)
 * </pre>
 * Worked number: [[1, 2]] · [[3], [4]] = [[1·3 + 2·4]] = [[11]].
 */
final class MatrixKernels {

    /** Which product: plain, first factor transposed, or second factor transposed. */
    enum Product { A_B, AT_B, A_BT }

    private MatrixKernels() {
    }

    /**
     * Computes the product into {@code out} (modified). With {@code accumulate} the product
     * is added to what {@code out} holds (gradients accumulate); otherwise it replaces it.
     * Shapes are checked here, naming both factors; {@code out} must not share storage with a or b.
     */
    static void gemm(Product product, Matrix a, Matrix b, Matrix out, boolean accumulate) {
        checkShapes(product, a, b, out);
        gemmReference(product, a, b, out, accumulate);
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
