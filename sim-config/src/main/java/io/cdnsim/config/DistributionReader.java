package io.cdnsim.config;

import io.cdnsim.model.Distribution;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a distribution as written: a quantity (fixed), {@code exponential(mean=Q)} or
 * {@code lognormal(median=Q, sigma=S)}, the quantity Q parsed by the field's unit.
 */
final class DistributionReader {

    private static final Pattern EXPONENTIAL = Pattern.compile("^\\s*exponential\\s*\\(\\s*mean\\s*=\\s*([^)]+?)\\s*\\)\\s*$");
    /** {@code lognormal(median=Q, sigma=S)}: the median and the sigma as written, checked by the caller. */
    static final Pattern LOGNORMAL = Pattern.compile(
            "^\\s*lognormal\\s*\\(\\s*median\\s*=\\s*([^,]+?)\\s*,\\s*sigma\\s*=\\s*([^,)]*?)\\s*\\)\\s*$");

    private DistributionReader() {
    }

    /** A quantity, {@code exponential(mean=Q)} or {@code lognormal(median=Q, sigma=S)}, Q parsed by {@code unit}. */
    static Distribution read(Problems p, String path, String text, ToDoubleFunction<String> unit) {
        try {
            Matcher e = EXPONENTIAL.matcher(text);
            if (e.matches()) {
                return positive(p, path, new Distribution.Exponential(unit.applyAsDouble(e.group(1))));
            }
            Matcher ln = LOGNORMAL.matcher(text);
            if (ln.matches()) {
                double sigma = sigma(p, path, ln.group(2), 3);
                return positive(p, path, new Distribution.LogNormal(unit.applyAsDouble(ln.group(1)), sigma));
            }
            if (text.trim().startsWith("lognormal") || text.trim().startsWith("exponential")) {
                p.add(path, "write a distribution as 'exponential(mean=20min)' or 'lognormal(median=12Mbps, "
                        + "sigma=0.6)', found '" + text + "'");
                return new Distribution.Fixed(1);
            }
            return positive(p, path, new Distribution.Fixed(unit.applyAsDouble(text)));
        } catch (IllegalArgumentException ex) {
            p.add(path, ex.getMessage());
            return new Distribution.Fixed(1);
        }
    }

    /**
     * @param written the sigma as written
     * @param max     the largest sigma the field takes
     * @return the sigma, a number from 0 (every draw the median) to {@code max}; 0 with a problem added if not
     */
    static double sigma(Problems p, String path, String written, double max) {
        double sigma;
        try {
            sigma = written.matches("[0-9]+(\\.[0-9]*)?|\\.[0-9]+") ? Double.parseDouble(written) : -1;
        } catch (NumberFormatException e) {
            sigma = -1;
        }
        if (!(sigma >= 0 && sigma <= max)) {
            p.add(path, "a lognormal's sigma is a number from 0 to " + (long) max + ", found '" + written + "'");
            return 0;
        }
        return sigma;
    }

    private static Distribution positive(Problems p, String path, Distribution d) {
        double v = d instanceof Distribution.Fixed f ? f.value()
                : d instanceof Distribution.Exponential x ? x.mean() : ((Distribution.LogNormal) d).median();
        if (!(v > 0)) {
            p.add(path, "must be more than 0");
            return new Distribution.Fixed(1);
        }
        return d;
    }
}
