-- Answers of the national address service (BAN), by normalised query, so that the same address is asked once.
-- Only answers the platform accepted are kept (a failure or a weak answer is asked again next time).
create table geocode_cache (
    query_key    text             primary key,  -- normalised "street postcode|commune code"
    latitude     double precision not null,
    longitude    double precision not null,
    precision    varchar(20)      not null,
    label        text,
    score        double precision not null,
    fetched_at   timestamptz      not null default now()
);
