"""docker-compose.yml runs the documented bienban commands: each service's command parses with the
click CLI (real option parsing, and --help), healthchecks everywhere, Redis persistent, workers scalable."""

import subprocess
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from bienban.cli import main as cli

ROOT = Path(__file__).resolve().parents[2]
COMPOSE = yaml.safe_load((ROOT / "docker-compose.yml").read_text())
SERVICES = COMPOSE["services"]
BIENBAN = {name: s["command"] for name, s in SERVICES.items() if s.get("command", [None])[0] == "bienban"}


def test_the_services_are_there():
    assert {"redis", "postgres", "api", "worker", "flower"} <= set(SERVICES)
    assert set(BIENBAN) == {"api", "worker"}
    assert BIENBAN["api"][1] == "serve" and BIENBAN["worker"][1] == "worker"


@pytest.mark.parametrize("service", sorted(BIENBAN))
def test_bienban_commands_parse(service):
    args = BIENBAN[service][1:]
    ctx = cli.make_context("bienban", list(args), resilient_parsing=False)
    name, command, rest = cli.resolve_command(ctx, ctx.protected_args + ctx.args)
    sub = command.make_context(name, rest, parent=ctx)  # raises on an unknown option or a bad value
    assert sub.params
    result = CliRunner().invoke(cli, list(args) + ["--help"])
    assert result.exit_code == 0, result.output


def test_flower_command_parses():
    cmd = SERVICES["flower"]["command"]
    assert cmd[:3] == ["celery", "--app", "workers.app"]
    celery = ROOT / ".venv" / "bin" / "celery"
    if not celery.exists():
        pytest.skip("celery script not installed in .venv")
    out = subprocess.run([str(celery), *cmd[1:], "--help"], capture_output=True, text=True, timeout=60, cwd=ROOT)
    assert out.returncode == 0, out.stderr[-2000:]


def test_healthchecks_persistence_scaling_and_shared_storage():
    for name, service in SERVICES.items():
        assert "healthcheck" in service, name
    assert "--appendonly" in SERVICES["redis"]["command"]
    assert "container_name" not in SERVICES["worker"] and "ports" not in SERVICES["worker"]
    assert SERVICES["api"]["volumes"] == SERVICES["worker"]["volumes"]  # originals seen by both
    for name in ("api", "worker", "flower"):
        env = SERVICES[name]["environment"]
        assert env["BIENBAN_BROKER_URL"].startswith("redis://redis:")
        assert env["BIENBAN_DATABASE_URL"].startswith("postgresql://")
