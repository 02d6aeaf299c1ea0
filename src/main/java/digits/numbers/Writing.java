package digits.numbers;

import digits.image.Box;
import digits.image.Components;
import digits.image.Components.Component;
import digits.image.PictureException;
import digits.image.Plane;
import digits.photos.PageInk;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The writing in a picture before it is split into digits: the ink clearly darker than the paper around it
 * ({@link PageInk}, ruled lines taken out), its 8-connected components, slanted ruled lines dropped, the parts of
 * each digit put together and specks dropped ({@link Grouping}; all of it, if it stands in one column), and how the
 * writing lies. Both paths into MNIST form start here: the number reader splits the writing into digits
 * ({@link NumberSegmentation#of(Writing)}), the single-digit path takes all of it as one digit
 * ({@link #asOneDigit()}); either way a digit's ink is cut out by the same code, grey levels kept, and brought into
 * MNIST form by {@code MnistForm.of}. Immutable.
 *
 * <pre>{@code
 * Writing writing = Writing.find("7-pencil.png", picture);
 * MnistForm.of(writing.asOneDigit())     // the picture read as one digit
 * NumberSegmentation.of(writing)         // the picture read as a number
 * }</pre>
 */
public final class Writing {

    /** A lone component this much wider than high, and spanning much of the page, is a (slanted) ruled line. */
    static final int LINE_ASPECT = 8;

    final String name;
    final BufferedImage picture;
    final PageInk ink;
    final Components found;
    final TypicalDigit digit;
    final List<ComponentGroup> groups;
    final OneLineCheck lines;

    private Writing(String name, BufferedImage picture) {
        this.name = name;
        this.picture = picture;
        this.ink = PageInk.find(picture, name);
        this.found = Components.of(ink.mask(), ink.width(), ink.height());
        List<Component> components = found.components();
        boolean[] dropped = slantedLines(components, ink.page().width());
        int slanted = 0;
        for (boolean line : dropped) {
            slanted += line ? 1 : 0;
        }
        if (slanted == components.size()) {
            boolean ruled = ink.linePixels() > 0 || slanted > 0;
            throw new PictureException("no ink found in " + name
                    + (ruled
                            ? ": it shows only ruled lines, no writing"
                            : ": nothing is darker than the paper around it"));
        }
        TypicalDigit typical = TypicalDigit.of(components, dropped);
        List<ComponentGroup> grouped = Grouping.group(components, dropped, typical);
        Optional<ComponentGroup> one = Grouping.oneDigitInPieces(grouped, components, typical.height());
        this.groups = one.map(List::of).orElseGet(() -> List.copyOf(grouped));
        // one digit in pieces is the measure of a digit in its picture, not the pieces
        this.digit = one.map(g -> new TypicalDigit(g.height(), g.area)).orElse(typical);
        this.lines = OneLineCheck.of(groups, digit.height());
    }

    /**
     * @param name    the picture's name, for messages
     * @param picture the picture
     * @return the writing found
     * @throws PictureException if the picture shows no writing (nearly one flat shade, only ruled lines) or is
     *     mostly dark; the message says which
     */
    public static Writing find(String name, BufferedImage picture) {
        return new Writing(Objects.requireNonNull(name, "name"), Objects.requireNonNull(picture, "picture"));
    }

    /** @return the picture's name */
    public String name() {
        return name;
    }

    /**
     * All the writing taken as one digit: every group's ink (specks and ruled lines left out), cut out as the
     * number reader cuts out each digit of a number ({@link DigitCutter}).
     *
     * @return the ink, 0..1, in the box around it
     */
    public Plane asOneDigit() {
        return Segmenter.asOneDigit(this).digits().get(0);
    }

    /** Which components are slanted ruled lines (a level one is taken out with the ink already). */
    private static boolean[] slantedLines(List<Component> components, int width) {
        boolean[] line = new boolean[components.size()];
        for (int c = 0; c < components.size(); c++) {
            Box box = components.get(c).box();
            line[c] = box.width() >= PageInk.LINE_LENGTH_SHARE * width && box.width() >= LINE_ASPECT * box.height();
        }
        return line;
    }
}
