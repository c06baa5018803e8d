package weightlab;

import weightlab.MatrixKernels.Product;

/**
 * The fast pure-Java product: the reference's arithmetic, walked in an order the processor likes.
 *
 * <p><b>Same numbers.</b> Every entry is still out[i][j] (+)= Σₚ left(i, p) · right(p, j), summed from 0
 * in the order p = 0, 1, …, k−1 with a multiply and then an add (Java never fuses them into one
 * rounding), and added to out only at the end. So the result is bit for bit the one of
 * {@link MatrixKernels#gemmReference}; only the order in which entries are computed changes.
 *
 * <p><b>Register tile, 2 rows × 4 columns.</b> The reference loads two numbers from memory for every
 * multiply-add. Here one step of p loads 2 numbers of the left factor and 4 of the right one and does
 * 2 · 4 = 8 multiply-adds with them, keeping the 8 running sums in processor registers: 0.75 loads per
 * multiply-add instead of 2. Why not bigger: x86-64 has 16 floating-point registers; 8 sums and 6
 * operands fit, a 4 × 4 tile's 16 sums would spill to memory (measured: no faster).
 *
 * <p><b>Column blocks.</b> The columns are visited in blocks whose slice of the right factor
 * (k × {@code blockCols} numbers) fits in about 256 KB, so it stays in the core's L2 cache while every
 * pair of rows passes over it. For the 784 × 128 kernel of a Fashion-MNIST layer that is 40 columns
 * (250 KB) instead of the whole 800 KB, which would come from the slower shared L3 cache for every row pair.
 *
 * <p><b>Strides, not transposes.</b> left(i, p) = a[i·leftRow + p·leftInner] and right(p, j) =
 * b[p·rightInner + j·rightCol]; aᵀ and bᵀ are the same numbers read with swapped strides, so the three
 * products of backprop share one tile. (Copying each tile's numbers side by side first, as BLAS libraries
 * do, was measured too: no faster here, so the factors are read where they are.)
 *
 * <p>Measured at 64×784·784×128 on the 2-core machine of the project's benchmark: about 4–6 GFLOP/s,
 * against about 1 for the reference (see BENCHMARK.md).
 */
final class TiledGemm {
    static final int TILE_ROWS = 2;
    static final int TILE_COLS = 4;
    private static final int BLOCK_BYTES = 256 * 1024;

    private TiledGemm() {
    }

    /** The block rows [rowFrom, rowTo) × columns [colFrom, colTo) of the product into out (modified); shapes were checked. */
    static void multiplyBlock(Product product, Matrix a, Matrix b, Matrix out, boolean accumulate,
                              int rowFrom, int rowTo, int colFrom, int colTo) {
        int inner = product == Product.AT_B ? a.rows : a.cols;
        int leftRow = product == Product.AT_B ? 1 : a.cols;
        int leftInner = product == Product.AT_B ? a.cols : 1;
        int rightInner = product == Product.A_BT ? 1 : b.cols;
        int rightCol = product == Product.A_BT ? b.cols : 1;
        int blockCols = columnsPerBlock(inner);
        for (int j0 = colFrom; j0 < colTo; j0 += blockCols) {
            int j1 = Math.min(colTo, j0 + blockCols);
            int i = rowFrom;
            for (; i + TILE_ROWS <= rowTo; i += TILE_ROWS) {
                int j = j0;
                for (; j + TILE_COLS <= j1; j += TILE_COLS) {
                    tile(a.data, leftRow, leftInner, b.data, rightInner, rightCol, inner, out, accumulate, i, j);
                }
                edge(a.data, leftRow, leftInner, b.data, rightInner, rightCol, inner, out, accumulate, i, i + TILE_ROWS, j, j1);
            }
            edge(a.data, leftRow, leftInner, b.data, rightInner, rightCol, inner, out, accumulate, i, rowTo, j0, j1);
        }
    }

    /** How many columns keep k × columns numbers of the right factor within about 256 KB (a multiple of 4, at least 4). */
    static int columnsPerBlock(int inner) {
        int columns = BLOCK_BYTES / (Double.BYTES * inner) / TILE_COLS * TILE_COLS;
        return Math.max(TILE_COLS, columns);
    }

    /** out[i..i+1][j..j+3]: 8 running sums in registers, one pass over p. */
    private static void tile(double[] a, int leftRow, int leftInner, double[] b, int rightInner, int rightCol,
                             int inner, Matrix out, boolean accumulate, int i, int j) {
        double s00 = 0, s01 = 0, s02 = 0, s03 = 0;
        double s10 = 0, s11 = 0, s12 = 0, s13 = 0;
        int left = i * leftRow;
        int right = j * rightCol;
        for (int p = 0; p < inner; p++, left += leftInner, right += rightInner) {
            double x0 = a[left];
            double x1 = a[left + leftRow];
            double w0 = b[right];
            double w1 = b[right + rightCol];
            double w2 = b[right + 2 * rightCol];
            double w3 = b[right + 3 * rightCol];
            s00 += x0 * w0;
            s01 += x0 * w1;
            s02 += x0 * w2;
            s03 += x0 * w3;
            s10 += x1 * w0;
            s11 += x1 * w1;
            s12 += x1 * w2;
            s13 += x1 * w3;
        }
        double[] c = out.data;
        int row0 = i * out.cols + j;
        int row1 = row0 + out.cols;
        c[row0] = accumulate ? c[row0] + s00 : s00;
        c[row0 + 1] = accumulate ? c[row0 + 1] + s01 : s01;
        c[row0 + 2] = accumulate ? c[row0 + 2] + s02 : s02;
        c[row0 + 3] = accumulate ? c[row0 + 3] + s03 : s03;
        c[row1] = accumulate ? c[row1] + s10 : s10;
        c[row1 + 1] = accumulate ? c[row1 + 1] + s11 : s11;
        c[row1 + 2] = accumulate ? c[row1 + 2] + s12 : s12;
        c[row1 + 3] = accumulate ? c[row1 + 3] + s13 : s13;
    }

    /** The entries a tile does not cover (a last odd row, the last columns): one dot product each, as the reference. */
    private static void edge(double[] a, int leftRow, int leftInner, double[] b, int rightInner, int rightCol,
                             int inner, Matrix out, boolean accumulate, int rowFrom, int rowTo, int colFrom, int colTo) {
        for (int i = rowFrom; i < rowTo; i++) {
            for (int j = colFrom; j < colTo; j++) {
                double sum = 0;
                int left = i * leftRow;
                int right = j * rightCol;
                for (int p = 0; p < inner; p++, left += leftInner, right += rightInner) {
                    sum += a[left] * b[right];
                }
                int index = i * out.cols + j;
                out.data[index] = accumulate ? out.data[index] + sum : sum;
            }
        }
    }
}
