package org.gide.directory;

import java.util.Optional;
import java.util.Set;

/** The organisations of the directory: enough for the importers and the web layer. */
public interface Organisations {

	/**
	 * Creates an organisation from a draft, validated and normalised: one refused value is an
	 * {@link InvalidValueException}, several an {@link OrganisationRefusedException} listing them all. Idempotent by SIRET: when an organisation
	 * already has the draft's SIRET and is the same one (same source and source key, or same name ignoring case and
	 * spaces), it is returned unchanged. Otherwise a taken SIRET or RNA number is refused with an
	 * {@link InvalidValueException} ({@code directory.error.siret.taken} / {@code rna.taken}) naming the holder.
	 */
	default OrganisationDetails create(OrganisationDraft draft) {
		return create(draft, new Author(null, "Gide", ChangeOrigin.CREATION));
	}

	/** As {@link #create(OrganisationDraft)}, recording each set field in the history under this author. */
	OrganisationDetails create(OrganisationDraft draft, Author author);

	/**
	 * Replaces an organisation's fields by the draft's, if it is still at {@code expectedVersion}; otherwise (or if
	 * another writer commits first) throws {@link OrganisationConflictException} and writes nothing.
	 */
	default OrganisationDetails update(long id, long expectedVersion, OrganisationDraft draft) {
		return update(id, expectedVersion, draft, Author.system());
	}

	/**
	 * As {@link #update(long, long, OrganisationDraft)}, recording each changed field in the history
	 * ({@code organisation_change}) under this author; when its origin {@link ChangeOrigin#protectsFields()}, the
	 * changed fields (draft property names, coordinates excepted) are added to the protected fields.
	 */
	OrganisationDetails update(long id, long expectedVersion, OrganisationDraft draft, Author author);

	/**
	 * The fields of the organisation that an owner or an agent set by hand (draft property names: "description",
	 * "publicEmail"…): an import must not overwrite them silently. Empty when the organisation does not exist.
	 */
	Set<String> protectedFields(long id);

	Optional<OrganisationDetails> find(long id);

	/** Accepts the SIRET with spaces; an invalid SIRET finds nothing. */
	Optional<OrganisationDetails> findBySiret(String siret);

	/** Accepts the RNA number in any case and with spaces; an invalid number finds nothing. */
	Optional<OrganisationDetails> findByRna(String rna);

}
