package org.saraban.intake.cli;

import org.saraban.intake.index.Clearance;
import picocli.CommandLine.Option;

/** {@code --include-secret}: commands that list letters leave secret ones out unless asked. */
final class SecrecyOption {
    @Option(names = "--include-secret", description = "Include letters marked ลับ, ลับมาก or ลับที่สุด (left out by default).")
    boolean includeSecret;

    Clearance clearance() {
        return includeSecret ? Clearance.all() : Clearance.unmarkedOnly();
    }
}
