package org.gide.directory.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.engine.search.query.SearchScroll;
import org.hibernate.search.engine.search.query.SearchScrollResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.gide.directory.OrganisationTextMatch;
import org.gide.directory.OrganisationsChanged;
import org.gide.directory.internal.Organisation;

/**
 * Keeps the search index in step with the database. At start-up (after the reference geography was imported, before
 * the web server opens) the index is rebuilt when it is empty, when its mapping version differs from this code's, or
 * when its document count or latest update differ from the table's (a cheap check: one aggregate query and one
 * search). Changes made through Hibernate are indexed by Hibernate Search itself; {@link OrganisationsChanged} is
 * taken after commit: listed ids are re-read and re-indexed (imports write with SQL), {@code all()} rebuilds.
 */
@Component
public class OrganisationIndex implements SmartLifecycle, OrganisationTextMatch {

	/** Raise when the mapping changes: an index written by older code is then rebuilt at start-up. */
	static final String MAPPING_VERSION = "1";

	private static final Logger log = LoggerFactory.getLogger(OrganisationIndex.class);

	private final EntityManagerFactory entityManagers;

	private final JdbcTemplate jdbc;

	private final OrganisationSearchMapping mapping;

	private final DirectorySearch search;

	private final Path root;

	private final boolean checkOnStart;

	private volatile boolean running;

	OrganisationIndex(EntityManagerFactory entityManagers, JdbcTemplate jdbc, OrganisationSearchMapping mapping,
			DirectorySearch search, @Value("${gide.search.index.directory:.gide/index}") String directory,
			@Value("${gide.search.index.type:local-filesystem}") String type,
			@Value("${gide.search.index.check-on-start:true}") boolean checkOnStart) {
		this.entityManagers = entityManagers;
		this.jdbc = jdbc;
		this.mapping = mapping;
		this.search = search;
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

	/** Before the web server (which starts in the last phases). */
	@Override
	public int getPhase() {
		return 0;
	}

	/** Whether the index no longer reflects the table (see the class comment). */
	boolean needsRebuild() {
		if (root != null && !MAPPING_VERSION.equals(readMarker())) {
			log.info("Search index: no index or mapping version changed, rebuilding");
			return true;
		}
		Map<String, Object> table = jdbc.queryForMap("select count(*) as n, max(updated_at) as latest from organisation");
		long rows = ((Number) table.get("n")).longValue();
		Instant latest = table.get("latest") == null ? null : ((Timestamp) table.get("latest")).toInstant();
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			long documents = session.search(Organisation.class).where(f -> f.matchAll()).fetchTotalHitCount();
			if (documents != rows) {
				log.info("Search index: {} documents for {} organisations, rebuilding", documents, rows);
				return true;
			}
			if (latest != null) {
				List<Long> indexed = session.search(Organisation.class)
					.select(f -> f.field(IndexFields.UPDATED, Long.class))
					.where(f -> f.matchAll())
					.sort(f -> f.field(IndexFields.UPDATED).desc())
					.fetchHits(1);
				if (indexed.isEmpty() || indexed.get(0) == null || indexed.get(0) < latest.toEpochMilli()) {
					log.info("Search index: older than the latest update of the table, rebuilding");
					return true;
				}
			}
		}
		return false;
	}

	/** Rebuilds the whole index from the database (blocks until done). */
	public synchronized void rebuild() {
		mapping.forgetCommunes();
		long start = System.nanoTime();
		try (EntityManager em = entityManagers.createEntityManager()) {
			Search.session(em)
				.massIndexer(Organisation.class)
				.threadsToLoadObjects(Math.max(1, Runtime.getRuntime().availableProcessors() - 1))
				.batchSizeToLoadObjects(500)
				// One segment: facet counts otherwise build a map of every segment's terms on each search.
				.mergeSegmentsOnFinish(true)
				.startAndWait();
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Search index rebuild interrupted", e);
		}
		writeMarker();
		search.forget();
		log.info("Search index rebuilt in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	/** Re-reads the organisations and writes their documents again; ids no longer in the table are removed. */
	public void reindex(Set<Long> ids) {
		if (ids.isEmpty()) {
			return;
		}
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			SearchIndexingPlan plan = session.indexingPlan();
			for (Long id : ids) {
				Organisation organisation = em.find(Organisation.class, id);
				if (organisation == null) {
					plan.purge(Organisation.class, id, null);
				}
				else {
					plan.addOrUpdate(organisation);
				}
			}
			plan.execute();
		}
		search.forget();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(OrganisationsChanged changed) {
		if (changed.everything()) {
			rebuild();
		}
		else {
			reindex(changed.ids());
		}
	}

	@Override
	public BitSet matching(String text) {
		BitSet ids = new BitSet();
		if (text == null || text.isBlank()) {
			return ids;
		}
		try (EntityManager em = entityManagers.createEntityManager()) {
			SearchSession session = Search.session(em);
			try (SearchScroll<Long> scroll = session.search(Organisation.class)
				.select(f -> f.id(Long.class))
				.where(f -> DirectorySearch.text(f, text))
				.scroll(10_000)) {
				for (SearchScrollResult<Long> chunk = scroll.next(); chunk.hasHits(); chunk = scroll.next()) {
					for (Long id : chunk.hits()) {
						ids.set(Math.toIntExact(id));
					}
				}
			}
		}
		return ids;
	}

	private String readMarker() {
		Path marker = root.resolve("mapping-version");
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
			Files.writeString(root.resolve("mapping-version"), MAPPING_VERSION);
		}
		catch (IOException e) {
			log.warn("Search index: could not write its mapping version in {}: {}", root, e.getMessage());
		}
	}

}
