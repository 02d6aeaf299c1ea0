package digits.architecture.planted.down;

import digits.architecture.planted.up.Up;

/** ... and down reaches back up: a cycle that {@code ArchitectureTest.NO_PACKAGE_CYCLES} must report. */
public final class Down {
    public Up up() {
        return new Up();
    }
}
