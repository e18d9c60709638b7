package org.saraban.intake.index;

/** One value of a facet with how many hits have it, and its Thai label. */
public record FacetCount(String value, String label, long count) {}
