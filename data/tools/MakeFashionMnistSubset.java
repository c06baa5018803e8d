import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Makes the class-balanced Fashion-MNIST subset committed under {@code data/fashion-mnist/}.
 *
 * <p>Run with the JDK's single-file launcher (no build needed), from the repository root:
 * <pre>
 * java data/tools/MakeFashionMnistSubset.java /usr/share/datasets/fashion-mnist data/fashion-mnist 1200 200 20240611
 * </pre>
 * arguments: folder with the four original idx {@code .gz} files, output folder, images per class
 * kept from the training set, images per class kept from the test set, seed.
 *
 * <p>For each split and each class c = 0..9 in turn, the indices of class c are shuffled with one
 * {@code java.util.Random(seed)} and the first k are kept; the kept indices are then sorted, so the
 * subset keeps the original order (classes stay mixed). Output files have the original names and
 * idx format, gzip level 9. Not part of the library: it is excluded from the jar.
 */
public class MakeFashionMnistSubset {

    public static void main(String[] args) throws IOException {
        if (args.length != 5) {
            System.err.println("usage: java MakeFashionMnistSubset.java IN_DIR OUT_DIR TRAIN_PER_CLASS TEST_PER_CLASS SEED");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Random rng = new Random(Long.parseLong(args[4]));
        Files.createDirectories(out);
        subset(in, out, "train", Integer.parseInt(args[2]), rng);
        subset(in, out, "t10k", Integer.parseInt(args[3]), rng);
    }

    static void subset(Path in, Path out, String prefix, int perClass, Random rng) throws IOException {
        byte[] labels = readIdx(in.resolve(prefix + "-labels-idx1-ubyte.gz"), 2049);
        byte[] images = readIdx(in.resolve(prefix + "-images-idx3-ubyte.gz"), 2051);
        int pixels = 28 * 28;
        List<Integer> kept = new ArrayList<>();
        for (int c = 0; c < 10; c++) {
            List<Integer> ofClass = new ArrayList<>();
            for (int i = 0; i < labels.length; i++) {
                if (labels[i] == c) {
                    ofClass.add(i);
                }
            }
            Collections.shuffle(ofClass, rng);
            kept.addAll(ofClass.subList(0, perClass));
        }
        Collections.sort(kept);
        byte[] keptLabels = new byte[kept.size()];
        byte[] keptImages = new byte[kept.size() * pixels];
        for (int k = 0; k < kept.size(); k++) {
            int i = kept.get(k);
            keptLabels[k] = labels[i];
            System.arraycopy(images, i * pixels, keptImages, k * pixels, pixels);
        }
        writeIdx(out.resolve(prefix + "-labels-idx1-ubyte.gz"), 2049, new int[] {kept.size()}, keptLabels);
        writeIdx(out.resolve(prefix + "-images-idx3-ubyte.gz"), 2051, new int[] {kept.size(), 28, 28}, keptImages);
        System.out.println(prefix + ": kept " + kept.size() + " of " + labels.length + " (" + perClass + " per class)");
    }

    /** Reads an idx file and returns its payload (the bytes after the header). */
    static byte[] readIdx(Path file, int expectedMagic) throws IOException {
        try (DataInputStream data = new DataInputStream(
                new BufferedInputStream(new GZIPInputStream(Files.newInputStream(file))))) {
            int magic = data.readInt();
            if (magic != expectedMagic) {
                throw new IOException(file + ": magic " + magic + ", expected " + expectedMagic);
            }
            int dimensions = magic & 0xFF;
            for (int d = 0; d < dimensions; d++) {
                data.readInt();
            }
            return data.readAllBytes();
        }
    }

    static void writeIdx(Path file, int magic, int[] dimensions, byte[] payload) throws IOException {
        try (OutputStream raw = Files.newOutputStream(file);
             GZIPOutputStream gzip = new GZIPOutputStream(raw) {
                 { def.setLevel(Deflater.BEST_COMPRESSION); }
             };
             DataOutputStream data = new DataOutputStream(new BufferedOutputStream(gzip))) {
            data.writeInt(magic);
            for (int d : dimensions) {
                data.writeInt(d);
            }
            data.write(payload);
        }
    }
}
