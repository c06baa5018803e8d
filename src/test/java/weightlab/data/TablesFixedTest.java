package weightlab.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import tech.tablesaw.api.Table;

class TablesFixedTest {

    @Test
    void fixedPrintsEveryDoubleColumnWithTheGivenDecimalsAndKeepsTheValues() {
        Table table = Tables.of("weights", new double[][] {{0.6, 1234.5}, {1.0 / 3, -2}}, "w", "b");
        assertSame(table, Tables.fixed(table, 4));
        String printed = table.print();
        assertTrue(printed.contains("0.6000"), printed);
        assertTrue(printed.contains("1,234.5000"), printed);
        assertTrue(printed.contains("0.3333"), printed);
        assertTrue(printed.contains("-2.0000"), printed);
        assertEquals(1.0 / 3, table.doubleColumn("w").get(1), 0.0, "only the print format changes");
    }

    @Test
    void fixedRejectsANegativeNumberOfDecimals() {
        Table table = Tables.of("t", new double[][] {{1}}, "x");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Tables.fixed(table, -1));
        assertEquals("decimals must be between 0 and 15, got -1", e.getMessage());
    }
}
