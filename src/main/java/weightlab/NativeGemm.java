package weightlab;

import dev.ludovic.netlib.blas.BLAS;
import dev.ludovic.netlib.blas.NativeBLAS;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import weightlab.MatrixKernels.Product;

/**
 * Products by OpenBLAS's {@code dgemm}, the routine NumPy calls for {@code x @ W}, reached through the
 * netlib binding that Apache Spark uses ({@code dev.ludovic.netlib:blas}, a thin JNI layer).
 *
 * <p><b>Row-major through a column-major routine.</b> BLAS stores matrices column by column; Weightlab
 * row by row. A row-major m × n array read column by column is its transpose, so out = a · b is asked
 * as outᵀ = bᵀ · aᵀ, which needs no copy: every "transpose" is only a flag and a leading dimension.
 * <pre>
 *   A_B :  out = a · b    →  dgemm("N", "N", n, m, k, 1, b, n, a, k,      β, out, n)
 *   AT_B:  out = aᵀ · b   →  dgemm("N", "T", n, m, k, 1, b, n, a, a.cols, β, out, n)
 *   A_BT:  out = a · bᵀ   →  dgemm("T", "N", n, m, k, 1, b, k, a, k,      β, out, n)
 * </pre>
 * with β = 1 to add into out (gradients accumulate) and β = 0 to overwrite it.
 *
 * <p><b>Quiet, or not at all.</b> The library file is found by {@link OpenBlasLibrary} before the binding
 * is touched, the binding's java.util.logging messages ("Using dev.ludovic.netlib.blas.JNIBLAS", which
 * a notebook would show in red) are turned down to warnings, and a product of known numbers is checked
 * once. If any step fails, {@link #available()} is false, {@link #status()} says why, and Weightlab
 * computes with {@link TiledGemm}: same results within 1e−12, never an error.
 *
 * <p>Not bit for bit the reference: OpenBLAS sums in blocks and with fused multiply-adds, so entries
 * may differ from {@link MatrixKernels#gemmReference} in the last bits (about 1e−16 relative).
 */
final class NativeGemm {
    /** Held, because java.util.logging keeps loggers weakly: a level set on a dropped logger is forgotten. */
    private static final Logger NETLIB_LOG = Logger.getLogger("dev.ludovic.netlib");
    private static final BLAS BLAS_ROUTINES;
    private static final String STATUS;
    /**
     * Whether two threads may call at once. Debian's single-threaded OpenBLAS ({@code openblas-serial},
     * built without locking) shares its work buffers between calls: two threads calling at the same time
     * can get wrong numbers (measured here: 12 wrong products in 3,000 at 64×784·784×128). The builds made
     * for threads ({@code openblas-pthread}, {@code openblas-openmp}) lock them. Any other library is
     * treated as unsafe: its calls take turns through {@link #TURNS}.
     */
    private static final boolean THREAD_SAFE;
    private static final Object TURNS = new Object();

    static {
        BLAS routines = null;
        String status;
        boolean threadSafe = false;
        try {
            Optional<Path> library = OpenBlasLibrary.find();
            if (library.isEmpty()) {
                status = Settings.value(OpenBlasLibrary.SETTING) != null
                        ? OpenBlasLibrary.SETTING + " names " + Settings.value(OpenBlasLibrary.SETTING) + ", which is not a file"
                        : "OpenBLAS not found (on Debian/Ubuntu: apt-get install libopenblas0-serial)";
            } else {
                routines = load(library.get());
                threadSafe = OpenBlasLibrary.isThreadSafeBuild(library.get());
                status = "OpenBLAS " + library.get();
                String problem = selfCheck(routines);
                if (problem != null) {
                    routines = null;
                    status = "OpenBLAS " + library.get() + " failed the self-check: " + problem;
                }
            }
        } catch (Throwable t) { // a missing JNI stub, a wrong architecture, a read-only temp folder: use Java
            routines = null;
            status = "OpenBLAS could not be loaded: " + t;
        }
        BLAS_ROUTINES = routines;
        STATUS = status;
        THREAD_SAFE = threadSafe;
    }

    private NativeGemm() {
    }

    private static BLAS load(Path library) {
        NETLIB_LOG.setLevel(Level.WARNING);
        if (System.getProperty("dev.ludovic.netlib.blas.nativeLibPath") == null) {
            System.setProperty("dev.ludovic.netlib.blas.nativeLibPath", library.toString());
        }
        return NativeBLAS.getInstance();
    }

    /** True when OpenBLAS was found, loaded and passed the self-check. */
    static boolean available() {
        return BLAS_ROUTINES != null;
    }

    /** True when several threads may compute products at once (see {@link #THREAD_SAFE}). */
    static boolean threadSafe() {
        return THREAD_SAFE;
    }

    /** "OpenBLAS /usr/lib/…/libopenblas.so.0", or why it is not used. */
    static String status() {
        return STATUS;
    }

    /** The block rows [rowFrom, rowTo) × columns [colFrom, colTo) of the product into out (modified); shapes were checked. */
    static void multiplyBlock(Product product, Matrix a, Matrix b, Matrix out, boolean accumulate,
                              int rowFrom, int rowTo, int colFrom, int colTo) {
        if (THREAD_SAFE) {
            multiplyBlock(BLAS_ROUTINES, product, a, b, out, accumulate, rowFrom, rowTo, colFrom, colTo);
        } else {
            synchronized (TURNS) {
                multiplyBlock(BLAS_ROUTINES, product, a, b, out, accumulate, rowFrom, rowTo, colFrom, colTo);
            }
        }
    }

    /** The mapping of the class comment, with offsets to the block's first row of a (or column of aᵀ) and first column of b (or row of bᵀ). */
    private static void multiplyBlock(BLAS blas, Product product, Matrix a, Matrix b, Matrix out, boolean accumulate,
                                      int rowFrom, int rowTo, int colFrom, int colTo) {
        int m = rowTo - rowFrom;
        int n = colTo - colFrom;
        double beta = accumulate ? 1 : 0;
        int outOffset = rowFrom * out.cols + colFrom;
        switch (product) {
            case A_B -> blas.dgemm("N", "N", n, m, a.cols, 1, b.data, colFrom, b.cols, a.data, rowFrom * a.cols, a.cols,
                    beta, out.data, outOffset, out.cols);
            case AT_B -> blas.dgemm("N", "T", n, m, a.rows, 1, b.data, colFrom, b.cols, a.data, rowFrom, a.cols,
                    beta, out.data, outOffset, out.cols);
            case A_BT -> blas.dgemm("T", "N", n, m, a.cols, 1, b.data, colFrom * b.cols, b.cols, a.data, rowFrom * a.cols,
                    a.cols, beta, out.data, outOffset, out.cols);
        }
    }

    /** One small product of each kind, odd sizes, overwrite and accumulate, against the reference; null if all agree. */
    private static String selfCheck(BLAS blas) {
        Random rng = new Random(7);
        for (Product product : Product.values()) {
            Matrix a = product == Product.AT_B ? random(5, 3, rng) : random(3, 5, rng);
            Matrix b = product == Product.A_BT ? random(7, 5, rng) : random(5, 7, rng);
            for (boolean accumulate : new boolean[] {false, true}) {
                Matrix expected = random(3, 7, rng);
                Matrix actual = expected.copy();
                MatrixKernels.gemmReference(product, a, b, expected, accumulate);
                multiplyBlock(blas, product, a, b, actual, accumulate, 0, 3, 0, 7);
                for (int k = 0; k < expected.data.length; k++) {
                    if (!(Math.abs(expected.data[k] - actual.data[k]) <= 1e-12)) {
                        return product + (accumulate ? " (accumulate)" : "") + " gave " + actual.data[k]
                                + " instead of " + expected.data[k];
                    }
                }
            }
        }
        return null;
    }

    private static Matrix random(int rows, int cols, Random rng) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = rng.nextDouble() * 2 - 1;
        }
        return m;
    }
}
