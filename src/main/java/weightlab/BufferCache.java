package weightlab;

import java.util.function.IntFunction;

/**
 * Work matrices reused from one batch to the next, so a training step allocates nothing once
 * shapes are known. It keeps buffers for the two most recent batch sizes: in a fit those are
 * the full batch and the smaller last batch of an epoch.
 */
final class BufferCache<T> {
    private final IntFunction<T> create;
    private int recentRows = -1;
    private int olderRows = -1;
    private T recent;
    private T older;

    /** {@code create} makes the buffers for a batch of the given number of rows (examples). */
    BufferCache(IntFunction<T> create) {
        this.create = create;
    }

    /** The buffers for a batch of {@code rows} examples, made on first use. */
    T forRows(int rows) {
        if (rows != recentRows) {
            T swap = older;
            int swapRows = olderRows;
            older = recent;
            olderRows = recentRows;
            recent = swapRows == rows ? swap : create.apply(rows);
            recentRows = rows;
        }
        return recent;
    }
}
