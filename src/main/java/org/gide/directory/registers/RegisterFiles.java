package org.gide.directory.registers;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Opening register files: plain, {@code .gz} or {@code .zip} (first CSV entry), and charset detection. */
public final class RegisterFiles {

	/** Windows-1252, a superset of ISO-8859-1 for printable characters (€, œ, ’ …). */
	public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private static final int SNIFF = 1 << 20;

	private RegisterFiles() {
	}

	/** The bytes of the file, unzipped or gunzipped according to its name. */
	public static InputStream open(Path path) throws IOException {
		InputStream in = Files.newInputStream(path);
		String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
		try {
			if (name.endsWith(".gz")) {
				return new GZIPInputStream(in, 1 << 16);
			}
			if (name.endsWith(".zip")) {
				ZipInputStream zip = new ZipInputStream(in);
				ZipEntry entry;
				while ((entry = zip.getNextEntry()) != null) {
					if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".csv")) {
						return zip;
					}
				}
				throw new RegisterFormatException("Archive " + path.getFileName() + " : aucun fichier CSV");
			}
			return in;
		}
		catch (IOException | RuntimeException ex) {
			in.close();
			throw ex;
		}
	}

	/**
	 * A reader over {@code in} in {@code charset}, or in the detected charset when {@code charset} is {@code null}:
	 * UTF-8 when the first megabyte is valid UTF-8 with at least one non-ASCII character (or starts with a UTF-8
	 * byte order mark), otherwise {@code fallback}. Malformed bytes become U+FFFD, never an exception.
	 */
	public static Reader reader(InputStream in, Charset charset, Charset fallback) throws IOException {
		Charset cs = charset;
		InputStream source = in;
		if (cs == null) {
			BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
			cs = detect(buffered, fallback);
			source = buffered;
		}
		CharsetDecoder decoder = cs.newDecoder()
			.onMalformedInput(CodingErrorAction.REPLACE)
			.onUnmappableCharacter(CodingErrorAction.REPLACE);
		return new InputStreamReader(source, decoder);
	}

	/** Detects UTF-8 (see {@link #reader}); leaves the stream at its start. */
	public static Charset detect(BufferedInputStream in, Charset fallback) throws IOException {
		in.mark(SNIFF + 1);
		byte[] sample = in.readNBytes(SNIFF);
		in.reset();
		int n = sample.length;
		if (n >= 3 && (sample[0] & 0xFF) == 0xEF && (sample[1] & 0xFF) == 0xBB && (sample[2] & 0xFF) == 0xBF) {
			return StandardCharsets.UTF_8;
		}
		boolean ascii = true;
		for (int i = 0; i < n && ascii; i++) {
			ascii = sample[i] >= 0;
		}
		if (ascii) {
			return fallback;
		}
		// Do not judge a multi-byte sequence cut by the end of the sample.
		int end = n;
		if (n == SNIFF) {
			int back = 0;
			while (back < 3 && end > 0 && (sample[end - 1] & 0xC0) == 0x80) {
				end--;
				back++;
			}
			if (end > 0 && (sample[end - 1] & 0xC0) == 0xC0) {
				end--;
			}
		}
		try {
			StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(sample, 0, end));
			return StandardCharsets.UTF_8;
		}
		catch (CharacterCodingException ex) {
			return fallback;
		}
	}

}
