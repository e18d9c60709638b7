/**
 * Generator of realistic sample scans with their ground truth. A letter is first composed as a
 * {@link org.saraban.intake.samples.LetterDraft} (what it says, chosen by a seeded random source
 * from the wording, offices and people in {@link org.saraban.intake.samples.Wording},
 * {@link org.saraban.intake.samples.Offices} and {@link org.saraban.intake.samples.People}), then
 * typeset at A4 by {@link org.saraban.intake.samples.Typesetter}, marked by hand and stamp
 * ({@link org.saraban.intake.samples.Overprint}), put through a scanner
 * ({@link org.saraban.intake.samples.ScanEffects}) and written as PDF, TIFF, JPEG or PNG
 * ({@link org.saraban.intake.samples.ScanWriter}). The draft knows its own directive record, which
 * is saved beside the scan by {@link org.saraban.intake.samples.SampleTruth}.
 *
 * <p>Held out of OCR training: the Norasi font, and the wordings and topics flagged as held out;
 * the truth says which each letter used, so accuracy on them can be reported apart.
 */
package org.saraban.intake.samples;
