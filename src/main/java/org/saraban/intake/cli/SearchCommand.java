package org.saraban.intake.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.saraban.intake.index.Clearance;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.index.Facet;
import org.saraban.intake.index.FacetCount;
import org.saraban.intake.index.FacetDimension;
import org.saraban.intake.index.SearchHit;
import org.saraban.intake.index.SearchRequest;
import org.saraban.intake.index.SearchResult;
import org.saraban.intake.index.Snippet;
import org.saraban.intake.index.SortOrder;
import org.saraban.intake.pipeline.IntakeSettings;
import org.saraban.intake.web.WebSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search the recorded directives: Thai or English words, or a reference number.")
final class SearchCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Parameters(arity = "0..*", paramLabel = "QUERY", description = "Words to find; several words must all match. None: list by filters.")
    List<String> words = new ArrayList<>();

    @Option(names = {"-n", "--limit"}, defaultValue = "10", description = "Most hits to show (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = {"-f", "--filter"}, paramLabel = "FACET=VALUE",
            description = "Keep hits with this value; facets: agency, type, urgency, domain, year. Repeatable.")
    Map<String, String> filters = Map.of();

    @Option(names = "--sort", defaultValue = "relevance", description = "relevance, date or deadline (default: ${DEFAULT-VALUE}).")
    String sort;

    @Option(names = "--from", paramLabel = "DATE", description = "Letters dated on or after DATE (2024-01-31).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Letters dated on or before DATE.")
    LocalDate to;

    @Option(names = "--facets", description = "Also print the facet counts.")
    boolean facets;

    @Mixin SecrecyOption secrecy;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        IntakeSettings settings = workspace.settings();
        String query = String.join(" ", words);
        try (DirectiveIndex index = new DirectiveIndex(settings.workspaceFolders().create().index())) {
            Map<FacetDimension, List<String>> chosen = new EnumMap<>(FacetDimension.class);
            filters.forEach((dimension, value) -> chosen.put(FacetDimension.fromKey(dimension), List.of(value)));
            // Secret letters are shown only when asked for, so a search on a shared screen does not reveal them.
            Clearance clearance = secrecy.clearance();
            SearchRequest request = new SearchRequest(query, chosen, from, to, null, null, SortOrder.parse(sort), 0, limit,
                    clearance, LocalDate.now(WebSettings.ZONE));
            SearchResult result = index.search(request);
            print(spec.commandLine().getOut(), query, result, facets);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("saraban: " + SarabanCommand.oneLine(e));
            return ExitCode.INVALID_USAGE;
        }
        return ExitCode.OK;
    }

    /** Prints a plain list of hits (the demo's search). */
    static void print(PrintWriter out, String query, List<SearchHit> hits) {
        print(out, query, new SearchResult(hits.size(), hits, List.of()), false);
    }

    static void print(PrintWriter out, String query, SearchResult result, boolean withFacets) {
        out.printf("search \"%s\": %d hit(s)%n", query, result.total());
        for (SearchHit hit : result.hits()) {
            out.printf("  %-20s %-10s %s  [%s]%n", hit.refNo() == null ? "-" : hit.refNo(),
                    hit.date() == null ? "-" : hit.date(), hit.subject() == null ? "-" : hit.subject(), hit.file());
            for (Snippet s : hit.snippets()) {
                out.printf("      …%s…%n", s.marked("«", "»").strip());
            }
        }
        if (withFacets) {
            for (Facet f : result.facets()) {
                StringBuilder line = new StringBuilder("  " + f.dimension() + ":");
                for (FacetCount c : f.values()) {
                    line.append(' ').append(c.value()).append(" (").append(c.count()).append(')');
                }
                out.println(line);
            }
        }
        out.flush();
    }
}
