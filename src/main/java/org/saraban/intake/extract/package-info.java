/**
 * Extract stage: finds the letters in a scan's text and the fields of each one.
 *
 * <p>{@link org.saraban.intake.extract.DirectiveExtractor} is the entry point; its Javadoc lists
 * the chain. Each finder reads one family of fields from a letter's normalized text
 * ({@link org.saraban.intake.extract.LetterText}) and returns a
 * {@link org.saraban.intake.extract.Found}: the value, a confidence, and the reasons a person should
 * check it. What OCR damaged is repaired only from what the bundle itself says (the same number
 * quoted in another letter, the province in the address or a received stamp, the canonical INFO
 * domain names, the calendar) and the repair is named in {@code review}; OCR noise that no Thai
 * spelling allows (a mark lost from a fixed name, a letter read twice, a speck) is cleaned in
 * {@link org.saraban.intake.extract.LetterText}; what cannot be repaired is kept as read and
 * flagged. Nothing is invented. All classes are stateless and thread-safe.
 */
package org.saraban.intake.extract;
