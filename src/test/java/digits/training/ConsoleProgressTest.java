package digits.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

    @Test
    void printsOneLinePerEpoch() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ConsoleProgress progress = new ConsoleProgress(new PrintStream(bytes, true, StandardCharsets.UTF_8));

        progress.trainingStarted(3, 936, 59_878);
        progress.epochStarted(1);
        progress.batchFinished(new BatchProgress(1, 3, 1, 936, 2.3, 0.1, 500, 120));
        progress.epochFinished(new EpochResult(1, 0.2103, 0.9371, 0.0712, 0.978, 18.2));
        progress.epochStarted(2);
        progress.epochFinished(new EpochResult(2, 0.05, 0.985, 0.04, 0.9871, 17.9));

        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\\R");
        assertEquals(2, lines.length);
        assertEquals(
                "epoch 1/3  loss 0.2103  accuracy 93.71%  val loss 0.0712  val accuracy 97.80%  18.2 s  3,290 images/s",
                lines[0]);
        assertEquals(
                "epoch 2/3  loss 0.0500  accuracy 98.50%  val loss 0.0400  val accuracy 98.71%  17.9 s  3,345 images/s",
                lines[1]);
    }
}
