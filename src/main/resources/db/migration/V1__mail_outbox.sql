create table mail_outbox (
    id          bigint generated always as identity primary key,
    created_at  timestamptz not null,
    recipient   varchar(320) not null,
    subject     varchar(500) not null,
    body        text,
    status      varchar(20) not null,
    attempts    integer not null default 0,
    last_error  varchar(500),
    sent_at     timestamptz
);
create index mail_outbox_pending on mail_outbox (id) where status = 'PENDING';
create index mail_outbox_created on mail_outbox (created_at);
