-- Laureates (part "laureates"): the name of whoever wrote the retour d'expérience, as it was when they saved it
-- (shown to the co-authors and agents, like dossier_version.author_label).
alter table experience_feedback add column answered_by_label varchar(200) not null default '';
