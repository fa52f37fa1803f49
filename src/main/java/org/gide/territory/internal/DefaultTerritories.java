package org.gide.territory.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.territory.internal.Sources.Source;

/**
 * Seeds the default territories of the département (a JSON list of {@code nom}, {@code description}, {@code epci}
 * SIREN and optional {@code communes} codes), once, when no territory exists yet. Afterwards the Mission ESS edits
 * them in the administration: the file is a starting point, not a source of truth.
 */
@Component
public class DefaultTerritories {

	private static final Logger log = LoggerFactory.getLogger(DefaultTerritories.class);

	private final Sources sources;

	private final TerritoryRepository territories;

	private final TerritoryEditor editor;

	private final String location;

	private final String departement;

	private final JdbcTemplate jdbc;

	DefaultTerritories(Sources sources, TerritoryRepository territories, TerritoryEditor editor, JdbcTemplate jdbc,
			@Value("${gide.departement:30}") String departement,
			@Value("${gide.territory.defaults.location:classpath:territory/territoires-{departement}.json}") String location) {
		this.sources = sources;
		this.territories = territories;
		this.editor = editor;
		this.location = location.replace("{departement}", departement);
		this.departement = departement;
		this.jdbc = jdbc;
	}

	/**
	 * Creates the default territories if there are none and they were never seeded (deleting every territory must
	 * not bring them back at the next start); returns how many were created.
	 */
	public int seedIfEmpty() {
		if (territories.count() > 0 || jdbc.queryForObject("select count(*) from territory_import "
				+ "where kind = 'TERRITORIES' and departement = ?", Integer.class, departement) > 0) {
			return 0;
		}
		Optional<Source> source;
		try {
			source = sources.read(location);
		}
		catch (IOException ex) {
			log.warn("Default territories unreadable at {}: {}", location, ex.getMessage());
			return 0;
		}
		if (source.isEmpty()) {
			log.info("No default territories for this département ({} not found)", location);
			return 0;
		}
		int created = 0;
		for (JsonNode entry : JsonMapper.builder().build().readTree(new String(source.get().bytes(), StandardCharsets.UTF_8))) {
			if (!entry.has("nom")) {
				continue;
			}
			List<String> epcis = new ArrayList<>();
			entry.path("epci").forEach(e -> epcis.add(e.asString()));
			List<String> communes = new ArrayList<>();
			entry.path("communes").forEach(c -> communes.add(c.asString()));
			try {
				editor.create(TerritoryForm.of(entry.get("nom").asString(), entry.path("description").asString(""), epcis,
						String.join("\n", communes)));
				created++;
			}
			catch (TerritoryEditException ex) {
				log.warn("Default territory {} not created: {}", entry.get("nom").asString(), ex.getMessage());
			}
		}
		jdbc.update("insert into territory_import (kind, departement, source, report) values ('TERRITORIES', ?, ?, ?)",
				departement, location, created + " territoire(s) par défaut créé(s)");
		log.info("{} default territories created from {}", created, location);
		return created;
	}

}
