package digits.photos;

import digits.numbers.NumberSegmentation;
import digits.owndigits.OwnDigit;
import java.nio.file.Path;

/**
 * Reads one picture file as an own digit and as a number, and prints what it found: {@link PhotoTest} runs it
 * in a JVM of its own with the kernel's small heap ({@code -Xmx768m}).
 */
public final class LargePhotoCheck {

    private LargePhotoCheck() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        OwnDigit digit = OwnDigit.fromFile(file);
        NumberSegmentation number = NumberSegmentation.fromFile(file);
        Photo photo = Photo.read(file);
        System.out.println("own digit " + digit.name() + "; number of " + number.count() + " digits; " + photo
                + "; heap " + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB");
    }
}
