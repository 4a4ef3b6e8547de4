# SPDX-License-Identifier: GPL-3.0-or-later
"""A real SMTP server nobody here wrote (aiosmtpd) for tst_interop_aiosmtpd.

Run with Debian's Python (/usr/bin/python3, package python3-aiosmtpd):

    /usr/bin/python3 aiosmtpd_sink.py [--reject ADDRESS]...

Listens on 127.0.0.1 on a port the system picks and prints, one line each,
flushed at once:

    LISTEN 127.0.0.1:<port>
    EHLO <name> | HELO <name>                 what the client greeted with
    MESSAGE <json>                            every message accepted by DATA

where the JSON has mail_from, rcpt_tos, mail_options and content_base64: the
content exactly as aiosmtpd read it after undoing the dot-stuffing
(envelope.original_content), CR LF line ends included.

PIPELINING (RFC 2920) is added to aiosmtpd's EHLO reply: aiosmtpd reads one
command line at a time, so pipelined commands are handled in order. A
recipient given with --reject is refused with 550 5.1.1. The sink exits on
SIGTERM, after --lifetime seconds, or with --exit-on-stdin-eof when its
standard input closes (its parent is gone).
"""

import argparse
import asyncio
import base64
import json
import signal
import ssl
import sys
import threading

try:
    from aiosmtpd.smtp import SMTP
except ImportError:  # pragma: no cover - reported to the test
    print("ERROR aiosmtpd is not importable by %s: apt-get install -y python3-aiosmtpd"
          % sys.executable, flush=True)
    sys.exit(3)


def emit(kind, text):
    sys.stdout.write("%s %s\n" % (kind, text))
    sys.stdout.flush()


class SinkHandler:
    def __init__(self, rejected):
        self.rejected = {address.lower() for address in rejected}

    async def handle_HELO(self, server, session, envelope, hostname):
        session.host_name = hostname
        emit("HELO", hostname)
        return "250 aiosmtpd.interop.test"

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        session.host_name = hostname
        emit("EHLO", hostname)
        # responses ends with "250 HELP"; PIPELINING goes before it.
        return responses[:-1] + ["250-PIPELINING"] + responses[-1:]

    async def handle_MAIL(self, server, session, envelope, address, mail_options):
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        return "250 2.1.0 Sender OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in self.rejected:
            return "550 5.1.1 <%s>: Recipient address rejected" % address
        envelope.rcpt_tos.append(address)
        return "250 2.1.5 OK"

    async def handle_DATA(self, server, session, envelope):
        emit("MESSAGE", json.dumps({
            "mail_from": envelope.mail_from,
            "rcpt_tos": envelope.rcpt_tos,
            "mail_options": envelope.mail_options,
            "content_base64": base64.b64encode(envelope.original_content).decode("ascii"),
        }, sort_keys=True))
        return "250 2.0.0 Message accepted by aiosmtpd"

    async def handle_QUIT(self, server, session, envelope):
        return "221 2.0.0 aiosmtpd.interop.test closing connection"


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--reject", action="append", default=[])
    parser.add_argument("--lifetime", type=float, default=120.0)
    parser.add_argument("--exit-on-stdin-eof", action="store_true")
    # STARTTLS (RFC 3207) with this certificate and key, required before MAIL.
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    args = parser.parse_args()
    tls = None
    if args.tls_cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(args.tls_cert, args.tls_key)

    loop = asyncio.get_running_loop()
    done = loop.create_future()

    def finish():
        if not done.done():
            done.set_result(None)

    handler = SinkHandler(args.reject)
    server = await loop.create_server(
        lambda: SMTP(handler, hostname="aiosmtpd.interop.test", enable_SMTPUTF8=False,
                     tls_context=tls, require_starttls=tls is not None),
        host="127.0.0.1", port=0)
    port = server.sockets[0].getsockname()[1]
    emit("LISTEN", "127.0.0.1:%d" % port)

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, finish)

    if args.exit_on_stdin_eof:
        # The parent (a QProcess) keeps the pipe open while it lives.
        def watch_stdin():
            while sys.stdin.buffer.read1(4096):
                pass
            loop.call_soon_threadsafe(finish)
        threading.Thread(target=watch_stdin, daemon=True).start()
    loop.call_later(args.lifetime, finish)

    await done
    server.close()
    await server.wait_closed()


if __name__ == "__main__":
    asyncio.run(main())
