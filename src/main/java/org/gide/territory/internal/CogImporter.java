package org.gide.territory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import org.gide.territory.internal.Sources.Source;

/**
 * Imports the communes and EPCI of the configured département from the COG files in Etalab's
 * decoupage-administratif format (the national {@code communes.json} or a département extract
 * {@code communes-30.json}). Idempotent: rows are upserted, communes no longer listed are marked inactive, and a
 * source whose hash was already imported is skipped unless forced. Everything is parsed before anything is written,
 * in one transaction: a bad source leaves the database as it was.
 */
@Component
public class CogImporter {

	private static final Logger log = LoggerFactory.getLogger(CogImporter.class);

	// Elements are read one by one from a stream: what follows the current element is not "trailing".
	private static final JsonMapper JSON = JsonMapper.builder()
		.disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private final Sources sources;

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transaction;

	private final String departement;

	private final String location;

	CogImporter(Sources sources, JdbcTemplate jdbc, TransactionTemplate transaction,
			@Value("${gide.departement:30}") String departement,
			@Value("${gide.territory.cog.location:classpath:reference/cog/}") String location) {
		this.sources = sources;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.departement = departement;
		this.location = location;
	}

	/** Counts of an import; {@code skipped} when the source was the one already imported. */
	public record Result(String source, String hash, int communes, int epcis, int inactivated, boolean skipped) {
	}

	/** Imports from the configured location. */
	public Result importCog(boolean force) {
		return importFrom(location, force);
	}

	/** Imports from a folder or base URL holding communes.json and epci.json (or their département extracts). */
	public Result importFrom(String base, boolean force) {
		long start = System.nanoTime();
		Source communes = require(base, "communes");
		Source epcis = require(base, "epci");
		Optional<Source> arrondissements = optional(base, "arrondissements");
		String hash = hash(communes, epcis, arrondissements.orElse(null));
		if (!force && hash.equals(lastHash()) && activeCommunes() > 0) {
			log.info("COG of département {} already imported from {} (hash {}): skipped", departement, base, hash);
			return new Result(base, hash, activeCommunes(), 0, 0, true);
		}
		Parsed parsed = parse(communes, epcis, arrondissements);
		String version = version(base);
		Result result = transaction.execute(status -> write(parsed, base, hash, version));
		log.info("COG of département {} imported from {}: {} communes, {} EPCI, {} communes made inactive, in {} ms",
				departement, base, result.communes(), result.epcis(), result.inactivated(),
				(System.nanoTime() - start) / 1_000_000);
		return result;
	}

	/** True when no active commune of the département is stored, or the configured source changed. */
	public boolean needsImport() {
		if (activeCommunes() == 0) {
			return true;
		}
		try {
			Source communes = require(location, "communes");
			Source epcis = require(location, "epci");
			return !hash(communes, epcis, optional(location, "arrondissements").orElse(null)).equals(lastHash());
		}
		catch (ImportException ex) {
			log.warn("COG source unavailable, keeping the communes already imported: {}", ex.getMessage());
			return false;
		}
	}

	private Source require(String base, String name) {
		return optional(base, name).orElseThrow(() -> new ImportException("Fichier %s.json (ou %s-%s.json) introuvable dans %s"
			.formatted(name, name, departement, base)));
	}

	private Optional<Source> optional(String base, String name) {
		try {
			return sources.first(base, name + ".json", name + "-" + departement + ".json");
		}
		catch (IOException ex) {
			throw new ImportException("Lecture impossible de %s.json dans %s : %s".formatted(name, base, ex.getMessage()),
					ex);
		}
	}

	private int activeCommunes() {
		return jdbc.queryForObject("select count(*) from commune where active and departement = ?", Integer.class,
				departement);
	}

	private String lastHash() {
		return jdbc.query("select hash from territory_import where kind = 'COG' and departement = ? "
				+ "order by imported_at desc, id desc limit 1", rs -> rs.next() ? rs.getString(1) : null, departement);
	}

	record CommuneRow(String code, String nom, String arrondissement, String arrondissementNom, String codesPostaux,
			Integer population, String siren, List<String> anciensNoms) {
	}

	record EpciRow(String code, String nom, String type, Integer population, List<String> members, int outside) {
	}

	record Parsed(Map<String, CommuneRow> communes, List<EpciRow> epcis, Map<String, String> epciOfCommune) {
	}

	private Parsed parse(Source communesSource, Source epciSource, Optional<Source> arrondissementsSource) {
		Map<String, String> arrondissementNames = new HashMap<>();
		arrondissementsSource.ifPresent(source -> each(source, node -> {
			if (departement.equals(node.path("departement").asString(""))) {
				arrondissementNames.put(node.path("code").asString(), node.path("nom").asString());
			}
		}));
		Map<String, CommuneRow> communes = new LinkedHashMap<>();
		Map<String, List<String>> formerNames = new HashMap<>();
		each(communesSource, node -> {
			String code = node.path("code").asString("");
			// The departement field decides; a source without it falls back on the INSEE code's prefix.
			String inDepartement = node.path("departement").asString(code.startsWith(departement) ? departement : "");
			if (!departement.equals(inDepartement)) {
				return;
			}
			String type = node.path("type").asString("");
			if ("commune-actuelle".equals(type)) {
				List<String> postcodes = new ArrayList<>();
				node.path("codesPostaux").forEach(p -> postcodes.add(p.asString()));
				String arrondissement = node.path("arrondissement").asString(null);
				communes.put(code, new CommuneRow(code, node.path("nom").asString(), arrondissement,
						arrondissementNames.get(arrondissement), String.join(" ", postcodes),
						node.hasNonNull("population") ? node.get("population").asInt() : null,
						node.path("siren").asString(null), new ArrayList<>()));
			}
			else if (node.hasNonNull("chefLieu")) {
				// Communes déléguées and associées: their names still help people find the commune they merged into.
				formerNames.computeIfAbsent(node.get("chefLieu").asString(), k -> new ArrayList<>())
					.add(node.path("nom").asString());
			}
		});
		if (communes.isEmpty()) {
			throw new ImportException("Aucune commune du département %s dans %s".formatted(departement,
					communesSource.location()));
		}
		formerNames.forEach((chefLieu, names) -> {
			CommuneRow row = communes.get(chefLieu);
			if (row != null) {
				names.stream().filter(n -> !n.equals(row.nom())).forEach(row.anciensNoms()::add);
			}
		});
		List<EpciRow> epcis = new ArrayList<>();
		Map<String, String> epciOfCommune = new HashMap<>();
		each(epciSource, node -> {
			List<String> inside = new ArrayList<>();
			int outside = 0;
			for (JsonNode member : node.path("membres")) {
				if (communes.containsKey(member.path("code").asString(""))) {
					inside.add(member.path("code").asString());
				}
				else {
					outside++;
				}
			}
			if (!inside.isEmpty()) {
				String code = node.path("code").asString();
				epcis.add(new EpciRow(code, node.path("nom").asString(), node.path("type").asString(""),
						node.hasNonNull("populationTotale") ? node.get("populationTotale").asInt() : null, inside,
						outside));
				inside.forEach(c -> epciOfCommune.put(c, code));
			}
		});
		return new Parsed(communes, epcis, epciOfCommune);
	}

	/** Streams a JSON array, one element at a time: the national file is read without building one big tree. */
	private static void each(Source source, Consumer<JsonNode> action) {
		try (JsonParser parser = JSON.createParser(source.bytes())) {
			if (parser.nextToken() != JsonToken.START_ARRAY) {
				throw new ImportException("%s n’est pas un tableau JSON".formatted(source.location()));
			}
			while (parser.nextToken() == JsonToken.START_OBJECT) {
				action.accept(JSON.readTree(parser));
			}
		}
		catch (JacksonException ex) {
			throw new ImportException("JSON invalide dans %s : %s".formatted(source.location(), ex.getOriginalMessage()),
					ex);
		}
	}

	/** The package version the build wrote next to the files ({@code .version}), if any. */
	private String version(String base) {
		try {
			return sources.first(base, ".version").map(v -> new String(v.bytes(), StandardCharsets.UTF_8).strip())
				.orElse(null);
		}
		catch (IOException ex) {
			return null;
		}
	}

	private Result write(Parsed parsed, String source, String hash, String version) {
		jdbc.batchUpdate("""
				insert into epci (code, nom, type, population_totale, communes_departement, communes_hors_departement, active)
				values (?, ?, ?, ?, ?, ?, true)
				on conflict (code) do update set nom = excluded.nom, type = excluded.type,
				  population_totale = excluded.population_totale, communes_departement = excluded.communes_departement,
				  communes_hors_departement = excluded.communes_hors_departement, active = true
				""", parsed.epcis(), 100, (ps, e) -> {
			ps.setString(1, e.code());
			ps.setString(2, e.nom());
			ps.setString(3, e.type());
			ps.setObject(4, e.population());
			ps.setInt(5, e.members().size());
			ps.setInt(6, e.outside());
		});
		jdbc.update("update epci set active = false where not (code = any (?))",
				(Object) parsed.epcis().stream().map(EpciRow::code).toArray(String[]::new));
		jdbc.batchUpdate("""
				insert into commune (code, nom, departement, arrondissement, arrondissement_nom, codes_postaux, population,
				  siren, epci_code, anciens_noms, nom_normalise, recherche, active)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true)
				on conflict (code) do update set nom = excluded.nom, departement = excluded.departement,
				  arrondissement = excluded.arrondissement, arrondissement_nom = excluded.arrondissement_nom,
				  codes_postaux = excluded.codes_postaux, population = excluded.population, siren = excluded.siren,
				  epci_code = excluded.epci_code, anciens_noms = excluded.anciens_noms,
				  nom_normalise = excluded.nom_normalise, recherche = excluded.recherche, active = true
				""", parsed.communes().values(), 200, (ps, c) -> {
			String former = c.anciensNoms().isEmpty() ? null : String.join(", ", c.anciensNoms());
			ps.setString(1, c.code());
			ps.setString(2, c.nom());
			ps.setString(3, departement);
			ps.setString(4, c.arrondissement());
			ps.setString(5, c.arrondissementNom());
			ps.setString(6, c.codesPostaux());
			ps.setObject(7, c.population());
			ps.setString(8, c.siren());
			ps.setString(9, parsed.epciOfCommune().get(c.code()));
			ps.setString(10, former);
			ps.setString(11, SearchText.key(c.nom()));
			ps.setString(12, SearchText.key(c.nom() + (former == null ? "" : " " + former)));
		});
		int inactivated = jdbc.update("update commune set active = false where active and departement = ? "
				+ "and not (code = any (?))", departement, parsed.communes().keySet().toArray(String[]::new));
		jdbc.update("insert into territory_import (kind, departement, source, hash, version, communes, epcis, report) "
				+ "values ('COG', ?, ?, ?, ?, ?, ?, ?)", departement, source, hash, version, parsed.communes().size(),
				parsed.epcis().size(), inactivated == 0 ? null : inactivated + " commune(s) devenue(s) inactive(s)");
		return new Result(source, hash, parsed.communes().size(), parsed.epcis().size(), inactivated, false);
	}

	private static String hash(Source... sources) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			for (Source source : sources) {
				if (source != null) {
					digest.update(source.bytes());
				}
			}
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
