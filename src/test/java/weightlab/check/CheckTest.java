package weightlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static weightlab.check.Output.failure;
import static weightlab.check.Output.printed;

import org.junit.jupiter.api.Test;

class CheckTest {

    private static final String NOT_ANSWERED = " is still Check.TODO (or null). Replace it with your answer and run"
            + " the cell again. (If you did, your answer is NaN: look for 0/0 or an operation on NaN.)";

    @Test
    void rightAnswerPrintsACheckMark() {
        assertEquals("✔ z = 2.5", printed(() -> Check.number("z", 2.5, 2.5)));
        assertEquals("✔ a = [1, 0.333333]", printed(() -> Check.vector("a", new double[] {1, 1 / 3.0},
                new double[] {1, 1 / 3.0})));
        assertEquals("✔ W = [[1, 2], [3, 4]]", printed(() -> Check.matrix("W", new double[][] {{1, 2}, {3, 4}},
                new double[][] {{1, 2}, {3, 4}})));
    }

    @Test
    void toleranceIsAbsoluteNearZeroAndRelativeForLargeValues() {
        assertEquals("✔ small = 5e-7", printed(() -> Check.number("small", 5e-7, 0)));
        assertEquals("✔ large = 1000000", printed(() -> Check.number("large", 1_000_000.5, 1_000_000)));
        assertEquals("✘ z: expected 1, got 1.01", failure(() -> Check.number("z", 1.01, 1, 1e-3)));
    }

    @Test
    void todoAnswerPrintsNotAnsweredYetAndDoesNotThrow() {
        assertEquals("Not answered yet: z" + NOT_ANSWERED, printed(() -> Check.number("z", Check.TODO, 2.5)));
        assertEquals("Not answered yet: a" + NOT_ANSWERED, printed(() -> Check.vector("a", null, new double[] {1})));
        assertEquals("Not answered yet: a[1]" + NOT_ANSWERED,
                printed(() -> Check.vector("a", new double[] {1, Check.TODO}, new double[] {1, 2})));
        assertEquals("Not answered yet: W[1][0]" + NOT_ANSWERED, printed(() -> Check.matrix("W",
                new double[][] {{1, 2}, {Check.TODO, 4}}, new double[][] {{1, 2}, {3, 4}})));
        assertEquals("Not answered yet: shape" + NOT_ANSWERED,
                printed(() -> Check.shape("shape", null, new int[] {2, 3}, null)));
    }

    @Test
    void namedMistakeIsReportedWithItsHintAndTheExpectedValue() {
        assertEquals("✘ z = 2: you forgot the bias b (expected 2.5)", failure(() -> Check.number("z", 2, 2.5,
                Mistake.of("something else", 7), Mistake.of("you forgot the bias b", 2))));
    }

    @Test
    void mistakeThatEqualsTheRightAnswerDoesNotHideIt() {
        assertEquals("✔ z = 2", printed(() -> Check.number("z", 2, 2, Mistake.of("you forgot the bias b", 2))));
    }

    @Test
    void transposedMatrixIsRecognised() {
        assertEquals("✘ W is transposed: it is 3 × 2 (rows × columns) but should be 2 × 3 (rows × columns)"
                + " (rows and columns swapped)", failure(() -> Check.matrix("W",
                new double[][] {{1, 4}, {2, 5}, {3, 6}}, new double[][] {{1, 2, 3}, {4, 5, 6}})));
        assertEquals("✘ W has 3 × 2 (rows × columns), expected 2 × 3 (rows × columns) — rows and columns swapped?",
                failure(() -> Check.matrix("W", new double[3][2], new double[][] {{1, 2, 3}, {4, 5, 6}})));
    }

    @Test
    void wrongLengthIsReportedAsSuch() {
        assertEquals("✘ a has 2 values, expected 3 values",
                failure(() -> Check.vector("a", new double[] {1, 2}, new double[] {1, 2, 3})));
    }

    @Test
    void flippedSignIsRecognised() {
        assertEquals("✘ step = 0.2: the sign is flipped (expected -0.2)", failure(() -> Check.number("step", 0.2, -0.2)));
        assertEquals("✘ g = [-1, 2]: the sign is flipped (expected [1, -2])",
                failure(() -> Check.vector("g", new double[] {-1, 2}, new double[] {1, -2})));
    }

    @Test
    void factorTooManyOrTooFewIsRecognised() {
        assertEquals("✘ J = 12: it is 4 × the expected 3. A factor 4 too many: a missing division by 4"
                + " (such as the 1/n of a mean over n = 4 values)?", failure(() -> Check.number("J", 12, 3)));
        assertEquals("✘ J = 6: it is 2 × the expected 3. A factor 2 too many: an extra 2, or a missing ½?",
                failure(() -> Check.number("J", 6, 3)));
        assertEquals("✘ dw = 1.5: it is 1/2 of the expected 3. A factor 2 missing: the 2 of the derivative of a"
                + " square, or an extra ½?", failure(() -> Check.number("dw", 1.5, 3)));
        assertEquals("✘ J = 0.75: it is 1/4 of the expected 3. A factor 4 missing: an extra division by 4?",
                failure(() -> Check.number("J", 0.75, 3)));
        assertEquals("✘ g = [2, 4]: it is 2 × the expected [1, 2]. A factor 2 too many: an extra 2, or a missing ½?",
                failure(() -> Check.vector("g", new double[] {2, 4}, new double[] {1, 2})));
    }

    @Test
    void otherwiseExpectedAndGivenAreShown() {
        assertEquals("✘ z: expected 2.5, got 3", failure(() -> Check.number("z", 3, 2.5)));
        assertEquals("✘ answer: expected 2.5, got 3", failure(() -> Check.number(null, 3, 2.5)));
        assertEquals("✘ a: expected [1, 2], got [1, 3]",
                failure(() -> Check.vector("a", new double[] {1, 3}, new double[] {1, 2})));
    }

    @Test
    void shapeCheckRecognisesATransposedShape() {
        assertEquals("✔ kernel is 400 × 25 (inputs × units)",
                printed(() -> Check.shape("kernel", new int[] {400, 25}, new int[] {400, 25}, "inputs × units")));
        assertEquals("✘ kernel is 25 × 400: the shape is transposed, expected 400 × 25 (inputs × units)",
                failure(() -> Check.shape("kernel", new int[] {25, 400}, new int[] {400, 25}, "inputs × units")));
        assertEquals("✘ kernel: expected shape 400 × 25, got 400 × 26",
                failure(() -> Check.shape("kernel", new int[] {400, 26}, new int[] {400, 25}, null)));
    }

    @Test
    void longVectorsAreShownCut() {
        assertEquals("✘ a: expected [0, 0, 0, 0, 0, 0, 0, 0, … (10 values)], got [1, 0, 0, 0, 0, 0, 0, 0, … (10 values)]",
                failure(() -> {
                    double[] answer = new double[10];
                    answer[0] = 1;
                    Check.vector("a", answer, new double[10]);
                }));
    }

    @Test
    void aBrokenExerciseIsAnIllegalArgument() {
        assertEquals("tolerance must be a finite number ≥ 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Check.number("z", 1, 1, -1)).getMessage());
        assertEquals("the expected value of z must be given and not NaN (this is a mistake in the exercise, not in"
                + " the answer)", assertThrows(IllegalArgumentException.class,
                () -> Check.number("z", 1, Double.NaN)).getMessage());
        assertEquals("hint must say what the mistake is, got \"\"",
                assertThrows(IllegalArgumentException.class, () -> Mistake.of("", 1)).getMessage());
    }
}
