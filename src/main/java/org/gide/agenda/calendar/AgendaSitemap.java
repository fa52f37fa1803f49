package org.gide.agenda.calendar;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import org.gide.agenda.events.EventState;
import org.gide.web.SitemapContribution;
import org.gide.web.SitemapEntry;

/**
 * The agenda's part of {@code /sitemap.xml}: the list, the training programme and the pages of published events
 * (from a year back; at most {@link AgendaCalendar#MAX}). Drafts never appear; cancelled events neither.
 */
@Component
class AgendaSitemap implements SitemapContribution {

	private final AgendaCalendar calendar;

	private final ObjectProvider<Clock> clock;

	AgendaSitemap(AgendaCalendar calendar, ObjectProvider<Clock> clock) {
		this.calendar = calendar;
		this.clock = clock;
	}

	@Override
	public Stream<SitemapEntry> entries() {
		List<SitemapEntry> entries = new ArrayList<>();
		entries.add(new SitemapEntry("/agenda", null));
		entries.add(new SitemapEntry("/programme-formation", null));
		AgendaQuery query = AgendaQuery.all()
			.withWindow(clock.getIfAvailable(Clock::systemUTC).instant().minus(Duration.ofDays(365)), null);
		for (CalendarEvent event : calendar.find(query, AgendaCalendar.MAX, 0)) {
			if (event.state() == EventState.PUBLISHED) {
				entries.add(new SitemapEntry(event.path(), event.updatedAt()));
			}
		}
		return entries.stream();
	}

}
