package org.gide.calls.committee;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every committee.* key used by the pages, mails and code exists in French and English; French uses the
 * typographic apostrophe; no message with arguments holds a straight apostrophe (MessageFormat would eat it).
 */
class CommitteeMessagesTest {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(CommitteeMessagesTest.class.getClassLoader()
			.getResourceAsStream("i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		Pattern key = Pattern.compile("(committee\\.[A-Za-z]+(?:\\.[A-Za-z_]+)+)");
		for (Path root : List.of(Path.of("src/main/java/org/gide/calls/committee"),
				Path.of("src/main/resources/templates/calls/committee"))) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = key.matcher(Files.readString(file));
					while (matcher.find()) {
						keys.add(matcher.group(1));
					}
				}
			}
		}
		// Built from a prefix in templates: 'committee.decision.' + outcome.
		keys.removeIf(k -> k.endsWith(".java") || k.equals("committee.decision"));
		keys.add("committee.decision.LAUREATE");
		keys.add("committee.decision.NOT_RETAINED");
		return keys;
	}

	@Test
	void everyKeyInUseIsTranslated() throws IOException {
		Properties fr = bundle("calls-committee");
		Properties en = bundle("calls-committee_en");
		Set<String> used = usedKeys();
		assertThat(used).contains("committee.score.error.range", "committee.mail.decision.subject",
				"committee.minutes.conflict");
		assertThat(fr.stringPropertyNames()).containsAll(used);
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
	}

	@Test
	void apostrophesAreSafe() throws IOException {
		Properties fr = bundle("calls-committee");
		assertThat(fr.stringPropertyNames()).allSatisfy(k -> assertThat(fr.getProperty(k)).as(k).doesNotContain("'"));
		Properties en = bundle("calls-committee_en");
		assertThat(en.stringPropertyNames()).filteredOn(k -> en.getProperty(k).contains("{0"))
			.allSatisfy(k -> assertThat(en.getProperty(k)).as(k).doesNotContain("'"));
	}

}
