package no.kurer.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU used during a phase, from Linux's {@code /proc}: by the server process, by this driver, and by the whole machine,
 * so that a report can say how much of the 2 cores each side took and whether anything else was running.
 */
final class CpuTimes {

    private static final double TICK = 100.0; // USER_HZ; 100 on every Linux this runs on

    private final long serverPid;
    private final long startNanos = System.nanoTime();
    private final double server0;
    private final double client0;
    private final long[] machine0;

    CpuTimes(long serverPid) {
        this.serverPid = serverPid;
        this.server0 = processSeconds(serverPid);
        this.client0 = clientSeconds();
        this.machine0 = machine();
    }

    Map<String, Object> since() {
        double wall = (System.nanoTime() - startNanos) / 1e9;
        double server = processSeconds(serverPid) - server0;
        double client = clientSeconds() - client0;
        long[] machine1 = machine();
        double busy = (machine1[0] - machine0[0]) / TICK;
        double total = (machine1[1] - machine0[1]) / TICK;
        Map<String, Object> cpu = new LinkedHashMap<>();
        cpu.put("wall_s", round(wall));
        cpu.put("server_cores", round(server / wall));
        cpu.put("driver_cores", round(client / wall));
        cpu.put("machine_busy_cores", round(busy / wall));
        cpu.put("other_cores", round(Math.max(0, busy - server - client) / wall));
        cpu.put("machine_cores", Runtime.getRuntime().availableProcessors());
        cpu.put("machine_idle_pct", round(100 * (1 - busy / Math.max(total, 1e-9))));
        return cpu;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    static double processSeconds(long pid) {
        if (pid <= 0) {
            return 0;
        }
        try {
            String stat = Files.readString(Path.of("/proc", String.valueOf(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after "pid (comm) ": state is field 3, utime 14, stime 15 (1-based over the whole line)
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICK;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double clientSeconds() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime() / 1e9;
        }
        return 0;
    }

    /** {busy ticks, total ticks} of the whole machine. */
    private static long[] machine() {
        try {
            String[] f = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            long user = Long.parseLong(f[1]), nice = Long.parseLong(f[2]), system = Long.parseLong(f[3]);
            long idle = Long.parseLong(f[4]), iowait = Long.parseLong(f[5]), irq = Long.parseLong(f[6]);
            long softirq = Long.parseLong(f[7]), steal = f.length > 8 ? Long.parseLong(f[8]) : 0;
            long busy = user + nice + system + irq + softirq + steal;
            return new long[] { busy, busy + idle + iowait };
        } catch (IOException | RuntimeException e) {
            return new long[] { 0, 0 };
        }
    }
}
