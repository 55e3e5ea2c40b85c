package ayni.agents;

import java.io.Serializable;

/** A donor's commitment to pay a recipient a monthly amount from start to end (exclusive), in steps. */
public record Grant(Actor recipient, double monthly, int start, int end) implements Serializable {
    public boolean runningAt(int step) {
        return step >= start && step < end && recipient.active;
    }
}
