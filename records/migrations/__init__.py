"""Alembic migrations of the bienban database (env.py, versions/)."""
