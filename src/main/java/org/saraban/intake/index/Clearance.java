package org.saraban.intake.index;

import java.util.EnumSet;
import java.util.Set;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.directive.Secrecy;

/**
 * The secrecy levels (ลับ, ลับมาก, ลับที่สุด) a reader may see. Letters without a secrecy mark are
 * visible to everyone who can search. Every search, lookup and link goes through one of these, so
 * who sees what is decided in one place.
 */
public record Clearance(Set<Secrecy> levels) {
    public Clearance {
        levels = levels.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(levels));
    }

    /** Sees every letter. */
    public static Clearance all() {
        return new Clearance(EnumSet.allOf(Secrecy.class));
    }

    /** Sees only letters without a secrecy mark. */
    public static Clearance unmarkedOnly() {
        return new Clearance(Set.of());
    }

    public boolean permits(DirectiveRecord record) {
        return record.secrecy() == null || levels.contains(record.secrecy());
    }

    boolean seesEverything() {
        return levels.size() == Secrecy.values().length;
    }
}
