// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_imapserver.cpp — ImapServerSession (and ImapParser) fed whatever a client may send.
//
// Input: see fuzzsupport.h. The store is a real MailStore (the one POP3
// reads too) holding fran's course message, a message with an attachment and
// one with 8-bit, NUL and no final line end. Options: bit 0 an empty INBOX,
// bit 1 three errors end the session, bit 2 small limits (a 256-octet
// command, a 64-octet literal), bit 3 mail arrives (and the session is told)
// after every chunk, bit 4 a POP3 session deletes the first message after
// every chunk, bit 7 the idle deadline ends it instead of a dropped
// connection. Checked besides the sanitizers, on the octets as they go on
// the wire: no CR or LF but the CR LF ending a line, outside literals (a
// literal's octets may hold a bare one: a partial fetch may cut a CR LF);
// every literal announced ("{n}" at the end of a line) is followed by
// exactly n octets; each response is one line but for its literals and
// starts as RFC 3501 §7 says ("* ", "+ " or a tag); nothing follows the
// response that closes.
#include "fuzzsupport.h"
#include "mail/mailstore.h"
#include "protocol/imapserversession.h"

namespace {

const char odd[] =
    "Subject: odd\r\nContent-Type: multipart/mixed; boundary=x\r\n\r\n--x\r\n\r\n\xc3\xa1\0\r\n--x";

QByteArray courseMessage()
{
    return "From: Ana <ana@cliente.fr>\r\n"
           "To: fran@servidor.edu\r\n"
           "Subject: Quedamos hoxe?\r\n"
           "Date: Tue, 01 Dec 2026 10:00:00 +0000\r\n"
           "Message-ID: <1@cliente.fr>\r\n"
           "\r\n"
           "A que hora e onde?\r\n";
}

QByteArray attachmentMessage()
{
    return "From: \"Ana\" <ana@cliente.fr>\r\n"
           "To: fran@servidor.edu, =?UTF-8?Q?Bra=C3=ADs?= <brais@outside.test>\r\n"
           "Subject: A foto\r\n"
           "MIME-Version: 1.0\r\n"
           "Content-Type: multipart/mixed; boundary=\"b1\"\r\n"
           "\r\n"
           "--b1\r\n"
           "Content-Type: text/plain; charset=utf-8\r\n"
           "\r\n"
           "Mira a foto.\r\n"
           "--b1\r\n"
           "Content-Type: message/rfc822\r\n"
           "\r\n"
           "Subject: inner\r\n"
           "\r\n"
           "inner body\r\n"
           "--b1\r\n"
           "Content-Type: image/png; name=\"praia.png\"\r\n"
           "Content-Transfer-Encoding: base64\r\n"
           "Content-Disposition: attachment; filename=\"praia.png\"\r\n"
           "\r\n"
           "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=="
           "\r\n"
           "--b1--\r\n";
}

// The octets Connection writes for these utterances: each line with its CR LF.
void checkWire(const QList<Utterance> &output)
{
    for (const Utterance &utterance : output) {
        QByteArray wire;
        for (const QByteArray &line : utterance.lines)
            wire += line + "\r\n";
        // Walk the response: a line, and the literal it announces, in turn.
        qsizetype at = 0;
        bool first = true;
        while (at < wire.size()) {
            const qsizetype end = wire.indexOf("\r\n", at);
            FUZZ_CHECK(end >= 0);
            const QByteArray line = wire.mid(at, end - at);
            // Outside literals, no CR or LF but the one ending a line (one
            // inside a literal's octets is data: a partial fetch may cut a CR LF).
            FUZZ_CHECK(!line.contains('\r') && !line.contains('\n'));
            if (first) {
                FUZZ_CHECK(line.startsWith("* ") || line.startsWith("+ ") || line == "+"
                           || (line.indexOf(' ') > 0 && !line.startsWith('{')));
                first = false;
            }
            at = end + 2;
            // One utterance is one response: a line that announces no
            // literal ends it (more would be a line forged from the client's octets).
            if (!line.endsWith('}'))
                FUZZ_CHECK(at == wire.size());
            if (line.endsWith('}')) {
                const qsizetype open = line.lastIndexOf('{');
                FUZZ_CHECK(open >= 0);
                bool ok = false;
                const qint64 n = line.mid(open + 1, line.size() - open - 2).toLongLong(&ok);
                if (ok) {
                    // The literal's octets are there, whole, and the response goes on after them.
                    FUZZ_CHECK(at + n <= wire.size());
                    at += n;
                }
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    MailStore store;
    store.addUser("fran", "claveejemplo");
    store.addUser("ana", "claveana");
    if (!(input.options & 0x01)) {
        store.deliver("fran", courseMessage());
        store.deliver("fran", attachmentMessage());
        store.deliver("fran", QByteArray(odd, sizeof(odd) - 1));
    }
    ImapServerConfig config;
    config.hostname = "servidor.edu";
    config.domain = "servidor.edu";
    if (input.options & 0x02)
        config.maximumErrors = 3;
    if (input.options & 0x04) {
        config.commandLimit = 256;
        config.literalLimit = 64;
    }
    ImapServerSession session(config, &store);

    bool closed = false;
    const auto drain = [&] {
        const QList<Utterance> output = session.takeOutput();
        checkWire(output);
        for (const Utterance &utterance : output) {
            FUZZ_CHECK(!closed);
            if (utterance.closeAfter)
                closed = true;
        }
        session.takeHeard();
    };
    session.start();
    drain();
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    for (qsizetype at = 0; at < input.stream.size() && !session.wantsClose(); at += step) {
        session.receive(input.stream.mid(at, step));
        drain();
        if (session.wantsClose())
            break;
        if (input.options & 0x08) {
            store.deliver("fran", courseMessage());
            session.mailboxChanged();
            drain();
        }
        if (input.options & 0x10) {
            const QList<Pop3StoredMessage> maildrop = store.messages("fran");
            if (!maildrop.isEmpty() && store.lock("fran")) {
                store.remove("fran", {maildrop.first().uid});
                store.unlock("fran");
            }
            session.mailboxChanged();
            drain();
        }
    }
    FUZZ_CHECK(session.wantsClose() == closed);
    if (!closed) {
        if (input.options & 0x80)
            session.timeout();
        else
            session.connectionLost();
        drain();
    }
    return 0;
}
