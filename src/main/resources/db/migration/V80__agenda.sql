-- Agenda (issue 6): events, series, organisers, registrations, reports. See docs/agenda.md.
create table agenda_series (
    id bigint generated always as identity primary key,
    kind varchar(30) not null, rule varchar(10) not null check (rule in ('WEEKLY','MONTHLY')),
    weekdays smallint[] not null default '{}',         -- ISO 1..7 (WEEKLY)
    month_week smallint check (month_week between -1 and 5), -- MONTHLY: 1..4, -1 = last
    start_time time not null, duration_minutes integer not null check (duration_minutes between 15 and 1440),
    from_date date not null, until_date date not null check (until_date >= from_date),
    excluded_dates date[] not null default '{}',
    template jsonb not null,                           -- the shared fields, as the form sends them
    version bigint not null default 0, created_by bigint not null, created_at timestamptz not null,
    check (until_date <= from_date + 366));

create table agenda_event (
    id bigint generated always as identity primary key,
    kind varchar(30) not null check (kind in ('TRAINING','TERRITORIAL_MEETING','CALL_WORKSHOP','AWARENESS','PERMANENCE')),
    state varchar(20) not null default 'DRAFT' check (state in ('DRAFT','PUBLISHED','CANCELLED')),
    version bigint not null default 0,
    slug varchar(120) not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title varchar(200) not null check (btrim(title) <> ''), summary varchar(600) not null default '',
    description text not null default '',
    audiences varchar(20)[] not null default '{}', themes varchar(40)[] not null default '{}',
    organised_by_department boolean not null default false,
    territory_id bigint, commune_code varchar(5), place varchar(300) not null default '',
    online_url varchar(500) check (online_url ~* '^https?://\S+$'),
    starts_at timestamptz not null, ends_at timestamptz not null check (ends_at > starts_at),
    capacity integer check (capacity > 0), registration varchar(10) not null default 'OPEN'
        check (registration in ('NONE','OPEN')),
    registration_deadline timestamptz, accessibility text not null default '',
    price_euros numeric(8,2) check (price_euros >= 0), price_note varchar(200) not null default '',
    meeting_format varchar(10) check (meeting_format in ('GENERAL','THEMATIC')),
    new_training boolean not null default false,
    call_id bigint, call_workshop_id bigint unique,
    series_id bigint references agenda_series (id) on delete set null, occurrence_date date,
    detached boolean not null default false,
    cancelled_reason text, published_at timestamptz,
    created_by bigint, created_at timestamptz not null, updated_at timestamptz not null,
    unique (series_id, occurrence_date),
    check (kind <> 'TERRITORIAL_MEETING' or (territory_id is not null and meeting_format is not null)),
    check ((kind = 'CALL_WORKSHOP') = (call_workshop_id is not null)),
    check (place <> '' or online_url is not null),
    check (registration_deadline is null or registration_deadline <= starts_at),
    check ((state = 'CANCELLED') = (cancelled_reason is not null)));
create index agenda_event_public on agenda_event (starts_at) where state in ('PUBLISHED','CANCELLED');
create index agenda_event_kind on agenda_event (kind, starts_at);
create index agenda_event_territory on agenda_event (territory_id, starts_at);

create table agenda_event_organiser (
    event_id bigint not null references agenda_event (id) on delete cascade,
    organisation_id bigint not null, position integer not null check (position >= 0),
    primary key (event_id, organisation_id));
create index agenda_event_organiser_org on agenda_event_organiser (organisation_id);

-- People registered. Personal data: kept until 12 months after the event, then anonymised (section 4).
create table agenda_registration (
    id bigint generated always as identity primary key,
    event_id bigint not null references agenda_event (id) on delete cascade,
    account_id bigint,                                  -- null: registered with name and email only
    name varchar(200), email varchar(320),              -- null once anonymised
    organisation_id bigint,                             -- « au titre de » (optional; required for meetings)
    participant_kind varchar(20) check (participant_kind in ('AGENT','ELECTED','ESS','OTHER')),
    status varchar(20) not null check (status in ('UNCONFIRMED','CONFIRMED','WAITING','CANCELLED')),
    confirm_token_hash bytea, confirm_expires_at timestamptz,
    manage_token varchar(64) not null unique,           -- 32 random bytes base64url: cancel link
    created_at timestamptz not null, confirmed_at timestamptz, waiting_since timestamptz,
    promoted_at timestamptz, cancelled_at timestamptz, reminded_at timestamptz,
    attended boolean,                                   -- null = not marked
    anonymised_at timestamptz,
    version bigint not null default 0);
create unique index agenda_registration_once on agenda_registration (event_id, lower(email))
    where status <> 'CANCELLED' and email is not null;
create index agenda_registration_event on agenda_registration (event_id, status, waiting_since);

create table agenda_report (                            -- after a territorial meeting (3.2 « reporting »)
    event_id bigint primary key references agenda_event (id) on delete cascade,
    participants integer not null check (participants >= 0),
    summary text not null default '', follow_up text not null default '',
    filed_by bigint not null, filed_at timestamptz not null, version bigint not null default 0);
create table agenda_report_organisation (
    event_id bigint not null references agenda_report (event_id) on delete cascade,
    organisation_id bigint not null, primary key (event_id, organisation_id));
