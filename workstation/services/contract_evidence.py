"""What a contract records about the borrower and their mark, and what a signed file says.

Kept apart from contracts.py so the rules for an acceptable signature (a real PNG or
the borrower's own name, always with consent) can be read and tested on their own.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from io import BytesIO

from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader

from workstation.models import Customer
from workstation.services.contract_pdf import Person

PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
MAX_SIGNATURE_BYTES = 2_000_000


class SignatureRefused(ValueError):
    """The borrower's mark cannot be accepted; the message says what to fix."""


@dataclass(frozen=True)
class BorrowerMark:
    method: str  # drawn | typed
    png: bytes | None
    typed_name: str | None


def borrower(customer: Customer) -> Person:
    """Full name, full primary ID number, address and mobile: a contract names the party."""
    documents = sorted(customer.documents, key=lambda d: not d.primary)
    if not documents:
        raise SignatureRefused(
            f"{customer.legal_name} has no identity document on file; add one before "
            "issuing a contract."
        )
    return Person(
        name=customer.legal_name,
        id_number=documents[0].number,
        address=_contact(customer, "address"),
        phone=_contact(customer, "mobile"),
    )


def _contact(customer: Customer, kind: str) -> str:
    values = [c.value for c in customer.contacts if c.kind == kind and c.party == "borrower"]
    return values[0] if values else ""


def check_mark(png: bytes | None, typed_name: str | None, consent: bool) -> BorrowerMark:
    """Exactly one of a drawn PNG or a typed name, and the borrower's explicit consent."""
    if not consent:
        raise SignatureRefused(
            "The borrower must confirm they have read and agree to the contract."
        )
    if (png is None) == (typed_name is None):
        raise SignatureRefused(
            "Give either a drawn signature or a typed name, not both or neither."
        )
    if png is not None:
        if not png.startswith(PNG_MAGIC) or len(png) > MAX_SIGNATURE_BYTES:
            raise SignatureRefused("The drawn signature is not a PNG image of a usable size.")
        return BorrowerMark("drawn", png, None)
    name = _normal(typed_name or "")
    if not name:
        raise SignatureRefused("Type the borrower's full name to sign.")
    return BorrowerMark("typed", None, name)


def check_typed_name(mark: BorrowerMark, legal_name: str) -> None:
    """A typed signature must be the borrower's own name as recorded."""
    if mark.typed_name is not None and mark.typed_name.casefold() != _normal(legal_name).casefold():
        raise SignatureRefused("The typed name does not match the borrower's name on file.")


def _normal(text: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", text).split())


def signed_number(pdf: bytes, prefix: str) -> str | None:
    """The contract number our signatures put in /Reason, read even from an altered file."""
    try:
        reader = PdfFileReader(BytesIO(pdf), strict=False)
        reasons = [str(sig.sig_object.get("/Reason", "")) for sig in reader.embedded_signatures]
    except (PdfError, ValueError, KeyError, TypeError, IndexError):
        return None
    numbers = [r.removeprefix(prefix) for r in reasons if r.startswith(prefix)]
    return numbers[0] if numbers else None
