package weightlab.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static weightlab.check.Output.failure;
import static weightlab.check.Output.printed;

import org.junit.jupiter.api.Test;

class ConvCheckTest {

    @Test
    void parameterCountNamesBiasesAndPositions() {
        // 3 × 3, 1 channel, 4 filters on 28 × 28: 36 + 4 = 40; 676 positions
        assertEquals("✔ params = 40", printed(() -> ConvCheck.parameterCount("params", 40, 3, 1, 4, 28)));
        assertTrue(failure(() -> ConvCheck.parameterCount("params", 36, 3, 1, 4, 28)).contains("forgot the biases"));
        assertTrue(failure(() -> ConvCheck.parameterCount("params", 36 * 676 + 4, 3, 1, 4, 28)).contains("once per position"));
        assertTrue(failure(() -> ConvCheck.parameterCount("params", 40 * 676, 3, 1, 4, 28)).contains("share them"));
    }

    @Test
    void outputSizeNamesThePlusOne() {
        assertEquals("✔ size = 26", printed(() -> ConvCheck.outputSize("size", 26, 28, 3)));
        assertEquals("✘ size = 25: you forgot the +1: the kernel fits at positions 0, 1, …, n − k, which is n − k + 1"
                + " of them (expected 26)", failure(() -> ConvCheck.outputSize("size", 25, 28, 3)));
        assertTrue(failure(() -> ConvCheck.outputSize("size", 28, 28, 3)).contains("'same' padding"));
    }

    @Test
    void outputValueNamesBiasFlipAndPosition() {
        double[][] image = {{1, 2, 3}, {4, 5, 6}, {7, 8, 9}};
        double[][] kernel = {{1, 2}, {3, 4}};
        // at (1, 1): 5 + 12 + 24 + 36 = 77, + 0.5
        assertEquals("✔ z = 77.5", printed(() -> ConvCheck.outputValue("z", 77.5, image, kernel, 0.5, 1, 1)));
        assertTrue(failure(() -> ConvCheck.outputValue("z", 77, image, kernel, 0.5, 1, 1)).contains("forgot the bias"));
        // flipped: 5·4 + 6·3 + 8·2 + 9·1 = 63
        assertTrue(failure(() -> ConvCheck.outputValue("z", 63.5, image, kernel, 0.5, 1, 1)).contains("flipped"));
        // at (0, 0): 1 + 4 + 12 + 20 = 37
        assertTrue(failure(() -> ConvCheck.outputValue("z", 37.5, image, kernel, 0.5, 1, 1)).contains("(0, 0)"));
    }
}
