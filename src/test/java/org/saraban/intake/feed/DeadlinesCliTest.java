package org.saraban.intake.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.saraban.intake.cli.SarabanCommand;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.index.SampleLetters;
import org.saraban.intake.store.RecordStore;

/** {@code saraban deadlines}, {@code reindex} and {@code search} run on a workspace of sample records. */
class DeadlinesCliTest {
    @TempDir Path workspace;

    private String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = SarabanCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    private void fill() throws Exception {
        RecordStore store = new RecordStore(workspace.resolve("records"));
        for (DirectiveRecord r : SampleLetters.all()) {
            store.save(r);
        }
    }

    @Test
    void csvAndIcsFromTheRecords() throws Exception {
        fill();
        String[] csv = run("deadlines", "-w", workspace.toString(), "--csv", "--from", "2024-12-30", "--to", "2024-12-30");
        assertEquals("0", csv[0], csv[2]);
        assertEquals(3, csv[1].lines().count(), csv[1]);
        assertTrue(csv[1].lines().skip(1).allMatch(l -> l.startsWith("2024-12-30,")), csv[1]);

        Path file = workspace.resolve("out.ics");
        String[] ics = run("deadlines", "-w", workspace.toString(), "--ics", "-o", file.toString());
        assertEquals("0", ics[0], ics[2]);
        Calendar calendar = new CalendarBuilder().build(new StringReader(Files.readString(file, StandardCharsets.UTF_8)));
        assertFalse(calendar.validate().hasErrors());
        assertEquals(8, calendar.getComponents("VEVENT").size());
    }

    @Test
    void wrongUseGetsAOneLineError() throws Exception {
        fill();
        String[] both = run("deadlines", "-w", workspace.toString(), "--csv", "--ics");
        assertEquals("2", both[0]);
        assertTrue(both[2].startsWith("saraban: "), both[2]);
        String[] backwards = run("deadlines", "-w", workspace.toString(), "--from", "2025-01-01", "--to", "2024-01-01");
        assertEquals("2", backwards[0]);
        assertEquals("saraban: deadline range is empty: 2025-01-01 is after 2024-01-01", backwards[2].strip());
    }

    @Test
    void reindexThenSearchFromTheCommandLine() throws Exception {
        fill();
        String[] reindex = run("reindex", "-w", workspace.toString());
        assertEquals("0", reindex[0], reindex[2]);
        assertTrue(reindex[1].startsWith("indexed 9 record(s)"), reindex[1]);
        String[] search = run("search", "-w", workspace.toString(), "มท๐๘๑๐.๗/ว๕๙๕๕");
        assertEquals("0", search[0], search[2]);
        assertTrue(search[1].lines().skip(1).findFirst().orElseThrow().contains("มท 0810.7/ว 5955"), search[1]);

        String[] filtered = run("search", "-w", workspace.toString(), "-f", "type=stamped", "--facets", "ข้อมูล");
        assertEquals("0", filtered[0], filtered[2]);
        assertTrue(filtered[1].startsWith("search \"ข้อมูล\": 2 hit(s)"), filtered[1]);
        assertTrue(filtered[1].contains("«ข้อมูล»"), filtered[1]);
        assertTrue(filtered[1].contains("  type: external (5) stamped (2) memo (1)"), filtered[1]);

        String[] wrong = run("search", "-w", workspace.toString(), "-f", "colour=red");
        assertEquals("2", wrong[0]);
        assertTrue(wrong[2].startsWith("saraban: no facet 'colour'"), wrong[2]);
    }
}
