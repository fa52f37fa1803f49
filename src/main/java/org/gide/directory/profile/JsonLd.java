package org.gide.directory.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import org.gide.directory.EssFamily;
import org.gide.directory.OrganisationDetails;

/**
 * An organisation as schema.org JSON-LD for its page: {@code NGO} for associations and foundations, else
 * {@code Organization}; SIRET, SIREN and RNA as {@code PropertyValue} identifiers, the address, position, public
 * contact, founding and dissolution dates, and the employee band as a {@code QuantitativeValue}. Written for a
 * {@code <script type="application/ld+json">} block: "</" is escaped so the text cannot close the element (a data
 * block is not run, so the strict CSP does not concern it).
 */
final class JsonLd {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private JsonLd() {
	}

	static String of(OrganisationDetails o, String pageUrl, String baseUrl) {
		Map<String, Object> ld = new LinkedHashMap<>();
		ld.put("@context", "https://schema.org");
		ld.put("@type", o.essFamily() == EssFamily.ASSOCIATION || o.essFamily() == EssFamily.FONDATION ? "NGO"
				: "Organization");
		ld.put("@id", pageUrl);
		ld.put("name", o.name());
		ld.put("legalName", o.name());
		put(ld, "alternateName", o.acronym());
		put(ld, "description", o.description());
		ld.put("url", o.publicContact() != null && o.publicContact().website() != null ? o.publicContact().website()
				: pageUrl);
		if (o.publicContact() != null) {
			put(ld, "email", o.publicContact().email());
			put(ld, "telephone", o.publicContact().phone());
		}
		List<Map<String, Object>> identifiers = new ArrayList<>();
		if (o.siret() != null) {
			identifiers.add(property("SIRET", o.siret().value()));
		}
		if (o.siren() != null) {
			identifiers.add(property("SIREN", o.siren().value()));
		}
		if (o.rna() != null) {
			identifiers.add(property("RNA", o.rna().value()));
		}
		if (!identifiers.isEmpty()) {
			ld.put("identifier", identifiers);
		}
		if (o.creationDate() != null) {
			ld.put("foundingDate", o.creationDate().toString());
		}
		if (!o.active() && o.closedOn() != null) {
			ld.put("dissolutionDate", o.closedOn().toString());
		}
		if (o.address() != null || o.communeCode() != null) {
			Map<String, Object> address = new LinkedHashMap<>();
			address.put("@type", "PostalAddress");
			put(address, "streetAddress", o.address());
			put(address, "postalCode", o.postalCode());
			put(address, "addressLocality", o.commune() == null ? null : o.commune().nom());
			address.put("addressCountry", "FR");
			ld.put("address", address);
		}
		if (o.latitude() != null && o.longitude() != null) {
			Map<String, Object> geo = new LinkedHashMap<>();
			geo.put("@type", "GeoCoordinates");
			geo.put("latitude", o.latitude());
			geo.put("longitude", o.longitude());
			ld.put("geo", geo);
		}
		if (o.employeeBand() != null && o.employeeBand().min() != null) {
			Map<String, Object> employees = new LinkedHashMap<>();
			employees.put("@type", "QuantitativeValue");
			employees.put("minValue", o.employeeBand().min());
			if (o.employeeBand().max() != null) {
				employees.put("maxValue", o.employeeBand().max());
			}
			ld.put("numberOfEmployees", employees);
		}
		if (o.logoPath() != null && o.logoPath().startsWith("/")) {
			ld.put("logo", baseUrl + o.logoPath());
		}
		return JSON.writeValueAsString(ld).replace("</", "<\\/");
	}

	private static Map<String, Object> property(String id, String value) {
		Map<String, Object> property = new LinkedHashMap<>();
		property.put("@type", "PropertyValue");
		property.put("propertyID", id);
		property.put("value", value);
		return property;
	}

	private static void put(Map<String, Object> map, String key, String value) {
		if (value != null && !value.isBlank()) {
			map.put(key, value);
		}
	}

}
