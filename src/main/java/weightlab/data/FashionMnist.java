package weightlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Fashion-MNIST: 28 × 28 grey pictures of clothes in 10 classes (H. Xiao, K. Rasul, R. Vollgraf,
 * Zalando Research, 2017, MIT licence), a drop-in harder replacement for the MNIST digits.
 *
 * <p>The Weightlab jar holds a class-balanced, seeded subset: {@link #loadTrain()} 12,000 pictures
 * (1,200 per class) and {@link #loadTest()} 2,000 (200 per class), chosen from the original 60,000
 * and 10,000 (see {@code data/README.md}). x is n × 784 (row-major 28 × 28, pixel bytes scaled to
 * [0, 1] by value / 255, so 255 → 1.0), y is n × 10 one-hot; {@link #CLASS_NAMES} names label k.
 *
 * <p>The full original set is read by {@link #loadFullTrain()} / {@link #loadFullTest()} from the
 * folder that the Debian/Ubuntu package {@code dataset-fashion-mnist} installs. As doubles it takes
 * 60,000 × 784 × 8 bytes ≈ 376 MB: give the JVM a heap of 1 GB or more.
 */
public final class FashionMnist {

    /** Image width and height in pixels. */
    public static final int WIDTH = 28;
    public static final int HEIGHT = 28;
    /** The class names, by label (0 = "T-shirt/top" … 9 = "Ankle boot"). */
    public static final List<String> CLASS_NAMES = List.of("T-shirt/top", "Trouser", "Pullover", "Dress",
            "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot");
    /** Where {@code apt-get install dataset-fashion-mnist} puts the four original idx .gz files. */
    public static final Path DEBIAN_FOLDER = Path.of("/usr/share/datasets/fashion-mnist");

    private FashionMnist() {
    }

    /** The packaged training subset: 12,000 pictures, 1,200 per class. */
    public static Dataset loadTrain() {
        return fromResources("train");
    }

    /** The packaged test subset: 2,000 pictures, 200 per class. */
    public static Dataset loadTest() {
        return fromResources("t10k");
    }

    /** The full original training set (60,000) from {@link #DEBIAN_FOLDER}. */
    public static Dataset loadFullTrain() {
        return loadFull(DEBIAN_FOLDER, "train");
    }

    /** The full original test set (10,000) from {@link #DEBIAN_FOLDER}. */
    public static Dataset loadFullTest() {
        return loadFull(DEBIAN_FOLDER, "t10k");
    }

    /** True when the full set is installed in {@link #DEBIAN_FOLDER}. */
    public static boolean isFullSetInstalled() {
        return Files.isRegularFile(DEBIAN_FOLDER.resolve(fileName("train", "images")));
    }

    /**
     * The full set from any folder holding the original files ({@code train-images-idx3-ubyte.gz},
     * {@code train-labels-idx1-ubyte.gz}, {@code t10k-…}), e.g. downloaded from the project's GitHub page.
     *
     * @param prefix {@code "train"} or {@code "t10k"} (the test set), as in the original file names
     */
    public static Dataset loadFull(Path folder, String prefix) {
        if (!"train".equals(prefix) && !"t10k".equals(prefix)) {
            throw new IllegalArgumentException("prefix must be \"train\" or \"t10k\" (the test set), got \"" + prefix + "\"");
        }
        Path images = folder.resolve(fileName(prefix, "images"));
        Path labels = folder.resolve(fileName(prefix, "labels"));
        for (Path file : List.of(images, labels)) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("the full Fashion-MNIST set is not there: " + file
                        + " not found. On Debian/Ubuntu install it with `sudo apt-get install dataset-fashion-mnist`"
                        + " (files go to " + DEBIAN_FOLDER + "), or pass the folder holding the original idx .gz files"
                        + " to FashionMnist.loadFull(folder, \"" + prefix + "\"). The packaged subset needs"
                        + " nothing: FashionMnist.loadTrain() / loadTest()");
            }
        }
        try (InputStream imageStream = Files.newInputStream(images);
             InputStream labelStream = Files.newInputStream(labels)) {
            return Idx.read(imageStream, labelStream, "Fashion-MNIST " + folder.resolve(prefix), CLASS_NAMES.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read Fashion-MNIST from " + folder, e);
        }
    }

    private static Dataset fromResources(String prefix) {
        try (InputStream images = Resources.open("fashion-mnist/" + fileName(prefix, "images"));
             InputStream labels = Resources.open("fashion-mnist/" + fileName(prefix, "labels"))) {
            return Idx.read(images, labels, "Fashion-MNIST subset " + prefix, CLASS_NAMES.size());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the packaged Fashion-MNIST subset " + prefix, e);
        }
    }

    private static String fileName(String prefix, String kind) {
        return prefix + "-" + kind + ("images".equals(kind) ? "-idx3-ubyte.gz" : "-idx1-ubyte.gz");
    }
}
