package org.gide.directory.imports;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes staged rows into {@code import_row} with PostgreSQL's {@code COPY … FROM STDIN} in blocks of
 * {@value #BLOCK} rows: the fastest way in, and a block is all or nothing. A block is sent by a second thread while
 * the parse goes on with the next one (at most one block in flight), so that reading and converting in Java overlap
 * with PostgreSQL ingesting the previous block: two cores at work instead of one at a time. A failed block fails the
 * next {@link #add}/{@link #flush}/{@link #close}. Not thread-safe: one per parse, used by one thread.
 */
final class RowStager implements AutoCloseable {

	static final int BLOCK = 20_000;

	private static final String COPY = "copy import_row (run_id, seq, line, match_key, status, name, acronym, siren, siret, rna, "
			+ "legal_category, ess_family, cooperative_kind, sirene_ess, creation_date, description, naf_code, sector, "
			+ "address, postal_code, commune_code, latitude, longitude, geo_precision, employee_band, inclusion_type, "
			+ "reserved_l2113_12, reserved_l2113_13, reserved_l2113_15, public_website, public_email, public_phone, "
			+ "source_key) from stdin with (format csv)";

	private final DataSource dataSource;

	private final long runId;

	private StringBuilder block = new StringBuilder(1 << 20);

	/** The other block: the one being sent, reused once sent. */
	private StringBuilder spare = new StringBuilder(1 << 20);

	private ExecutorService sender;

	private Future<?> inFlight;

	private int pending;

	private int seq;

	RowStager(DataSource dataSource, long runId) {
		this.dataSource = dataSource;
		this.runId = runId;
	}

	void add(StagedRow r) {
		StringBuilder b = this.block;
		b.append(this.runId).append(',').append(++this.seq).append(',').append(r.line).append(',');
		text(b, r.matchKey);
		// Every row is new until the classification matches it with an organisation.
		b.append("NEW,");
		text(b, r.name);
		text(b, r.acronym);
		text(b, r.siren);
		text(b, r.siret);
		text(b, r.rna);
		text(b, r.legalCategory);
		text(b, r.essFamily);
		text(b, r.cooperativeKind);
		raw(b, r.sireneEss == null ? null : r.sireneEss ? "t" : "f");
		raw(b, r.creationDate == null ? null : r.creationDate.toString());
		text(b, r.description);
		text(b, r.nafCode);
		text(b, r.sector);
		text(b, r.address);
		text(b, r.postalCode);
		text(b, r.communeCode);
		raw(b, r.latitude == null ? null : r.latitude.toString());
		raw(b, r.longitude == null ? null : r.longitude.toString());
		text(b, r.geoPrecision);
		text(b, r.employeeBand);
		text(b, r.inclusionType);
		raw(b, r.reservedL2113_12 ? "t" : "f");
		raw(b, r.reservedL2113_13 ? "t" : "f");
		raw(b, r.reservedL2113_15 ? "t" : "f");
		text(b, r.publicWebsite);
		text(b, r.publicEmail);
		text(b, r.publicPhone);
		b.append(quoted(r.sourceKey)).append('\n');
		if (++this.pending == BLOCK) {
			flush();
		}
	}

	/** Rows staged so far. */
	int count() {
		return this.seq;
	}

	/** Sends the pending rows (in the background: waits only for the block sent before). */
	void flush() {
		awaitInFlight();
		if (this.pending == 0) {
			return;
		}
		StringBuilder full = this.block;
		this.block = this.spare;
		this.spare = full;
		this.pending = 0;
		if (this.sender == null) {
			this.sender = Executors.newSingleThreadExecutor(r -> {
				Thread thread = new Thread(r, "gide-import-copy");
				thread.setDaemon(true);
				return thread;
			});
		}
		this.inFlight = this.sender.submit(() -> {
			copy(full);
			full.setLength(0);
		});
	}

	private void awaitInFlight() {
		Future<?> previous = this.inFlight;
		if (previous == null) {
			return;
		}
		this.inFlight = null;
		try {
			previous.get();
		}
		catch (InterruptedException ex) {
			previous.cancel(true);
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Staging of import rows interrupted", ex);
		}
		catch (ExecutionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw new IllegalStateException("Staging of import rows failed", ex.getCause());
		}
	}

	private void copy(StringBuilder rows) {
		try (Connection connection = this.dataSource.getConnection()) {
			// Staged rows can be read again from the file: their commit need not wait for the disk.
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("set local synchronous_commit = off");
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(COPY, new StringBuilderReader(rows));
			connection.commit();
			connection.setAutoCommit(true);
		}
		catch (SQLException | java.io.IOException ex) {
			throw new IllegalStateException("Staging of import rows failed", ex);
		}
	}

	/** Sends what is pending and waits until every block is in (or failed); the sending thread ends. */
	@Override
	public void close() {
		try {
			flush();
			awaitInFlight();
		}
		finally {
			if (this.sender != null) {
				this.sender.shutdownNow();
			}
		}
	}

	/** Reads a block without copying it into a String first. */
	private static final class StringBuilderReader extends java.io.Reader {

		private final StringBuilder rows;

		private int position;

		StringBuilderReader(StringBuilder rows) {
			this.rows = rows;
		}

		@Override
		public int read(char[] buffer, int offset, int length) {
			int left = this.rows.length() - this.position;
			if (left <= 0) {
				return -1;
			}
			int n = Math.min(length, left);
			this.rows.getChars(this.position, this.position + n, buffer, offset);
			this.position += n;
			return n;
		}

		@Override
		public void close() {
		}

	}

	private static void text(StringBuilder b, String value) {
		b.append(quoted(value)).append(',');
	}

	private static void raw(StringBuilder b, String value) {
		if (value != null) {
			b.append(value);
		}
		b.append(',');
	}

	private static String quoted(String value) {
		if (value == null) {
			return "";
		}
		// NUL cannot be stored in PostgreSQL text.
		return '"' + value.replace("\u0000", "").replace("\"", "\"\"") + '"';
	}

}
