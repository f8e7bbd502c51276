# One image for every bienban service (api, worker); the command picks the role.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 PIP_NO_CACHE_DIR=1 \
    OMP_THREAD_LIMIT=1 \
    BIENBAN_STORAGE_DIR=/data/store

COPY system-packages.txt /tmp/system-packages.txt
RUN apt-get update \
 && grep -v '^#' /tmp/system-packages.txt | grep -v python3-venv | xargs apt-get install -y --no-install-recommends \
 && rm -rf /var/lib/apt/lists/*

WORKDIR /app
COPY pyproject.toml README.md ./
COPY bienban ./bienban
COPY ingest ./ingest
COPY extract ./extract
COPY records ./records
COPY workers ./workers
COPY web ./web
COPY samples ./samples
COPY bench ./bench
RUN pip install .

RUN useradd --create-home --uid 1000 bienban && mkdir -p /data/store && chown -R bienban /data
USER bienban
VOLUME ["/data"]
EXPOSE 8000
ENTRYPOINT ["bienban"]
CMD ["serve", "--host", "0.0.0.0", "--port", "8000"]
