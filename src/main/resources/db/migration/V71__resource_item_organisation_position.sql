-- The authoring organisations are a JPA ordered element collection of ResourceItem (@OrderColumn is an integer).
alter table resource_item_organisation alter column position type integer;
