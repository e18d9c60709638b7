/**
 * The pipeline: {@link org.saraban.intake.pipeline.ScanProcessor} reads one file through the stages
 * (load, OCR, QR, extract), {@link org.saraban.intake.pipeline.Intake} stores and indexes what it
 * finds, and {@link org.saraban.intake.pipeline.IntakeService} runs the Camel routes of
 * {@code routes/} that feed it from the inbox.
 */
package org.saraban.intake.pipeline;
