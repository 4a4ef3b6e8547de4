// SPDX-License-Identifier: GPL-3.0-or-later
// pop3serversession.cpp — RFC 1939 server engine with CAPA (RFC 2449).
//
// One handler per command, found through a table whose flags say in which
// state each command is valid and how its line is treated. Byte-stuffing
// happens in one place (replyMultiLine), and every -ERR goes through
// replyError, which counts it.
#include "pop3serversession.h"

#include "smtpaddress.h"

#include "dotstuffing.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QRandomGenerator>

namespace {

const QByteArray okCode = "+OK";
const QByteArray errorCode = "-ERR";

// The course's texts (section 5.1 of the course).
const QByteArray signingOffText = "POP3 server signing off";
const QByteArray loggedOnText = "user successfully logged on";

// Splits stored content (CR LF line ends; a bare LF is tolerated) into lines
// without their ends. A final line end does not start another line.
QList<QByteArray> splitLines(const QByteArray &content)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    while (start < content.size()) {
        qsizetype lf = content.indexOf('\n', start);
        if (lf < 0)
            lf = content.size();
        QByteArray line = content.mid(start, lf - start);
        if (line.endsWith('\r'))
            line.chop(1);
        lines.append(line);
        start = lf + 1;
    }
    return lines;
}

bool isDigits(const QByteArray &text)
{
    if (text.isEmpty())
        return false;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
    }
    return true;
}

} // namespace

Pop3ServerSession::Pop3ServerSession(const Pop3ServerConfig &config, Pop3Maildrop *maildrop)
    : m_config(config)
    , m_maildrop(maildrop)
{
    m_reader.setMaximumLength(maximumCommandLength);
}

Pop3ServerSession::~Pop3ServerSession()
{
    releaseLock();
}

// One row per command: its name, its handler, and in which states it is
// valid and how its line is treated (CommandFlag).
const Pop3ServerSession::Command Pop3ServerSession::commandTable[] = {
    {"USER", &Pop3ServerSession::commandUser,
     CommandFlag::Authorization | CommandFlag::NamesUser | CommandFlag::Authenticates},
    {"PASS", &Pop3ServerSession::commandPass,
     CommandFlag::Authorization | CommandFlag::CarriesSecret | CommandFlag::EightBitArgument
         | CommandFlag::Authenticates},
    // An APOP digest is not the secret (§7): its line is not sensitive.
    {"APOP", &Pop3ServerSession::commandApop,
     CommandFlag::Authorization | CommandFlag::NamesUser | CommandFlag::Authenticates},
    // RFC 2595 §4: in the AUTHORIZATION state only.
    {"STLS", &Pop3ServerSession::commandStls, CommandFlag::Authorization | CommandFlag::StartsTls},
    {"CAPA", &Pop3ServerSession::commandCapa, CommandFlag::Authorization | CommandFlag::Transaction},
    {"QUIT", &Pop3ServerSession::commandQuit, CommandFlag::Authorization | CommandFlag::Transaction},
    {"STAT", &Pop3ServerSession::commandStat, CommandFlag::Transaction},
    {"LIST", &Pop3ServerSession::commandList, CommandFlag::Transaction},
    {"RETR", &Pop3ServerSession::commandRetr, CommandFlag::Transaction},
    {"DELE", &Pop3ServerSession::commandDele, CommandFlag::Transaction},
    {"NOOP", &Pop3ServerSession::commandNoop, CommandFlag::Transaction},
    {"RSET", &Pop3ServerSession::commandRset, CommandFlag::Transaction},
    {"TOP", &Pop3ServerSession::commandTop, CommandFlag::Transaction},
    {"UIDL", &Pop3ServerSession::commandUidl, CommandFlag::Transaction},
};

const Pop3ServerSession::Command *Pop3ServerSession::findCommand(const QByteArray &keyword)
{
    for (const Command &command : commandTable) {
        if (keyword == command.name)
            return &command;
    }
    return nullptr;
}

void Pop3ServerSession::start()
{
    if (m_state != State::Greeting)
        return;
    // §7 (APOP): a timestamp unique to this greeting, in msg-id form.
    m_timestamp = m_config.timestamp;
    if (m_timestamp.isEmpty()) {
        m_timestamp = "<" + QByteArray::number(QCoreApplication::applicationPid()) + "."
            + QByteArray::number(QDateTime::currentMSecsSinceEpoch()) + "."
            + QByteArray::number(QRandomGenerator::global()->generate()) + "@" + m_config.domain + ">";
    }
    setState(State::Authorization);
    replyOk(m_config.greetingText + " " + m_timestamp);
}

void Pop3ServerSession::timeout()
{
    if (m_state == State::Closed)
        return;
    // §3: the autologout timer closes the session without entering UPDATE,
    // so nothing marked with DELE is removed.
    sayLine("-ERR autologout timer expired", m_phase, errorCode);
    closeWithoutUpdate({});
}

void Pop3ServerSession::connectionLost()
{
    if (m_state == State::Closed)
        return;
    // §6: only QUIT enters UPDATE; a broken connection removes nothing.
    releaseLock();
    setState(State::Closed);
}

Phase Pop3ServerSession::phase() const
{
    return m_phase;
}

Pop3ServerSession::State Pop3ServerSession::state() const
{
    return m_state;
}

QByteArray Pop3ServerSession::user() const
{
    return m_user;
}

QByteArray Pop3ServerSession::timestamp() const
{
    return m_timestamp;
}

QList<QByteArray> Pop3ServerSession::allowedCommands() const
{
    QList<QByteArray> names;
    if (m_state != State::Authorization && m_state != State::Transaction)
        return names;
    const CommandFlag valid = m_state == State::Authorization ? CommandFlag::Authorization
                                                              : CommandFlag::Transaction;
    for (const Command &command : commandTable) {
        const QByteArray name = command.name;
        // §7: PASS only right after a successful USER.
        if (command.flags.testFlag(valid) && (name != "PASS" || m_userAccepted) && offeredNow(command.flags))
            names.append(name);
    }
    return names;
}

void Pop3ServerSession::handleLine(const LineReader::Line &line)
{
    if (m_state != State::Authorization && m_state != State::Transaction)
        return;

    const qsizetype space = line.text.indexOf(' ');
    const QByteArray keyword = (space < 0 ? line.text : line.text.left(space)).toUpper();
    const QByteArray rest = space < 0 ? QByteArray() : line.text.mid(space + 1);
    const Command *command = findCommand(keyword);

    Utterance said = Utterance::line(line.text, m_phase);
    said.sensitive = command && command->flags.testFlag(CommandFlag::CarriesSecret);
    // §6: QUIT in TRANSACTION is where UPDATE begins.
    if (keyword == "QUIT" && m_state == State::Transaction)
        said.phase = Phase::Update;
    heard(said);

    // §7: PASS is valid only immediately after a successful USER.
    if (keyword != "PASS")
        m_userAccepted = false;

    // Postfix's habit: a malformed line gets a precise error and the session
    // carries on from the next line, in sync.
    if (line.overlong) {
        m_userAccepted = false;
        replyError("line too long: a command is at most 255 octets with CR LF (RFC 2449 section 4)");
        return;
    }
    if (line.bareLineFeed) {
        m_userAccepted = false;
        replyError("line must end with CR LF (RFC 1939 section 3)");
        return;
    }
    if (line.hasNul) {
        m_userAccepted = false;
        replyError("NUL octet in command");
        return;
    }
    if (line.bareCarriageReturn) {
        m_userAccepted = false;
        replyError("CR without LF in command");
        return;
    }
    // §3: keywords and arguments are printable ASCII. A password may be
    // UTF-8 in practice (Dovecot takes it), so PASS alone is spared.
    if (line.hasEightBit && !(command && command->flags.testFlag(CommandFlag::EightBitArgument))) {
        m_userAccepted = false;
        replyError("8-bit octet in command: commands are ASCII (RFC 1939 section 3)");
        return;
    }
    if (keyword.isEmpty()) {
        replyError("empty command");
        return;
    }
    if (!command) {
        replyError("unknown command");
        return;
    }
    if (m_state == State::Authorization && !command->flags.testFlag(CommandFlag::Authorization)) {
        replyError(keyword + " is not valid in the AUTHORIZATION state: log in first");
        return;
    }
    if (m_state == State::Transaction && !command->flags.testFlag(CommandFlag::Transaction)) {
        replyError(keyword + " is not valid in the TRANSACTION state: already logged in");
        return;
    }
    // §3: keywords and arguments are separated by a single space; be lenient
    // about repeated spaces.
    const QList<QByteArray> arguments = rest.split(' ');
    QList<QByteArray> words;
    for (const QByteArray &word : arguments) {
        if (!word.isEmpty())
            words.append(word);
    }
    // Dovecot's disable_plaintext_auth, in its words: refused before the
    // password is even asked for, so a client learns at USER.
    if (command->flags.testFlag(CommandFlag::Authenticates) && m_config.tlsAuthOnly && !isTlsActive()) {
        m_userAccepted = false;
        replyError("[AUTH] Plaintext authentication disallowed on non-secure (SSL/TLS) connections.");
        return;
    }
    if (m_config.fault) {
        const bool namesUser = command->flags.testFlag(CommandFlag::NamesUser);
        const QByteArray forced = m_config.fault(keyword, namesUser ? words.value(0) : m_user);
        if (forced.startsWith(errorCode)) {
            // §7: after a refused USER or PASS, a new USER must come first.
            m_userAccepted = false;
            replyError(forced.mid(errorCode.size()).trimmed());
            return;
        }
    }
    (this->*command->handler)(words, rest);
}

// --- AUTHORIZATION (§4, §7) ---------------------------------------------------

void Pop3ServerSession::commandUser(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (arguments.isEmpty()) {
        replyError("missing user name");
        return;
    }
    if (!checkArgumentCount(arguments, 1, 1))
        return;
    // §7: the server may say -ERR for an unknown name, but that tells an
    // attacker which names exist; like the course, answer a bare +OK (to a
    // name of another domain too: its PASS fails).
    m_user = accountOf(arguments.first());
    m_userAccepted = true;
    sayLine(okCode, Phase::Authorization, okCode);
}

void Pop3ServerSession::commandPass(const QList<QByteArray> &, const QByteArray &rest)
{
    if (!m_userAccepted) {
        replyError("PASS must follow a successful USER");
        return;
    }
    m_userAccepted = false;
    // §7: PASS has exactly one argument, so spaces belong to the password.
    if (rest.isEmpty()) {
        replyError("missing password");
        return;
    }
    if (m_user.isEmpty() || !m_maildrop || !m_maildrop->checkPassword(m_user, rest)) {
        replyError("[AUTH] invalid user name or password");
        return;
    }
    login(m_user);
}

void Pop3ServerSession::commandApop(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (arguments.size() != 2) {
        replyError("APOP needs a name and a digest");
        return;
    }
    const QByteArray name = accountOf(arguments.at(0));
    const QByteArray secret = m_maildrop && !name.isEmpty() ? m_maildrop->apopSecret(name) : QByteArray();
    // §7: digest = MD5(timestamp + secret), as 32 lower-case hex digits.
    const QByteArray expected =
        QCryptographicHash::hash(m_timestamp + secret, QCryptographicHash::Md5).toHex();
    if (secret.isEmpty() || arguments.at(1).toLower() != expected) {
        replyError("[AUTH] invalid user name or password");
        return;
    }
    m_user = name;
    login(name);
}

void Pop3ServerSession::login(const QByteArray &user)
{
    // §8: exclusive access to the maildrop for the session; a second session
    // is refused with the IN-USE response code (RFC 2449 §8).
    if (!m_maildrop->lock(user)) {
        replyError("[IN-USE] maildrop already locked");
        return;
    }
    m_locked = true;
    // §4: the snapshot is taken now; mail arriving later is not seen.
    m_messages = m_maildrop->messages(user);
    m_deleted = QList<bool>(m_messages.size(), false);
    sayLine(okCode + " " + loggedOnText, Phase::Authorization, okCode);
    setState(State::Transaction);
}

void Pop3ServerSession::commandQuit(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 0))
        return;
    quint64 durableTicket = 0;
    if (m_state == State::Transaction) {
        // §6: QUIT in TRANSACTION enters UPDATE: marked messages go now.
        setState(State::Update);
        QList<QByteArray> uids;
        for (int i = 0; i < m_messages.size(); ++i) {
            if (m_deleted.at(i))
                uids.append(m_messages.at(i).uid);
        }
        if (!uids.isEmpty())
            durableTicket = m_maildrop->remove(m_user, uids);
    }
    // §6: QUIT in AUTHORIZATION ends the session without entering UPDATE.
    releaseLock();
    // The +OK says the messages are gone: it waits until they are, on disk.
    Utterance signingOff = Utterance::line(okCode + " " + signingOffText, m_phase, okCode);
    signingOff.durableTicket = durableTicket;
    say(signingOff);
    requestClose();
    m_state = State::Closed; // m_phase keeps the last phase (UPDATE after a login)
}

// --- both states: CAPA (RFC 2449 §5) ------------------------------------------

void Pop3ServerSession::commandCapa(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 0))
        return;
    // RFC 2449 §6: only what this engine implements. PIPELINING holds because
    // every complete line is answered in order, however many arrive at once.
    QList<QByteArray> capabilities = {"TOP", "UIDL"};
    // USER only where it would be accepted; STLS only where it can begin
    // (RFC 2595 §4: not after a login, nor once TLS is on).
    if (offeredNow(CommandFlag::Authenticates))
        capabilities.append("USER");
    if (m_state == State::Authorization && offeredNow(CommandFlag::StartsTls))
        capabilities.append("STLS");
    capabilities += {"RESP-CODES", "PIPELINING", "IMPLEMENTATION Carteiro"};
    replyMultiLine(okCode + " Capability list follows", capabilities, LineRole::ListingLine);
}

bool Pop3ServerSession::offeredNow(CommandFlags flags) const
{
    if (flags.testFlag(CommandFlag::Authenticates) && m_config.tlsAuthOnly && !isTlsActive())
        return false;
    if (flags.testFlag(CommandFlag::StartsTls) && (!m_config.tlsOffered || isTlsActive()))
        return false;
    return true;
}

// --- AUTHORIZATION: STLS (RFC 2595 §4) -----------------------------------------

void Pop3ServerSession::commandStls(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 0))
        return;
    if (!m_config.tlsOffered) {
        replyError("TLS support isn't enabled.");
        return;
    }
    if (isTlsActive()) {
        replyError("TLS is already active.");
        return;
    }
    replyOk("Begin TLS negotiation");
    // A name given with USER in clear is forgotten: inside TLS the client
    // logs in from the start. What it pipelined after STLS is dropped unread
    // (CVE-2011-0411).
    m_user.clear();
    m_userAccepted = false;
    requestTls();
}

// --- TRANSACTION (§5, §7) -------------------------------------------------------

void Pop3ServerSession::commandStat(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 0))
        return;
    // §5: "+OK nn mm", messages not marked as deleted and their exact octets.
    replyOk(QByteArray::number(liveCount()) + " " + QByteArray::number(liveOctets()));
}

void Pop3ServerSession::commandList(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 1))
        return;
    if (arguments.size() == 1) {
        const int index = messageIndex(arguments.first());
        if (index < 0)
            return;
        replyOk(QByteArray::number(index + 1) + " " + QByteArray::number(m_messages.at(index).octets()));
        return;
    }
    QList<QByteArray> lines;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_deleted.at(i))
            lines.append(QByteArray::number(i + 1) + " " + QByteArray::number(m_messages.at(i).octets()));
    }
    replyMultiLine(okCode + " " + QByteArray::number(liveCount()) + " messages ("
                       + QByteArray::number(liveOctets()) + " octets)",
                   lines, LineRole::ListingLine);
}

void Pop3ServerSession::commandRetr(const QList<QByteArray> &arguments, const QByteArray &)
{
    const int index = singleMessageArgument(arguments);
    if (index < 0)
        return;
    QByteArray error;
    const QByteArray content = m_maildrop->content(m_user, m_messages.at(index), &error);
    if (!error.isEmpty()) {
        replyError(error);
        return;
    }
    replyMultiLine(okCode + " " + QByteArray::number(content.size()) + " octets", splitLines(content),
                   LineRole::MessageContent);
}

void Pop3ServerSession::commandTop(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (arguments.size() < 2) {
        replyError("TOP needs a message number and a number of lines");
        return;
    }
    if (!checkArgumentCount(arguments, 2, 2))
        return;
    const int index = messageIndex(arguments.at(0));
    if (index < 0)
        return;
    bool ok = false;
    const int bodyLines = isDigits(arguments.at(1)) ? arguments.at(1).toInt(&ok) : -1;
    if (!ok || bodyLines < 0) {
        replyError("invalid number of lines");
        return;
    }
    // §7: the header, the blank line that ends it, then n lines of the body.
    QByteArray error;
    const QByteArray content = m_maildrop->content(m_user, m_messages.at(index), &error);
    if (!error.isEmpty()) {
        replyError(error);
        return;
    }
    const QList<QByteArray> all = splitLines(content);
    QList<QByteArray> lines;
    int i = 0;
    for (; i < all.size(); ++i) {
        lines.append(all.at(i));
        if (all.at(i).isEmpty()) {
            ++i;
            break;
        }
    }
    for (int n = 0; n < bodyLines && i < all.size(); ++n, ++i)
        lines.append(all.at(i));
    replyMultiLine(okCode + " top of message follows", lines, LineRole::MessageContent);
}

void Pop3ServerSession::commandDele(const QList<QByteArray> &arguments, const QByteArray &)
{
    const int index = singleMessageArgument(arguments);
    if (index < 0)
        return;
    // §5: only marked; removed in UPDATE.
    m_deleted[index] = true;
    replyOk("message " + QByteArray::number(index + 1) + " deleted");
}

void Pop3ServerSession::commandNoop(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 0))
        return;
    sayLine(okCode, Phase::Transaction, okCode);
}

void Pop3ServerSession::commandRset(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 0))
        return;
    // §5: every deletion mark is removed.
    m_deleted.fill(false);
    replyOk("maildrop has " + QByteArray::number(liveCount()) + " messages ("
            + QByteArray::number(liveOctets()) + " octets)");
}

void Pop3ServerSession::commandUidl(const QList<QByteArray> &arguments, const QByteArray &)
{
    if (!checkArgumentCount(arguments, 0, 1))
        return;
    if (arguments.size() == 1) {
        const int index = messageIndex(arguments.first());
        if (index < 0)
            return;
        replyOk(QByteArray::number(index + 1) + " " + m_messages.at(index).uid);
        return;
    }
    QList<QByteArray> lines;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_deleted.at(i))
            lines.append(QByteArray::number(i + 1) + " " + m_messages.at(i).uid);
    }
    replyMultiLine(okCode + " unique-id listing follows", lines, LineRole::ListingLine);
}

// --- helpers -------------------------------------------------------------------

bool Pop3ServerSession::checkArgumentCount(const QList<QByteArray> &arguments, int minimum, int maximum)
{
    if (arguments.size() < minimum) {
        replyError("missing argument");
        return false;
    }
    if (arguments.size() > maximum) {
        replyError(maximum == 0 ? QByteArray("this command takes no argument")
                                : QByteArray("too many arguments"));
        return false;
    }
    return true;
}

int Pop3ServerSession::singleMessageArgument(const QList<QByteArray> &arguments)
{
    if (arguments.isEmpty()) {
        replyError("missing message number");
        return -1;
    }
    if (!checkArgumentCount(arguments, 1, 1))
        return -1;
    return messageIndex(arguments.first());
}

int Pop3ServerSession::messageIndex(const QByteArray &argument)
{
    if (!isDigits(argument)) {
        replyError("invalid message number");
        return -1;
    }
    bool ok = false;
    const int number = argument.toInt(&ok);
    if (!ok || number < 1 || number > m_messages.size()) {
        replyError("no such message");
        return -1;
    }
    // §5: "may NOT refer to a message marked as deleted".
    if (m_deleted.at(number - 1)) {
        replyError("message " + QByteArray::number(number) + " already deleted");
        return -1;
    }
    return number - 1;
}

void Pop3ServerSession::replyOk(const QByteArray &text)
{
    sayLine(okCode + " " + text, m_phase, okCode);
}

void Pop3ServerSession::replyError(const QByteArray &text)
{
    sayLine(errorCode + " " + text, m_phase, errorCode);
    ++m_errors;
    // Postfix's error counter: a peer that keeps failing is sent away, without
    // UPDATE, so nothing is deleted.
    if (m_config.maximumErrors > 0 && m_errors >= m_config.maximumErrors)
        closeWithoutUpdate("too many errors");
}

void Pop3ServerSession::replyMultiLine(const QByteArray &status, const QList<QByteArray> &lines,
                                       LineRole linesRole)
{
    // §3: a multi-line response is the status line, the lines with any
    // leading "." doubled (byte-stuffing), and a line of a single ".".
    Utterance response;
    response.phase = m_phase;
    response.code = okCode;
    response.role = LineRole::Reply;
    response.restRole = linesRole;
    response.lines.reserve(lines.size() + 2);
    response.lines.append(status);
    for (const QByteArray &line : lines)
        response.lines.append(DotStuffing::stuff(line));
    response.lines.append(DotStuffing::terminator);
    say(response);
}

void Pop3ServerSession::closeWithoutUpdate(const QByteArray &errorText)
{
    if (!errorText.isEmpty())
        sayLine(errorCode + " " + errorText, m_phase, errorCode);
    releaseLock();
    requestClose();
    m_state = State::Closed;
}

void Pop3ServerSession::releaseLock()
{
    if (m_locked && m_maildrop)
        m_maildrop->unlock(m_user);
    m_locked = false;
}

void Pop3ServerSession::setState(State state)
{
    m_state = state;
    switch (state) {
    case State::Greeting:
    case State::Authorization: m_phase = Phase::Authorization; break;
    case State::Transaction: m_phase = Phase::Transaction; break;
    case State::Update: m_phase = Phase::Update; break;
    case State::Closed: break; // keep the phase the session ended in
    }
}

int Pop3ServerSession::liveCount() const
{
    return int(m_deleted.count(false));
}

qint64 Pop3ServerSession::liveOctets() const
{
    qint64 total = 0;
    for (int i = 0; i < m_messages.size(); ++i) {
        if (!m_deleted.at(i))
            total += m_messages.at(i).octets();
    }
    return total;
}
