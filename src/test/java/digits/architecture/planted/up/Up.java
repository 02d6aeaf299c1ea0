package digits.architecture.planted.up;

import digits.architecture.planted.down.Down;

/** Half of a planted package cycle ({@code ArchitectureRulesTest}): up reaches down ... */
public final class Up {
    public Down down() {
        return new Down();
    }
}
