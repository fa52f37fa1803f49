package org.gide.web;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most a number of accepted forms per IP address in any hour, for public forms that write or mail something
 * (proposals to the directory, subscriptions to the digest…). Counted in memory: a restart forgets, and one
 * instance is what Gide runs. A module declares its own limit as a component extending this class with its
 * setting; a form refused after all gives its count back with {@link #release}.
 */
public class HourlyAddressLimit {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int perHour;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	protected HourlyAddressLimit(int perHour) {
		this.perHour = perHour;
	}

	/** Whether this address may submit now; when true, the submission is counted. */
	public boolean tryAcquire(String address) {
		Instant now = Instant.now();
		Deque<Instant> times = recent.computeIfAbsent(address, a -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && times.peekFirst().isBefore(now.minus(WINDOW))) {
				times.pollFirst();
			}
			if (times.size() >= perHour) {
				return false;
			}
			times.addLast(now);
		}
		if (recent.size() > 10_000) {
			recent.entrySet().removeIf(e -> e.getValue().isEmpty());
		}
		return true;
	}

	/** Gives back a counted submission that was refused after all (invalid form). */
	public void release(String address) {
		Deque<Instant> times = recent.get(address);
		if (times != null) {
			synchronized (times) {
				times.pollLast();
			}
		}
	}

	public int perHour() {
		return perHour;
	}

	/** Forgets every count (tests). */
	public void reset() {
		recent.clear();
	}

}
