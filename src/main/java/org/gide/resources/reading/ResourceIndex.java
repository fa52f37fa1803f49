package org.gide.resources.reading;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import org.gide.resources.item.ResourceItem;

/**
 * Keeps the {@code resource} index in step with {@code resource_item}. At start-up (after the directory's index,
 * before the web server) the resources' documents alone are rebuilt ({@code massIndexer(ResourceItem.class)}: the
 * directory's index is not touched) when the marker {@value #MARKER} in the index root differs from this code's
 * {@link #MAPPING_VERSION}, or when the number of documents or the latest {@code updated_at} differ from the
 * table's. Changes made through JPA (every write to the item and its taxonomy tables) are indexed by Hibernate
 * Search itself, at commit.
 */
@Component
public class ResourceIndex implements SmartLifecycle {

	/** Raise when the mapping changes: an index written by older code is then rebuilt at start-up. */
	static final String MAPPING_VERSION = "1";

	static final String MARKER = "resources-mapping-version";

	private static final Logger log = LoggerFactory.getLogger(ResourceIndex.class);

	private final EntityManagerFactory entityManagers;

	private final JdbcTemplate jdbc;

	private final ResourceSearchMapping mapping;

	private final Path root;

	private final boolean checkOnStart;

	private volatile boolean running;

	ResourceIndex(EntityManagerFactory entityManagers, JdbcTemplate jdbc, ResourceSearchMapping mapping,
			@Value("${gide.search.index.directory:.gide/index}") String directory,
			@Value("${gide.search.index.type:local-filesystem}") String type,
			@Value("${gide.search.index.check-on-start:true}") boolean checkOnStart) {
		this.entityManagers = entityManagers;
		this.jdbc = jdbc;
		this.mapping = mapping;
		this.root = "local-filesystem".equals(type) ? Path.of(directory) : null;
		this.checkOnStart = checkOnStart;
	}

	@Override
	public void start() {
		running = true;
		if (checkOnStart && needsRebuild()) {
			rebuild();
		}
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	/** After the directory's {@code OrganisationIndex} (phase 0), before the web server. */
	@Override
	public int getPhase() {
		return 1;
	}

	/** Whether the index no longer reflects the table (see the class comment). */
	public boolean needsRebuild() {
		if (root != null && !MAPPING_VERSION.equals(readMarker())) {
			log.info("Resource index: no index or mapping version changed, rebuilding");
			return true;
		}
		Map<String, Object> table = jdbc
			.queryForMap("select count(*) as n, max(updated_at) as latest from resource_item");
		long rows = ((Number) table.get("n")).longValue();
		Instant latest = table.get("latest") == null ? null : ((Timestamp) table.get("latest")).toInstant();
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			long documents = session.search(ResourceItem.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (documents != rows) {
				log.info("Resource index: {} documents for {} items, rebuilding", documents, rows);
				return true;
			}
			if (latest != null) {
				List<Instant> indexed = session.search(ResourceItem.class)
					.select(f -> f.field(ResourceSearchMapping.UPDATED, Instant.class))
					.where(f -> f.matchAll())
					.sort(f -> f.field(ResourceSearchMapping.UPDATED).desc())
					.fetchHits(1);
				if (indexed.isEmpty() || indexed.get(0) == null || indexed.get(0).isBefore(latest)) {
					log.info("Resource index: older than the latest update of the table, rebuilding");
					return true;
				}
			}
		}
		return false;
	}

	/** Rebuilds the resources' documents from the database (blocks until done); other indexes are untouched. */
	public synchronized void rebuild() {
		mapping.forgetTerritories();
		long start = System.nanoTime();
		try (EntityManager em = entityManagers.createEntityManager()) {
			Search.session(em)
				.massIndexer(ResourceItem.class)
				.threadsToLoadObjects(1)
				.batchSizeToLoadObjects(200)
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Resource index rebuild interrupted", e);
		}
		writeMarker();
		log.info("Resource index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	private String readMarker() {
		Path marker = root.resolve(MARKER);
		try {
			return Files.exists(marker) ? Files.readString(marker).strip() : null;
		}
		catch (IOException e) {
			return null;
		}
	}

	private void writeMarker() {
		if (root == null) {
			return;
		}
		try {
			Files.createDirectories(root);
			Files.writeString(root.resolve(MARKER), MAPPING_VERSION);
		}
		catch (IOException e) {
			log.warn("Resource index: could not write its mapping version in {}: {}", root, e.getMessage());
		}
	}

}
