package digits.numbers;

import digits.image.Components.Component;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Puts the parts of each digit together. Every component starts as a group; a group lower than a digit joins
 * the group whose columns it shares most (a 5's bar over its body, a broken stroke), or else the nearest group
 * close by; whatever small is left alone is a speck and dropped. A join never makes a group wider than a wide
 * digit.
 */
final class Grouping {

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
    /** Writing in one column in more rows than this is a number on its side, not one digit in pieces. */
    static final int PIECES_ROWS = 2;

    private Grouping() {}

    /**
     * @param components the connected components
     * @param dropped    which of them are not writing (ruled lines)
     * @param digit      the typical digit's size
     * @return the groups, each the parts of one digit (or of touching digits), specks left out
     */
    static List<ComponentGroup> group(List<Component> components, boolean[] dropped, TypicalDigit digit) {
        double digitHeight = digit.height();
        List<ComponentGroup> groups = new ArrayList<>();
        for (int c = 0; c < components.size(); c++) {
            if (!dropped[c]) {
                groups.add(ComponentGroup.of(c, components.get(c)));
            }
        }
        boolean joined = true;
        while (joined) {
            joined = false;
            for (ComponentGroup g : groups) {
                ComponentGroup partner;
                if (g.height() < FULL_HEIGHT * digitHeight) {
                    partner = mostSharedColumns(g, groups, PART_OVERLAP, WIDEST_DIGIT * digitHeight, digitHeight);
                    if (partner == null) {
                        partner = nearest(g, groups, digitHeight);
                    }
                } else {
                    // a digit's full height is a digit of its own (a thin 1 too), unless it stands in the same
                    // columns as another (a stroke broken from top to bottom) or is a mere trace of ink
                    partner = mostSharedColumns(g, groups, SAME_COLUMNS, digitHeight, digitHeight);
                    if (partner == null && g.area < TRACE_AREA * digit.area()) {
                        partner = nearest(g, groups, digitHeight);
                    }
                }
                if (partner != null) {
                    partner.join(g, components);
                    groups.remove(g);
                    joined = true;
                    break;
                }
            }
        }
        groups.removeIf(g -> g.area < SPECK_SHARE * digit.area()); // never the largest: at least one group stays
        return groups;
    }

    /**
     * All the writing put together as one digit, if it stands in one column. With no digit beside them to measure a
     * digit by, the pieces of one digit (a 2 whose curve broke from its base, a 6 whose stem broke off) each look
     * digit-high, and the joins of {@link #group} keep them apart. From the largest group on, each group must share
     * at least {@value #PART_OVERLAP} of the narrower one's columns with those taken and lie within
     * {@value #PART_DISTANCE} of the digit height below or above them; and the groups make at most
     * {@value #PIECES_ROWS} rows: two marks one above the other are far more often one digit in two pieces than a
     * number of two digits on its side, more rows a number on its side.
     *
     * @param groups      the groups found
     * @param components  the connected components
     * @param digitHeight the typical height of a digit, in pixels
     * @return the groups put together, or empty if they are one group already or do not stand in one column
     */
    static Optional<ComponentGroup> oneDigitInPieces(
            List<ComponentGroup> groups, List<Component> components, double digitHeight) {
        if (groups.size() < 2 || OneLineCheck.rows(groups).size() > PIECES_ROWS) {
            return Optional.empty();
        }
        List<ComponentGroup> left = new ArrayList<>(groups);
        left.sort(Comparator.comparingInt((ComponentGroup g) -> g.area).reversed());
        ComponentGroup all = new ComponentGroup();
        all.join(left.remove(0), components);
        boolean joined = true;
        while (joined && !left.isEmpty()) {
            joined = false;
            for (ComponentGroup g : left) {
                double shared = Math.min(g.right, all.right) - Math.max(g.left, all.left);
                int gap = Math.max(all.top - g.bottom, g.top - all.bottom);
                if (shared >= PART_OVERLAP * Math.min(g.width(), all.width()) && gap <= PART_DISTANCE * digitHeight) {
                    all.join(g, components);
                    left.remove(g);
                    joined = true;
                    break;
                }
            }
        }
        return left.isEmpty() ? Optional.of(all) : Optional.empty();
    }

    /**
     * The group sharing most of the narrower one's columns with {@code g}, at least {@code minShare} of them,
     * whose union with it is at most {@code maxWidth} wide and not much taller than a digit; or null.
     */
    private static ComponentGroup mostSharedColumns(
            ComponentGroup g, List<ComponentGroup> groups, double minShare, double maxWidth, double digitHeight) {
        ComponentGroup best = null;
        double bestShare = minShare;
        for (ComponentGroup other : groups) {
            if (other == g || !fit(g, other, maxWidth, digitHeight)) {
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

    /**
     * The group nearest to {@code g}, if it is close (within {@link #PART_DISTANCE} of the digit height) and the
     * two fit a digit's box; or null.
     */
    private static ComponentGroup nearest(ComponentGroup g, List<ComponentGroup> groups, double digitHeight) {
        ComponentGroup best = null;
        double bestGap = PART_DISTANCE * digitHeight;
        for (ComponentGroup other : groups) {
            if (other == g || !fit(g, other, WIDEST_DIGIT * digitHeight, digitHeight)) {
                continue;
            }
            double gap = Math.max(
                    Math.max(other.left - g.right, g.left - other.right),
                    Math.max(other.top - g.bottom, g.top - other.bottom));
            if (gap <= bestGap) {
                bestGap = gap;
                best = other;
            }
        }
        return best;
    }

    /** Whether the two together are at most {@code maxWidth} wide and not much taller than a digit. */
    private static boolean fit(ComponentGroup a, ComponentGroup b, double maxWidth, double digitHeight) {
        int width = Math.max(a.right, b.right) - Math.min(a.left, b.left);
        int height = Math.max(a.bottom, b.bottom) - Math.min(a.top, b.top);
        return width <= maxWidth && height <= TALLEST_DIGIT * digitHeight;
    }
}
