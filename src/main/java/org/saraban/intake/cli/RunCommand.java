package org.saraban.intake.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.feed.Backoff;
import org.saraban.intake.feed.WebhookOutbox;
import org.saraban.intake.pipeline.Intake;
import org.saraban.intake.pipeline.IntakeService;
import org.saraban.intake.web.SearchServer;
import org.saraban.intake.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Watch the inbox folder and serve the search API until stopped (Ctrl-C).")
final class RunCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Option(names = "--routes", paramLabel = "DIR", defaultValue = "routes", description = "Folder of Camel route files (default: ${DEFAULT-VALUE}).")
    Path routes;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(routes)) {
            spec.commandLine().getErr().println("saraban: routes folder not found: " + routes);
            return ExitCode.INVALID_USAGE;
        }
        List<AutoCloseable> closer = new ArrayList<>();
        try (Intake intake = new Intake(workspace.settings());
                SearchServer server = new SearchServer(intake.index(), intake.store(), WebSettings.of(intake.settings()))) {
            if (intake.index().isStale()) {
                spec.commandLine().getOut().printf("the search index is from another version: rebuilt from %d record(s)%n",
                        intake.reindex());
            }
            if (!intake.settings().webhookUrls().isEmpty()) {
                WebhookOutbox webhooks = new WebhookOutbox(intake.workspace().state().resolve("webhooks"),
                        intake.settings().webhookUrls(), Backoff.STANDARD, Clock.systemUTC(),
                        WebSettings.of(intake.settings()).clearance()).start();
                closer.add(webhooks);
                intake.onIndexed(webhooks);
            }
            int port = server.start(intake.settings().webHost(), intake.settings().webPort());
            spec.commandLine().getOut().printf("watching %s; search page on http://%s:%d/%n",
                    intake.workspace().inbox(), intake.settings().webHost(), port);
            if (intake.settings().webToken().isEmpty() && !java.net.InetAddress.getByName(intake.settings().webHost()).isLoopbackAddress()) {
                spec.commandLine().getOut().println("other machines are refused until saraban.web.token is set");
            }
            new IntakeService(intake, routes).runUntilStopped();
        } finally {
            for (AutoCloseable c : closer) {
                c.close();
            }
        }
        return ExitCode.OK;
    }
}
