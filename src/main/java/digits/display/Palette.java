package digits.display;

import java.awt.Color;
import java.awt.Font;
import java.util.List;

/**
 * The course's colours and fonts, defined once for every picture the library paints. Each colour that carries a
 * meaning carries one across the course: red marks a wrong answer and nothing else; blue a right answer or the
 * reading; green the true digit beside a mistake; orange a mark or highlight drawn on a digit; teal and brown the
 * sign of a value ({@link #POSITIVE}, {@link #NEGATIVE}). The series colours are Plotly's defaults without its red,
 * and {@link Chart} hands them to Plotly too, so a static picture and the interactive chart beside it match.
 */
public final class Palette {

    /** Plotly blue: the first series, right answers, the predicted digit of a right reading. */
    public static final Color BLUE = new Color(0x1f77b4);
    /** Plotly orange: the second series; marks and highlights drawn on a digit (end points, a centre, a cell to look at). */
    public static final Color ORANGE = new Color(0xff7f0e);
    /** Plotly green: the third series, the true digit beside a mistake. */
    public static final Color GREEN = new Color(0x2ca02c);
    /** Plotly red: a wrong answer, and nothing else. */
    public static final Color RED = new Color(0xd62728);
    /** Plotly purple: the fourth series. */
    public static final Color PURPLE = new Color(0x9467bd);
    /** Plotly brown: the fifth series. */
    public static final Color BROWN = new Color(0x8c564b);
    /** Light blue: areas such as the holes of a digit. */
    public static final Color LIGHT_BLUE = new Color(0x9ecae1);
    /** Series colours in order: chart lines, the stages of the pipeline. Red is left out: it means a wrong answer. */
    public static final List<Color> SERIES = List.of(BLUE, ORANGE, GREEN, PURPLE, BROWN);
    /** Teal: the strongest positive value of a signed map (weights, sums, activations); 0 is white. */
    public static final Color POSITIVE = new Color(0x018571);
    /** Brown: the strongest negative value of a signed map; 0 is white. */
    public static final Color NEGATIVE = new Color(0xa6611a);

    /** Titles and main text. */
    public static final Color TEXT = Color.BLACK;
    /** Labels and captions. */
    public static final Color TEXT_SOFT = Color.DARK_GRAY;
    /** Notes, axes and arrows. */
    public static final Color TEXT_FAINT = Color.GRAY;
    /** A chart's title (Plotly's title colour). */
    public static final Color CHART_TITLE = new Color(0x2a3f5f);
    /** A chart's grid lines (Plotly's grid colour). */
    public static final Color CHART_GRID = new Color(0xe5ecf6);
    /** Thin frames around a digit or a map. */
    public static final Color FRAME = new Color(0xc0c0c0);
    /** Dashed outlines, such as the drawing pad's. */
    public static final Color OUTLINE = new Color(0x999999);
    /** The lines between big pixels, the base line of small bars. */
    public static final Color GRID_LINE = new Color(0xe4e4e4);
    /** What shows through a transparent picture. */
    public static final Color BACKDROP = new Color(0xf0f0f0);
    /** Ink drawn behind something more important (a skeleton over its strokes). */
    public static final Color FAINT_INK = new Color(0xc8c8c8);
    /** The bars of the digits a prediction did not choose. */
    public static final Color OTHER_BAR = new Color(0xb0b0b0);

    /** A chart's title. */
    public static final Font TITLE_LARGE = new Font(Font.SANS_SERIF, Font.BOLD, 16);
    /** A picture's title; big labels. */
    public static final Font TITLE = new Font(Font.SANS_SERIF, Font.BOLD, 14);
    /** A panel's title. */
    public static final Font TITLE_SMALL = new Font(Font.SANS_SERIF, Font.BOLD, 13);
    /** Numbers that must stand out, such as a stage's number. */
    public static final Font NUMBER = new Font(Font.SANS_SERIF, Font.BOLD, 18);
    /** Prominent plain text: axis titles, the drawing pad's help. */
    public static final Font TEXT_LARGE = new Font(Font.SANS_SERIF, Font.PLAIN, 14);
    /** Captions and labels. */
    public static final Font CAPTION = new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    /** Ranges and legends. */
    public static final Font SMALL = new Font(Font.SANS_SERIF, Font.PLAIN, 11);
    /** The digits under small bars. */
    public static final Font TINY = new Font(Font.SANS_SERIF, Font.PLAIN, 10);

    private Palette() {}

    /**
     * @param colour a colour
     * @param alpha  opacity, 0 (clear) .. 255 (solid)
     * @return the same colour, that transparent
     */
    public static Color translucent(Color colour, int alpha) {
        return new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), alpha);
    }

    /**
     * @param value a value of a signed map
     * @param scale the size of the strongest value, which gets the full colour; 0 paints everything white
     * @return white for 0, towards {@link #POSITIVE} or {@link #NEGATIVE} as {@code |value|} nears {@code scale}
     */
    public static Color signed(double value, double scale) {
        double t = scale > 0 ? Math.min(1, Math.abs(value) / scale) : 0;
        Color full = value >= 0 ? POSITIVE : NEGATIVE;
        return new Color(fade(full.getRed(), t), fade(full.getGreen(), t), fade(full.getBlue(), t));
    }

    /** A colour channel {@code t} of the way from white (0) to {@code channel} (1). */
    private static int fade(int channel, double t) {
        return (int) Math.round(255 + (channel - 255) * t);
    }

    /**
     * @param colour a colour
     * @return it as CSS and Plotly write it, {@code #rrggbb}
     */
    public static String hex(Color colour) {
        return String.format("#%06x", colour.getRGB() & 0xffffff);
    }

    /**
     * @param ink 0 (paper) .. 1 (full ink); clamped
     * @return the grey the course draws that much ink in: white to black
     */
    public static Color ink(double ink) {
        int shade = 255 - (int) Math.round(255 * Math.max(0, Math.min(1, ink)));
        return new Color(shade, shade, shade);
    }
}
