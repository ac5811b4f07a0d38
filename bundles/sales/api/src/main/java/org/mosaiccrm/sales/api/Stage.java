package org.mosaiccrm.sales.api;

/**
 * A stage of the pipeline: the open ones an administrator configures, in order, then {@code won} and {@code lost}.
 *
 * @param name        e.g. {@code proposal}
 * @param probability the chance, in percent, that an opportunity at this stage is won (its default probability)
 * @param outcome     whether the stage closes the opportunity
 */
public record Stage(String name, int probability, Outcome outcome) {

    public static final String WON = "won";
    public static final String LOST = "lost";

    /** Open, or closed one way or the other. */
    public enum Outcome {
        OPEN, WON, LOST
    }

    public boolean open() {
        return outcome == Outcome.OPEN;
    }
}
