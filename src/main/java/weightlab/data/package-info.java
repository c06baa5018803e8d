/**
 * Data for the notebooks: a {@link weightlab.data.Dataset} is inputs x (examples × features) and
 * targets y (examples × outputs), as plain {@code double[][]}.
 *
 * <ul>
 *   <li>{@link weightlab.data.Synthetic}: seeded made-up sets with a known rule (house prices on a
 *       line, judged cakes, 2-D two-class blobs / xor / circles).</li>
 *   <li>{@link weightlab.data.Csv} and {@link weightlab.data.Tables}: CSV → tablesaw Table (look at
 *       it) → {@code double[][]} (train on it).</li>
 *   <li>{@link weightlab.data.Digits} (8 × 8, 1,797) and {@link weightlab.data.FashionMnist}
 *       (28 × 28, a 12,000 + 2,000 subset, or the full set from the Debian package): real images,
 *       packaged in the jar, pixels in [0, 1], labels one-hot ({@link weightlab.data.OneHot}).</li>
 * </ul>
 * Randomness comes only from a seed; shuffling permutes an index array, never the data.
 */
package weightlab.data;
