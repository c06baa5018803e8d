package weightlab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Choosing and loading the product kernel prints nothing: in a notebook, anything the binding wrote to
 * stderr (java.util.logging's default console, or its native code) would show in red under every cell.
 * Each case runs in a fresh JVM, because the kernel is chosen once per JVM.
 */
class QuietLoadingTest {

    /** A fresh JVM's first products: one small (Java), one large (OpenBLAS when installed). */
    public static final class FirstProducts {
        public static void main(String[] args) {
            Matrix.of(new double[][] {{1, 2}}).multiply(Matrix.of(new double[][] {{3}, {4}}));
            Matrix.zeros(64, 784).multiply(Matrix.zeros(784, 128));
            Matrix.productKernel();
        }
    }

    private static String outputOfAFreshJvm(Map<String, String> environment) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                FirstProducts.class.getName()).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("WEIGHTLAB_"));
        builder.environment().putAll(environment);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), output);
        return output;
    }

    @Test
    void loadingTheKernelPrintsNothingWithOrWithoutOpenBlas() throws IOException, InterruptedException {
        for (Map<String, String> environment : List.of(Map.<String, String>of(),
                Map.of("WEIGHTLAB_KERNEL", "native"),
                Map.of("WEIGHTLAB_OPENBLAS", "/no/such/libopenblas.so.0"),
                Map.of("WEIGHTLAB_KERNEL", "java", "WEIGHTLAB_THREADS", "2"))) {
            assertEquals("", outputOfAFreshJvm(environment), "printed with " + environment);
        }
    }
}
