/**
 * Extract stage: finds the letters in a scan's text and the fields of each one. Each finder reads
 * one family of fields from normalized text; {@link org.saraban.intake.extract.DirectiveExtractor}
 * runs them over each letter and assembles the records.
 */
package org.saraban.intake.extract;
