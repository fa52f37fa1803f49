package org.gide.directory.profile;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.gide.directory.OrganisationDetails;
import org.gide.directory.ReservedMarket;

/**
 * The public fields of an organisation, as {@code GET /api/organisations/{id}} gives them: identity, activity,
 * place, size, public procurement, resource actor, public contact, source. Codes are given with their French
 * labels' keys resolved by the caller's language where the API has one.
 */
record OrganisationJson(long id, String url, String name, String acronym, String siren, String siret, String rna,
		Code legalCategory, String essFamily, String cooperativeKind, Boolean sireneEss, boolean esus,
		LocalDate creationDate, String description, String naf, String sector, Place place, Size size,
		Procurement procurement, Resource resource, Contact contact, String logo, String source, boolean active,
		LocalDate closedOn, Instant updatedAt) {

	record Code(String code, String label) {
	}

	record Place(String address, String postalCode, Code commune, Code epci, Code territory, Double latitude,
			Double longitude, String precision) {
	}

	record Size(String employeeBand, Integer employeesMin, Integer employeesMax, Boolean employer, Integer volunteers) {
	}

	record Procurement(String inclusionType, List<String> reservedMarkets, String goodsServices) {
	}

	record Resource(boolean resourceActor, String services) {
	}

	record Contact(String website, String email, String phone) {
	}

	static OrganisationJson of(OrganisationDetails o, String url) {
		Place place = new Place(o.address(), o.postalCode(),
				o.communeCode() == null ? null
						: new Code(o.communeCode(), o.commune() == null ? null : o.commune().nom()),
				o.epci() == null ? null : new Code(o.epci().code(), o.epci().nom()),
				o.territoire() == null ? null : new Code(o.territoire().slug(), o.territoire().nom()), o.latitude(),
				o.longitude(), o.geoPrecision() == null ? null : o.geoPrecision().name());
		Size size = new Size(o.employeeBand() == null ? null : o.employeeBand().code(),
				o.employeeBand() == null ? null : o.employeeBand().min(),
				o.employeeBand() == null ? null : o.employeeBand().max(), o.employer(), o.volunteers());
		Procurement procurement = new Procurement(o.inclusionType() == null ? null : o.inclusionType().name(),
				o.reservedMarkets().stream().sorted().map(ReservedMarket::article).toList(), o.goodsServices());
		return new OrganisationJson(o.id(), url, o.name(), o.acronym(), o.siren() == null ? null : o.siren().value(),
				o.siret() == null ? null : o.siret().value(), o.rna() == null ? null : o.rna().value(),
				o.legalCategory() == null ? null : new Code(o.legalCategory().code(), o.legalCategoryLabel()),
				o.essFamily().name(), o.cooperativeKind() == null ? null : o.cooperativeKind().name(), o.sireneEss(),
				o.esus(), o.creationDate(), o.description(), o.naf() == null ? null : o.naf().value(),
				o.sector().name(), place, size, procurement, new Resource(o.resourceActor(), o.resourceServices()),
				new Contact(o.publicContact() == null ? null : o.publicContact().website(),
						o.publicContact() == null ? null : o.publicContact().email(),
						o.publicContact() == null ? null : o.publicContact().phone()),
				o.logoPath(), o.source().name(), o.active(), o.closedOn(), o.updatedAt());
	}

}
