package digits.photos;

import digits.image.PictureException;
import digits.numbers.NumberSegmentation;
import digits.owndigits.OwnDigit;
import java.nio.file.Path;

/**
 * Reads one picture file as an own digit (or says why it refuses it) and as a number, and prints what it found: {@link PhotoTest} runs it
 * in a JVM of its own with the kernel's small heap ({@code -Xmx768m}).
 */
public final class LargePhotoCheck {

    private LargePhotoCheck() {}

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        String ownDigit;
        try {
            ownDigit = "own digit " + OwnDigit.fromFile(file).name();
        } catch (PictureException e) { // read within the heap, then refused: the picture holds several digits
            ownDigit = "own digit refused: " + e.getMessage();
        }
        NumberSegmentation number = NumberSegmentation.fromFile(file);
        Photo photo = Photo.read(file);
        System.out.println(ownDigit + "; number of " + number.count() + " digits; " + photo + "; heap "
                + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
