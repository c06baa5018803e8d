package weightlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class OneHotTest {

    @Test
    void labelTwoOfThreeBecomesZeroZeroOne() {
        assertArrayEquals(new double[][] {{0, 0, 1}, {1, 0, 0}}, OneHot.encode(new int[] {2, 0}, 3));
    }

    @Test
    void decodeIsTheArgmaxAndUndoesEncode() {
        int[] labels = {3, 1, 4, 1, 5, 9, 2, 6};
        assertArrayEquals(labels, OneHot.decode(OneHot.encode(labels, 10)));
        assertArrayEquals(new int[] {1}, OneHot.decode(new double[][] {{0.1, 0.7, 0.2}}));
    }

    @Test
    void oneColumnRowsAreSigmoidProbabilitiesThresholdedAtOneHalf() {
        assertArrayEquals(new int[] {0, 1, 1}, OneHot.decode(new double[][] {{0.49}, {0.5}, {1}}));
    }

    @Test
    void countsTallyEachClass() {
        assertArrayEquals(new int[] {1, 0, 2}, OneHot.counts(OneHot.encode(new int[] {2, 0, 2}, 3)));
        assertArrayEquals(new int[] {1, 2}, OneHot.counts(new double[][] {{0}, {1}, {1}}));
    }

    @Test
    void outOfRangeLabelIsNamedWithTheValidRange() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OneHot.encode(new int[] {0, 10}, 10));
        assertEquals("labels[1] = 10 but numClasses is 10: labels must be 0..9", e.getMessage());
    }
}
