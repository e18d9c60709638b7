package org.saraban.intake.cli;

/** The exit codes of every command. */
public final class ExitCode {
    public static final int OK = 0;
    /** Some of the input could not be processed (an unreadable file, a missing record). */
    public static final int FAILED_INPUT = 1;
    /** The command line itself is wrong (unknown option, missing argument). */
    public static final int INVALID_USAGE = 2;
    /** A fault in the program or its environment (missing Tesseract, disk full). */
    public static final int INTERNAL_ERROR = 4;

    private ExitCode() {}
}
