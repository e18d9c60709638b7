package org.saraban.intake.samples;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The Thai typefaces letters are set in, loaded straight from their TrueType files so that the
 * rendering does not depend on what the system's font configuration would pick. On Debian the files
 * come with the package {@code fonts-thai-tlwg}.
 */
public final class ThaiFonts {
    /** Where Debian installs the TLWG fonts. */
    public static final Path DEBIAN_TLWG = Path.of("/usr/share/fonts/truetype/tlwg");
    /** Laksaman is derived from TH Sarabun PSK, the font the regulation prescribes. */
    public static final String DEFAULT_FACE = "Laksaman";
    /** Kept out of OCR training, so that accuracy on an unseen font can be measured. */
    public static final String HELD_OUT_FACE = "Norasi";
    /** A hand-lettered face, for notes written on the paper. */
    public static final String HAND_FACE = "Purisa";

    private final Path folder;

    public ThaiFonts(Path folder) {
        this.folder = folder;
    }

    /**
     * The regular and bold cuts of {@code name}, scaled so that its text runs as wide as Laksaman's
     * (the TLWG faces differ a lot in size at the same point size, and a letter must still fit A4).
     */
    public Typeface face(String name) throws IOException {
        Font regular = load(name + ".ttf");
        Font bold = load(name + "-Bold.ttf");
        float scale = 1f;
        if (!name.equals(DEFAULT_FACE)) {
            Font reference = load(DEFAULT_FACE + ".ttf");
            scale = (float) (width(reference) / width(regular));
        }
        return new Typeface(name, regular, bold, scale);
    }

    private Font load(String fileName) throws IOException {
        Path file = folder.resolve(fileName);
        if (!Files.isRegularFile(file)) {
            throw new IOException("font file " + file + " not found (install the package fonts-thai-tlwg)");
        }
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException e) {
            throw new IOException("font file " + file + " is not a TrueType font", e);
        }
    }

    private static double width(Font font) {
        var context = new java.awt.font.FontRenderContext(null, true, true);
        return font.deriveFont(100f).getStringBounds("การบันทึกข้อมูลในระบบ ๑๒๓", context).getWidth();
    }

    /** A typeface: its regular and bold cuts and the factor that evens its size with Laksaman. */
    public record Typeface(String name, Font regular, Font bold, float scale) {
        /** The regular cut at {@code pixels} (Laksaman-equivalent) height. */
        public Font regular(float pixels) {
            return regular.deriveFont(pixels * scale);
        }

        public Font bold(float pixels) {
            return bold.deriveFont(pixels * scale);
        }
    }
}
