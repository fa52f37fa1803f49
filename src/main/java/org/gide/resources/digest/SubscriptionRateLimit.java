package org.gide.resources.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * At most {@code gide.resources.digest.subscriptions-per-hour} accepted subscription forms per IP address in any
 * hour (each one mails a confirmation), counted in memory like the directory's proposals. Refused forms do not count.
 */
@Component
class SubscriptionRateLimit {

	private static final Duration WINDOW = Duration.ofHours(1);

	private final int perHour;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	SubscriptionRateLimit(@Value("${gide.resources.digest.subscriptions-per-hour:5}") int perHour) {
		this.perHour = perHour;
	}

	/** Whether this address may subscribe now; when true, the form is counted. */
	boolean tryAcquire(String address) {
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

	/** Gives back a counted form that was refused after all (invalid). */
	void release(String address) {
		Deque<Instant> times = recent.get(address);
		if (times != null) {
			synchronized (times) {
				times.pollLast();
			}
		}
	}

	int perHour() {
		return perHour;
	}

	void reset() {
		recent.clear();
	}

}
