#!/usr/bin/env python3
"""Offline checks of the Kubernetes manifests (no cluster, no schema download).

    python3 deploy/kubernetes/check.py        # needs PyYAML; uses `kubectl kustomize` when kubectl is there

1. Every file parses as YAML, and every object has apiVersion, kind and metadata.name.
2. The kustomizations render (kubectl kustomize app / migrate / reports-replica / backup), when kubectl is installed.
3. Consistency of the rendered objects: Services, PDBs and the HPA point at workloads that exist and whose pod
   labels match; every ConfigMap/Secret a pod reads is generated here (or is the documented Secret maillon-db);
   every container has resource requests and limits; the API and the Job run as non-root with no privilege
   escalation; the API has startup, readiness and liveness probes on /q/health/*, does not migrate at start, and
   the Job does (init-and-exit); the Ingress routes to Services that exist.
Exits non-zero and lists every problem found.
"""
import pathlib
import shutil
import subprocess
import sys

import yaml

HERE = pathlib.Path(__file__).resolve().parent
EXTERNAL_SECRETS = {"maillon-db"}  # created by the operator (secret.example.yaml), not by kustomize
problems = []


def fail(msg):
    problems.append(msg)


def app_default(key):
    """The application's own value of a property (backend application.properties, no profile), as a string."""
    props = HERE.parent.parent / "backend" / "src" / "main" / "resources" / "application.properties"
    for line in props.read_text(encoding="utf-8").splitlines():
        name, sep, value = line.partition("=")
        if sep and name.strip() == key:
            return value.strip()
    raise SystemExit(f"check: {key} is not set in {props}")


def load_all(text, where):
    try:
        return [d for d in yaml.safe_load_all(text) if d is not None]
    except yaml.YAMLError as e:
        fail(f"{where}: not valid YAML: {e}")
        return []


# 1. Every file.
files = sorted(p for p in HERE.rglob("*.yaml"))
for f in files:
    for doc in load_all(f.read_text(), f.relative_to(HERE)):
        if f.name == "kustomization.yaml":
            if doc.get("kind") != "Kustomization":
                fail(f"{f.relative_to(HERE)}: kind is not Kustomization")
            continue
        for key in ("apiVersion", "kind"):
            if key not in doc:
                fail(f"{f.relative_to(HERE)}: no {key}")
        if not doc.get("metadata", {}).get("name"):
            fail(f"{f.relative_to(HERE)}: no metadata.name")
print(f"check: {len(files)} YAML files parsed")

# 2. Render.
rendered = {}
kubectl = shutil.which("kubectl")
for overlay in ("app", "migrate", "reports-replica", "backup"):
    if kubectl:
        r = subprocess.run([kubectl, "kustomize", str(HERE / overlay)], capture_output=True, text=True)
        if r.returncode != 0:
            fail(f"kubectl kustomize {overlay}: {r.stderr.strip()}")
            continue
        rendered[overlay] = load_all(r.stdout, f"kustomize {overlay}")
        print(f"check: kubectl kustomize {overlay}: {len(rendered[overlay])} objects")
if not kubectl:
    print("check: kubectl not found: skipping the rendering and the consistency checks")


def pod_spec(obj):
    if obj["kind"] in ("Deployment", "StatefulSet", "DaemonSet"):
        return obj["spec"]["template"]
    if obj["kind"] == "Job":
        return obj["spec"]["template"]
    if obj["kind"] == "CronJob":
        return obj["spec"]["jobTemplate"]["spec"]["template"]
    return None


def env_of(container):
    return {e["name"]: e.get("value") for e in container.get("env", [])}


# 3. Consistency.
for overlay, objs in rendered.items():
    by_kind = {}
    for o in objs:
        by_kind.setdefault(o["kind"], {})[o["metadata"]["name"]] = o
        ns = o["metadata"].get("namespace")
        if o["kind"] != "Namespace" and ns != "maillon":
            fail(f"{overlay}: {o['kind']}/{o['metadata']['name']} is in namespace {ns!r}, not maillon")
    configmaps = set(by_kind.get("ConfigMap", {}))
    secrets = set(by_kind.get("Secret", {})) | EXTERNAL_SECRETS
    workloads = {n: o for k in ("Deployment", "Job", "CronJob") for n, o in by_kind.get(k, {}).items()}

    for name, w in workloads.items():
        tpl = pod_spec(w)
        labels = tpl["metadata"].get("labels", {})
        if w["kind"] == "Deployment":
            sel = w["spec"]["selector"]["matchLabels"]
            if any(labels.get(k) != v for k, v in sel.items()):
                fail(f"{overlay}: Deployment {name}: selector {sel} does not match its pod labels")
        spec = tpl["spec"]
        if spec.get("automountServiceAccountToken") is not False:
            fail(f"{overlay}: {name}: automountServiceAccountToken should be false")
        for c in spec["containers"]:
            res = c.get("resources", {})
            for part in ("requests", "limits"):
                for r in ("cpu", "memory"):
                    if r not in res.get(part, {}):
                        fail(f"{overlay}: {name}/{c['name']}: no resources.{part}.{r}")
            for ref in c.get("envFrom", []):
                if "configMapRef" in ref and ref["configMapRef"]["name"] not in configmaps:
                    fail(f"{overlay}: {name}: ConfigMap {ref['configMapRef']['name']} is not generated")
                if "secretRef" in ref and ref["secretRef"]["name"] not in secrets:
                    fail(f"{overlay}: {name}: Secret {ref['secretRef']['name']} is unknown")
            sc = c.get("securityContext", {})
            if sc.get("allowPrivilegeEscalation") is not False:
                fail(f"{overlay}: {name}/{c['name']}: allowPrivilegeEscalation should be false")
            if "ALL" not in sc.get("capabilities", {}).get("drop", []):
                fail(f"{overlay}: {name}/{c['name']}: capabilities should drop ALL")
            env = env_of(c)
            if name in ("maillon-api", "maillon-reports"):
                if not (spec.get("securityContext", {}).get("runAsNonRoot") and sc.get("readOnlyRootFilesystem")):
                    fail(f"{overlay}: {name}: should run as non-root with a read-only root filesystem")
                for probe, path in (("startupProbe", "/q/health/started"), ("readinessProbe", "/q/health/ready"),
                                    ("livenessProbe", "/q/health/live")):
                    got = c.get(probe, {}).get("httpGet", {}).get("path")
                    if got != path:
                        fail(f"{overlay}: {name}: {probe} should GET {path} (has {got})")
                if env.get("QUARKUS_FLYWAY_MIGRATE_AT_START") != "false":
                    fail(f"{overlay}: {name}: QUARKUS_FLYWAY_MIGRATE_AT_START should be false (the Job migrates)")
                if env.get("QUARKUS_FLYWAY_IGNORE_FUTURE_MIGRATIONS") != "true":
                    fail(f"{overlay}: {name}: QUARKUS_FLYWAY_IGNORE_FUTURE_MIGRATIONS should be true (restarts mid-upgrade, rollbacks)")
                if "preStop" not in c.get("lifecycle", {}):
                    fail(f"{overlay}: {name}: no preStop hook (graceful termination)")
            if name == "maillon-reports" and env.get("QUARKUS_SCHEDULER_ENABLED") != "false":
                fail(f"{overlay}: {name}: QUARKUS_SCHEDULER_ENABLED should be false (no background writes on a replica)")
            if name == "maillon-migrate":
                if env.get("QUARKUS_INIT_AND_EXIT") != "true" or env.get("QUARKUS_FLYWAY_MIGRATE_AT_START") != "true":
                    fail(f"{overlay}: {name}: should run with QUARKUS_INIT_AND_EXIT=true and migrate at start")
                if not spec.get("securityContext", {}).get("runAsNonRoot"):
                    fail(f"{overlay}: {name}: should run as non-root")

    for name, svc in by_kind.get("Service", {}).items():
        sel = svc["spec"]["selector"]
        targets = [w for w in workloads.values() if w["kind"] == "Deployment"
                   and all(pod_spec(w)["metadata"]["labels"].get(k) == v for k, v in sel.items())]
        if not targets:
            fail(f"{overlay}: Service {name}: its selector {sel} matches no Deployment")
        for port in svc["spec"]["ports"]:
            named = [p for w in targets for c in pod_spec(w)["spec"]["containers"] for p in c.get("ports", [])
                     if p.get("name") == port["targetPort"]]
            if isinstance(port["targetPort"], str) and not named:
                fail(f"{overlay}: Service {name}: no container port named {port['targetPort']}")
    for name, pdb in by_kind.get("PodDisruptionBudget", {}).items():
        sel = pdb["spec"]["selector"]["matchLabels"]
        if not any(all(pod_spec(w)["metadata"]["labels"].get(k) == v for k, v in sel.items())
                   for w in workloads.values() if w["kind"] == "Deployment"):
            fail(f"{overlay}: PodDisruptionBudget {name} matches no Deployment")
    for name, hpa in by_kind.get("HorizontalPodAutoscaler", {}).items():
        target = hpa["spec"]["scaleTargetRef"]["name"]
        if target not in by_kind.get("Deployment", {}):
            fail(f"{overlay}: HPA {name}: no Deployment {target}")
        elif hpa["spec"]["minReplicas"] < 2:
            fail(f"{overlay}: HPA {name}: minReplicas should be at least 2")
    for name, ing in by_kind.get("Ingress", {}).items():
        for rule in ing["spec"]["rules"]:
            for p in rule["http"]["paths"]:
                svc = p["backend"]["service"]["name"]
                if svc not in by_kind.get("Service", {}):
                    fail(f"{overlay}: Ingress {name}: no Service {svc}")
    if overlay == "app" and "maillon-api" in by_kind.get("Deployment", {}):
        api = by_kind["Deployment"]["maillon-api"]
        cm = next((by_kind["ConfigMap"][n] for n in configmaps if n.startswith("maillon-api-config")), None)
        hpa = by_kind.get("HorizontalPodAutoscaler", {}).get("maillon-api")
        if cm and hpa:
            pool = int(cm["data"].get("QUARKUS_DATASOURCE_JDBC_MAX_SIZE", app_default("quarkus.datasource.jdbc.max-size")))
            total = pool * hpa["spec"]["maxReplicas"]
            print(f"check: connections at most {hpa['spec']['maxReplicas']} pods x {pool} = {total}")
            if total > 90:
                fail(f"{overlay}: {total} connections at the HPA's maximum: over PostgreSQL's default 100 minus a reserve")
            threads = int(cm["data"].get("QUARKUS_THREAD_POOL_MAX_THREADS", app_default("quarkus.thread-pool.max-threads")))
            if threads < pool:
                fail(f"{overlay}: {threads} worker threads for a pool of {pool} connections: some connections never used")

if problems:
    print(f"check: {len(problems)} problem(s):")
    for p in problems:
        print("  - " + p)
    sys.exit(1)
print("check: manifests OK")
