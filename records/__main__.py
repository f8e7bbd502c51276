from records.admin import cli

cli(prog_name="python -m records")
