package io.cdnsim.player;

import io.cdnsim.model.OnDemandService;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.DiscreteSampler;
import org.apache.commons.rng.sampling.distribution.RejectionInversionZipfSampler;

/**
 * The joins of an on-demand service: the catalog's audience (its own arrival process, each viewer's title drawn
 * from Zipf(alpha) over the catalog, stream {@code titles}) merged in time order with the viewers of each new
 * release (the shot-noise model, stream {@code releases}: the release time plus the sum of two exponentials with
 * means rise and decay). Release k is title {@code catalogTitles + k}.
 */
public final class VodJoins implements Joins {

    private final Joins base;
    private final DiscreteSampler popularity;
    private final long[] releaseTimes;
    private final int[] releaseTitles;
    private int nextRelease;
    private long nextBase;
    private int title;

    /**
     * @param base          the catalog audience's join times
     * @param catalogTitles titles in the catalog (releases come after them)
     * @param alpha         Zipf exponent of the catalog's popularity
     * @param releases      the new releases
     * @param titles        the {@code titles} stream
     * @param releaseStream the {@code releases} stream
     * @param end           no join at or after this time
     */
    public VodJoins(Joins base, int catalogTitles, double alpha, List<OnDemandService.Release> releases,
                    UniformRandomProvider titles, UniformRandomProvider releaseStream, long end) {
        this.base = base;
        this.popularity = RejectionInversionZipfSampler.of(titles, catalogTitles, alpha);
        int total = 0;
        for (OnDemandService.Release r : releases) {
            total += r.viewers();
        }
        long[] packed = new long[total];
        int n = 0;
        for (int k = 0; k < releases.size(); k++) {
            OnDemandService.Release r = releases.get(k);
            for (int i = 0; i < r.viewers(); i++) {
                long t = r.at() + Math.round(exponential(releaseStream, r.rise()) + exponential(releaseStream,
                        r.decay()));
                if (t < end && t < (1L << 40)) {
                    packed[n++] = (t << 22) | (catalogTitles + k);
                }
            }
        }
        packed = Arrays.copyOf(packed, n);
        Arrays.sort(packed);
        releaseTimes = new long[n];
        releaseTitles = new int[n];
        for (int i = 0; i < n; i++) {
            releaseTimes[i] = packed[i] >>> 22;
            releaseTitles[i] = (int) (packed[i] & ((1 << 22) - 1));
        }
        nextBase = base.next();
    }

    private static double exponential(UniformRandomProvider rng, long mean) {
        return mean == 0 ? 0 : -Math.log1p(-rng.nextDouble()) * mean;
    }

    @Override
    public long next() {
        boolean haveRelease = nextRelease < releaseTimes.length;
        if (nextBase == NONE && !haveRelease) {
            return NONE;
        }
        if (nextBase != NONE && (!haveRelease || nextBase <= releaseTimes[nextRelease])) {
            long t = nextBase;
            title = popularity.sample() - 1;
            nextBase = base.next();
            return t;
        }
        title = releaseTitles[nextRelease];
        return releaseTimes[nextRelease++];
    }

    @Override
    public int title() {
        return title;
    }
}
