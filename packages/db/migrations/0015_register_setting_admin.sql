-- The register's settings are edited on the administrator's screen: a version for optimistic concurrency
-- and the range each value may take.
alter table register_setting add column version integer not null default 1;
alter table register_setting add column min_value integer;
alter table register_setting add column max_value integer;
alter table register_setting add column label text;
update register_setting set min_value = 1, max_value = 90, label = '변경신청 처리기한(일)'
 where key = 'change_request_due_days';
