package org.saraban.intake.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.TessdataDirectory;

class ThaiFontsTest {
    private final ThaiFonts fonts = new ThaiFonts(ThaiFonts.DEBIAN_TLWG);

    /** Tone marks above vowels above consonants, and sara am, come out where Tesseract can read them. */
    @Test
    void combiningMarksRenderReadably(@TempDir Path tessdata) throws Exception {
        // ผู้ว่าราชการ (governor): mai tho over sara uu; ทั้งนี้: mai han-akat and mai tho over consonants;
        // ดำเนินการ: sara am. (The stock model misreads น้ำ whatever the font, so it is left out.)
        String line = "ผู้ว่าราชการจังหวัด ทั้งนี้ ดำเนินการ";
        try (PageRecognizer ocr = new PageRecognizer(new OcrSettings(TessdataDirectory.prepare(tessdata), "tha", 7))) {
            for (String face : new String[] {ThaiFonts.DEFAULT_FACE, ThaiFonts.HELD_OUT_FACE}) {
                BufferedImage image = new BufferedImage(2000, 200, BufferedImage.TYPE_INT_RGB);
                Graphics2D g = image.createGraphics();
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, 2000, 200);
                g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                g.setColor(Color.BLACK);
                g.setFont(fonts.face(face).regular(Typesetter.BODY));
                g.drawString(line, 40, 130);
                g.dispose();
                String text = ocr.recognize(1, image, 300).text().replaceAll("\\s+", "");
                assertEquals(line.replaceAll("\\s+", ""), text, face);
            }
        }
    }

    @Test
    void facesAreEvenedToLaksamanWidth() throws Exception {
        ThaiFonts.Typeface norasi = fonts.face(ThaiFonts.HELD_OUT_FACE);
        ThaiFonts.Typeface laksaman = fonts.face(ThaiFonts.DEFAULT_FACE);
        String text = "เรื่อง การบันทึกข้อมูลการช่วยเหลือประชาชน";
        double ratio = Typesetter.width(text, norasi.regular(66f)) / Typesetter.width(text, laksaman.regular(66f));
        assertTrue(ratio > 0.9 && ratio < 1.1, "width ratio " + ratio);
    }

    @Test
    void missingFontFolderSaysWhatToInstall(@TempDir Path empty) {
        var e = assertThrows(java.io.IOException.class, () -> new ThaiFonts(empty).face("Laksaman"));
        assertTrue(e.getMessage().contains("fonts-thai-tlwg"), e.getMessage());
    }
}
