package weightlab;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where OpenBLAS, the optimized BLAS that NumPy also uses, lives on this machine — if anywhere.
 *
 * <p>Why look for the file ourselves instead of letting the binding try {@code libblas.so.3}: that name
 * may belong to the slow reference BLAS (slower than {@link TiledGemm}), and when it is missing the
 * binding's native code prints an error line to the process' stderr. Looking first keeps a machine
 * without OpenBLAS silent, and picks OpenBLAS on purpose.
 *
 * <p>Searched in order: the setting {@code weightlab.openblas} (system property, or the environment
 * variable {@code WEIGHTLAB_OPENBLAS}) naming the library file; then Debian/Ubuntu's single-threaded
 * build ({@code apt-get install libopenblas0-serial}: {@code /usr/lib/x86_64-linux-gnu/openblas-serial/});
 * then {@code libopenblas.so.0} (or {@code .dylib}, {@code .dll}) in {@code LD_LIBRARY_PATH} and the usual
 * library folders. The serial build comes first because it never starts threads of its own: on a shared
 * 2-core Binder machine, one thread per product is the safe default ({@link GemmThreads} adds threads
 * only when asked).
 */
final class OpenBlasLibrary {
    static final String SETTING = "weightlab.openblas";

    private OpenBlasLibrary() {
    }

    /** The OpenBLAS library file, or empty when none is installed where we look. */
    static Optional<Path> find() {
        String named = Settings.value(SETTING);
        if (named != null) {
            Path file = Path.of(named);
            return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
        }
        for (Path file : candidates()) {
            if (Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }

    /**
     * True for Debian/Ubuntu's OpenBLAS builds for threads ({@code openblas-pthread}, {@code openblas-openmp}),
     * recognised by their folder after following links ({@code libopenblas.so.0} is a link chosen by
     * update-alternatives); false for the serial build and for any library we cannot place.
     */
    static boolean isThreadSafeBuild(Path library) {
        try {
            String folder = String.valueOf(library.toRealPath().getParent().getFileName());
            return "openblas-pthread".equals(folder) || "openblas-openmp".equals(folder);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /** The files tried, in order. */
    static List<Path> candidates() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "");
        String triplet = ("amd64".equals(arch) || "x86_64".equals(arch) ? "x86_64" : arch) + "-linux-gnu";
        List<String> names = os.contains("mac") ? List.of("libopenblas.0.dylib", "libopenblas.dylib")
                : os.contains("win") ? List.of("libopenblas.dll", "openblas.dll")
                : List.of("libopenblas.so.0", "libopenblas.so");
        List<Path> folders = new ArrayList<>();
        folders.add(Path.of("/usr/lib", triplet, "openblas-serial"));
        List<String> pathVariables = os.contains("win") ? List.of("PATH") : List.of("LD_LIBRARY_PATH", "DYLD_LIBRARY_PATH");
        for (String variable : pathVariables) {
            String value = System.getenv(variable);
            for (String folder : value == null ? new String[0] : value.split(File.pathSeparator)) {
                if (!folder.isBlank()) {
                    folders.add(Path.of(folder));
                }
            }
        }
        for (String folder : List.of("/usr/lib/" + triplet, "/usr/lib64", "/usr/lib", "/usr/local/lib",
                "/opt/homebrew/opt/openblas/lib", "/usr/local/opt/openblas/lib")) {
            folders.add(Path.of(folder));
        }
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            for (String name : names) {
                files.add(folder.resolve(name));
            }
        }
        return files;
    }
}
