package weightlab.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.api.Table;

class CsvTest {

    @TempDir
    Path folder;

    private Table write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        Files.writeString(file, text);
        return Csv.read(file);
    }

    private static String message(Runnable action) {
        return assertThrows(IllegalArgumentException.class, action::run).getMessage();
    }

    @Test
    void packagedHousePricesAreTheSeededSyntheticSet() {
        Table houses = Csv.readResource("house-prices.csv");
        assertEquals("house-prices.csv", houses.name());
        Dataset expected = Synthetic.housePrices(50, 20.0, 2024);
        assertArrayEquals(expected.x(), Tables.toArray(houses, "size"));
        assertArrayEquals(expected.y(), Tables.toArray(houses, "price"));
    }

    @Test
    void columnsComeOutInTheOrderAskedFor() throws IOException {
        Table table = write("t.csv", "a,b,c\n1,2,3\n4,5,6\n");
        assertArrayEquals(new double[][] {{3, 1}, {6, 4}}, Tables.toArray(table, "c", "a"));
        assertArrayEquals(new double[][] {{1, 2, 3}, {4, 5, 6}}, Tables.toArray(table));
        assertArrayEquals(new double[] {2, 5}, Tables.column(table, "b"));
    }

    @Test
    void missingFileNamesTheAbsolutePathAndWorkingDirectory() {
        String message = message(() -> Csv.read(folder.resolve("nope.csv")));
        assertTrue(message.startsWith("CSV file not found: " + folder.resolve("nope.csv")), message);
        assertTrue(message.contains("working directory"), message);
    }

    @Test
    void missingResourceNamesBothNamesTried() {
        assertEquals("no classpath resource \"weightlab/data/nope.csv\" nor \"nope.csv\": is the Weightlab jar"
                + " (built with its data/ folder) on the classpath?", message(() -> Csv.readResource("nope.csv")));
    }

    @Test
    void missingColumnListsTheColumnsPresentAndSuggestsTheNearName() throws IOException {
        Table table = write("houses.csv", "size,price\n1,300\n");
        assertArrayEquals(new double[][] {{300}}, Tables.toArray(table, "Price"), "tablesaw ignores case");
        assertEquals("table 'houses.csv' has no column 'price ' (did you mean 'price'?); its columns are: size, price",
                message(() -> Tables.toArray(table, "price ")));
        assertEquals("table 'houses.csv' has no column 'rooms'; its columns are: size, price",
                message(() -> Tables.toArray(table, "rooms")));
    }

    @Test
    void nonNumericCellIsNamedByRowAndColumn() throws IOException {
        Table table = write("houses.csv", "size,price\n1,300\n2,n/a?\n");
        assertEquals("table 'houses.csv', column 'price' is not numeric (read as STRING): row 1 (counting data rows"
                + " from 0) holds 'n/a?'", message(() -> Tables.toArray(table, "price")));
    }

    @Test
    void emptyOrNanCellIsNamedByRowAndColumn() throws IOException {
        Table table = write("houses.csv", "size,price\n1,300\n2,\n3,NaN\n");
        assertEquals("table 'houses.csv', column 'price', row 1 (counting data rows from 0) is missing (empty or NaN):"
                + " fill or drop that row first", message(() -> Tables.toArray(table, "price")));
    }

    @Test
    void tablesOfArraysHaveTheGivenColumnNames() {
        Table table = Tables.of("cakes", new double[][] {{1, 2}, {3, 4}}, "taste", "look");
        assertEquals("cakes", table.name());
        assertEquals(java.util.List.of("taste", "look"), table.columnNames());
        assertArrayEquals(new double[] {2, 4}, Tables.column(table, "look"));
        assertEquals("rows have 2 columns but 1 column names were given",
                message(() -> Tables.of("t", new double[][] {{1, 2}}, "a")));
    }
}
