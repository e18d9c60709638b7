package org.saraban.intake.cli;

import java.util.concurrent.Callable;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.pipeline.Workspace;
import org.saraban.intake.store.RecordStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reindex", mixinStandardHelpOptions = true,
        description = "Rebuild the search index from the JSON records alone.")
final class ReindexCommand implements Callable<Integer> {
    @Mixin WorkspaceOptions workspace;

    @Spec CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Workspace folders = workspace.settings().workspaceFolders().create();
        var records = new RecordStore(folders.records()).all();
        try (DirectiveIndex index = new DirectiveIndex(folders.index())) {
            index.rebuild(records);
        }
        spec.commandLine().getOut().printf("indexed %d record(s) from %s%n", records.size(), folders.records());
        return ExitCode.OK;
    }
}
