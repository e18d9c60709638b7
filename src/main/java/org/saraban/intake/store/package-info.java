/**
 * The records on disk: one JSON file per directive record, the source of truth from which the
 * search index can always be rebuilt.
 */
package org.saraban.intake.store;
