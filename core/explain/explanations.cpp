// SPDX-License-Identifier: GPL-3.0-or-later
// explanations.cpp — which row of the catalogue explains a line or an event:
// a command by its verb (with its AUTH mechanism or MAIL parameters), a reply
// by its code and the command it answers, a line of a message by where it
// falls, a POP3 listing line, and the enhanced status code a reply carries.
// The rows themselves are in the catalogue's files (catalogue.h); finding a
// line's context by replaying its connection is in linecontext.cpp.
#include "explanations.h"

#include "catalogue.h"
#include "linesyntax.h"

#include "protocol/dotstuffing.h"
#include "transcript/transcript.h"
#include "web/webtext.h"

#include <QCoreApplication>

namespace Explanations {

using namespace Catalogue;
using namespace Syntax;

namespace {

bool isKnownSmtpVerb(const QByteArray &verb)
{
    if (find(smtpCommands, verb))
        return true;
    for (const char *old : oldSmtpCommands) {
        if (verb == old)
            return true;
    }
    return false;
}

QString withVerb(const QString &format, const QByteArray &verb)
{
    return format.arg(QString::fromLatin1(verb));
}

// --- content lines, shared by SMTP DATA and POP3 RETR/TOP ---------------------------

Explanation contentLine(Protocol protocol, const QByteArray &line, const LineContext &context)
{
    Explanation e;
    if (line.isEmpty()) {
        e = make(context.inBody ? bodyLine : headerBodySeparator);
    } else if (!context.inBody && (line.startsWith(' ') || line.startsWith('\t'))) {
        e = make(foldedHeader);
        if (!context.foldedField.isEmpty()) {
            const Explanation field = forHeaderField(context.foldedField);
            e.details.append({field.title, field.text, field.rfc});
        }
    } else if (!context.inBody && !headerName(line).isEmpty()) {
        e = forHeaderField(headerName(line));
    } else {
        e = make(bodyLine);
    }
    if (DotStuffing::isStuffed(line))
        e.details.append(makeDetail(protocol == Protocol::Pop3 ? dotStuffingPop3 : dotStuffingSmtp));
    return e;
}

// --- SMTP ---------------------------------------------------------------------------

Explanation smtpCommand(const QByteArray &line)
{
    const QByteArray verb = verbOf(line);
    const Entry *entry = find(smtpCommands, verb);
    if (!entry) {
        for (const char *old : oldSmtpCommands) {
            if (verb == old)
                return make(smtpOldCommand);
        }
        return make(smtpUnknownCommand);
    }
    Explanation e = make(*entry);
    const QByteArray argument = argumentOf(line);
    if (verb == "AUTH") {
        const QByteArray mechanism = verbOf(argument);
        if (const Entry *m = find(authMechanisms, mechanism))
            e.details.append(makeDetail(*m));
    } else if (verb == "MAIL") {
        if (argument.toUpper().startsWith("FROM:") && argument.mid(5).trimmed().startsWith("<>"))
            e.details.append(makeDetail(nullSender));
    }
    if (verb == "MAIL" || verb == "RCPT") {
        // Parameters after the path: "SIZE=290 BODY=8BITMIME" (RFC 5321 §4.1.2).
        const qsizetype close = argument.indexOf('>');
        const QList<QByteArray> words = (close < 0 ? QByteArray() : argument.mid(close + 1)).split(' ');
        for (const QByteArray &word : words) {
            if (word.isEmpty())
                continue;
            const QByteArray name = word.left(word.indexOf('=')).toUpper();
            if (const Entry *p = find(mailParameters, name))
                e.details.append(makeDetail(*p));
        }
    }
    return e;
}

Explanation smtpReply(const QByteArray &line, const LineContext &context)
{
    const int code = smtpReplyCode(line);
    if (code < 0) {
        return {QCoreApplication::translate("Explanations", "A reply without a valid code"),
                QCoreApplication::translate(
                    "Explanations",
                    "Every SMTP reply starts with a three-digit code. This line does not, so "
                    "a client cannot understand it."),
                QStringLiteral("RFC 5321 §4.2"),
                {}};
    }
    const QByteArray text = line.mid(4);
    const bool continued = line.size() > 3 && line.at(3) == '-';

    // A line after the first of a reply to EHLO names one extension.
    const bool ehloLine = context.role != LineRole::Unknown
        ? (code == 250 && context.answeredVerb == "EHLO" && !context.firstLineOfReply)
        : (code == 250 && find(ehloKeywords, verbOf(text)) && text.toUpper() == text);
    if (ehloLine) {
        Explanation e = forEhloKeyword(verbOf(text));
        if (e.isEmpty()) {
            e = {QCoreApplication::translate("Explanations", "An extension the server offers"),
                 QCoreApplication::translate("Explanations",
                                             "A line of the answer to EHLO: one extension keyword, with its "
                                             "parameters."),
                 QStringLiteral("RFC 5321 §4.1.1.1"),
                 {}};
        }
        return e;
    }

    Explanation e = forSmtpReplyCode(code);
    if (code == 250 && !context.answeredVerb.isEmpty()) {
        if (const Entry *answer = find(smtpOkAnswers, context.answeredVerb))
            e = make(*answer);
    }
    if (!context.answeredVerb.isEmpty()) {
        if (const Entry *answer = find(smtpTlsAnswers, context.answeredVerb + ' ' + QByteArray::number(code)))
            e = make(*answer);
    }
    if (continued && context.role == LineRole::Unknown && code != 250) {
        e.text += QLatin1Char(' ')
            + QCoreApplication::translate(
                      "Explanations", "The dash after the code means that more lines of this reply follow.");
    }
    // RFC 2034 §4: "class.subject.detail" after the code (not on 3xx replies).
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != ' ')
        ++end;
    const QByteArray enhanced = text.left(end);
    if (!enhanced.isEmpty() && isDigit(enhanced.at(0)) && enhanced.count('.') == 2) {
        const ExplanationDetail detail = forEnhancedStatusCode(enhanced);
        if (!detail.title.isEmpty())
            e.details.append(detail);
    }
    // Postfix's and Dovecot's own wording (a real server's too).
    for (const Entry &entry : serverTexts) {
        if (text.contains(entry.key)) {
            e.details.append(makeDetail(entry));
            break;
        }
    }
    if (code == 334) {
        // RFC 4954 §4: the challenge is base64; LOGIN's say "Username:" / "Password:".
        const auto decoded = QByteArray::fromBase64Encoding(text.trimmed(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && !decoded.decoded.isEmpty()) {
            e.details.append(
                {QCoreApplication::translate("Explanations", "The challenge decoded"),
                 QCoreApplication::translate("Explanations", "In base64, \"%1\" means \"%2\".")
                     .arg(QString::fromLatin1(text.trimmed()), QString::fromUtf8(decoded.decoded)),
                 QStringLiteral("RFC 4954 §4")});
        }
    }
    return e;
}

Explanation smtpLine(TranscriptEvent::Direction direction, const QByteArray &line, Phase phase,
                     const LineContext &context)
{
    LineRole role = context.role;
    if (role == LineRole::Unknown) {
        if (direction == TranscriptEvent::Direction::ServerToClient) {
            role = LineRole::Reply;
        } else if (phase == Phase::Transfer && line == ".") {
            role = LineRole::EndOfContent;
        } else if (isKnownSmtpVerb(verbOf(line))) {
            role = LineRole::Command;
        } else if (phase == Phase::Transfer
                   && (line.isEmpty() || line.startsWith(' ') || line.startsWith('\t') || line.startsWith('.')
                       || !headerName(line).isEmpty())) {
            role = LineRole::MessageContent;
        } else {
            role = LineRole::Command;
        }
    }
    switch (role) {
    case LineRole::Reply: return smtpReply(line, context);
    case LineRole::AuthResponse: return make(line.trimmed() == "*" ? authCancel : authResponse);
    case LineRole::MessageContent: return contentLine(Protocol::Smtp, line, context);
    case LineRole::EndOfContent: {
        Explanation e = make(smtpEndOfData);
        e.details.append(makeDetail(dotStuffingSmtp));
        return e;
    }
    default:
        break; // a command (contextOf gives a greeting as a Reply; IMAP's and HTTP's roles are not SMTP's)
    }
    return smtpCommand(line);
}

// --- POP3 ---------------------------------------------------------------------------

Explanation pop3Command(const QByteArray &line, Phase phase)
{
    const QByteArray verb = verbOf(line);
    if (verb == "QUIT" && phase == Phase::Authorization)
        return make(pop3QuitUnauthorized);
    if (const Entry *entry = find(pop3Commands, verb))
        return make(*entry);
    return make(pop3UnknownCommand);
}

Explanation pop3Status(const QByteArray &line, Phase phase, const LineContext &context)
{
    const QByteArray upper = line.toUpper();
    if (upper.startsWith("-ERR")) {
        Explanation e = make(pop3Error);
        // RFC 2449 §8: "-ERR [CODE] text".
        const QByteArray rest = line.mid(4).trimmed();
        if (rest.startsWith('[')) {
            const qsizetype close = rest.indexOf(']');
            if (close > 1) {
                const QByteArray code = rest.mid(1, close - 1).toUpper();
                if (const Entry *entry = find(pop3ResponseCodes, code))
                    e.details.append(makeDetail(*entry));
                else
                    e.details.append(
                        {QCoreApplication::translate("Explanations", "[%1]: a response code")
                             .arg(QString::fromLatin1(code)),
                         QCoreApplication::translate("Explanations",
                                                     "A code in brackets that a program can understand."),
                         QStringLiteral("RFC 2449 §8")});
            }
        }
        return e;
    }
    const bool greeting = context.role != LineRole::Unknown
        ? context.answeredVerb.isEmpty()
        : (phase == Phase::Authorization && line.contains('<') && line.contains('@'));
    if (greeting) {
        Explanation e = make(pop3Greeting);
        if (line.contains("Dovecot")) {
            if (const Entry *dovecot = find(serverTexts, "Dovecot"))
                e.details.append(makeDetail(*dovecot));
        }
        return e;
    }
    QByteArray verb = context.answeredVerb;
    if ((verb == "LIST" || verb == "UIDL") && line.count(' ') == 2 && !line.contains('('))
        verb.clear(); // "+OK 1 616": a single-message answer, nothing follows
    if (verb == "QUIT" && phase == Phase::Authorization)
        return make(pop3Ok);
    if (const Entry *answer = find(pop3OkAnswers, verb))
        return make(*answer);
    Explanation e = make(pop3Ok);
    if (!verb.isEmpty())
        e.title = withVerb(QCoreApplication::translate("Explanations", "+OK: %1 worked"), verb);
    return e;
}

Explanation pop3ServerLine(const QByteArray &line, Phase phase, const LineContext &context)
{
    LineRole role = context.role;
    if (role == LineRole::Unknown) {
        const QByteArray upper = line.toUpper();
        if (upper.startsWith("+OK") || upper.startsWith("-ERR"))
            role = LineRole::Reply;
        else if (line == ".")
            role = LineRole::EndOfContent;
        else if (!line.isEmpty() && isDigit(line.at(0)) && line.count(' ') == 1)
            role = LineRole::ListingLine;
        else
            role = LineRole::MessageContent;
    }
    switch (role) {
    case LineRole::EndOfContent: return make(pop3EndOfResponse);
    case LineRole::MessageContent: return contentLine(Protocol::Pop3, line, context);
    case LineRole::ListingLine: {
        if (context.answeredVerb == "CAPA") {
            if (const Entry *entry = find(pop3Capabilities, verbOf(line)))
                return make(*entry);
            return make(pop3Capability);
        }
        if (context.answeredVerb == "UIDL")
            return make(pop3UidlLine);
        if (context.answeredVerb.isEmpty()) {
            // Auto: the second word tells a size (LIST) from an identifier (UIDL).
            const QByteArray second = argumentOf(line);
            bool number = !second.isEmpty();
            for (const char c : second)
                number = number && isDigit(c);
            return make(number ? pop3ListLine : pop3UidlLine);
        }
        return make(pop3ListLine);
    }
    default: break; // a status line
    }
    return pop3Status(line, phase, context);
}

// --- IMAP ---------------------------------------------------------------------------

// The capabilities that change what the client may do (STARTTLS,
// LOGINDISABLED) in a capability list, each as a detail.
void addImapCapabilities(const QByteArray &list, Explanation *e)
{
    for (const QByteArray &word : list.split(' ')) {
        const QByteArray upper = word.toUpper();
        // "AUTH=PLAIN" is explained as "AUTH=…".
        const qsizetype equals = upper.indexOf('=');
        if (const Entry *entry = find(imapCapabilities, equals > 0 ? upper.left(equals + 1) : upper))
            e->details.append(makeDetail(*entry));
    }
}

// "[UIDVALIDITY 3857529045]" after OK/NO/BAD: the code's explanation as a detail.
void addImapResponseCode(const QByteArray &text, Explanation *e)
{
    const qsizetype open = text.indexOf('[');
    const qsizetype close = text.indexOf(']', open);
    if (open < 0 || close < open)
        return;
    const QByteArray code = text.mid(open + 1, close - open - 1).split(' ').value(0).toUpper();
    if (const Entry *entry = find(imapResponseCodes, code))
        e->details.append(makeDetail(*entry));
    if (code == "CAPABILITY")
        addImapCapabilities(text.mid(open + 1, close - open - 1), e);
}

Explanation imapCommand(const QByteArray &line)
{
    // After the tag; DONE (ending IDLE) has none.
    if (line.trimmed().compare("DONE", Qt::CaseInsensitive) == 0)
        return make(*find(imapCommands, "DONE"));
    QByteArray name = Syntax::imapCommandName(line);
    const bool byUid = name.startsWith("UID ");
    if (byUid)
        name = name.mid(4);
    const Entry *entry = find(imapCommands, name);
    if (!entry)
        return make(imapUnknownCommand);
    Explanation e = make(*entry);
    if (byUid)
        e.details.append(makeDetail(*find(imapCommands, "UID")));
    const QByteArray upper = line.toUpper();
    if (name == "FETCH"
        && (upper.contains("BODY.PEEK[") || upper.contains("BODYSTRUCTURE") || upper.contains("]<")))
        e.details.append(makeDetail(imapPeekDetail));
    return e;
}

Explanation imapServer(const QByteArray &line, const LineContext &context)
{
    if (context.role == LineRole::Continuation || line.startsWith('+'))
        return make(imapContinuation);
    if (context.role == LineRole::Literal || context.role == LineRole::MessageContent)
        return make(imapLiteral);
    const QList<QByteArray> words = line.split(' ');
    if (line.startsWith("* ")) {
        if (context.role == LineRole::Reply && context.answeredVerb.isEmpty()
            && words.value(1).toUpper() == "OK") {
            // Its [CAPABILITY …] may say STARTTLS or LOGINDISABLED.
            Explanation e = make(imapGreeting);
            addImapResponseCode(line, &e);
            if (line.contains("Dovecot")) {
                if (const Entry *dovecot = find(serverTexts, "Dovecot IMAP"))
                    e.details.append(makeDetail(*dovecot));
            }
            return e;
        }
        // "* 3 EXISTS": the keyword follows the number.
        QByteArray keyword = words.value(1).toUpper();
        if (!keyword.isEmpty() && isDigit(keyword.at(0)))
            keyword = words.value(2).toUpper();
        Explanation e;
        if (const Entry *entry = find(imapUntagged, keyword))
            e = make(*entry);
        else
            e = make(*find(imapUntagged, "OK"));
        if (keyword == "CAPABILITY")
            addImapCapabilities(line, &e);
        addImapResponseCode(line, &e);
        return e;
    }
    // "a3 OK FETCH completed": the tagged completion of the command answered.
    const QByteArray status = words.value(1).toUpper();
    const Entry *entry = find(imapTagged, status);
    if (!entry)
        return make(imapLiteral); // the rest of a line after a literal
    Explanation e = make(*entry);
    if (!context.answeredVerb.isEmpty()) {
        QByteArray command = context.answeredVerb;
        if (command.startsWith("UID "))
            command = command.mid(4);
        if (const Entry *answered = find(imapCommands, command))
            e.details.append(makeDetail(*answered));
    }
    addImapResponseCode(line, &e);
    return e;
}

// HTTP/1.1 (RFC 9110, 9112): a line by its role (a request or status line,
// a header field, the empty line, the body), guessed from its shape when
// the transcript did not record it.
Explanation httpLine(TranscriptEvent::Direction direction, const QByteArray &line, const LineContext &context)
{
    const bool fromClient = direction == TranscriptEvent::Direction::ClientToServer;
    LineRole role = context.role;
    if (role == LineRole::Unknown) {
        const qsizetype colon = line.indexOf(':');
        if (fromClient && (line.endsWith(" HTTP/1.1") || line.endsWith(" HTTP/1.0")))
            role = LineRole::RequestLine;
        else if (!fromClient && line.startsWith("HTTP/"))
            role = LineRole::StatusLine;
        else if (line.isEmpty() || (colon > 0 && !line.left(colon).contains(' ')))
            role = LineRole::HeaderField;
        else
            role = LineRole::Body;
    }
    switch (role) {
    case LineRole::RequestLine: {
        const qsizetype space = line.indexOf(' ');
        const Entry *method = find(httpMethods, space < 0 ? line : line.left(space));
        if (!method)
            return make(httpRequestLine);
        Explanation e = make(*method);
        e.details.append(makeDetail(httpRequestLine));
        return e;
    }
    case LineRole::StatusLine: {
        const QList<QByteArray> parts = line.split(' ');
        const int code = parts.size() > 1 ? parts.at(1).toInt() : 0;
        for (const CodeEntry &entry : httpCodes) {
            if (entry.code == code) {
                Explanation e{translated(entry.title), translated(entry.text), rfcText(entry.rfc), {}};
                e.details.append(makeDetail(httpStatusLine));
                return e;
            }
        }
        return make(httpStatusLine);
    }
    case LineRole::HeaderField: {
        if (line.isEmpty())
            return make(httpEndOfHeaders);
        const qsizetype colon = line.indexOf(':');
        const Entry *field = colon > 0 ? find(httpFields, line.left(colon).toLower()) : nullptr;
        return make(field ? *field : httpField);
    }
    default: break;
    }
    return make(httpBody);
}

Explanation imapLine(TranscriptEvent::Direction direction, const QByteArray &line, const LineContext &context)
{
    if (direction == TranscriptEvent::Direction::ServerToClient)
        return imapServer(line, context);
    if (context.role == LineRole::Literal)
        return make(imapLiteral);
    if (context.role == LineRole::AuthResponse)
        return make(imapAuthResponse);
    return imapCommand(line);
}

} // namespace

// --- public -------------------------------------------------------------------------

QString smtpReplyCodeTitle(int code, const QString &language)
{
    const QString number = QString::number(code);
    for (const CodeEntry &entry : smtpCodes) {
        if (entry.code == code)
            return Web::translate(language, "Explanations", entry.title);
    }
    switch (code / 100) {
    case 2: return Web::translate(language, "Explanations", "%1: success").arg(number);
    case 3: return Web::translate(language, "Explanations", "%1: go on").arg(number);
    case 4: return Web::translate(language, "Explanations", "%1: temporary failure").arg(number);
    case 5: return Web::translate(language, "Explanations", "%1: permanent failure").arg(number);
    default: break;
    }
    return Web::translate(language, "Explanations", "%1: not a valid reply code").arg(number);
}

Explanation forSmtpReplyCode(int code)
{
    for (const CodeEntry &entry : smtpCodes) {
        if (entry.code == code)
            return {translated(entry.title), translated(entry.text), rfcText(entry.rfc), {}};
    }
    // RFC 5321 §4.2.1: the first digit says how it went.
    const QString number = QString::number(code);
    switch (code / 100) {
    case 2:
        return {
            QCoreApplication::translate("Explanations", "%1: success").arg(number),
            QCoreApplication::translate("Explanations", "A 2xx code: the requested action was completed."),
            QStringLiteral("RFC 5321 §4.2.1"),
            {}};
    case 3:
        return {QCoreApplication::translate("Explanations", "%1: go on").arg(number),
                QCoreApplication::translate("Explanations",
                                            "A 3xx code: the server waits for more from the client."),
                QStringLiteral("RFC 5321 §4.2.1"),
                {}};
    case 4:
        return {QCoreApplication::translate("Explanations", "%1: temporary failure").arg(number),
                QCoreApplication::translate("Explanations",
                                            "A 4xx code: it did not work this time, but it may work later. A "
                                            "sending server keeps the message in its queue and tries again."),
                QStringLiteral("RFC 5321 §4.2.1"),
                {}};
    case 5:
        return {
            QCoreApplication::translate("Explanations", "%1: permanent failure").arg(number),
            QCoreApplication::translate("Explanations",
                                        "A 5xx code: it did not work and will not work if tried again the "
                                        "same way."),
            QStringLiteral("RFC 5321 §4.2.1"),
            {}};
    default: break;
    }
    return {QCoreApplication::translate("Explanations", "%1: not a valid reply code").arg(number),
            QCoreApplication::translate("Explanations", "SMTP reply codes start with 2, 3, 4 or 5."),
            QStringLiteral("RFC 5321 §4.2.1"),
            {}};
}

ExplanationDetail forEnhancedStatusCode(const QByteArray &code)
{
    const QList<QByteArray> parts = code.split('.');
    if (parts.size() != 3)
        return {};
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || part.size() > 3)
            return {};
        for (const char c : part) {
            if (!isDigit(c))
                return {};
        }
    }
    const Entry *cls = find(enhancedClasses, parts.at(0));
    if (!cls)
        return {};
    const QString name = QString::fromLatin1(code);
    const QString classText = translated(cls->title);
    if (const Entry *entry = find(enhancedCodes, parts.at(1) + '.' + parts.at(2))) {
        return {QCoreApplication::translate("Explanations", "%1: %2").arg(name, translated(entry->title)),
                QCoreApplication::translate("Explanations", "Enhanced status code (%1): %2 %3")
                    .arg(classText, translated(entry->text),
                         QCoreApplication::translate("Explanations",
                                                     "The three numbers are class, subject and detail.")),
                rfcText(entry->rfc)};
    }
    const Entry *subject = find(enhancedSubjects, parts.at(1));
    if (!subject)
        return {
            QCoreApplication::translate("Explanations", "%1: enhanced status code").arg(name),
            QCoreApplication::translate("Explanations",
                                        "Enhanced status code (%1). The three numbers are class, subject and "
                                        "detail.")
                .arg(classText),
            QStringLiteral("RFC 3463 §2")};
    return {QCoreApplication::translate("Explanations", "%1: %2").arg(name, translated(subject->title)),
            QCoreApplication::translate("Explanations",
                                        "Enhanced status code (%1). The three numbers are class, subject and "
                                        "detail.")
                .arg(classText),
            rfcText(subject->rfc)};
}

Explanation forEhloKeyword(const QByteArray &keyword)
{
    if (const Entry *entry = find(ehloKeywords, keyword.toUpper()))
        return make(*entry);
    return {};
}

Explanation forHeaderField(const QByteArray &name)
{
    if (const Entry *entry = find(headerFields, name.trimmed().toUpper()))
        return make(*entry);
    Explanation e = make(otherHeaderField);
    e.title =
        QCoreApplication::translate("Explanations", "%1: a header field").arg(QString::fromLatin1(name));
    return e;
}

Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase)
{
    return forLine(protocol, direction, line, phase, LineContext());
}

Explanation forLine(Protocol protocol, TranscriptEvent::Direction direction, const QByteArray &line,
                    Phase phase, const LineContext &context)
{
    switch (protocol) {
    case Protocol::Smtp: return smtpLine(direction, line, phase, context);
    case Protocol::Pop3:
        if (direction == TranscriptEvent::Direction::ServerToClient)
            return pop3ServerLine(line, phase, context);
        return pop3Command(line, phase);
    case Protocol::Dns: return make(dnsLookup);
    case Protocol::Imap: return imapLine(direction, line, context);
    case Protocol::Http: return httpLine(direction, line, context);
    case Protocol::None: break;
    }
    return {};
}

Explanation forEvent(const TranscriptEvent &event)
{
    switch (event.kind) {
    case TranscriptEvent::Kind::Line: return forLine(event.protocol, event.direction, event.raw, event.phase);
    case TranscriptEvent::Kind::ConnectionOpened: return make(connectionOpened);
    case TranscriptEvent::Kind::ConnectionClosed: return make(connectionClosed);
    case TranscriptEvent::Kind::DnsLookup: return make(dnsLookup);
    case TranscriptEvent::Kind::Queue:
        if (event.noteCode == NoteCode::LoopsBackToMyself)
            return make(loopsBackEvent);
        if (event.noteCode == NoteCode::ViaRelayHost)
            return make(relayHostEvent);
        if (event.noteCode == NoteCode::ErrorTransportBounces)
            return make(errorTransportEvent);
        return make(queueEvent);
    case TranscriptEvent::Kind::Delivery: {
        Explanation e = make(deliveryEvent);
        e.details.append(makeDetail(bounceDetail));
        return e;
    }
    case TranscriptEvent::Kind::Caption: return make(captionEvent);
    case TranscriptEvent::Kind::Expectation: return make(expectationEvent);
    case TranscriptEvent::Kind::TlsHandshake: return forTlsMessage(event);
    case TranscriptEvent::Kind::TlsRecord: return make(tlsRecordEvent);
    case TranscriptEvent::Kind::Note:
        switch (event.noteCode) {
        case NoteCode::TlsEstablished:
        case NoteCode::TlsEstablishedServer: return make(tlsEstablishedEvent);
        case NoteCode::TlsEstablishedUnverified: {
            Explanation e = make(tlsEstablishedEvent);
            e.details.append(makeDetail(tlsUnverifiedDetail));
            return e;
        }
        case NoteCode::TlsFailed: return make(tlsFailedEvent);
        case NoteCode::LoopsBackToMyself: return make(loopsBackEvent);
        case NoteCode::LoopbackOnlyRefused: return make(loopbackOnlyEvent);
        case NoteCode::ViaRelayHost: return make(relayHostEvent);
        case NoteCode::ServerReconfigured: return make(reconfiguredEvent);
        case NoteCode::AddressQualified: return make(addressQualifiedEvent);
        case NoteCode::ErrorTransportRefuses: return make(errorTransportEvent);
        default: break;
        }
        return make(noteEvent);
    case TranscriptEvent::Kind::TcpSegment: return make(noteEvent);
    }
    return {};
}

Explanation forTlsMessage(const TranscriptEvent &event)
{
    // noteArguments: the message's name, its RFC section for the version in
    // use, and for a Certificate its subject and issuer (connectiontls.cpp).
    const QString name = event.noteArguments.value(0);
    const QByteArray key = name.toUtf8();
    const Entry *entry = find(tlsMessages, key);
    if (!entry)
        entry = find(tlsAlerts, key);
    Explanation e;
    if (entry) {
        e = make(*entry);
    } else {
        e = make(name.startsWith(QLatin1String("Alert")) ? tlsOtherAlert : tlsOtherMessage);
        if (!name.isEmpty())
            e.title = QStringLiteral("%1: %2").arg(name, e.title);
    }
    const QString section = event.noteArguments.value(1);
    // The layer knows the version in use (ClientHello is RFC 5246 §7.4.1.2
    // in TLS 1.2); the table's section wins only where it is a subsection of
    // the layer's (an alert: RFC 8446 §6.1 within §6).
    if (section.startsWith(QLatin1String("RFC ")) && !e.rfc.startsWith(section))
        e.rfc = section;
    const QString subject = event.noteArguments.value(2);
    if (!subject.isEmpty()) {
        ExplanationDetail detail = makeDetail(tlsCertificateDetail);
        detail.text = detail.text.arg(subject, event.noteArguments.value(3));
        e.details.append(detail);
    }
    return e;
}

namespace {

// For an SMTP command sent while the one before it still waited for its
// reply (RFC 2920 §3.1): that one's verb; else empty.
QByteArray pipelinedAfter(const Transcript &transcript, qsizetype index)
{
    const TranscriptEvent &command = transcript.at(index);
    qsizetype previous = -1;
    for (qsizetype i = index - 1; i >= transcript.firstIndex() && previous < 0; --i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.connectionId == command.connectionId
            && e.direction == TranscriptEvent::Direction::ClientToServer && LineRoles::awaitsReply(e.role))
            previous = i;
    }
    if (previous < 0)
        return QByteArray();
    for (qsizetype i = previous + 1; i < index; ++i) {
        const TranscriptEvent &e = transcript.at(i);
        if (e.kind == TranscriptEvent::Kind::Line && e.connectionId == command.connectionId
            && e.answers == previous)
            return QByteArray(); // its reply came first: this command waited for it
    }
    const TranscriptEvent &waiting = transcript.at(previous);
    return waiting.role == LineRole::EndOfContent ? QByteArrayLiteral(".") : verbOf(waiting.raw);
}

} // namespace

Explanation forEvent(const Transcript &transcript, qsizetype index)
{
    if (index < transcript.firstIndex() || index >= transcript.size())
        return {};
    const TranscriptEvent &event = transcript.at(index);
    if (event.kind != TranscriptEvent::Kind::Line)
        return forEvent(event);
    const LineContext context = contextOf(transcript, index);
    Explanation e = forLine(event.protocol, event.direction, event.raw, event.phase, context);
    if (event.tls) {
        // Inside TLS, a password is no longer "readable by anyone watching".
        QByteArray key;
        if (context.role == LineRole::AuthResponse)
            key = "AUTH RESPONSE";
        else if (event.protocol == Protocol::Pop3 && commandVerb(event.raw) == "PASS")
            key = "POP3 PASS";
        else if (event.protocol == Protocol::Imap
                 && event.direction == TranscriptEvent::Direction::ClientToServer)
            key = "IMAP " + commandVerb(event.raw.mid(event.raw.indexOf(' ') + 1));
        if (const Entry *entry = find(insideTlsCredentials, key)) {
            const QList<ExplanationDetail> details = e.details;
            e = make(*entry);
            e.details = details;
        }
        e.details.append(makeDetail(insideTlsDetail));
    }
    if (event.protocol == Protocol::Smtp && event.role == LineRole::Command) {
        const QByteArray before = pipelinedAfter(transcript, index);
        if (!before.isEmpty()) {
            ExplanationDetail detail = makeDetail(pipelinedCommand);
            detail.title = detail.title.arg(QString::fromLatin1(before));
            e.details.append(detail);
        }
    }
    return e;
}

QString rfcLineage(const QString &rfc)
{
    const QString number = rfc.section(QLatin1Char(' '), 1, 1);
    if (number == QLatin1String("5321"))
        return QCoreApplication::translate(
            "Explanations",
            "RFC 5321 (2008) replaced RFC 2821 (2001), the SMTP standard the course names, "
            "which had replaced RFC 821 (1982): the dialogue is the same.");
    if (number == QLatin1String("5322"))
        return QCoreApplication::translate(
            "Explanations",
            "RFC 5322 (2008) replaced RFC 2822 (2001), which had replaced RFC 822 (1982), "
            "the message format the course names: header fields, a blank line, the body.");
    if (number == QLatin1String("3501"))
        return QCoreApplication::translate(
            "Explanations",
            "RFC 3501 (IMAP4rev1, 2003) replaced RFC 2060, which had replaced RFC 1730, the "
            "IMAP the course names; RFC 9051 (2021) is IMAP4rev2.");
    return QString();
}

QString phaseTitle(Phase phase)
{
    switch (phase) {
    case Phase::Opening: return QCoreApplication::translate("Explanations", "Opening (handshake)");
    case Phase::Transfer: return QCoreApplication::translate("Explanations", "Mail transfer");
    case Phase::Closing: return QCoreApplication::translate("Explanations", "Closing");
    case Phase::Authorization: return QCoreApplication::translate("Explanations", "AUTHORIZATION state");
    case Phase::Transaction: return QCoreApplication::translate("Explanations", "TRANSACTION state");
    case Phase::Update: return QCoreApplication::translate("Explanations", "UPDATE state");
    case Phase::NotAuthenticated:
        return QCoreApplication::translate("Explanations", "Not authenticated state");
    case Phase::Authenticated: return QCoreApplication::translate("Explanations", "Authenticated state");
    case Phase::Selected: return QCoreApplication::translate("Explanations", "Selected state");
    case Phase::Logout: return QCoreApplication::translate("Explanations", "Logout state");
    case Phase::Exchange: return QCoreApplication::translate("Explanations", "HTTP requests and responses");
    case Phase::None: break;
    }
    return QString();
}

QString phaseShortTitle(Phase phase)
{
    switch (phase) {
    case Phase::Opening: return QCoreApplication::translate("Explanations", "Opening");
    case Phase::Transfer: return QCoreApplication::translate("Explanations", "Mail transfer");
    case Phase::Closing: return QCoreApplication::translate("Explanations", "Closing");
    // RFC 1939's names of the states, as the course writes them.
    case Phase::Authorization: return QStringLiteral("AUTHORIZATION");
    case Phase::Transaction: return QStringLiteral("TRANSACTION");
    case Phase::Update: return QStringLiteral("UPDATE");
    case Phase::NotAuthenticated: return QCoreApplication::translate("Explanations", "Not authenticated");
    case Phase::Authenticated: return QCoreApplication::translate("Explanations", "Authenticated");
    case Phase::Selected: return QCoreApplication::translate("Explanations", "Selected");
    case Phase::Logout: return QCoreApplication::translate("Explanations", "Logout");
    case Phase::Exchange: return QCoreApplication::translate("Explanations", "Exchange");
    case Phase::None: break;
    }
    return QString();
}

} // namespace Explanations
