package vn.nhacviec.bench;

import com.sun.management.GarbageCollectionNotificationInfo;

import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The heap over a measured stretch, read at the moments the collector reports: the whole heap in use just
 * before each collection (its high-water mark) and just after (what the work really kept alive). Adding up
 * each pool's own peak, as before, summed peaks of different moments and printed more than {@code -Xmx}.
 */
final class HeapWatch implements NotificationListener, AutoCloseable {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());
    private final AtomicLong highest = new AtomicLong();
    private final AtomicLong liveHighest = new AtomicLong();

    /** Starts watching after a full collection, so what came before does not count. */
    static HeapWatch start() {
        System.gc();
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) gc).addNotificationListener(watch, null, null);
        }
        return watch;
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
        if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            highest.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageBeforeGc()), Math::max);
            liveHighest.accumulateAndGet(heapUsed(info.getGcInfo().getMemoryUsageAfterGc()), Math::max);
        }
    }

    private long heapUsed(Map<String, MemoryUsage> byPool) {
        return byPool.entrySet().stream().filter(e -> heapPools.contains(e.getKey())).mapToLong(e -> e.getValue().getUsed()).sum();
    }

    /** The most heap in use at one moment: before a collection, or now if that is more. */
    long highestBytes() {
        return Math.max(highest.get(), ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }

    /** The most heap still in use after a collection: the data the work held at once. */
    long liveBytes() {
        return liveHighest.get();
    }

    static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    @Override
    public void close() {
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            try {
                ((NotificationEmitter) gc).removeNotificationListener(this);
            } catch (javax.management.ListenerNotFoundException e) {
                // never added to this one
            }
        }
    }
}
