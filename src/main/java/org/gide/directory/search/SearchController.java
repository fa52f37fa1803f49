package org.gide.directory.search;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.search.DirectorySearch.Result;
import org.gide.territory.Communes;

/**
 * The search page of the directory ({@code /annuaire}): a GET form whose URL holds the whole query, so a search can
 * be shared; and the open-data exports of any search (CSV, GeoJSON, JSON), streamed from the index.
 */
@Controller
class SearchController {

	/** Radii the form offers, in km. */
	static final List<Integer> RADII = List.of(5, 10, 20, 50, 100);

	private final DirectorySearch search;

	private final FacetLabels labels;

	private final Communes communes;

	private final MessageSource messages;

	private final String publicUrl;

	private final long exportLimit;

	SearchController(DirectorySearch search, FacetLabels labels, Communes communes, MessageSource messages,
			@Value("${gide.public-url:http://localhost:8080}") String publicUrl,
			@Value("${gide.search.export-limit:500000}") long exportLimit) {
		this.search = search;
		this.labels = labels;
		this.communes = communes;
		this.messages = messages;
		this.publicUrl = publicUrl.replaceAll("/+$", "");
		this.exportLimit = exportLimit;
	}

	@GetMapping("/annuaire")
	String page(HttpServletRequest request, jakarta.servlet.http.HttpServletResponse response, Model model,
			Locale locale) {
		DirectoryQuery query = SearchPage.parse(request, labels);
		Result result = search.search(query);
		if (request.getHeader("HX-Request") != null) {
			// htmx would push the form's raw fields (empty ones included): push the canonical address instead.
			String canonical = result.query().toQueryString(true);
			response.setHeader("HX-Push-Url", "/annuaire" + (canonical.isEmpty() ? "" : "?" + canonical));
			response.setHeader(HttpHeaders.VARY, "HX-Request");
		}
		model.addAttribute("page", SearchPage.of(result, labels, messages, locale));
		model.addAttribute("communes", communes.all().stream().filter(c -> c.centreLat() != null).toList());
		model.addAttribute("radii", RADII);
		model.addAttribute("radius", query.near() == null ? (int) DirectoryQuery.DEFAULT_RADIUS_KM
				: (int) Math.round(query.near().radiusKm()));
		return "directory/search";
	}

	@GetMapping(value = "/annuaire/export.csv")
	ResponseEntity<StreamingResponseBody> csv(HttpServletRequest request) {
		DirectoryQuery query = SearchPage.parse(request, labels);
		return export(query, new MediaType("text", "csv", StandardCharsets.UTF_8), "csv", out -> {
			try (OpenData.Csv csv = new OpenData.Csv(out)) {
				search.stream(query, exportLimit, hit -> {
					try {
						csv.row(OpenData.values(hit, labels, publicUrl));
					}
					catch (IOException e) {
						throw new java.io.UncheckedIOException(e);
					}
				});
			}
		});
	}

	@GetMapping(value = "/annuaire/export.json")
	ResponseEntity<StreamingResponseBody> json(HttpServletRequest request) {
		DirectoryQuery query = SearchPage.parse(request, labels);
		return export(query, MediaType.APPLICATION_JSON, "json", out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("{" + OpenData.licenceMember(sourceUrl(query)) + ",\"organisations\":[");
			boolean[] first = { true };
			search.stream(query, exportLimit, hit -> write(writer, first,
					OpenData.jsonObject(OpenData.values(hit, labels, publicUrl))));
			writer.write("]}");
			writer.flush();
		});
	}

	@GetMapping(value = "/annuaire/export.geojson")
	ResponseEntity<StreamingResponseBody> geojson(HttpServletRequest request) {
		DirectoryQuery query = SearchPage.parse(request, labels);
		return export(query, new MediaType("application", "geo+json"), "geojson", out -> {
			Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			writer.write("{\"type\":\"FeatureCollection\"," + OpenData.licenceMember(sourceUrl(query))
					+ ",\"features\":[");
			boolean[] first = { true };
			search.stream(query, exportLimit, hit -> {
				String geometry = hit.latitude() == null ? "null"
						: "{\"type\":\"Point\",\"coordinates\":[" + OpenData.coordinate(hit.longitude()) + ","
								+ OpenData.coordinate(hit.latitude()) + "]}";
				write(writer, first, "{\"type\":\"Feature\",\"id\":" + hit.id() + ",\"geometry\":" + geometry
						+ ",\"properties\":" + OpenData.jsonObject(OpenData.values(hit, labels, publicUrl)) + "}");
			});
			writer.write("]}");
			writer.flush();
		});
	}

	private static void write(Writer writer, boolean[] first, String item) {
		try {
			if (!first[0]) {
				writer.write(',');
			}
			first[0] = false;
			writer.write(item);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private String sourceUrl(DirectoryQuery query) {
		String queryString = query.toQueryString(false);
		return publicUrl + "/annuaire" + (queryString.isEmpty() ? "" : "?" + queryString);
	}

	/** Writes one export format of a query. */
	interface Body {

		void write(OutputStream out) throws IOException;

	}

	private ResponseEntity<StreamingResponseBody> export(DirectoryQuery query, MediaType type, String extension,
			Body body) {
		long total = search.count(query);
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		headers.setContentDisposition(org.springframework.http.ContentDisposition.attachment()
			.filename("annuaire-ess." + extension)
			.build());
		headers.add(HttpHeaders.LINK, "<" + OpenData.LICENCE_URL + ">; rel=\"license\"");
		headers.add(HttpHeaders.LINK, "<" + sourceUrl(query) + ">; rel=\"describedby\"");
		headers.add("X-Licence", OpenData.LICENCE);
		headers.add("X-Total-Count", Long.toString(total));
		if (total > exportLimit) {
			headers.add("X-Export-Limit", Long.toString(exportLimit));
		}
		return ResponseEntity.ok().headers(headers).body(body::write);
	}

}
