package org.saraban.intake.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.saraban.intake.directive.DirectiveRecord;
import org.saraban.intake.extract.DirectiveExtractor;
import org.saraban.intake.index.DirectiveIndex;
import org.saraban.intake.index.SearchHit;
import org.saraban.intake.ingest.ContentHash;
import org.saraban.intake.ingest.ScanLoader;
import org.saraban.intake.ingest.UnreadableScanException;
import org.saraban.intake.ocr.OcrSettings;
import org.saraban.intake.ocr.PageRecognizer;
import org.saraban.intake.ocr.TessdataDirectory;
import org.saraban.intake.qr.QrCodeScanner;
import org.saraban.intake.store.RecordStore;

/**
 * One installation's pipeline, assembled from its settings: reads files, writes their records to
 * the store, then indexes them. The store is written first, so the index can always be rebuilt
 * from it. Thread-safe; close it to free the OCR engines and the index.
 */
public final class Intake implements AutoCloseable {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Intake.class);

    private final IntakeSettings settings;
    private final Workspace workspace;
    private final ExecutorService pageWorkers;
    private final PageRecognizer recognizer;
    private final ScanProcessor processor;
    private final RecordStore store;
    private final DirectiveIndex index;
    private final HaltPoints haltPoints;
    private final List<Consumer<List<DirectiveRecord>>> indexedListeners = new CopyOnWriteArrayList<>();

    public Intake(IntakeSettings settings) throws IOException {
        this(settings, HaltPoints.fromSystemProperty());
    }

    Intake(IntakeSettings settings, HaltPoints haltPoints) throws IOException {
        this.settings = settings;
        this.haltPoints = haltPoints;
        this.workspace = settings.workspaceFolders().create();
        Path tessdata = TessdataDirectory.prepare(workspace.tessdata());
        this.recognizer = new PageRecognizer(new OcrSettings(tessdata, settings.ocrLanguages(), settings.ocrPageSegMode()));
        AtomicInteger n = new AtomicInteger();
        this.pageWorkers = Executors.newFixedThreadPool(settings.threads(), r -> {
            Thread t = new Thread(r, "ocr-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.processor = new ScanProcessor(new ScanLoader(settings.limits()), recognizer, new QrCodeScanner(),
                new DirectiveExtractor(), pageWorkers, settings.threads(), settings.maxSecondsPerFile(), haltPoints);
        this.store = new RecordStore(workspace.records());
        this.index = new DirectiveIndex(workspace.index());
    }

    public IntakeSettings settings() {
        return settings;
    }

    public Workspace workspace() {
        return workspace;
    }

    public ScanProcessor processor() {
        return processor;
    }

    public RecordStore store() {
        return store;
    }

    public DirectiveIndex index() {
        return index;
    }

    /** Reads {@code file}, saves its records and indexes them. */
    public List<DirectiveRecord> ingest(Path file) throws Exception {
        return ingest(file, file.getFileName().toString(), ContentHash.sha256(file));
    }

    /** As {@link #ingest(Path)}, for a file whose dropped name and hash are already known. */
    public List<DirectiveRecord> ingest(Path file, String fileName, String sha256) throws Exception {
        List<DirectiveRecord> read = processor.process(file, fileName, sha256);
        if (read.isEmpty()) {
            // Archiving a file nothing was recorded from would hide it from every search: show it to a person.
            throw new UnreadableScanException("no text found on any page: nothing to record");
        }
        List<DirectiveRecord> records = new ArrayList<>();
        List<DirectiveRecord> directives;
        // Reading runs in parallel; looking for an earlier scan and indexing do not, so two scans of
        // one letter arriving together are still seen as one letter.
        synchronized (this) {
            for (DirectiveRecord record : read) {
                records.add(linkToEarlierScan(record));
            }
            for (DirectiveRecord record : records) {
                store.save(record);
                haltPoints.reached("record-saved");
            }
            directives = records.stream().filter(Intake::isDirective).toList();
            index.index(directives);
        }
        haltPoints.reached("indexed");
        for (Consumer<List<DirectiveRecord>> listener : indexedListeners) {
            try {
                listener.accept(directives);
            } catch (RuntimeException e) {
                // The records are saved and indexed; a listener's trouble must not fail the file.
                LOG.error("after indexing {}: {}", fileName, e.toString());
            }
        }
        return records;
    }

    /**
     * Calls {@code listener} with each ingested file's records once they are saved and indexed (the
     * webhooks). It runs on the ingesting thread, so it must hand work off and return quickly.
     */
    public void onIndexed(Consumer<List<DirectiveRecord>> listener) {
        indexedListeners.add(listener);
    }

    /** Recreates the index from the stored records; returns how many were indexed. */
    public int reindex() throws IOException {
        List<DirectiveRecord> directives = store.all().stream().filter(Intake::isDirective).toList();
        index.rebuild(directives);
        return directives.size();
    }

    /** A second scan of a letter already recorded is kept and linked, but is not a second directive. */
    private static boolean isDirective(DirectiveRecord record) {
        return record.source().duplicateOf() == null;
    }

    /**
     * The same letter scanned again (other bytes, same reference number and date) is linked to the
     * record of the first scan instead of standing as a directive of its own.
     */
    private DirectiveRecord linkToEarlierScan(DirectiveRecord record) throws IOException {
        if (record.refNo() == null || record.date() == null) {
            return record;
        }
        for (SearchHit hit : index.search(record.refNo().text(), 20)) {
            boolean sameLetter = record.refNo().text().equals(hit.refNo()) && record.date().equals(hit.date());
            boolean otherFile = !hit.id().startsWith(record.source().sha256().substring(0, 16));
            if (sameLetter && otherFile) {
                return record.withSource(record.source().withDuplicateOf(hit.id()));
            }
        }
        return record;
    }

    @Override
    public void close() throws IOException {
        pageWorkers.shutdownNow();
        recognizer.close();
        index.close();
    }
}
