"""Pages kept as MIME messages: an e-mail saved as ``.eml`` (a newsletter, a
news alert) and a web page saved as one file, ``.mht`` / ``.mhtml`` (Chrome's
and Internet Explorer's "single file" save: multipart/related, the page's
HTML first, then its pictures and styles).

The standard library's ``email`` package parses the message and undoes its
transfer encodings (quoted-printable, base64); the body is the part a mail
client shows -- multipart/alternative's HTML before its plain text,
multipart/related's root part -- and is read as an HTML page or a text file
is (``readers._read_single``). The headers fill what the page leaves out:

* the subject (RFC 2047-decoded) is the title when the page gives none;
* an e-mail's ``Date`` is when it was sent: its publication, unless the page
  states its own; a saved page's ``Date`` is when it was saved, so it is the
  fetch time (``Document.fetched``), never the publication;
* a saved page's URL is its ``Snapshot-Content-Location`` (Chrome) or its
  HTML part's ``Content-Location``.

The other parts (images, style sheets, attachments) are not read.
"""

from __future__ import annotations

import email.errors
import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

from .dates import to_iso

MIME_EXTENSIONS = (".eml", ".mht", ".mhtml")
SAVED_PAGE_EXTENSIONS = (".mht", ".mhtml")

# The head of a file with no telling extension: RFC 5322 header lines from the
# first byte, with MIME-Version among them before the blank line that ends them.
_HEADER_LINE = re.compile(rb"\A(?:[!-9;-~]+:[^\r\n]*\r?\n(?:[ \t][^\r\n]*\r?\n)*)+\r?\n")
_MIME_VERSION = re.compile(rb"^MIME-Version:", re.IGNORECASE | re.MULTILINE)


def looks_like_mime(head: bytes) -> bool:
    """Does ``head`` (a file's first bytes) start with a MIME message's headers?"""
    m = _HEADER_LINE.match(head)
    return bool(m and _MIME_VERSION.search(m.group(0)))


@dataclass(slots=True)
class MimeBody:
    """The part of a message to read, with what its headers say."""

    data: bytes
    kind: str  # "html" or "text"
    charset: str | None
    saved_page: bool
    title: str | None = None
    sent: str | None = None  # an e-mail's Date
    saved: str | None = None  # a saved page's Date
    url: str | None = None
    meta: dict = field(default_factory=dict)


def mime_body(data: bytes, name: str) -> MimeBody | str:
    """The body to read from the message in ``data``, or why there is none."""
    try:
        msg = BytesParser(policy=policy.default).parsebytes(data)
        body = msg.get_body(preferencelist=("html", "plain"))
        if body is None:
            return "MIME message with no HTML or text part"
        payload = body.get_payload(decode=True)
        if not isinstance(payload, bytes) or not payload.strip():
            return "MIME message with an empty body"
        saved_page = (
            name.lower().endswith(SAVED_PAGE_EXTENSIONS)
            or "Snapshot-Content-Location" in msg
            or "Saved by" in (_header(msg, "From") or "")
        )
        got = MimeBody(
            data=payload,
            kind="html" if body.get_content_subtype() == "html" else "text",
            charset=body.get_content_charset(),
            saved_page=saved_page,
            title=_header(msg, "Subject"),
        )
        date = to_iso(_header(msg, "Date"))
        if saved_page:
            got.saved = date
            got.url = _header(msg, "Snapshot-Content-Location") or _header(
                body, "Content-Location"
            )
        else:
            got.sent = date
            if sender := _header(msg, "From"):
                got.meta["mail_from"] = sender
        got.meta["mime_part"] = body.get_content_type()
        return got
    except (email.errors.MessageError, LookupError, ValueError, TypeError, IndexError) as exc:
        return f"unreadable MIME message: {type(exc).__name__}: {exc}"[:300]


def _header(part: EmailMessage, name: str) -> str | None:
    """A header's decoded value, or None when it is missing, empty or malformed."""
    try:
        value = part.get(name)
    except (email.errors.MessageError, LookupError, ValueError, TypeError, IndexError):
        return None
    value = " ".join(str(value).split()) if value is not None else ""
    return value or None
