package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.index.SearchHit;
import org.saraban.intake.pipeline.IntakeSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the recorded directives: Thai or English words, or a reference number.")
final class SearchCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "Words to find; several words must all match.")
    List<String> words;

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IntakeSettings settings = workspace.settings();
        String query = String.join(" ", words);
        try (DirectiveIndex index = new DirectiveIndex(settings.workspaceFolders().create().index())) {
            List<SearchHit> hits = index.search(query, limit);
            print(spec.commandLine().getOut(), query, hits);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("saraban: " + SarabanCommand.oneLine(e));
            return ExitCode.INVALID_USAGE;
        }
        return ExitCode.OK;
    }

    static void print(PrintWriter out, String query, List<SearchHit> hits) {
        out.printf("search \"%s\": %d hit(s)%n", query, hits.size());
        for (SearchHit hit : hits) {
            out.printf("  %-20s %-10s %s  [%s]%n", hit.refNo() == null ? "-" : hit.refNo(),
                    hit.date() == null ? "-" : hit.date(), hit.subject() == null ? "-" : hit.subject(), hit.file());
        }
    }
}
