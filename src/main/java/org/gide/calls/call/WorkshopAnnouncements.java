package org.gide.calls.call;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.calls.CallWorkshopScheduled;

/**
 * Publishes {@link CallWorkshopScheduled} for the workshops of published (or closed) calls, in the caller's
 * transaction: after each change of a workshop, when a call is published (its workshops typed while it was a draft),
 * and once at start-up for every workshop (after the demo call is created), so that listeners catch up with
 * workshops written before they existed.
 */
@Component
class WorkshopAnnouncements {

	private static final Logger log = LoggerFactory.getLogger(WorkshopAnnouncements.class);

	private final JdbcTemplate jdbc;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	WorkshopAnnouncements(JdbcTemplate jdbc, ApplicationEventPublisher events, TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.events = events;
		this.transactions = transactions;
	}

	/** Announces one workshop (nothing when its call is a draft). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void announce(long callId, long workshopId) {
		announce(" and w.call_id = ? and w.id = ?", callId, workshopId);
	}

	/** Announces every workshop of this call (nothing when it is a draft). */
	@Transactional(propagation = Propagation.MANDATORY)
	public void announceAll(long callId) {
		announce(" and w.call_id = ?", callId);
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(31)
	void atStartUp() {
		int count = transactions.execute(status -> announce(""));
		if (count > 0) {
			log.info("{} call workshop(s) announced at start-up", count);
		}
	}

	private int announce(String where, Object... args) {
		java.util.List<CallWorkshopScheduled> found = jdbc.query("""
				select w.id, w.call_id, c.title, c.slug, w.starts_at, w.ends_at, w.place, w.commune_code, w.online_url,
				  w.description, w.cancelled
				from call_workshop w join call c on c.id = w.call_id
				where c.status <> 'DRAFT'""" + where + " order by w.id",
				(rs, n) -> new CallWorkshopScheduled(rs.getLong("id"), rs.getLong("call_id"), rs.getString("title"),
						rs.getTimestamp("starts_at").toInstant(),
						rs.getTimestamp("ends_at") == null ? null : rs.getTimestamp("ends_at").toInstant(),
						rs.getString("place"), rs.getString("commune_code"), rs.getString("online_url"),
						rs.getString("description"), rs.getBoolean("cancelled"), "/appels/" + rs.getString("slug")),
				args);
		found.forEach(events::publishEvent);
		return found.size();
	}

}
