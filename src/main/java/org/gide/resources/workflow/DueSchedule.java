package org.gide.resources.workflow;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes, as SYSTEM, the SCHEDULED items whose time has come ({@code gide.resources.publish-due-cron}, every
 * minute). One transaction per item: a failing item does not hold back the others. Running twice is harmless: the
 * second run finds the item PUBLISHED (locked and re-read) and skips it.
 */
@Component
public class DueSchedule {

	private static final Logger log = LoggerFactory.getLogger(DueSchedule.class);

	private final EditorialWorkflow workflow;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	DueSchedule(EditorialWorkflow workflow, JdbcTemplate jdbc, TransactionTemplate transactions,
			ObjectProvider<Clock> clock) {
		this.workflow = workflow;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Scheduled(cron = "${gide.resources.publish-due-cron}")
	public void publishDue() {
		publishDue(clock);
	}

	/** Publishes what is due at {@code clock}'s now; returns the number of items published. */
	public int publishDue(Clock at) {
		Instant now = at.instant();
		List<Long> due = jdbc.queryForList("select id from resource_item where state = 'SCHEDULED' "
				+ "and scheduled_for <= ? order by scheduled_for, id", Long.class, Timestamp.from(now));
		int published = 0;
		for (long id : due) {
			try {
				Boolean done = transactions.execute(status -> {
					// Re-checked under the lock: another instance may have published it meanwhile.
					Boolean stillDue = jdbc.queryForObject("select state = 'SCHEDULED' and scheduled_for <= ? "
							+ "from resource_item where id = ? for update", Boolean.class, Timestamp.from(now), id);
					if (!Boolean.TRUE.equals(stillDue)) {
						return false;
					}
					workflow.applyAsSystem(id, EditorialAction.PUBLISH, "", now);
					return true;
				});
				if (Boolean.TRUE.equals(done)) {
					published++;
				}
			}
			catch (RuntimeException e) {
				log.warn("Scheduled publication of resource item {} failed", id, e);
			}
		}
		return published;
	}

}
