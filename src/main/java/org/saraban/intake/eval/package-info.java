/**
 * Accuracy of the whole pipeline against generated ground truth: letters found in a scan are paired
 * with the true letters by their pages ({@link org.saraban.intake.eval.LetterPairing}), each
 * {@link org.saraban.intake.eval.Field} is counted as found, missed or wrong
 * ({@link org.saraban.intake.eval.FieldScore}), and the OCR text is compared with the printed text
 * ({@link org.saraban.intake.eval.CharacterErrorRate}). {@link org.saraban.intake.eval.Evaluation}
 * keeps the counts per group of letters (all, held-out font, held-out text) and prints them.
 */
package org.saraban.intake.eval;
