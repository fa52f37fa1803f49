-- Directory of ESS organisations (module directory). Public contact details are kept in their own columns,
-- apart from anything private a later version may add. Family, cooperative kind, sector and reserved markets are
-- derived by the entity from the legal category, flags, NAF code and inclusion type, and stored for querying.
create table organisation (
    id                 bigserial    primary key,
    name               varchar(250) not null,
    acronym            varchar(50),
    siren              varchar(9),
    siret              varchar(14),
    rna                varchar(10),
    legal_category     varchar(4),
    ess_family         varchar(20)  not null,
    cooperative_kind   varchar(20),  -- derived from the legal category, or declared (SCIC, CAE)
    declared_cooperative_kind varchar(20),
    sirene_ess         boolean,      -- SIRENE's economieSocialeSolidaireUniteLegale: null when unknown
    esus               boolean      not null default false,
    creation_date      date,
    description        text,
    naf_code           varchar(6),   -- with the dot: 88.99B
    sector             varchar(30)  not null,
    address            text,
    postal_code        varchar(5),
    commune_code       varchar(5),   -- INSEE code; EPCI and territory resolved at read time
    latitude           double precision,
    longitude          double precision,
    geo_precision      varchar(20)  not null default 'UNKNOWN',
    employee_band      varchar(2),   -- INSEE tranche d'effectif code
    volunteers         integer,
    inclusion_type     varchar(10),
    reserved_l2113_12  boolean      not null default false,
    reserved_l2113_13  boolean      not null default false,
    reserved_l2113_15  boolean      not null default false,
    goods_services     text,
    resource_actor     boolean      not null default false,
    resource_services  text,
    public_website     text,
    public_email       text,
    public_phone       varchar(30),
    logo_path          text,
    source             varchar(10)  not null,
    source_key         text,
    active             boolean      not null default true,
    closed_on          date,
    version            bigint       not null default 0,
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    -- Unique where present (PostgreSQL treats nulls as distinct).
    constraint organisation_siret_unique unique (siret),
    constraint organisation_rna_unique unique (rna),
    constraint organisation_siret_siren check (siret is null or siren = left(siret, 9)),
    constraint organisation_rna_format check (rna is null or rna ~ '^W([0-9]{9}|2[AB][0-9]{7})$'),
    constraint organisation_coordinates check ((latitude is null) = (longitude is null)
        and (latitude is null or (latitude between -90 and 90 and longitude between -180 and 180))),
    constraint organisation_volunteers check (volunteers is null or volunteers >= 0)
);
create index organisation_commune on organisation (commune_code);
create index organisation_family on organisation (ess_family);
create index organisation_sector on organisation (sector);
create index organisation_siren on organisation (siren);
create index organisation_source on organisation (source, source_key);
