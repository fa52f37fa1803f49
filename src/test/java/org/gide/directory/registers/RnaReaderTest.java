package org.gide.directory.registers;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RnaReaderTest {

	private final RnaReader reader = new RnaReader(DepartementCode.of("30"));

	private List<RnaAssociation> read(String file, java.nio.charset.Charset charset, RegisterReport report) {
		List<RnaAssociation> kept = new ArrayList<>();
		this.reader.read(Fixtures.file(file), charset, kept::add, report);
		return kept;
	}

	@Test
	void keepsActiveAssociationsOfTheDepartement() {
		RegisterReport report = new RegisterReport("rna");
		List<RnaAssociation> kept = read("rna_waldec_30-windows1252.csv", null, report);

		assertThat(kept).extracting(RnaAssociation::id)
			.containsExactly("W301000011", "W301000022", "W301000066", "W301000088", "W301000111", "W301000122",
					"W301000155");
		assertThat(report.rowsRead()).isEqualTo(15);
		assertThat(report.filteredOut()).containsExactlyInAnyOrderEntriesOf(Map.of(RnaReader.DISSOLVED, 1L,
				RnaReader.DELETED, 1L, RnaReader.OTHER_DEPARTEMENT, 2L));
		assertThat(report.rejected()).extracting(RowIssue::line, RowIssue::reason)
			.containsExactly(tuple(8L, "numéro RNA invalide (W suivi de 9 caractères attendu)"),
					tuple(10L, "code commune absent"), tuple(11L, "colonne manquante (6 colonnes au lieu de 39)"),
					tuple(17L, "champ obligatoire vide : titre"));
		assertThat(report.warnings()).extracting(RowIssue::line, RowIssue::reason)
			.containsExactly(tuple(7L, "SIRET invalide (clé de contrôle), ignoré"),
					tuple(12L, "date de création invalide (ignorée)"));
	}

	@Test
	void detectsWindows1252AndMapsEveryField() {
		List<RnaAssociation> kept = read("rna_waldec_30-windows1252.csv", null, new RegisterReport("rna"));
		RnaAssociation amis = kept.get(0);
		assertThat(amis).isEqualTo(new RnaAssociation("W301000011", "0301012345", "42512345200012", "301P",
				LocalDate.of(1998, 5, 12), LocalDate.of(1998, 6, 1), "D", "S", "LES AMIS DES ARÈNES DE NÎMES",
				"AMIS ARÈNES",
				"Promotion de la culture œcuménique, des fêtes et du patrimoine ; rencontres « à l'ancienne »",
				"006030", "011000", "Maison des associations", "1", "B", "BD", "des Arènes", "30189", "30000", "Nîmes",
				"https://amis-arenes.example", "A", LocalDateTime.of(2024, 1, 15, 10, 32, 11)));
		RnaAssociation cafe = kept.get(1);
		assertThat(cafe.titre()).isEqualTo("CAFÉ ASSOCIATIF « LE CÉVENOL »");
		assertThat(cafe.libelleCommune()).isEqualTo("Alès");
		assertThat(cafe.datePublication()).as("0001-01-01 means unknown").isNull();
		assertThat(kept.get(2).siret()).as("invalid SIRET dropped").isNull();
		assertThat(kept.get(3).codeCommune()).isNull();
		assertThat(kept.get(3).codePostal()).isEqualTo("30700");
		assertThat(kept.get(4).dateCreation()).isNull();
		assertThat(kept.get(5).objet()).isEqualTo("Première ligne ;\nseconde ligne\r\ntroisième ligne");
		assertThat(kept.get(6).titre()).isEqualTo("DERNIÈRE LIGNE SANS FIN DE LIGNE");
	}

	@Test
	void detectsUtf8AndAcceptsAnExplicitCharset() {
		List<RnaAssociation> cp1252 = read("rna_waldec_30-windows1252.csv", null, new RegisterReport("a"));
		assertThat(read("rna_waldec_30-utf8.csv", null, new RegisterReport("b"))).isEqualTo(cp1252);
		assertThat(read("rna_waldec_30-utf8.csv", StandardCharsets.UTF_8, new RegisterReport("c"))).isEqualTo(cp1252);
		assertThat(read("rna_waldec_30-windows1252.csv", RegisterFiles.WINDOWS_1252, new RegisterReport("d")))
			.isEqualTo(cp1252);
		// Forcing the wrong charset never throws: undecodable bytes become U+FFFD.
		List<RnaAssociation> wrong = read("rna_waldec_30-windows1252.csv", StandardCharsets.UTF_8,
				new RegisterReport("e"));
		assertThat(wrong.get(0).titre()).contains("\uFFFD");
	}

}
