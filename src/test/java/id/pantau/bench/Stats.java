package id.pantau.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Latencies of one kind of request: median, 95th percentile, mean, and how many per
 * second were answered.
 *
 * @param count how many were measured
 * @param p50 median, ms
 * @param p95 95th percentile, ms
 * @param mean mean, ms
 * @param perSecond answered per second (over the wall-clock time the requests were sent,
 * all clients together)
 */
record Stats(int count, double p50, double p95, double mean, double perSecond) {

	static Stats of(List<Long> nanos, double seconds) {
		if (nanos.isEmpty()) {
			return new Stats(0, 0, 0, 0, 0);
		}
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		double mean = sorted.stream().mapToLong(Long::longValue).average().orElse(0) / 1e6;
		return new Stats(sorted.size(), percentile(sorted, 50), percentile(sorted, 95), mean,
				(seconds > 0) ? sorted.size() / seconds : 1000 / mean);
	}

	private static double percentile(List<Long> sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))) / 1e6;
	}

}
