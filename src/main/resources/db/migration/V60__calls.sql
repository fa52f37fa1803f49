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
