// SPDX-License-Identifier: GPL-3.0-or-later
// imapserversession.cpp — RFC 3501's commands over an ImapStore.
//
// handleLine() gathers a command's wire form: a line that announces a
// literal is followed by its octets (handleOctets()), after "+ Ready" unless
// it was LITERAL+; the last line (no literal at its end) completes it and
// run() parses it (ImapParser), checks it against the table (name, states)
// and calls its handler. What the client sends is heard piece by piece as
// it arrives, so the transcript shows the "+" between a line and its
// literal. Every tagged response answers the command's last line.
//
// The selected folder is a view (m_view): the messages the client knows, in
// sequence-number order. refresh() compares it with the store and says what
// changed — EXPUNGE from the highest number down (so every number is right
// when it is read), EXISTS for new mail, FETCH FLAGS for flags another
// session changed — at the end of a command, or at once while idling.
// Commands that use sequence numbers (FETCH, STORE, SEARCH, COPY) do not get
// EXPUNGEs (RFC 3501 §7.4.1); their UID forms do.
#include "imapserversession.h"

#include "smtpaddress.h"

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cctype>
#include <cstring>
#include <utility>

namespace {

constexpr quint8 stateBit(int state)
{
    return quint8(1u << state);
}
constexpr quint8 notAuthenticated = stateBit(0);
constexpr quint8 authenticated = stateBit(1);
constexpr quint8 selected = stateBit(2);
constexpr quint8 anyState = notAuthenticated | authenticated | selected;
constexpr quint8 loggedIn = authenticated | selected;

const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

const QByteArray systemFlags[] = {"\\Answered", "\\Flagged", "\\Deleted", "\\Seen", "\\Draft"};

// "17-Jul-1996 02:44:25 +0000" (RFC 3501 §9, date-time), in UTC.
QByteArray internalDate(qint64 ms)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
    const QDate d = t.date();
    const QTime h = t.time();
    return QByteArray::number(d.day()).rightJustified(2, ' ') + '-' + months[d.month() - 1] + '-'
        + QByteArray::number(d.year()) + ' ' + QByteArray::number(h.hour()).rightJustified(2, '0') + ':'
        + QByteArray::number(h.minute()).rightJustified(2, '0') + ':'
        + QByteArray::number(h.second()).rightJustified(2, '0') + " +0000";
}

int monthOf(const QByteArray &name)
{
    for (int m = 0; m < 12; ++m) {
        if (name.compare(months[m], Qt::CaseInsensitive) == 0)
            return m + 1;
    }
    return 0;
}

// "1-Feb-1994" (SEARCH's date).
QDate searchDate(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split('-');
    if (parts.size() != 3)
        return {};
    return QDate(parts.at(2).toInt(), monthOf(parts.at(1)), parts.at(0).trimmed().toInt());
}

// " 1-Feb-1994 21:52:25 -0800" (APPEND's date-time); -1 if it does not parse.
qint64 appendDate(const QByteArray &text)
{
    const QList<QByteArray> parts = text.trimmed().split(' ');
    if (parts.size() != 3)
        return -1;
    const QDate date = searchDate(parts.at(0));
    const QTime time = QTime::fromString(QString::fromLatin1(parts.at(1)), QStringLiteral("hh:mm:ss"));
    const QByteArray &zone = parts.at(2);
    if (!date.isValid() || !time.isValid() || zone.size() != 5 || (zone.at(0) != '+' && zone.at(0) != '-'))
        return -1;
    const int minutes = zone.mid(1, 2).toInt() * 60 + zone.mid(3, 2).toInt();
    const int offset = (zone.at(0) == '-' ? -1 : 1) * minutes * 60;
    return QDateTime(date, time, Qt::OffsetFromUTC, offset).toMSecsSinceEpoch();
}

// The header fields of a message or part (up to and including the empty
// line), and the fields by name, unfolded.
QByteArray headerOf(const QByteArray &content, qint64 from = 0)
{
    const qsizetype end = content.indexOf("\r\n\r\n", from);
    if (from < content.size() && content.mid(from, 2) == "\r\n")
        return "\r\n"; // no header fields at all
    return end < 0 ? content.mid(from) : content.mid(from, end + 4 - from);
}

// Each field of a header block as it is written (with its CR LF and folded lines).
QList<QByteArray> fieldsOf(const QByteArray &header)
{
    QList<QByteArray> fields;
    for (const QByteArray &line : header.split('\n')) {
        if (line.isEmpty() || line == "\r")
            continue;
        if ((line.startsWith(' ') || line.startsWith('\t')) && !fields.isEmpty())
            fields.last() += line + '\n';
        else
            fields.append(line + '\n');
    }
    return fields;
}

QByteArray fieldName(const QByteArray &field)
{
    const qsizetype colon = field.indexOf(':');
    return colon < 0 ? QByteArray() : field.left(colon).trimmed().toLower();
}

QByteArray fieldValue(const QByteArray &field)
{
    const qsizetype colon = field.indexOf(':');
    QByteArray value = colon < 0 ? QByteArray() : field.mid(colon + 1);
    value.replace("\r\n", "");
    value.replace('\n', "");
    return value.trimmed();
}

// ASCII capitals aside, without copying the haystack: memchr finds each
// place the needle's first letter starts (either case); the rest is compared
// there. Octets above 127 must be equal (UTF-8 is folded elsewhere).
bool containsCaseless(QByteArrayView haystack, QByteArrayView needle)
{
    if (needle.isEmpty())
        return true;
    if (haystack.size() < needle.size())
        return false;
    const char *begin = haystack.data();
    const char *last = begin + (haystack.size() - needle.size()); // the last place it may start
    const auto asciiLower = [](char c) { return c >= 'A' && c <= 'Z' ? char(c + ('a' - 'A')) : c; };
    const auto asciiUpper = [](char c) { return c >= 'a' && c <= 'z' ? char(c - ('a' - 'A')) : c; };
    const auto restMatches = [&](const char *at) {
        for (qsizetype i = 1; i < needle.size(); ++i) {
            if (asciiLower(at[i]) != asciiLower(needle[i]))
                return false;
        }
        return true;
    };
    const char first = needle.front();
    const char lower = asciiLower(first);
    const char upper = asciiUpper(first);
    const auto next = [last](const char *from, char c) {
        const void *found = from <= last ? std::memchr(from, c, size_t(last - from + 1)) : nullptr;
        return found ? static_cast<const char *>(found) : nullptr;
    };
    const char *atLower = next(begin, lower);
    const char *atUpper = lower == upper ? nullptr : next(begin, upper);
    while (atLower || atUpper) {
        const char *at = !atUpper || (atLower && atLower < atUpper) ? atLower : atUpper;
        if (restMatches(at))
            return true;
        if (at == atLower)
            atLower = next(at + 1, lower);
        else
            atUpper = next(at + 1, upper);
    }
    return false;
}

// The same for UTF-8 text, capitals aside beyond ASCII too ("ÁNGULO" finds
// "ángulo"); Unicode folding only when the needle is not ASCII.
bool containsUnicodeCaseless(const QByteArray &haystack, const QByteArray &needle)
{
    if (containsCaseless(haystack, needle))
        return true;
    const bool ascii = std::all_of(needle.cbegin(), needle.cend(), [](char c) { return uchar(c) < 0x80; });
    return !ascii && QString::fromUtf8(haystack).contains(QString::fromUtf8(needle), Qt::CaseInsensitive);
}

// Whether some part's text is transfer-encoded (RFC 2045 §6): only then is
// decoding worth it.
bool hasEncodedText(const QByteArray &content)
{
    return containsCaseless(content, "quoted-printable") || containsCaseless(content, "base64");
}

QByteArray parameterList(const QList<QPair<QByteArray, QByteArray>> &parameters)
{
    if (parameters.isEmpty())
        return "NIL";
    QByteArray out = "(";
    for (qsizetype i = 0; i < parameters.size(); ++i) {
        if (i > 0)
            out += ' ';
        out += ImapParser::quoted(parameters.at(i).first.toUpper()) + ' '
            + ImapParser::quoted(parameters.at(i).second);
    }
    return out + ')';
}

QByteArray addressList(const QList<ImapAddress> &addresses)
{
    if (addresses.isEmpty())
        return "NIL";
    QByteArray out = "(";
    for (const ImapAddress &a : addresses) {
        out += '(' + ImapParser::nstring(a.name) + " NIL " + ImapParser::quoted(a.mailbox) + ' '
            + ImapParser::quoted(a.host) + ')';
    }
    return out + ')';
}

QByteArray envelopeOf(const ImapEnvelope &e)
{
    // Sender and Reply-To default to From (RFC 3501 §7.4.2).
    const QList<ImapAddress> &sender = e.sender.isEmpty() ? e.from : e.sender;
    const QList<ImapAddress> &replyTo = e.replyTo.isEmpty() ? e.from : e.replyTo;
    return '(' + ImapParser::nstring(e.date) + ' ' + ImapParser::nstring(e.subject) + ' '
        + addressList(e.from) + ' ' + addressList(sender) + ' ' + addressList(replyTo) + ' '
        + addressList(e.to) + ' ' + addressList(e.cc) + ' ' + addressList(e.bcc) + ' '
        + ImapParser::nstring(e.inReplyTo) + ' ' + ImapParser::nstring(e.messageId) + ')';
}

QByteArray bodyOf(const ImapBodyPart &part, bool extensible)
{
    if (!part.children.isEmpty()) {
        QByteArray out = "(";
        for (const ImapBodyPart &child : part.children)
            out += bodyOf(child, extensible);
        out += ' ' + ImapParser::quoted(part.subtype.toUpper());
        if (extensible) {
            out += ' ' + parameterList(part.parameters);
            out += part.disposition ? " (" + ImapParser::quoted(part.disposition->toUpper()) + ' '
                    + parameterList(part.dispositionParameters) + ')'
                                    : QByteArray(" NIL");
            out += " NIL NIL";
        }
        return out + ')';
    }
    QByteArray out = '(' + ImapParser::quoted(part.type.toUpper()) + ' '
        + ImapParser::quoted(part.subtype.toUpper()) + ' ' + parameterList(part.parameters) + ' '
        + ImapParser::nstring(part.id) + ' ' + ImapParser::nstring(part.description) + ' '
        + ImapParser::quoted(part.encoding.toUpper()) + ' ' + QByteArray::number(part.end - part.bodyOffset);
    if (part.type == "text")
        out += ' ' + QByteArray::number(part.lines);
    if (extensible) {
        out += " NIL"; // MD5
        out += part.disposition ? " (" + ImapParser::quoted(part.disposition->toUpper()) + ' '
                + parameterList(part.dispositionParameters) + ')'
                                : QByteArray(" NIL");
        out += " NIL NIL"; // language, location
    }
    return out + ')';
}

// Part "1.2" of a structure (RFC 3501 §6.4.5): a single-part message's part 1 is its body.
const ImapBodyPart *partAt(const ImapBodyPart &root, const QByteArray &numbers)
{
    const ImapBodyPart *part = &root;
    for (const QByteArray &n : numbers.split('.')) {
        bool ok = false;
        const int i = n.toInt(&ok);
        if (!ok || i < 1)
            return nullptr;
        if (part->children.isEmpty()) {
            if (i != 1)
                return nullptr;
            continue;
        }
        if (i > part->children.size())
            return nullptr;
        part = &part->children.at(i - 1);
    }
    return part;
}

QByteArray join(const QList<QByteArray> &parts, char separator = ' ')
{
    QByteArray out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        if (i > 0)
            out += separator;
        out += parts.at(i);
    }
    return out;
}

// LIST's pattern (RFC 3501 §6.3.8): "*" matches anything, "%" anything but the delimiter.
bool wildcardMatch(const QByteArray &pattern, const QByteArray &name, int p = 0, int n = 0)
{
    while (p < pattern.size()) {
        const char c = pattern.at(p);
        if (c == '*' || c == '%') {
            for (int k = n; k <= name.size(); ++k) {
                if (wildcardMatch(pattern, name, p + 1, k))
                    return true;
                if (k < name.size() && c == '%' && name.at(k) == '/')
                    return false;
            }
            return false;
        }
        if (n >= name.size() || name.at(n) != c)
            return false;
        ++p;
        ++n;
    }
    return n == name.size();
}

// A message with CR LF line ends: a bare LF or a bare CR becomes CR LF.
// FETCH writes a literal's lines each with CR LF, so {n} counts these octets.
QByteArray withCrLf(const QByteArray &content)
{
    QByteArray out;
    out.reserve(content.size() + content.size() / 32);
    for (qsizetype i = 0; i < content.size(); ++i) {
        const char c = content.at(i);
        if (c == '\r') {
            out += "\r\n";
            if (i + 1 < content.size() && content.at(i + 1) == '\n')
                ++i;
        } else if (c == '\n') {
            out += "\r\n";
        } else {
            out += c;
        }
    }
    return out;
}

// Flags are atoms (RFC 3501 §9, flag-keyword): "(\\Seen $Label1)", one flag, or "()".
bool flagsAreAtoms(const ImapValue &value)
{
    if (value.kind == ImapValue::Kind::Atom)
        return true;
    if (value.kind != ImapValue::Kind::List)
        return false;
    return std::all_of(value.items.cbegin(), value.items.cend(),
                       [](const ImapValue &item) { return item.kind == ImapValue::Kind::Atom; });
}

QList<QByteArray> flagsOf(const ImapValue &value)
{
    QList<QByteArray> flags;
    if (value.kind == ImapValue::Kind::List) {
        for (const ImapValue &item : value.items)
            flags.append(item.text);
    } else if (value.kind == ImapValue::Kind::Atom) {
        flags.append(value.text);
    }
    // System flags in their canonical case ("\seen" is "\Seen").
    for (QByteArray &flag : flags) {
        for (const QByteArray &system : systemFlags) {
            if (flag.compare(system, Qt::CaseInsensitive) == 0)
                flag = system;
        }
    }
    return flags;
}

} // namespace

ImapServerSession::ImapServerSession(ImapServerConfig config, ImapStore *store)
    : m_config(std::move(config))
    , m_store(store)
{
    m_reader.setMaximumLength(int(qMin<qsizetype>(m_config.commandLimit, 1 << 24)));
}

const ImapServerSession::CommandSpec *ImapServerSession::findCommand(const QByteArray &name)
{
    static const CommandSpec table[] = {
        {"CAPABILITY", anyState, &ImapServerSession::capability, false},
        {"NOOP", anyState, &ImapServerSession::noop, false},
        {"LOGOUT", anyState, &ImapServerSession::logout, false},
        {"ID", anyState, &ImapServerSession::id, false},
        {"LOGIN", notAuthenticated, &ImapServerSession::login, false},
        {"AUTHENTICATE", notAuthenticated, &ImapServerSession::authenticate, false},
        {"STARTTLS", notAuthenticated, &ImapServerSession::starttls, false},
        {"SELECT", loggedIn, &ImapServerSession::select, false},
        {"EXAMINE", loggedIn, &ImapServerSession::select, false},
        {"CREATE", loggedIn, &ImapServerSession::create, false},
        {"DELETE", loggedIn, &ImapServerSession::deleteFolder, false},
        {"RENAME", loggedIn, &ImapServerSession::rename, false},
        {"SUBSCRIBE", loggedIn, &ImapServerSession::subscribe, false},
        {"UNSUBSCRIBE", loggedIn, &ImapServerSession::subscribe, false},
        {"LIST", loggedIn, &ImapServerSession::list, false},
        {"LSUB", loggedIn, &ImapServerSession::list, false},
        {"STATUS", loggedIn, &ImapServerSession::status, false},
        {"APPEND", loggedIn, &ImapServerSession::append, false},
        {"NAMESPACE", loggedIn, &ImapServerSession::namespaceCommand, false},
        {"ENABLE", loggedIn, &ImapServerSession::enable, false},
        {"IDLE", loggedIn, &ImapServerSession::idle, false},
        {"CHECK", selected, &ImapServerSession::check, false},
        {"CLOSE", selected, &ImapServerSession::close, false},
        {"UNSELECT", selected, &ImapServerSession::unselect, false},
        {"EXPUNGE", selected, &ImapServerSession::expunge, true},
        {"SEARCH", selected, &ImapServerSession::search, true},
        {"FETCH", selected, &ImapServerSession::fetch, true},
        {"STORE", selected, &ImapServerSession::store, true},
        {"COPY", selected, &ImapServerSession::copy, true},
        {"MOVE", selected, &ImapServerSession::copy, true},
        {"UID", selected, &ImapServerSession::uid, false},
    };
    for (const CommandSpec &spec : table) {
        if (name == spec.name)
            return &spec;
    }
    return nullptr;
}

Phase ImapServerSession::phase() const
{
    switch (m_state) {
    case State::NotAuthenticated: return Phase::NotAuthenticated;
    case State::Authenticated: return Phase::Authenticated;
    case State::Selected: return Phase::Selected;
    case State::Logout: break;
    }
    return Phase::Logout;
}

void ImapServerSession::start()
{
    Utterance greeting = Utterance::line(
        "* OK [CAPABILITY " + capabilities("IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN ID ENABLE IDLE") + "] "
            + m_config.hostname + " IMAP4rev1 ready",
        Phase::NotAuthenticated, "OK");
    greeting.role = LineRole::Greeting;
    say(greeting);
}

void ImapServerSession::timeout()
{
    // RFC 3501 §5.4: an autologout timer; the server says BYE first.
    Utterance bye = Utterance::line("* BYE Autologout; idle for too long", Phase::Logout, "BYE");
    bye.role = LineRole::Untagged;
    say(bye);
    setState(State::Logout);
    requestClose();
}

void ImapServerSession::setState(State state)
{
    m_state = state;
}

void ImapServerSession::hearPiece(const QByteArray &text, LineRole role, bool continues)
{
    Utterance piece;
    piece.lines = ImapParser::heardLines(text);
    piece.phase = m_commandPhase;
    piece.role = role;
    piece.continuesPrevious = continues;
    // A password: LOGIN's (RFC 3501 §6.2.3), in its line or in a literal of
    // it, and what AUTHENTICATE carries (§6.2.2), so a transcript shown or
    // streamed masks it as it does POP3's PASS and SMTP's AUTH.
    const QByteArray command = (role == LineRole::Command && !continues ? text : m_wire).left(64);
    const QList<QByteArray> words = command.split(' ');
    const QByteArray verb = words.value(1).toUpper();
    piece.sensitive = role == LineRole::AuthResponse || verb == "LOGIN" || verb == "AUTHENTICATE";
    heard(piece);
}

void ImapServerSession::untagged(QByteArray text)
{
    // Cut at CR LF only: each line goes out with its CR LF, so a literal's
    // bare LF or CR (a partial fetch may begin or end between CR and LF)
    // stays inside its line and the octets on the wire are the ones {n} counts.
    // A FETCH of many messages cuts hundreds of thousands of lines, each kept
    // as a transcript event: they share one allocation (the text, in
    // which the CR of each CR LF cut at is a NUL, each line a view of it that
    // ends at that NUL, so constData() stays a C string as Qt's own are), not
    // one each. CR is found with memchr (QByteArray::indexOf with a two-octet
    // needle hashes every octet), and the list is made at its size once.
    Utterance u;
    qsizetype count = 1;
    {
        const char *const end = text.constData() + text.size();
        for (const char *p = text.constData();
             (p = static_cast<const char *>(std::memchr(p, '\r', size_t(end - p))));) {
            if (p + 1 < end && p[1] == '\n') {
                ++count;
                p += 2;
            } else {
                ++p;
            }
        }
    }
    if (count == 1) {
        u.lines.append(text);
    } else {
        QByteArray buffer = std::move(text);
        buffer.detach(); // its own, to cut
        QByteArray::DataPointer &shared = buffer.data_ptr();
        char *const begin = shared.data();
        char *const end = begin + shared.size;
        u.lines.resize(count); // null arrays, each replaced by its line
        QByteArray *line = u.lines.data();
        char *from = begin;
        const auto view = [&shared](char *first, char *last) {
            shared.d_ptr()->ref();
            return QByteArray(QByteArray::DataPointer(shared.d_ptr(), first, last - first));
        };
        for (char *p = begin; (p = static_cast<char *>(std::memchr(p, '\r', size_t(end - p))));) {
            if (p + 1 < end && p[1] == '\n') {
                *p = '\0';
                *line++ = view(from, p);
                p += 2;
                from = p;
            } else {
                ++p;
            }
        }
        *line = view(from, end);
    }
    u.phase = m_commandPhase;
    u.code = "*";
    u.role = LineRole::Untagged;
    if (u.lines.size() > 1)
        u.restRole = LineRole::Literal;
    say(u);
}

void ImapServerSession::tagged(const QByteArray &tag, const QByteArray &status, const QByteArray &text)
{
    // The text may quote the client (an unknown key, a bad set): none of its
    // control characters go out (a CR LF would forge a response line), and
    // it never ends as a literal's "{n}" does, which a client would wait for.
    // So may the tag, when the line was too broken to parse.
    QByteArray line = tag + ' ' + status + ' ' + text;
    for (char &ch : line) {
        if (uchar(ch) < 0x20 || ch == 0x7f)
            ch = '?';
    }
    if (line.endsWith('}'))
        line += '.';
    Utterance u = Utterance::line(line, m_commandPhase, status);
    u.role = LineRole::Reply;
    // The OK says the change is on disk: the Connection holds it (and what
    // follows; the untagged EXPUNGEs before it go now) until it is durable.
    u.durableTicket = m_durableTicket;
    if (m_durableTicket != 0 && status == "OK")
        u.notDurableLine = tag + " NO [SERVERBUG] Not stored on disk: ";
    m_durableTicket = 0;
    say(u);
}

void ImapServerSession::ok(const ImapCommand &command, const QByteArray &text)
{
    tagged(command.tag, "OK", text.isEmpty() ? command.name + " completed" : text);
}

void ImapServerSession::no(const ImapCommand &command, const QByteArray &text)
{
    tagged(command.tag, "NO", text);
}

void ImapServerSession::bad(const QByteArray &tag, const QByteArray &text)
{
    tagged(tag.isEmpty() ? QByteArray("*") : tag, "BAD", text);
    if (++m_errors >= m_config.maximumErrors) {
        Utterance bye = Utterance::line("* BYE Too many invalid commands", Phase::Logout, "BYE");
        bye.role = LineRole::Untagged;
        say(bye);
        setState(State::Logout);
        requestClose();
    }
}

void ImapServerSession::handleLine(const LineReader::Line &line)
{
    if (!m_authTag.isEmpty()) {
        hearPiece(line.text, LineRole::AuthResponse, false);
        finishAuthenticate(line.text);
        return;
    }
    if (!m_idleTag.isEmpty()) {
        hearPiece(line.text, LineRole::Command, false);
        const QByteArray tag = m_idleTag;
        m_idleTag.clear();
        if (line.text.compare("DONE", Qt::CaseInsensitive) != 0) {
            bad(tag, "Expected DONE to end IDLE");
            return;
        }
        refresh(true);
        tagged(tag, "OK", "IDLE terminated");
        return;
    }
    const bool first = m_wire.isEmpty();
    if (first)
        m_commandPhase = phase();
    hearPiece(line.text, LineRole::Command, !first);
    if (line.overlong || m_wire.size() + line.text.size() > m_config.commandLimit) {
        m_wire.clear();
        bad({}, "Command line too long");
        return;
    }
    m_wire += line.text;
    const std::optional<ImapParser::Literal> literal = ImapParser::trailingLiteral(line.text);
    if (!literal) {
        const QByteArray wire = m_wire;
        m_wire.clear();
        run(wire);
        return;
    }
    m_wire += "\r\n";
    if (literal->size < 0 || literal->size > m_config.literalLimit) {
        const QByteArray tag = m_wire.left(m_wire.indexOf(' '));
        m_wire.clear();
        if (literal->nonSynchronizing && literal->size > 0) {
            // Its octets are coming anyway (RFC 7888 §4): skip them unkept.
            m_literalDiscarded = true;
            m_literalLeft = literal->size;
            m_reader.expectOctets(literal->size);
        }
        bad(tag, "Literal too large (the limit is " + QByteArray::number(m_config.literalLimit) + " octets)");
        return;
    }
    m_literalLeft = literal->size;
    m_literal.clear();
    if (!literal->nonSynchronizing) {
        Utterance go = Utterance::line("+ Ready for literal data", m_commandPhase, "+");
        go.role = LineRole::Continuation;
        say(go);
    }
    if (literal->size == 0) {
        hearPiece(QByteArray(), LineRole::Literal, true);
        return;
    }
    m_reader.expectOctets(literal->size);
}

void ImapServerSession::handleOctets(const QByteArray &octets)
{
    m_literalLeft -= octets.size();
    if (m_literalDiscarded) {
        if (m_literalLeft <= 0)
            m_literalDiscarded = false;
        return;
    }
    m_literal += octets;
    if (m_literalLeft > 0)
        return;
    hearPiece(m_literal, LineRole::Literal, true);
    m_wire += m_literal;
    m_literal.clear();
}

bool ImapServerSession::argumentCount(const ImapCommand &command, int minimum, int maximum)
{
    const int n = int(command.arguments.size());
    if (n >= minimum && (maximum < 0 || n <= maximum))
        return true;
    bad(command.tag, "Wrong number of arguments for " + command.name);
    return false;
}

QByteArray ImapServerSession::folderArgument(const ImapValue &value) const
{
    // INBOX is any case of "inbox" (RFC 3501 §5.1).
    if (value.text.compare("INBOX", Qt::CaseInsensitive) == 0)
        return "INBOX";
    return value.text;
}

void ImapServerSession::run(const QByteArray &wire)
{
    ImapCommand command;
    QByteArray error;
    if (!ImapParser::parse(wire, &command, &error)) {
        bad(command.tag, error);
        return;
    }
    const CommandSpec *spec = findCommand(command.name);
    // Without a certificate STARTTLS is as unknown as before it existed.
    if (spec && spec->handler == &ImapServerSession::starttls && !m_config.tlsOffered)
        spec = nullptr;
    if (!spec) {
        bad(command.tag, "Unknown command " + command.name.left(40));
        return;
    }
    if (!(spec->states & stateBit(int(m_state)))) {
        const QByteArray why = m_state == State::NotAuthenticated ? "log in first (LOGIN or AUTHENTICATE)"
            : spec->states == notAuthenticated                    ? "already logged in"
                                                                  : "select a mailbox first (SELECT)";
        bad(command.tag, command.name + " is not valid in this state: " + why);
        return;
    }
    const qsizetype lineEnd = wire.indexOf("\r\n");
    m_commandLine = lineEnd < 0 ? wire : wire.left(lineEnd); // without its literals
    m_commandName = command.name;
    if (m_commandName == "UID" && !command.arguments.isEmpty())
        m_commandName = command.arguments.first().text.toUpper();
    m_commandUser = m_user;
    if (command.name == "LOGIN" && !command.arguments.isEmpty())
        m_commandUser = accountOf(command.arguments.first().text);
    if (m_config.fault) {
        const QByteArray forced = m_config.fault(m_commandName, m_commandUser);
        if (forced.startsWith("NO ") || forced.startsWith("BAD ") || forced == "NO" || forced == "BAD") {
            const qsizetype space = forced.indexOf(' ');
            tagged(command.tag, space < 0 ? forced : forced.left(space),
                   space < 0 ? QByteArray("Refused") : forced.mid(space + 1));
            return;
        }
    }
    (this->*(spec->handler))(command);
}

void ImapServerSession::mailboxChanged()
{
    if (m_state != State::Selected)
        return;
    if (!m_idleTag.isEmpty())
        refresh(true);
}

// ---- any state ---------------------------------------------------------------------

void ImapServerSession::capability(const ImapCommand &c)
{
    untagged("* CAPABILITY "
             + capabilities("IMAP4rev1 LITERAL+ SASL-IR AUTH=PLAIN IDLE UIDPLUS MOVE NAMESPACE ID ENABLE "
                            "SPECIAL-USE UNSELECT"));
    ok(c);
}

QByteArray ImapServerSession::capabilities(QByteArray list) const
{
    if (m_state != State::NotAuthenticated)
        return list;
    // §6.2.3: LOGINDISABLED tells the client not to send its password in
    // clear; no plaintext mechanism is offered either (as Dovecot does).
    if (loginDisabled())
        list.replace(" AUTH=PLAIN", " LOGINDISABLED");
    // §6.2.1: STARTTLS before a login only, and not again inside TLS.
    if (m_config.tlsOffered && !isTlsActive())
        list.replace("IMAP4rev1 ", "IMAP4rev1 STARTTLS ");
    return list;
}

bool ImapServerSession::loginDisabled() const
{
    return m_config.tlsAuthOnly && !isTlsActive();
}

void ImapServerSession::starttls(const ImapCommand &c)
{
    if (!argumentCount(c, 0, 0))
        return;
    if (isTlsActive()) {
        bad(c.tag, "TLS is already active.");
        return;
    }
    ok(c, "Begin TLS negotiation now");
    // What the client pipelined after STARTTLS came in clear and could be
    // anybody's: dropped unread (CVE-2011-0411, RFC 3501 §6.2.1).
    requestTls();
}

void ImapServerSession::noop(const ImapCommand &c)
{
    if (m_state == State::Selected)
        refresh(true);
    ok(c);
}

void ImapServerSession::logout(const ImapCommand &c)
{
    m_commandPhase = Phase::Logout;
    untagged("* BYE " + m_config.hostname + " logging out");
    setState(State::Logout);
    ok(c);
    requestClose();
}

void ImapServerSession::id(const ImapCommand &c)
{
    untagged("* ID (\"name\" \"Carteiro\" \"support-url\" \"https://www.rfc-editor.org/rfc/rfc3501\")");
    ok(c);
}

// ---- not authenticated -------------------------------------------------------------

void ImapServerSession::login(const ImapCommand &c)
{
    if (loginDisabled()) {
        // RFC 9051 §7.1: PRIVACYREQUIRED; the text is Dovecot's.
        no(c, "[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.");
        return;
    }
    if (!argumentCount(c, 2, 2))
        return;
    if (!c.arguments.at(0).isAString() || !c.arguments.at(1).isAString()) {
        bad(c.tag, "LOGIN takes a user name and a password");
        return;
    }
    const QByteArray user = m_store->login(accountOf(c.arguments.at(0).text), c.arguments.at(1).text);
    if (user.isEmpty()) {
        no(c, "[AUTHENTICATIONFAILED] Invalid user name or password");
        return;
    }
    m_user = user;
    setState(State::Authenticated);
    ok(c,
       "[CAPABILITY IMAP4rev1 LITERAL+ IDLE UIDPLUS MOVE NAMESPACE ID ENABLE SPECIAL-USE UNSELECT] Logged "
       "in");
}

void ImapServerSession::authenticate(const ImapCommand &c)
{
    if (loginDisabled()) {
        no(c, "[PRIVACYREQUIRED] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.");
        return;
    }
    if (!argumentCount(c, 1, 2))
        return;
    if (c.arguments.at(0).upperAtom() != "PLAIN") {
        no(c, "[CANNOT] Only AUTHENTICATE PLAIN is offered");
        return;
    }
    m_authTag = c.tag;
    if (c.arguments.size() == 2) { // SASL-IR (RFC 4959): the response in the command
        finishAuthenticate(c.arguments.at(1).text);
        return;
    }
    Utterance go = Utterance::line("+ ", m_commandPhase, "+");
    go.role = LineRole::Continuation;
    say(go);
}

void ImapServerSession::finishAuthenticate(const QByteArray &line)
{
    ImapCommand c;
    c.tag = m_authTag;
    c.name = "AUTHENTICATE";
    m_authTag.clear();
    if (line == "*") {
        bad(c.tag, "AUTHENTICATE cancelled");
        return;
    }
    const QByteArray plain = QByteArray::fromBase64(line == "=" ? QByteArray() : line);
    const QList<QByteArray> parts = plain.split('\0');
    if (parts.size() != 3) {
        bad(c.tag, "The PLAIN response is authzid NUL user NUL password, in base64");
        return;
    }
    const QByteArray user = m_store->login(accountOf(parts.at(1)), parts.at(2));
    if (user.isEmpty() || (!parts.at(0).isEmpty() && parts.at(0) != parts.at(1))) {
        no(c, "[AUTHENTICATIONFAILED] Invalid user name or password");
        return;
    }
    m_user = user;
    setState(State::Authenticated);
    ok(c, "Logged in");
}

// ---- authenticated -----------------------------------------------------------------

void ImapServerSession::select(const ImapCommand &c)
{
    if (!argumentCount(c, 1, 2))
        return;
    const QByteArray folder = folderArgument(c.arguments.at(0));
    if (m_state == State::Selected) {
        // RFC 3501 §6.3.1: a SELECT leaves the folder selected before, without expunging.
        setState(State::Authenticated);
        m_folder.clear();
    }
    ImapFolderState state;
    if (!m_store->folderState(m_user, folder, &state)) {
        no(c, "[NONEXISTENT] Mailbox does not exist");
        return;
    }
    m_folder = folder;
    m_view = state;
    m_readOnly = c.name == "EXAMINE";
    m_contentCache.clear();
    setState(State::Selected);
    m_commandPhase = Phase::Selected;
    untagged("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)");
    untagged(m_readOnly
                 ? QByteArray("* OK [PERMANENTFLAGS ()] Read-only mailbox")
                 : QByteArray("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft \\*)] "
                              "Flags permitted"));
    untagged("* " + QByteArray::number(state.messages.size()) + " EXISTS");
    untagged("* 0 RECENT");
    for (qsizetype i = 0; i < state.messages.size(); ++i) {
        if (!state.messages.at(i).flags.contains("\\Seen")) {
            untagged("* OK [UNSEEN " + QByteArray::number(i + 1) + "] First unseen");
            break;
        }
    }
    untagged("* OK [UIDVALIDITY " + QByteArray::number(state.uidValidity) + "] UIDs valid");
    untagged("* OK [UIDNEXT " + QByteArray::number(state.uidNext) + "] Predicted next UID");
    ok(c, m_readOnly ? "[READ-ONLY] " + c.name + " completed" : "[READ-WRITE] " + c.name + " completed");
}

void ImapServerSession::create(const ImapCommand &c)
{
    if (!argumentCount(c, 1, 2))
        return;
    QByteArray folder = folderArgument(c.arguments.at(0));
    if (folder.endsWith('/'))
        folder.chop(1); // RFC 3501 §6.3.3: a trailing delimiter only says children will follow
    QByteArray error;
    if (!m_store->createFolder(m_user, folder, &error)) {
        no(c, error);
        return;
    }
    ok(c);
}

void ImapServerSession::deleteFolder(const ImapCommand &c)
{
    if (!argumentCount(c, 1, 1))
        return;
    QByteArray error;
    if (!m_store->deleteFolder(m_user, folderArgument(c.arguments.at(0)), &error)) {
        no(c, error);
        return;
    }
    ok(c);
}

void ImapServerSession::rename(const ImapCommand &c)
{
    if (!argumentCount(c, 2, 2))
        return;
    QByteArray error;
    if (!m_store->renameFolder(m_user, folderArgument(c.arguments.at(0)), folderArgument(c.arguments.at(1)),
                               &error)) {
        no(c, error);
        return;
    }
    ok(c);
}

void ImapServerSession::subscribe(const ImapCommand &c)
{
    if (!argumentCount(c, 1, 1))
        return;
    QByteArray error;
    if (!m_store->subscribe(m_user, folderArgument(c.arguments.at(0)), c.name == "SUBSCRIBE", &error)) {
        no(c, error);
        return;
    }
    ok(c);
}

void ImapServerSession::list(const ImapCommand &c)
{
    if (!argumentCount(c, 2, -1))
        return;
    // LIST (SPECIAL-USE) "" "*" and LIST "" "*" RETURN (SPECIAL-USE) (RFC 6154,
    // 5258): the selection and return options are accepted; attributes are always given.
    int at = 0;
    if (c.arguments.at(0).kind == ImapValue::Kind::List)
        ++at;
    if (c.arguments.size() < at + 2) {
        bad(c.tag, "LIST takes a reference and a mailbox pattern");
        return;
    }
    const QByteArray reference = c.arguments.at(at).text;
    const QByteArray pattern = reference + c.arguments.at(at + 1).text;
    const bool lsub = c.name == "LSUB";
    if (c.arguments.at(at + 1).text.isEmpty()) {
        // RFC 3501 §6.3.8: an empty name asks for the delimiter and the root.
        untagged("* " + c.name + " (\\Noselect) \"/\" \"\"");
        ok(c);
        return;
    }
    for (const ImapFolderInfo &folder : m_store->folders(m_user)) {
        const bool inbox = folder.name == "INBOX";
        const bool matched = wildcardMatch(pattern, folder.name)
            || (inbox && wildcardMatch(pattern.toUpper(), folder.name));
        if (!matched || (lsub && !folder.subscribed))
            continue;
        untagged("* " + c.name + " (" + join(folder.attributes) + ") \"/\" "
                 + ImapParser::quoted(folder.name));
    }
    ok(c);
}

void ImapServerSession::status(const ImapCommand &c)
{
    if (!argumentCount(c, 2, 2) || c.arguments.at(1).kind != ImapValue::Kind::List) {
        if (c.arguments.size() == 2)
            bad(c.tag, "STATUS takes a mailbox and a list of items: (MESSAGES UNSEEN)");
        return;
    }
    const QByteArray folder = folderArgument(c.arguments.at(0));
    ImapFolderState state;
    if (!m_store->folderState(m_user, folder, &state)) {
        no(c, "[NONEXISTENT] Mailbox does not exist");
        return;
    }
    QList<QByteArray> items;
    for (const ImapValue &item : c.arguments.at(1).items) {
        const QByteArray name = item.upperAtom();
        qint64 value = -1;
        if (name == "MESSAGES")
            value = state.messages.size();
        else if (name == "RECENT")
            value = 0;
        else if (name == "UIDNEXT")
            value = state.uidNext;
        else if (name == "UIDVALIDITY")
            value = state.uidValidity;
        else if (name == "UNSEEN")
            value = std::count_if(state.messages.cbegin(), state.messages.cend(),
                                  [](const ImapMessageInfo &m) { return !m.flags.contains("\\Seen"); });
        else if (name == "SIZE") {
            value = 0;
            for (const ImapMessageInfo &m : std::as_const(state.messages))
                value += m.size;
        }
        if (value < 0) {
            bad(c.tag, "Unknown STATUS item " + name.left(40));
            return;
        }
        items.append(name + ' ' + QByteArray::number(value));
    }
    untagged("* STATUS " + ImapParser::quoted(folder) + " (" + join(items) + ')');
    ok(c);
}

void ImapServerSession::append(const ImapCommand &c)
{
    if (!argumentCount(c, 2, 4))
        return;
    const QByteArray folder = folderArgument(c.arguments.at(0));
    QList<QByteArray> flags;
    qint64 date = -1;
    int at = 1;
    if (c.arguments.at(at).kind == ImapValue::Kind::List && at + 1 < c.arguments.size()) {
        if (!flagsAreAtoms(c.arguments.at(at))) {
            bad(c.tag, "Flags are atoms: (\\Seen \\Flagged $Label1)");
            return;
        }
        flags = flagsOf(c.arguments.at(at++));
    }
    if (c.arguments.at(at).kind == ImapValue::Kind::Quoted && at + 1 < c.arguments.size()) {
        date = appendDate(c.arguments.at(at++).text);
        if (date < 0) {
            bad(c.tag, "APPEND's date is \"dd-Mon-yyyy hh:mm:ss +zzzz\"");
            return;
        }
    }
    if (at != c.arguments.size() - 1 || c.arguments.at(at).kind != ImapValue::Kind::Literal) {
        bad(c.tag, "APPEND takes a mailbox, optional flags and date, and the message as a literal");
        return;
    }
    flags.removeAll("\\Recent");
    QByteArray error;
    ImapFolderState state;
    if (!m_store->folderState(m_user, folder, &state)) {
        no(c, "[TRYCREATE] Mailbox does not exist");
        return;
    }
    quint64 ticket = 0;
    const quint32 uid = m_store->append(m_user, folder, withCrLf(c.arguments.at(at).text), flags,
                                        date >= 0 ? date : QDateTime::currentMSecsSinceEpoch(), &error,
                                        &ticket);
    m_durableTicket = qMax(m_durableTicket, ticket);
    if (uid == 0) {
        no(c, error);
        return;
    }
    if (m_state == State::Selected && folder == m_folder)
        refresh(true);
    ok(c,
       "[APPENDUID " + QByteArray::number(state.uidValidity) + ' ' + QByteArray::number(uid)
           + "] APPEND completed");
}

void ImapServerSession::namespaceCommand(const ImapCommand &c)
{
    untagged("* NAMESPACE ((\"\" \"/\")) NIL NIL");
    ok(c);
}

void ImapServerSession::enable(const ImapCommand &c)
{
    // Nothing here needs enabling (no CONDSTORE, no UTF8=ACCEPT yet): none is enabled.
    untagged("* ENABLED");
    ok(c);
}

void ImapServerSession::idle(const ImapCommand &c)
{
    if (!argumentCount(c, 0, 0))
        return;
    m_idleTag = c.tag;
    if (m_state == State::Selected)
        refresh(true);
    Utterance go = Utterance::line("+ idling", m_commandPhase, "+");
    go.role = LineRole::Continuation;
    say(go);
}

// ---- selected ----------------------------------------------------------------------

bool ImapServerSession::refresh(bool reportExpunges)
{
    ImapFolderState now;
    if (!m_store->folderState(m_user, m_folder, &now))
        return false;
    QHash<quint32, int> current;
    for (qsizetype i = 0; i < now.messages.size(); ++i)
        current.insert(now.messages.at(i).uid, int(i));
    if (reportExpunges) {
        for (qsizetype i = m_view.messages.size() - 1; i >= 0; --i) {
            if (!current.contains(m_view.messages.at(i).uid)) {
                untagged("* " + QByteArray::number(i + 1) + " EXPUNGE");
                m_contentCache.remove(m_view.messages.at(i).uid);
                m_view.messages.removeAt(i);
            }
        }
    }
    for (qsizetype i = 0; i < m_view.messages.size(); ++i) {
        ImapMessageInfo &known = m_view.messages[i];
        const auto it = current.constFind(known.uid);
        if (it == current.cend())
            continue;
        const QList<QByteArray> &flags = now.messages.at(*it).flags;
        if (flags != known.flags) {
            known.flags = flags;
            untagged("* " + QByteArray::number(i + 1) + " FETCH (FLAGS " + flagList(flags) + ')');
        }
    }
    const quint32 highest = m_view.messages.isEmpty() ? 0 : m_view.messages.constLast().uid;
    const qsizetype before = m_view.messages.size();
    for (const ImapMessageInfo &m : std::as_const(now.messages)) {
        if (m.uid > highest)
            m_view.messages.append(m);
    }
    if (m_view.messages.size() != before)
        untagged("* " + QByteArray::number(m_view.messages.size()) + " EXISTS");
    m_view.uidNext = now.uidNext;
    return true;
}

QList<int> ImapServerSession::messagesIn(const QByteArray &set, bool byUid, bool *ok) const
{
    QList<int> indexes;
    QList<ImapParser::Range> ranges;
    const quint32 largest = byUid ? (m_view.messages.isEmpty() ? 0 : m_view.messages.constLast().uid)
                                  : quint32(m_view.messages.size());
    *ok = ImapParser::sequenceSet(set, largest, &ranges);
    if (!*ok)
        return indexes;
    for (qsizetype i = 0; i < m_view.messages.size(); ++i) {
        const quint32 number = byUid ? m_view.messages.at(i).uid : quint32(i + 1);
        if (ImapParser::contains(ranges, number))
            indexes.append(int(i));
    }
    // A UID range past the last message still names the last one when "*" is in it
    // (RFC 3501 §6.4.8): covered, "*" is the largest UID.
    return indexes;
}

QByteArray ImapServerSession::flagList(const QList<QByteArray> &flags) const
{
    return '(' + join(flags) + ')';
}

const QByteArray &ImapServerSession::contentOf(int index)
{
    const quint32 uid = m_view.messages.at(index).uid;
    auto it = m_contentCache.find(uid);
    if (it == m_contentCache.end()) {
        if (m_contentCache.size() > 64)
            m_contentCache.clear(); // a command over many messages keeps few at a time
        QByteArray error;
        QByteArray content = m_store->content(m_user, m_folder, uid, &error);
        if (!error.isEmpty()) {
            // Not cached: the command that asked ends in NO (takeContentError).
            if (m_contentError.isEmpty())
                m_contentError = error;
            static const QByteArray none;
            return none;
        }
        it = m_contentCache.insert(uid, std::move(content));
    }
    return *it;
}

bool ImapServerSession::takeContentError(const ImapCommand &command)
{
    if (m_contentError.isEmpty())
        return false;
    const QByteArray error = std::exchange(m_contentError, QByteArray());
    no(command, error.startsWith('[') ? error : "[SERVERBUG] " + error);
    return true;
}

void ImapServerSession::check(const ImapCommand &c)
{
    refresh(true);
    ok(c);
}

bool ImapServerSession::expungeDeleted(const QList<quint32> &only, bool report)
{
    QList<quint32> gone;
    for (const ImapMessageInfo &m : std::as_const(m_view.messages)) {
        if (m.flags.contains("\\Deleted") && (only.isEmpty() || only.contains(m.uid)))
            gone.append(m.uid);
    }
    if (gone.isEmpty())
        return false;
    m_durableTicket = qMax(m_durableTicket, m_store->expunge(m_user, m_folder, gone));
    if (report)
        refresh(true);
    return true;
}

void ImapServerSession::close(const ImapCommand &c)
{
    // RFC 3501 §6.4.2: \Deleted messages go, silently, unless read-only.
    if (!m_readOnly)
        expungeDeleted({}, false);
    m_folder.clear();
    m_view = ImapFolderState();
    m_contentCache.clear();
    setState(State::Authenticated);
    ok(c);
}

void ImapServerSession::unselect(const ImapCommand &c)
{
    m_folder.clear();
    m_view = ImapFolderState();
    m_contentCache.clear();
    setState(State::Authenticated);
    ok(c);
}

void ImapServerSession::expunge(const ImapCommand &c)
{
    if (m_readOnly) {
        no(c, "[READ-ONLY] Mailbox was selected with EXAMINE");
        return;
    }
    if (c.name == "UID EXPUNGE") {
        // RFC 4315 §2.1: only the \Deleted messages whose UIDs are in the set.
        if (!argumentCount(c, 1, 1))
            return;
        bool valid = false;
        const QList<int> indexes = messagesIn(c.arguments.at(0).text, true, &valid);
        if (!valid || c.arguments.at(0).kind != ImapValue::Kind::Atom) {
            bad(c.tag, "UID EXPUNGE takes a UID set: UID EXPUNGE 3:5");
            return;
        }
        QList<quint32> uids;
        for (const int index : indexes)
            uids.append(m_view.messages.at(index).uid);
        if (!uids.isEmpty())
            expungeDeleted(uids, true);
        ok(c);
        return;
    }
    if (!argumentCount(c, 0, 0))
        return;
    expungeDeleted({}, true);
    ok(c);
}

void ImapServerSession::uid(const ImapCommand &c)
{
    if (c.arguments.isEmpty() || c.arguments.at(0).kind != ImapValue::Kind::Atom) {
        bad(c.tag, "UID takes a command: FETCH, SEARCH, STORE, COPY, MOVE or EXPUNGE");
        return;
    }
    ImapCommand inner;
    inner.tag = c.tag;
    inner.name = c.arguments.at(0).upperAtom();
    inner.arguments = c.arguments.mid(1);
    const CommandSpec *spec = findCommand(inner.name);
    if (!spec || !spec->uidVariant) {
        bad(c.tag, "UID takes FETCH, SEARCH, STORE, COPY, MOVE or EXPUNGE, not " + inner.name.left(40));
        return;
    }
    inner.name = "UID " + inner.name;
    (this->*(spec->handler))(inner);
}

void ImapServerSession::store(const ImapCommand &c)
{
    const bool byUid = c.name.startsWith("UID ");
    if (!argumentCount(c, 3, 3))
        return;
    if (m_readOnly) {
        no(c, "[READ-ONLY] Mailbox was selected with EXAMINE");
        return;
    }
    bool ok = false;
    const QList<int> indexes = messagesIn(c.arguments.at(0).text, byUid, &ok);
    QByteArray what = c.arguments.at(1).upperAtom();
    const bool silent = what.endsWith(".SILENT");
    if (silent)
        what.chop(7);
    if (!ok || (what != "FLAGS" && what != "+FLAGS" && what != "-FLAGS")) {
        bad(c.tag, "STORE takes a set, FLAGS, +FLAGS or -FLAGS (.SILENT), and flags");
        return;
    }
    if (!flagsAreAtoms(c.arguments.at(2))) {
        bad(c.tag, "Flags are atoms: (\\Seen \\Flagged $Label1)");
        return;
    }
    QList<QByteArray> flags = flagsOf(c.arguments.at(2));
    flags.removeAll("\\Recent");
    for (const int index : indexes) {
        ImapMessageInfo &m = m_view.messages[index];
        QList<QByteArray> now = m.flags;
        if (what == "FLAGS") {
            now = flags;
        } else {
            for (const QByteArray &flag : std::as_const(flags)) {
                if (what == "+FLAGS" && !now.contains(flag))
                    now.append(flag);
                if (what == "-FLAGS")
                    now.removeAll(flag);
            }
        }
        m_store->setFlags(m_user, m_folder, m.uid, now);
        m.flags = now;
        if (!silent) {
            untagged("* " + QByteArray::number(index + 1) + " FETCH (FLAGS " + flagList(now)
                     + (byUid ? " UID " + QByteArray::number(m.uid) : QByteArray()) + ')');
        }
    }
    if (byUid)
        refresh(true);
    this->ok(c, c.name + " completed");
}

void ImapServerSession::copy(const ImapCommand &c)
{
    const bool byUid = c.name.startsWith("UID ");
    const bool move = c.name.endsWith("MOVE");
    if (!argumentCount(c, 2, 2))
        return;
    bool ok = false;
    const QList<int> indexes = messagesIn(c.arguments.at(0).text, byUid, &ok);
    if (!ok) {
        bad(c.tag, "Invalid message set " + c.arguments.at(0).text.left(40));
        return;
    }
    if (move && m_readOnly) {
        no(c, "[READ-ONLY] Mailbox was selected with EXAMINE");
        return;
    }
    const QByteArray to = folderArgument(c.arguments.at(1));
    ImapFolderState target;
    if (!m_store->folderState(m_user, to, &target)) {
        no(c, "[TRYCREATE] Mailbox does not exist");
        return;
    }
    QList<quint32> uids;
    for (const int index : indexes)
        uids.append(m_view.messages.at(index).uid);
    if (uids.isEmpty()) {
        this->ok(c, c.name + " completed (no messages)");
        return;
    }
    QByteArray error;
    quint64 ticket = 0;
    const QList<quint32> copied = m_store->copy(m_user, m_folder, uids, to, &error, &ticket);
    m_durableTicket = qMax(m_durableTicket, ticket);
    if (copied.isEmpty()) {
        no(c, error);
        return;
    }
    QList<QByteArray> from;
    QList<QByteArray> into;
    for (qsizetype i = 0; i < uids.size(); ++i) {
        from.append(QByteArray::number(uids.at(i)));
        into.append(QByteArray::number(copied.value(i)));
    }
    const QByteArray code = "[COPYUID " + QByteArray::number(target.uidValidity) + ' ' + join(from, ',') + ' '
        + join(into, ',') + ']';
    if (!move) {
        this->ok(c, code + ' ' + c.name + " completed");
        return;
    }
    // RFC 6851 §4.3: COPYUID comes untagged, then the EXPUNGEs.
    untagged("* OK " + code + " Moved");
    m_durableTicket = qMax(m_durableTicket, m_store->expunge(m_user, m_folder, uids));
    refresh(true);
    this->ok(c, c.name + " completed");
}

// ---- SEARCH ------------------------------------------------------------------------

void ImapServerSession::search(const ImapCommand &c)
{
    const bool byUid = c.name.startsWith("UID ");
    QList<ImapValue> keys = c.arguments;
    if (!keys.isEmpty() && keys.at(0).upperAtom() == "CHARSET") {
        if (keys.size() < 3) {
            bad(c.tag, "CHARSET takes a charset name");
            return;
        }
        const QByteArray charset = keys.at(1).text.toUpper();
        if (charset != "UTF-8" && charset != "US-ASCII") {
            no(c, "[BADCHARSET (UTF-8 US-ASCII)] Unsupported charset");
            return;
        }
        keys = keys.mid(2);
    }
    if (keys.isEmpty()) {
        bad(c.tag, "SEARCH needs a key: ALL, FROM \"ana\", UNSEEN …");
        return;
    }
    QList<QByteArray> found;
    m_contentError.clear();
    for (qsizetype i = 0; i < m_view.messages.size(); ++i) {
        int at = 0;
        bool ok = true;
        QByteArray error;
        bool all = true;
        while (at < keys.size() && ok) {
            if (!matchesOne(int(i), keys, &at, 0, &ok, &error))
                all = false;
        }
        if (takeContentError(c))
            return;
        if (!ok) {
            bad(c.tag, error);
            return;
        }
        if (all)
            found.append(QByteArray::number(byUid ? m_view.messages.at(i).uid : quint32(i + 1)));
    }
    untagged(found.isEmpty() ? QByteArray("* SEARCH") : "* SEARCH " + join(found));
    if (byUid)
        refresh(true);
    ok(c, c.name + " completed");
}

bool ImapServerSession::matches(int index, const QList<ImapValue> &keys, int depth, bool *ok,
                                QByteArray *error)
{
    // A parenthesised list: every key in it must hold.
    int inner = 0;
    bool all = true;
    while (inner < keys.size() && *ok) {
        if (!matchesOne(index, keys, &inner, depth + 1, ok, error))
            all = false;
    }
    return all;
}

bool ImapServerSession::matchesOne(int index, const QList<ImapValue> &keys, int *at, int depth, bool *ok,
                                   QByteArray *error)
{
    if (depth > ImapParser::maximumDepth) {
        *ok = false;
        *error = "SEARCH keys are nested too deeply";
        return false;
    }
    if (*at >= keys.size()) {
        *ok = false;
        *error = "A SEARCH key is missing its argument";
        return false;
    }
    const ImapValue &key = keys.at((*at)++);
    if (key.kind == ImapValue::Kind::List)
        return matches(index, key.items, depth, ok, error);
    const QByteArray name = key.upperAtom();
    const ImapMessageInfo &m = m_view.messages.at(index);
    const auto argument = [&](QByteArray *out) {
        if (*at >= keys.size()) {
            *ok = false;
            *error = "SEARCH " + name.left(40) + " needs an argument";
            return false;
        }
        *out = keys.at((*at)++).text;
        return true;
    };
    const auto hasFlag = [&m](const char *flag) { return m.flags.contains(QByteArray(flag)); };
    const auto header = [this, index](const QByteArray &field) {
        QByteArray values;
        for (const QByteArray &f : fieldsOf(headerOf(contentOf(index)))) {
            if (fieldName(f) == field)
                values += fieldValue(f) + '\n';
        }
        return values;
    };
    if (name == "ALL")
        return true;
    if (name == "SEEN")
        return hasFlag("\\Seen");
    if (name == "UNSEEN")
        return !hasFlag("\\Seen");
    if (name == "DELETED")
        return hasFlag("\\Deleted");
    if (name == "UNDELETED")
        return !hasFlag("\\Deleted");
    if (name == "FLAGGED")
        return hasFlag("\\Flagged");
    if (name == "UNFLAGGED")
        return !hasFlag("\\Flagged");
    if (name == "ANSWERED")
        return hasFlag("\\Answered");
    if (name == "UNANSWERED")
        return !hasFlag("\\Answered");
    if (name == "DRAFT")
        return hasFlag("\\Draft");
    if (name == "UNDRAFT")
        return !hasFlag("\\Draft");
    if (name == "RECENT" || name == "NEW")
        return false; // no session here sees \Recent
    if (name == "OLD")
        return true;
    QByteArray value;
    if (name == "KEYWORD" || name == "UNKEYWORD") {
        if (!argument(&value))
            return false;
        return m.flags.contains(value) == (name == "KEYWORD");
    }
    // Text keys match the raw bytes first (fast, and right for plain
    // messages); a message that did not match and carries RFC 2047 words or
    // a base64 / quoted-printable part is matched again on its decoded
    // text (RFC 3501 §6.4.4), which the store gets from the MIME layer.
    const auto headerMatches = [&](const QByteArray &field) {
        const QByteArray values = header(field);
        if (values.isEmpty())
            return false;
        if (containsCaseless(values, value))
            return true;
        if (containsUnicodeCaseless(values, value)) // UTF-8 headers (RFC 6532)
            return true;
        return values.contains("=?")
            && containsUnicodeCaseless(m_store->decodedHeaderValues(contentOf(index), field), value);
    };
    if (name == "FROM" || name == "TO" || name == "CC" || name == "BCC" || name == "SUBJECT") {
        if (!argument(&value))
            return false;
        return headerMatches(name.toLower());
    }
    if (name == "HEADER") {
        QByteArray field;
        if (!argument(&field) || !argument(&value))
            return false;
        return headerMatches(field.toLower());
    }
    if (name == "BODY" || name == "TEXT") {
        if (!argument(&value))
            return false;
        const QByteArray &content = contentOf(index);
        const QByteArray head = headerOf(content);
        if (name == "TEXT" ? containsUnicodeCaseless(content, value)
                           : containsUnicodeCaseless(content.mid(head.size()), value)) {
            return true; // the raw bytes: plain text, and 8bit UTF-8 text
        }
        if (name == "TEXT" && head.contains("=?")) {
            QByteArray decoded;
            for (const QByteArray &f : fieldsOf(head)) {
                if (f.contains("=?"))
                    decoded += m_store->decodedHeaderValues(content, fieldName(f));
            }
            if (containsUnicodeCaseless(decoded, value))
                return true;
        }
        return hasEncodedText(content) && containsUnicodeCaseless(m_store->decodedText(content), value);
    }
    if (name == "LARGER" || name == "SMALLER") {
        if (!argument(&value))
            return false;
        bool number = false;
        const qint64 n = value.toLongLong(&number);
        if (!number) {
            *ok = false;
            *error = name + " takes a number of octets";
            return false;
        }
        return name == "LARGER" ? m.size > n : m.size < n;
    }
    if (name == "SINCE" || name == "BEFORE" || name == "ON" || name == "SENTSINCE" || name == "SENTBEFORE"
        || name == "SENTON") {
        if (!argument(&value))
            return false;
        const QDate date = searchDate(value);
        if (!date.isValid()) {
            *ok = false;
            *error = name + " takes a date: 1-Feb-2026";
            return false;
        }
        QDate day = QDateTime::fromMSecsSinceEpoch(m.internalDateMs, Qt::UTC).date();
        if (name.startsWith("SENT")) {
            const QDateTime sent = QDateTime::fromString(QString::fromLatin1(header("date").trimmed()),
                                                         Qt::RFC2822Date);
            if (!sent.isValid())
                return false;
            day = sent.date();
        }
        if (name.endsWith("SINCE"))
            return day >= date;
        if (name.endsWith("BEFORE"))
            return day < date;
        return day == date;
    }
    if (name == "UID") {
        if (!argument(&value))
            return false;
        QList<ImapParser::Range> ranges;
        const quint32 largest = m_view.messages.isEmpty() ? 0 : m_view.messages.constLast().uid;
        if (!ImapParser::sequenceSet(value, largest, &ranges)) {
            *ok = false;
            *error = "Invalid UID set " + value.left(40);
            return false;
        }
        return ImapParser::contains(ranges, m.uid);
    }
    if (name == "NOT")
        return !matchesOne(index, keys, at, depth + 1, ok, error);
    if (name == "OR") {
        const bool first = matchesOne(index, keys, at, depth + 1, ok, error);
        const bool second = matchesOne(index, keys, at, depth + 1, ok, error);
        return first || second;
    }
    // A sequence set ("1:3,5").
    QList<ImapParser::Range> ranges;
    if (key.kind == ImapValue::Kind::Atom
        && ImapParser::sequenceSet(key.text, quint32(m_view.messages.size()), &ranges))
        return ImapParser::contains(ranges, quint32(index + 1));
    *ok = false;
    *error = "Unknown SEARCH key " + key.text.left(40);
    return false;
}

// ---- FETCH -------------------------------------------------------------------------

void ImapServerSession::fetch(const ImapCommand &c)
{
    const bool byUid = c.name.startsWith("UID ");
    if (!argumentCount(c, 2, 3))
        return;
    bool ok = false;
    const QList<int> indexes = messagesIn(c.arguments.at(0).text, byUid, &ok);
    if (!ok) {
        bad(c.tag, "Invalid message set " + c.arguments.at(0).text.left(40));
        return;
    }
    // Macros (RFC 3501 §6.4.5).
    ImapValue items = c.arguments.at(1);
    const QByteArray macro = items.upperAtom();
    const auto atoms = [](std::initializer_list<const char *> names) {
        ImapValue list;
        list.kind = ImapValue::Kind::List;
        for (const char *name : names) {
            ImapValue atom;
            atom.text = name;
            list.items.append(atom);
        }
        return list;
    };
    if (macro == "ALL")
        items = atoms({"FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE"});
    else if (macro == "FAST")
        items = atoms({"FLAGS", "INTERNALDATE", "RFC822.SIZE"});
    else if (macro == "FULL")
        items = atoms({"FLAGS", "INTERNALDATE", "RFC822.SIZE", "ENVELOPE", "BODY"});
    m_contentError.clear();
    for (const int index : indexes) {
        QByteArray error;
        const QByteArray response = fetchItems(index, items, byUid, &ok, &error);
        if (takeContentError(c))
            return;
        if (!ok) {
            bad(c.tag, error);
            return;
        }
        // Made in one allocation: a message's text is copied once here, not
        // once for each piece added.
        const QByteArray number = QByteArray::number(index + 1);
        QByteArray line;
        line.reserve(number.size() + response.size() + 11);
        line.append("* ").append(number).append(" FETCH (").append(response).append(')');
        untagged(std::move(line));
    }
    if (byUid)
        refresh(true);
    this->ok(c, c.name + " completed");
}

QByteArray ImapServerSession::fetchItems(int index, const ImapValue &items, bool byUid, bool *ok,
                                         QByteArray *error)
{
    QList<ImapValue> list = items.kind == ImapValue::Kind::List ? items.items : QList<ImapValue>{items};
    ImapMessageInfo &m = m_view.messages[index];
    QList<QByteArray> out;
    bool uidSaid = false;
    bool seen = false;
    bool flagsSaid = false;
    *ok = true;
    for (const ImapValue &item : std::as_const(list)) {
        if (item.kind != ImapValue::Kind::Atom) {
            *ok = false;
            *error = "FETCH takes data item names: FLAGS, UID, BODY[] …";
            return {};
        }
        const QByteArray name = item.text.toUpper();
        if (name == "FLAGS") {
            out.append("FLAGS " + flagList(m.flags));
            flagsSaid = true;
        } else if (name == "UID") {
            out.append("UID " + QByteArray::number(m.uid));
            uidSaid = true;
        } else if (name == "INTERNALDATE") {
            out.append("INTERNALDATE \"" + internalDate(m.internalDateMs) + '"');
        } else if (name == "RFC822.SIZE") {
            out.append("RFC822.SIZE " + QByteArray::number(m.size));
        } else if (name == "ENVELOPE") {
            out.append("ENVELOPE " + envelopeOf(m_store->structure(contentOf(index)).envelope));
        } else if (name == "BODYSTRUCTURE" || name == "BODY") {
            out.append(name + ' '
                       + bodyOf(m_store->structure(contentOf(index)).body, name == "BODYSTRUCTURE"));
        } else if (name == "RFC822" || name == "RFC822.HEADER" || name == "RFC822.TEXT") {
            const QByteArray &content = contentOf(index);
            const QByteArray head = headerOf(content);
            const QByteArray data = name == "RFC822" ? content
                : name == "RFC822.HEADER"            ? head
                                                     : content.mid(head.size());
            out.append(name + " {" + QByteArray::number(data.size()) + "}\r\n" + data);
            if (name != "RFC822.HEADER")
                seen = true;
        } else if (name.startsWith("BODY[") || name.startsWith("BODY.PEEK[")) {
            const QByteArray data = fetchSection(index, item.text, ok, error);
            if (!*ok)
                return {};
            out.append(data);
            if (!name.startsWith("BODY.PEEK["))
                seen = true;
        } else {
            *ok = false;
            *error = "Unknown FETCH item " + item.text.left(40);
            return {};
        }
    }
    if (seen && m_contentError.isEmpty() && !m_readOnly && !m.flags.contains("\\Seen")) {
        // A non-PEEK fetch of the text marks it read (RFC 3501 §6.4.5).
        m.flags.append("\\Seen");
        m_store->setFlags(m_user, m_folder, m.uid, m.flags);
        if (!flagsSaid)
            out.append("FLAGS " + flagList(m.flags));
    }
    if (byUid && !uidSaid)
        out.prepend("UID " + QByteArray::number(m.uid));
    return join(out);
}

QByteArray ImapServerSession::fetchSection(int index, const QByteArray &attribute, bool *ok,
                                           QByteArray *error)
{
    // BODY[section]<origin.octets> or BODY.PEEK[…]; the response names it BODY[section]<origin>.
    const qsizetype open = attribute.indexOf('[');
    const qsizetype close = attribute.lastIndexOf(']');
    QByteArray section = attribute.mid(open + 1, close - open - 1);
    const QByteArray partial = attribute.mid(close + 1);
    qint64 origin = -1;
    qint64 length = -1;
    if (!partial.isEmpty()) {
        const QList<QByteArray> numbers = partial.mid(1, partial.size() - 2).split('.');
        bool a = false;
        bool b = false;
        if (!partial.startsWith('<') || !partial.endsWith('>') || numbers.size() != 2
            || (origin = numbers.at(0).toLongLong(&a)) < 0 || (length = numbers.at(1).toLongLong(&b)) < 0
            || !a || !b) {
            *ok = false;
            *error = "A partial fetch is <origin.octets>, e.g. BODY[]<0.100>";
            return {};
        }
    }
    const QByteArray &content = contentOf(index);
    QByteArray upper = section.toUpper();
    // The part numbers, then what of the part.
    QByteArray numbers;
    while (!upper.isEmpty()
           && (std::isdigit(static_cast<unsigned char>(upper.at(0))) || upper.at(0) == '.')) {
        numbers += upper.at(0);
        upper.remove(0, 1);
    }
    if (numbers.endsWith('.'))
        numbers.chop(1);
    const bool whole = numbers.isEmpty();
    qint64 partStart = 0;
    qint64 bodyStart = 0;
    qint64 partEnd = content.size();
    if (whole) {
        if (!upper.isEmpty()) // BODY[], the whole message, needs no header's end
            bodyStart = headerOf(content).size();
    } else {
        const ImapStructure structure = m_store->structure(content);
        const ImapBodyPart *part = partAt(structure.body, numbers);
        if (!part) {
            // RFC 3501 leaves a missing part to the server: empty, as Dovecot answers.
            QByteArray name = "BODY[" + section + ']';
            if (origin >= 0)
                name += '<' + QByteArray::number(origin) + '>';
            return name + " NIL";
        }
        const bool single = structure.body.children.isEmpty() && numbers == "1";
        partStart = single ? 0 : part->offset;
        bodyStart = single ? structure.body.bodyOffset : part->bodyOffset;
        partEnd = single ? content.size() : part->end;
    }
    QByteArray data;
    if (upper.isEmpty()) {
        data = whole ? content : content.mid(bodyStart, partEnd - bodyStart);
    } else if (upper == "HEADER" || upper == "MIME") {
        if ((upper == "MIME") == whole) {
            *ok = false;
            *error = "MIME is a part's header (BODY[1.MIME]); HEADER is the message's";
            return {};
        }
        data = content.mid(partStart, bodyStart - partStart);
    } else if (upper == "TEXT") {
        data = content.mid(bodyStart, partEnd - bodyStart);
    } else if (upper.startsWith("HEADER.FIELDS")) {
        const bool notIn = upper.startsWith("HEADER.FIELDS.NOT");
        const qsizetype listOpen = upper.indexOf('(');
        const qsizetype listClose = upper.lastIndexOf(')');
        if (listOpen < 0 || listClose < listOpen) {
            *ok = false;
            *error = "HEADER.FIELDS takes a list of field names: (FROM SUBJECT)";
            return {};
        }
        QList<QByteArray> names;
        for (const QByteArray &n : upper.mid(listOpen + 1, listClose - listOpen - 1).split(' ')) {
            QByteArray field = n.trimmed();
            if (field.startsWith('"') && field.endsWith('"') && field.size() >= 2)
                field = field.mid(1, field.size() - 2);
            if (!field.isEmpty())
                names.append(field.toLower());
        }
        for (const QByteArray &field : fieldsOf(content.mid(partStart, bodyStart - partStart))) {
            if (names.contains(fieldName(field)) != notIn) {
                QByteArray f = field;
                f.replace("\r\n", "\n");
                f.replace("\n", "\r\n");
                data += f;
            }
        }
        data += "\r\n";
        section = section.left(section.indexOf('(')).toUpper() + '(' + join(names).toUpper() + ')';
    } else {
        *ok = false;
        *error = "Unknown section " + section.left(40)
            + ": HEADER, HEADER.FIELDS, TEXT, MIME or a part number";
        return {};
    }
    QByteArray name = "BODY["
        + (upper.isEmpty() || upper.startsWith("HEADER.FIELDS") ? section : section.toUpper()) + ']';
    if (origin >= 0) {
        name += '<' + QByteArray::number(origin) + '>';
        data = origin >= data.size() ? QByteArray() : data.mid(origin, length);
    }
    // One allocation, the data copied once (a FETCH of many messages).
    const QByteArray size = QByteArray::number(data.size());
    QByteArray item;
    item.reserve(name.size() + size.size() + data.size() + 5);
    item.append(name).append(" {").append(size).append("}\r\n").append(data);
    return item;
}
