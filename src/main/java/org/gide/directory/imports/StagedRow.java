package org.gide.directory.imports;

import java.time.LocalDate;

/**
 * One kept row of an import, normalised to the organisation's columns (values already validated, blank = null) and
 * with what the directory derives from them (family, sector, reserved markets) computed by its public rules.
 */
final class StagedRow {

	long line;

	String matchKey;

	String name;

	String acronym;

	String siren;

	String siret;

	String rna;

	String legalCategory;

	String essFamily;

	String cooperativeKind;

	Boolean sireneEss;

	LocalDate creationDate;

	String description;

	String nafCode;

	String sector;

	String address;

	String postalCode;

	String communeCode;

	Double latitude;

	Double longitude;

	String geoPrecision;

	String employeeBand;

	String inclusionType;

	boolean reservedL2113_12;

	boolean reservedL2113_13;

	boolean reservedL2113_15;

	String publicWebsite;

	String publicEmail;

	String publicPhone;

	String sourceKey;

}
