package org.gide.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every message key the module uses exists in French and English; French texts use the typographic apostrophe. */
class DirectoryMessagesTest {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(
				DirectoryMessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	private static Set<String> usedKeys() throws IOException {
		Set<String> keys = new TreeSet<>();
		Stream.of(EssFamily.values()).map(EssFamily::messageKey).forEach(keys::add);
		Stream.of(CooperativeKind.values()).map(CooperativeKind::messageKey).forEach(keys::add);
		Stream.of(Sector.values()).map(Sector::messageKey).forEach(keys::add);
		Stream.of(InclusionType.values()).map(InclusionType::messageKey).forEach(keys::add);
		Stream.of(ReservedMarket.values()).map(ReservedMarket::messageKey).forEach(keys::add);
		Stream.of(EmployeeBand.values()).map(EmployeeBand::messageKey).forEach(keys::add);
		Stream.of(GeoPrecision.values()).map(GeoPrecision::messageKey).forEach(keys::add);
		Stream.of(OrganisationSource.values()).map(OrganisationSource::messageKey).forEach(keys::add);
		Pattern error = Pattern.compile("\"(directory\\.error\\.[A-Za-z.]+)\"");
		List<Path> sources = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java/org/gide/directory"))) {
			files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
		}
		for (Path source : sources) {
			Matcher matcher = error.matcher(Files.readString(source));
			while (matcher.find()) {
				keys.add(matcher.group(1));
			}
		}
		return keys;
	}

	@Test
	void everyKeyInUseIsTranslated() throws IOException {
		Properties fr = bundle("directory");
		Properties en = bundle("directory_en");
		Set<String> used = usedKeys();

		assertThat(used).contains("directory.error.siret.key", "directory.error.conflict", "directory.sector.NON_CLASSE");
		assertThat(fr.stringPropertyNames()).containsAll(used);
		assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(fr.stringPropertyNames());
	}

	@Test
	void frenchTextsUseTheTypographicApostrophe() throws IOException {
		Properties fr = bundle("directory");

		assertThat(fr.stringPropertyNames()).allSatisfy(key -> assertThat(fr.getProperty(key)).as(key).doesNotContain("'"));
	}

	@Test
	void theObservatorySectorsHaveTheirFrenchLabels() throws IOException {
		Properties fr = bundle("directory");

		assertThat(Stream.of(Sector.values()).map(s -> fr.getProperty(s.messageKey()))).containsExactly(
				"Sports et loisirs", "Action sociale", "Arts et spectacles", "Enseignement", "Services divers",
				"Activités financières et d’assurance", "Industrie et construction", "Santé humaine",
				"Hébergement et restauration", "Agriculture, sylviculture et pêche", "Non classé");
	}

}
