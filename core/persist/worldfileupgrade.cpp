// SPDX-License-Identifier: GPL-3.0-or-later
// worldfileupgrade.cpp — giving a version 1 file's events what version 2
// records (see worldfileupgrade.h): the conversations replayed in one pass
// over the events, each connection's state kept apart; old notes given codes.
#include "worldfileupgrade.h"

#include "explain/linesyntax.h"

#include <QHash>
#include <QRegularExpression>

#include <deque>

namespace WorldFileUpgrade {

namespace {

using namespace Explanations::Syntax;

bool isMultiLinePop3Command(const QByteArray &line)
{
    const QByteArray verb = verbOf(line);
    if (verb == "RETR" || verb == "TOP" || verb == "CAPA")
        return true;
    return (verb == "LIST" || verb == "UIDL") && argumentOf(line).isEmpty();
}

// One connection's conversation so far.
struct Conversation {
    std::deque<qint64> pending; // commands awaiting a reply (sequences), oldest first
    bool greeted = false; // the server has spoken
    bool inContent = false; // SMTP after 354, POP3 inside a multi-line answer
    bool contentStarted = false;
    bool authChallenge = false; // the last server line was a 334
    bool replyOpen = false; // an SMTP reply has had a "250-" line
    qint64 multiLineOf = -1; // POP3: the command whose multi-line answer this is
    LineRole multiLineRole = LineRole::ListingLine;
};

void smtpClientLine(Conversation &c, TranscriptEvent &e)
{
    if (c.inContent) {
        e.continued = c.contentStarted;
        c.contentStarted = true;
        if (e.raw == ".") {
            e.role = LineRole::EndOfContent;
            c.inContent = false;
            c.pending.push_back(e.sequence);
        } else {
            e.role = LineRole::MessageContent;
        }
    } else if (c.authChallenge) {
        e.role = LineRole::AuthResponse;
        c.authChallenge = false;
        c.pending.push_back(e.sequence);
    } else {
        e.role = LineRole::Command;
        c.pending.push_back(e.sequence);
    }
}

void smtpServerLine(Conversation &c, TranscriptEvent &e)
{
    e.continued = c.replyOpen;
    const bool greeting = !c.greeted && c.pending.empty();
    e.role = greeting ? LineRole::Greeting : LineRole::Reply;
    if (!c.pending.empty())
        e.answers = c.pending.front();
    const bool last = !(e.raw.size() > 3 && e.raw.at(3) == '-');
    c.replyOpen = !last;
    c.authChallenge = false;
    if (!last)
        return;
    c.greeted = true;
    if (!c.pending.empty())
        c.pending.pop_front();
    const int code = smtpReplyCode(e.raw);
    if (code == 354) {
        c.inContent = true;
        c.contentStarted = false;
    } else if (code == 334) {
        c.authChallenge = true;
    }
}

void pop3ServerLine(Conversation &c, TranscriptEvent &e, const QList<TranscriptEvent> &events)
{
    if (c.inContent) {
        e.answers = c.multiLineOf;
        e.continued = true;
        e.role = e.raw == "." ? LineRole::EndOfContent : c.multiLineRole;
        if (e.raw == ".")
            c.inContent = false;
        return;
    }
    const bool greeting = !c.greeted && c.pending.empty();
    c.greeted = true;
    e.role = greeting ? LineRole::Greeting : LineRole::Reply;
    if (c.pending.empty())
        return;
    const qint64 command = c.pending.front();
    c.pending.pop_front();
    e.answers = command;
    const qsizetype at = qsizetype(command - events.first().sequence);
    const QByteArray commandLine = at >= 0 && at < events.size() ? events.at(at).raw : QByteArray();
    if (e.raw.startsWith("+OK") && isMultiLinePop3Command(commandLine)) {
        c.inContent = true;
        c.multiLineOf = command;
        const QByteArray verb = verbOf(commandLine);
        c.multiLineRole = verb == "RETR" || verb == "TOP" ? LineRole::MessageContent : LineRole::ListingLine;
    }
}

} // namespace

void inferLineRoles(QList<TranscriptEvent> &events)
{
    QHash<int, Conversation> conversations;
    for (TranscriptEvent &e : events) {
        if (e.kind == TranscriptEvent::Kind::ConnectionOpened) {
            conversations.remove(e.connectionId);
            continue;
        }
        if (e.kind != TranscriptEvent::Kind::Line || e.connectionId == 0 || e.role != LineRole::Unknown)
            continue;
        Conversation &c = conversations[e.connectionId];
        const bool fromClient = e.direction == TranscriptEvent::Direction::ClientToServer;
        if (e.protocol == Protocol::Smtp) {
            if (fromClient)
                smtpClientLine(c, e);
            else
                smtpServerLine(c, e);
        } else if (e.protocol == Protocol::Pop3) {
            if (fromClient) {
                e.role = LineRole::Command;
                c.pending.push_back(e.sequence);
            } else {
                pop3ServerLine(c, e, events);
            }
        }
    }
}

void codeOldNotes(QList<TranscriptEvent> &events)
{
    // "host:port (service)" is written the same way in every language.
    static const QRegularExpression ends(QStringLiteral("(\\S+):(\\d+) \\(([^)]+)\\)"));
    static const QRegularExpression connection(QStringLiteral("^TCP (\\S+) -> (\\S+) \\(([^)]+)\\)$"));
    for (TranscriptEvent &e : events) {
        if (e.noteCode != NoteCode::None)
            continue;
        if (e.kind == TranscriptEvent::Kind::Note && (e.code == "LISTEN" || e.code == "DOWN")) {
            const QRegularExpressionMatch m = ends.match(e.note);
            e.noteCode = e.code == "LISTEN" ? NoteCode::ListeningAgain : NoteCode::StoppedListening;
            e.noteArguments = {e.from, m.captured(1), m.captured(2), QString::fromLatin1(e.raw)};
            e.note.clear();
            e.code.clear();
            e.raw.clear();
        } else if (e.kind == TranscriptEvent::Kind::ConnectionOpened) {
            const QRegularExpressionMatch m = connection.match(e.note);
            if (m.hasMatch()) {
                e.noteCode = NoteCode::ConnectionOpened;
                e.noteArguments = {m.captured(1), m.captured(2), m.captured(3)};
                e.note.clear();
            }
        }
    }
}

void fromVersion1(QList<TranscriptEvent> &events)
{
    inferLineRoles(events);
    codeOldNotes(events);
}

} // namespace WorldFileUpgrade
