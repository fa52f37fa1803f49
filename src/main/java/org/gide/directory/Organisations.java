package org.gide.directory;

import java.util.Optional;

/** The organisations of the directory: enough for the importers and the web layer. */
public interface Organisations {

	/**
	 * Creates an organisation from a draft, validated and normalised: one refused value is an
	 * {@link InvalidValueException}, several an {@link OrganisationRefusedException} listing them all. Idempotent by SIRET: when an organisation
	 * already has the draft's SIRET and is the same one (same source and source key, or same name ignoring case and
	 * spaces), it is returned unchanged. Otherwise a taken SIRET or RNA number is refused with an
	 * {@link InvalidValueException} ({@code directory.error.siret.taken} / {@code rna.taken}) naming the holder.
	 */
	OrganisationDetails create(OrganisationDraft draft);

	/**
	 * Replaces an organisation's fields by the draft's, if it is still at {@code expectedVersion}; otherwise (or if
	 * another writer commits first) throws {@link OrganisationConflictException} and writes nothing.
	 */
	OrganisationDetails update(long id, long expectedVersion, OrganisationDraft draft);

	Optional<OrganisationDetails> find(long id);

	/** Accepts the SIRET with spaces; an invalid SIRET finds nothing. */
	Optional<OrganisationDetails> findBySiret(String siret);

	/** Accepts the RNA number in any case and with spaces; an invalid number finds nothing. */
	Optional<OrganisationDetails> findByRna(String rna);

}
