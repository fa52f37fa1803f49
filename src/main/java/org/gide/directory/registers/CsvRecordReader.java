package org.gide.directory.registers;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/**
 * Streaming RFC 4180 reader that never throws on a malformed record.
 * <p>
 * Each call to {@link #next()} reads one record. A malformed record comes back with {@link #error()} set (a French
 * reason) and the reader resynchronises on the following physical line, so one bad row never stops the file.
 * Line numbers are physical lines ({@code \n}), the first line of the file being 1; a record whose quoted fields
 * span several lines is numbered by its first line. Fields are kept as offsets into the raw text of the record and
 * only turned into strings on demand, which keeps the per-row cost low for rows that are filtered out early.
 * <p>
 * Leniencies: a quote inside an unquoted field is taken literally; {@code \r} before {@code \n} is dropped; blank
 * lines are skipped. Errors: a quoted field that is not closed (end of file, or a quote followed by something else
 * than a delimiter or an end of line after the field crossed a line break) is reported as « guillemet non fermé »
 * and the text after the first line of the record is read again; a closing quote followed by other characters on
 * the same line is « guillemet mal placé »; a record longer than the limit is « ligne trop longue ».
 */
final class CsvRecordReader implements Closeable {

	static final String UNCLOSED_QUOTE = "guillemet non fermé";
	static final String MISPLACED_QUOTE = "guillemet mal placé";
	static final String TOO_LONG = "ligne trop longue";

	private static final int BUFFER = 1 << 16;
	private static final int EXCERPT = 200;

	private static final int FIELD_START = 0;
	private static final int UNQUOTED = 1;
	private static final int QUOTED = 2;
	private static final int AFTER_QUOTE = 3;

	private final Reader in;
	private final char delimiter;
	private final int maxRecordChars;

	private char[] buf = new char[BUFFER];
	private int pos;
	private int limit;
	private boolean eof;

	private char[] raw = new char[1024];
	private int rawLen;
	private int[] starts = new int[64];
	private int[] ends = new int[64];
	private boolean[] escaped = new boolean[64];
	private int count;

	private long line = 1;
	private long recordLine;
	private String error;

	CsvRecordReader(Reader in, char delimiter) {
		this(in, delimiter, 1 << 16);
	}

	CsvRecordReader(Reader in, char delimiter, int maxRecordChars) {
		this.in = in;
		this.delimiter = delimiter;
		this.maxRecordChars = maxRecordChars;
	}

	/** Reads the next record; {@code false} at the end of the input. */
	boolean next() throws IOException {
		this.error = null;
		this.count = 0;
		this.rawLen = 0;
		// Skip blank lines and a byte order mark at the very start.
		while (true) {
			if (this.pos >= this.limit && !fill()) {
				return false;
			}
			char c = this.buf[this.pos];
			if (c == '\n') {
				this.line++;
				this.pos++;
			}
			else if (c == '\r' || (c == '\uFEFF' && this.line == 1)) {
				this.pos++;
			}
			else {
				break;
			}
		}
		this.recordLine = this.line;
		int state = FIELD_START;
		int fieldStart = 0;
		int quoteEnd = 0;
		boolean fieldEscaped = false;
		boolean crossedLine = false;
		while (true) {
			if (this.pos >= this.limit && !fill()) {
				// End of input without a final line break.
				switch (state) {
					case QUOTED -> {
						return fail(UNCLOSED_QUOTE, crossedLine);
					}
					case AFTER_QUOTE -> endField(fieldStart, quoteEnd, fieldEscaped);
					default -> endField(fieldStart, trimCr(fieldStart, this.rawLen), false);
				}
				return true;
			}
			char c = this.buf[this.pos++];
			if (this.rawLen == this.raw.length) {
				if (this.rawLen >= this.maxRecordChars) {
					this.pos--;
					return fail(state == QUOTED && crossedLine ? UNCLOSED_QUOTE : TOO_LONG, state == QUOTED && crossedLine);
				}
				this.raw = java.util.Arrays.copyOf(this.raw, Math.min(this.raw.length * 2, this.maxRecordChars));
			}
			this.raw[this.rawLen++] = c;
			switch (state) {
				case FIELD_START -> {
					if (c == '"') {
						state = QUOTED;
						fieldStart = this.rawLen;
						fieldEscaped = false;
					}
					else if (c == this.delimiter) {
						endField(this.rawLen - 1, this.rawLen - 1, false);
						fieldStart = this.rawLen;
					}
					else if (c == '\n') {
						endField(this.rawLen - 1, trimCr(this.rawLen - 1, this.rawLen - 1), false);
						this.rawLen--;
						this.line++;
						return true;
					}
					else {
						state = UNQUOTED;
						fieldStart = this.rawLen - 1;
					}
				}
				case UNQUOTED -> {
					if (c == this.delimiter) {
						endField(fieldStart, this.rawLen - 1, false);
						fieldStart = this.rawLen;
						state = FIELD_START;
					}
					else if (c == '\n') {
						endField(fieldStart, trimCr(fieldStart, this.rawLen - 1), false);
						this.rawLen--;
						this.line++;
						return true;
					}
				}
				case QUOTED -> {
					if (c == '"') {
						state = AFTER_QUOTE;
						quoteEnd = this.rawLen - 1;
					}
					else if (c == '\n') {
						this.line++;
						crossedLine = true;
					}
				}
				default -> { // AFTER_QUOTE
					if (c == '"' && quoteEnd == this.rawLen - 2) {
						fieldEscaped = true;
						state = QUOTED;
					}
					else if (c == this.delimiter) {
						endField(fieldStart, quoteEnd, fieldEscaped);
						fieldStart = this.rawLen;
						state = FIELD_START;
					}
					else if (c == '\n') {
						endField(fieldStart, quoteEnd, fieldEscaped);
						this.rawLen--;
						this.line++;
						return true;
					}
					else if (c != '\r') {
						this.pos--;
						this.rawLen--;
						return fail(crossedLine ? UNCLOSED_QUOTE : MISPLACED_QUOTE, crossedLine);
					}
				}
			}
		}
	}

	private int trimCr(int start, int end) {
		return (end > start && this.raw[end - 1] == '\r') ? end - 1 : end;
	}

	/**
	 * Marks the current record as malformed. A record spanning several lines is cut to its first line and the rest
	 * is read again; otherwise the rest of the physical line is skipped.
	 */
	private boolean fail(String reason, boolean multiLine) throws IOException {
		this.error = reason;
		this.count = 0;
		if (multiLine) {
			int nl = 0;
			while (this.raw[nl] != '\n') {
				nl++;
			}
			pushBack(nl + 1, this.rawLen - nl - 1);
			this.rawLen = nl;
			this.line = this.recordLine + 1;
			return true;
		}
		while (this.pos < this.limit || fill()) {
			char c = this.buf[this.pos++];
			if (c == '\n') {
				this.line++;
				break;
			}
			if (this.rawLen < EXCERPT && this.rawLen < this.raw.length) {
				this.raw[this.rawLen++] = c;
			}
		}
		return true;
	}

	private void pushBack(int offset, int length) {
		int remaining = this.limit - this.pos;
		char[] merged = new char[Math.max(BUFFER, length + remaining)];
		System.arraycopy(this.raw, offset, merged, 0, length);
		System.arraycopy(this.buf, this.pos, merged, length, remaining);
		this.buf = merged;
		this.pos = 0;
		this.limit = length + remaining;
	}

	private boolean fill() throws IOException {
		if (this.eof) {
			return false;
		}
		if (this.buf.length > BUFFER * 4) {
			this.buf = new char[BUFFER];
		}
		int n;
		do {
			n = this.in.read(this.buf, 0, this.buf.length);
		}
		while (n == 0);
		if (n < 0) {
			this.eof = true;
			this.pos = 0;
			this.limit = 0;
			return false;
		}
		this.pos = 0;
		this.limit = n;
		return true;
	}

	private void endField(int start, int end, boolean hasEscapes) {
		if (this.count == this.starts.length) {
			int n = this.count * 2;
			this.starts = java.util.Arrays.copyOf(this.starts, n);
			this.ends = java.util.Arrays.copyOf(this.ends, n);
			this.escaped = java.util.Arrays.copyOf(this.escaped, n);
		}
		this.starts[this.count] = start;
		this.ends[this.count] = end;
		this.escaped[this.count] = hasEscapes;
		this.count++;
	}

	/** Physical line on which the current record starts (the first line of the file is 1). */
	long line() {
		return this.recordLine;
	}

	/** French reason why the current record is malformed, or {@code null}. */
	String error() {
		return this.error;
	}

	/** Number of fields of the current record (0 when malformed). */
	int size() {
		return this.count;
	}

	/** Field {@code i} unquoted, {@code ""} when empty. */
	String get(int i) {
		int s = this.starts[i];
		int e = this.ends[i];
		if (s == e) {
			return "";
		}
		if (!this.escaped[i]) {
			return new String(this.raw, s, e - s);
		}
		StringBuilder sb = new StringBuilder(e - s);
		for (int k = s; k < e; k++) {
			char c = this.raw[k];
			sb.append(c);
			if (c == '"') {
				k++; // skip the second quote of the pair
			}
		}
		return sb.toString();
	}

	int length(int i) {
		return this.ends[i] - this.starts[i];
	}

	char charAt(int i, int k) {
		return this.raw[this.starts[i] + k];
	}

	/** Whether field {@code i} starts with {@code prefix} (no allocation). */
	boolean startsWith(int i, String prefix) {
		int s = this.starts[i];
		if (this.ends[i] - s < prefix.length()) {
			return false;
		}
		for (int k = 0; k < prefix.length(); k++) {
			if (this.raw[s + k] != prefix.charAt(k)) {
				return false;
			}
		}
		return true;
	}

	/** Whether field {@code i} is exactly the one character {@code c}. */
	boolean is(int i, char c) {
		return this.ends[i] - this.starts[i] == 1 && this.raw[this.starts[i]] == c;
	}

	/** The beginning of the record's raw text, for reports. */
	String excerpt() {
		return new String(this.raw, 0, Math.min(this.rawLen, EXCERPT));
	}

	@Override
	public void close() throws IOException {
		this.in.close();
	}

}
