package org.gide.directory.search;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The search's bundle: every key in both languages, every key the templates and code use, French apostrophes. */
class SearchMessagesTest {

	private static Properties bundle(String name) throws IOException {
		Properties properties = new Properties();
		try (Reader in = new InputStreamReader(
				SearchMessagesTest.class.getClassLoader().getResourceAsStream("i18n/" + name + ".properties"),
				StandardCharsets.UTF_8)) {
			properties.load(in);
		}
		return properties;
	}

	@Test
	void frenchAndEnglishHaveTheSameKeysAndFrenchUsesTheTypographicApostrophe() throws IOException {
		Properties fr = bundle("directory-search");
		Properties en = bundle("directory-search_en");
		assertThat(en.stringPropertyNames()).isEqualTo(fr.stringPropertyNames());
		for (String key : fr.stringPropertyNames()) {
			assertThat(fr.getProperty(key)).as(key).doesNotContain("'");
		}
	}

	@Test
	void everyKeyTheTemplatesAndControllersUseExists() throws IOException {
		Set<String> used = new TreeSet<>();
		Pattern template = Pattern.compile("#\\{((?:search|apidocs|nav)\\.[a-zA-Z.]+)");
		for (String file : new String[] { "src/main/resources/templates/directory/search.html",
				"src/main/resources/templates/directory/api-docs.html" }) {
			Matcher m = template.matcher(Files.readString(Path.of(file)));
			while (m.find()) {
				used.add(m.group(1));
			}
		}
		for (DirectorySearch.Facet facet : DirectorySearch.Facet.values()) {
			used.add("search.facet." + facet.parameter());
		}
		for (String market : new String[] { "l2113_12", "l2113_13", "l2113_15" }) {
			used.add("search.market." + market);
		}
		used.add("search.facet.resource.oui");
		used.add("search.chip.text");
		used.add("search.chip.near");
		used.add("search.chip.facet");
		used.add("search.result.distance");
		Properties fr = bundle("directory-search");
		assertThat(used).isNotEmpty();
		assertThat(fr.stringPropertyNames()).containsAll(used);
	}

	@Test
	void csvCellsAreQuotedAndFormulasDisarmed() {
		assertThat(OpenData.Csv.cell("Crèche; parentale")).isEqualTo("\"Crèche; parentale\"");
		assertThat(OpenData.Csv.cell("Le \"Petit\" atelier")).isEqualTo("\"Le \"\"Petit\"\" atelier\"");
		assertThat(OpenData.Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
		assertThat(OpenData.Csv.cell("+33 4 66 00 00 00")).isEqualTo("'+33 4 66 00 00 00");
		assertThat(OpenData.Csv.cell("-4.0812")).isEqualTo("-4.0812");
		assertThat(OpenData.Csv.cell(null)).isEmpty();
		assertThat(OpenData.json("ligne\n\"deux\"")).isEqualTo("\"ligne\\n\\\"deux\\\"\"");
	}

}
