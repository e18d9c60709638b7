package org.saraban.intake.extract;

import java.time.Instant;
import java.util.List;
import org.saraban.intake.directive.DirectiveRecord.QrCode;

/** What extraction reads: the recognized text of every page of one file and its QR codes. */
public record ScanText(String file, String sha256, Instant ingestedAt, List<PageText> pages, List<QrCode> qrCodes) {
    public ScanText {
        pages = List.copyOf(pages);
        qrCodes = List.copyOf(qrCodes);
    }
}
