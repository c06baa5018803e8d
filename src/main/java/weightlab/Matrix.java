package weightlab;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import weightlab.MatrixKernels.Product;

/**
 * A rows × cols table of doubles, stored row-major: entry (i, j) is {@code data[i * cols + j]}.
 * In a batch, row i is example i: x is examples × inputs, the kernel W is inputs × units,
 * z = x · W is examples × units.
 *
 * <p>Methods named like values ({@link #multiply}, {@link #plus}, {@link #transpose}) return a new
 * matrix. Methods ending in {@code Into} write into their last argument, and methods ending in
 * {@code InPlace} change this matrix: the training loop uses those to run without allocating.
 * All products go through {@link MatrixKernels}.
 *
 * <p>Worked number: [[1, 2], [3, 4]] · [[5], [6]] = [[1·5 + 2·6], [3·5 + 4·6]] = [[17], [39]].
 */
public final class Matrix {
    final int rows;
    final int cols;
    final double[] data;

    private Matrix(int rows, int cols, double[] data) {
        this.rows = rows;
        this.cols = cols;
        this.data = data;
    }

    /** A rows × cols matrix of zeros. */
    public static Matrix zeros(int rows, int cols) {
        Validate.positive("rows", rows);
        Validate.positive("cols", cols);
        return new Matrix(rows, cols, new double[rows * cols]);
    }

    /** A copy of a rectangular table of finite numbers (values[i] is row i). */
    public static Matrix of(double[][] values) {
        return of("values", values);
    }

    /** As {@link #of(double[][])}, naming the table in messages: "x[3][1] is NaN". */
    static Matrix of(String name, double[][] values) {
        int cols = Validate.table(name, values);
        Matrix m = new Matrix(values.length, cols, new double[values.length * cols]);
        for (int i = 0; i < values.length; i++) {
            System.arraycopy(values[i], 0, m.data, i * cols, cols);
        }
        return m;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** "400 × 25". */
    public String shape() {
        return rows + " × " + cols;
    }

    public double get(int row, int col) {
        return data[index(row, col)];
    }

    /** Changes entry (row, col) of this matrix. */
    public void set(int row, int col, double value) {
        data[index(row, col)] = value;
    }

    private int index(int row, int col) {
        if (row < 0 || row >= rows || col < 0 || col >= cols) {
            throw new IndexOutOfBoundsException("(" + row + ", " + col + ") is outside a " + shape() + " matrix");
        }
        return row * cols + col;
    }

    /** A copy as a table: result[i] is row i. */
    public double[][] toArray() {
        double[][] values = new double[rows][];
        for (int i = 0; i < rows; i++) {
            values[i] = Arrays.copyOfRange(data, i * cols, (i + 1) * cols);
        }
        return values;
    }

    public Matrix copy() {
        return new Matrix(rows, cols, data.clone());
    }

    /**
     * Which kernel computes the products in this JVM, e.g. "native: OpenBLAS /usr/lib/x86_64-linux-gnu/
     * openblas-serial/libopenblas.so.0 (…), 1 thread" or "java (OpenBLAS not found …), 1 thread".
     * All kernels agree within 1e−12; the settings that choose them are described in the README.
     */
    public static String productKernel() {
        return MatrixKernels.describe();
    }

    /** this · b, e.g. z = x · W. */
    public Matrix multiply(Matrix b) {
        Matrix out = new Matrix(rows, b.cols, new double[rows * b.cols]);
        multiplyInto(b, out);
        return out;
    }

    /** thisᵀ · b without building the transpose, e.g. ∂L/∂W = xᵀ · δ. */
    public Matrix transposeMultiply(Matrix b) {
        Matrix out = new Matrix(cols, b.cols, new double[cols * b.cols]);
        MatrixKernels.gemm(Product.AT_B, this, b, out, false);
        return out;
    }

    /** this · bᵀ without building the transpose, e.g. ∂L/∂x = δ · Wᵀ. */
    public Matrix multiplyTranspose(Matrix b) {
        Matrix out = new Matrix(rows, b.rows, new double[rows * b.rows]);
        multiplyTransposeInto(b, out);
        return out;
    }

    /** Writes this · b into out (modified). */
    public void multiplyInto(Matrix b, Matrix out) {
        MatrixKernels.gemm(Product.A_B, this, b, out, false);
    }

    /** Adds thisᵀ · b to out (modified): gradients accumulate, ∂L/∂W += xᵀ · δ. */
    public void transposeMultiplyAddInto(Matrix b, Matrix out) {
        MatrixKernels.gemm(Product.AT_B, this, b, out, true);
    }

    /** Writes this · bᵀ into out (modified). */
    public void multiplyTransposeInto(Matrix b, Matrix out) {
        MatrixKernels.gemm(Product.A_BT, this, b, out, false);
    }

    public Matrix transpose() {
        Matrix t = new Matrix(cols, rows, new double[data.length]);
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                t.data[j * rows + i] = data[i * cols + j];
            }
        }
        return t;
    }

    /** this + b, entry by entry. */
    public Matrix plus(Matrix b) {
        return zip(b, "plus", (x, y) -> x + y);
    }

    /** this − b, entry by entry. */
    public Matrix minus(Matrix b) {
        return zip(b, "minus", (x, y) -> x - y);
    }

    /** this ⊙ b, entry by entry (Hadamard product, not the matrix product). */
    public Matrix times(Matrix b) {
        return zip(b, "times", (x, y) -> x * y);
    }

    /** c · this. */
    public Matrix scale(double c) {
        return map(v -> c * v);
    }

    /** f applied to every entry, e.g. {@code z.map(Math::tanh)}. */
    public Matrix map(DoubleUnaryOperator f) {
        Matrix out = copy();
        for (int k = 0; k < data.length; k++) {
            out.data[k] = f.applyAsDouble(data[k]);
        }
        return out;
    }

    private Matrix zip(Matrix b, String what, DoubleBinaryOperator f) {
        requireSameShape(b, what);
        Matrix out = copy();
        for (int k = 0; k < data.length; k++) {
            out.data[k] = f.applyAsDouble(data[k], b.data[k]);
        }
        return out;
    }

    void requireSameShape(Matrix b, String what) {
        if (rows != b.rows || cols != b.cols) {
            throw new IllegalArgumentException(what + ": shapes differ, " + shape() + " and " + b.shape());
        }
    }

    /** Sum of all entries. */
    public double sum() {
        double sum = 0;
        for (double v : data) {
            sum += v;
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Matrix m && m.rows == rows && m.cols == cols && Arrays.equals(m.data, data);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * rows + cols) + Arrays.hashCode(data);
    }

    /** "Matrix 2 × 2 [[1.0, 2.0], [3.0, 4.0]]". */
    @Override
    public String toString() {
        return String.format(Locale.ROOT, "Matrix %s %s", shape(), Arrays.deepToString(toArray()));
    }
}
