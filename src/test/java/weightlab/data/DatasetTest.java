package weightlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DatasetTest {

    private static Dataset numbered(int n) {
        double[][] x = new double[n][];
        double[][] y = new double[n][];
        for (int i = 0; i < n; i++) {
            x[i] = new double[] {i, -i};
            y[i] = new double[] {i};
        }
        return new Dataset(x, y);
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void sizeFeaturesAndOutputsFollowTheShapes() {
        Dataset data = numbered(5);
        assertEquals(5, data.size());
        assertEquals(2, data.features());
        assertEquals(1, data.outputs());
        assertEquals("Dataset(5 examples, 2 features → 1 outputs)", data.toString());
    }

    @Test
    void constructorNamesTheFirstBadValueAndShape() {
        assertEquals("x[1][0] is NaN", message(() -> new Dataset(
                new double[][] {{1}, {Double.NaN}}, new double[][] {{0}, {1}})));
        assertEquals("y[0][0] is Infinity", message(() -> new Dataset(
                new double[][] {{1}}, new double[][] {{Double.POSITIVE_INFINITY}})));
        assertEquals("x and y must have one row per example: x has 2 rows, y has 1", message(() -> new Dataset(
                new double[][] {{1}, {2}}, new double[][] {{0}})));
        assertEquals("x must be rectangular: x[0] has 2 values but x[1] has 1", message(() -> new Dataset(
                new double[][] {{1, 2}, {3}}, new double[][] {{0}, {1}})));
        assertEquals("x must have at least one row (example), got 0", message(() -> new Dataset(
                new double[0][], new double[0][])));
        assertEquals("y must not be null", message(() -> new Dataset(new double[][] {{1}}, null)));
    }

    @Test
    void splitHoldsOutTheRoundedFractionAndCoversEveryExampleOnce() {
        Dataset.Split split = numbered(100).split(0.2, 7);
        assertEquals(80, split.train().size());
        assertEquals(20, split.validation().size());
        Set<Double> seen = new HashSet<>();
        for (Dataset part : new Dataset[] {split.train(), split.validation()}) {
            for (int i = 0; i < part.size(); i++) {
                seen.add(part.x()[i][0]);
                assertEquals(part.x()[i][0], part.y()[i][0], "x and y rows stay paired");
            }
        }
        assertEquals(100, seen.size());
    }

    @Test
    void sameSeedGivesTheSameSplitAndAnotherSeedAnother() {
        Dataset data = numbered(50);
        assertArrayEquals(data.split(0.3, 1).validation().x(), data.split(0.3, 1).validation().x());
        assertEquals(false, Arrays.deepEquals(data.split(0.3, 1).validation().x(), data.split(0.3, 2).validation().x()));
    }

    @Test
    void splitAndSubsetShareRowsInsteadOfCopyingThem() {
        Dataset data = numbered(10);
        Dataset.Split split = data.split(0.5, 3);
        int first = (int) split.train().x()[0][0];
        assertSame(data.x()[first], split.train().x()[0]);
        assertSame(data.y()[4], data.subset(4, 2).y()[0]);
        assertSame(data.x()[0], data.first(3).x()[0]);
    }

    @Test
    void splitRejectsFractionsThatLeaveAPartEmpty() {
        assertEquals("validationFraction must be between 0 and 1 (exclusive), got 1.0",
                message(() -> numbered(10).split(1.0, 1)));
        assertEquals("validationFraction 0.01 of 10 examples leaves 10 for training and 0 for validation:"
                + " both parts need at least one example", message(() -> numbered(10).split(0.01, 1)));
    }

    @Test
    void subsetAndFirstNameTheBadIndex() {
        assertEquals("indices[1] = 10 is outside 0..9 (the data set has 10 examples)",
                message(() -> numbered(10).subset(0, 10)));
        assertEquals("n must be 1..10, got 11", message(() -> numbered(10).first(11)));
    }

    @Test
    void shuffledIndicesIsASeededPermutation() {
        int[] order = Dataset.shuffledIndices(1000, 42);
        assertArrayEquals(order, Dataset.shuffledIndices(1000, 42));
        int[] sorted = order.clone();
        Arrays.sort(sorted);
        for (int i = 0; i < sorted.length; i++) {
            assertEquals(i, sorted[i]);
        }
    }

    @Test
    void labelsAreTheArgmaxOfEachTargetRow() {
        Dataset data = new Dataset(new double[][] {{0}, {1}}, new double[][] {{0, 0, 1}, {1, 0, 0}});
        assertArrayEquals(new int[] {2, 0}, data.labels());
    }
}
