package io.cdnsim.content;

import java.io.IOException;

/**
 * A request log is malformed: the user's input is wrong, not the machine. The message names the file and, where
 * there is one, the line or record, for example {@code trace.txt: line 17: expected 3 columns, found 2}.
 */
public final class BadTraceException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, with the file and position */
    public BadTraceException(String message) {
        super(message);
    }
}
