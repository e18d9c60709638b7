package org.saraban.intake.index;

import java.time.LocalDate;

/** One record found by a search, with the fields a result list shows. */
public record SearchHit(String id, String refNo, LocalDate date, String subject, String file, float score) {}
