-- A starting list of directions of a Conseil départemental, for agents to be attached to. This is ordinary data:
-- administrators rename, add or deactivate directions at /admin/directions to match the actual organisation chart.
insert into direction (name) values
    ('Direction de l’économie, de l’emploi et de l’insertion'),
    ('Direction de l’enfance et de la famille'),
    ('Direction de l’autonomie'),
    ('Direction de la culture, de la jeunesse et des sports'),
    ('Direction de l’environnement'),
    ('Direction des affaires juridiques, des achats et de la questure'),
    ('Direction de l’aménagement du territoire');
