-- Accounts module: directions of the Département, accounts and roles, single-use tokens, login throttling, audit log.
create table direction (
    id       bigint generated always as identity primary key,
    name     varchar(200) not null unique,
    active   boolean not null default true,
    version  bigint not null default 0
);

create table account (
    id             bigint generated always as identity primary key,
    email          varchar(320) not null unique,
    display_name   varchar(100) not null,
    -- null: no usable password yet (first administrator before they choose one)
    password_hash  varchar(255),
    verified       boolean not null default false,
    demo           boolean not null default false,
    created_at     timestamptz not null,
    direction_id   bigint references direction (id),
    version        bigint not null default 0
);

create table account_role (
    account_id  bigint not null references account (id) on delete cascade,
    role        varchar(20) not null,
    primary key (account_id, role)
);

-- Only the SHA-256 of a token is stored: a database leak does not give usable links.
create table account_token (
    id          bigint generated always as identity primary key,
    account_id  bigint not null references account (id) on delete cascade,
    purpose     varchar(20) not null,
    token_hash  varchar(64) not null unique,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index account_token_expires on account_token (expires_at);

-- Keyed by the submitted email, whether or not an account exists, so that lockout reveals nothing.
create table login_throttle (
    email         varchar(320) primary key,
    failures         integer not null,
    last_failure_at  timestamptz not null,
    locked_until     timestamptz
);
create index login_throttle_last_failure on login_throttle (last_failure_at);

-- Ids are kept when an account is deleted; its email is replaced by an anonymous label.
create table audit_entry (
    id            bigint generated always as identity primary key,
    at            timestamptz not null,
    actor_id      bigint,
    actor_email   varchar(320),
    action        varchar(40) not null,
    target_id     bigint,
    target_email  varchar(320),
    details       varchar(1000)
);
create index audit_entry_at on audit_entry (at desc);
