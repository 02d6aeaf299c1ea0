package digits.photos;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import digits.image.Box;
import digits.image.Ink;
import digits.samples.TestPictures;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Finding the page in a photo, on pictures the tests make. */
class PageTest {

    /** A cream page with a dark bar on it, a third of its width long, a third of the way down. */
    private static BufferedImage page(int width, int height) {
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(240, 238, 230));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(30, 30, 40));
        g.fillRect(width / 3, height / 3, width / 3, 8);
        g.dispose();
        return page;
    }

    private static Page find(BufferedImage picture) {
        return Page.find(Ink.greyOnSheet(picture, "photo"), picture.getWidth(), picture.getHeight());
    }

    @Test
    void aPageOnADarkerTableIsFoundAndTheTableInItsBoxIsPaintedAsPaper() {
        BufferedImage photo = TestPictures.onATable(page(600, 400), 1200, 900, 6, 1);
        Page page = find(photo);
        Box box = page.box();
        assertFalse(page.fillsPicture());
        // the page turned by 6 degrees spans about 638 x 461 pixels around the middle of the frame
        assertEquals(600, box.x() + box.width() / 2.0, 20, box.toString());
        assertEquals(450, box.y() + box.height() / 2.0, 20, box.toString());
        assertTrue(box.width() > 580 && box.width() < 660, box.toString());
        assertTrue(box.height() > 400 && box.height() < 480, box.toString());
        float[] cut = page.cut(Ink.greyOnSheet(photo, "photo"), photo.getWidth());
        float darkest = 255;
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int px = box.x() + x, py = box.y() + y;
                boolean bar = px > 350 && px < 850 && py > 300 && py < 500;
                darkest = bar ? darkest : Math.min(darkest, cut[y * box.width() + x]);
            }
        }
        assertTrue(darkest > 150, "the table in the corners of the box is painted as paper: darkest " + darkest);
    }

    @Test
    void aPageThatFillsThePictureIsKeptWhole() {
        Page page = find(page(800, 500));
        assertTrue(page.fillsPicture());
        assertEquals(new Box(0, 0, 800, 500), page.box());
    }

    @Test
    void aSoftShadowAcrossThePageDoesNotCutItInTwo() {
        BufferedImage shadowed = TestPictures.underUnevenLight(page(900, 600), 0.6, 0.4, 600, 350, 250);
        Page page = find(TestPictures.onATable(shadowed, 1400, 1000, 0, 2)); // the page at (250, 200) to (1150, 800)
        assertFalse(page.fillsPicture());
        Box box = page.box();
        assertTrue(Math.abs(box.x() - 250) <= 25 && Math.abs(box.right() - 1150) <= 25, "all its width: " + box);
        assertTrue(Math.abs(box.y() - 200) <= 25 && Math.abs(box.bottom() - 800) <= 25, "all its height: " + box);
    }

    @Test
    void aBareTableIsNoPage() {
        BufferedImage table = TestPictures.underUnevenLight(TestPictures.table(1600, 1200, 7), 0.75, 0, 0, 0, 1);
        assertTrue(find(table).fillsPicture(), "no part of the table is taken for a page: it is read whole");
    }

    @Test
    void aDarkMatOnALightDeskIsNoPage() {
        BufferedImage desk = page(800, 600);
        Graphics2D g = desk.createGraphics();
        g.drawImage(TestPictures.table(640, 440, 5), 80, 80, null);
        g.dispose();
        assertTrue(find(desk).fillsPicture(), "the desk all round the mat is the page: the picture is read whole");
    }

    @Test
    void theInkOfAPageOnATableIsOnThePageOnly() {
        BufferedImage photo = TestPictures.onATable(page(600, 400), 1200, 900, 6, 1);
        PageInk ink = PageInk.find(photo, "photo");
        Box page = ink.page();
        assertTrue(page.width() < 700 && page.height() < 500, "the page, not the frame: " + page);
        int inside = 0, outside = 0;
        for (int y = 0; y < ink.height(); y++) {
            for (int x = 0; x < ink.width(); x++) {
                if (ink.mask()[y * ink.width() + x]) {
                    boolean bar = x > 350 && x < 850 && y > 300 && y < 500;
                    inside += bar ? 1 : 0;
                    outside += bar ? 0 : 1;
                }
            }
        }
        assertTrue(inside > 0.8 * 200 * 8, "the bar is ink: " + inside + " pixels");
        assertEquals(0, outside, "nothing but the bar is ink");
    }
}
