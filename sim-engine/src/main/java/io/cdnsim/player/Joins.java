package io.cdnsim.player;

/** The viewers' joins, in time order, one at a time: when the next viewer joins and what it watches. */
public interface Joins {

    /** No more joins. */
    long NONE = Long.MIN_VALUE;

    /** @return the next join time in microseconds, or {@link #NONE} once every viewer has joined or time is up */
    long next();

    /** @return the title the viewer of the join last returned by {@link #next()} watches (0 for a live channel) */
    int title();

    /** @return joins of nobody: for viewers that the run hands over one by one ({@link Viewers#arrive}) */
    static Joins nobody() {
        return new Joins() {
            @Override
            public long next() {
                return NONE;
            }

            @Override
            public int title() {
                return 0;
            }
        };
    }
}
