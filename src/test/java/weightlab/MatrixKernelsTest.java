package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import weightlab.GemmPath.Choice;
import weightlab.MatrixKernels.Product;

/** The fast kernels against the readable reference, on random shapes, odd sizes included. */
class MatrixKernelsTest {
    private static final double TOLERANCE = 1e-12;

    /** rows × inner · inner × cols, with edges for every tile and block: 1, odd, primes, and the network's sizes. */
    private static List<int[]> shapes() {
        List<int[]> shapes = new ArrayList<>(List.of(
                new int[] {1, 1, 1}, new int[] {1, 7, 1}, new int[] {2, 3, 4}, new int[] {3, 5, 7},
                new int[] {7, 13, 5}, new int[] {9, 1, 11}, new int[] {64, 64, 32}, new int[] {64, 32, 10},
                new int[] {33, 784, 10}, new int[] {64, 784, 128}, new int[] {65, 129, 67}, new int[] {5, 3000, 9}));
        Random rng = new Random(11);
        for (int n = 0; n < 20; n++) {
            shapes.add(new int[] {1 + rng.nextInt(70), 1 + rng.nextInt(200), 1 + rng.nextInt(70)});
        }
        return shapes;
    }

    /** Random factors for a product whose out is rows × cols with the given inner size. */
    private static Matrix[] factors(Product product, int rows, int inner, int cols, Random rng) {
        Matrix a = product == Product.AT_B ? random(inner, rows, rng) : random(rows, inner, rng);
        Matrix b = product == Product.A_BT ? random(cols, inner, rng) : random(inner, cols, rng);
        return new Matrix[] {a, b};
    }

    private static Matrix random(int rows, int cols, Random rng) {
        Matrix m = Matrix.zeros(rows, cols);
        for (int k = 0; k < m.data.length; k++) {
            m.data[k] = rng.nextDouble() * 2 - 1;
        }
        return m;
    }

    private static Matrix reference(Product product, Matrix a, Matrix b, Matrix start, boolean accumulate) {
        Matrix out = start.copy();
        MatrixKernels.gemmReference(product, a, b, out, accumulate);
        return out;
    }

    private static void assertClose(Matrix expected, Matrix actual, String what) {
        for (int k = 0; k < expected.data.length; k++) {
            double difference = Math.abs(expected.data[k] - actual.data[k]);
            if (!(difference <= TOLERANCE)) {
                throw new AssertionError(what + ": entry " + k + " is " + actual.data[k] + ", the reference "
                        + expected.data[k] + " (difference " + difference + ")");
            }
        }
    }

    /** One product to check: the factors, the matrix it starts from (kept unchanged) and a label. */
    private interface Case {
        void check(Product product, Matrix a, Matrix b, Matrix start, boolean accumulate, String label);
    }

    /** Runs {@code check} on every shape of {@link #shapes()}, every product, with and without accumulation. */
    private static void forEveryCase(long seed, Case check) {
        Random rng = new Random(seed);
        for (int[] shape : shapes()) {
            for (Product product : Product.values()) {
                Matrix[] ab = factors(product, shape[0], shape[1], shape[2], rng);
                for (boolean accumulate : new boolean[] {false, true}) {
                    Matrix start = random(shape[0], shape[2], rng);
                    check.check(product, ab[0], ab[1], start, accumulate,
                            product + " " + java.util.Arrays.toString(shape) + (accumulate ? " accumulating" : ""));
                }
            }
        }
    }

    @Test
    void tiledJavaKernelGivesTheReferenceBitForBit() {
        forEveryCase(1, (product, a, b, start, accumulate, label) -> {
            Matrix actual = start.copy();
            TiledGemm.multiplyBlock(product, a, b, actual, accumulate, 0, start.rows, 0, start.cols);
            assertArrayEquals(reference(product, a, b, start, accumulate).data, actual.data, 0.0, label);
        });
    }

    @Test
    void nativeKernelMatchesTheReferenceTo1e12() {
        assumeTrue(NativeGemm.available(), NativeGemm.status());
        forEveryCase(2, (product, a, b, start, accumulate, label) -> {
            Matrix actual = start.copy();
            NativeGemm.multiplyBlock(product, a, b, actual, accumulate, 0, start.rows, 0, start.cols);
            assertClose(reference(product, a, b, start, accumulate), actual, "native " + label);
        });
    }

    @Test
    void activeKernelMatchesTheReferenceTo1e12() {
        forEveryCase(3, (product, a, b, start, accumulate, label) -> {
            Matrix actual = start.copy();
            MatrixKernels.gemm(product, a, b, actual, accumulate);
            assertClose(reference(product, a, b, start, accumulate), actual, Matrix.productKernel() + " " + label);
        });
    }

    @Test
    void installedOpenBlasIsUsedNotSkipped() {
        assumeTrue(OpenBlasLibrary.find().isPresent(), "no OpenBLAS on this machine");
        assertTrue(NativeGemm.available(), NativeGemm.status());
    }

    @Test
    void sharingAProductBetweenThreadsChangesNoBitOfTheJavaKernel() {
        Random rng = new Random(4);
        GemmThreads one = new GemmThreads(1);
        int[][] shapes = {{97, 300, 130}, {131, 400, 61}}; // rows, inner, cols: cut by columns, then by rows
        for (GemmThreads many : List.of(new GemmThreads(2), new GemmThreads(3))) {
            for (int[] shape : shapes) {
                for (Product product : Product.values()) {
                    Matrix[] ab = factors(product, shape[0], shape[1], shape[2], rng);
                    assertEquals(many.threads(), many.parts(shape[0], shape[2], shape[1]));
                    Matrix start = random(shape[0], shape[2], rng);
                    Matrix alone = start.copy();
                    Matrix shared = start.copy();
                    one.multiply(TiledGemm::multiplyBlock, product, ab[0], ab[1], alone, true, shape[1]);
                    many.multiply(TiledGemm::multiplyBlock, product, ab[0], ab[1], shared, true, shape[1]);
                    assertArrayEquals(alone.data, shared.data, 0.0,
                            product + " " + java.util.Arrays.toString(shape) + " with " + many.threads() + " threads");
                }
            }
        }
    }

    @Test
    void sharedNativeProductsMatchTheReferenceAndRepeatExactly() {
        assumeTrue(NativeGemm.available(), NativeGemm.status());
        Random rng = new Random(8);
        int[][] shapes = {{97, 300, 130}, {131, 400, 61}, {64, 784, 128}};
        for (GemmThreads many : List.of(new GemmThreads(2), new GemmThreads(3))) {
            for (int[] shape : shapes) {
                for (Product product : Product.values()) {
                    Matrix[] ab = factors(product, shape[0], shape[1], shape[2], rng);
                    Matrix first = Matrix.zeros(shape[0], shape[2]);
                    Matrix second = Matrix.zeros(shape[0], shape[2]);
                    many.multiply(NativeGemm::multiplyBlock, product, ab[0], ab[1], first, false, shape[1]);
                    many.multiply(NativeGemm::multiplyBlock, product, ab[0], ab[1], second, false, shape[1]);
                    String what = "native " + product + " " + java.util.Arrays.toString(shape) + " with " + many.threads() + " threads";
                    assertClose(reference(product, ab[0], ab[1], Matrix.zeros(shape[0], shape[2]), false), first, what);
                    assertArrayEquals(first.data, second.data, 0.0, what + ", run twice");
                }
            }
        }
    }

    @Test
    void threadsCallingOpenBlasAtOnceGetTheirOwnNumbers() throws InterruptedException {
        assumeTrue(NativeGemm.available(), NativeGemm.status());
        // Debian's serial OpenBLAS, called by two threads at the same moment, returned a wrong product about
        // once in 250 calls at this shape before the calls were made to take turns.
        int callers = 2;
        int rounds = 800;
        java.util.concurrent.atomic.AtomicInteger arrived = new java.util.concurrent.atomic.AtomicInteger();
        int[] wrong = new int[callers];
        Thread[] threads = new Thread[callers];
        for (int t = 0; t < callers; t++) {
            int caller = t;
            threads[t] = new Thread(() -> {
                Random rng = new Random(100 + caller);
                Matrix x = random(64, 784, rng);
                Matrix w = random(784, 128, rng);
                Matrix expected = reference(Product.A_B, x, w, Matrix.zeros(64, 128), false);
                Matrix z = Matrix.zeros(64, 128);
                for (int round = 0; round < rounds; round++) {
                    arrived.incrementAndGet();
                    while (arrived.get() < callers * (round + 1)) {
                        Thread.onSpinWait(); // spin, so that both calls start within a microsecond
                    }
                    NativeGemm.multiplyBlock(Product.A_B, x, w, z, false, 0, 64, 0, 128);
                    for (int k = 0; k < z.data.length; k++) {
                        if (!(Math.abs(z.data[k] - expected.data[k]) <= TOLERANCE)) {
                            wrong[caller]++;
                            break;
                        }
                    }
                }
            });
            threads[t].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertArrayEquals(new int[callers], wrong, "wrong products per thread, out of " + rounds);
    }

    @Test
    void blocksOfTheJavaKernelTileOutExactlyAndNativeBlocksTo1e12() {
        Random rng = new Random(6);
        List<GemmThreads.BlockKernel> kernels = new ArrayList<>(List.of(TiledGemm::multiplyBlock));
        if (NativeGemm.available()) {
            kernels.add(NativeGemm::multiplyBlock);
        }
        for (GemmThreads.BlockKernel kernel : kernels) {
            for (Product product : Product.values()) {
                Matrix[] ab = factors(product, 9, 17, 11, rng);
                Matrix start = random(9, 11, rng);
                Matrix whole = start.copy();
                Matrix inFour = start.copy();
                kernel.multiplyBlock(product, ab[0], ab[1], whole, true, 0, 9, 0, 11);
                kernel.multiplyBlock(product, ab[0], ab[1], inFour, true, 0, 3, 0, 5);
                kernel.multiplyBlock(product, ab[0], ab[1], inFour, true, 0, 3, 5, 11);
                kernel.multiplyBlock(product, ab[0], ab[1], inFour, true, 3, 9, 0, 5);
                kernel.multiplyBlock(product, ab[0], ab[1], inFour, true, 3, 9, 5, 11);
                if (kernels.indexOf(kernel) == 0) {
                    assertArrayEquals(whole.data, inFour.data, 0.0, product.toString());
                } else { // OpenBLAS may sum a block's edge in another order: the last bit may differ
                    assertClose(whole, inFour, "native blocks " + product);
                }
            }
        }
    }

    @Test
    void productsAllocateNothingOnAnyPathOrNumberOfThreads() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        Random rng = new Random(5);
        Matrix x = random(64, 784, rng);
        Matrix w = random(784, 128, rng);
        Matrix z = Matrix.zeros(64, 128);
        List<GemmThreads.BlockKernel> kernels = new ArrayList<>(List.of(TiledGemm::multiplyBlock));
        if (NativeGemm.available()) {
            kernels.add(NativeGemm::multiplyBlock);
        }
        for (GemmThreads sharing : List.of(new GemmThreads(1), new GemmThreads(2))) {
            for (GemmThreads.BlockKernel kernel : kernels) {
                sharing.multiply(kernel, Product.A_B, x, w, z, false, 784); // starts the helper thread
                long before = threads.getCurrentThreadAllocatedBytes();
                for (int i = 0; i < 20; i++) {
                    sharing.multiply(kernel, Product.A_B, x, w, z, false, 784);
                }
                long allocated = threads.getCurrentThreadAllocatedBytes() - before;
                assertTrue(allocated < 2000, "20 products allocated " + allocated + " bytes");
            }
        }
    }

    @Test
    void smallProductsAreNotSplitAndPartsHoldWholeTiles() {
        GemmThreads two = new GemmThreads(2);
        assertEquals(1, two.parts(64, 32, 64));          // digits layer: 131,072 multiply-adds
        assertEquals(2, two.parts(64, 128, 784));        // Fashion-MNIST layer: 6.4 M
        assertEquals(1, two.parts(1, 3, 1_000_000));     // one row of three columns cannot be shared
        assertEquals(0, GemmThreads.boundary(0, 3, 97, 2));
        assertEquals(32, GemmThreads.boundary(1, 3, 97, 2));
        assertEquals(64, GemmThreads.boundary(2, 3, 97, 2));
        assertEquals(97, GemmThreads.boundary(3, 3, 97, 2));
        assertEquals(64, GemmThreads.boundary(1, 2, 130, 4));
    }

    @Test
    void autoUsesOpenBlasForLargeProductsAndJavaForSmallOnes() {
        assertEquals(GemmPath.NATIVE, GemmPath.forProduct(Choice.AUTO, true, 64, 128, 784));
        assertEquals(GemmPath.JAVA, GemmPath.forProduct(Choice.AUTO, true, 2, 2, 2));
        assertEquals(GemmPath.JAVA, GemmPath.forProduct(Choice.AUTO, false, 64, 128, 784));
        assertEquals(GemmPath.NATIVE, GemmPath.forProduct(Choice.NATIVE, true, 2, 2, 2));
        assertEquals(GemmPath.JAVA, GemmPath.forProduct(Choice.NATIVE, false, 64, 128, 784));
        assertEquals(GemmPath.JAVA, GemmPath.forProduct(Choice.JAVA, true, 64, 128, 784));
        assertEquals(GemmPath.REFERENCE, GemmPath.forProduct(Choice.REFERENCE, true, 64, 128, 784));
    }

    @Test
    void settingsAreParsedOrRefusedWithTheValidValues() {
        assertEquals(Choice.AUTO, GemmPath.parse(null));
        assertEquals(Choice.JAVA, GemmPath.parse(" Java "));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GemmPath.parse("fast"));
        assertEquals("weightlab.kernel must be auto, native, java or reference, got \"fast\"", e.getMessage());
    }

    @Test
    void columnBlocksKeepTheRightFactorNear256KilobytesInWholeTiles() {
        assertEquals(40, TiledGemm.columnsPerBlock(784));  // 784 · 40 · 8 bytes = 250 KB
        assertEquals(512, TiledGemm.columnsPerBlock(64));
        assertEquals(4, TiledGemm.columnsPerBlock(1_000_000));
    }

    @Test
    void describesTheKernelInUse() {
        String description = Matrix.productKernel();
        assertTrue(description.matches("(native|java|reference).*\\d+ threads?"), description);
        assertFalse(description.isBlank());
    }
}
