package weightlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SyntheticTest {

    @Test
    void withoutNoiseHousePricesLieExactlyOnTwoHundredTimesSizePlusOneHundred() {
        Dataset houses = Synthetic.housePrices(200, 0.0, 1);
        for (int i = 0; i < houses.size(); i++) {
            double size = houses.x()[i][0];
            assertTrue(size >= 0.5 && size <= 3.5, "size " + size);
            assertEquals(200 * size + 100, houses.y()[i][0], 1e-9);
        }
    }

    @Test
    void houseNoiseHasTheRequestedStandardDeviation() {
        Dataset houses = Synthetic.housePrices(20_000, 20.0, 2);
        double sumSquares = 0;
        for (int i = 0; i < houses.size(); i++) {
            double residual = houses.y()[i][0] - (200 * houses.x()[i][0] + 100);
            sumSquares += residual * residual;
        }
        assertEquals(20.0, Math.sqrt(sumSquares / houses.size()), 0.5);
    }

    @Test
    void sameSeedSameNumbers() {
        assertArrayEquals(Synthetic.housePrices(30, 5, 9).y(), Synthetic.housePrices(30, 5, 9).y());
        assertArrayEquals(Synthetic.cakes(30, 9).x(), Synthetic.cakes(30, 9).x());
        assertArrayEquals(Synthetic.circles(30, 9).x(), Synthetic.circles(30, 9).x());
    }

    @Test
    void cakeScoreIsPointSixTastePlusPointThreeLookPlusPointOneSmellWithSmallNoise() {
        Dataset cakes = Synthetic.cakes(1000, 3);
        for (int i = 0; i < cakes.size(); i++) {
            double[] c = cakes.x()[i];
            for (double score : c) {
                assertTrue(score >= 0 && score <= 10);
            }
            assertEquals(0.6 * c[0] + 0.3 * c[1] + 0.1 * c[2], cakes.y()[i][0], 0.5);
        }
    }

    @Test
    void twoClassSetsAreBalancedWithTwoInputsAndOneTarget() {
        for (Dataset set : new Dataset[] {Synthetic.blobs(101, 1), Synthetic.xor(101, 1), Synthetic.circles(101, 1)}) {
            assertEquals(2, set.features());
            assertEquals(1, set.outputs());
            assertArrayEquals(new int[] {51, 50}, OneHot.counts(set.y()));
        }
    }

    @Test
    void xorClassIsOneExactlyWhenTheSignsDiffer() {
        Dataset xor = Synthetic.xor(500, 4);
        for (int i = 0; i < xor.size(); i++) {
            double[] p = xor.x()[i];
            assertTrue(Math.abs(p[0]) >= 0.1 && Math.abs(p[1]) >= 0.1);
            assertEquals((p[0] > 0) != (p[1] > 0) ? 1.0 : 0.0, xor.y()[i][0]);
        }
    }

    @Test
    void innerCircleIsClassOne() {
        Dataset circles = Synthetic.circles(400, 5);
        for (int i = 0; i < circles.size(); i++) {
            double radius = Math.hypot(circles.x()[i][0], circles.x()[i][1]);
            assertEquals(circles.y()[i][0] == 1 ? 0.5 : 1.0, radius, 0.4);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertEquals("n (number of examples) must be ≥ 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> Synthetic.blobs(0, 1)).getMessage());
        assertEquals("noiseStd must be a finite number ≥ 0, got -1.0",
                assertThrows(IllegalArgumentException.class, () -> Synthetic.housePrices(5, -1, 1)).getMessage());
    }
}
