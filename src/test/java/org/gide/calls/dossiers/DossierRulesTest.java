package org.gide.calls.dossiers;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The call's rules as a dossier checks them, without the database. */
class DossierRulesTest {

	private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

	private final CallRules call = new CallRules(1, "appel", "Appel", "PUBLISHED", NOW.minusSeconds(3600),
			NOW.plusSeconds(3600), 3, 2, true);

	private static Dossier.Partner partner(long id, String role, String status, String signatory) {
		return new Dossier.Partner(id, "Structure " + id, role, status, signatory, signatory == null ? null : "Présidente",
				null, NOW, NOW, null);
	}

	private static Dossier dossier(List<Dossier.Partner> partners, List<String> themes, String diagnosis,
			String governance, List<Dossier.Resource> resources) {
		return new Dossier(1, 1, 1, "Titre", "Résumé", "<p>Projet</p>", diagnosis, governance, themes, "DRAFT", null, NOW,
				NOW, 0, partners, List.of(), resources, List.of(), List.of());
	}

	private static List<String> keys(List<Dossier.UnmetRule> rules) {
		return rules.stream().map(Dossier.UnmetRule::key).toList();
	}

	@Test
	void anEmptyDossierNamesEveryMissingPart() {
		Dossier d = dossier(List.of(partner(1, "LEAD", "ACCEPTED", null), partner(2, "PARTNER", "INVITED", null)),
				List.of("alimentation"), "", "", List.of());
		List<Dossier.UnmetRule> unmet = d.unmetRules(call, NOW);
		assertThat(keys(unmet)).containsExactly("dossiers.rule.organisations", "dossiers.rule.themes",
				"dossiers.rule.diagnosis", "dossiers.rule.governance", "dossiers.rule.resources",
				"dossiers.rule.signatory");
		assertThat(unmet.get(0).args()).containsExactly(1L, 3);
		assertThat(unmet.get(1).args()).containsExactly(1, 2);
		assertThat(unmet.get(5).args()).containsExactly("Structure 1");
	}

	@Test
	void aCompleteDossierMeetsEveryRuleUntilTheDeadline() {
		Dossier d = dossier(List.of(partner(1, "LEAD", "ACCEPTED", "Léa"), partner(2, "PARTNER", "ACCEPTED", "Ali"),
				partner(3, "PARTNER", "ACCEPTED", "Béa"), partner(4, "PARTNER", "DECLINED", null)),
				List.of("alimentation", "solidarite"), "Besoin constaté", "<p>Comité</p>",
				List.of(new Dossier.Resource(1, 2, "Structure 2", "MATERIAL", "Camion")));
		assertThat(d.unmetRules(call, NOW)).isEmpty();
		assertThat(keys(d.unmetRules(call, NOW.plusSeconds(3600)))).containsExactly("dossiers.rule.deadline");
		assertThat(keys(d.unmetRules(call, NOW.minusSeconds(7200)))).containsExactly("dossiers.rule.callClosed");
	}

	@Test
	void amountsAcceptFrenchNotationAndRefuseNonsense() {
		assertThat(Dossiers.amount("12 000,50")).isEqualByComparingTo(new BigDecimal("12000.50"));
		assertThat(Dossiers.amount("1\u202f500 €")).isEqualByComparingTo(new BigDecimal("1500"));
		assertThat(Dossiers.amount("-3")).isNull();
		assertThat(Dossiers.amount("1,234")).isNull();
		assertThat(Dossiers.amount("abc")).isNull();
	}

}
