package org.gide.calls.call;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Dates, times and sizes of calls as pages print them, in Europe/Paris and the visitor's language ({@code @callDates}). */
@Component("callDates")
public class CallDates {

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

	/** "lundi 23 février 2026 à 12:00" / "Monday, February 23, 2026, 12:00". */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		var zoned = instant.atZone(CallForm.PARIS);
		String pattern = "fr".equals(locale().getLanguage()) ? "EEEE d MMMM yyyy 'à' HH:mm" : "EEEE, MMMM d, yyyy, HH:mm";
		return zoned.format(DateTimeFormatter.ofPattern(pattern, locale()));
	}

	public String date(Instant instant) {
		return instant == null ? "" : date(instant.atZone(CallForm.PARIS).toLocalDate());
	}

	public String date(LocalDate date) {
		return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale()));
	}

	public String time(Instant instant) {
		return instant == null ? "" : instant.atZone(CallForm.PARIS).format(DateTimeFormatter.ofPattern("HH:mm"));
	}

	/** ISO value for {@code <time datetime>}. */
	public String iso(Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/** Territory names of slugs, joined ("Cévennes, Uzège"); a slug without a name stays as it is. */
	public String names(java.util.List<String> slugs, java.util.Map<String, String> names) {
		return String.join(", ", slugs.stream().map(s -> names.getOrDefault(s, s)).toList());
	}

	public String size(long bytes) {
		if (bytes < 1024) {
			return bytes + " o";
		}
		if (bytes < 1024 * 1024) {
			return (bytes / 1024) + " Ko";
		}
		return String.format(locale(), "%.1f Mo", bytes / (1024.0 * 1024.0));
	}

}
