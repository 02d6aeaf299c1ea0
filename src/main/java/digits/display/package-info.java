/**
 * A toolkit of painters: digit grids, signed maps, charts (a Plotly figure with a PNG beside it), tables as HTML,
 * MIME bundles, still pictures of the drawing pad, how durations are written ({@link digits.display.Durations}),
 * and the updatable {@link digits.display.Screen} (a notebook's is found through
 * {@link digits.display.Screen.Provider}). Painters take plain data (arrays, lists, digits, boxes and records of
 * their own) and know no domain type; they depend on {@code data} and {@code image} only.
 */
package digits.display;
