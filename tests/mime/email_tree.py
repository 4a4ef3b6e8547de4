# SPDX-License-Identifier: GPL-3.0-or-later
"""Prints a message's MIME tree as Python's email package sees it, as JSON.

Run with Debian's Python: /usr/bin/python3 email_tree.py MESSAGE-FILE

tst_mime compares this with MimeMessage's tree, so that what Carteiro writes
and how it reads it are checked by a parser nobody here wrote. Parts are
listed depth first (Message.walk()); for each leaf, the SHA-256 of its body
as written (raw_sha256: the bytes between its header and the next boundary
line's CR LF, RFC 2046 §5.1.1) and of its decoded payload (sha256).
"""

import email
import email.policy
import hashlib
import json
import sys


def main(path):
    with open(path, "rb") as handle:
        data = handle.read()
    message = email.message_from_bytes(data, policy=email.policy.default)
    parts = []
    text = None
    for part in message.walk():
        entry = {"type": part.get_content_type(), "filename": part.get_filename() or "",
                 "sha256": "", "raw_sha256": ""}
        if not part.is_multipart():
            # The payload as read (get_payload(decode=False) would convert
            # 8-bit text to its charset): ASCII with surrogate escapes.
            raw = part._payload
            if isinstance(raw, str):
                raw = raw.encode("ascii", "surrogateescape")
            entry["raw_sha256"] = hashlib.sha256(raw).hexdigest()
            entry["sha256"] = hashlib.sha256(part.get_payload(decode=True) or b"").hexdigest()
            if (text is None and part.get_content_type() == "text/plain"
                    and part.get_content_disposition() != "attachment"):
                try:
                    text = part.get_content()
                except LookupError:
                    text = None
        parts.append(entry)
    print(json.dumps({"subject": str(message.get("subject", "")),
                      "from": str(message.get("from", "")),
                      "text": text if text is not None else "",
                      "defects": [type(d).__name__ for p in message.walk() for d in p.defects],
                      "parts": parts}))


if __name__ == "__main__":
    main(sys.argv[1])
