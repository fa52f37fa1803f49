package org.gide.agenda.calendar;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.gide.agenda.Audience;
import org.gide.agenda.EventKind;

/**
 * What the public agenda is asked for: optional filters (kind, theme code, territory id, audience, Paris month,
 * organiser organisation id) and a time window ({@code from} inclusive on the end of events, {@code to} exclusive on
 * their start; null = open). Only PUBLISHED and CANCELLED events are ever read (see {@link AgendaCalendar}). The URL
 * parameters are {@code type} (kind slug), {@code theme}, {@code territoire}, {@code public}, {@code mois}
 * ({@code yyyy-mm}) and {@code organisation}; unknown or malformed values are ignored.
 */
public record AgendaQuery(EventKind kind, String theme, Long territoryId, Audience audience, YearMonth month,
		Long organiserId, Instant from, Instant to) {

	/** The zone of the agenda's dates (months, days, forms). */
	public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

	private static final Pattern THEME = Pattern.compile("[a-z0-9_]{1,40}");

	/** No filter, no window. */
	public static AgendaQuery all() {
		return new AgendaQuery(null, null, null, null, null, null, null, null);
	}

	/** The filters read from request parameters (no window). */
	public static AgendaQuery from(Map<String, String[]> parameters) {
		EventKind kind = first(parameters, "type") == null ? null
				: EventKind.ofSlug(first(parameters, "type")).orElse(null);
		String theme = first(parameters, "theme");
		if (theme != null && !THEME.matcher(theme).matches()) {
			theme = null;
		}
		Audience audience = null;
		String audienceValue = first(parameters, "public");
		if (audienceValue != null) {
			try {
				audience = Audience.valueOf(audienceValue.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				audience = null;
			}
		}
		YearMonth month = null;
		String monthValue = first(parameters, "mois");
		if (monthValue != null) {
			try {
				month = YearMonth.parse(monthValue);
				if (month.getYear() < 2000 || month.getYear() > 2100) {
					month = null;
				}
			}
			catch (DateTimeParseException ex) {
				month = null;
			}
		}
		return new AgendaQuery(kind, theme, id(first(parameters, "territoire")), audience, month,
				id(first(parameters, "organisation")), null, null);
	}

	private static String first(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null) {
			return null;
		}
		for (String value : values) {
			if (value != null && !value.isBlank()) {
				return value.trim();
			}
		}
		return null;
	}

	private static Long id(String value) {
		if (value == null || !value.matches("\\d{1,18}")) {
			return null;
		}
		return Long.valueOf(value);
	}

	public AgendaQuery withKind(EventKind value) {
		return new AgendaQuery(value, theme, territoryId, audience, month, organiserId, from, to);
	}

	public AgendaQuery withMonth(YearMonth value) {
		return new AgendaQuery(kind, theme, territoryId, audience, value, organiserId, from, to);
	}

	public AgendaQuery withWindow(Instant fromValue, Instant toValue) {
		return new AgendaQuery(kind, theme, territoryId, audience, month, organiserId, fromValue, toValue);
	}

	/** True when no filter is set (the window does not count). */
	public boolean isEmpty() {
		return kind == null && theme == null && territoryId == null && audience == null && month == null
				&& organiserId == null;
	}

	/** The filters as URL parameters ({@code type=formations&theme=…}), without {@code ?}; empty if none. */
	public String toQueryString() {
		List<String> parts = new ArrayList<>();
		add(parts, "type", kind == null ? null : kind.slug());
		add(parts, "theme", theme);
		add(parts, "territoire", territoryId == null ? null : territoryId.toString());
		add(parts, "public", audience == null ? null : audience.name().toLowerCase(Locale.ROOT));
		add(parts, "mois", month == null ? null : month.toString());
		add(parts, "organisation", organiserId == null ? null : organiserId.toString());
		return String.join("&", parts);
	}

	/** {@link #toQueryString()} without the kind (for the pages whose path holds it). */
	public String toQueryStringWithoutKind() {
		return withKind(null).toQueryString();
	}

	private static void add(List<String> parts, String name, String value) {
		if (value != null) {
			parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
		}
	}

	/** The first instant of the month in Paris. */
	public static Instant start(YearMonth month) {
		return month.atDay(1).atStartOfDay(PARIS).toInstant();
	}

	/** The first instant after the month in Paris. */
	public static Instant end(YearMonth month) {
		return start(month.plusMonths(1));
	}

}
