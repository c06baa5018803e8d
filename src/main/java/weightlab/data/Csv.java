package weightlab.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tech.tablesaw.api.Table;
import tech.tablesaw.io.csv.CsvReadOptions;

/**
 * Reads a CSV file (first line = column names) into a tablesaw {@link Table} that a learner can
 * print and look at before any number goes into a model: {@code Csv.read("houses.csv").print()}.
 * Then {@link Tables#toArray} turns chosen columns into the {@code double[][]} a model takes.
 *
 * <p>Two places to read from: a file on disk ({@link #read(Path)}, relative paths start at the
 * working directory, which in Jupyter is the notebook's folder), or a resource inside the
 * Weightlab jar ({@link #readResource}), which needs no path at all.
 */
public final class Csv {

    private Csv() {
    }

    /** Reads a CSV file from disk; see {@link #read(Path)}. */
    public static Table read(String file) {
        if (file == null || file.isBlank()) {
            throw new IllegalArgumentException("file must be a path to a CSV file, got " + (file == null ? "null" : "\"\""));
        }
        return read(Path.of(file));
    }

    /**
     * Reads a CSV file from disk; the table is named after the file.
     *
     * @throws IllegalArgumentException if the file does not exist, naming the absolute path tried
     *                                  and the working directory
     */
    public static Table read(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        if (!Files.isRegularFile(absolute)) {
            throw new IllegalArgumentException("CSV file not found: " + absolute + " (given \"" + file
                    + "\", working directory " + Path.of("").toAbsolutePath() + ")");
        }
        try {
            return Table.read().csv(CsvReadOptions.builder(absolute.toFile())
                    .tableName(absolute.getFileName().toString()).build());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("could not read " + absolute + " as CSV: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a CSV resource from the classpath: first {@code weightlab/data/}{@code name} (the
     * packaged {@code data/} folder, so {@code readResource("house-prices.csv")} works anywhere the
     * jar is), then {@code name} as given.
     *
     * @throws IllegalArgumentException if neither resource exists, naming both names tried
     */
    public static Table readResource(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("name must name a CSV resource such as \"house-prices.csv\", got "
                    + (name == null ? "null" : "\"\""));
        }
        try (InputStream in = Resources.open(name)) {
            String tableName = name.substring(name.lastIndexOf('/') + 1);
            return Table.read().csv(CsvReadOptions.builder(in).tableName(tableName).build());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read resource " + name, e);
        }
    }
}
