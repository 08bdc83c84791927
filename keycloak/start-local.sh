#!/usr/bin/env bash
# Starts a local Keycloak for Pantau's "keycloak" profile: fetches the Keycloak distribution
# through Maven, unpacks it under target/, and runs it in development mode on 127.0.0.1 with
# the realm keycloak/pantau-realm.json imported. DEMO ONLY: development mode, demo passwords.
#
#   keycloak/start-local.sh             # http://127.0.0.1:8180, realm "pantau"
#   KEYCLOAK_PORT=9180 keycloak/start-local.sh
#
# Stop it with Ctrl-C. Its data (users changed in the admin console) stays in
# target/keycloak/data-local until `./mvnw clean`; the realm is imported only when missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Keep in step with keycloak.version in pom.xml (the tests use the same distribution).
KEYCLOAK_VERSION="${KEYCLOAK_VERSION:-26.7.3}"
KEYCLOAK_PORT="${KEYCLOAK_PORT:-8180}"
BASE="target/keycloak"
HOME_DIR="$BASE/keycloak-$KEYCLOAK_VERSION"

if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
	echo "Fetching Keycloak $KEYCLOAK_VERSION through Maven"
	./mvnw -B -q dependency:unpack \
		-Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
		-DoutputDirectory="$BASE" -Dmdep.overWriteReleases=false
fi

DATA="$(pwd)/$BASE/data-local"
mkdir -p "$DATA" "$HOME_DIR/data/import"
cp keycloak/pantau-realm.json "$HOME_DIR/data/import/"

# The master realm's administrator (admin console http://127.0.0.1:$KEYCLOAK_PORT/admin/).
# Demo-only defaults; override both for anything but a laptop.
export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-kcadmin}"
export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-Keycloak#Demo2024}"

echo "Starting Keycloak $KEYCLOAK_VERSION on http://127.0.0.1:$KEYCLOAK_PORT (realm pantau)"
exec "$HOME_DIR/bin/kc.sh" start-dev \
	--http-host=127.0.0.1 --http-port="$KEYCLOAK_PORT" --hostname="http://localhost:$KEYCLOAK_PORT" \
	--db-url="jdbc:h2:file:$DATA/h2/keycloakdb;NON_KEYWORDS=VALUE" \
	--import-realm \
	--health-enabled=true
