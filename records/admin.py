"""Admin commands for the records room: migrate the database, create and revoke API tokens.

    python -m records upgrade
    python -m records create-token --role inspector --org "Đảng ủy xã A" --name "Tổ kiểm tra"
"""

from __future__ import annotations

import click
from sqlalchemy import select, update

from bienban.config import Settings
from records import migrate, repo
from records.db import ROLES, Token, session_scope, utcnow


@click.group()
def cli() -> None:
    """bienban records: database and tokens."""


@cli.command("upgrade")
def upgrade_cmd() -> None:
    """Run Alembic migrations up to head on BIENBAN_DATABASE_URL."""
    settings = Settings()
    migrate.upgrade(settings.database_url)
    click.echo(f"database at {migrate.current(settings.database_url)}")


def create_token(role: str, orgs: list[str], name: str, database_url: str | None = None) -> str:
    url = database_url or Settings().database_url
    migrate.upgrade(url)
    with session_scope(url) as s:
        return repo.create_token(s, name, role, list(orgs))


@cli.command("create-token")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--org", "orgs", multiple=True,
              help='Organisation path: "Committee" or "Committee/Cell" (repeatable; created if new).')
@click.option("--name", default="api token", help="Who the token is for.")
def create_token_cmd(role: str, orgs: tuple[str, ...], name: str) -> None:
    """Create an API token and print it once (only its hash is stored)."""
    try:
        click.echo(create_token(role, list(orgs), name))
    except ValueError as e:
        raise click.UsageError(str(e))


@cli.command("revoke-token")
@click.argument("token")
def revoke_token_cmd(token: str) -> None:
    url = Settings().database_url
    with session_scope(url) as s:
        n = s.execute(update(Token).where(Token.token_hash == repo.hash_token(token)).values(revoked_at=utcnow())).rowcount
    click.echo("revoked" if n else "no such token")


@cli.command("list-tokens")
def list_tokens_cmd() -> None:
    with session_scope(Settings().database_url) as s:
        for t in s.scalars(select(Token).order_by(Token.id)):
            click.echo(f"{t.id}\t{t.role}\t{t.name}\t{'revoked' if t.revoked_at else 'active'}")
