-- Imports into the directory (package org.gide.directory.imports): runs, their staged rows (what the review shows
-- and the apply writes, chunk by chunk), and the pairs of organisations an agent said are not duplicates.
create table import_run (
    id                bigserial    primary key,
    kind              varchar(10)  not null,  -- SIRENE, RNA, CSV
    state             varchar(20)  not null,  -- UPLOADED, PARSING, READY, APPLYING, APPLIED, FAILED
    label             varchar(200) not null,  -- "Import SIRENE du 23/11/2026": author_label of the history rows
    file_names        text         not null,
    work_dir          text         not null,  -- uploaded files and report, deleted with the run
    mapping           text,                   -- CSV: column → field mapping (JSON)
    total_bytes       bigint       not null default 0,
    bytes_read        bigint       not null default 0,
    rows_read         bigint       not null default 0,
    rows_kept         bigint       not null default 0,
    rows_filtered     bigint       not null default 0,
    rows_rejected     bigint       not null default 0,
    rows_warned       bigint       not null default 0,
    count_new         bigint       not null default 0,
    count_changed     bigint       not null default 0,
    count_unchanged   bigint       not null default 0,
    count_closed      bigint       not null default 0,
    count_conflicts   bigint       not null default 0,
    rows_applied      bigint       not null default 0,
    parse_millis      bigint,
    apply_millis      bigint,
    error             text,
    author_account_id bigint,
    created_at        timestamptz  not null default now(),
    updated_at        timestamptz  not null default now(),
    constraint import_run_kind check (kind in ('SIRENE', 'RNA', 'CSV')),
    constraint import_run_state check (state in ('UPLOADED', 'PARSING', 'READY', 'APPLYING', 'APPLIED', 'FAILED'))
);

-- One kept row of a run, normalised (the organisation's column names and formats), with the derived values computed
-- by the directory's rules, and its match in the directory. status: NEW, CHANGED, UNCHANGED, CLOSED (in the
-- directory from the same register but absent from the new file).
create table import_row (
    run_id            bigint       not null references import_run (id) on delete cascade,
    seq               integer      not null,
    line              bigint,
    match_key         text,                   -- SIRET, RNA or the CSV list's own key
    status            varchar(10),
    organisation_id   bigint,
    excluded          boolean      not null default false,
    applied           boolean      not null default false,
    name              varchar(250),
    acronym           varchar(50),
    siren             varchar(9),
    siret             varchar(14),
    rna               varchar(10),
    legal_category    varchar(4),
    ess_family        varchar(20),
    cooperative_kind  varchar(20),
    sirene_ess        boolean,
    creation_date     date,
    description       text,
    naf_code          varchar(6),
    sector            varchar(30),
    address           text,
    postal_code       varchar(5),
    commune_code      varchar(5),
    latitude          double precision,
    longitude         double precision,
    geo_precision     varchar(20),
    employee_band     varchar(2),
    inclusion_type    varchar(10),
    reserved_l2113_12 boolean,
    reserved_l2113_13 boolean,
    reserved_l2113_15 boolean,
    public_website    text,
    public_email      text,
    public_phone      varchar(30),
    source_key        text,
    changed_fields    text[],                 -- fields the apply would change
    conflict_fields   text[],                 -- fields that differ but are protected: kept, shown in the review
    primary key (run_id, seq)
);
create index import_row_status on import_row (run_id, status);
create index import_row_organisation on import_row (run_id, organisation_id);

create table organisation_duplicate_dismissal (
    first_id          bigint       not null references organisation (id) on delete cascade,
    second_id         bigint       not null references organisation (id) on delete cascade,
    dismissed_at      timestamptz  not null default now(),
    author_label      varchar(200) not null,
    primary key (first_id, second_id),
    constraint organisation_duplicate_dismissal_order check (first_id < second_id)
);

-- Close names in the same commune (duplicate detection).
create extension if not exists pg_trgm;
create index organisation_name_trgm on organisation using gin (lower(name) gin_trgm_ops);
