package io.cdnsim.cli;

/**
 * Input a command refuses before it changes anything (exit code 2): an option's value, or a file it reads. The message
 * is one line that names the option or file, what was found and what is allowed.
 */
final class BadInputException extends Exception {

    private static final long serialVersionUID = 1L;

    /** @param message the one line to print */
    BadInputException(String message) {
        super(message);
    }
}
