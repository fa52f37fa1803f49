package org.gide.calls.laureates;

/** The fields of the new deliverable form (the file comes as its own multipart part). */
public class DeliverableForm {

	private String title = "";

	private String description = "";

	private String licence = "";

	private String externalUrl = "";

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getLicence() {
		return licence;
	}

	public void setLicence(String licence) {
		this.licence = licence;
	}

	public String getExternalUrl() {
		return externalUrl;
	}

	public void setExternalUrl(String externalUrl) {
		this.externalUrl = externalUrl;
	}

}
