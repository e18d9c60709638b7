package org.saraban.intake.pipeline;

import java.nio.file.Path;
import org.apache.camel.main.Main;
import org.apache.camel.support.processor.idempotent.FileIdempotentRepository;

/**
 * The long-running service: Camel Main loads the route files of {@code routes/} and binds the
 * pipeline's beans for them. The routes only wire; the work is in {@link InboxSteps}.
 */
public final class IntakeService {
    private final Intake intake;
    private final Path routesDir;
    private final Main main = new Main();

    public IntakeService(Intake intake, Path routesDir) {
        this.intake = intake;
        this.routesDir = routesDir;
        configure();
    }

    private void configure() {
        IntakeSettings s = intake.settings();
        Workspace w = intake.workspace();
        main.configure().withRoutesIncludePattern("file:" + routesDir.toAbsolutePath() + "/*.yaml");
        main.configure().withName("saraban-intake");
        // The route files read these as {{saraban.*}} placeholders.
        main.addInitialProperty("saraban.inbox", w.inbox().toString());
        main.addInitialProperty("saraban.archive", w.archive().toString());
        main.addInitialProperty("saraban.errors", w.errors().toString());
        main.addInitialProperty("saraban.threads", Integer.toString(s.threads()));
        main.addInitialProperty("saraban.inbox.poll-ms", Long.toString(s.inboxPollMillis()));
        main.addInitialProperty("saraban.inbox.stable-ms", Long.toString(s.inboxStableMillis()));
        main.bind("inboxSteps", new InboxSteps(intake));
        // Hashes of files already done, kept on disk so a restart does not process them again.
        main.bind("processedScans", FileIdempotentRepository.fileIdempotentRepository(
                w.state().resolve("processed-sha256.txt").toFile(), 1_000_000, 64L * 1024 * 1024));
    }

    /** Starts the routes and returns; {@link #stop()} ends them. */
    public void start() throws Exception {
        main.start();
    }

    /** Runs until the JVM is asked to stop (Ctrl-C, SIGTERM). */
    public void runUntilStopped() throws Exception {
        main.run();
    }

    public void stop() throws Exception {
        main.stop();
    }

    public org.apache.camel.CamelContext camelContext() {
        return main.getCamelContext();
    }
}
