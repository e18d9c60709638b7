package org.saraban.intake.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap still in use right after a garbage collection, over the life of this watcher: the
 * live data a program needs, unlike the heap in use at any moment, which includes garbage not yet
 * collected and so grows towards {@code -Xmx} whatever the program does. Thread-safe.
 */
final class LiveHeap {
    private final AtomicLong peak = new AtomicLong();
    private final AtomicLong collections = new AtomicLong();

    private LiveHeap() {}

    static LiveHeap watch() {
        LiveHeap watcher = new LiveHeap();
        java.util.Set<String> heapPools = new java.util.HashSet<>();
        ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == java.lang.management.MemoryType.HEAP)
                .forEach(p -> heapPools.add(p.getName()));
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (gc instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
                        long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                                .filter(e -> heapPools.contains(e.getKey()))
                                .mapToLong(e -> e.getValue().getUsed()).sum();
                        watcher.collections.incrementAndGet();
                        watcher.peak.accumulateAndGet(used, Math::max);
                    }
                }, null, null);
            }
        }
        return watcher;
    }

    long peakBytes() {
        return peak.get();
    }

    long collections() {
        return collections.get();
    }
}
