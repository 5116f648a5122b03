"""The JSON API under /api. Each route calls the same query function as its HTML twin in pages.py."""

from __future__ import annotations

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel

from enquete import privacy, query
from enquete.analyse.timeline import timeline as build_timeline
from enquete.web import graph, queries, review
from enquete.web.auth import list_collections
from enquete.web.deps import ApiScope, ApiViewer, api_write_guard, csrf_token, get_store, require_editor

router = APIRouter(prefix="/api", tags=["api"])


class Judgement(BaseModel):
    a: str
    b: str
    decision: str  # accept | reject


class Protection(BaseModel):
    protected: bool = True


@router.get("/me")
def me(request: Request, viewer: ApiViewer) -> dict:
    """Who you are and what you may see; with a session cookie, the CSRF token that API writes by
    cookie must send as the X-CSRF-Token header (token-authenticated calls need none)."""
    cols = None if viewer.collections is None else sorted(viewer.collections)
    out: dict = {"username": viewer.username, "role": viewer.role, "collections": cols}
    if not getattr(request.state, "via_token", False):
        out["csrf"] = csrf_token(request)
    return out


@router.get("/collections")
def collections(request: Request, viewer: ApiViewer) -> list[dict]:
    """The collections you may read (admins: all, with their users)."""
    rows = list_collections(get_store(request))
    if viewer.is_admin:
        return rows
    return [{k: v for k, v in r.items() if k != "users"} for r in rows if r["id"] in (viewer.collections or ())]


@router.get("/search")
def search(scope: ApiScope, q: str = "", limit: int = Query(20, ge=1, le=200)) -> dict:
    """Documents (with snippets) and entities matching q."""
    return queries.search(scope, q, limit)


@router.get("/documents/{doc_id}")
def document(doc_id: str, scope: ApiScope) -> dict:
    """A document with its mentions, evidence spans (offsets into the returned text) and facts."""
    return queries.read_document(scope, doc_id)


@router.get("/entities/{entity_id}")
def entity(entity_id: str, scope: ApiScope) -> dict:
    """The dossier of an entity."""
    return query.viewer_dossier(scope, entity_id)


@router.get("/entities/{entity_id}/graph")
def entity_graph(entity_id: str, scope: ApiScope, hops: int = Query(2, ge=1, le=3)) -> dict:
    """The graph around an entity, with its layout."""
    return graph.graph(scope, entity_id, hops)


@router.post("/entities/{entity_id}/protect")
def protect(entity_id: str, body: Protection, request: Request, viewer: ApiViewer, scope: ApiScope) -> dict:
    """Mark (or unmark) a person protected: editors only."""
    require_editor(viewer)
    api_write_guard(request, viewer)
    query.viewer_dossier(scope, entity_id)  # 404 unless the editor can see it
    real = scope.entity_ref(entity_id)
    privacy.set_protected(scope.store, real, body.protected, author=viewer.username)
    return {"id": privacy.shown_id(scope.store, real, body.protected and viewer.redacts),
            "protected": body.protected}


@router.get("/timeline")
def timeline(scope: ApiScope, entity: str | None = None, start: str | None = Query(None, alias="from"),
             end: str | None = Query(None, alias="to"), limit: int = Query(500, ge=1, le=5000)) -> list[dict]:
    """Events, dated relations and dated claims in date order (the items of `enquete timeline`), around
    `entity` (an id) when given, overlapping [from, to] (YYYY, YYYY-MM or YYYY-MM-DD)."""
    return build_timeline(scope, entity, start, end, limit)


@router.get("/contradictions")
def contradictions(scope: ApiScope) -> list[dict]:
    """Pairs of claims (or a claim and a relation) that answer one question in opposite ways."""
    return query.contradictions(scope)


@router.get("/flags")
def flags(scope: ApiScope) -> list[dict]:
    """Transfers that breach (or may breach) an embargo or export rule."""
    return query.flags(scope)


@router.get("/review")
def review_queue(viewer: ApiViewer, scope: ApiScope, limit: int = Query(100, ge=1, le=1000)) -> list[dict]:
    """Candidate pairs for merge decisions: editors only."""
    require_editor(viewer)
    return review.candidates(scope, limit)


@router.post("/review")
def review_judge(body: Judgement, request: Request, viewer: ApiViewer, scope: ApiScope) -> dict:
    """Accept (merge) or reject (keep apart) a candidate pair: editors only."""
    require_editor(viewer)
    api_write_guard(request, viewer)
    return review.judge(scope, body.a, body.b, body.decision, author=viewer.username)
