"""`python -m records create-token` (the admin command) and the BIENBAN_ADMIN_TOKEN bootstrap."""

from click.testing import CliRunner

from records import repo
from records.admin import cli
from records.db import session_scope


def test_create_token_command_and_bootstrap(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    monkeypatch.setenv("BIENBAN_DATABASE_URL", url)
    runner = CliRunner()
    assert runner.invoke(cli, ["upgrade"]).exit_code == 0
    out = runner.invoke(cli, ["create-token", "--role", "inspector", "--org", "Đảng ủy xã A", "--name", "Tổ kiểm tra"])
    assert out.exit_code == 0, out.output
    token = out.output.strip()
    assert token.startswith("bb_") and len(token) > 40
    assert runner.invoke(cli, ["create-token", "--role", "inspector"]).exit_code != 0  # needs an organisation
    with session_scope(url) as s:
        p = repo.authenticate(s, token)
        assert p.role == "inspector" and p.name == "Tổ kiểm tra"
        assert repo.ensure_admin_token(s, "boot") and not repo.ensure_admin_token(s, "boot")
    assert "revoked" in runner.invoke(cli, ["revoke-token", token]).output
    with session_scope(url) as s:
        assert repo.authenticate(s, token) is None
