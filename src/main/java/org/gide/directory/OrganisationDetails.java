package org.gide.directory;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.gide.territory.Commune;
import org.gide.territory.EpciRef;
import org.gide.territory.TerritoryRef;

/**
 * An organisation as other modules and the web layer see it. {@code commune} is resolved at read time through
 * {@link org.gide.territory.Communes} (null when the code is absent or unknown), so a territory edited later is
 * reflected at once. {@code legalCategoryLabel} is the label of the mapping line that classified it.
 */
public record OrganisationDetails(long id, String name, String acronym, Siren siren, Siret siret, RnaNumber rna,
		LegalCategory legalCategory, String legalCategoryLabel, EssFamily essFamily, CooperativeKind cooperativeKind,
		Boolean sireneEss, boolean esus, LocalDate creationDate, String description, NafCode naf, Sector sector,
		String address, String postalCode, String communeCode, Commune commune, Double latitude, Double longitude,
		GeoPrecision geoPrecision, EmployeeBand employeeBand, Integer volunteers, InclusionType inclusionType,
		Set<ReservedMarket> reservedMarkets, String goodsServices, boolean resourceActor, String resourceServices,
		PublicContact publicContact, String logoPath, OrganisationSource source, String sourceKey, boolean active,
		LocalDate closedOn, long version, Instant createdAt, Instant updatedAt) {

	public OrganisationDetails {
		reservedMarkets = Set.copyOf(reservedMarkets);
	}

	/** Has at least one employee on 31 December, by its SIRENE band; null when the band is unknown. */
	public Boolean employer() {
		return employeeBand == null ? null : employeeBand.employer();
	}

	public EpciRef epci() {
		return commune == null ? null : commune.epci();
	}

	public TerritoryRef territoire() {
		return commune == null ? null : commune.territoire();
	}

}
