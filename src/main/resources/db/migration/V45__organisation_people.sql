-- People and their organisations (module directory): administrators of an organisation, claims to become one,
-- and organisations proposed by the public. Accounts belong to another module: account ids carry no foreign key,
-- and the label/email columns keep what was true when the row was written.

-- Who administers (edits) an organisation: granted by an accepted claim, an agent or another administrator.
create table organisation_admin (
    organisation_id bigint       not null references organisation (id) on delete cascade,
    account_id      bigint       not null,
    account_email   varchar(254) not null,
    account_label   varchar(200) not null,
    since           timestamptz  not null default now(),
    granted_by      bigint,       -- account id of the agent or administrator; null: verified by email
    primary key (organisation_id, account_id)
);
create index organisation_admin_account on organisation_admin (account_id);

-- A signed-in user asks to administer an organisation: verified by a mail to an address at the organisation's
-- domain (only the SHA-256 of the single-use token is kept) or by an agent's moderation.
create table organisation_claim (
    id               bigserial    primary key,
    organisation_id  bigint       not null references organisation (id) on delete cascade,
    account_id       bigint       not null,
    account_email    varchar(254) not null,
    account_label    varchar(200) not null,
    method           varchar(12)  not null,  -- EMAIL, MODERATION
    status           varchar(12)  not null,  -- PENDING, ACCEPTED, REJECTED
    domain_email     varchar(254),
    message          text,
    token_hash       varchar(64)  unique,
    token_expires_at timestamptz,
    token_used_at    timestamptz,
    created_at       timestamptz  not null default now(),
    decided_at       timestamptz,
    decided_by       bigint,
    reason           text
);
create index organisation_claim_pending on organisation_claim (status, created_at);
create index organisation_claim_organisation on organisation_claim (organisation_id);

-- A missing organisation proposed by the public, waiting for an agent: accepted (organisation_id = the new one),
-- merged into an existing one (organisation_id = that one) or rejected with a reason.
create table organisation_proposal (
    id              bigserial    primary key,
    status          varchar(12)  not null,  -- PENDING, ACCEPTED, MERGED, REJECTED
    contact_email   varchar(254) not null,
    account_id      bigint,
    name            varchar(250) not null,
    acronym         varchar(50),
    siret           varchar(20),
    rna             varchar(20),
    description     text,
    address         text,
    postal_code     varchar(10),
    commune_code    varchar(5),
    public_website  text,
    public_email    text,
    public_phone    varchar(30),
    message         text,
    created_at      timestamptz  not null default now(),
    decided_at      timestamptz,
    decided_by      bigint,
    reason          text,
    organisation_id bigint       references organisation (id) on delete set null
);
create index organisation_proposal_pending on organisation_proposal (status, created_at);
