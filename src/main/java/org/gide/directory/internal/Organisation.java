package org.gide.directory.internal;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.gide.directory.CooperativeKind;
import org.gide.directory.EmployeeBand;
import org.gide.directory.EssClassification;
import org.gide.directory.EssFamilies;
import org.gide.directory.EssFamily;
import org.gide.directory.GeoPrecision;
import org.gide.directory.InclusionType;
import org.gide.directory.InvalidValueException;
import org.gide.directory.LegalCategory;
import org.gide.directory.NafCode;
import org.gide.directory.NafSectors;
import org.gide.directory.OrganisationSource;
import org.gide.directory.ReservedMarket;
import org.gide.directory.RnaNumber;
import org.gide.directory.Sector;
import org.gide.directory.Siren;
import org.gide.directory.Siret;

/**
 * An organisation of the directory. Its rules live here: identity values are validated (a SIRET must belong to the
 * SIREN), and what derives from other fields is re-derived whenever they change: the ESS family and cooperative
 * kind from the legal category, flags, declared kind and RNA number ({@link EssFamilies}); the sector from the NAF
 * code ({@link NafSectors}); the reserved markets from the inclusion type and family.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

	public static final int NAME_MAX = 250;

	public static final int ACRONYM_MAX = 50;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private String name;

	private String acronym;

	private String siren;

	private String siret;

	private String rna;

	private String legalCategory;

	@Enumerated(EnumType.STRING)
	private EssFamily essFamily;

	@Enumerated(EnumType.STRING)
	private CooperativeKind cooperativeKind;

	@Enumerated(EnumType.STRING)
	private CooperativeKind declaredCooperativeKind;

	private Boolean sireneEss;

	private boolean esus;

	private LocalDate creationDate;

	private String description;

	private String nafCode;

	@Enumerated(EnumType.STRING)
	private Sector sector;

	private String address;

	private String postalCode;

	private String communeCode;

	private Double latitude;

	private Double longitude;

	@Enumerated(EnumType.STRING)
	private GeoPrecision geoPrecision = GeoPrecision.UNKNOWN;

	private String employeeBand;

	private Integer volunteers;

	@Enumerated(EnumType.STRING)
	private InclusionType inclusionType;

	@Column(name = "reserved_l2113_12")
	private boolean reservedL2113_12;

	@Column(name = "reserved_l2113_13")
	private boolean reservedL2113_13;

	@Column(name = "reserved_l2113_15")
	private boolean reservedL2113_15;

	private String goodsServices;

	private boolean resourceActor;

	private String resourceServices;

	private String publicWebsite;

	private String publicEmail;

	private String publicPhone;

	private String logoPath;

	@Enumerated(EnumType.STRING)
	private OrganisationSource source;

	private String sourceKey;

	private boolean active = true;

	private LocalDate closedOn;

	@Version
	private long version;

	private Instant createdAt;

	private Instant updatedAt;

	protected Organisation() {
	}

	public Organisation(String name, OrganisationSource source, String sourceKey) {
		if (source == null) {
			throw new InvalidValueException("source", "directory.error.source.required");
		}
		this.source = source;
		this.sourceKey = blankToNull(sourceKey);
		rename(name, null);
		reclassify();
		this.sector = Sector.NON_CLASSE;
	}

	public void rename(String name, String acronym) {
		String trimmed = name == null ? "" : name.strip().replaceAll("\\s+", " ");
		if (trimmed.isEmpty()) {
			throw new InvalidValueException("name", "directory.error.name.required");
		}
		if (trimmed.length() > NAME_MAX) {
			throw new InvalidValueException("name", "directory.error.name.long", NAME_MAX);
		}
		String shortName = blankToNull(acronym);
		if (shortName != null && shortName.length() > ACRONYM_MAX) {
			throw new InvalidValueException("acronym", "directory.error.acronym.long", ACRONYM_MAX);
		}
		this.name = trimmed;
		this.acronym = shortName;
	}

	/**
	 * Sets the identifiers. A SIRET gives the SIREN when none is given, and must belong to the one given; the RNA
	 * number can make an organisation without legal category an association.
	 */
	public void identify(Siren siren, Siret siret, RnaNumber rna) {
		if (siren != null && siret != null && !siret.siren().equals(siren)) {
			throw new InvalidValueException("siret", "directory.error.siret.siren", siret.value(), siren.value());
		}
		Siren unit = siren != null ? siren : siret == null ? null : siret.siren();
		this.siren = unit == null ? null : unit.value();
		this.siret = siret == null ? null : siret.value();
		this.rna = rna == null ? null : rna.value();
		reclassify();
	}

	/** Re-derives the family (and cooperative kind, and the ESS reserved market). */
	public void setLegalCategory(LegalCategory category) {
		this.legalCategory = category == null ? null : category.code();
		reclassify();
	}

	/** SIRENE's ESS flag (null: unknown) and the ESUS approval; re-derive the family of a commercial company. */
	public void setEssFlags(Boolean sireneEss, boolean esus) {
		this.sireneEss = sireneEss;
		this.esus = esus;
		reclassify();
	}

	/** What the organisation says it is (SCIC, CAE…), for what the legal category cannot tell. */
	public void declareCooperativeKind(CooperativeKind kind) {
		this.declaredCooperativeKind = kind;
		reclassify();
	}

	/** Re-derives the sector. */
	public void setNaf(NafCode naf) {
		this.nafCode = naf == null ? null : naf.value();
		this.sector = NafSectors.standard().sectorOf(naf);
	}

	/** Re-derives the reserved markets. */
	public void setInclusionType(InclusionType type) {
		this.inclusionType = type;
		deriveReservedMarkets();
	}

	public void describe(String description, LocalDate creationDate, String goodsServices) {
		this.description = blankToNull(description);
		this.creationDate = creationDate;
		this.goodsServices = blankToNull(goodsServices);
	}

	/**
	 * Where the organisation is. Coordinates come both or neither; without them the precision is
	 * {@link GeoPrecision#UNKNOWN} whatever is passed; with them and no precision, {@link GeoPrecision#ADDRESS} is
	 * not assumed: {@link GeoPrecision#UNKNOWN} is kept until someone says.
	 */
	public void locate(String address, String postalCode, String communeCode, Double latitude, Double longitude,
			GeoPrecision precision) {
		String postcode = blankToNull(postalCode);
		if (postcode != null && !postcode.matches("\\d{5}")) {
			throw new InvalidValueException("postalCode", "directory.error.postalCode.format", postcode);
		}
		String commune = blankToNull(communeCode);
		if (commune != null) {
			commune = commune.toUpperCase(java.util.Locale.ROOT);
			if (!commune.matches("\\d[\\dAB]\\d{3}")) {
				throw new InvalidValueException("communeCode", "directory.error.communeCode.format", commune);
			}
		}
		if ((latitude == null) != (longitude == null)) {
			throw new InvalidValueException("latitude", "directory.error.coordinates.partial");
		}
		if (latitude != null && (latitude.isNaN() || longitude.isNaN() || Math.abs(latitude) > 90
				|| Math.abs(longitude) > 180)) {
			throw new InvalidValueException("latitude", "directory.error.coordinates.range", latitude, longitude);
		}
		this.address = blankToNull(address);
		this.postalCode = postcode;
		this.communeCode = commune;
		this.latitude = latitude;
		this.longitude = longitude;
		this.geoPrecision = latitude == null || precision == null ? GeoPrecision.UNKNOWN : precision;
	}

	public void setWorkforce(EmployeeBand band, Integer volunteers) {
		if (volunteers != null && volunteers < 0) {
			throw new InvalidValueException("volunteers", "directory.error.volunteers.negative");
		}
		this.employeeBand = band == null ? null : band.code();
		this.volunteers = volunteers;
	}

	/** A resource actor (support network, funder, adviser…) and the services it offers to other organisations. */
	public void setResourceActor(boolean resourceActor, String services) {
		this.resourceActor = resourceActor;
		this.resourceServices = blankToNull(services);
	}

	/** Contact details the organisation agrees to publish. */
	public void setPublicContact(String website, String email, String phone) {
		String site = blankToNull(website);
		if (site != null) {
			if (!site.matches("(?i)https?://.+")) {
				site = "https://" + site;
			}
			try {
				URI uri = URI.create(site);
				if (uri.getHost() == null || !uri.getHost().contains(".")) {
					throw new IllegalArgumentException(site);
				}
			}
			catch (IllegalArgumentException e) {
				throw new InvalidValueException("publicWebsite", "directory.error.website.format", website.strip());
			}
		}
		String mail = blankToNull(email);
		if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
			throw new InvalidValueException("publicEmail", "directory.error.email.format", mail);
		}
		this.publicWebsite = site;
		this.publicEmail = mail;
		this.publicPhone = blankToNull(phone);
	}

	public void setLogoPath(String logoPath) {
		this.logoPath = blankToNull(logoPath);
	}

	public void close(LocalDate on) {
		this.active = false;
		this.closedOn = on;
	}

	public void reopen() {
		this.active = true;
		this.closedOn = null;
	}

	private void reclassify() {
		EssClassification classification = EssFamilies.standard()
			.classify(legalCategory == null ? null : new LegalCategory(legalCategory), sireneEss, esus,
					declaredCooperativeKind, rna != null);
		this.essFamily = classification.family();
		this.cooperativeKind = classification.cooperativeKind();
		deriveReservedMarkets();
	}

	private void deriveReservedMarkets() {
		Set<ReservedMarket> markets = InclusionType.reservedMarkets(inclusionType, essFamily);
		this.reservedL2113_12 = markets.contains(ReservedMarket.L2113_12);
		this.reservedL2113_13 = markets.contains(ReservedMarket.L2113_13);
		this.reservedL2113_15 = markets.contains(ReservedMarket.L2113_15);
	}

	/** PostgreSQL keeps microseconds: the same instant in memory and once read back. */
	private static Instant now() {
		return Instant.now().truncatedTo(ChronoUnit.MICROS);
	}

	@PrePersist
	void created() {
		this.createdAt = now();
		this.updatedAt = this.createdAt;
	}

	@PreUpdate
	void updated() {
		this.updatedAt = now();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	public Long getId() {
		return id;
	}

	public String getName() {
		return name;
	}

	public String getAcronym() {
		return acronym;
	}

	public Siren getSiren() {
		return siren == null ? null : new Siren(siren);
	}

	public Siret getSiret() {
		return siret == null ? null : new Siret(siret);
	}

	public RnaNumber getRna() {
		return rna == null ? null : new RnaNumber(rna);
	}

	public LegalCategory getLegalCategory() {
		return legalCategory == null ? null : new LegalCategory(legalCategory);
	}

	public EssFamily getEssFamily() {
		return essFamily;
	}

	public CooperativeKind getCooperativeKind() {
		return cooperativeKind;
	}

	public CooperativeKind getDeclaredCooperativeKind() {
		return declaredCooperativeKind;
	}

	public Boolean getSireneEss() {
		return sireneEss;
	}

	public boolean isEsus() {
		return esus;
	}

	public LocalDate getCreationDate() {
		return creationDate;
	}

	public String getDescription() {
		return description;
	}

	public NafCode getNaf() {
		return nafCode == null ? null : new NafCode(nafCode);
	}

	public Sector getSector() {
		return sector;
	}

	public String getAddress() {
		return address;
	}

	public String getPostalCode() {
		return postalCode;
	}

	public String getCommuneCode() {
		return communeCode;
	}

	public Double getLatitude() {
		return latitude;
	}

	public Double getLongitude() {
		return longitude;
	}

	public GeoPrecision getGeoPrecision() {
		return geoPrecision;
	}

	public EmployeeBand getEmployeeBand() {
		return EmployeeBand.fromCode(employeeBand).orElse(null);
	}

	public Integer getVolunteers() {
		return volunteers;
	}

	public InclusionType getInclusionType() {
		return inclusionType;
	}

	public Set<ReservedMarket> getReservedMarkets() {
		Set<ReservedMarket> markets = EnumSet.noneOf(ReservedMarket.class);
		if (reservedL2113_12) {
			markets.add(ReservedMarket.L2113_12);
		}
		if (reservedL2113_13) {
			markets.add(ReservedMarket.L2113_13);
		}
		if (reservedL2113_15) {
			markets.add(ReservedMarket.L2113_15);
		}
		return markets;
	}

	public String getGoodsServices() {
		return goodsServices;
	}

	public boolean isResourceActor() {
		return resourceActor;
	}

	public String getResourceServices() {
		return resourceServices;
	}

	public String getPublicWebsite() {
		return publicWebsite;
	}

	public String getPublicEmail() {
		return publicEmail;
	}

	public String getPublicPhone() {
		return publicPhone;
	}

	public String getLogoPath() {
		return logoPath;
	}

	public OrganisationSource getSource() {
		return source;
	}

	public String getSourceKey() {
		return sourceKey;
	}

	public boolean isActive() {
		return active;
	}

	public LocalDate getClosedOn() {
		return closedOn;
	}

	public long getVersion() {
		return version;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

}
