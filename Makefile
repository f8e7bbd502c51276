# The two commands a new user needs (README): `make demo` and `make test`.
# Both install the system packages and the virtual environment first.
VENV ?= .venv
PYTHON ?= python3
OUT ?= out

.PHONY: demo test setup bench evaluate

demo: setup
	$(VENV)/bin/bienban process samples --out $(OUT)

test: setup
	$(VENV)/bin/pytest

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml system-packages.txt
	scripts/install-system-packages.sh
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[test]'
	touch $@

bench: setup
	$(VENV)/bin/python -m bench.ocr

evaluate: setup
	$(VENV)/bin/python -m bench.evaluate
