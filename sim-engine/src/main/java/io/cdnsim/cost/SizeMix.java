package io.cdnsim.cost;

import java.util.ArrayList;
import java.util.List;

/**
 * Request hit ratio against byte hit ratio for a mix of object sizes (F3), computed exactly without simulation. The
 * objects fall into size classes; each class has its number of objects, their size, and its share of the requests,
 * spread over its objects by a Zipf law (the object of rank r in class c is requested with probability
 * {@code share_c r^-alpha / H_c}, {@code H_c} the sum of {@code k^-alpha} over the class's objects). One cache of a
 * given capacity holds a set of objects, filled in one of two orders ({@link Fill}) until the next object in that
 * order does not fit. Then the request hit ratio is the summed probability of the objects it holds, and the byte hit
 * ratio (the byte offload of a one-tier CDN) the summed probability times size over the mean bytes of a request.
 * The sums are in double precision (each class's normalising sum smallest terms first). Ties in the order go to the
 * class given first. The method is in docs/model.md.
 */
public final class SizeMix {

    /** Most size classes. */
    public static final int MAX_CLASSES = 10;
    /** Most objects in all classes together (the sums run over every object once). */
    public static final long MAX_OBJECTS = 20_000_000L;

    private SizeMix() {
    }

    /**
     * A class of objects of one size.
     *
     * @param name    its name
     * @param bytes   each object's size, bytes, at least 1
     * @param objects its objects, at least 1
     * @param share   its share of the requests, more than 0 and at most 1
     */
    public record SizeClass(String name, long bytes, long objects, double share) {

        /** Checks the figures. */
        public SizeClass {
            if (bytes < 1 || objects < 1 || !(share > 0 && share <= 1)) {
                throw new IllegalArgumentException(name + ": a size and objects of at least 1, a share more than 0");
            }
        }
    }

    /**
     * What to compute from.
     *
     * @param classes    the size classes, their shares summing to 1
     * @param alpha      the Zipf exponent within each class, 0 (all objects alike) to 5
     * @param cacheBytes the cache's capacity, bytes, at least 1
     */
    public record Input(List<SizeClass> classes, double alpha, long cacheBytes) {

        /** Copies the list and checks it. */
        public Input {
            classes = List.copyOf(classes);
            if (classes.isEmpty() || classes.size() > MAX_CLASSES) {
                throw new IllegalArgumentException("from 1 to " + MAX_CLASSES + " size classes");
            }
            double sum = classes.stream().mapToDouble(SizeClass::share).sum();
            if (Math.abs(sum - 1) > 1e-9) {
                throw new IllegalArgumentException("the shares of the requests sum to " + sum + ", not 1");
            }
            if (classes.stream().mapToLong(SizeClass::objects).sum() > MAX_OBJECTS) {
                throw new IllegalArgumentException("at most " + MAX_OBJECTS + " objects in all");
            }
            if (!(alpha >= 0 && alpha <= 5) || cacheBytes < 1) {
                throw new IllegalArgumentException("alpha 0 to 5, a cache of at least 1 byte");
            }
        }
    }

    /** The order the cache is filled in. */
    public enum Fill {
        /** The most requested objects first: what a perfect LFU cache keeps; sizes play no part. */
        POPULARITY("the most requested objects first"),
        /** The most requested per byte first: what a size-aware cache (GDSF-like) keeps. */
        PER_BYTE("the most requested per byte first");

        private final String label;

        Fill(String label) {
            this.label = label;
        }

        /** @return the order in words */
        public String label() {
            return label;
        }
    }

    /**
     * A filled cache.
     *
     * @param fill            the order it was filled in
     * @param held            objects it holds of each class (the class's most requested ones), in the input's order
     * @param bytes           bytes it holds
     * @param requestHitRatio the share of requests it answers
     * @param byteHitRatio    the share of requested bytes it answers
     */
    public record Filled(Fill fill, List<Long> held, long bytes, double requestHitRatio, double byteHitRatio) {
    }

    /**
     * @param in           the input
     * @param byteShares   each class's share of the requested bytes, in the input's order
     * @param meanBytes    the mean size of a request, bytes
     * @param totalBytes   the bytes of every object once (what a cache holding them all needs)
     * @param fills        the cache filled in each order
     */
    public record Result(Input in, List<Double> byteShares, double meanBytes, double totalBytes, List<Filled> fills) {
    }

    /**
     * @param in the input
     * @return the mix's figures and the cache filled in each order
     */
    public static Result compute(Input in) {
        int k = in.classes().size();
        double[] harmonic = new double[k];
        double mean = 0;
        double total = 0;
        for (int c = 0; c < k; c++) {
            SizeClass sc = in.classes().get(c);
            for (long r = sc.objects(); r >= 1; r--) {
                harmonic[c] += weight(r, in.alpha());
            }
            mean += sc.share() * sc.bytes();
            total += (double) sc.bytes() * sc.objects();
        }
        List<Double> byteShares = new ArrayList<>();
        for (SizeClass sc : in.classes()) {
            byteShares.add(sc.share() * sc.bytes() / mean);
        }
        List<Filled> fills = new ArrayList<>();
        for (Fill f : Fill.values()) {
            fills.add(fill(in, f, harmonic, mean));
        }
        return new Result(in, List.copyOf(byteShares), mean, total, List.copyOf(fills));
    }

    /** Fills the cache in the order {@code f}: a merge of the classes, each in its order of rank. */
    private static Filled fill(Input in, Fill f, double[] harmonic, double mean) {
        int k = in.classes().size();
        long[] held = new long[k];
        double[] heldWeight = new double[k];
        long free = in.cacheBytes();
        double[] next = new double[k];
        for (int c = 0; c < k; c++) {
            next[c] = key(in, f, harmonic, c, 1);
        }
        while (true) {
            int best = -1;
            for (int c = 0; c < k; c++) {
                if (held[c] < in.classes().get(c).objects() && (best < 0 || next[c] > next[best])) {
                    best = c;
                }
            }
            if (best < 0 || in.classes().get(best).bytes() > free) {
                break;
            }
            free -= in.classes().get(best).bytes();
            held[best]++;
            heldWeight[best] += weight(held[best], in.alpha());
            next[best] = key(in, f, harmonic, best, held[best] + 1);
        }
        double requests = 0;
        double bytes = 0;
        List<Long> counts = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            SizeClass sc = in.classes().get(c);
            double hit = sc.share() * heldWeight[c] / harmonic[c];
            requests += hit;
            bytes += hit * sc.bytes();
            counts.add(held[c]);
        }
        return new Filled(f, List.copyOf(counts), in.cacheBytes() - free, requests, bytes / mean);
    }

    /** @return what orders the object of rank {@code r} of class {@code c}: its probability, or that per byte */
    private static double key(Input in, Fill f, double[] harmonic, int c, long r) {
        SizeClass sc = in.classes().get(c);
        double p = sc.share() * weight(r, in.alpha()) / harmonic[c];
        return f == Fill.PER_BYTE ? p / sc.bytes() : p;
    }

    /** @return {@code r^-alpha}, exactly 1 for alpha 0 and 1/r for alpha 1 */
    private static double weight(long r, double alpha) {
        if (alpha == 0) {
            return 1;
        }
        return alpha == 1 ? 1.0 / r : Math.pow(r, -alpha);
    }
}
