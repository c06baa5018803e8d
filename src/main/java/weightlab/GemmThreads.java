package weightlab;

import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;
import weightlab.MatrixKernels.Product;

/**
 * Shares one large product between threads, by blocks of out: with 2 threads the calling thread
 * computes one half of out and a helper thread the other half, at the same time. out is cut across
 * its longer side — z = x · W (64 × 128) into two 64 × 64 halves, ∂L/∂W (784 × 128) into two 392 × 128
 * halves — so that each thread reads only half of the larger factor.
 *
 * <p>Every entry is still computed whole by one thread. With {@link TiledGemm} it is also summed in the
 * same order, so 1 or 4 threads give the same bits. OpenBLAS treats the edges of a block with other
 * inner loops, so its last bits may change with the number of threads (never from one run to the next
 * with the same number).
 *
 * <p>Why helpers that wait instead of a new thread per product: a training step of the Fashion-MNIST
 * network is about 1 ms; starting a thread costs tens of µs and allocates, a parked helper wakes in a
 * few µs and allocates nothing. A helper spins for {@value #SPIN_NANOS} ns before parking, because the
 * next large product of a step usually comes sooner than that. Products under
 * {@value #MIN_WORK_PER_THREAD} multiply-adds per thread are not split: the hand-over would cost more
 * than it saves. Default: 1 thread (setting {@code weightlab.threads}, see {@link Settings}), the safe
 * choice on Binder's shared cores.
 */
final class GemmThreads {
    static final long MIN_WORK_PER_THREAD = 1L << 20;
    static final long SPIN_NANOS = 50_000;

    /** A kernel that computes the block rows [rowFrom, rowTo) × columns [colFrom, colTo) of a product. */
    @FunctionalInterface
    interface BlockKernel {
        void multiplyBlock(Product product, Matrix a, Matrix b, Matrix out, boolean accumulate,
                           int rowFrom, int rowTo, int colFrom, int colTo);
    }

    private final int threads;
    private final Helper[] helpers; // threads − 1 of them, started on first use
    private final ReentrantLock inUse = new ReentrantLock(); // one product at a time; others run alone

    GemmThreads(int threads) {
        this.threads = Validate.positive("threads", threads);
        this.helpers = new Helper[threads - 1];
    }

    /** From the setting {@code weightlab.threads}: a whole number ≥ 1, or "all" for every processor; 1 when unset. */
    static GemmThreads fromSettings() {
        String value = Settings.value("weightlab.threads");
        if (value == null) {
            return new GemmThreads(1);
        }
        if ("all".equalsIgnoreCase(value)) {
            return new GemmThreads(Runtime.getRuntime().availableProcessors());
        }
        try {
            int threads = Integer.parseInt(value);
            if (threads >= 1) {
                return new GemmThreads(threads);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("weightlab.threads must be a whole number ≥ 1 or \"all\", got \"" + value + "\"");
    }

    int threads() {
        return threads;
    }

    /** How many threads share a product of rows × cols entries, each a sum of {@code inner} products. */
    int parts(int rows, int cols, int inner) {
        long work = (long) rows * cols * inner;
        long byWork = Math.max(1, work / MIN_WORK_PER_THREAD);
        int bySize = rows >= cols ? rows / TiledGemm.TILE_ROWS : cols / TiledGemm.TILE_COLS; // whole tiles each
        return (int) Math.min(Math.min(threads, byWork), Math.max(1, bySize));
    }

    /** The whole product, into out (modified), shared between up to {@link #threads()} threads. */
    void multiply(BlockKernel kernel, Product product, Matrix a, Matrix b, Matrix out, boolean accumulate, int inner) {
        int parts = parts(out.rows, out.cols, inner);
        if (parts == 1 || !inUse.tryLock()) {
            kernel.multiplyBlock(product, a, b, out, accumulate, 0, out.rows, 0, out.cols);
            return;
        }
        try {
            boolean byRows = out.rows >= out.cols;
            int length = byRows ? out.rows : out.cols;
            int step = byRows ? TiledGemm.TILE_ROWS : TiledGemm.TILE_COLS;
            for (int part = parts - 1; part >= 0; part--) { // the calling thread takes part 0, last
                int from = boundary(part, parts, length, step);
                int to = boundary(part + 1, parts, length, step);
                if (part == 0) {
                    kernel.multiplyBlock(product, a, b, out, accumulate, byRows ? from : 0, byRows ? to : out.rows,
                            byRows ? 0 : from, byRows ? out.cols : to);
                } else {
                    helper(part - 1).post(kernel, product, a, b, out, accumulate, byRows ? from : 0,
                            byRows ? to : out.rows, byRows ? 0 : from, byRows ? out.cols : to);
                }
            }
            for (int part = 1; part < parts; part++) {
                helpers[part - 1].awaitDone();
            }
        } finally {
            inUse.unlock();
        }
    }

    /** Where part p of `parts` starts along a side of the given length: a multiple of step, so tiles stay whole. */
    static int boundary(int part, int parts, int length, int step) {
        return part >= parts ? length : (int) ((long) length * part / parts) / step * step;
    }

    private Helper helper(int index) {
        if (helpers[index] == null) {
            helpers[index] = new Helper("weightlab-gemm-" + (index + 1));
        }
        return helpers[index];
    }

    /** A daemon thread that computes the block it is given, then waits for the next product. */
    private static final class Helper implements Runnable {
        private final Thread thread;
        private volatile int posted;   // products handed over (only the holder of inUse writes it)
        private volatile int finished; // products done (only the helper writes it)
        private volatile Thread waiter;
        // The job: written before `posted` is raised, read after it is seen raised (volatile: happens-before).
        private BlockKernel kernel;
        private Product product;
        private Matrix a;
        private Matrix b;
        private Matrix out;
        private boolean accumulate;
        private final int[] block = new int[4]; // rowFrom, rowTo, colFrom, colTo
        private Throwable failure;

        Helper(String name) {
            thread = new Thread(this, name);
            thread.setDaemon(true);
            thread.start();
        }

        void post(BlockKernel kernel, Product product, Matrix a, Matrix b, Matrix out, boolean accumulate,
                  int rowFrom, int rowTo, int colFrom, int colTo) {
            this.kernel = kernel;
            this.product = product;
            this.a = a;
            this.b = b;
            this.out = out;
            this.accumulate = accumulate;
            block[0] = rowFrom;
            block[1] = rowTo;
            block[2] = colFrom;
            block[3] = colTo;
            waiter = Thread.currentThread();
            posted = posted + 1;
            LockSupport.unpark(thread);
        }

        void awaitDone() {
            long start = System.nanoTime();
            while (finished != posted) {
                if (System.nanoTime() - start < SPIN_NANOS) {
                    Thread.onSpinWait();
                } else {
                    LockSupport.park(this);
                }
            }
            a = null; // let the matrices go
            b = null;
            out = null;
            if (failure != null) {
                Throwable t = failure;
                failure = null;
                throw new IllegalStateException("a product thread failed: " + t, t);
            }
        }

        @Override
        public void run() {
            int done = 0;
            while (true) {
                long start = System.nanoTime();
                while (posted == done) {
                    if (System.nanoTime() - start < SPIN_NANOS) {
                        Thread.onSpinWait();
                    } else {
                        LockSupport.park(this);
                    }
                }
                try {
                    kernel.multiplyBlock(product, a, b, out, accumulate, block[0], block[1], block[2], block[3]);
                } catch (Throwable t) {
                    failure = t;
                }
                done = posted;
                finished = done;
                LockSupport.unpark(waiter);
            }
        }
    }
}
