/**
 * The directive record: what the pipeline writes for each letter found in a scan and what other
 * systems read. The shape follows {@code directive-record.schema.json}; all types are immutable
 * records and thread-safe.
 */
package org.saraban.intake.directive;
