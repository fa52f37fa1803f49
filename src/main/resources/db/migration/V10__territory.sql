-- Reference geography (COG) and the territories the département works by.

-- What was imported, when, from where: one row per import run.
create table territory_import (
    id           bigserial primary key,
    kind         varchar(20)  not null, -- COG, CONTOURS or TERRITORIES (default set seeded)
    departement  varchar(3)   not null,
    source       text         not null,
    hash         varchar(64),
    version      text,         -- e.g. @etalab/decoupage-administratif@6.0.0, when the source says so
    imported_at  timestamptz  not null default now(),
    communes     integer      not null default 0,
    epcis        integer      not null default 0,
    report       text
);
create index territory_import_last on territory_import (kind, departement, imported_at desc);

-- EPCI à fiscalité propre with at least one member in the département.
create table epci (
    code                 varchar(9)   primary key, -- SIREN
    nom                  text         not null,
    type                 varchar(10)  not null,
    population_totale    integer,
    communes_departement integer      not null,
    communes_hors_departement integer not null,
    active               boolean      not null default true
);

create table commune (
    code            varchar(5)   primary key, -- INSEE code
    nom             text         not null,
    departement     varchar(3)   not null,
    arrondissement  varchar(4),
    arrondissement_nom text,
    codes_postaux   text         not null default '', -- space separated
    population      integer,
    siren           varchar(9),
    epci_code       varchar(9)   references epci (code),
    anciens_noms    text,        -- communes déléguées, kept for search
    -- Normalised forms (lower case, no accents, words separated and surrounded by single spaces) used by search.
    nom_normalise   text         not null,
    recherche       text         not null,
    active          boolean      not null default true,
    contour         text,        -- GeoJSON geometry
    centre_lat      double precision,
    centre_lon      double precision
);
create index commune_departement on commune (departement);
create index commune_epci on commune (epci_code);

create table territory (
    id          bigserial    primary key,
    name        varchar(120) not null,
    slug        varchar(140) not null,
    description text,
    version     bigint       not null default 0,
    constraint territory_name_unique unique (name),
    constraint territory_slug_unique unique (slug)
);

-- The primary keys say it: an EPCI, or a commune, belongs to at most one territory.
create table territory_epci (
    epci_code    varchar(9) primary key references epci (code),
    territory_id bigint     not null references territory (id) on delete cascade
);
create table territory_commune (
    commune_code varchar(5) primary key references commune (code),
    territory_id bigint     not null references territory (id) on delete cascade
);

-- A commune's territory: its explicit membership if any, else its EPCI's.
create view commune_territory as
select c.code as commune_code, coalesce(tc.territory_id, te.territory_id) as territory_id
from commune c
left join territory_commune tc on tc.commune_code = c.code
left join territory_epci te on te.epci_code = c.epci_code;
