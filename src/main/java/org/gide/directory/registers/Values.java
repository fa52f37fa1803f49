package org.gide.directory.registers;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Parsing of register values. A value that cannot be parsed throws {@link Invalid}. */
final class Values {

	/** The marker INSEE puts in place of a value that may not be published. */
	static final String NOT_DIFFUSED = "[ND]";

	private Values() {
	}

	static final class Invalid extends Exception {

		Invalid() {
			super(null, null, false, false);
		}

	}

	private static final Invalid INVALID = new Invalid();

	/** Stripped text; {@code null} for empty and for {@code [ND]}. */
	static String text(String raw) {
		if (raw == null) {
			return null;
		}
		String s = raw.strip();
		return s.isEmpty() || s.equals(NOT_DIFFUSED) ? null : s;
	}

	/** {@code YYYY-MM-DD}; {@code null} for empty, {@code [ND]} and RNA's {@code 0001-01-01} (unknown). */
	static LocalDate date(String raw) throws Invalid {
		String s = text(raw);
		if (s == null) {
			return null;
		}
		if (s.length() < 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
			throw INVALID;
		}
		int y = number(s, 0, 4);
		int m = number(s, 5, 7);
		int d = number(s, 8, 10);
		if (y <= 1) {
			return null;
		}
		if (s.length() > 10 && !s.startsWith("T00:00:00", 10) && !s.startsWith(" 00:00:00", 10)) {
			throw INVALID;
		}
		try {
			return LocalDate.of(y, m, d);
		}
		catch (DateTimeException ex) {
			throw INVALID;
		}
	}

	/** {@code YYYY-MM-DD HH:MM:SS} (or with a {@code T}); a bare date means midnight. */
	static LocalDateTime dateTime(String raw) throws Invalid {
		String s = text(raw);
		if (s == null) {
			return null;
		}
		if (s.length() == 10) {
			LocalDate d = date(s);
			return d == null ? null : d.atStartOfDay();
		}
		if (s.length() < 19 || (s.charAt(10) != ' ' && s.charAt(10) != 'T') || s.charAt(13) != ':'
				|| s.charAt(16) != ':') {
			throw INVALID;
		}
		LocalDate d = date(s.substring(0, 10));
		if (d == null) {
			return null;
		}
		try {
			return d.atTime(number(s, 11, 13), number(s, 14, 16), number(s, 17, 19));
		}
		catch (DateTimeException ex) {
			throw INVALID;
		}
	}

	/** A decimal number (SIRENE coordinates); {@code null} for empty and {@code [ND]}. */
	static Double decimal(String raw) throws Invalid {
		String s = text(raw);
		if (s == null) {
			return null;
		}
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (!((c >= '0' && c <= '9') || c == '.' || (c == '-' && i == 0))) {
				throw INVALID;
			}
		}
		try {
			double v = Double.parseDouble(s);
			if (!Double.isFinite(v)) {
				throw INVALID;
			}
			return v;
		}
		catch (NumberFormatException ex) {
			throw INVALID;
		}
	}

	/** O/N flags: {@code true}, {@code false}, or {@code null} when empty or unknown. */
	static Boolean flag(String raw) {
		String s = text(raw);
		if (s == null) {
			return null;
		}
		return switch (s) {
			case "O", "true", "1" -> Boolean.TRUE;
			case "N", "false", "0" -> Boolean.FALSE;
			default -> null;
		};
	}

	private static int number(String s, int from, int to) throws Invalid {
		int v = 0;
		for (int i = from; i < to; i++) {
			char c = s.charAt(i);
			if (c < '0' || c > '9') {
				throw INVALID;
			}
			v = v * 10 + (c - '0');
		}
		return v;
	}

}
