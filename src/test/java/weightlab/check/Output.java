package weightlab.check;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a check prints, or the message of the AssertionError it throws. */
final class Output {

    private Output() {
    }

    static String printed(Runnable check) {
        PrintStream original = System.out;
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
        try {
            check.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8).strip();
    }

    static String failure(Runnable check) {
        return assertThrows(AssertionError.class, check::run).getMessage();
    }
}
