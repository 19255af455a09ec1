#!/bin/sh
# Writes /config.json from the environment when any MAILLON_* variable is set, so one image serves
# every environment. Unset variables keep the built-in defaults.
set -eu
target=/usr/share/nginx/html/config.json
if [ -n "${MAILLON_API_BASE_URL+x}${MAILLON_KEYCLOAK_URL+x}${MAILLON_REALM+x}${MAILLON_CLIENT_ID+x}" ]; then
  cat > "$target" <<JSON
{
  "apiBaseUrl": "${MAILLON_API_BASE_URL:-}",
  "keycloakUrl": "${MAILLON_KEYCLOAK_URL:-http://localhost:8180}",
  "realm": "${MAILLON_REALM:-maillon}",
  "clientId": "${MAILLON_CLIENT_ID:-maillon-web}"
}
JSON
  echo "maillon: wrote $target"
fi
