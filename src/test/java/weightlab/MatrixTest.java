package weightlab;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatrixTest {

    private static Matrix random(int rows, int cols, Random rng) {
        double[][] values = new double[rows][cols];
        for (double[] row : values) {
            for (int j = 0; j < cols; j++) {
                row[j] = rng.nextGaussian();
            }
        }
        return Matrix.of(values);
    }

    @Test
    void productOfTwoByTwoAndTwoByOneIsComputedByHand() {
        // [[1, 2], [3, 4]] · [[5], [6]] = [[1·5 + 2·6], [3·5 + 4·6]] = [[17], [39]]
        Matrix product = Matrix.of(new double[][] {{1, 2}, {3, 4}}).multiply(Matrix.of(new double[][] {{5}, {6}}));
        assertArrayEquals(new double[][] {{17}, {39}}, product.toArray());
    }

    @Test
    void transposedProductsEqualProductsWithAnExplicitTranspose() {
        Random rng = new Random(1);
        Matrix a = random(5, 3, rng);
        Matrix b = random(5, 4, rng);
        Matrix c = random(6, 3, rng);
        assertEquals(a.transpose().multiply(b), a.transposeMultiply(b));   // aᵀ·b, 3 × 4
        assertEquals(a.multiply(c.transpose()), a.multiplyTranspose(c));   // a·cᵀ, 5 × 6
    }

    @Test
    void intoVariantsOverwriteAndAddIntoAccumulates() {
        Random rng = new Random(2);
        Matrix a = random(4, 3, rng);
        Matrix b = random(3, 2, rng);
        Matrix out = Matrix.zeros(4, 2);
        out.set(0, 0, 99);
        a.multiplyInto(b, out);
        assertEquals(a.multiply(b), out);
        Matrix x = random(4, 3, rng);
        Matrix delta = random(4, 2, rng);
        Matrix gradient = Matrix.zeros(3, 2);
        x.transposeMultiplyAddInto(delta, gradient);
        x.transposeMultiplyAddInto(delta, gradient);
        assertEquals(x.transposeMultiply(delta).scale(2), gradient);
    }

    @Test
    void referenceKernelSumsEachDotProductInOrder() {
        Random rng = new Random(3);
        Matrix a = random(7, 5, rng);
        Matrix b = random(5, 3, rng);
        Matrix out = Matrix.zeros(7, 3);
        MatrixKernels.gemmReference(MatrixKernels.Product.A_B, a, b, out, false);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 3; j++) {
                double sum = 0;
                for (int p = 0; p < 5; p++) {
                    sum += a.get(i, p) * b.get(p, j);
                }
                assertEquals(sum, out.get(i, j), 0.0);
            }
        }
    }

    @Test
    void mismatchedShapesAreNamed() {
        Matrix a = Matrix.zeros(2, 3);
        Matrix b = Matrix.zeros(4, 5);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.multiply(b));
        assertEquals("cannot multiply 2 × 3 by 4 × 5 (A_B): inner sizes 3 and 4 differ", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> a.multiplyInto(Matrix.zeros(3, 2), Matrix.zeros(3, 3)));
        assertThrows(IllegalArgumentException.class, () -> a.plus(b));
    }

    @Test
    void elementwiseHelpersWorkEntryByEntry() {
        Matrix a = Matrix.of(new double[][] {{1, -2}, {3, 4}});
        Matrix b = Matrix.of(new double[][] {{5, 6}, {7, 8}});
        assertArrayEquals(new double[][] {{6, 4}, {10, 12}}, a.plus(b).toArray());
        assertArrayEquals(new double[][] {{-4, -8}, {-4, -4}}, a.minus(b).toArray());
        assertArrayEquals(new double[][] {{5, -12}, {21, 32}}, a.times(b).toArray());
        assertArrayEquals(new double[][] {{2, -4}, {6, 8}}, a.scale(2).toArray());
        assertArrayEquals(new double[][] {{1, 2}, {3, 4}}, a.map(Math::abs).toArray());
        assertArrayEquals(new double[][] {{1, 3}, {-2, 4}}, a.transpose().toArray());
        assertEquals(6, a.sum());
        assertEquals("2 × 2", a.shape());
    }

    @Test
    void ofCopiesAndToArrayCopies() {
        double[][] values = {{1, 2}};
        Matrix m = Matrix.of(values);
        values[0][0] = 100;
        assertEquals(1, m.get(0, 0));
        m.toArray()[0][1] = 100;
        assertEquals(2, m.get(0, 1));
    }

    @Test
    void ofRejectsRaggedAndNonFiniteTables() {
        assertEquals("values[1] has 1 values but values[0] has 2: rows must all have the same length",
                assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, 2}, {3}})).getMessage());
        assertEquals("values[0][1] is NaN",
                assertThrows(IllegalArgumentException.class, () -> Matrix.of(new double[][] {{1, Double.NaN}})).getMessage());
        assertThrows(IndexOutOfBoundsException.class, () -> Matrix.zeros(2, 2).get(2, 0));
    }
}
