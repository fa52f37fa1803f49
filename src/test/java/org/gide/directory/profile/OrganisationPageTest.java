package org.gide.directory.profile;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;

import org.gide.directory.GeoPrecision;
import org.gide.directory.OrganisationDetails;
import org.gide.directory.OrganisationDraft;
import org.gide.directory.Organisations;
import org.gide.support.IntegrationTest;
import org.gide.territory.Communes;

import static org.assertj.core.api.Assertions.assertThat;

/** An organisation's public page and JSON, over real HTTP, with its schema.org JSON-LD parsed and checked. */
class OrganisationPageTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	Organisations organisations;

	@Autowired
	Communes communes;

	/** A valid SIRET built from a seed: a SIREN with its Luhn key, then a NIC completing the key on 14 digits. */
	static String siret(long seed) {
		String siren = withKey(String.format("%08d", seed % 100_000_000L));
		return withKey(siren + "0001");
	}

	private static String withKey(String body) {
		for (int key = 0; key <= 9; key++) {
			String candidate = body + key;
			int sum = 0;
			for (int i = 0; i < candidate.length(); i++) {
				int digit = candidate.charAt(candidate.length() - 1 - i) - '0';
				if (i % 2 == 1) {
					digit *= 2;
					if (digit > 9) {
						digit -= 9;
					}
				}
				sum += digit;
			}
			if (sum % 10 == 0) {
				return candidate;
			}
		}
		throw new IllegalStateException();
	}

	private OrganisationDetails fullOrganisation(String siret, String rna) {
		return organisations.create(OrganisationDraft.named("Chantier d’insertion </script> Les Jardins du Vistre")
			.acronym("JDV")
			.siren(siret.substring(0, 9))
			.siret(siret)
			.rna(rna)
			.legalCategory("9220")
			.creationDate(LocalDate.of(1998, 5, 12))
			.description("Maraîchage biologique et insertion par l’activité économique.")
			.naf("88.99B")
			.address("12 chemin des Canaux", "30000", "30189")
			.position(43.8201, 4.3652, GeoPrecision.ADDRESS)
			.employeeBand("12")
			.volunteers(15)
			.inclusionType("ACI")
			.goodsServices("Paniers de légumes, entretien d’espaces verts")
			.resourceActor(true, "Formation des encadrants techniques")
			.publicContact("https://jardins-du-vistre.example.org", "contact@jardins-du-vistre.example.org", "04 66 00 00 00"));
	}

	@Test
	void thePageShowsEveryPartOfTheOrganisationAndValidJsonLd() {
		String siret = siret(30_110_001);
		OrganisationDetails o = fullOrganisation(siret, "W302001234");
		HttpResponse<String> response = web().get("/annuaire/" + o.id());
		assertThat(response.statusCode()).isEqualTo(200);
		String html = response.body();
		assertThat(html).contains("Chantier d’insertion &lt;/script&gt; Les Jardins du Vistre", "(JDV)",
				o.siret().formatted(), o.siren().formatted(), "W302001234", "(9220)", "Association",
				"12 mai 1998", "Maraîchage biologique", "88.99B", "Action sociale", "12 chemin des Canaux",
				"20 à 49 salariés", ">15<", "Atelier et chantier d’insertion (ACI)", "article L2113-13",
				"article L2113-15", "Paniers de légumes", "Formation des encadrants techniques",
				"href=\"/communes/30189\"", "rel=\"nofollow noopener\"", "mailto:contact@jardins-du-vistre.example.org",
				"tel:0466000000", "latitude 43.82010, longitude 4.36520", "Position à l’adresse",
				"Saisie manuelle", "href=\"/api/organisations/" + o.id() + "\"");
		var commune = communes.find("30189").orElseThrow();
		assertThat(html).contains("href=\"/carte?epci=" + commune.epci().code() + "\"");
		if (commune.territoire() != null) {
			assertThat(html).contains("href=\"/territoires/" + commune.territoire().slug() + "\"");
		}
		assertThat(html).doesNotContain("fermée le");

		Matcher script = Pattern.compile("<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL)
			.matcher(html);
		assertThat(script.find()).isTrue();
		JsonNode ld = JSON.readTree(script.group(1));
		assertThat(ld.path("@context").asString()).isEqualTo("https://schema.org");
		assertThat(ld.path("@type").asString()).isEqualTo("NGO");
		assertThat(ld.path("legalName").asString()).isEqualTo("Chantier d’insertion </script> Les Jardins du Vistre");
		assertThat(ld.path("alternateName").asString()).isEqualTo("JDV");
		assertThat(ld.path("url").asString()).isEqualTo("https://jardins-du-vistre.example.org");
		assertThat(ld.path("email").asString()).isEqualTo("contact@jardins-du-vistre.example.org");
		assertThat(ld.path("telephone").asString()).isEqualTo("04 66 00 00 00");
		assertThat(ld.path("foundingDate").asString()).isEqualTo("1998-05-12");
		assertThat(ld.path("identifier").valueStream()
			.map(i -> i.path("@type").asString() + ":" + i.path("propertyID").asString() + "=" + i.path("value").asString()))
			.containsExactly("PropertyValue:SIRET=" + siret, "PropertyValue:SIREN=" + siret.substring(0, 9),
					"PropertyValue:RNA=W302001234");
		assertThat(ld.path("address").path("@type").asString()).isEqualTo("PostalAddress");
		assertThat(ld.path("address").path("streetAddress").asString()).isEqualTo("12 chemin des Canaux");
		assertThat(ld.path("address").path("postalCode").asString()).isEqualTo("30000");
		assertThat(ld.path("address").path("addressLocality").asString()).isEqualTo("Nîmes");
		assertThat(ld.path("address").path("addressCountry").asString()).isEqualTo("FR");
		assertThat(ld.path("geo").path("latitude").asDouble()).isEqualTo(43.8201);
		assertThat(ld.path("geo").path("longitude").asDouble()).isEqualTo(4.3652);
		assertThat(ld.path("numberOfEmployees").path("minValue").asInt()).isEqualTo(20);
		assertThat(ld.path("numberOfEmployees").path("maxValue").asInt()).isEqualTo(49);
		assertThat(ld.path("@id").asString()).endsWith("/annuaire/" + o.id() + "-chantier-d-insertion-script-les-jardins-du-vistre");
	}

	@Test
	void theSlugIsOptionalAndAnUnknownIdIsNotFound() {
		OrganisationDetails o = organisations.create(OrganisationDraft.named("Café associatif du Vigan")
			.legalCategory("9220")
			.address(null, "30120", "30350"));
		assertThat(web().get("/annuaire/" + o.id() + "-cafe-associatif-du-vigan").statusCode()).isEqualTo(200);
		assertThat(web().get("/annuaire/" + o.id() + "-ancien-nom").statusCode()).isEqualTo(200);
		assertThat(web().get("/annuaire/999999999").statusCode()).isEqualTo(404);
		assertThat(web().get("/api/organisations/999999999", "application/json").statusCode()).isEqualTo(404);
		String html = web().get("/annuaire/" + o.id()).body();
		assertThat(html).contains("Aucun contact public renseigné").doesNotContain("data-organisation-map");
	}

	@Test
	void aClosedOrganisationIsShownWithItsClosingDate() {
		OrganisationDetails o = organisations.create(OrganisationDraft.named("Coopérative fermée de Beaucaire")
			.legalCategory("5458")
			.address(null, "30300", "30032")
			.closed(LocalDate.of(2024, 3, 1)));
		String html = web().get("/annuaire/" + o.id()).body();
		assertThat(html).contains("Organisation fermée le 1 mars 2024.");
		String english = web().get("/annuaire/" + o.id() + "?lang=en").body();
		assertThat(english).contains("Organisation closed on");
	}

	@Test
	void theJsonGivesThePublicFields() {
		String siret = siret(30_110_002);
		OrganisationDetails o = fullOrganisation(siret, "W302001235");
		HttpResponse<String> response = web().get("/api/organisations/" + o.id(), "application/json");
		assertThat(response.statusCode()).isEqualTo(200);
		JsonNode json = JSON.readTree(response.body());
		assertThat(json.path("id").asLong()).isEqualTo(o.id());
		assertThat(json.path("siret").asString()).isEqualTo(siret);
		assertThat(json.path("essFamily").asString()).isEqualTo("ASSOCIATION");
		assertThat(json.path("sector").asString()).isEqualTo("ACTION_SOCIALE");
		assertThat(json.path("place").path("commune").path("label").asString()).isEqualTo("Nîmes");
		assertThat(json.path("size").path("employeesMin").asInt()).isEqualTo(20);
		assertThat(json.path("size").path("employer").asBoolean()).isTrue();
		assertThat(json.path("procurement").path("reservedMarkets").valueStream().map(JsonNode::asString))
			.containsExactly("L2113-13", "L2113-15");
		assertThat(json.path("contact").path("email").asString()).isEqualTo("contact@jardins-du-vistre.example.org");
		assertThat(json.path("url").asString()).contains("/annuaire/" + o.id() + "-");
	}

}
