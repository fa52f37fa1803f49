package org.gide.directory.map;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import org.gide.directory.EmployeeBand;
import org.gide.directory.EssFamily;
import org.gide.directory.InclusionType;
import org.gide.directory.OrganisationsChanged;
import org.gide.directory.Sector;

/**
 * The map's in-memory read model: every active organisation with coordinates, as a {@link PointSet}. Loaded
 * before the web server opens (one streamed query, rows fetched 10,000 at a time), then kept current by
 * {@link OrganisationsChanged}: after commit, the named ids are re-read (or everything for a whole import) on one
 * background thread that coalesces what arrived meanwhile, and the new snapshot replaces the old one atomically.
 * Readers never wait and always see a whole snapshot.
 */
@Component
class PointStore implements SmartInitializingSingleton, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(PointStore.class);

	private static final String COLUMNS = "select id, latitude, longitude, ess_family, sector, commune_code, "
			+ "inclusion_type, reserved_l2113_12, reserved_l2113_13, reserved_l2113_15, resource_actor, employee_band "
			+ "from organisation where active and latitude is not null and longitude is not null";

	private static final int FETCH_SIZE = 10_000;

	private final DataSource dataSource;

	private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "map-point-store");
		thread.setDaemon(true);
		return thread;
	});

	private final Object pendingLock = new Object();

	private Set<Long> pendingIds = new HashSet<>();

	private boolean pendingEverything;

	private final AtomicLong requested = new AtomicLong();

	private final AtomicLong applied = new AtomicLong();

	private final AtomicLong versions = new AtomicLong();

	private volatile PointSet current = PointSet.empty();

	PointStore(DataSource dataSource) {
		this.dataSource = dataSource;
	}

	@Override
	public void afterSingletonsInstantiated() {
		reload();
	}

	@Override
	public void destroy() {
		worker.shutdownNow();
	}

	/** The current snapshot. */
	PointSet points() {
		return current;
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
	void on(OrganisationsChanged changed) {
		synchronized (pendingLock) {
			if (changed.everything()) {
				pendingEverything = true;
			}
			else {
				pendingIds.addAll(changed.ids());
			}
		}
		long ticket = requested.incrementAndGet();
		worker.execute(() -> apply(ticket));
	}

	/** Waits until every change notified before this call is in the snapshot (tests, benchmarks). */
	boolean awaitUpToDate(Duration timeout) {
		long target = requested.get();
		long deadline = System.nanoTime() + timeout.toNanos();
		while (applied.get() < target) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				return false;
			}
		}
		return true;
	}

	private void apply(long ticket) {
		Set<Long> ids;
		boolean everything;
		synchronized (pendingLock) {
			ids = pendingIds;
			everything = pendingEverything;
			pendingIds = new HashSet<>();
			pendingEverything = false;
		}
		try {
			if (everything) {
				reload();
			}
			else if (!ids.isEmpty()) {
				refresh(ids);
			}
		}
		catch (RuntimeException e) {
			log.error("Map point store not refreshed for {} organisations", everything ? "all" : ids.size(), e);
		}
		finally {
			applied.accumulateAndGet(ticket, Math::max);
		}
	}

	/** Reads every point again. */
	synchronized void reload() {
		long start = System.nanoTime();
		PointSet.Builder builder = new PointSet.Builder();
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try (PreparedStatement statement = connection.prepareStatement(COLUMNS)) {
				statement.setFetchSize(FETCH_SIZE);
				try (ResultSet rows = statement.executeQuery()) {
					while (rows.next()) {
						add(builder, rows);
					}
				}
				connection.commit();
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot load the map's points", e);
		}
		current = builder.build(versions.incrementAndGet());
		log.info("Map point store: {} organisations loaded in {} ms", current.size,
				(System.nanoTime() - start) / 1_000_000);
	}

	/** Re-reads these organisations: gone, closed or without coordinates, they leave the map. */
	synchronized void refresh(Set<Long> ids) {
		PointSet.Builder builder = new PointSet.Builder(current, ids);
		List<Long> list = new ArrayList<>(ids);
		try (Connection connection = dataSource.getConnection()) {
			for (int from = 0; from < list.size(); from += 10_000) {
				List<Long> chunk = list.subList(from, Math.min(list.size(), from + 10_000));
				try (PreparedStatement statement = connection.prepareStatement(COLUMNS + " and id = any(?)")) {
					Array array = connection.createArrayOf("bigint", chunk.toArray());
					statement.setArray(1, array);
					try (ResultSet rows = statement.executeQuery()) {
						while (rows.next()) {
							add(builder, rows);
						}
					}
				}
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot refresh the map's points", e);
		}
		current = builder.build(versions.incrementAndGet());
	}

	private static void add(PointSet.Builder builder, ResultSet rows) throws SQLException {
		EmployeeBand band = null;
		String bandCode = rows.getString("employee_band");
		try {
			band = EmployeeBand.fromCode(bandCode).orElse(null);
		}
		catch (RuntimeException unknown) {
			// Left unknown: the map does not filter on the band.
		}
		String inclusion = rows.getString("inclusion_type");
		int attributes = PointSet.Attributes.pack(EssFamily.valueOf(rows.getString("ess_family")),
				Sector.valueOf(rows.getString("sector")), inclusion == null ? null : InclusionType.valueOf(inclusion),
				rows.getBoolean("reserved_l2113_12"), rows.getBoolean("reserved_l2113_13"),
				rows.getBoolean("reserved_l2113_15"), rows.getBoolean("resource_actor"), band);
		builder.add(rows.getLong("id"), rows.getDouble("latitude"), rows.getDouble("longitude"), attributes,
				rows.getString("commune_code"));
	}

}
