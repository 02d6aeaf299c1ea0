/**
 * A toolkit of painters: digit grids, signed maps, charts (a Plotly figure with a PNG beside it), tables as HTML,
 * MIME bundles and the updatable {@link digits.display.Screen}. Painters take plain data (arrays, lists, digits,
 * boxes and records of their own) and know no domain type; they depend on {@code data} and {@code image} only.
 */
package digits.display;
