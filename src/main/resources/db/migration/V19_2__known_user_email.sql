-- The address Keycloak's email claim gave at the user's last login.
alter table known_user add column email varchar(320);
