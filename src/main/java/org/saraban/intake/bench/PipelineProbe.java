package org.saraban.intake.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.saraban.intake.pipeline.Intake;
import org.saraban.intake.pipeline.IntakeSettings;

/**
 * The pipeline side of the benchmark, run in a JVM of its own so that its CPU time, peak resident
 * memory and peak heap are the pipeline's alone. It builds an {@link Intake} on a fresh workspace
 * and calls {@link Intake#ingest} (load, OCR and QR per page, extraction, record store, Lucene
 * index) for every file, {@code files-in-parallel} at a time, as the inbox route's {@code threads}
 * step hands files on; the route's polling and settle time are left out. With {@code WARMUP} every
 * file is first read once by another {@link Intake} on a workspace of its own, before the clock
 * starts: a service runs for days, so JIT compilation is paid for once (that pass's time is
 * reported apart); the measured intake then starts empty, loads its own engines and index, and
 * finds no earlier copies of the letters. Prints one line {@code RESULT {json}}.
 *
 * <p>Arguments: {@code WORKSPACE LANGUAGES THREADS FILES_IN_PARALLEL PASSES TRACE_HEAP WARMUP FILE...};
 * with {@code TRACE_HEAP} true the used heap after a full GC is noted after every file.
 */
public final class PipelineProbe {
    private PipelineProbe() {}

    public static void main(String[] args) throws Exception {
        Path workspace = Path.of(args[0]);
        String languages = args[1];
        int threads = Integer.parseInt(args[2]);
        int parallel = Integer.parseInt(args[3]);
        int passes = Integer.parseInt(args[4]);
        boolean traceHeap = Boolean.parseBoolean(args[5]);
        boolean warmup = Boolean.parseBoolean(args[6]);
        List<Path> files = new ArrayList<>();
        for (int i = 7; i < args.length; i++) {
            files.add(Path.of(args[i]));
        }
        IntakeSettings settings = IntakeSettings.defaultsWith(Map.of(
                        "saraban.ocr.languages", languages, "saraban.threads", Integer.toString(threads)))
                .withWorkspace(workspace);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("ompThreadLimit", System.getenv("OMP_THREAD_LIMIT"));
        if (warmup) {
            long w0 = System.nanoTime();
            try (Intake warm = new Intake(settings.withWorkspace(workspace.resolveSibling(workspace.getFileName() + "-warm-up")))) {
                for (Path f : files) {
                    warm.ingest(f);
                }
            }
            result.put("warmupSeconds", (System.nanoTime() - w0) / 1e9);
        }
        try (Intake intake = new Intake(settings)) {
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            List<MemoryPoolMXBean> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP).toList();
            heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
            LiveHeap live = LiveHeap.watch();
            List<Long> heapAfterFile = new ArrayList<>();
            AtomicInteger records = new AtomicInteger();
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            ConcurrentLinkedQueue<Path> queue = new ConcurrentLinkedQueue<>();
            for (int pass = 0; pass < passes; pass++) {
                queue.addAll(files);
            }
            ExecutorService callers = Executors.newFixedThreadPool(parallel);
            List<Future<?>> done = new ArrayList<>();
            for (int c = 0; c < parallel; c++) {
                done.add(callers.submit(() -> {
                    for (Path f; (f = queue.poll()) != null; ) {
                        records.addAndGet(intake.ingest(f).size());
                        if (traceHeap) {
                            synchronized (heapAfterFile) {
                                heapAfterFile.add(usedHeapAfterGc());
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            callers.shutdown();
            double wall = (System.nanoTime() - t0) / 1e9;
            double cpu = (os.getProcessCpuTime() - cpu0) / 1e9;
            long peakHeap = heapPools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
            result.put("wallSeconds", wall);
            result.put("cpuSeconds", cpu);
            result.put("files", files.size() * passes);
            result.put("records", records.get());
            result.put("peakHeapBytes", peakHeap);
            result.put("maxHeapBytes", Runtime.getRuntime().maxMemory());
            result.put("peakLiveHeapBytes", live.peakBytes());
            result.put("gcCount", live.collections());
            result.put("peakRssKiB", peakRssKiB());
            result.put("heapAfterFileBytes", heapAfterFile);
        }
        System.out.println("RESULT " + new ObjectMapper().writeValueAsString(result));
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }

    /** VmHWM: the most resident memory this process has had, Java heap and native (Tesseract) alike. */
    static long peakRssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", ""));
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            // not Linux
        }
        return -1;
    }
}
