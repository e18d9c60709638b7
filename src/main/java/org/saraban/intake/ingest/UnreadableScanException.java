package org.saraban.intake.ingest;

import java.io.IOException;

/** The file cannot be read as a scan; the message is the reason shown to the clerk. */
public class UnreadableScanException extends IOException {
    public UnreadableScanException(String reason) {
        super(reason);
    }

    public UnreadableScanException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
