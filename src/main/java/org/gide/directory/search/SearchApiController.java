package org.gide.directory.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.search.DirectorySearch.Facet;
import org.gide.directory.search.DirectorySearch.FacetValue;
import org.gide.directory.search.DirectorySearch.Hit;
import org.gide.directory.search.DirectorySearch.Result;

/** The search of the directory as JSON: the same parameters as the search page, a page of results and facets. */
@RestController
@Tag(name = "Annuaire", description = "Recherche d’organisations de l’ESS (mêmes paramètres que la page /annuaire)")
class SearchApiController {

	private final DirectorySearch search;

	private final FacetLabels labels;

	private final MessageSource messages;

	private final String publicUrl;

	SearchApiController(DirectorySearch search, FacetLabels labels, MessageSource messages,
			@Value("${gide.public-url:http://localhost:8080}") String publicUrl) {
		this.search = search;
		this.labels = labels;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
	}

	@Schema(description = "Licence des données")
	record Licence(@Schema(example = OpenData.LICENCE) String nom, String url) {
	}

	@Schema(description = "Une commune")
	record CommuneRef(String code, String nom) {
	}

	@Schema(description = "Une organisation trouvée (données publiques)")
	record ApiOrganisation(long id, String nom, String sigle,
			@Schema(description = "famille ESS", example = "association") String famille,
			@Schema(example = "action_sociale") String secteur, CommuneRef commune,
			@Schema(description = "code SIREN de l’EPCI") String epci,
			@Schema(description = "identifiant du territoire") String territoire,
			@Schema(description = "type de structure d’insertion", example = "aci") String structureInsertion,
			List<String> marchesReserves, boolean acteurRessource, Double latitude, Double longitude,
			@Schema(description = "distance au centre du filtre « pres », en km") Double distanceKm, String siret,
			String rna, String siteWeb, String courriel, String telephone,
			@Schema(description = "adresse de la fiche") String url) {
	}

	@Schema(description = "Une valeur de facette et le nombre d’organisations qui l’ont, les autres filtres appliqués")
	record ApiFacetValue(String valeur, String libelle, long nombre, boolean selectionnee) {
	}

	@Schema(description = "Un paramètre ignoré")
	record ApiProblem(String parametre, String valeur, String message) {
	}

	@Schema(description = "Une page de résultats")
	record ApiPage(long total, int page, int pages, int parPage,
			@Schema(description = "la requête normalisée (chaîne de paramètres)") String requete,
			List<ApiOrganisation> organisations, Map<String, List<ApiFacetValue>> facettes,
			List<ApiProblem> problemes, Licence licence) {
	}

	@Schema(description = "Les facettes d’une recherche")
	record ApiFacets(long total, String requete, Map<String, List<ApiFacetValue>> facettes, List<ApiProblem> problemes,
			Licence licence) {
	}

	@Operation(summary = "Rechercher des organisations",
			description = "Texte intégral en français (accents, pluriels, élisions), facettes (ET entre facettes, OU "
					+ "dans une facette), filtre de distance, tri et pagination par 20. Les organisations fermées "
					+ "sont exclues. Les nombres d’une facette sont calculés avec tous les filtres sauf le sien.")
	@QueryParameters
	@GetMapping(value = "/api/organisations", produces = "application/json")
	ResponseEntity<ApiPage> search(@Parameter(hidden = true) HttpServletRequest request, Locale locale) {
		DirectoryQuery query = SearchPage.parse(request, labels);
		Result result = search.search(query);
		List<ApiOrganisation> organisations = result.hits().stream().map(this::organisation).toList();
		return respond(new ApiPage(result.total(), result.page(), result.pages(), DirectorySearch.PAGE_SIZE,
				result.query().toQueryString(true), organisations, facets(result, locale),
				problems(query, locale), licence()));
	}

	@Operation(summary = "Facettes d’une recherche",
			description = "Les mêmes paramètres que /api/organisations ; seulement le total et les facettes.")
	@QueryParameters
	@GetMapping(value = "/api/organisations/facettes", produces = "application/json")
	ResponseEntity<ApiFacets> facets(@Parameter(hidden = true) HttpServletRequest request, Locale locale) {
		DirectoryQuery query = SearchPage.parse(request, labels);
		Result result = search.facets(query);
		return respond(new ApiFacets(result.total(), query.toQueryString(false), facets(result, locale),
				problems(query, locale), licence()));
	}

	private <T> ResponseEntity<T> respond(T body) {
		return ResponseEntity.ok()
			.header(HttpHeaders.LINK, "<" + OpenData.LICENCE_URL + ">; rel=\"license\"")
			.body(body);
	}

	private Licence licence() {
		return new Licence(OpenData.LICENCE, OpenData.LICENCE_URL);
	}

	private ApiOrganisation organisation(Hit hit) {
		return new ApiOrganisation(hit.id(), hit.name(), hit.acronym(), hit.family(), hit.sector(),
				hit.communeCode() == null ? null : new CommuneRef(hit.communeCode(), hit.communeName()), hit.epci(),
				hit.territory(), hit.inclusion(), hit.markets() == null ? List.of() : hit.markets(),
				hit.resourceActor(), hit.latitude(), hit.longitude(),
				hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 100) / 100.0, hit.siret(), hit.rna(),
				hit.website(), hit.email(), hit.phone(), publicUrl + "/annuaire/" + hit.id());
	}

	private Map<String, List<ApiFacetValue>> facets(Result result, Locale locale) {
		Map<String, List<ApiFacetValue>> facets = new LinkedHashMap<>();
		for (Map.Entry<Facet, List<FacetValue>> entry : result.facets().entrySet()) {
			Facet facet = entry.getKey();
			facets.put(facet.parameter(), entry.getValue()
				.stream()
				.map(v -> new ApiFacetValue(v.value(), labels.label(facet, v.value(), locale), v.count(), v.selected()))
				.toList());
		}
		return facets;
	}

	private List<ApiProblem> problems(DirectoryQuery query, Locale locale) {
		return query.problems()
			.stream()
			.map(p -> new ApiProblem(p.parameter(), p.value(),
					messages.getMessage(p.code(), new Object[] { p.value() }, p.code(), locale)))
			.toList();
	}

	/** The query parameters of {@link DirectoryQuery}, for the OpenAPI document. */
	@java.lang.annotation.Target(java.lang.annotation.ElementType.METHOD)
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@io.swagger.v3.oas.annotations.Parameters({
			@Parameter(name = "q", in = ParameterIn.QUERY, description = "texte libre", example = "crèches parentales"),
			@Parameter(name = "famille", in = ParameterIn.QUERY, description = "famille ESS, répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string",
							allowableValues = { "association", "cooperative", "mutuelle", "fondation", "ess_company" }))),
			@Parameter(name = "secteur", in = ParameterIn.QUERY, description = "secteur d’activité, répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "epci", in = ParameterIn.QUERY, description = "code SIREN d’EPCI, répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "territoire", in = ParameterIn.QUERY, description = "identifiant de territoire, répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "commune", in = ParameterIn.QUERY, description = "code INSEE de commune, répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "structure", in = ParameterIn.QUERY,
					description = "type de structure d’insertion (aci, ei, etti, ai, eiti, ea, eatt, esat, geiq), répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "marche", in = ParameterIn.QUERY,
					description = "marché réservé (l2113_12, l2113_13, l2113_15), répétable",
					array = @io.swagger.v3.oas.annotations.media.ArraySchema(schema = @Schema(type = "string"))),
			@Parameter(name = "ressource", in = ParameterIn.QUERY, description = "« oui » : acteurs ressources seulement",
					schema = @Schema(type = "string", allowableValues = { "oui" })),
			@Parameter(name = "pres", in = ParameterIn.QUERY,
					description = "centre du filtre de distance : code INSEE de commune ou « latitude,longitude »",
					example = "30007"),
			@Parameter(name = "rayon", in = ParameterIn.QUERY, description = "rayon en km autour de pres (1 à 200, 20 par défaut)",
					schema = @Schema(type = "number")),
			@Parameter(name = "tri", in = ParameterIn.QUERY, description = "ordre des résultats",
					schema = @Schema(type = "string", allowableValues = { "pertinence", "distance", "nom" })),
			@Parameter(name = "page", in = ParameterIn.QUERY, description = "numéro de page (à partir de 1)",
					schema = @Schema(type = "integer")) })
	@interface QueryParameters {
	}

}
