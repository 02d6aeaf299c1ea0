package digits.features;

import java.util.Arrays;
import java.util.Objects;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.Table;

/**
 * A small square grid of weights that a convolution slides over a picture: at every position it multiplies
 * the pixels under it by its weights and adds up the products. The classic hand-made kernels below detect
 * edges, blur or sharpen; a convolutional network learns its own. Immutable.
 */
public final class Kernel {

    private final String name;
    private final float[][] weights;

    private Kernel(String name, float[][] weights) {
        this.name = name;
        this.weights = weights;
    }

    /**
     * @param name    what the kernel does, e.g. "vertical edges"
     * @param weights a square grid with an odd side (3, 5, ...); copied
     * @return the kernel
     * @throws IllegalArgumentException if the grid is not square with an odd side
     */
    public static Kernel of(String name, float[][] weights) {
        Objects.requireNonNull(name, "name");
        int side = weights.length;
        if (side % 2 == 0) {
            throw new IllegalArgumentException(
                    "kernel '" + name + "' has " + side + " rows: expected an odd number such as 3 or 5");
        }
        float[][] copy = new float[side][];
        for (int r = 0; r < side; r++) {
            if (weights[r].length != side) {
                throw new IllegalArgumentException("kernel '" + name + "' is not square: row " + r + " has "
                        + weights[r].length + " weights, expected " + side);
            }
            copy[r] = weights[r].clone();
        }
        return new Kernel(name, copy);
    }

    /** Sobel: strong where brightness changes from left to right, i.e. along vertical strokes' sides. */
    public static Kernel sobelVertical() {
        return of("vertical edges", new float[][] {{-1, 0, 1}, {-2, 0, 2}, {-1, 0, 1}});
    }

    /** Sobel: strong where brightness changes from top to bottom, i.e. along horizontal strokes' sides. */
    public static Kernel sobelHorizontal() {
        return of("horizontal edges", new float[][] {{-1, -2, -1}, {0, 0, 0}, {1, 2, 1}});
    }

    /** A 5x5 Gaussian blur: a weighted average that favours the middle. */
    public static Kernel gaussianBlur() {
        float[] w = {1, 4, 6, 4, 1};
        float[][] k = new float[5][5];
        for (int r = 0; r < 5; r++) {
            for (int c = 0; c < 5; c++) {
                k[r][c] = w[r] * w[c] / 256f;
            }
        }
        return of("Gaussian blur 5x5", k);
    }

    /** Sharpen: the pixel counted 5 times minus its four neighbours, so differences grow. */
    public static Kernel sharpen() {
        return of("sharpen", new float[][] {{0, -1, 0}, {-1, 5, -1}, {0, -1, 0}});
    }

    /** @return what the kernel does */
    public String name() {
        return name;
    }

    /** @return side length (3 for a 3x3 kernel) */
    public int size() {
        return weights.length;
    }

    /**
     * @param row 0..size-1
     * @param col 0..size-1
     * @return the weight there
     */
    public float weight(int row, int col) {
        return weights[row][col];
    }

    /** @return the weights as a table: a column per kernel column ("c0", "c1", ...), a row per kernel row */
    public Table table() {
        Table table = Table.create(name + ": weights");
        for (int c = 0; c < size(); c++) {
            double[] column = new double[size()];
            for (int r = 0; r < size(); r++) {
                column[r] = Math.round(weights[r][c] * 1000) / 1000.0;
            }
            table.addColumns(DoubleColumn.create("c" + c, column));
        }
        return table;
    }

    @Override
    public String toString() {
        return "Kernel[" + name + ", " + size() + "x" + size() + ": " + Arrays.deepToString(weights) + "]";
    }
}
