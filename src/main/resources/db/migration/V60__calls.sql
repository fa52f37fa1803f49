-- Appels à commun(s), core tables shared by the module's parts (calls, dossiers, committee, laureates). Each part
-- adds its own tables in its own migration. Organisations and accounts are referenced by id without foreign keys:
-- they belong to other modules (the module follows their merge and deletion events).

-- A call published by the Mission ESS. Rules are checked server-side when a dossier is submitted.
create table call (
    id                   bigint generated always as identity primary key,
    slug                 varchar(120) not null unique,
    title                varchar(200) not null,
    summary              varchar(1000) not null default '',
    -- sanitized HTML (the sanitizer's policy of the module), never raw input
    description_html     text not null default '',
    -- the action of the Schéma départemental it serves: '1.1', '2.1', '2.2'…
    plan_action          varchar(10) not null default '1.1',
    -- values of org.gide.calls.Theme
    themes               text[] not null default '{}',
    -- slugs of the territories where it applies; empty: the whole département
    territories          text[] not null default '{}',
    opens_at             timestamptz,
    deadline             timestamptz,
    auditions_from       date,
    auditions_to         date,
    decision_on          date,
    min_organisations    integer not null default 3 check (min_organisations between 1 and 50),
    min_themes           integer not null default 2 check (min_themes between 1 and 20),
    diagnosis_required   boolean not null default true,
    -- DRAFT, PUBLISHED, CLOSED
    status               varchar(20) not null default 'DRAFT',
    published_at         timestamptz,
    closed_at            timestamptz,
    results_published_at timestamptz,
    created_by           bigint,
    created_at           timestamptz not null,
    updated_at           timestamptz not null,
    version              bigint not null default 0
);
create index call_status on call (status, deadline);

-- The committee's weighted criteria grid.
create table call_criterion (
    id           bigint generated always as identity primary key,
    call_id      bigint not null references call (id) on delete cascade,
    position     integer not null,
    label        varchar(200) not null,
    description  varchar(1000) not null default '',
    weight       integer not null check (weight between 1 and 100),
    unique (call_id, position)
);

-- A dossier: one co-authored answer to a call, opened by a lead organisation.
create table dossier (
    id                bigint generated always as identity primary key,
    call_id           bigint not null references call (id),
    lead_organisation bigint not null,
    title             varchar(200) not null,
    summary           varchar(2000) not null default '',
    description_html  text not null default '',
    -- the territorial diagnosis in words (linked needs are in their own table)
    diagnosis_text    text not null default '',
    governance_html   text not null default '',
    themes            text[] not null default '{}',
    -- DRAFT, SUBMITTED
    status            varchar(20) not null default 'DRAFT',
    submitted_at      timestamptz,
    submitted_by      bigint,
    created_by        bigint not null,
    created_at        timestamptz not null,
    updated_at        timestamptz not null,
    version           bigint not null default 0
);
create index dossier_call on dossier (call_id, status);
create index dossier_lead on dossier (lead_organisation);

-- The organisations of a dossier: the lead (accepted from the start) and the invited partners. Co-authors are the
-- accepted ones; they are legal entities, not accounts.
create table dossier_partner (
    dossier_id       bigint not null references dossier (id) on delete cascade,
    organisation_id  bigint not null,
    -- LEAD, PARTNER
    role             varchar(10) not null,
    -- INVITED, ACCEPTED, DECLINED
    status           varchar(10) not null,
    signatory_name   varchar(200),
    signatory_role   varchar(200),
    budget_share     numeric(12, 2) check (budget_share >= 0),
    invited_by       bigint,
    invited_at       timestamptz not null,
    answered_by      bigint,
    answered_at      timestamptz,
    decline_reason   varchar(1000),
    primary key (dossier_id, organisation_id)
);
create index dossier_partner_organisation on dossier_partner (organisation_id, status);

-- ---------------------------------------------------------------------------------------------------------------
-- Call details (part "calls"): documents, presentation workshops, directions that prepared the call.

create table call_document (
    id            bigint generated always as identity primary key,
    call_id       bigint not null references call (id) on delete cascade,
    title         varchar(200) not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    -- path under the platform's data folder
    storage_key   varchar(300) not null unique,
    uploaded_by   bigint,
    uploaded_at   timestamptz not null
);

-- Presentation workshops of a call (indicator: number of workshops held). Held = starts_at in the past and not
-- cancelled.
create table call_workshop (
    id            bigint generated always as identity primary key,
    call_id       bigint not null references call (id) on delete cascade,
    starts_at     timestamptz not null,
    ends_at       timestamptz,
    place         varchar(300) not null default '',
    commune_code  varchar(5),
    online_url    varchar(500),
    description   varchar(2000) not null default '',
    cancelled     boolean not null default false,
    attendees     integer check (attendees >= 0)
);
create index call_workshop_call on call_workshop (call_id, starts_at);

-- Départemental services (directions) involved in preparing the call (indicator).
create table call_direction (
    call_id       bigint not null references call (id) on delete cascade,
    direction_id  bigint not null references direction (id),
    primary key (call_id, direction_id)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Needs of a territory (part "needs"): a shared diagnosis, posted in the name of an organisation; others join.

create table territory_need (
    id                 bigint generated always as identity primary key,
    title              varchar(200) not null,
    description        text not null default '',
    -- what shows the need: figures, sources, testimonies
    evidence           text not null default '',
    commune_code       varchar(5),
    epci_code          varchar(9),
    themes             text[] not null default '{}',
    organisation_id    bigint not null,
    posted_by          bigint not null,
    posted_at          timestamptz not null,
    -- OPEN, CLOSED
    status             varchar(10) not null default 'OPEN',
    version            bigint not null default 0
);
create index territory_need_epci on territory_need (epci_code, status);

create table territory_need_supporter (
    need_id          bigint not null references territory_need (id) on delete cascade,
    organisation_id  bigint not null,
    joined_by        bigint not null,
    joined_at        timestamptz not null,
    comment          varchar(1000) not null default '',
    primary key (need_id, organisation_id)
);

-- The needs a dossier answers (its territorial diagnosis, besides dossier.diagnosis_text).
create table dossier_need (
    dossier_id  bigint not null references dossier (id) on delete cascade,
    need_id     bigint not null references territory_need (id),
    primary key (dossier_id, need_id)
);
create index dossier_need_need on dossier_need (need_id);

-- ---------------------------------------------------------------------------------------------------------------
-- Dossier content (part "dossiers").

-- Pooled resources, per partner organisation.
create table dossier_resource (
    id               bigint generated always as identity primary key,
    dossier_id       bigint not null references dossier (id) on delete cascade,
    organisation_id  bigint not null,
    -- MATERIAL, IMMATERIAL
    kind             varchar(12) not null,
    description      varchar(2000) not null
);

create table dossier_budget_line (
    id               bigint generated always as identity primary key,
    dossier_id       bigint not null references dossier (id) on delete cascade,
    position         integer not null,
    -- EXPENSE, RESOURCE
    kind             varchar(10) not null,
    label            varchar(300) not null,
    -- the partner carrying the line; null: shared
    organisation_id  bigint,
    amount           numeric(12, 2) not null check (amount >= 0)
);

create table dossier_attachment (
    id            bigint generated always as identity primary key,
    dossier_id    bigint not null references dossier (id) on delete cascade,
    title         varchar(200) not null,
    file_name     varchar(255) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint not null,
    storage_key   varchar(300) not null unique,
    uploaded_by   bigint not null,
    uploaded_at   timestamptz not null
);

-- Every saved version of a dossier (nothing is lost): a JSON snapshot of its content after each change.
create table dossier_version (
    dossier_id  bigint not null references dossier (id) on delete cascade,
    version     bigint not null,
    author_id   bigint not null,
    author_label varchar(200) not null,
    saved_at    timestamptz not null,
    -- which section changed: content, governance, budget, resources, partners, submission…
    section     varchar(40) not null,
    snapshot    jsonb not null,
    primary key (dossier_id, version)
);

-- ---------------------------------------------------------------------------------------------------------------
-- Reading committee (part "committee").

-- Which directions a theme concerns: to suggest committee members for a dossier, and for the representativeness
-- indicator. Editable by agents.
create table theme_direction (
    theme         varchar(40) not null,
    direction_id  bigint not null references direction (id) on delete cascade,
    primary key (theme, direction_id)
);

-- Members of a call's committee: agents or reviewers, with the direction they represent.
create table committee_member (
    call_id       bigint not null references call (id) on delete cascade,
    account_id    bigint not null,
    direction_id  bigint references direction (id),
    added_by      bigint,
    added_at      timestamptz not null,
    primary key (call_id, account_id)
);

create table dossier_assignment (
    dossier_id   bigint not null references dossier (id) on delete cascade,
    account_id   bigint not null,
    assigned_by  bigint,
    assigned_at  timestamptz not null,
    primary key (dossier_id, account_id)
);

-- A member who declares a conflict of interest can neither see the dossier's scores nor score it.
create table conflict_declaration (
    dossier_id   bigint not null references dossier (id) on delete cascade,
    account_id   bigint not null,
    reason       varchar(1000) not null default '',
    declared_at  timestamptz not null,
    primary key (dossier_id, account_id)
);

create table dossier_score (
    dossier_id    bigint not null references dossier (id) on delete cascade,
    account_id    bigint not null,
    criterion_id  bigint not null references call_criterion (id) on delete cascade,
    -- 0 to 5
    score         integer not null check (score between 0 and 5),
    comment       varchar(4000) not null default '',
    scored_at     timestamptz not null,
    primary key (dossier_id, account_id, criterion_id)
);

-- Private notes of one member on one dossier.
create table dossier_annotation (
    id          bigint generated always as identity primary key,
    dossier_id  bigint not null references dossier (id) on delete cascade,
    account_id  bigint not null,
    body        varchar(4000) not null,
    written_at  timestamptz not null
);

create table audition_slot (
    id           bigint generated always as identity primary key,
    call_id      bigint not null references call (id) on delete cascade,
    starts_at    timestamptz not null,
    ends_at      timestamptz not null,
    place        varchar(300) not null default '',
    dossier_id   bigint references dossier (id) on delete set null,
    invited_at   timestamptz,
    -- null until recorded; true: the applicants came
    attended     boolean,
    check (ends_at > starts_at)
);
create unique index audition_slot_dossier on audition_slot (dossier_id) where dossier_id is not null;

-- Messages between the Mission ESS and a dossier's applicants, kept with the dossier.
create table dossier_message (
    id            bigint generated always as identity primary key,
    dossier_id    bigint not null references dossier (id) on delete cascade,
    author_id     bigint not null,
    author_label  varchar(200) not null,
    -- true: written by an agent of the Mission ESS
    from_mission  boolean not null,
    body          varchar(8000) not null,
    sent_at       timestamptz not null
);
create index dossier_message_dossier on dossier_message (dossier_id, sent_at);

-- The decision on a submitted dossier.
create table dossier_decision (
    dossier_id   bigint primary key references dossier (id) on delete cascade,
    -- LAUREATE, NOT_RETAINED
    outcome      varchar(15) not null,
    motivation   varchar(8000) not null,
    decided_by   bigint not null,
    decided_at   timestamptz not null,
    notified_at  timestamptz
);

-- Minutes of the committee's deliberation on a call.
create table deliberation (
    call_id      bigint primary key references call (id) on delete cascade,
    minutes_html text not null default '',
    held_on      date,
    updated_by   bigint,
    updated_at   timestamptz not null,
    version      bigint not null default 0
);

-- ---------------------------------------------------------------------------------------------------------------
-- Laureates (part "laureates").

-- The shareable deliverable of a laureate dossier, under an open licence; public once published.
create table deliverable (
    id            bigint generated always as identity primary key,
    dossier_id    bigint not null references dossier (id) on delete cascade,
    title         varchar(200) not null,
    description   text not null default '',
    -- CC_BY, CC_BY_SA, LICENCE_OUVERTE, CC0, ODBL, GPL, …
    licence       varchar(20) not null,
    file_name     varchar(255),
    content_type  varchar(100),
    size_bytes    bigint,
    storage_key   varchar(300) unique,
    external_url  varchar(500),
    uploaded_by   bigint not null,
    uploaded_at   timestamptz not null,
    published_at  timestamptz,
    check (storage_key is not null or external_url is not null)
);

-- The retour d'expérience of a laureate (one per dossier): building the dossier, the cooperation, satisfaction.
create table experience_feedback (
    dossier_id            bigint primary key references dossier (id) on delete cascade,
    building_the_dossier  text not null default '',
    cooperation           text not null default '',
    difficulties          text not null default '',
    advice                text not null default '',
    -- 1 to 5
    satisfaction          integer not null check (satisfaction between 1 and 5),
    answered_by           bigint not null,
    answered_at           timestamptz not null
);
