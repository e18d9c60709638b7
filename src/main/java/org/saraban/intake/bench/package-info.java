/**
 * Benchmarks: the whole pipeline against raw Tesseract and OCRmyPDF on the same pages
 * ({@link org.saraban.intake.bench.PipelineBench}), and search at a million records
 * ({@link org.saraban.intake.bench.SearchBench}). Each prints a table; targets are checked here,
 * never in unit tests. The pipeline runs in a child JVM ({@link org.saraban.intake.bench.PipelineProbe})
 * so its CPU time, resident memory and heap are its own.
 */
package org.saraban.intake.bench;
