/**
 * Search: an embedded Lucene index of directive records. Thai word segmentation (ICU), Thai and
 * Arabic digits alike, reference numbers however typed, facets with counts, date and deadline
 * ranges, sorting by relevance, date or nearest deadline, Thai snippets, related letters and the
 * reference graph. Every read takes a {@link org.saraban.intake.index.Clearance}. The index is
 * derived from the JSON records and can always be rebuilt from them.
 */
package org.saraban.intake.index;
