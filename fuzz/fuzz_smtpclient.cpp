// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_smtpclient.cpp — SmtpClientSession fed whatever a server may answer.
//
// Input: see fuzzsupport.h; the stream is the server's replies. Options pick
// the job: bit 0 HELO only, bit 1 AUTH PLAIN, bit 2 8-bit content, bit 3 a
// UTF-8 recipient (SMTPUTF8), bit 4 three recipients, bit 5 the 7-bit fallback
// (MimeComposer::downgradeToSevenBit, as the mail client and server use),
// bit 6 content lines that need dot-stuffing, bit 7 the idle deadline ends it.
// Checked besides the sanitizers: no command line carries CR or LF, and once
// the session ends its result is final (not Pending) and names only
// recipients of the job.
#include "fuzzsupport.h"
#include "message/mimecomposer.h"
#include "protocol/smtpclientsession.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    SmtpClientJob job;
    job.heloName = "cliente.fr";
    job.useEhlo = !(input.options & 0x01);
    if (input.options & 0x02) {
        job.authUser = "ana@cliente.fr";
        job.authPassword = "claveejemplo";
    }
    job.mailFrom = "ana@cliente.fr";
    job.recipients = {"fran@servidor.edu"};
    if (input.options & 0x08)
        job.recipients.append("jos\xc3\xa9@servidor.edu");
    if (input.options & 0x10)
        job.recipients += {"user1@servidor.edu", "full@servidor.edu"};
    job.content = "From: ana@cliente.fr\r\nTo: fran@servidor.edu\r\nSubject: Ola\r\n"
                  "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n";
    if (input.options & 0x04) {
        job.content += "Content-Transfer-Encoding: 8bit\r\n\r\nOla, ma\xc3\xb1\xc3\xa1 \xc3\xa9 luns.\r\n";
        job.eightBit = true;
    } else {
        job.content += "\r\nOla, Fran.\r\n";
    }
    if (input.options & 0x40)
        job.content += ".\r\n..\r\n.hidden\r\n";
    if (input.options & 0x20)
        job.sevenBitFallback = [](const QByteArray &raw, SmtpGreeting) {
            return MimeComposer::downgradeToSevenBit(raw);
        };

    SmtpClientSession session(job);
    Fuzz::play(&session, input);

    FUZZ_CHECK(session.isFinished());
    const SmtpClientResult &result = session.result();
    FUZZ_CHECK(result.outcome != SmtpClientResult::Outcome::Pending);
    for (const QByteArray &recipient : result.acceptedRecipients)
        FUZZ_CHECK(job.recipients.contains(recipient));
    for (const auto &rejected : result.rejectedRecipients)
        FUZZ_CHECK(job.recipients.contains(rejected.first));
    if (result.outcome == SmtpClientResult::Outcome::Delivered)
        FUZZ_CHECK(!result.acceptedRecipients.isEmpty());
    return 0;
}
