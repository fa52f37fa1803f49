-- Reading committee (part "committee"): a starting mapping of the thematic entries to the directions of V21 that
-- they concern, used to suggest committee members for a dossier. Directions are data (renamed, added or removed at
-- /admin/directions): a name that no longer exists is simply skipped. Agents edit the mapping at
-- /agent/themes-directions.
insert into theme_direction (theme, direction_id)
select m.theme, d.id
from (values
    ('EMPLOI_INSERTION', 'Direction de l’économie, de l’emploi et de l’insertion'),
    ('ECONOMIE_CIRCULAIRE', 'Direction de l’économie, de l’emploi et de l’insertion'),
    ('TOURISME', 'Direction de l’économie, de l’emploi et de l’insertion'),
    ('SOLIDARITE', 'Direction de l’économie, de l’emploi et de l’insertion'),
    ('ALIMENTATION', 'Direction de l’économie, de l’emploi et de l’insertion'),
    ('ENFANCE_FAMILLE', 'Direction de l’enfance et de la famille'),
    ('AUTONOMIE', 'Direction de l’autonomie'),
    ('SANTE', 'Direction de l’autonomie'),
    ('JEUNESSE', 'Direction de la culture, de la jeunesse et des sports'),
    ('SPORT', 'Direction de la culture, de la jeunesse et des sports'),
    ('CULTURE', 'Direction de la culture, de la jeunesse et des sports'),
    ('EDUCATION_POPULAIRE', 'Direction de la culture, de la jeunesse et des sports'),
    ('TRANSITION_ECOLOGIQUE', 'Direction de l’environnement'),
    ('AGRICULTURE', 'Direction de l’environnement'),
    ('ALIMENTATION', 'Direction de l’environnement'),
    ('MOBILITE', 'Direction de l’aménagement du territoire'),
    ('HABITAT', 'Direction de l’aménagement du territoire'),
    ('NUMERIQUE', 'Direction de l’aménagement du territoire'),
    ('VIE_LOCALE', 'Direction de l’aménagement du territoire')
) as m (theme, direction_name)
join direction d on d.name = m.direction_name
on conflict do nothing;

-- A member's scores are listed by dossier; the synthesis reads them by dossier.
create index dossier_assignment_account on dossier_assignment (account_id);
create index dossier_annotation_dossier on dossier_annotation (dossier_id, account_id);
