#!/usr/bin/env bash
# Maillon from a script: a token with client credentials, the yearly figures, a breakdown as CSV, a full sync.
#
#   scripts/maillon-api.sh figures [PERIOD]             # the press-release sentence and figures (default: current fiscal year)
#   scripts/maillon-api.sh breakdown DIMENSION [PERIOD] # a breakdown as CSV on stdout (UTF-8 with BOM, French headers)
#   scripts/maillon-api.sh sync RESOURCE [SINCE]        # every record of a list as JSON lines (deleted activities as
#                                                       # {"id":…,"deleted":true,"deletedAt":…}), then "# next: <instant>":
#                                                       # pass it as SINCE next time for only what changed (docs/sync.md)
#   scripts/maillon-api.sh token                        # just the access token
#
# Environment: MAILLON_API (http://localhost:8080), MAILLON_KEYCLOAK (http://localhost:8180),
# MAILLON_CLIENT_ID / MAILLON_CLIENT_SECRET (default: the demo reporting client of CISSS de Lanaudière).
# Needs curl and jq.
set -euo pipefail

API="${MAILLON_API:-http://localhost:8080}"
KEYCLOAK="${MAILLON_KEYCLOAK:-http://localhost:8180}"
CLIENT_ID="${MAILLON_CLIENT_ID:-maillon-reporting-lan}"
CLIENT_SECRET="${MAILLON_CLIENT_SECRET:-reporting-lan-demo-secret}"

token() {
  curl -fsS "$KEYCLOAK/realms/maillon/protocol/openid-connect/token" \
    -d grant_type=client_credentials -d client_id="$CLIENT_ID" -d client_secret="$CLIENT_SECRET" | jq -r .access_token
}

current_fiscal_year() { # April 1 – March 31
  local y m
  y=$(date +%Y); m=$(date +%-m)
  if [ "$m" -ge 4 ]; then echo "FY$y-$((y + 1))"; else echo "FY$((y - 1))-$y"; fi
}

call() { # path [curl args…]: fails with the problem's detail on an error
  local path="$1"; shift
  local out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$@" "$API$path")
  if [ "$status" -ge 400 ]; then
    echo "maillon: $status on $path: $(jq -r '.detail // .' <"$out" 2>/dev/null || cat "$out")" >&2
    rm -f "$out"; exit 1
  fi
  cat "$out"; rm -f "$out"
}

cmd="${1:-figures}"
shift || true
case "$cmd" in
  token) token ;;
  figures)
    TOKEN=$(token)
    period="${1:-$(current_fiscal_year)}"
    call "/api/v1/reports/summary?period=$period" | jq -r '
      "Période : \(.period.from) au \(.period.to)",
      (.sentence // .pressRelease // empty),
      "",
      "lieux de concertation accompagnés : \(.concertationPlaces)",
      "organismes communautaires soutenus : \(.communityOrganizationsSupported)",
      "municipalités et milieux scolaires : \(.municipalitiesAndSchools)"' ;;
  breakdown)
    TOKEN=$(token)
    dimension="${1:?dimension: territory, serviceOffer, axis, interventionType, determinant, population, professionalAct, organizer, month, fiscalPeriod}"
    period="${2:-$(current_fiscal_year)}"
    call "/api/v1/reports/breakdown?dimension=$dimension&period=$period" -H "Accept: text/csv" ;;
  sync)
    TOKEN=$(token)
    resource="${1:?resource: organizations, requests, interventions, activities, concertations, organizers}"
    since="${2:-1970-01-01T00:00:00Z}"
    cursor=""
    while :; do # one pass: every page of the window [since, horizon); the last page says where the next pass starts
      page=$(call "/api/v1/$resource" -G --data-urlencode "updatedSince=$since" --data-urlencode "limit=200" \
        ${cursor:+--data-urlencode "cursor=$cursor"})
      echo "$page" | jq -c '.items[], (.deleted // [] | .[] | {id, deleted: true, deletedAt})'
      cursor=$(echo "$page" | jq -r '.nextCursor // empty')
      [ -n "$cursor" ] || break
    done
    next=$(echo "$page" | jq -r '.nextUpdatedSince // empty')
    [ -n "$next" ] || { echo "maillon: the last page of /api/v1/$resource carries no nextUpdatedSince" >&2; exit 1; }
    echo "# next: $next" ;;
  *) sed -n '2,13p' "$0"; exit 2 ;;
esac
