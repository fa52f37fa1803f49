package org.gide.resources.meetings;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.gide.resources.item.ResourceActor;
import org.gide.web.RichText;

/**
 * Meetings of the editorial committee (plan 4.2: « nombre de réunions du comité éditorial »): the date, a title, how
 * many attended and the minutes (sanitized rich text). Recorded by the committee (EDITOR, AGENT, ADMIN) only; a
 * meeting may be recorded afterwards, up to a year ahead when it is planned.
 */
@Service
public class EditorialMeetings {

	/** A recorded meeting; {@code minutes} is sanitized HTML, {@code attendees} null when not given. */
	public record Meeting(long id, LocalDate heldOn, String title, Integer attendees, String minutes,
			String recordedByLabel, Instant recordedAt) {
	}

	/** A refused form: the problems, by field (message keys of the measures bundle, with arguments). */
	public static final class Refused extends RuntimeException {

		private final List<Problem> problems;

		Refused(List<Problem> problems) {
			super(problems.toString());
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}

	}

	public record Problem(String field, String code, Object... args) {
	}

	static final int MAX_MINUTES = 50_000;

	private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	EditorialMeetings(JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** The meetings, most recent first, with who recorded them. */
	@Transactional(readOnly = true)
	public List<Meeting> all() {
		return jdbc.query("""
				select m.id, m.held_on, m.title, m.attendees, m.minutes, m.recorded_at, a.display_name
				from editorial_meeting m left join account a on a.id = m.recorded_by
				order by m.held_on desc, m.id desc
				""", (rs, i) -> new Meeting(rs.getLong("id"), rs.getObject("held_on", LocalDate.class),
				rs.getString("title"), (Integer) rs.getObject("attendees"), rs.getString("minutes"),
				rs.getString("display_name"), rs.getTimestamp("recorded_at").toInstant()));
	}

	/** Records a meeting; throws {@link Refused} naming every problem of the form. */
	@Transactional
	public long record(MeetingForm form, ResourceActor actor) {
		if (actor == null || !actor.committee() || actor.accountId() == null) {
			throw new AccessDeniedException("Only the editorial committee records its meetings");
		}
		List<Problem> problems = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(clock.instant(), ZONE);
		LocalDate heldOn = null;
		String day = form.getHeldOn().strip();
		if (day.isEmpty()) {
			problems.add(new Problem("heldOn", "resources.meetings.error.heldOn.required"));
		}
		else {
			try {
				heldOn = LocalDate.parse(day);
				if (heldOn.isBefore(LocalDate.of(2000, 1, 1)) || heldOn.isAfter(today.plusYears(1))) {
					problems.add(new Problem("heldOn", "resources.meetings.error.heldOn.range"));
				}
			}
			catch (DateTimeParseException e) {
				problems.add(new Problem("heldOn", "resources.meetings.error.heldOn.format"));
			}
		}
		String title = form.getTitle().strip();
		if (title.isEmpty()) {
			problems.add(new Problem("title", "resources.meetings.error.title.required"));
		}
		else if (title.length() > 200) {
			problems.add(new Problem("title", "resources.meetings.error.title.long", 200));
		}
		Integer attendees = null;
		String count = form.getAttendees().strip();
		if (!count.isEmpty()) {
			if (!count.matches("\\d{1,5}")) {
				problems.add(new Problem("attendees", "resources.meetings.error.attendees"));
			}
			else {
				attendees = Integer.valueOf(count);
			}
		}
		String minutes = RichText.sanitize(form.getMinutes());
		if (minutes.length() > MAX_MINUTES) {
			problems.add(new Problem("minutes", "resources.meetings.error.minutes.long", MAX_MINUTES));
		}
		if (!problems.isEmpty()) {
			throw new Refused(problems);
		}
		return jdbc.queryForObject("insert into editorial_meeting (held_on, title, attendees, minutes, recorded_by, "
				+ "recorded_at) values (?, ?, ?, ?, ?, ?) returning id", Long.class, Date.valueOf(heldOn), title,
				attendees, minutes, actor.accountId(), Timestamp.from(clock.instant()));
	}

}
