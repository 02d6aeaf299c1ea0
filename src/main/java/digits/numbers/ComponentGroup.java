package digits.numbers;

import digits.image.Box;
import digits.image.Components.Component;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Connected components taken as one digit: their labels, the columns and rows they span, and their ink area.
 * Grouping puts parts of a digit together; a cut of touching digits takes some columns of a group.
 */
final class ComponentGroup {

    private final BitSet members = new BitSet();
    /** For a piece between two cut paths: each row's first column and the column past its last, from the top; else null. */
    private int[] rowFrom, rowTo;

    int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = Integer.MIN_VALUE, bottom = Integer.MIN_VALUE;
    int area;

    /** A group of one component. */
    static ComponentGroup of(int label, Component component) {
        ComponentGroup group = new ComponentGroup();
        group.add(label, component);
        return group;
    }

    /** Adds a component, widening the box to hold it. */
    void add(int label, Component component) {
        members.set(label);
        left = Math.min(left, component.box().x());
        top = Math.min(top, component.box().y());
        right = Math.max(right, component.box().right());
        bottom = Math.max(bottom, component.box().bottom());
        area += component.area();
    }

    /** Takes in every component of {@code other}. */
    void join(ComponentGroup other, List<Component> components) {
        for (int label = other.members.nextSetBit(0); label >= 0; label = other.members.nextSetBit(label + 1)) {
            add(label, components.get(label));
        }
    }

    /**
     * @param label a pixel's component label, -1 for paper
     * @return whether that component is in this group
     */
    boolean holds(int label) {
        return label >= 0 && members.get(label);
    }

    /**
     * The same components, cut to columns {@code from} to {@code to} (exclusive): one of touching digits. The
     * columns may be none, where a cut found no room.
     */
    ComponentGroup columns(int from, int to) {
        ComponentGroup piece = new ComponentGroup();
        piece.members.or(members);
        piece.top = top;
        piece.bottom = bottom;
        piece.area = area;
        piece.left = from;
        piece.right = to;
        return piece;
    }

    /**
     * The same components, cut to the pixels between two cut paths: in row {@code top + r}, columns
     * {@code from[r]} to {@code to[r]} (exclusive). One of touching digits, cut along the paths.
     */
    ComponentGroup between(int[] from, int[] to) {
        ComponentGroup piece = columns(
                Arrays.stream(from).min().orElseThrow(), Arrays.stream(to).max().orElseThrow());
        piece.rowFrom = from.clone();
        piece.rowTo = to.clone();
        return piece;
    }

    /** @return whether pixel (x, y) lies in this group's columns (for a piece between paths, in its row's) */
    boolean covers(int x, int y) {
        if (rowFrom == null) {
            return x >= left && x < right && y >= top && y < bottom;
        }
        int r = y - top;
        return r >= 0 && r < rowFrom.length && x >= rowFrom[r] && x < rowTo[r];
    }

    int width() {
        return right - left;
    }

    int height() {
        return bottom - top;
    }

    /** @return the box, for a group not cut to no columns */
    Box box() {
        return Box.spanning(left, top, right, bottom);
    }
}
