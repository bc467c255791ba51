package io.cdnsim.config.trace;

/**
 * A trace cannot be read: a malformed line or record, times that go backwards, a format that cannot be recognised, or
 * compressed data that is damaged. The message names the file and, where there is one, the line (text formats) or the
 * record (binary formats), for example {@code trace.txt: line 17: expected 3 columns (time id size), found 2}.
 */
public final class TraceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String unit;
    private final long position;
    private final String detail;

    /**
     * @param source   the file as the user named it (or another name for a stream)
     * @param unit     {@code "line"} or {@code "record"}
     * @param position 1-based line or record number, or 0 if the problem is not at one place
     * @param detail   what is wrong
     */
    public TraceException(String source, String unit, long position, String detail) {
        super(format(source, unit, position, detail));
        this.source = source;
        this.unit = unit;
        this.position = position;
        this.detail = detail;
    }

    /**
     * A problem with the file as a whole (no line or record).
     *
     * @param source the file as the user named it
     * @param detail what is wrong
     */
    public TraceException(String source, String detail) {
        this(source, "line", 0, detail);
    }

    private static String format(String source, String unit, long position, String detail) {
        return position > 0 ? source + ": " + unit + " " + position + ": " + detail : source + ": " + detail;
    }

    /** @return the file as the user named it */
    public String source() {
        return source;
    }

    /** @return 1-based line (text formats) or record (binary formats), 0 if the problem is not at one place */
    public long position() {
        return position;
    }

    /** @return {@code "line"} or {@code "record"} */
    public String unit() {
        return unit;
    }

    /** @return what is wrong, without the file name and position */
    public String detail() {
        return detail;
    }
}
