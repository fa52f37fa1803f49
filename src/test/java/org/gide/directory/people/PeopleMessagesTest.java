package org.gide.directory.people;

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

import org.gide.directory.ChangeOrigin;

import static org.assertj.core.api.Assertions.assertThat;

/** Every people.* key used by the pages, mails and code exists in French and English; no straight apostrophe. */
class PeopleMessagesTest {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(PeopleMessagesTest.class.getClassLoader()
			.getResourceAsStream("i18n/" + name + ".properties"), StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		Pattern key = Pattern.compile("(people\\.[A-Za-z]+(?:\\.[A-Za-z]+)+)");
		List<Path> roots = List.of(Path.of("src/main/java/org/gide/directory/people"),
				Path.of("src/main/resources/templates/directory"));
		for (Path root : roots) {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path file : files.filter(Files::isRegularFile).toList()) {
					Matcher matcher = key.matcher(Files.readString(file));
					while (matcher.find()) {
						String found = matcher.group(1);
						// Keys built in templates from a prefix ('people.field.' + f) are checked through the field lists.
						if (!found.endsWith(".field") && !found.equals("people.field")) {
							keys.add(found);
						}
					}
				}
			}
		}
		ProposalService.MERGEABLE.forEach(f -> keys.add("people.field." + f));
		Stream.of(ChangeOrigin.values()).map(ChangeOrigin::messageKey).forEach(keys::add);
		keys.removeIf(k -> k.startsWith("people.directory") || k.endsWith(".java"));
		return keys;
	}

	@Test
	void everyKeyInUseIsTranslated() throws IOException {
		Properties fr = bundle("directory-people");
		Properties en = bundle("directory-people_en");
		Set<String> used = usedKeys();
		assertThat(used).contains("people.claim.error.address.domain", "people.actions.claim",
				"people.mail.claimLink.subject", "directory.history.origin.OWNER");
		assertThat(fr.stringPropertyNames()).containsAll(used);
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
	}

	@Test
	void textsUseTheTypographicApostrophe() throws IOException {
		for (String name : List.of("directory-people", "directory-people_en")) {
			Properties bundle = bundle(name);
			assertThat(bundle.stringPropertyNames())
				.allSatisfy(k -> assertThat(bundle.getProperty(k)).as(name + " " + k).doesNotContain("'"));
		}
	}

}
