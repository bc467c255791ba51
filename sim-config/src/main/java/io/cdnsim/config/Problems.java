package io.cdnsim.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Collects the problems of one file, each placed at its line and column where the document has it. */
final class Problems {

    private final String file;
    private final Locator locator;
    private final Set<Problem> found = new LinkedHashSet<>();

    Problems(String file, Locator locator) {
        this.file = file;
        this.locator = locator;
    }

    String file() {
        return file;
    }

    /** Records a problem; the same problem at the same field is recorded once (tier settings shared by nodes). */
    void add(String path, String message) {
        int[] at = locator.locate(path);
        found.add(new Problem(file, at[0], at[1], path, message));
    }

    void addAll(Collection<Problem> problems) {
        found.addAll(problems);
    }

    /** Parses a duration; records a problem and returns {@code fallback} if it does not parse. */
    long micros(String path, String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Quantity.micros(text);
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return fallback;
        }
    }

    /**
     * Parses a duration that has a default written as text ({@link Defaults}); records a problem and returns the
     * default if it does not parse.
     */
    long micros(String path, String text, String fallback) {
        return micros(path, text, Quantity.micros(fallback));
    }

    /** Parses a size in bytes; records a problem and returns {@code fallback} if it does not parse. */
    long bytes(String path, String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Quantity.bytes(text);
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return fallback;
        }
    }

    /**
     * Parses a size in bytes that has a default written as text ({@link Defaults}); records a problem and returns
     * the default if it does not parse.
     */
    long bytes(String path, String text, String fallback) {
        return bytes(path, text, Quantity.bytes(fallback));
    }

    /** Parses a bit rate; records a problem and returns {@code fallback} if it does not parse. */
    long bitsPerSecond(String path, String text, long fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            long v = Quantity.bitsPerSecond(text);
            if (v <= 0) {
                add(path, "must be more than 0, found '" + text + "'");
                return fallback;
            }
            return v;
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return fallback;
        }
    }

    /** Parses a rate per second; records a problem and returns {@code fallback} if it does not parse. */
    double perSecond(String path, String text, double fallback) {
        if (text == null) {
            return fallback;
        }
        try {
            return Quantity.perSecond(text);
        } catch (IllegalArgumentException e) {
            add(path, e.getMessage());
            return fallback;
        }
    }

    /** Records a problem if a required field is missing. @return true if it is present */
    boolean require(String path, Object value, String what) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(path, "missing: " + what);
            return false;
        }
        return true;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }

    void throwIfAny() throws ScenarioException {
        if (!found.isEmpty()) {
            List<Problem> sorted = new ArrayList<>(found);
            sorted.sort(Comparator.comparing(Problem::file).thenComparingInt(Problem::line)
                    .thenComparingInt(Problem::column));
            throw new ScenarioException(sorted);
        }
    }

    /**
     * @param word  what was written
     * @param known what is allowed
     * @return {@code " (did you mean 'x'?)"} for a near miss, else empty
     */
    static String didYouMean(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), k.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        if (best != null && bestDistance <= Math.max(2, word.length() / 3)) {
            return " (did you mean '" + best + "'?)";
        }
        return "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
