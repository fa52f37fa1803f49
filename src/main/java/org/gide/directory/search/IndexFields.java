package org.gide.directory.search;

/** Names of the fields of the organisation index, shared by the mapping and the queries. */
final class IndexFields {

	static final String NAME = "name";

	static final String NAME_SORT = "name_sort";

	static final String ACRONYM = "acronym";

	static final String DESCRIPTION = "description";

	static final String GOODS_SERVICES = "goods_services";

	static final String RESOURCE_SERVICES = "resource_services";

	static final String COMMUNE_NAME = "commune_name";

	static final String FAMILY = "family";

	static final String SECTOR = "sector";

	static final String EPCI = "epci";

	static final String TERRITORY = "territory";

	static final String COMMUNE = "commune";

	static final String INCLUSION = "inclusion";

	static final String MARKET = "market";

	static final String RESOURCE = "resource";

	static final String ACTIVE = "active";

	static final String LOCATION = "location";

	/** Last update of the row, epoch milliseconds: to tell at start-up whether the index is behind. */
	static final String UPDATED = "updated";

	static final String SIRET = "siret";

	static final String RNA = "rna";

	static final String ADDRESS = "address";

	static final String POSTAL_CODE = "postal_code";

	static final String WEBSITE = "website";

	static final String EMAIL = "email";

	static final String PHONE = "phone";

	/** Value of {@link #RESOURCE} for resource actors. */
	static final String YES = "oui";

	private IndexFields() {
	}

}
