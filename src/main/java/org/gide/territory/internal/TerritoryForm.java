package org.gide.territory.internal;

import java.util.ArrayList;
import java.util.List;

/** What the territory form posts: EPCI by checkbox, extra communes as INSEE codes or names, one per line or comma. */
public class TerritoryForm {

	private String name = "";

	private String description = "";

	private List<String> epciCodes = new ArrayList<>();

	private String communes = "";

	private Long version;

	public static TerritoryForm of(String name, String description, List<String> epciCodes, String communes) {
		TerritoryForm form = new TerritoryForm();
		form.setName(name);
		form.setDescription(description);
		form.setEpciCodes(new ArrayList<>(epciCodes));
		form.setCommunes(communes);
		return form;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public List<String> getEpciCodes() {
		return epciCodes;
	}

	public void setEpciCodes(List<String> epciCodes) {
		this.epciCodes = epciCodes == null ? new ArrayList<>() : epciCodes;
	}

	public String getCommunes() {
		return communes;
	}

	public void setCommunes(String communes) {
		this.communes = communes;
	}

	public Long getVersion() {
		return version;
	}

	public void setVersion(Long version) {
		this.version = version;
	}

}
