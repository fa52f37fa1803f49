package org.gide.agenda.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * A small RFC 5545 writer for the agenda's feeds: one VCALENDAR of VEVENTs, lines ended by CRLF and folded at 75
 * octets (never inside a UTF-8 sequence), text values escaped (backslash, semicolon, comma, newline), times in UTC.
 * No ATTENDEE, no registration data: only what the public page shows.
 */
public final class IcsWriter {

	/** One VEVENT's values; {@code location}, {@code description} and {@code url} may be null. */
	public record Entry(String uid, Instant stamp, Instant start, Instant end, String summary, String description,
			String location, String url, boolean cancelled, long sequence) {
	}

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	/** The most octets of a line, CRLF excluded (RFC 5545 § 3.1). */
	static final int LINE_OCTETS = 75;

	private IcsWriter() {
	}

	/** The calendar {@code name} (X-WR-CALNAME) holding the entries, as text with CRLF line ends. */
	public static String write(String name, List<Entry> entries) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//Gide//Agenda//FR");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		if (name != null) {
			line(out, "X-WR-CALNAME:" + escape(name));
		}
		for (Entry entry : entries) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + entry.uid());
			line(out, "DTSTAMP:" + time(entry.stamp()));
			line(out, "DTSTART:" + time(entry.start()));
			line(out, "DTEND:" + time(entry.end()));
			line(out, "SUMMARY:" + escape(entry.summary()));
			if (entry.description() != null && !entry.description().isBlank()) {
				line(out, "DESCRIPTION:" + escape(entry.description()));
			}
			if (entry.location() != null && !entry.location().isBlank()) {
				line(out, "LOCATION:" + escape(entry.location()));
			}
			if (entry.url() != null) {
				line(out, "URL:" + entry.url());
			}
			line(out, "STATUS:" + (entry.cancelled() ? "CANCELLED" : "CONFIRMED"));
			line(out, "SEQUENCE:" + entry.sequence());
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String time(Instant instant) {
		return UTC.format(instant.truncatedTo(ChronoUnit.SECONDS));
	}

	/** A TEXT value escaped: {@code \ ; ,} and newlines (CRLF, CR or LF become {@code \n}). */
	static String escape(String text) {
		if (text == null) {
			return "";
		}
		StringBuilder out = new StringBuilder(text.length());
		String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
		for (int i = 0; i < normalised.length(); i++) {
			char c = normalised.charAt(i);
			switch (c) {
				case '\\' -> out.append("\\\\");
				case ';' -> out.append("\\;");
				case ',' -> out.append("\\,");
				case '\n' -> out.append("\\n");
				default -> {
					if (c < 0x20 && c != '\t') {
						continue; // other control characters are not allowed in TEXT
					}
					out.append(c);
				}
			}
		}
		return out.toString();
	}

	/** Appends the content line folded at {@link #LINE_OCTETS} octets, each piece ended by CRLF. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = LINE_OCTETS;
		int i = 0;
		while (i < content.length()) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 0;
				limit = LINE_OCTETS - 1; // the leading space counts
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
