// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_smtpserver.cpp — SmtpServerSession fed whatever a client may send.
//
// Input: see fuzzsupport.h. Options: bit 0 submission (AUTH required), bit 1
// no PIPELINING, bit 2 no 8BITMIME, bit 3 no SMTPUTF8, bit 4 no enhanced
// status codes, bit 5 tiny limits (size, recipients, errors, line lengths),
// bit 6 a delegate that refuses senders and messages, bit 7 the session ends
// with the idle deadline instead of a dropped connection.
// Checked for every input, besides what the sanitizers see: every line the
// server writes is an RFC 5321 §4.2 reply line ("250-…" then "250 …", one code),
// and every message the delegate is given was accepted in a transaction.
#include "fuzzsupport.h"
#include "protocol/smtpserversession.h"

namespace {

class Delegate : public SmtpServerDelegate
{
public:
    explicit Delegate(bool refusing)
        : m_refusing(refusing)
    {
    }

    bool authenticate(const QByteArray &user, const QByteArray &password) override
    {
        return user == "ana@cliente.fr" && password == "claveejemplo";
    }
    SmtpReply checkSender(const SmtpEnvelope &, const QByteArray &sender) override
    {
        if (m_refusing || sender == "spammer@example.com")
            return SmtpReply(550, "5.7.1", "Sender rejected");
        return SmtpReply(250, QByteArray(), QByteArray());
    }
    SmtpReply checkRecipient(const SmtpEnvelope &, const QByteArray &recipient) override
    {
        if (recipient.endsWith("@servidor.edu") && !recipient.startsWith("nobody"))
            return SmtpServerSession::recipientOk(recipient);
        if (recipient.startsWith("full@"))
            return SmtpReply(452, "4.2.2", "Mailbox full");
        return SmtpReply(554, "5.7.1", "Relay access denied");
    }
    SmtpReply acceptMessage(const SmtpEnvelope &envelope, const QByteArray &content) override
    {
        FUZZ_CHECK(!envelope.recipients.isEmpty());
        FUZZ_CHECK(content.isEmpty() || content.endsWith("\r\n"));
        if (m_refusing)
            return SmtpReply(451, "4.3.0", "Try again later");
        return SmtpServerSession::messageAccepted();
    }

private:
    bool m_refusing;
};

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// RFC 5321 §4.2: Reply-code [ SP textstring ] CRLF, "-" on every line of a
// multi-line reply but the last, and the same code on each.
void checkReply(const Utterance &utterance)
{
    for (qsizetype i = 0; i < utterance.lines.size(); ++i) {
        const QByteArray &line = utterance.lines.at(i);
        FUZZ_CHECK(line.size() >= 3);
        FUZZ_CHECK(isDigit(line[0]) && isDigit(line[1]) && isDigit(line[2]));
        FUZZ_CHECK(line[0] >= '2' && line[0] <= '5');
        FUZZ_CHECK(line.left(3) == utterance.lines.first().left(3));
        const bool last = i + 1 == utterance.lines.size();
        if (line.size() > 3)
            FUZZ_CHECK(line[3] == (last ? ' ' : '-'));
        else
            FUZZ_CHECK(last);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    SmtpServerConfig config;
    config.domain = "servidor.edu";
    config.submission = input.options & 0x01;
    config.pipelining = !(input.options & 0x02);
    config.eightBitMime = !(input.options & 0x04);
    config.smtpUtf8 = !(input.options & 0x08);
    config.enhancedStatusCodes = !(input.options & 0x10);
    if (input.options & 0x20) {
        config.maximumMessageSize = 64;
        config.maximumRecipients = 2;
        config.maximumErrors = 2;
        config.maximumCommandLength = 24;
        config.maximumTextLineLength = 16;
    }
    Delegate delegate(input.options & 0x40);
    SmtpServerSession session(config, &delegate);
    session.setPeerAddress("127.0.0.3:41234");

    // As Fuzz::play(), with each reply's shape checked too.
    bool closed = false;
    session.start();
    const auto drain = [&] {
        const QList<Utterance> output = session.takeOutput();
        for (const Utterance &utterance : output) {
            FUZZ_CHECK(!closed);
            for (const QByteArray &line : utterance.lines) {
                FUZZ_CHECK(!line.contains('\r'));
                FUZZ_CHECK(!line.contains('\n'));
            }
            checkReply(utterance);
            if (utterance.closeAfter)
                closed = true;
        }
        session.takeHeard();
        FUZZ_CHECK(session.bufferedDataSize()
                   <= config.maximumMessageSize + config.maximumTextLineLength + 2);
    };
    drain();
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    for (qsizetype at = 0; at < input.stream.size() && !session.wantsClose(); at += step) {
        session.receive(input.stream.mid(at, step));
        drain();
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
