package weightlab.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * The most heap a run had in use at any moment. Heap use only grows between two garbage collections,
 * so its peaks are just before a collection: every collector reports that figure (the use of each
 * heap pool before the collection), and we keep the largest sum, or the use at the end if larger.
 * Unlike adding up each pool's own peak, this does not add peaks that happened at different moments.
 */
final class PeakHeap {
    private final Set<String> heapPools = new HashSet<>();
    private volatile long peak;

    private PeakHeap() {
    }

    /** Starts watching every collector of this JVM. */
    static PeakHeap watch() {
        PeakHeap watcher = new PeakHeap();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                watcher.heapPools.add(pool.getName());
            }
        }
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> watcher.collected(notification), null, null);
        }
        return watcher;
    }

    private void collected(Notification notification) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long before = 0;
        for (Map.Entry<String, MemoryUsage> pool : info.getGcInfo().getMemoryUsageBeforeGc().entrySet()) {
            if (heapPools.contains(pool.getKey())) {
                before += pool.getValue().getUsed();
            }
        }
        synchronized (this) {
            peak = Math.max(peak, before);
        }
    }

    /** The peak so far, in bytes. */
    long peakBytes() {
        return Math.max(peak, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
}
