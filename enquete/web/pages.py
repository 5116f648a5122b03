"""Server-rendered pages (no JavaScript needed). Each page calls the same query function as its JSON
twin in api.py and hands the result to a Jinja2 template (autoescaped)."""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import quote

from fastapi import APIRouter, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from enquete import privacy
from enquete import query
from enquete.analyse.timeline import timeline
from enquete.web import auth, graph, queries, review
from enquete.web.deps import (
    PageScope, PageViewer, check_csrf, csrf_token, current_viewer, get_store, new_session, require_editor,
    write_session,
)
from enquete.web.render import highlight

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=str(Path(__file__).parent / "templates"))


def render(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render a template with the viewer and the CSRF token."""
    context.update(request=request, viewer=current_viewer(request), csrf=csrf_token(request))
    return templates.TemplateResponse(request, name, context, status_code=status)


def _safe_next(target: str | None) -> str:
    """Only local paths as redirect targets (no open redirect)."""
    if target and target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target
    return "/"


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return render(request, "login.html", next=_safe_next(next), error=None)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, username: str = Form(...), password: str = Form(...), csrf: str = Form(""),
          next: str = Form("/")) -> Any:
    check_csrf(request, csrf)
    throttle = request.app.state.throttle
    ip = request.client.host if request.client else "?"
    keys = (f"user:{username.lower()}", f"ip:{ip}")
    if throttle.blocked(*keys):
        return render(request, "login.html", 429, next=_safe_next(next),
                      error="Too many failed attempts. Wait a few minutes and try again.")
    uid = auth.authenticate(get_store(request), username, password)
    if uid is None:
        throttle.fail(*keys)
        return render(request, "login.html", 401, next=_safe_next(next), error="Wrong username or password.")
    throttle.clear(keys[0])
    response = RedirectResponse(_safe_next(next), status_code=303)
    write_session(request, response, new_session(uid))
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form("")) -> RedirectResponse:
    check_csrf(request, csrf)
    response = RedirectResponse("/login", status_code=303)
    write_session(request, response, new_session())
    return response


@router.get("/", response_class=HTMLResponse)
def search_page(request: Request, scope: PageScope, q: str = "", limit: int = Query(20, ge=1, le=200)) -> HTMLResponse:
    return render(request, "search.html", result=queries.search(scope, q, limit))


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document_page(doc_id: str, request: Request, scope: PageScope) -> HTMLResponse:
    doc = queries.read_document(scope, doc_id)
    return render(request, "document.html", doc=doc, body=highlight(doc["text"], doc["mentions"], doc["evidence"]))


@router.get("/entities/{entity_id}", response_class=HTMLResponse)
def entity_page(entity_id: str, request: Request, scope: PageScope) -> HTMLResponse:
    return render(request, "entity.html", e=query.viewer_dossier(scope, entity_id))


@router.post("/entities/{entity_id}/protect")
def protect(entity_id: str, request: Request, viewer: PageViewer, scope: PageScope, csrf: str = Form(""),
            protected: str = Form("1")) -> RedirectResponse:
    require_editor(viewer)
    check_csrf(request, csrf)
    query.viewer_dossier(scope, entity_id)  # 404 unless the editor can see it
    real = scope.entity_ref(entity_id)
    privacy.set_protected(scope.store, real, protected == "1", author=viewer.username)
    shown = privacy.shown_id(scope.store, real, protected == "1" and viewer.redacts)
    return RedirectResponse(f"/entities/{quote(shown)}", status_code=303)


@router.get("/entities/{entity_id}/graph", response_class=HTMLResponse)
def graph_page(entity_id: str, request: Request, scope: PageScope, hops: int = Query(2, ge=1, le=3)) -> HTMLResponse:
    g = graph.graph(scope, entity_id, hops)
    return render(request, "graph.html", g=g, svg=graph.svg(g))


@router.get("/timeline", response_class=HTMLResponse)
def timeline_page(request: Request, scope: PageScope, entity: str = "", start: str = Query("", alias="from"),
                  end: str = Query("", alias="to"), limit: int = Query(500, ge=1, le=5000)) -> HTMLResponse:
    items = timeline(scope, entity or None, start, end, limit)
    return render(request, "timeline.html", items=items, entity=entity, start=start, end=end, limit=limit)


@router.get("/contradictions", response_class=HTMLResponse)
def contradictions_page(request: Request, scope: PageScope) -> HTMLResponse:
    return render(request, "contradictions.html", items=query.contradictions(scope))


@router.get("/flags", response_class=HTMLResponse)
def flags_page(request: Request, scope: PageScope) -> HTMLResponse:
    return render(request, "flags.html", items=query.flags(scope))


@router.get("/review", response_class=HTMLResponse)
def review_page(request: Request, viewer: PageViewer, scope: PageScope) -> HTMLResponse:
    require_editor(viewer)
    return render(request, "review.html", pairs=review.candidates(scope), done=request.query_params.get("done"))


@router.post("/review")
def review_post(request: Request, viewer: PageViewer, scope: PageScope, a: str = Form(...), b: str = Form(...),
                decision: str = Form(...), csrf: str = Form("")) -> RedirectResponse:
    require_editor(viewer)
    check_csrf(request, csrf)
    review.judge(scope, a, b, decision, author=viewer.username)
    return RedirectResponse(f"/review?done={quote(decision)}", status_code=303)
