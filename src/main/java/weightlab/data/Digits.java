package weightlab.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The 8 × 8 handwritten digits: 1,797 small grey images of the digits 0–9 (UCI "Optical
 * Recognition of Handwritten Digits", E. Alpaydin and C. Kaynak, 1998, licence CC BY 4.0; the copy
 * shipped with scikit-learn). Each pixel counts the ink in a 4 × 4 block of a 32 × 32 bitmap, an
 * integer 0..16.
 *
 * <p>{@link #load()} gives x: 1,797 × 64 (row-major 8 × 8 pixels, scaled to [0, 1] by value / 16,
 * so 16 → 1.0 and 8 → 0.5) and y: 1,797 × 10 one-hot rows. Small enough to train on in seconds,
 * large enough to show over-fitting. See {@code data/README.md} for how the file was obtained.
 */
public final class Digits {

    /** Image width and height in pixels. */
    public static final int WIDTH = 8;
    public static final int HEIGHT = 8;
    /** The class names, by label: "0" … "9". */
    public static final List<String> CLASS_NAMES = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    static final String RESOURCE = "digits/digits.csv.gz";
    static final int COUNT = 1797;

    private Digits() {
    }

    /** All 1,797 digits: x 1,797 × 64 in [0, 1], y 1,797 × 10 one-hot. */
    public static Dataset load() {
        double[][] x = new double[COUNT][];
        int[] labels = new int[COUNT];
        try (InputStream raw = Resources.open(RESOURCE);
             BufferedReader lines = new BufferedReader(
                     new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.US_ASCII))) {
            int i = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (i == COUNT) {
                    throw new IllegalStateException(RESOURCE + " has more than " + COUNT + " lines");
                }
                String[] cells = line.split(",");
                if (cells.length != WIDTH * HEIGHT + 1) {
                    throw new IllegalStateException(RESOURCE + " line " + (i + 1) + " has " + cells.length
                            + " values, expected 65 (64 pixels and the label)");
                }
                x[i] = new double[WIDTH * HEIGHT];
                for (int j = 0; j < WIDTH * HEIGHT; j++) {
                    x[i][j] = Integer.parseInt(cells[j]) / 16.0;
                }
                labels[i] = Integer.parseInt(cells[WIDTH * HEIGHT]);
                i++;
            }
            if (i != COUNT) {
                throw new IllegalStateException(RESOURCE + " has " + i + " lines, expected " + COUNT);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + RESOURCE, e);
        }
        return new Dataset(x, OneHot.encode(labels, CLASS_NAMES.size()));
    }
}
