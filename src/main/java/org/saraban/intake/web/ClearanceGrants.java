package org.saraban.intake.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.saraban.intake.directive.Secrecy;
import org.saraban.intake.index.Clearance;

/**
 * Which secret letters a reader may see, by the clearance token the reader presents: a token
 * configured for a level (ลับ, ลับมาก, ลับที่สุด) opens that level and every lower one. Without a
 * valid token a reader sees only letters with no secrecy mark. Immutable and thread-safe.
 */
public record ClearanceGrants(Map<Secrecy, String> tokens) {
    public ClearanceGrants {
        Map<Secrecy, String> kept = new EnumMap<>(Secrecy.class);
        tokens.forEach((level, token) -> {
            if (token != null && !token.isBlank()) {
                kept.put(level, token.strip());
            }
        });
        tokens = Map.copyOf(kept);
    }

    public static ClearanceGrants none() {
        return new ClearanceGrants(Map.of());
    }

    /** The clearance of a reader presenting {@code token} (null when none was presented). */
    public Clearance clearanceFor(String token) {
        Set<Secrecy> levels = EnumSet.noneOf(Secrecy.class);
        if (token != null) {
            for (Secrecy level : Secrecy.values()) {
                String granted = tokens.get(level);
                if (granted != null && MessageDigest.isEqual(granted.getBytes(StandardCharsets.UTF_8),
                        token.strip().getBytes(StandardCharsets.UTF_8))) {
                    // Secrecy's constants run from lowest to highest.
                    levels.addAll(EnumSet.range(Secrecy.values()[0], level));
                }
            }
        }
        return new Clearance(levels);
    }
}
