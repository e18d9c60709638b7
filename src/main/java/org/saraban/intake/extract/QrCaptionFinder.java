package org.saraban.intake.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.saraban.intake.directive.DirectiveRecord.QrCode;

/**
 * Captions printed beside QR codes, and the codes of a letter's pages labelled with them. A
 * caption is a short line of its own naming a manual ({@code คู่มือการบันทึกข้อมูลฯ}, "data-entry
 * manual"), continued on the next line when that starts with ใน ("in …"), or the words after
 * {@code QR Code}. Captions are matched to codes in page order; when the counts differ and there
 * is more than one code, codes keep no label rather than a wrong one. Stateless and thread-safe.
 */
public final class QrCaptionFinder {
    private static final Pattern MANUAL = Pattern.compile("^คู่มือ\\S");
    private static final Pattern QR_LINE = Pattern.compile("^QR\\s?[Cc]ode\\s*(.*)$");
    private static final Pattern CONTINUATION = Pattern.compile("^ใน\\S");
    private static final int MAX_CAPTION = 90;

    /** The captions in the letter, in reading order: manual names first, then QR Code lines. */
    public List<String> captions(LetterText letter) {
        List<String> lines = letter.lines();
        List<String> manuals = new ArrayList<>();
        List<String> qrLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean standsAlone = i == 0 || lines.get(i - 1).isEmpty() || QR_LINE.matcher(lines.get(i - 1)).find();
            if (MANUAL.matcher(line).find() && line.length() <= MAX_CAPTION && standsAlone) {
                String caption = line;
                if (i + 1 < lines.size() && CONTINUATION.matcher(lines.get(i + 1)).find()) {
                    caption += " " + lines.get(i + 1);
                }
                manuals.add(caption);
                continue;
            }
            Matcher qr = QR_LINE.matcher(line);
            if (qr.find() && !qr.group(1).isBlank()) {
                qrLines.add(qr.group(1).strip());
            }
        }
        List<String> all = new ArrayList<>(manuals);
        all.addAll(qrLines);
        return all;
    }

    /** {@code codes} with the letter's captions as labels. */
    public List<QrCode> label(List<QrCode> codes, LetterText letter) {
        List<String> captions = captions(letter);
        List<QrCode> out = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            QrCode code = codes.get(i);
            String label = code.label();
            if (label == null) {
                if (codes.size() == 1 && !captions.isEmpty()) {
                    label = captions.get(0);
                } else if (captions.size() == codes.size()) {
                    label = captions.get(i);
                }
            }
            out.add(new QrCode(code.payload(), code.page(), label));
        }
        return out;
    }
}
