package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits a salutation into its addressees: {@code นายอำเภอ ทุกอำเภอ นายกองค์การบริหารส่วนจังหวัดกระบี่
 * และนายกเทศมนตรีเมืองกระบี่} gives three. Thai writes addressees apart by spaces and joins the last
 * with และ ("and"); ทุก… ("every …") qualifies the addressee before it; a fragment too short to be
 * an office, or one that starts with a vowel sign or tone mark, is part of a word the OCR split
 * with a stray space and is joined back without it. Stateless and thread-safe.
 */
public final class RecipientSplitter {
    /** ทุก ("every"): qualifies the word before it. */
    private static final Pattern QUALIFIER = Pattern.compile("^(?:ทุก|ประจำ|ทั่วประเทศ)");
    /** A token that starts with a mark or vowel that cannot begin a Thai word. */
    private static final Pattern SPLIT_WORD = Pattern.compile("^[\\u0E30-\\u0E3A\\u0E45\\u0E47-\\u0E4E]");
    private static final int MIN_ADDRESSEE = 4;

    public List<String> split(String salutation) {
        List<String> out = new ArrayList<>();
        if (salutation == null) {
            return out;
        }
        for (String token : salutation.strip().split("\\s+")) {
            String t = token;
            boolean and = false;
            if (t.startsWith("และ") && t.length() > 3) {
                t = t.substring(3);
                and = true;
            }
            if (t.equals("และ") || t.isEmpty()) {
                continue;
            }
            boolean attach = !out.isEmpty() && !and
                    && (QUALIFIER.matcher(t).find() || SPLIT_WORD.matcher(t).find() || t.length() < MIN_ADDRESSEE);
            if (attach) {
                String joiner = QUALIFIER.matcher(t).find() ? " " : "";
                out.set(out.size() - 1, out.get(out.size() - 1) + joiner + t);
            } else {
                out.add(t);
            }
        }
        return out;
    }

    /** Whether the salutation addresses many: several addressees, or ทุก… ("every …"). */
    public boolean addressesMany(String salutation) {
        return salutation != null && (salutation.contains("ทุก") || split(salutation).size() > 1);
    }
}
