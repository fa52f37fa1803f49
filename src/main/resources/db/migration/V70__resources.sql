create table resource_item (
    id                  bigint generated always as identity primary key,
    type                varchar(20) not null check (type in ('NEWS','ARTICLE','METHOD','COMMONS','DELIVERABLE',
                            'IMPACT_STUDY','OFFER','FUNDING_CALL','STUDENT_WORK')),
    state               varchar(20) not null default 'DRAFT' check (state in ('DRAFT','SUBMITTED','CHANGES_REQUESTED',
                            'APPROVED','SCHEDULED','PUBLISHED','UNPUBLISHED','DECLINED')),
    version             bigint not null default 0,           -- JPA @Version, carried by every form and action
    slug                varchar(120) not null check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    title               varchar(200) not null check (btrim(title) <> ''),
    summary             varchar(600) not null default '',
    body                text not null default '',            -- RichText.sanitize() output only
    licence             varchar(20) not null check (licence in ('CC_BY','CC_BY_SA','CC_BY_ND','CC_BY_NC','CC_BY_NC_SA',
                            'CC_BY_NC_ND','CC0','LICENCE_OUVERTE','ODBL','GPL')),
    contributing_organisation_id bigint,                     -- null: written by the committee or an agent
    created_by          bigint,                              -- account id; null: system (deliverables)
    created_by_label    varchar(200) not null,
    created_at          timestamptz not null,
    updated_at          timestamptz not null,
    submitted_at        timestamptz,
    scheduled_for       timestamptz,
    published_at        timestamptz,                         -- first publication, never cleared
    last_published_at   timestamptz,                         -- Atom <updated>, digest week
    expires_at          timestamptz,
    source_name varchar(200), link_url varchar(500) check (link_url ~* '^https?://\S+$'),
    contact_email varchar(320), author_names varchar(500),
    article_kind varchar(20) check (article_kind in ('POLITICAL','ETHICAL','SOCIAL','RESEARCH')),
    purpose text, audience text, usage text,
    origin varchar(20) check (origin in ('EXISTING','FROM_EXPERIMENT','CREATED','SUSTAINED')),
    commons_resource text, commons_community text, commons_rules text, commons_governance text,
    deliverable_id bigint unique, call_id bigint, dossier_id bigint,
    experiment_name varchar(200), evaluation_method text, results text, learnings text, pitfalls text,
    offer_kind varchar(20) check (offer_kind in ('JOB','VOLUNTEERING','CIVIC_SERVICE','INTERNSHIP')),
    contract varchar(60), working_time varchar(60), commune_code varchar(5),
    funder varchar(200), amount_min numeric(14,2) check (amount_min >= 0), amount_max numeric(14,2), eligibility text,
    institution varchar(200), degree varchar(200),
    academic_year varchar(9) check (academic_year ~ '^\d{4}-\d{4}$'), supervisor varchar(200),
    check ((type in ('OFFER','FUNDING_CALL')) = (expires_at is not null)),
    check ((type = 'DELIVERABLE') = (deliverable_id is not null)),
    check (type <> 'ARTICLE' or article_kind is not null),
    check (type <> 'OFFER' or (offer_kind is not null and (link_url is not null or contact_email is not null))),
    check (type <> 'FUNDING_CALL' or (funder is not null and link_url is not null)),
    check (amount_min is null or amount_max is null or amount_min <= amount_max),
    check ((state = 'SCHEDULED') = (scheduled_for is not null)),
    check (state not in ('PUBLISHED','UNPUBLISHED') or published_at is not null)
);
create index resource_item_public on resource_item (type, last_published_at desc) where state = 'PUBLISHED';
create index resource_item_queue on resource_item (state, submitted_at)
    where state in ('SUBMITTED','CHANGES_REQUESTED','APPROVED','SCHEDULED');
create index resource_item_due on resource_item (scheduled_for) where state = 'SCHEDULED';
create index resource_item_contributor on resource_item (contributing_organisation_id);
create index resource_item_published on resource_item (published_at) where published_at is not null;

create table resource_item_organisation (               -- authoring organisations, contributing one at position 0
    item_id bigint not null references resource_item (id) on delete cascade,
    organisation_id bigint not null, position smallint not null check (position >= 0),
    primary key (item_id, organisation_id));
create index resource_item_organisation_org on resource_item_organisation (organisation_id);
create table resource_item_sector (
    item_id bigint not null references resource_item (id) on delete cascade,
    sector varchar(30) not null check (sector in ('SPORTS_LOISIRS','ACTION_SOCIALE','ARTS_SPECTACLES','ENSEIGNEMENT',
        'SERVICES_DIVERS','ACTIVITES_FINANCIERES','INDUSTRIE_CONSTRUCTION','SANTE_HUMAINE','HEBERGEMENT_RESTAURATION',
        'AGRICULTURE','NON_CLASSE')),
    primary key (item_id, sector));
create table resource_item_territory (
    item_id bigint not null references resource_item (id) on delete cascade,
    territory_id bigint not null, primary key (item_id, territory_id));
create table resource_item_tag (
    item_id bigint not null references resource_item (id) on delete cascade,
    tag varchar(60) not null check (tag = lower(tag) and length(tag) between 2 and 60),
    primary key (item_id, tag));
create index resource_item_tag_tag on resource_item_tag (tag);

create table resource_attachment (
    id bigint generated always as identity primary key,
    item_id bigint not null references resource_item (id) on delete cascade,
    position smallint not null, title varchar(200) not null,  -- link text, and alt text of an image
    file_name varchar(255) not null,
    content_type varchar(100) not null check (content_type in ('application/pdf','image/png','image/jpeg',
        'application/vnd.oasis.opendocument.text','application/vnd.oasis.opendocument.spreadsheet',
        'application/vnd.oasis.opendocument.presentation')),
    size_bytes bigint not null check (size_bytes > 0),
    storage_key varchar(300) not null unique,               -- resources/item-{id}/<24 hex>.<ext>
    uploaded_by bigint not null, uploaded_at timestamptz not null);
create index resource_attachment_item on resource_attachment (item_id, position);

-- A snapshot per save that changed what a reader sees; diffs are computed on display.
create table resource_revision (
    item_id bigint not null references resource_item (id) on delete cascade,
    number integer not null check (number >= 1),
    author_id bigint, author_label varchar(200) not null, created_at timestamptz not null,
    title varchar(200) not null, summary varchar(600) not null, body text not null,
    details jsonb not null,   -- specific fields, licence, sectors, territories, tags, organisations, attachment names
    primary key (item_id, number));

-- Every state change: who, when, why. Append-only (the module never updates or deletes a row).
create table resource_transition (
    id bigint generated always as identity primary key,
    item_id bigint not null references resource_item (id) on delete cascade,
    action varchar(20) not null check (action in ('CREATE','SUBMIT','WITHDRAW','REQUEST_CHANGES','APPROVE',
        'SCHEDULE','PUBLISH','UNPUBLISH','DECLINE')),
    from_state varchar(20), to_state varchar(20) not null,
    actor_id bigint, actor_label varchar(200) not null,
    actor_role varchar(20) not null check (actor_role in ('CONTRIBUTOR','EDITOR','AGENT','ADMIN','SYSTEM')),
    reason text not null default '', revision integer, at timestamptz not null,
    check (action not in ('REQUEST_CHANGES','UNPUBLISH','DECLINE') or actor_role = 'SYSTEM' or btrim(reason) <> ''));
create index resource_transition_item on resource_transition (item_id, at);
create index resource_transition_at on resource_transition (at, action);

create table resource_comment (
    id bigint generated always as identity primary key,
    item_id bigint not null references resource_item (id) on delete cascade,
    revision integer, author_id bigint not null, author_label varchar(200) not null,
    author_role varchar(20) not null, body text not null check (length(btrim(body)) between 1 and 4000),
    created_at timestamptz not null);
create index resource_comment_item on resource_comment (item_id, created_at);

create table editorial_meeting (                          -- plan 4.2: « nombre de réunions du comité éditorial »
    id bigint generated always as identity primary key,
    held_on date not null, title varchar(200) not null, attendees integer check (attendees >= 0),
    minutes text not null default '', recorded_by bigint not null, recorded_at timestamptz not null);
create index editorial_meeting_held on editorial_meeting (held_on);

-- Views without cookies or personal data (section 6).
create table resource_view_salt (day date primary key, salt bytea not null check (octet_length(salt) = 32));
create table resource_view_seen (day date not null, fingerprint bytea not null check (octet_length(fingerprint) = 32),
    primary key (day, fingerprint));
create table resource_view_daily (
    item_id bigint not null references resource_item (id) on delete cascade,
    day date not null, views integer not null check (views > 0), primary key (item_id, day));

-- Weekly digest (section 8). One subscription per address; the filter is a canonical ResourceQuery string.
create table resource_subscription (
    id bigint generated always as identity primary key,
    email varchar(320) not null, locale varchar(5) not null default 'fr', filter varchar(500) not null default '',
    status varchar(20) not null check (status in ('PENDING','ACTIVE','UNSUBSCRIBED')),
    confirm_token_hash bytea, confirm_expires_at timestamptz,
    unsubscribe_token varchar(64) not null unique,          -- 32 random bytes, base64url; only unsubscribes
    created_at timestamptz not null, confirmed_at timestamptz, unsubscribed_at timestamptz);
create unique index resource_subscription_email on resource_subscription (lower(email));
create index resource_subscription_active on resource_subscription (id) where status = 'ACTIVE';
create table resource_digest_run (
    week date primary key check (extract(isodow from week) = 1),   -- the Monday (Europe/Paris) starting the sent week
    started_at timestamptz not null, finished_at timestamptz, items integer, recipients integer);
create table resource_digest_delivery (
    week date not null references resource_digest_run (week),
    subscription_id bigint not null references resource_subscription (id) on delete cascade,
    items integer not null, queued_at timestamptz not null, primary key (week, subscription_id));
