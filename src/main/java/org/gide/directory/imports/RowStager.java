package org.gide.directory.imports;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Writes staged rows into {@code import_row} with PostgreSQL's {@code COPY … FROM STDIN} in blocks of
 * {@value #BLOCK} rows: the fastest way in, and a block is all or nothing. Not thread-safe: one per parse.
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

	private final StringBuilder block = new StringBuilder(1 << 20);

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

	void flush() {
		if (this.pending == 0) {
			return;
		}
		try (Connection connection = this.dataSource.getConnection()) {
			// Staged rows can be read again from the file: their commit need not wait for the disk.
			connection.setAutoCommit(false);
			try (var statement = connection.createStatement()) {
				statement.execute("set local synchronous_commit = off");
			}
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			copy.copyIn(COPY, new StringReader(this.block.toString()));
			connection.commit();
			connection.setAutoCommit(true);
		}
		catch (SQLException | java.io.IOException ex) {
			throw new IllegalStateException("Staging of import rows failed", ex);
		}
		this.block.setLength(0);
		this.pending = 0;
	}

	@Override
	public void close() {
		flush();
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
