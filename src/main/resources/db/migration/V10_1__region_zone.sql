-- Issue 10: each region keeps its own time zone (IANA id). Deadlines end, hearings are held
-- and dates are judged in it; pages, the dossier and exports show times in it.
-- WIB = Asia/Jakarta (UTC+7), WITA = Asia/Makassar (UTC+8), WIT = Asia/Jayapura (UTC+9).
alter table region add column zone_id varchar(40) default 'Asia/Jakarta' not null;

update region set zone_id = 'Asia/Jakarta' where code in ('probolinggo', 'pamekasan', 'pringsewu');
update region set zone_id = 'Asia/Makassar' where code = 'buleleng';
