package org.gide.directory.people;

import org.gide.directory.OrganisationDraft;
import org.gide.directory.internal.Organisation;

/** A draft holding every current value of an organisation, so that a form changes only what it shows. */
final class Drafts {

	private Drafts() {
	}

	static OrganisationDraft of(Organisation o) {
		OrganisationDraft draft = OrganisationDraft.named(o.getName())
			.acronym(o.getAcronym())
			.siren(o.getSiren() == null ? null : o.getSiren().value())
			.siret(o.getSiret() == null ? null : o.getSiret().value())
			.rna(o.getRna() == null ? null : o.getRna().value())
			.legalCategory(o.getLegalCategory() == null ? null : o.getLegalCategory().code())
			.sireneEss(o.getSireneEss())
			.esus(o.isEsus())
			.declaredCooperativeKind(o.getDeclaredCooperativeKind())
			.creationDate(o.getCreationDate())
			.description(o.getDescription())
			.naf(o.getNaf() == null ? null : o.getNaf().value())
			.address(o.getAddress(), o.getPostalCode(), o.getCommuneCode())
			.position(o.getLatitude(), o.getLongitude(), o.getGeoPrecision())
			.employeeBand(o.getEmployeeBand() == null ? null : o.getEmployeeBand().code())
			.volunteers(o.getVolunteers())
			.inclusionType(o.getInclusionType() == null ? null : o.getInclusionType().name())
			.goodsServices(o.getGoodsServices())
			.resourceActor(o.isResourceActor(), o.getResourceServices())
			.publicContact(o.getPublicWebsite(), o.getPublicEmail(), o.getPublicPhone())
			.logoPath(o.getLogoPath())
			.source(o.getSource(), o.getSourceKey());
		if (!o.isActive()) {
			draft.closed(o.getClosedOn());
		}
		return draft;
	}

}
