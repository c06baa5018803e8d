package weightlab;

import java.util.Locale;

/**
 * Which kernel computes a product. All three give the same numbers within 1e−12; the first two give
 * exactly the same bits.
 * <pre>
 *   REFERENCE  {@link MatrixKernels#gemmReference}: one dot product per entry, the loop to read     ~1 GFLOP/s
 *   JAVA       {@link TiledGemm}: the same sums in 2 × 4 register tiles, plain Java                 ~4–6 GFLOP/s
 *   NATIVE     {@link NativeGemm}: OpenBLAS dgemm, as NumPy                                         ~28–32 GFLOP/s
 * </pre>
 * (measured at 64×784·784×128, one thread, on the project's 2-core benchmark machine; see BENCHMARK.md.)
 *
 * <p>The setting {@code weightlab.kernel} (see {@link Settings}) chooses: {@code auto}, the default, uses
 * NATIVE when OpenBLAS is installed and JAVA otherwise, and keeps products under
 * {@value #NATIVE_MIN_WORK} multiply-adds in JAVA: there the call into native code costs more than it
 * saves, and the small worked examples of the notebooks stay exact to the last bit.
 * {@code native} uses OpenBLAS for every size (JAVA if it is missing), {@code java} and
 * {@code reference} force those kernels, e.g. to compare speeds or to rule the native library out.
 */
enum GemmPath {
    REFERENCE, JAVA, NATIVE;

    /**
     * Products with fewer multiply-adds (rows × cols × inner) stay in Java under {@code auto}. Measured
     * (one thread, quiet machine): 8×8·8×8 (512) takes 0.25 µs in Java and 0.34 µs through JNI,
     * 12×12·12×12 (1,728) 0.70 and 0.50 µs, 16×16·16×16 (4,096) 1.5 and 0.7 µs.
     */
    static final long NATIVE_MIN_WORK = 1024;

    /** What the setting asks for. */
    enum Choice { AUTO, NATIVE, JAVA, REFERENCE }

    /** The value of {@code weightlab.kernel}; AUTO when unset; an unknown value fails with the valid ones. */
    static Choice parse(String value) {
        if (value == null) {
            return Choice.AUTO;
        }
        try {
            return Choice.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("weightlab.kernel must be auto, native, java or reference, got \"" + value + "\"");
        }
    }

    /** The kernel for a product of rows × cols entries, each a sum of {@code inner} products. */
    static GemmPath forProduct(Choice choice, boolean nativeAvailable, int rows, int cols, int inner) {
        return switch (choice) {
            case REFERENCE -> REFERENCE;
            case JAVA -> JAVA;
            case NATIVE -> nativeAvailable ? NATIVE : JAVA;
            case AUTO -> nativeAvailable && (long) rows * cols * inner >= NATIVE_MIN_WORK ? NATIVE : JAVA;
        };
    }
}
