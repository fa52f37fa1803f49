package org.gide.directory.map;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import org.gide.directory.DirectoryQuery;
import org.gide.directory.EssFamily;
import org.gide.directory.InclusionType;
import org.gide.directory.ReservedMarket;
import org.gide.directory.Sector;
import org.gide.territory.Communes;
import org.gide.territory.Territories;

/**
 * The map of the directory: the page ({@code /carte}, with a server-drawn choropleth and tables for visitors
 * without JavaScript), the clusters of a viewport, the counts per commune, and the commune outlines.
 */
@Controller
@EnableConfigurationProperties(MapProperties.class)
class MapController {

	private final MapService map;

	private final CommuneShapes shapes;

	private final Communes communes;

	private final Territories territories;

	private final MessageSource messages;

	private final MapProperties tiles;

	MapController(MapService map, CommuneShapes shapes, Communes communes, Territories territories,
			MessageSource messages, MapProperties tiles) {
		this.map = map;
		this.shapes = shapes;
		this.communes = communes;
		this.territories = territories;
		this.messages = messages;
		this.tiles = tiles;
	}

	private DirectoryQuery query(HttpServletRequest request) {
		Map<String, List<String>> parameters = new LinkedHashMap<>();
		request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
		return DirectoryQuery.parse(parameters, communes::find);
	}

	// — the page

	/** A commune row of the table beside the choropleth. */
	record CommuneRow(String code, String nom, String epci, int count, Choropleth.Step step) {
	}

	/** An EPCI row: its communes' total. */
	record EpciRow(String code, String nom, int count) {
	}

	@GetMapping("/carte")
	String page(HttpServletRequest request, Model model, Locale locale) {
		DirectoryQuery query = query(request);
		MapService.Selection selection = map.select(query);
		Map<String, Integer> counts = map.countsByCommune(selection.view());
		CommuneShapes.Shapes drawing = shapes.shapes();
		int max = drawing.communes().stream().mapToInt(s -> counts.getOrDefault(s.code(), 0)).max().orElse(0);
		Choropleth choropleth = Choropleth.of(max);
		List<CommuneRow> rows = new ArrayList<>();
		Map<String, EpciRow> epcis = new LinkedHashMap<>();
		int inDepartement = 0;
		for (CommuneShapes.Shape shape : drawing.communes()) {
			int count = counts.getOrDefault(shape.code(), 0);
			inDepartement += count;
			rows.add(new CommuneRow(shape.code(), shape.nom(), shape.epci() == null ? null : shape.epci().nom(), count,
					choropleth.stepOf(count)));
			if (shape.epci() != null) {
				epcis.merge(shape.epci().code(), new EpciRow(shape.epci().code(), shape.epci().nom(), count),
						(a, b) -> new EpciRow(a.code(), a.nom(), a.count() + b.count()));
			}
		}
		rows.sort(Comparator.comparing(CommuneRow::count).reversed().thenComparing(CommuneRow::nom));
		List<EpciRow> epciRows = epcis.values()
			.stream()
			.sorted(Comparator.comparing(EpciRow::count).reversed().thenComparing(EpciRow::nom))
			.toList();
		Map<String, CommuneRow> byCode = rows.stream().collect(Collectors.toMap(CommuneRow::code, r -> r));
		model.addAttribute("query", query);
		model.addAttribute("queryString", query.toQueryString(false));
		model.addAttribute("textIgnored", selection.textIgnored());
		model.addAttribute("total", selection.view().size);
		model.addAttribute("outside", selection.view().size - inDepartement);
		model.addAttribute("drawing", drawing);
		model.addAttribute("svgWidth", (int) CommuneShapes.WIDTH);
		model.addAttribute("svgHeight", (int) Math.max(1, drawing.height()));
		model.addAttribute("byCode", byCode);
		model.addAttribute("choropleth", choropleth);
		model.addAttribute("communeRows", rows);
		model.addAttribute("epciRows", epciRows);
		model.addAttribute("tiles", tiles);
		model.addAttribute("colours", String.join(",", Choropleth.COLOURS));
		model.addAttribute("families", EnumSet.complementOf(EnumSet.of(EssFamily.NOT_ESS)));
		model.addAttribute("sectors", Sector.values());
		model.addAttribute("inclusionTypes", InclusionType.values());
		model.addAttribute("markets", ReservedMarket.values());
		model.addAttribute("epcis", territories.epcis());
		model.addAttribute("territories", territories.list());
		return "directory/map";
	}

	// — the API

	record ClusterJson(double lat, double lon, int count, double[] bounds) {
	}

	record PointJson(long id, double lat, double lon, String name) {
	}

	record Warning(String parameter, String code, String message) {
	}

	/** {@code total}: organisations in the cells that touch the viewport. {@code bounds}: south, west, north, east. */
	record ClustersJson(int zoom, int level, long total, List<ClusterJson> clusters, List<PointJson> points,
			List<Warning> warnings) {
	}

	@GetMapping(value = "/api/carte/clusters", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<ClustersJson> clusters(@RequestParam(required = false) String bbox,
			@RequestParam(required = false) String zoom, HttpServletRequest request, Locale locale) {
		Viewport viewport = Viewport.parse(bbox);
		int z = Viewport.zoom(zoom);
		DirectoryQuery query = query(request);
		MapService.Selection selection = map.select(query);
		Clusters.Result result = map.clusters(selection.view(), viewport, z);
		Map<Long, String> names = map.names(map.ids(result.points()));
		List<ClusterJson> clusters = result.clusters()
			.stream()
			.map(c -> new ClusterJson(c.lat(), c.lon(), c.count(),
					new double[] { c.south(), c.west(), c.north(), c.east() }))
			.toList();
		List<PointJson> points = result.points()
			.stream()
			.map(p -> new PointJson(p.id(), p.lat(), p.lon(), shorten(names.get(p.id()))))
			.toList();
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
			.body(new ClustersJson(z, result.level(), result.total(), clusters, points,
					warnings(query, selection, locale)));
	}

	/** Organisations per commune code, for the choropleth. */
	record CommunesJson(long total, Map<String, Integer> communes, List<Warning> warnings) {
	}

	@GetMapping(value = "/api/carte/communes", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<CommunesJson> communeCounts(HttpServletRequest request, Locale locale) {
		DirectoryQuery query = query(request);
		MapService.Selection selection = map.select(query);
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofSeconds(30)).cachePublic())
			.body(new CommunesJson(selection.view().size, new java.util.TreeMap<>(map.countsByCommune(selection.view())),
					warnings(query, selection, locale)));
	}

	@GetMapping(value = "/api/carte/contours", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<String> contours(HttpServletRequest request) {
		CommuneShapes.Shapes drawing = shapes.shapes();
		if (drawing.etag().equals(request.getHeader("If-None-Match"))) {
			return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(drawing.etag()).build();
		}
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
			.eTag(drawing.etag())
			.contentType(MediaType.APPLICATION_JSON)
			.body(drawing.geoJson());
	}

	private List<Warning> warnings(DirectoryQuery query, MapService.Selection selection, Locale locale) {
		List<Warning> warnings = new ArrayList<>();
		for (DirectoryQuery.Problem problem : query.problems()) {
			warnings.add(new Warning(problem.parameter(), problem.code(),
					messages.getMessage(problem.code(), new Object[] { problem.value() }, problem.code(), locale)));
		}
		if (selection.textIgnored()) {
			warnings.add(new Warning("q", "map.text.unavailable",
					messages.getMessage("map.text.unavailable", null, locale)));
		}
		return warnings;
	}

	private static String shorten(String name) {
		if (name == null) {
			return "";
		}
		return name.length() <= 80 ? name : name.substring(0, 79) + "…";
	}

	@ExceptionHandler(Viewport.InvalidViewport.class)
	ResponseEntity<ProblemDetail> invalid(Viewport.InvalidViewport invalid, Locale locale) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				messages.getMessage(invalid.code(), new Object[] { invalid.value() }, locale));
		problem.setTitle(messages.getMessage("map.error.title", null, locale));
		problem.setProperty("parameter", invalid.parameter());
		problem.setProperty("code", invalid.code());
		return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}


}
