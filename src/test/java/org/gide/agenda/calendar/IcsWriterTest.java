package org.gide.agenda.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.Test;

/**
 * {@link IcsWriter} alone: folding at 75 octets without splitting a UTF-8 sequence, escaping, CRLF; the output is
 * parsed back with ical4j and gives the exact values.
 */
class IcsWriterTest {

	static final String TITLE = "Formation « Gouvernance partagée, coopération; et communs » à Alès — élaborer "
			+ "ensemble les règles d’un commun territorial équitable, œuvre collective ✓";

	static final String DESCRIPTION = "Première ligne, avec virgule; point-virgule et \\ barre oblique.\nDeuxième ligne : "
			+ "« éàèùçœ » répétés éàèùçœéàèùçœéàèùçœéàèùçœéàèùçœéàèùçœ.";

	@Test
	void linesAreFoldedAtSeventyFiveOctetsWithoutSplittingCharacters() throws Exception {
		String ics = IcsWriter.write("Agenda", List.of(new IcsWriter.Entry("agenda-1@gide.test",
				Instant.parse("2031-01-02T03:04:05Z"), Instant.parse("2031-03-31T22:30:00Z"),
				Instant.parse("2031-04-01T00:30:00Z"), TITLE, DESCRIPTION, "Maison de l’ESS, Nîmes", "https://gide.test/a",
				true, 3)));
		assertThat(ics).endsWith("END:VCALENDAR\r\n");
		assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
		byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
		int start = 0;
		for (int i = 0; i + 1 < bytes.length; i++) {
			if (bytes[i] == '\r' && bytes[i + 1] == '\n') {
				assertThat(i - start).as("octets of a line").isLessThanOrEqualTo(75);
				decodeStrictly(bytes, start, i - start);
				start = i + 2;
			}
		}
		assertThat(ics).contains("\r\n ");

		Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
		List<VEvent> events = calendar.getComponents("VEVENT");
		assertThat(events).hasSize(1);
		VEvent event = events.get(0);
		assertThat(event.getRequiredProperty("SUMMARY").getValue()).isEqualTo(TITLE);
		assertThat(event.getRequiredProperty("DESCRIPTION").getValue()).isEqualTo(DESCRIPTION);
		assertThat(event.getRequiredProperty("LOCATION").getValue()).isEqualTo("Maison de l’ESS, Nîmes");
		assertThat(event.getRequiredProperty("UID").getValue()).isEqualTo("agenda-1@gide.test");
		assertThat(event.getRequiredProperty("STATUS").getValue()).isEqualTo("CANCELLED");
		assertThat(event.getRequiredProperty("SEQUENCE").getValue()).isEqualTo("3");
		assertThat(instant(event.getRequiredProperty("DTSTART"))).isEqualTo(Instant.parse("2031-03-31T22:30:00Z"));
		assertThat(instant(event.getRequiredProperty("DTEND"))).isEqualTo(Instant.parse("2031-04-01T00:30:00Z"));
		assertThat(instant(event.getRequiredProperty("DTSTAMP"))).isEqualTo(Instant.parse("2031-01-02T03:04:05Z"));
		assertThat(ics).doesNotContain("ATTENDEE");
	}

	static Instant instant(Object property) {
		Temporal date = ((DateProperty<?>) property).getDate();
		return Instant.from(date);
	}

	private static void decodeStrictly(byte[] bytes, int offset, int length) throws CharacterCodingException {
		StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT)
			.decode(ByteBuffer.wrap(bytes, offset, length));
	}

}
