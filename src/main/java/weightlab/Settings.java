package weightlab;

import java.util.Locale;

/**
 * The few settings of the product kernels, each read from a system property or, when that is not
 * set, from the environment variable of the same name in capitals with dots as underscores:
 * {@code -Dweightlab.threads=2} or {@code WEIGHTLAB_THREADS=2}. An environment variable reaches a
 * notebook's kernel without touching its JVM options; a property wins because it is the more local.
 * <pre>
 *   weightlab.kernel    auto (default) | native | java | reference      which product kernel, see {@link GemmPath}
 *   weightlab.threads   1 (default) | a number | all                    threads per large product, see {@link GemmThreads}
 *   weightlab.openblas  a file path                                     which OpenBLAS library, see {@link OpenBlasLibrary}
 * </pre>
 * They are read once, when the first product is computed.
 */
final class Settings {

    private Settings() {
    }

    /** The property's value, else the environment variable's, else null; blank counts as unset. */
    static String value(String property) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(property.toUpperCase(Locale.ROOT).replace('.', '_'));
        }
        return value == null || value.isBlank() ? null : value.trim();
    }
}
