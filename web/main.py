"""`bienban serve`: migrate, bootstrap the admin token if asked, and serve the API with uvicorn."""

from __future__ import annotations


def serve(host: str = "127.0.0.1", port: int = 8000, workers: int = 1, log_level: str = "info") -> None:
    import uvicorn

    uvicorn.run("web.app:create_app", factory=True, host=host, port=port, workers=workers, log_level=log_level,
                proxy_headers=True)
