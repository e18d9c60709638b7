package org.saraban.intake.index;

import java.time.LocalDate;
import java.util.List;

/**
 * The reference graph around one letter: the letters it cites (อ้างถึง), the letters it encloses
 * (สิ่งที่ส่งมาด้วย) and the letters anywhere in the index that cite it.
 */
public record LetterLinks(List<Link> cites, List<Link> encloses, List<Link> citedBy) {
    public LetterLinks {
        cites = List.copyOf(cites);
        encloses = List.copyOf(encloses);
        citedBy = List.copyOf(citedBy);
    }

    /**
     * One linked letter: its reference number and date as the citing letter gives them, and the
     * indexed record when there is one ({@code id} and {@code subject} are null otherwise).
     */
    public record Link(String refNo, LocalDate date, String text, String id, String subject) {}
}
