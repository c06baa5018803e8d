package weightlab.data;

import java.io.InputStream;

/** Finds files of the repository's {@code data/} folder, which Maven packages into the jar. */
final class Resources {

    /** Folder inside the jar where the repository's {@code data/} directory is packaged. */
    static final String FOLDER = "weightlab/data/";

    private Resources() {
    }

    /**
     * Opens {@code weightlab/data/name}, else {@code name} as given; the caller closes the stream.
     *
     * @throws IllegalArgumentException if neither exists, naming both
     */
    static InputStream open(String name) {
        String inDataFolder = FOLDER + name;
        ClassLoader loader = Resources.class.getClassLoader();
        InputStream in = loader.getResourceAsStream(inDataFolder);
        if (in == null) {
            in = loader.getResourceAsStream(name.startsWith("/") ? name.substring(1) : name);
        }
        if (in == null) {
            throw new IllegalArgumentException("no classpath resource \"" + inDataFolder + "\" nor \"" + name
                    + "\": is the Weightlab jar (built with its data/ folder) on the classpath?");
        }
        return in;
    }
}
