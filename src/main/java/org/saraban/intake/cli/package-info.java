/**
 * The {@code saraban} command line (picocli): one class per subcommand, one table of exit codes in
 * {@link org.saraban.intake.cli.ExitCode}, and one place that turns errors into a one-line reason.
 */
package org.saraban.intake.cli;
