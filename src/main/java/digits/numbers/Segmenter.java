package digits.numbers;

import digits.image.Plane;
import digits.owndigits.OwnDigit;
import digits.image.Box;
import digits.image.Components;
import digits.image.Components.Component;
import digits.image.Ink;
import digits.image.PictureException;
import digits.photos.PageInk;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Splits the ink of a one-line number into digits. Connected components (8-connected) are the first guess;
 * then parts of one digit are put together (a 5's detached bar, pieces of a broken stroke: small components
 * above or below a digit, or close to it), specks are dropped, and components much wider than a digit (touching
 * digits) are cut where the ink's column profile is thinnest.
 */
final class Segmenter {

    /** A group lower than this share of the typical digit height may be a part of a digit. */
    static final double FULL_HEIGHT = 0.8;
    /** A low part that shares at least this share of the narrower one's columns with a group belongs to it. */
    static final double PART_OVERLAP = 0.5;
    /** A low part this close to a group (as a share of the digit height) belongs to it. */
    static final double PART_DISTANCE = 0.3;
    /** A digit-high group with less ink than this share of a typical digit's is a trace, part of a digit nearby. */
    static final double TRACE_AREA = 0.15;
    /** Two digit-high groups that share this share of the narrower one's columns are one broken digit. */
    static final double SAME_COLUMNS = 0.9;
    /** Parts are not joined into a group taller than this many digit heights (digits one above the other). */
    static final double TALLEST_DIGIT = 1.3;
    /** Parts are not joined into a group wider than this many digit heights. */
    static final double WIDEST_DIGIT = 1.2;
    /** A group with less ink than this share of a typical digit's, left alone, is a speck. */
    static final double SPECK_SHARE = 0.1;
    /** A group wider than this many digit heights holds touching digits. */
    static final double WIDE = 1.05;
    /**
     * The width of a digit, as a share of its height, used to guess how many touching digits a group holds when
     * the picture has no digit standing alone to measure.
     */
    static final double DIGIT_WIDTH = 0.7;
    /** A lone component this much wider than high, and spanning much of the picture, is a (slanted) ruled line. */
    private static final int LINE_ASPECT = 8;

    private Segmenter() {
    }

    /**
     * The digits found.
     *
     * @param labels      the component of each ink pixel, -1 for paper
     * @param components  the connected components, as found
     * @param owner       the digit each pixel's ink belongs to, -1 for none
     * @param digits      each digit's ink, 0..1, in its box, left to right
     * @param boxes       each digit's box
     * @param digitHeight the typical height of a digit, in pixels
     */
    record Segments(int[] labels, List<Component> components, int[] owner, List<Plane> digits,
            List<Box> boxes, double digitHeight) {
    }

    /** A digit being put together: some components, and the columns of them it takes (to cut touching digits). */
    private static final class Group {
        final List<Integer> members = new ArrayList<>();
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
        int area;
        int from = Integer.MIN_VALUE, to = Integer.MAX_VALUE;

        void add(int id, Component c) {
            members.add(id);
            left = Math.min(left, c.box().x());
            top = Math.min(top, c.box().y());
            right = Math.max(right, c.box().right());
            bottom = Math.max(bottom, c.box().bottom());
            area += c.area();
        }

        int width() {
            return right - left;
        }

        int height() {
            return bottom - top;
        }
    }

    /**
     * @param ink  the ink found
     * @param name the picture's name, for messages
     * @return the digits, left to right
     * @throws PictureException if there is no writing, more than one line of it, or it looks turned on its side
     */
    static Segments segment(PageInk ink, String name) {
        int w = ink.width(), h = ink.height();
        Components found = Components.of(ink.mask(), w, h);
        int[] labels = found.labels();
        List<Component> components = found.components();
        boolean[] dropped = new boolean[components.size()];
        int slantedLines = 0;
        for (int c = 0; c < components.size(); c++) {
            Component comp = components.get(c);
            if (comp.box().width() >= PageInk.LINE_LENGTH_SHARE * w && comp.box().width() >= LINE_ASPECT * comp.box().height()) {
                dropped[c] = true;
                slantedLines++;
            }
        }
        int maxArea = 0;
        for (int c = 0; c < components.size(); c++) {
            maxArea = dropped[c] ? maxArea : Math.max(maxArea, components.get(c).area());
        }
        if (maxArea == 0) {
            boolean lines = ink.linePixels() > 0 || slantedLines > 0;
            throw new PictureException("no ink found in " + name + (lines
                    ? ": it shows only ruled lines, no writing" : ": nothing is darker than the paper around it"));
        }
        double digitHeight = typicalHeight(components, dropped, maxArea);
        List<Group> groups = group(components, dropped, digitHeight);
        checkOneLine(groups, digitHeight, name);
        List<Group> digits = new ArrayList<>();
        double digitWidth = typicalWidth(groups, digitHeight);
        for (Group g : groups) {
            digits.addAll(splitIfWide(g, ink, labels, components, digitHeight, digitWidth));
        }
        digits.sort(Comparator.comparingInt((Group g) -> Math.max(g.left, g.from)));
        int[] owner = owners(digits, labels, ink, w, h);
        return assemble(labels, components, owner, ink, digits.size(), digitHeight);
    }

    /**
     * The height of a digit: of the big components (at least a quarter of the largest's area), the height that
     * two thirds of them reach at most. Most digits are written as tall as the line; a few wide ones are lower,
     * and touching ones a little taller (they need not sit on the same line), so neither the lowest nor the
     * tallest is the typical height.
     */
    private static double typicalHeight(List<Component> components, boolean[] dropped, int maxArea) {
        List<Integer> heights = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            Component comp = components.get(c);
            if (!dropped[c] && comp.area() * 4 >= maxArea) {
                heights.add(comp.box().height());
            }
        }
        heights.sort(null);
        return heights.get(heights.size() * 2 / 3);
    }

    /**
     * Puts the parts of each digit together. Every component starts as a group; a group lower than a digit
     * joins the group whose columns it shares most (a 5's bar over its body, a broken stroke), or else the
     * nearest group close by; whatever small is left alone is a speck and dropped. A join never makes
     * a group wider than a wide digit.
     */
    private static List<Group> group(List<Component> components, boolean[] dropped, double digitHeight) {
        List<Group> groups = new ArrayList<>();
        List<Integer> bigAreas = new ArrayList<>();
        int maxArea = 0;
        for (int c = 0; c < components.size(); c++) {
            if (!dropped[c]) {
                Group g = new Group();
                g.add(c, components.get(c));
                groups.add(g);
                maxArea = Math.max(maxArea, g.area);
            }
        }
        for (Group g : groups) {
            if (g.area * 4 >= maxArea) {
                bigAreas.add(g.area);
            }
        }
        bigAreas.sort(null);
        double digitArea = bigAreas.get(bigAreas.size() / 2);
        boolean joined = true;
        while (joined) {
            joined = false;
            for (Group g : groups) {
                Group partner;
                if (g.height() < FULL_HEIGHT * digitHeight) {
                    partner = mostSharedColumns(g, groups, PART_OVERLAP, WIDEST_DIGIT * digitHeight, digitHeight);
                    if (partner == null) {
                        partner = nearest(g, groups, digitHeight);
                    }
                } else {
                    // a digit's full height is a digit of its own (a thin 1 too), unless it stands in the same
                    // columns as another (a stroke broken from top to bottom) or is a mere trace of ink
                    partner = mostSharedColumns(g, groups, SAME_COLUMNS, digitHeight, digitHeight);
                    if (partner == null && g.area < TRACE_AREA * digitArea) {
                        partner = nearest(g, groups, digitHeight);
                    }
                }
                if (partner != null) {
                    for (int id : g.members) {
                        partner.add(id, components.get(id));
                    }
                    groups.remove(g);
                    joined = true;
                    break;
                }
            }
        }
        groups.removeIf(g -> g.area < SPECK_SHARE * digitArea); // never the largest: at least one group stays
        return groups;
    }

    /**
     * The group sharing most of the narrower one's columns with {@code g}, at least {@code minShare} of them,
     * whose union with it is at most {@code maxWidth} wide and not much taller than a digit; or null.
     */
    private static Group mostSharedColumns(Group g, List<Group> groups, double minShare, double maxWidth,
            double digitHeight) {
        Group best = null;
        double bestShare = minShare;
        for (Group other : groups) {
            if (other == g || unionWidth(g, other) > maxWidth || unionHeight(g, other) > TALLEST_DIGIT * digitHeight) {
                continue;
            }
            double shared = Math.min(g.right, other.right) - Math.max(g.left, other.left);
            double share = shared / Math.min(g.width(), other.width());
            if (share >= bestShare) {
                bestShare = share;
                best = other;
            }
        }
        return best;
    }

    /** The group nearest to {@code g}, if it is close (within a share of the digit height) and the two fit a digit's box; or null. */
    private static Group nearest(Group g, List<Group> groups, double digitHeight) {
        Group best = null;
        double bestGap = PART_DISTANCE * digitHeight;
        for (Group other : groups) {
            if (other == g || unionWidth(g, other) > WIDEST_DIGIT * digitHeight
                    || unionHeight(g, other) > TALLEST_DIGIT * digitHeight) {
                continue;
            }
            double gap = Math.max(Math.max(other.left - g.right, g.left - other.right),
                    Math.max(other.top - g.bottom, g.top - other.bottom));
            if (gap <= bestGap) {
                bestGap = gap;
                best = other;
            }
        }
        return best;
    }

    private static int unionWidth(Group a, Group b) {
        return Math.max(a.right, b.right) - Math.min(a.left, b.left);
    }

    private static int unionHeight(Group a, Group b) {
        return Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top);
    }

    /**
     * Digit-high groups should lie in one row. Several rows that hold one digit each, stacked into a column
     * taller than wide, are a number turned on its side; any other stack is more than one line of writing.
     */
    private static void checkOneLine(List<Group> groups, double digitHeight, String name) {
        List<Group> tall = groups.stream().filter(g -> g.height() >= 0.5 * digitHeight)
                .sorted(Comparator.comparingInt(g -> g.top)).toList();
        List<List<Group>> rows = new ArrayList<>();
        int rowBottom = Integer.MIN_VALUE;
        for (Group g : tall) {
            if (rows.isEmpty() || g.top >= rowBottom) {
                rows.add(new ArrayList<>());
            }
            rows.get(rows.size() - 1).add(g);
            rowBottom = Math.max(rowBottom, g.bottom);
        }
        if (rows.size() < 2) {
            return;
        }
        int left = Integer.MAX_VALUE, right = Integer.MIN_VALUE, top = Integer.MAX_VALUE, bottom = Integer.MIN_VALUE;
        for (Group g : tall) {
            left = Math.min(left, g.left);
            right = Math.max(right, g.right);
            top = Math.min(top, g.top);
            bottom = Math.max(bottom, g.bottom);
        }
        boolean oneEach = rows.stream().allMatch(row -> row.size() == 1);
        if (oneEach && bottom - top > right - left) {
            throw new PictureException(String.format(Locale.ROOT, "the writing in %s is taller than wide (%d x %d "
                    + "pixels, %d marks stacked one above the other): the number is probably turned on its side; turn "
                    + "the picture upright first", name, right - left, bottom - top, rows.size()));
        }
        throw new PictureException(String.format(Locale.ROOT, "%s holds more than one line of writing (%d lines, one "
                + "above the other): the number reader reads one line; crop the picture to the line you want read",
                name, rows.size()));
    }

    /** The median width of the groups no wider than a digit, or a typical share of the height if there are none. */
    private static double typicalWidth(List<Group> groups, double digitHeight) {
        List<Integer> widths = new ArrayList<>();
        for (Group g : groups) {
            if (g.width() <= WIDE * digitHeight && g.height() >= FULL_HEIGHT * digitHeight) {
                widths.add(g.width());
            }
        }
        widths.sort(null);
        return widths.isEmpty() ? DIGIT_WIDTH * digitHeight : widths.get(widths.size() / 2);
    }

    /**
     * A group much wider than a digit holds touching digits: cut it into as many pieces as digit widths fit,
     * each cut at the column with the least ink near where it is expected.
     */
    private static List<Group> splitIfWide(Group g, PageInk ink, int[] labels, List<Component> components,
            double digitHeight, double digitWidth) {
        if (g.width() <= WIDE * digitHeight) {
            return List.of(g);
        }
        int pieces = Math.max(2, (int) Math.round(g.width() / Math.max(digitWidth, DIGIT_WIDTH * digitHeight)));
        double[] profile = new double[g.width()];
        int w = ink.width();
        for (int y = g.top; y < g.bottom; y++) {
            for (int x = g.left; x < g.right; x++) {
                int label = labels[y * w + x];
                if (label >= 0 && g.members.contains(label)) {
                    profile[x - g.left] += ink.darkness()[y * w + x];
                }
            }
        }
        List<Group> out = new ArrayList<>();
        int from = g.left;
        double step = (double) g.width() / pieces;
        for (int k = 1; k <= pieces; k++) {
            int to = g.right;
            if (k < pieces) {
                int expected = (int) Math.round(k * step);
                int reach = (int) Math.round(0.4 * step);
                int best = expected;
                for (int x = Math.max(from - g.left + 1, expected - reach); x <= Math.min(g.width() - 1, expected + reach); x++) {
                    if (profile[x] < profile[best] || (profile[x] == profile[best]
                            && Math.abs(x - expected) < Math.abs(best - expected))) {
                        best = x;
                    }
                }
                to = g.left + best;
            }
            Group piece = new Group();
            for (int id : g.members) {
                piece.add(id, components.get(id));
            }
            piece.from = from;
            piece.to = to;
            piece.left = from;
            piece.right = to;
            out.add(piece);
            from = to;
        }
        return out;
    }

    /**
     * Which digit each pixel's ink belongs to: ink pixels by their component (and, for cut groups, their column);
     * then the faint edge of the strokes, too light to count as ink on its own, by the nearest ink within 2 pixels.
     */
    private static int[] owners(List<Group> digits, int[] labels, PageInk ink, int w, int h) {
        int[] owner = new int[w * h];
        Arrays.fill(owner, -1);
        for (int d = 0; d < digits.size(); d++) {
            Group g = digits.get(d);
            for (int y = g.top; y < g.bottom; y++) {
                for (int x = Math.max(g.left, g.from); x < Math.min(g.right, g.to); x++) {
                    int label = labels[y * w + x];
                    if (label >= 0 && g.members.contains(label)) {
                        owner[y * w + x] = d;
                    }
                }
            }
        }
        for (int pass = 0; pass < 2; pass++) {
            int[] before = owner.clone();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int i = y * w + x;
                    if (before[i] >= 0 || ink.darkness()[i] <= 0 || ink.lines()[i] || labels[i] >= 0) {
                        continue;
                    }
                    for (int dy = -1; dy <= 1 && owner[i] < 0; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = x + dx, ny = y + dy;
                            if (nx >= 0 && ny >= 0 && nx < w && ny < h && before[ny * w + nx] >= 0) {
                                owner[i] = before[ny * w + nx];
                                break;
                            }
                        }
                    }
                }
            }
        }
        return owner;
    }

    /** One digit's ink, 0..1, in its box, and the box. */
    private record Piece(Plane ink, Box box) {
    }

    /**
     * Digit {@code d}'s ink in its box, as OwnDigit finds ink: its darkest pixel is full ink, and darkness under a
     * twentieth of that is paper.
     *
     * @return the piece, or null where it has no ink (a cut may leave none on one side)
     */
    private static Piece piece(int[] owner, int d, PageInk ink) {
        int w = ink.width(), h = ink.height();
        float darkest = 0;
        int left = w, top = h, right = -1, bottom = -1;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (owner[y * w + x] == d) {
                    darkest = Math.max(darkest, ink.darkness()[y * w + x]);
                }
            }
        }
        float low = (float) Ink.MIN_PAPER_SHARE * darkest;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (owner[y * w + x] == d && ink.darkness()[y * w + x] > low) {
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                }
            }
        }
        if (right < 0) {
            return null;
        }
        Box box = new Box(left, top, right - left + 1, bottom - top + 1);
        float[] values = new float[box.width() * box.height()];
        for (int y = 0; y < box.height(); y++) {
            for (int x = 0; x < box.width(); x++) {
                int i = (top + y) * w + left + x;
                if (owner[i] == d) {
                    values[y * box.width() + x] = Math.max(0, Math.min(1, (ink.darkness()[i] - low) / (darkest - low)));
                }
            }
        }
        return new Piece(new Plane(values, box.width(), box.height()), box);
    }

    /** Cuts out each digit's ink, renumbering past digits that came out empty. */
    private static Segments assemble(int[] labels, List<Component> components, int[] owner, PageInk ink,
            int count, double digitHeight) {
        List<Plane> planes = new ArrayList<>();
        List<Box> boxes = new ArrayList<>();
        int[] renumbered = new int[count];
        for (int d = 0; d < count; d++) {
            Piece piece = piece(owner, d, ink);
            renumbered[d] = piece == null ? -1 : planes.size();
            if (piece != null) {
                planes.add(piece.ink());
                boxes.add(piece.box());
            }
        }
        for (int i = 0; i < owner.length; i++) {
            owner[i] = owner[i] < 0 ? -1 : renumbered[owner[i]];
        }
        return new Segments(labels, List.copyOf(components), owner, List.copyOf(planes), List.copyOf(boxes),
                digitHeight);
    }
}
