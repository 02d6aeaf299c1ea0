package digits.jupyter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The JJava the library compiles against and the JJava kernel the notebooks run in are stated together in the
 * pom's properties; this checks that the dependency and binder/requirements.txt (which .venv and Binder install)
 * use exactly those.
 */
class JJavaVersionsTest {

    private static String find(String text, String regex, String what) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new AssertionError("no " + what + " found (pattern " + regex + ")");
        }
        return m.group(1);
    }

    @Test
    void theKernelPinnedForTheNotebooksIsTheOneThePomStates() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        String requirements = Files.readString(Path.of("binder", "requirements.txt"));
        assertEquals(
                find(pom, "<jjava.kernel.version>([^<]+)</jjava.kernel.version>", "jjava.kernel.version"),
                find(requirements, "(?m)^jjava==(\\S+)", "jjava pin in binder/requirements.txt"));
        assertEquals(
                "${jjava.compile.version}",
                find(pom, "<artifactId>jjava-jupyter</artifactId>\\s*<version>([^<]+)</version>", "jjava-jupyter"));
    }
}
