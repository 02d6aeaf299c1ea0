/**
 * The drawing pad in a notebook output and the live pad: the pad itself ({@link digits.pad.DrawingPad}, with its
 * script {@code drawing-pad.js}); the live pad's public face ({@link digits.pad.LivePad}: its settings, how a
 * session ended); the session that shows the pad and reads the drawing after every stroke, on a clock and a sleeper
 * handed in ({@code LiveSession}); the pad's status file ({@code PadStatusFile}); the watcher of the drawing file
 * ({@link digits.pad.LiveReader}); the one file-change signature both watch by ({@code FileSignature}); and the
 * words the pad says ({@code PadWording}).
 */
package digits.pad;
