package org.gide.bench.directory;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;

import org.gide.bench.directory.OrganisationGenerator.Organisation;
import org.postgresql.copy.CopyIn;

/** Streams organisations into a {@code COPY … FROM STDIN} (text format) in 1 MB chunks. */
final class CopyWriter {

	static final String COLUMNS = "id, name, acronym, siren, siret, rna, legal_category, ess_family, cooperative_kind, "
			+ "declared_cooperative_kind, sirene_ess, esus, creation_date, description, naf_code, sector, address, "
			+ "postal_code, commune_code, latitude, longitude, geo_precision, employee_band, volunteers, inclusion_type, "
			+ "reserved_l2113_12, reserved_l2113_13, reserved_l2113_15, goods_services, resource_actor, resource_services, "
			+ "public_website, public_email, public_phone, source, source_key, active, closed_on";

	private final CopyIn copy;

	private final StringBuilder line = new StringBuilder(1024);

	private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(1 << 20);

	CopyWriter(CopyIn copy) {
		this.copy = copy;
	}

	void write(Organisation o) throws SQLException {
		line.setLength(0);
		field(o.id()).field(o.name()).field(o.acronym()).field(o.siren()).field(o.siret()).field(o.rna())
			.field(o.legalCategory()).field(o.family()).field(o.cooperativeKind()).field(o.declaredCooperativeKind())
			.field(o.sireneEss()).field(o.esus()).field(o.creationDate()).field(o.description()).field(o.naf())
			.field(o.sector()).field(o.address()).field(o.postalCode()).field(o.communeCode()).field(o.latitude())
			.field(o.longitude()).field(o.geoPrecision()).field(o.employeeBand()).field(o.volunteers())
			.field(o.inclusionType()).field(o.reservedL2113_12()).field(o.reservedL2113_13()).field(o.reservedL2113_15())
			.field(o.goodsServices()).field(o.resourceActor()).field(o.resourceServices()).field(o.publicWebsite())
			.field(o.publicEmail()).field(o.publicPhone()).field(o.source()).field(o.sourceKey()).field(o.active())
			.field(o.closedOn());
		line.setCharAt(line.length() - 1, '\n');
		byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
		buffer.write(bytes, 0, bytes.length);
		if (buffer.size() >= (1 << 20)) {
			flush();
		}
	}

	long finish() throws SQLException {
		flush();
		return copy.endCopy();
	}

	private void flush() throws SQLException {
		if (buffer.size() > 0) {
			copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
			buffer.reset();
		}
	}

	private CopyWriter field(Object value) {
		if (value == null) {
			line.append("\\N");
		}
		else if (value instanceof Boolean b) {
			line.append(b ? 't' : 'f');
		}
		else if (value instanceof LocalDate || value instanceof Number) {
			line.append(value);
		}
		else {
			String text = value.toString();
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				switch (c) {
					case '\\' -> line.append("\\\\");
					case '\t' -> line.append("\\t");
					case '\n' -> line.append("\\n");
					case '\r' -> line.append("\\r");
					default -> line.append(c);
				}
			}
		}
		line.append('\t');
		return this;
	}

}
