/** Search: an embedded Lucene index of directive records with Thai word segmentation. */
package org.saraban.intake.index;
