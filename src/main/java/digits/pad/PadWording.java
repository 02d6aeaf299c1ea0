package digits.pad;

import digits.display.Durations;
import digits.display.Percent;
import digits.evaluation.Prediction;
import digits.owndigits.OwnDigit;

/** Every sentence the live pad shows under itself, in one place. */
final class PadWording {

    private PadWording() {}

    /** While no browser has opened the pad yet. */
    static String waiting() {
        return "Waiting for the pad to open in the browser…";
    }

    /**
     * @param last the latest reading, or {@code null} before the first stroke
     * @return what the pad is doing now
     */
    static String live(LiveReading last) {
        if (last == null) {
            return "Draw a digit on the pad: the network reads it after every stroke.";
        }
        if (last.isEmpty()) {
            return "Reading " + last.sequence() + ": the pad is empty. Draw a digit.";
        }
        if (last.notOneDigit().isPresent()) {
            return "Reading " + last.sequence() + ": that looks like more than one digit, so the network is not asked."
                    + " Clear the pad and draw one digit.";
        }
        return "Reading " + last.sequence() + ": " + said(last.prediction().orElseThrow()) + ".";
    }

    /**
     * @param ending   how the session ended
     * @param fileName the file the pad saves into
     * @param settings the session's limits
     * @param last     the latest reading; for {@link LivePad.Ending#NO_BROWSER} the reading of the project's
     *                 sample drawing
     * @return the last words under the pad
     */
    static String ended(LivePad.Ending ending, String fileName, LivePad.Settings settings, LiveReading last) {
        String saved = "Your last drawing is saved as " + fileName + " next to this notebook; the cells below read it.";
        return switch (ending) {
            case DONE -> "Done. " + saved;
            case IDLE ->
                "The pad stopped reading " + Durations.words(settings.idleLimit()) + " after your last " + "stroke. "
                        + saved + " Run this cell again to draw more.";
            case NO_FIRST_STROKE ->
                "The pad stopped reading: no stroke came within " + Durations.words(settings.firstStrokeLimit())
                        + " of opening it. Run this cell again to draw.";
            case NO_BROWSER ->
                "Above is the live pad in use: " + sample(last) + ", and beside it what the network "
                        + "reads: " + digitAndSureness(last.prediction().orElseThrow())
                        + ". Run this cell in JupyterLab "
                        + "and the pad is live: draw your own digit, and the reading changes after every stroke. (No "
                        + "browser showed the pad within " + Durations.words(settings.grace())
                        + " of running this cell, "
                        + "as when the course's tests run this notebook, so the cell did not wait for a drawing.)";
            case INTERRUPTED -> "The pad stopped reading: the cell was interrupted. Run it again to draw.";
        };
    }

    /** The text beside the picture of the pad in use, for front ends that show no pictures. */
    static String inUse(LiveReading sample) {
        return "The live drawing pad with " + sample(sample) + "; "
                + said(sample.prediction().orElseThrow()) + ".";
    }

    /** "the network reads 7 (99.9 % sure)" */
    static String said(Prediction p) {
        return "the network reads " + digitAndSureness(p);
    }

    /** "7 (99.9 % sure)" */
    private static String digitAndSureness(Prediction p) {
        return p.digit() + " (" + Percent.of(p.confidence()) + " sure)";
    }

    /** "a 7 that the project drew on it (my-digits/7-drawn-on-the-pad.png)" */
    private static String sample(LiveReading sample) {
        var digit = sample.drawing().orElseThrow().expected();
        return (digit.isPresent() ? "a " + digit.getAsInt() : "a digit") + " that the project drew on it ("
                + OwnDigit.SAMPLE_DRAWING + ")";
    }
}
