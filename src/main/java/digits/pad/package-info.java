/**
 * The drawing pad in a notebook output and the live pad: the pad itself ({@link digits.pad.DrawingPad}, with its
 * script {@code drawing-pad.js}), the live session that reads the drawing after every stroke
 * ({@link digits.pad.LivePad}), and the watcher of the drawing file ({@link digits.pad.LiveReader}).
 */
package digits.pad;
