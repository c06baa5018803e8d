package weightlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImageDataTest {

    private static void assertPixelsInUnitInterval(Dataset data) {
        for (double[] row : data.x()) {
            for (double pixel : row) {
                assertTrue(pixel >= 0 && pixel <= 1, "pixel " + pixel);
            }
        }
    }

    @Test
    void digitsAre1797ImagesOf8By8ScaledBy16WithTenOneHotClasses() {
        long start = System.nanoTime();
        Dataset digits = Digits.load();
        assertTrue(System.nanoTime() - start < 3e9, "loading must take seconds at most");
        assertEquals(1797, digits.size());
        assertEquals(64, digits.features());
        assertEquals(10, digits.outputs());
        assertPixelsInUnitInterval(digits);
        // First image of the file: "0,0,5,13,9,1,0,0,..." with label 0.
        assertEquals(5 / 16.0, digits.x()[0][2]);
        assertEquals(13 / 16.0, digits.x()[0][3]);
        assertEquals(0, digits.labels()[0]);
        assertArrayEquals(new int[] {178, 182, 177, 183, 181, 182, 181, 179, 174, 180}, OneHot.counts(digits.y()));
    }

    @Test
    void fashionSubsetIsTwelveThousandPlusTwoThousandBalancedPictures() {
        long start = System.nanoTime();
        Dataset train = FashionMnist.loadTrain();
        Dataset test = FashionMnist.loadTest();
        assertTrue(System.nanoTime() - start < 5e9, "loading must take seconds at most");
        assertEquals(12_000, train.size());
        assertEquals(2_000, test.size());
        assertEquals(784, train.features());
        assertEquals(10, test.outputs());
        int[] perClassTrain = new int[10];
        Arrays.fill(perClassTrain, 1200);
        int[] perClassTest = new int[10];
        Arrays.fill(perClassTest, 200);
        assertArrayEquals(perClassTrain, OneHot.counts(train.y()));
        assertArrayEquals(perClassTest, OneHot.counts(test.y()));
        assertPixelsInUnitInterval(test);
        assertEquals(10, FashionMnist.CLASS_NAMES.size());
        assertEquals("Ankle boot", FashionMnist.CLASS_NAMES.get(9));
    }

    @Test
    void missingFullSetSaysWhichAptPackageInstallsIt() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> FashionMnist.loadFull(Path.of("/nonexistent/fashion"), "train"));
        assertTrue(e.getMessage().startsWith("the full Fashion-MNIST set is not there: "
                + "/nonexistent/fashion/train-images-idx3-ubyte.gz not found."), e.getMessage());
        assertTrue(e.getMessage().contains("sudo apt-get install dataset-fashion-mnist"), e.getMessage());
        assertEquals("prefix must be \"train\" or \"t10k\" (the test set), got \"test\"",
                assertThrows(IllegalArgumentException.class,
                        () -> FashionMnist.loadFull(Path.of("/tmp"), "test")).getMessage());
    }

    /** Runs where {@code apt-get install dataset-fashion-mnist} has been done (and the heap is large); skipped elsewhere. */
    @Test
    void everyPackagedPictureIsAnOriginalPictureWithItsOriginalLabel() {
        assumeTrue(FashionMnist.isFullSetInstalled(), "dataset-fashion-mnist is not installed");
        assumeTrue(Runtime.getRuntime().maxMemory() > 1_500_000_000L, "the full set needs a heap of 1.5 GB or more");
        Dataset fullTest = FashionMnist.loadFullTest();
        assertEquals(10_000, fullTest.size());
        assertSubsetOf(FashionMnist.loadTest(), fullTest);
        long start = System.nanoTime();
        Dataset fullTrain = FashionMnist.loadFullTrain();
        assertTrue(System.nanoTime() - start < 10e9, "the full set loads in seconds");
        assertEquals(60_000, fullTrain.size());
        assertSubsetOf(FashionMnist.loadTrain(), fullTrain);
    }

    private static void assertSubsetOf(Dataset subset, Dataset full) {
        Map<Integer, Integer> indexOfPicture = new HashMap<>();
        for (int i = 0; i < full.size(); i++) {
            indexOfPicture.putIfAbsent(Arrays.hashCode(full.x()[i]), i);
        }
        int[] labels = subset.labels();
        int[] fullLabels = full.labels();
        for (int i = 0; i < subset.size(); i++) {
            Integer original = indexOfPicture.get(Arrays.hashCode(subset.x()[i]));
            assertTrue(original != null && Arrays.equals(full.x()[original], subset.x()[i]), "picture " + i);
            assertEquals(fullLabels[original], labels[i], "label of picture " + i);
        }
    }
}
