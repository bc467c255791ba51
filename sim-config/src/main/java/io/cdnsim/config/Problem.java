package io.cdnsim.config;

/**
 * One thing wrong with an input file.
 *
 * @param file    the file, as the user named it
 * @param line    1-based line, or 0 if unknown
 * @param column  1-based column, or 0 if unknown
 * @param path    the field path, for example {@code tiers[0].nodes[2].rtt}; empty for the whole file
 * @param message what is wrong and what is allowed
 */
public record Problem(String file, int line, int column, String path, String message) {

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(file);
        if (line > 0) {
            b.append(':').append(line).append(':').append(column);
        }
        b.append(": ");
        if (!path.isEmpty()) {
            b.append(path).append(": ");
        }
        return b.append(message).toString();
    }
}
