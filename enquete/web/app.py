"""The web application: create_app(store) builds a FastAPI app (JSON API under /api with its OpenAPI
schema at /api/openapi.json, server-rendered pages elsewhere). No state at import time."""

from __future__ import annotations

import logging
from pathlib import Path
from urllib.parse import quote

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from enquete import __version__
from enquete.exc import EnqueteError
from enquete.privacy import instance_secret
from enquete.store import Store
from enquete.web import api, pages
from enquete.web.deps import SESSION_COOKIE, LoginRequired, Throttle, new_session, read_session, write_session

log = logging.getLogger(__name__)

SECURITY_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                               "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api")


def _error(request: Request, status: int, detail: str, headers: dict | None = None) -> Response:
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    if not hasattr(request.state, "session"):
        request.state.session = read_session(request)
    return pages.render(request, "error.html", status, status_code=status, detail=detail)


def _install_handlers(app: FastAPI) -> None:
    @app.exception_handler(EnqueteError)
    async def enquete_error(request: Request, exc: EnqueteError) -> Response:
        return _error(request, exc.status, exc.detail)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        return _error(request, exc.status_code, str(exc.detail), getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        if _is_api(request):
            return JSONResponse({"detail": exc.errors()}, status_code=422)
        return _error(request, 422, "invalid request parameters")

    @app.exception_handler(LoginRequired)
    async def login_required(request: Request, exc: LoginRequired) -> Response:
        target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        return RedirectResponse(f"/login?next={quote(target, safe='')}", status_code=303)


def _install_middleware(app: FastAPI) -> None:
    @app.middleware("http")
    async def session_and_headers(request: Request, call_next):  # type: ignore[no-untyped-def]
        session = read_session(request)
        fresh = "n" not in session
        if fresh:
            session = new_session()
        request.state.session = session
        response = await call_next(request)
        for name, value in SECURITY_HEADERS.items():
            response.headers.setdefault(name, value)
        if _is_api(request) or request.url.path.startswith("/static"):
            response.headers.setdefault("Cache-Control", "no-store" if _is_api(request) else "max-age=3600")
        else:
            response.headers.setdefault("Cache-Control", "no-store")
        already = any(v.startswith(f"{SESSION_COOKIE}=") for v in response.headers.getlist("set-cookie"))
        if fresh and not already and not _is_api(request):
            write_session(request, response, session)
        return response


def create_app(store: Store, *, secret: bytes | None = None) -> FastAPI:
    """The web app over `store`. `secret` signs sessions and CSRF tokens (default: the instance secret)."""
    app = FastAPI(title="enquete", version=__version__, openapi_url="/api/openapi.json", docs_url=None,
                  redoc_url=None, description="The evidence graph of the surveillance-technology trade.")
    app.state.store = store
    app.state.secret = secret or instance_secret(store)
    app.state.throttle = Throttle()
    _install_handlers(app)
    _install_middleware(app)
    app.mount("/static", StaticFiles(directory=str(Path(__file__).parent / "static")), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    return app
