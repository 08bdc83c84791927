#!/bin/sh
# Pantau's database and its two roles (docs/operations.md, "The database"), created by the
# postgres image once, when its volume is new. Flyway creates the tables as pantau_owner at
# Pantau's first start; Pantau runs as pantau_app, which owns nothing.
set -eu
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
	-v owner_password="$PANTAU_DB_OWNER_PASSWORD" -v app_password="$PANTAU_DB_PASSWORD" <<'SQL'
create role pantau_owner login password :'owner_password';
create role pantau_app login password :'app_password';
create database pantau owner pantau_owner encoding 'UTF8';
revoke all on database pantau from public;
grant connect, temporary on database pantau to pantau_app;
SQL
