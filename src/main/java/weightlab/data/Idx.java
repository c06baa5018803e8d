package weightlab.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;

/**
 * Reader of the idx format of MNIST and Fashion-MNIST (gzip-compressed), by Y. LeCun:
 * a big-endian header (magic number 0x0000 08 nd: unsigned bytes, nd dimensions; then nd sizes)
 * followed by the values, row after row. Images are idx3 (count × 28 × 28), labels idx1 (count).
 */
final class Idx {

    private Idx() {
    }

    /**
     * Reads images and labels into a {@link Dataset}: pixel bytes 0..255 scaled to [0, 1]
     * (value / 255), labels one-hot over {@code numClasses}.
     */
    static Dataset read(InputStream imagesGz, InputStream labelsGz, String what, int numClasses) {
        try {
            Payload images = payload(imagesGz, 3, what + " images");
            Payload labels = payload(labelsGz, 1, what + " labels");
            int count = images.sizes[0];
            if (labels.sizes[0] != count) {
                throw new IllegalStateException(what + ": " + count + " images but " + labels.sizes[0] + " labels");
            }
            int pixels = images.sizes[1] * images.sizes[2];
            double[][] x = new double[count][pixels];
            for (int i = 0; i < count; i++) {
                double[] row = x[i];
                int offset = i * pixels;
                for (int j = 0; j < pixels; j++) {
                    row[j] = (images.bytes[offset + j] & 0xFF) / 255.0;
                }
            }
            int[] classes = new int[count];
            for (int i = 0; i < count; i++) {
                classes[i] = labels.bytes[i] & 0xFF;
            }
            return new Dataset(x, OneHot.encode(classes, numClasses));
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + what + " (idx .gz)", e);
        }
    }

    private record Payload(int[] sizes, byte[] bytes) {
    }

    private static Payload payload(InputStream gz, int dimensions, String what) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(gz), 1 << 16))) {
            int magic = in.readInt();
            int expected = 0x0800 | dimensions;
            if (magic != expected) {
                throw new IllegalStateException(what + ": not an idx" + dimensions + " file of bytes (magic number "
                        + Integer.toHexString(magic) + ", expected " + Integer.toHexString(expected) + ")");
            }
            int[] sizes = new int[dimensions];
            long total = 1;
            for (int d = 0; d < dimensions; d++) {
                sizes[d] = in.readInt();
                total *= sizes[d];
            }
            byte[] bytes = in.readNBytes((int) total);
            if (bytes.length != total) {
                throw new IllegalStateException(what + ": file is cut short, " + bytes.length + " of " + total + " bytes");
            }
            return new Payload(sizes, bytes);
        }
    }
}
