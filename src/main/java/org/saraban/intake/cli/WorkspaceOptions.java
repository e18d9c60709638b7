package org.saraban.intake.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.saraban.intake.pipeline.IntakeSettings;
import picocli.CommandLine.Option;

/** Options every command that touches a workspace shares. */
public final class WorkspaceOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "Properties file (default: ./saraban.properties if present).")
    Path config;

    @Option(names = {"-w", "--workspace"}, paramLabel = "DIR", description = "Workspace folder (default: saraban.workspace).")
    Path workspace;

    IntakeSettings settings() throws IOException {
        IntakeSettings settings = IntakeSettings.load(config);
        return workspace == null ? settings : settings.withWorkspace(workspace.toAbsolutePath().normalize());
    }
}
