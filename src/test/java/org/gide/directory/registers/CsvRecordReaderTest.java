package org.gide.directory.registers;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CsvRecordReaderTest {

	/** Each record as "line|field1|field2…" or "line!error". */
	private static List<String> parse(String text, char delimiter, int max) throws IOException {
		CsvRecordReader csv = new CsvRecordReader(new StringReader(text), delimiter, max);
		List<String> out = new ArrayList<>();
		while (csv.next()) {
			if (csv.error() != null) {
				out.add(csv.line() + "!" + csv.error() + "!" + csv.excerpt());
				continue;
			}
			StringBuilder sb = new StringBuilder().append(csv.line());
			for (int i = 0; i < csv.size(); i++) {
				sb.append('|').append(csv.get(i));
			}
			out.add(sb.toString());
		}
		return out;
	}

	private static List<String> parse(String text) throws IOException {
		return parse(text, ',', 1 << 16);
	}

	@Test
	void readsPlainQuotedAndEmptyFields() throws IOException {
		assertThat(parse("a,b,c\n1,,\"x,y\"\n,\"\",\n")).containsExactly("1|a|b|c", "2|1||x,y", "3|||");
	}

	@Test
	void unescapesDoubledQuotesAndKeepsLineBreaksInQuotedFields() throws IOException {
		assertThat(parse("h\n\"il dit \"\"oui\"\"\",2\n\"deux\nlignes\",3\nfin,4\n"))
			.containsExactly("1|h", "2|il dit \"oui\"|2", "3|deux\nlignes|3", "5|fin|4");
	}

	@Test
	void handlesCrlfBlankLinesBomAndMissingFinalLineBreak() throws IOException {
		assertThat(parse("\uFEFFa,b\r\n\r\n\n1,\"2\"\r\n3,4")).containsExactly("1|a|b", "4|1|2", "5|3|4");
	}

	@Test
	void unclosedQuoteIsReportedOnItsLineAndFollowingLinesAreReadAgain() throws IOException {
		assertThat(parse("a,b\n1,\"jamais fermé\n2,x\n3,y\n"))
			.containsExactly("1|a|b", "2!guillemet non fermé!1,\"jamais fermé", "3|2|x", "4|3|y");
	}

	@Test
	void unclosedQuoteStoppedByTheNextQuotedFieldResynchronises() throws IOException {
		assertThat(parse("1,\"ouvert\n2,\"ok\",z\n3,w\n"))
			.containsExactly("1!guillemet non fermé!1,\"ouvert", "2|2|ok|z", "3|3|w");
	}

	@Test
	void misplacedQuoteOnOneLineSkipsThatLineOnly() throws IOException {
		assertThat(parse("1,\"ab\"cd,e\n2,f\n")).containsExactly("1!guillemet mal placé!1,\"ab\"cd,e", "2|2|f");
	}

	@Test
	void quoteInsideAnUnquotedFieldIsLiteral() throws IOException {
		assertThat(parse("1,5\"6,x\n")).containsExactly("1|1|5\"6|x");
	}

	@Test
	void overlongRecordsAreRejected() throws IOException {
		String longLine = "x".repeat(5000);
		assertThat(parse("a\n" + longLine + "\nb\n", ',', 2048)).hasSize(3)
			.satisfies(l -> assertThat(l.get(1)).startsWith("2!ligne trop longue!xxx"))
			.satisfies(l -> assertThat(l.get(2)).isEqualTo("3|b"));
		assertThat(parse("a\n\"" + "y\n".repeat(3000) + "\nb\n", ',', 2048).get(1))
			.startsWith("2!guillemet non fermé");
	}

	@Test
	void readsAcrossBufferBoundaries() throws IOException {
		StringBuilder sb = new StringBuilder();
		for (int i = 0; i < 20_000; i++) {
			sb.append(i).append(",\"val ").append(i).append(" \"\"q\"\"\",").append("z".repeat(i % 7)).append("\r\n");
		}
		List<String> rows = parse(sb.toString());
		assertThat(rows).hasSize(20_000);
		assertThat(rows.get(12_345)).isEqualTo("12346|12345|val 12345 \"q\"|" + "z".repeat(12_345 % 7));
	}

	@Test
	void fieldViewsDoNotAllocate() throws IOException {
		CsvRecordReader csv = new CsvRecordReader(new StringReader("30189;\"A\";\n"), ';');
		assertThat(csv.next()).isTrue();
		assertThat(csv.startsWith(0, "30")).isTrue();
		assertThat(csv.startsWith(0, "301890")).isFalse();
		assertThat(csv.is(1, 'A')).isTrue();
		assertThat(csv.length(2)).isZero();
		assertThat(csv.charAt(0, 4)).isEqualTo('9');
	}

}
