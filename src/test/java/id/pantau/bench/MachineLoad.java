package id.pantau.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the machine was busy with: its load average and, between two snapshots, how much
 * of its processors' time was spent at all and how much of it by the measured JVM.
 *
 * @param loadAverage the 1, 5 and 15 minute load averages
 * @param busy jiffies of all processors not idle
 * @param total jiffies of all processors
 * @param process jiffies of the measured JVM (user and system)
 */
record MachineLoad(String loadAverage, long busy, long total, long process) {

	static MachineLoad now(long pid) {
		try {
			String load = Files.readString(Path.of("/proc/loadavg")).trim();
			String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
			long total = 0;
			for (int i = 1; i < cpu.length; i++) {
				total += Long.parseLong(cpu[i]);
			}
			long idle = Long.parseLong(cpu[4]) + Long.parseLong(cpu[5]);
			long process = 0;
			Path stat = Path.of("/proc/" + pid + "/stat");
			if (Files.exists(stat)) {
				String text = Files.readString(stat);
				String[] fields = text.substring(text.lastIndexOf(')') + 2).split(" ");
				process = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
			}
			return new MachineLoad(load.substring(0, load.indexOf(' ', load.indexOf(' ', load.indexOf(' ') + 1) + 1)),
					total - idle, total, process);
		}
		catch (IOException | RuntimeException ex) {
			return new MachineLoad("?", 0, 0, 0);
		}
	}

	/**
	 * Between this snapshot and a later one: busy % of the machine and the JVM's share.
	 */
	String until(MachineLoad later) {
		long total = Math.max(1, later.total - this.total);
		return ("processors busy %d%% of the time (the measured Pantau JVM %d%%, the rest: the benchmark's client "
				+ "and whatever else ran); load average %s at the start, %s at the end")
			.formatted(Math.round(100.0 * (later.busy - this.busy) / total),
					Math.round(100.0 * (later.process - this.process) / total), this.loadAverage, later.loadAverage);
	}

}
