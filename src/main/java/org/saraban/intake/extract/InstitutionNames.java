package org.saraban.intake.extract;

import java.util.List;
import java.util.stream.Stream;

/**
 * Restores the marks of the long names of local-government institutions where OCR lost, added or
 * misplaced them: a vowel above or below a letter, a tone mark, ์ (ท้องถิน, ปกคร้อง, สู่วน), and the
 * names of the INFO system's topics likewise (ประชาชนุ). Only marks and spaces change, and only where
 * every consonant and leading vowel of the name was read in order, so nothing that was not on the page
 * is put there; a space OCR or a wrapped line put inside a name goes, and so does one letter read too
 * many inside a name (ระบบข้อมูลนกลาง). The names are the fixed ones of the genre, each at
 * least ten letters long without its marks, which no other wording shares, and the provinces' names after
 * จังหวัด. Stateless and thread-safe.
 */
final class InstitutionNames {
    private static final List<String> INSTITUTIONS = List.of(
            "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด", // provincial office of local administration
            "กรมส่งเสริมการปกครองท้องถิ่น", // Department of Local Administration
            "องค์กรปกครองส่วนท้องถิ่น", // local government organization
            "องค์การบริหารส่วนจังหวัด", // provincial administrative organization
            "องค์การบริหารส่วนตำบล", // subdistrict administrative organization
            "ศูนย์ช่วยเหลือประชาชน", // citizen assistance centre
            "ระบบข้อมูลกลาง", // central information system (INFO)
            "ผู้ว่าราชการจังหวัด", // provincial governor
            "ท้องถิ่นจังหวัด", // provincial local administration officer
            "ท้องถิ่นอำเภอ"); // district local administration officer
    /** Each province's name after จังหวัด ("province"): จังหวัดกระบิ is read for จังหวัดกระบี่. */
    private static final List<String> PROVINCES = new AgencyCodes().provinceNames().stream()
            .map(province -> "จังหวัด" + province).toList();
    /** The institutions, the INFO system's topics (ข้อมูลการช่วยเหลือประชาชน, …) and the provinces, longest first. */
    private static final List<String> NAMES = Stream.concat(
                    Stream.concat(INSTITUTIONS.stream(), InfoDomainFinder.KNOWN_TOPICS.stream())
                            .filter(name -> LetterText.skeleton(name).length() >= 10),
                    PROVINCES.stream())
            .sorted((a, b) -> b.length() - a.length()).toList();
    /** The letters of a name a letter read too many must have on either side. */
    private static final int MIN_AROUND_INSERTED = 3;
    /** Each name's letters without marks and spaces, what a line is searched for. */
    private static final List<String> SKELETONS = NAMES.stream().map(LetterText::skeleton).toList();

    /** {@code line} with the marks of every institution name in it as the name has them. */
    String repair(String line) {
        String out = line;
        for (int n = 0; n < NAMES.size(); n++) {
            out = repair(out, NAMES.get(n), SKELETONS.get(n));
        }
        return out;
    }

    private static String repair(String line, String name, String nameSkeleton) {
        // the position in line of each letter of the line's skeleton
        int[] at = new int[line.length()];
        StringBuilder skeleton = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            if (!LetterText.isMark(line.charAt(i)) && line.charAt(i) != ' ') {
                at[skeleton.length()] = i;
                skeleton.append(line.charAt(i));
            }
        }
        boolean province = PROVINCES.contains(name);
        String letters = skeleton.toString();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int from = 0;
        for (int[] found = find(letters, nameSkeleton, from, province); found != null;
                found = find(letters, nameSkeleton, from, province)) {
            int k = found[0];
            int start = at[k];
            int lastLetter = at[found[1] - 1];
            int end = lastLetter + 1;
            while (end < line.length() && LetterText.isMark(line.charAt(end))) {
                end++;
            }
            from = found[1];
            if (line.substring(start, end).contains(" ") && province) {
                continue; // a word after จังหวัด and a space may be no province's (ภายในจังหวัด เลยวันที่ …)
            }
            out.append(line, copied, start).append(name);
            copied = end;
        }
        return out.append(line, copied, line.length()).toString();
    }

    /**
     * Where from {@code from} on the skeleton of a line holds a name's skeleton, as {start, end}: the
     * name's letters in order, or (not for a province) those with one letter more inside, which OCR
     * read from a speck or at a line's wrap (ระบบข้อมูลน / กลาง); null when neither is there.
     */
    private static int[] find(String line, String name, int from, boolean province) {
        int exact = line.indexOf(name, from);
        int n = name.length();
        for (int k = from; k + n < line.length() && !province; k++) {
            if (exact >= 0 && exact <= k) {
                break;
            }
            int same = 0; // letters alike from k on, before the one read too many
            while (same < n && line.charAt(k + same) == name.charAt(same)) {
                same++;
            }
            if (same >= MIN_AROUND_INSERTED && same <= n - MIN_AROUND_INSERTED
                    && line.startsWith(name.substring(same), k + same + 1)) {
                return new int[] {k, k + n + 1};
            }
        }
        return exact < 0 ? null : new int[] {exact, exact + n};
    }
}
