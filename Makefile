# Maillon — the two commands: `make run` (run it) and `make test` (every test). See README.md.
SHELL := /bin/bash
.DEFAULT_GOAL := help
export npm_config_yes := true

.PHONY: api-release client help run test test-backend lint-contract test-frontend e2e openapi keycloak postgres stop clean bench two-instances check-deploy backup-restore replica-pitr shutdown-check faults

help: ## List the targets
	@grep -E '^[a-z-]+:.*##' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-15s %s\n", $$1, $$2}'

run: ## Run Maillon: PostgreSQL, Keycloak, the API (:8080) and the web client (:5173); Ctrl-C stops all
	@scripts/stack.sh run

test: test-backend lint-contract test-frontend e2e ## Every test: backend, contract lint, client unit tests, end-to-end browser tests
	@echo "make test: all test suites passed"

test-backend: ## API tests (JUnit + REST Assured on a real PostgreSQL with signed tokens), contract sync check
	cd backend && ./mvnw -B verify

lint-contract: frontend/node_modules ## Lint openapi.yaml with Redocly CLI
	cd frontend && npx redocly lint --config ../redocly.yaml ../openapi.yaml

test-frontend: frontend/node_modules ## Client unit tests (Vitest), type check and production build
	cd frontend && npm test && npm run build

e2e: frontend/node_modules ## End-to-end tests in Chromium against the real API and Keycloak
	scripts/e2e.sh

openapi: ## Regenerate openapi.yaml from the code
	cd backend && ./mvnw -B -q test -Dtest=OpenApiContractTest -Dmaillon.openapi.update=true -Dsurefire.failIfNoSpecifiedTests=false

OPENAPI_GENERATOR := $(shell sed -n 's:.*<openapi-generator.version>\(.*\)</openapi-generator.version>.*:\1:p' backend/pom.xml)
GENERATOR ?= java
client: ## Generate a client from openapi.yaml (openapi-generator): Java into .local/client-java; GENERATOR=python (etc.) for others
	cd backend && ./mvnw -B -q dependency:copy -Dartifact=org.openapitools:openapi-generator-cli:$(OPENAPI_GENERATOR) \
		-DoutputDirectory=../.local/openapi-generator
	rm -rf .local/client-$(GENERATOR)
	java -Dlog.level=warn -jar .local/openapi-generator/openapi-generator-cli-$(OPENAPI_GENERATOR).jar generate -i openapi.yaml \
		$(if $(filter java,$(GENERATOR)),-c openapi-client.yaml,-g $(GENERATOR)) -o .local/client-$(GENERATOR)
	@echo "client: .local/client-$(GENERATOR)"

api-release: ## Record openapi.yaml as the released v1 contract (later changes must be additive)
	cp openapi.yaml docs/api/released/openapi-v1.yaml

keycloak: ## Fetch and start Keycloak with the realm imported (used by run and e2e)
	MAILLON_DEMO=true infra/keycloak/keycloak.sh start

postgres: ## Start the local PostgreSQL 17 (used by run)
	scripts/postgres.sh start

bench: ## Report benchmark: province-scale data in a fresh PostgreSQL, the prod jar with auth on, latency vs SQL (bench/README.md)
	bench/bench.sh

two-instances: ## Two API instances on one PostgreSQL: webhooks exactly once, If-Match 412 and idempotency across them (1.5-4.5 min)
	scripts/two-instances.sh

check-deploy: ## Kubernetes manifests: YAML, kustomize rendering, consistency; then the migrations Job's command on a local PostgreSQL
	python3 deploy/kubernetes/check.py
	deploy/kubernetes/test-migrate-job.sh

replica-pitr: ## PostgreSQL streaming replica serving the reports instance, and a point-in-time recovery (~3 min)
	scripts/replica-pitr.sh

backup-restore: ## Dump the bench database, restore it into a fresh cluster, compare every table (after bench/bench.sh --load-only)
	scripts/backup-restore.sh

shutdown-check: ## Graceful shutdown measured on the prod jar: SIGTERM during uploads and a webhook delivery; JSON logs
	scripts/shutdown-check.sh

faults: ## Fault scenarios under load (PostgreSQL down, Keycloak down, API killed) on their own ports; prints what was observed (5–9 min)
	scripts/faults.sh

stop: ## Stop anything `make run` left running
	scripts/stack.sh down; infra/keycloak/keycloak.sh stop || true

clean: ## Remove build output and local state (database, downloaded Keycloak)
	cd backend && ./mvnw -B -q clean
	rm -rf frontend/dist frontend/node_modules .local

frontend/node_modules: frontend/package-lock.json
	cd frontend && npm ci --no-audit --no-fund
	@touch frontend/node_modules
