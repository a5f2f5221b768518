"""The newsline web app: server-rendered pages and the JSON API behind them.

``create_app(db_path)`` builds a FastAPI application over one database,
opened read-only per request. Every page has a JSON twin under ``/api``
(described by ``/openapi.json``; ``/api`` lists them). FastAPI's
``/docs`` and ``/redoc`` are turned off: their Swagger UI / ReDoc scripts
load from a CDN, so offline they were blank pages.

Security: templates autoescape everything; links are made only from
http(s) URLs; pages carry a Content-Security-Policy that allows no script at
all; parameters are typed and bounded. This module must never change what
the database holds (it reads through read-only connections; only the search
helper indexes of :mod:`newsline.web.index` are added, at start-up), and no
part of a request (path or parameter) may name a file: the one stylesheet is
read from the package when the app is built.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import Depends, FastAPI, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..days import BadDayRange, parse_day_range, span_text
from ..model import filter_codes, lang_with_variety, variety_note
from ..pipeline import passed_over_text
from ..store import Store
from ..store.sqlite import DatabaseError
from ..wording import counted
from . import data
from . import index as search_index
from .search import search as run_search
from .search import unstored_filter_notes

log = logging.getLogger("newsline.web")

PAGE_CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
ID_MAX = 200
LANG_PATTERN = r"^([A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8}){0,2})?$"
# a language filter: one code or several, "vi,th" (as the CLI and Python take them)
_CODE = r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,2}"
LANGS_PATTERN = rf"^\s*(?:{_CODE}\s*(?:,\s*{_CODE}\s*)*)?$"
FLAG_PATTERN = r"^[A-Za-z0-9_.:-]{0,64}$"
PAGE_SIZE = 20
_LANG_OK = re.compile(LANG_PATTERN)
_CSS_TOKEN = re.compile(r"[^a-z0-9_-]")


def _package_file(name: str) -> str:
    return resources.files("newsline.web").joinpath(name).read_text(encoding="utf-8")


def lang_attr(code: str | None) -> str:
    """A value fit for an HTML ``lang`` attribute, or '' (then omitted)."""
    if not code or not _LANG_OK.match(code):
        return ""
    return code.replace("_", "-")


def css_token(value: str | None) -> str:
    return _CSS_TOKEN.sub("", (value or "").lower())[:32] or "x"


# A separator: "/", or a Windows backslash that does not write a byte of a
# file name not in UTF-8 ("caf\xe9.html": model.printable_path).
_PATH_SEPARATOR = re.compile(r"/|\\(?!x[0-9a-f]{2})")


def _basename(path: str | None) -> str:
    """The last part of a source path or URL (a name for an untitled document)."""
    return _PATH_SEPARATOR.split((path or "").rstrip("/\\"))[-1]


def make_environment() -> Environment:
    """Jinja2 with autoescape on for every template (the report uses it too)."""
    env = Environment(
        loader=FileSystemLoader(str(Path(__file__).parent / "templates")),
        autoescape=select_autoescape(default=True, default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        safe_href=data.safe_href,
        lang_attr=lang_attr,
        lang_with_variety=lang_with_variety,
        variety_note=variety_note,
        span_text=span_text,
    )
    env.filters.update(
        css=css_token,
        pct=lambda x: f"{100 * (x or 0):.0f}%",
        basename=_basename,
        counted=counted,
        passed_over=passed_over_text,
    )
    return env


def get_store(request: Request) -> Iterator[Store]:
    """A read-only store for one request (cheap: one SQLite connection)."""
    try:
        store = Store(request.app.state.db_path, readonly=True)
    except DatabaseError as e:
        raise HTTPException(503, str(e)) from None
    try:
        yield store
    finally:
        store.close()


StoreDep = Annotated[Store, Depends(get_store)]
# No length bound on ids in a path: an id too long to exist names nothing, a
# 404 like any other unknown id (it was a 422 "not valid", which reads as a
# malformed request); the server already bounds a URL's length.
DocId = Annotated[str, PathParam(min_length=1, description="Document id.")]
StoryId = Annotated[str, PathParam(min_length=1, description="Story id.")]
Limit = Annotated[int, Query(ge=1, le=200, description="Items per page.")]
Offset = Annotated[int, Query(ge=0, le=1_000_000, description="Items to skip.")]
Lang = Annotated[
    str | None,
    Query(
        max_length=100,
        pattern=LANGS_PATTERN,
        description="Language code (ISO 639-1), e.g. vi, or several: vi,th (any of them).",
    ),
]


def wanted_lang(lang: str | None) -> str | None:
    """A language filter as stored (codes are lower case: ``VI`` is ``vi``), several
    joined by commas ("th,vi"); None for any."""
    return ",".join(sorted(filter_codes(lang))) or None


def _one_of(value: str | None, alias: str | None, names: tuple[str, str]) -> str | None:
    """A bound given under its name or its alias ("date_from" or "from"); both,
    disagreeing, is a mistake to say, not a choice to make silently."""
    if value and alias and value != alias:
        raise BadDayRange(
            names[1], alias, f"{names[0]}={value} and {names[1]}={alias} disagree", "conflict"
        )
    return value or alias


class SearchParams:
    """The search form's fields; empty strings (an untouched form field) mean "any"."""

    def __init__(
        self,
        q: Annotated[
            str,
            Query(
                max_length=200,
                description=(
                    "Words (accents optional: 'ha noi' finds 'Hà Nội'; a word typed with "
                    "accents means those accents, or none), \"a phrase\", or "
                    "Thai / Chinese / Japanese text (matched as a substring)."
                ),
            ),
        ] = "",
        lang: Lang = None,
        date_from: Annotated[
            str | None,
            Query(description="YYYY-MM-DD, inclusive."),
        ] = None,
        date_to: Annotated[
            str | None,
            Query(description="YYYY-MM-DD, inclusive."),
        ] = None,
        # the CLI's names (--from, --to): a user who tries them in a URL must
        # not get every day back without a word
        from_: Annotated[
            str | None,
            Query(alias="from", description="Same as date_from (the CLI's --from)."),
        ] = None,
        to: Annotated[
            str | None,
            Query(description="Same as date_to (the CLI's --to)."),
        ] = None,
        story: Annotated[
            str | None, Query(max_length=ID_MAX, description="Only documents of this story.")
        ] = None,
        flag: Annotated[
            str | None,
            Query(pattern=FLAG_PATTERN, description="Only documents with this flag kind."),
        ] = None,
        across_scripts: Annotated[
            bool,
            Query(
                description="Also list, after the last page of hits (in `across_scripts`), "
                "the pages that write a query word as a name in another script "
                "(Watanabe: วาตานาเบะ), each with `matched_names` saying why."
            ),
        ] = False,
    ):
        self.q = q
        self.lang = wanted_lang(lang)
        try:
            date_from = _one_of(date_from, from_, ("date_from", "from"))
            date_to = _one_of(date_to, to, ("date_to", "to"))
            self.date_from, self.date_to = parse_day_range(
                date_from, date_to, ("date_from", "date_to")
            )
        except BadDayRange as e:
            raise RequestValidationError(
                [
                    {
                        "loc": ("query", e.bound),
                        "msg": e.message,
                        "type": f"value_error.{e.kind}",
                        "input": e.value,
                    }
                ]
            ) from None
        self.story = story or None
        self.flag = flag or None
        self.across_scripts = across_scripts

    def run(self, store: Store, limit: int, offset: int):
        # an unknown story is a wrong request, as `newsline search --story` exits 2:
        # answering "no hits" would pass a mistyped id off as an empty story
        if (
            self.story
            and store.conn.execute("SELECT 1 FROM stories WHERE id=?", (self.story,)).fetchone()
            is None
        ):
            raise RequestValidationError(
                [
                    {
                        "loc": ("query", "story"),
                        "msg": f"no story {self.story!r} in the database (/api/stories lists them)",
                        "type": "value_error.unknown_story",
                        "input": self.story,
                    }
                ]
            )
        return run_search(
            store.conn,
            self.q,
            lang=self.lang,
            date_from=self.date_from,
            date_to=self.date_to,
            story=self.story,
            flag=self.flag,
            limit=limit,
            offset=offset,
            across_scripts=self.across_scripts,
        )

    def form(self) -> dict[str, Any]:
        return {
            "q": self.q,
            "lang": self.lang or "",
            "story": self.story or "",
            "flag": self.flag or "",
            "date_from": self.date_from.isoformat() if self.date_from else "",
            "date_to": self.date_to.isoformat() if self.date_to else "",
            "across_scripts": self.across_scripts,
        }


def _prepare(db_path: str, build_index: bool) -> None:
    """Start-up work done in the background: the search helper indexes, then
    the quality tally (seconds on 100k documents; cached afterwards)."""
    if build_index:
        try:
            n = search_index.sync_path(db_path)
            if n:
                log.info("search index: %d documents indexed", n)
        except Exception as e:  # noqa: BLE001 -- the app works without it (short queries scan)
            log.warning("search index not updated: %s", e)
    try:
        with Store(db_path, readonly=True) as store:
            data.quality_summary(store)
    except Exception as e:  # noqa: BLE001 -- only a warm-up; the page computes it itself
        log.warning("quality summary not prepared: %s", e)


def create_app(db_path: str | Path, *, build_index: bool = True) -> FastAPI:
    """The app over ``db_path``. With ``build_index`` (default) the search helper
    indexes of :mod:`newsline.web.index` are brought up to date in a background
    thread at start-up (their own tables only; skipped when the file is read-only)."""
    db_path = str(db_path)
    Store(db_path, readonly=True).close()  # fail now, clearly, if it cannot be read
    css = _package_file("static/style.css")
    templates = Jinja2Templates(env=make_environment())

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(
            target=_prepare, args=(db_path, build_index), daemon=True, name="newsline-prepare"
        ).start()
        yield

    app = FastAPI(
        title="newsline",
        summary="Stories, timelines, documents and search over one newsline database.",
        description=(
            "Every page of the web UI has a JSON twin here. Values are the stored text, "
            "unescaped: escape them before putting them in a page."
        ),
        version="1",
        lifespan=lifespan,
        # Swagger UI and ReDoc load their scripts from a CDN (no installed
        # package ships them): offline, and under the pages' CSP, they were
        # blank. /openapi.json and /api describe the API without them.
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = db_path

    def page(request: Request, name: str, status_code: int = 200, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context, status_code=status_code)

    # -- security headers and errors --------------------------------------------------
    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = PAGE_CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["X-Frame-Options"] = "DENY"
        return response

    def _wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api") or request.url.path.startswith("/openapi")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException):
        if _wants_json(request):
            return JSONResponse({"detail": exc.detail}, status_code=exc.status_code)
        return page(
            request,
            "error.html",
            status_code=exc.status_code,
            title=f"{exc.status_code}",
            message=str(exc.detail),
            errors=[],
        )

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError):
        errors = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in exc.errors()
        ]
        if _wants_json(request):
            return JSONResponse({"detail": errors}, status_code=422)
        return page(
            request,
            "error.html",
            status_code=422,
            title="422",
            message="Some parameters are not valid.",
            errors=errors,
        )

    # -- static ------------------------------------------------------------------------
    @app.get("/static/style.css", include_in_schema=False)
    def stylesheet() -> Response:
        return Response(
            css, media_type="text/css", headers={"Cache-Control": "public, max-age=3600"}
        )

    # -- JSON API ----------------------------------------------------------------------
    @app.get(
        "/api/stories",
        tags=["api"],
        summary="Stories: title, languages, date span, "
        "number of sources and sites, flags of their documents.",
    )
    def api_stories(
        store: StoreDep,
        limit: Limit = 100,
        offset: Offset = 0,
        min_languages: Annotated[
            int,
            Query(ge=1, le=1000, description="Only stories told in this many languages or more."),
        ] = 1,
        lang: Lang = None,
    ) -> dict[str, Any]:
        return data.list_stories(store, limit, offset, min_languages, wanted_lang(lang))

    @app.get(
        "/api/stories/{story_id}",
        tags=["api"],
        summary="One story with its documents "
        "and its timeline (events with sources and original-language quotes).",
    )
    def api_story(story_id: StoryId, store: StoreDep) -> dict[str, Any]:
        s = data.story_detail(store, story_id)
        if s is None:
            raise HTTPException(404, "no such story")
        return s

    @app.get("/api/documents", tags=["api"], summary="Documents, in ingestion order.")
    def api_documents(
        store: StoreDep, limit: Limit = 50, offset: Offset = 0, lang: Lang = None
    ) -> dict[str, Any]:
        return data.list_documents(store, limit, offset, wanted_lang(lang))

    @app.get(
        "/api/documents/{doc_id}",
        tags=["api"],
        summary="One document: original text, "
        "blocks (labels, languages, reasons), flags, dates, events, duplicates, story.",
    )
    def api_document(doc_id: DocId, store: StoreDep) -> dict[str, Any]:
        d = data.document_detail(store, doc_id)
        if d is None:
            raise HTTPException(404, "no such document")
        d.pop("segments")
        return d

    @app.get(
        "/api/search",
        tags=["api"],
        summary="Full-text search in any language, with "
        "filters; snippet_html and title_html are escaped text with <mark> around matches.",
    )
    def api_search(
        store: StoreDep,
        params: Annotated[SearchParams, Depends()],
        limit: Limit = PAGE_SIZE,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        found = params.run(store, limit, offset).to_dict()
        found["notes"] = unstored_filter_notes(store.conn, params.lang, params.flag)
        return found

    @app.get("/api/runs", tags=["api"], summary="Runs: what each read, rejected and why.")
    def api_runs(store: StoreDep) -> dict[str, Any]:
        return {"runs": data.list_runs(store)}

    @app.get("/api/quality", tags=["api"], summary="What was set aside, per site and language.")
    def api_quality(store: StoreDep) -> dict[str, Any]:
        q = data.quality_summary(store)
        q.pop("chart")
        return q

    # -- pages -------------------------------------------------------------------------
    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(
        request: Request,
        store: StoreDep,
        page_no: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1,
        min_languages: Annotated[int, Query(ge=1, le=1000)] = 1,
        lang: Lang = None,
    ):
        stories = data.list_stories(store, 50, (page_no - 1) * 50, min_languages, wanted_lang(lang))
        return page(
            request,
            "stories.html",
            stories=stories,
            counts=data.counts(store),
            page_no=page_no,
            filters={"min_languages": min_languages, "lang": wanted_lang(lang) or ""},
            languages=data.story_languages(store),
            nav="stories",
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(request: Request, story_id: StoryId, store: StoreDep):
        s = data.story_detail(store, story_id)
        if s is None:
            raise HTTPException(404, "No story with this id.")
        return page(request, "story.html", story=s, nav="stories")

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(
        request: Request,
        store: StoreDep,
        lang: Lang = None,
        page_no: Annotated[int, Query(alias="page", ge=1, le=100_000)] = 1,
    ):
        docs = data.list_documents(store, 50, (page_no - 1) * 50, wanted_lang(lang))
        return page(
            request,
            "documents.html",
            docs=docs,
            page_no=page_no,
            lang=wanted_lang(lang) or "",
            nav="documents",
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, doc_id: DocId, store: StoreDep):
        d = data.document_detail(store, doc_id)
        if d is None:
            # the short id `newsline show` takes (a unique prefix, 4+ characters)
            # opens the page at its full id, as on the command line
            starts = store.ids_with_prefix(doc_id, 2) if len(doc_id) >= 4 else []
            if len(starts) == 1:
                return RedirectResponse(f"/documents/{quote(starts[0])}", status_code=307)
            raise HTTPException(404, "No document with this id.")
        return page(request, "document.html", doc=d, nav="documents")

    @app.get("/search", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request,
        store: StoreDep,
        params: Annotated[SearchParams, Depends()],
        page_no: Annotated[int, Query(alias="page", ge=1, le=10_000)] = 1,
    ):
        searched = bool(
            params.q.strip()
            or params.lang
            or params.flag
            or params.story
            or params.date_from
            or params.date_to
        )
        results = params.run(store, PAGE_SIZE, (page_no - 1) * PAGE_SIZE) if searched else None
        return page(
            request,
            "search.html",
            results=results,
            form=params.form(),
            facets=data.facets(store),
            notes=unstored_filter_notes(store.conn, params.lang, params.flag) if searched else [],
            page_no=page_no,
            nav="search",
        )

    @app.get("/runs", response_class=HTMLResponse, include_in_schema=False)
    def runs_page(request: Request, store: StoreDep):
        return page(
            request,
            "runs.html",
            runs=data.list_runs(store),
            quality=data.quality_summary(store),
            nav="runs",
        )

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_index(request: Request):
        paths = [
            {
                "path": p,
                "summary": op.get("summary", ""),
                "params": [x["name"] for x in op.get("parameters", [])],
            }
            for p, ops in app.openapi()["paths"].items()
            for op in ops.values()
        ]
        return page(request, "api.html", paths=paths, nav="api")

    return app
