package org.gide.resources.digest;

import java.util.ArrayList;
import java.util.List;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

/**
 * The subscription form of the weekly digest: an address and an optional filter with the listing's parameter names
 * (types, one sector, one territory, one tag), turned into a {@code ResourceQuery} by {@link #parameters()}.
 */
public class SubscriptionForm {

	private String email = "";

	private List<String> type = new ArrayList<>();

	private String secteur = "";

	private String territoire = "";

	private String etiquette = "";

	/** The filter as request parameters. */
	MultiValueMap<String, String> parameters() {
		MultiValueMap<String, String> parameters = new LinkedMultiValueMap<>();
		type.forEach(t -> parameters.add("type", t));
		parameters.add("secteur", secteur);
		parameters.add("territoire", territoire);
		parameters.add("etiquette", etiquette);
		return parameters;
	}

	public String getEmail() {
		return email;
	}

	public void setEmail(String email) {
		this.email = email == null ? "" : email;
	}

	public List<String> getType() {
		return type;
	}

	public void setType(List<String> type) {
		this.type = type == null ? new ArrayList<>() : new ArrayList<>(type);
	}

	public String getSecteur() {
		return secteur;
	}

	public void setSecteur(String secteur) {
		this.secteur = secteur == null ? "" : secteur;
	}

	public String getTerritoire() {
		return territoire;
	}

	public void setTerritoire(String territoire) {
		this.territoire = territoire == null ? "" : territoire;
	}

	public String getEtiquette() {
		return etiquette;
	}

	public void setEtiquette(String etiquette) {
		this.etiquette = etiquette == null ? "" : etiquette;
	}

}
