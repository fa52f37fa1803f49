-- Fields an owner or an agent set by hand (OrganisationDraft property names: "description", "publicEmail"…): a
-- register import does not overwrite them silently, it lists them in its review of changes instead.
alter table organisation add column protected_fields text[] not null default '{}';

-- Every change of an organisation, field by field, with its author and date: edits by its administrators and
-- agents, imports, merges, accepted proposals. Kept when the author's account is deleted (author_label stays).
create table organisation_change (
    id                bigserial    primary key,
    organisation_id   bigint       not null references organisation (id) on delete cascade,
    changed_at        timestamptz  not null default now(),
    author_account_id bigint,       -- null for an import; no foreign key: accounts are another module's
    author_label      varchar(200) not null,
    origin            varchar(20)  not null,  -- OWNER, AGENT, IMPORT, MERGE, PROPOSAL, CREATION
    field             varchar(40)  not null,
    old_value         text,
    new_value         text
);
create index organisation_change_organisation on organisation_change (organisation_id, changed_at desc);
