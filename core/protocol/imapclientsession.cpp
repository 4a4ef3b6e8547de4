// SPDX-License-Identifier: GPL-3.0-or-later
// imapclientsession.cpp — LOGIN, LIST, SELECT, SEARCH, FETCH the structure, FETCH the text, LOGOUT.
//
// Each step sends one tagged command and waits for its completion; untagged
// data on the way is read into the result (folders, UIDVALIDITY, EXISTS,
// the SEARCH numbers, each FETCH). A response is gathered line by line and
// literal by literal (handleOctets) before it is parsed with ImapParser,
// so a message's octets never go through the line reader's limit. The
// BODYSTRUCTURE says which part is the text and which are attachments
// (RFC 3501 §7.4.2: a multipart is a list of its parts then its subtype;
// a leaf is type, subtype, parameters, id, description, encoding, size…).
#include "imapclientsession.h"

#include "imapresponse.h"

#include <algorithm>

namespace {

using ImapResponse::item;
using ImapResponse::Leaf;

// A message's header fields without those that describe its MIME body.
QByteArray withoutBodyFields(const QByteArray &header)
{
    QByteArray out;
    bool skipping = false;
    for (const QByteArray &line : header.split('\n')) {
        if (line.isEmpty() || line == "\r")
            continue;
        const bool continuation = line.startsWith(' ') || line.startsWith('\t');
        if (!continuation) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            skipping = name == "content-type" || name == "content-transfer-encoding"
                || name == "content-disposition";
        }
        if (!skipping)
            out += line + '\n';
    }
    return out;
}

} // namespace

ImapClientSession::ImapClientSession(const ImapClientJob &job)
    : m_job(job)
{
    m_reader.setMaximumLength(ImapResponse::Reader::maximumLineLength);
}

// ---- actions ------------------------------------------------------------------

ImapAction ImapAction::create(const QByteArray &folder)
{
    ImapAction a;
    a.kind = Kind::Create;
    a.folder = folder;
    return a;
}

ImapAction ImapAction::rename(const QByteArray &folder, const QByteArray &newName)
{
    ImapAction a;
    a.kind = Kind::Rename;
    a.folder = folder;
    a.newName = newName;
    return a;
}

ImapAction ImapAction::remove(const QByteArray &folder)
{
    ImapAction a;
    a.kind = Kind::Delete;
    a.folder = folder;
    return a;
}

ImapAction ImapAction::store(quint32 uid, const QList<QByteArray> &flags, bool add)
{
    ImapAction a;
    a.kind = Kind::Store;
    a.uid = uid;
    a.flags = flags;
    a.add = add;
    return a;
}

ImapAction ImapAction::move(quint32 uid, const QByteArray &folder)
{
    ImapAction a;
    a.kind = Kind::Move;
    a.uid = uid;
    a.folder = folder;
    return a;
}

ImapAction ImapAction::copy(quint32 uid, const QByteArray &folder)
{
    ImapAction a = move(uid, folder);
    a.kind = Kind::Copy;
    return a;
}

ImapAction ImapAction::expunge()
{
    return ImapAction();
}

ImapAction ImapAction::fetchPart(quint32 uid, const QByteArray &part)
{
    ImapAction a;
    a.kind = Kind::FetchPart;
    a.uid = uid;
    a.part = part;
    return a;
}

ImapAction ImapAction::search(const QByteArray &criteria)
{
    ImapAction a;
    a.kind = Kind::Search;
    a.criteria = criteria;
    return a;
}

QByteArray ImapAction::argument(const QByteArray &octets)
{
    const bool ascii = std::all_of(octets.cbegin(), octets.cend(), [](char c) {
        const auto u = static_cast<unsigned char>(c);
        return u >= 0x20 && u < 0x7f;
    });
    // An atom as it is (SELECT INBOX), other ASCII quoted.
    const bool atom = !octets.isEmpty() && std::all_of(octets.cbegin(), octets.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-' || c == '/';
    });
    if (atom)
        return octets;
    if (ascii && octets.size() <= 1024)
        return ImapParser::quoted(octets);
    // RFC 7888: a non-synchronising literal, sent without waiting for "+".
    return '{' + QByteArray::number(octets.size()) + "+}\r\n" + octets;
}

QByteArray ImapAction::searchKey(const QByteArray &key, const QString &text)
{
    return key + ' ' + argument(text.toUtf8());
}

// ---- the session ----------------------------------------------------------------

void ImapClientSession::send(const QByteArray &command, bool sensitive)
{
    m_tag = 'a' + QByteArray::number(m_nextTag++);
    const Utterance u = ImapResponse::commandUtterance(m_tag + ' ' + command, m_phase, sensitive);
    say(u);
}

void ImapClientSession::handleLine(const LineReader::Line &line)
{
    QByteArray wire;
    QByteArray error;
    switch (m_responses.line(line, m_reader, &wire, &error)) {
    case ImapResponse::Reader::Result::More: return;
    case ImapResponse::Reader::Result::Broken: fail(error); return;
    case ImapResponse::Reader::Result::Whole: response(wire); return;
    }
}

void ImapClientSession::handleOctets(const QByteArray &octets)
{
    m_responses.octets(octets);
}

void ImapClientSession::response(const QByteArray &wire)
{
    const bool greeting = m_step == Step::Greeting;
    Utterance heardResponse = ImapResponse::heardUtterance(wire, m_phase, greeting);
    if (heardResponse.role == LineRole::Continuation) {
        heard(heardResponse);
        // This client sends only LITERAL+ literals: a "+" is IDLE's.
        if (m_step == Step::Idle) {
            m_result.idling = true;
            if (m_stopping || m_wakeUp)
                done();
        }
        return;
    }
    if (heardResponse.role == LineRole::Reply)
        heardResponse.answersLine = lastSaidLine();
    heard(heardResponse);

    ImapCommand r;
    QByteArray error;
    if (!ImapParser::parseResponse(wire, &r, &error)) {
        fail("a response could not be read: " + error);
        return;
    }
    if (greeting) {
        if (r.tag != "*" || (r.name != "OK" && r.name != "PREAUTH")) {
            fail(wire.left(200));
            return;
        }
        m_step = Step::Login;
        if (!r.arguments.isEmpty())
            readCapabilities(r.arguments.first().text);
        beginLogin();
        return;
    }
    if (r.tag == "*") {
        untagged(r);
        return;
    }
    if (r.tag != m_tag) {
        fail("a response with an unknown tag: " + wire.left(200));
        return;
    }
    completed(r.name == "OK", wire);
}

void ImapClientSession::beginLogin()
{
    if (m_job.tls != TlsPolicy::None && !isTlsActive()) {
        // §6.2.1: STARTTLS when the server lists it; a greeting without a
        // list does not say, so it is tried.
        if (m_capabilities.isEmpty() || m_capabilities.contains("STARTTLS")) {
            m_step = Step::StartTls;
            send("STARTTLS");
            return;
        }
        if (m_job.tls == TlsPolicy::Encrypt) {
            fail("TLS is required, but the server does not offer STARTTLS");
            return;
        }
    }
    sendLogin();
}

void ImapClientSession::sendLogin()
{
    m_step = Step::Login;
    // §6.2.3: the server said it refuses LOGIN here; the password stays home.
    if (m_capabilities.contains("LOGINDISABLED") && !isTlsActive()) {
        fail("the server does not accept LOGIN without TLS (LOGINDISABLED)");
        return;
    }
    send("LOGIN " + ImapParser::quoted(m_job.user) + ' ' + ImapParser::quoted(m_job.password), true);
}

void ImapClientSession::tlsEstablished()
{
    ProtocolSession::tlsEstablished();
    if (!m_awaitingTls || m_result.finished)
        return; // implicit TLS: the greeting is still to come
    m_awaitingTls = false;
    // §6.2.1: the capabilities heard in clear may have been tampered with.
    m_capabilities.clear();
    m_step = Step::Capability;
    send("CAPABILITY");
}

void ImapClientSession::tlsFailed(const QString &reason)
{
    if (m_result.finished)
        return;
    // The Connection closes the socket: nothing more is said.
    m_awaitingTls = false;
    m_result.finished = true;
    m_result.ok = false;
    if (m_result.error.isEmpty())
        m_result.error = "TLS handshake failed: " + reason.toUtf8();
    m_step = Step::Done;
}

void ImapClientSession::readCapabilities(const QByteArray &text)
{
    // "[CAPABILITY IMAP4rev1 IDLE MOVE …] text" (RFC 3501 §7.1)
    if (!text.startsWith("[CAPABILITY "))
        return;
    m_capabilities.clear();
    const QList<QByteArray> words = text.mid(12, text.indexOf(']') - 12).split(' ');
    for (const QByteArray &w : words)
        m_capabilities.insert(w.toUpper());
}

void ImapClientSession::untagged(const ImapCommand &r)
{
    if (r.name == "BYE" && m_step != Step::Logout) {
        m_result.error = "the server said BYE";
        return;
    }
    if (r.name == "LIST" && r.arguments.size() >= 3) {
        m_result.folders.append(r.arguments.at(2).text);
        ImapFolderEntry entry;
        entry.name = r.arguments.at(2).text;
        for (const ImapValue &a : r.arguments.at(0).items)
            entry.attributes.append(a.text);
        m_result.folderEntries.append(entry);
    }
    if (r.name == "CAPABILITY") {
        m_capabilities.clear();
        for (const ImapValue &v : r.arguments)
            m_capabilities.insert(v.text.toUpper());
    }
    if (r.name == "OK" && !r.arguments.isEmpty()) {
        const QByteArray text = r.arguments.first().text;
        if (text.startsWith("[UIDVALIDITY"))
            m_result.uidValidity = text.mid(13).split(']').value(0).toUInt();
    }
    if (r.name == "SEARCH") {
        QList<quint32> &into = m_step == Step::MessageAction ? m_result.searchHits : m_newUids;
        for (const ImapValue &v : r.arguments)
            into.append(v.text.toUInt());
    }
    bool number = false;
    r.name.toInt(&number);
    if (!number || r.arguments.isEmpty())
        return;
    const QByteArray what = r.arguments.first().upperAtom();
    if (what == "EXPUNGE")
        m_exists = qMax(0, m_exists - 1);
    if (what == "EXISTS") {
        const int before = m_exists;
        m_exists = r.name.toInt();
        m_result.messagesOnServer = m_exists;
        // New mail while idling (RFC 2177): end IDLE and read the folder again.
        if (m_step == Step::Idle && m_exists > before && !m_stopping) {
            m_wakeUp = true;
            if (m_result.idling)
                done();
        }
    }
    if (what != "FETCH" || r.arguments.size() < 2)
        return;
    const ImapValue &data = r.arguments.at(1);
    const ImapValue *uid = item(data, "UID");
    if (!uid)
        return;
    const quint32 id = uid->text.toUInt();
    if (const ImapValue *flags = item(data, "FLAGS")) {
        QList<QByteArray> &known = m_result.flags[id];
        known.clear();
        for (const ImapValue &f : flags->items)
            known.append(f.text);
    }
    if (m_step == Step::MessageAction && m_actionIndex > 0
        && m_messageActions.at(m_actionIndex - 1).kind == ImapAction::Kind::FetchPart
        && m_messageActions.at(m_actionIndex - 1).uid == id) {
        const QByteArray part = m_messageActions.at(m_actionIndex - 1).part;
        ImapFetchedPart fetched;
        fetched.uid = id;
        fetched.part = part;
        for (qsizetype i = 0; i + 1 < data.items.size(); i += 2) {
            const QByteArray name = data.items.at(i).text.toUpper();
            if (name == "BODY[" + part + ".MIME]")
                fetched.mime = data.items.at(i + 1).text;
            else if (name == "BODY[" + part + "]")
                fetched.octets = data.items.at(i + 1).text;
        }
        m_result.parts.append(fetched);
        return;
    }
    if (!m_wanted.contains(id))
        return; // a flags update, not a message being downloaded
    ImapFetchedMessage *message = nullptr;
    for (ImapFetchedMessage &m : m_result.messages) {
        if (m.uid == id)
            message = &m;
    }
    if (!message) {
        m_result.messages.append(ImapFetchedMessage());
        message = &m_result.messages.last();
        message->uid = id;
    }
    if (const ImapValue *flags = item(data, "FLAGS")) {
        message->flags.clear();
        for (const ImapValue &f : flags->items)
            message->flags.append(f.text);
    }
    if (const ImapValue *size = item(data, "RFC822.SIZE"))
        message->size = size->text.toLongLong();
    if (const ImapValue *structure = item(data, "BODYSTRUCTURE")) {
        const QList<Leaf> parts = ImapResponse::leaves(*structure);
        const bool single = structure->items.value(0).kind != ImapValue::Kind::List;
        for (const Leaf &leaf : std::as_const(parts)) {
            if (!leaf.attachment && !m_textPart.contains(id) && leaf.type.startsWith("text/"))
                m_textPart.insert(id, single ? QByteArray() : leaf.part);
            else if (leaf.attachment)
                message->attachments.append({leaf.part, leaf.fileName, leaf.type, leaf.size});
        }
        if (!m_textPart.contains(id))
            m_textPart.insert(id, QByteArray());
    }
    // Sections: the header, the text part's MIME header and body, or the whole.
    QByteArray header;
    QByteArray mime;
    QByteArray text;
    bool whole = false;
    for (qsizetype i = 0; i + 1 < data.items.size(); i += 2) {
        const QByteArray name = data.items.at(i).text.toUpper();
        const QByteArray &octets = data.items.at(i + 1).text;
        if (!name.startsWith("BODY["))
            continue;
        message->downloaded += octets.size();
        if (name == "BODY[HEADER]")
            header = octets;
        else if (name == "BODY[]") {
            message->content = octets;
            whole = true;
        } else if (name.endsWith(".MIME]"))
            mime = octets;
        else
            text = octets;
    }
    if (!header.isEmpty())
        message->content = header;
    if (!whole && !text.isEmpty()) {
        message->content = withoutBodyFields(message->content) + mime + text;
        message->partial = !message->attachments.isEmpty();
    }
}

void ImapClientSession::completed(bool ok, const QByteArray &line)
{
    switch (m_step) {
    case Step::StartTls:
        if (ok) {
            m_awaitingTls = true;
            requestTls();
            return;
        }
        if (m_job.tls == TlsPolicy::Encrypt) {
            fail("TLS is required, but the server refused STARTTLS: " + line.left(200));
            return;
        }
        sendLogin(); // opportunistic: in clear, as without TLS
        return;
    case Step::Capability:
        // The untagged CAPABILITY was read (untagged()); a refusal leaves none.
        sendLogin();
        return;
    case Step::Login: {
        if (!ok) {
            fail(line);
            return;
        }
        m_phase = Phase::Authenticated;
        // "a1 OK [CAPABILITY …] Logged in": what the server offers once logged in.
        const qsizetype bracket = line.indexOf('[');
        if (bracket > 0)
            readCapabilities(line.mid(bracket));
        for (const ImapAction &a : std::as_const(m_job.actions))
            (a.isFolderAction() ? m_folderActions : m_messageActions).append(a);
        m_actionIndex = 0;
        nextFolderAction();
        return;
    }
    case Step::FolderAction:
    case Step::MessageAction:
        m_actionOk = m_actionOk && ok;
        if (!m_actionCommands.isEmpty() && ok) {
            send(m_actionCommands.takeFirst());
            return;
        }
        m_actionCommands.clear();
        m_result.outcomes.append(
            {(m_step == Step::FolderAction ? m_folderActions : m_messageActions).at(m_actionIndex - 1),
             m_actionOk, line});
        if (m_step == Step::FolderAction)
            nextFolderAction();
        else
            nextMessageAction();
        return;
    case Step::List:
        m_step = Step::Select;
        m_result.folder = m_job.folder;
        send("SELECT " + ImapAction::argument(m_job.folder));
        return;
    case Step::Select:
        if (!ok) {
            fail(line);
            return;
        }
        m_result.selected = true;
        m_phase = Phase::Selected;
        m_actionIndex = 0;
        nextMessageAction();
        return;
    case Step::Search: {
        if (!ok) {
            fail(line);
            return;
        }
        m_result.uids = m_newUids;
        const bool sameUids = m_job.uidValidity == 0 || m_job.uidValidity == m_result.uidValidity;
        bool anyKnown = false;
        for (const quint32 uid : std::as_const(m_newUids)) {
            if (!sameUids || !m_job.knownUids.contains(uid)) {
                m_wanted.insert(uid);
            } else {
                anyKnown = true;
            }
        }
        if (m_job.readFlags && anyKnown) {
            m_step = Step::Flags;
            send("UID FETCH 1:* (FLAGS)");
            return;
        }
        fetchNew();
        return;
    }
    case Step::Flags:
        if (!ok) {
            fail(line);
            return;
        }
        fetchNew();
        return;
    case Step::Structure:
        if (!ok) {
            fail(line);
            return;
        }
        m_step = Step::Text;
        m_textIndex = 0;
        fetchNextText();
        return;
    case Step::Text:
        if (!ok) {
            fail(line);
            return;
        }
        fetchNextText();
        return;
    case Step::Idle:
    case Step::IdleDone:
        // IDLE ended (DONE said): leave, or read the folder again.
        m_result.idling = false;
        if (m_stopping || !ok) {
            if (!ok)
                m_result.error = line.left(200);
            logout();
            return;
        }
        m_wakeUp = false;
        m_result.messages.clear();
        m_wanted.clear();
        m_textPart.clear();
        searchAll();
        return;
    case Step::Logout:
        m_step = Step::Done;
        m_result.finished = true;
        m_result.ok = m_result.error.isEmpty();
        requestClose();
        return;
    case Step::Greeting:
    case Step::Done: break;
    }
}

void ImapClientSession::startAction(const ImapAction &action)
{
    m_actionOk = true;
    m_actionCommands.clear();
    const QByteArray uid = QByteArray::number(action.uid);
    const QByteArray folder = ImapAction::argument(action.folder);
    switch (action.kind) {
    case ImapAction::Kind::Create: m_actionCommands.append("CREATE " + folder); break;
    case ImapAction::Kind::Rename:
        m_actionCommands.append("RENAME " + folder + ' ' + ImapAction::argument(action.newName));
        break;
    case ImapAction::Kind::Delete: m_actionCommands.append("DELETE " + folder); break;
    case ImapAction::Kind::Store:
        m_actionCommands.append("UID STORE " + uid + (action.add ? " +FLAGS (" : " -FLAGS (")
                                + action.flags.join(' ') + ')');
        break;
    case ImapAction::Kind::Move:
        if (m_capabilities.contains("MOVE")) {
            m_actionCommands.append("UID MOVE " + uid + ' ' + folder);
        } else {
            // RFC 6851 §3.3: what a client does without MOVE.
            m_actionCommands.append("UID COPY " + uid + ' ' + folder);
            m_actionCommands.append("UID STORE " + uid + " +FLAGS.SILENT (\\Deleted)");
            m_actionCommands.append(m_capabilities.contains("UIDPLUS") ? "UID EXPUNGE " + uid
                                                                       : QByteArray("EXPUNGE"));
        }
        break;
    case ImapAction::Kind::Copy: m_actionCommands.append("UID COPY " + uid + ' ' + folder); break;
    case ImapAction::Kind::Expunge: m_actionCommands.append("EXPUNGE"); break;
    case ImapAction::Kind::FetchPart:
        // The course's "on demand": only this part, its MIME header first
        // (RFC 3501 §6.4.5); PEEK leaves \Seen as it was.
        m_actionCommands.append("UID FETCH " + uid + " (BODY.PEEK[" + action.part + ".MIME] BODY.PEEK["
                                + action.part + "])");
        break;
    case ImapAction::Kind::Search: {
        m_result.searched = true;
        m_result.searchHits.clear();
        // RFC 3501 §6.4.4: a search string in UTF-8 names its charset.
        const bool ascii = std::all_of(action.criteria.cbegin(), action.criteria.cend(),
                                       [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        m_actionCommands.append("UID SEARCH " + QByteArray(ascii ? "" : "CHARSET UTF-8 ")
                                + (action.criteria.isEmpty() ? QByteArray("ALL") : action.criteria));
        break;
    }
    }
    send(m_actionCommands.takeFirst());
}

void ImapClientSession::nextFolderAction()
{
    if (m_actionIndex < m_folderActions.size()) {
        m_step = Step::FolderAction;
        startAction(m_folderActions.at(m_actionIndex++));
        return;
    }
    m_step = Step::List;
    send("LIST \"\" \"*\"");
}

void ImapClientSession::nextMessageAction()
{
    if (m_actionIndex < m_messageActions.size()) {
        m_step = Step::MessageAction;
        startAction(m_messageActions.at(m_actionIndex++));
        return;
    }
    searchAll();
}

void ImapClientSession::searchAll()
{
    m_step = Step::Search;
    m_newUids.clear();
    send("UID SEARCH ALL");
}

void ImapClientSession::roundDone()
{
    ++m_result.rounds;
    // What is known now is not fetched again after a wake-up.
    for (const ImapFetchedMessage &m : std::as_const(m_result.messages))
        m_job.knownUids.insert(m.uid);
    m_job.uidValidity = m_result.uidValidity;
    if (m_roundHandler)
        m_roundHandler(m_result);
    if (!m_job.idle || m_stopping) {
        logout();
        return;
    }
    m_step = Step::Idle;
    m_result.idling = false;
    send("IDLE");
}

void ImapClientSession::done()
{
    m_step = Step::IdleDone;
    Utterance u = Utterance::line("DONE", m_phase);
    u.role = LineRole::Command;
    say(u);
}

void ImapClientSession::stop()
{
    if (m_result.finished || m_step == Step::Logout || m_step == Step::Done)
        return;
    m_stopping = true;
    if (m_step == Step::Idle && m_result.idling)
        done();
    else if (m_step == Step::Greeting) {
        m_result.finished = true;
        m_step = Step::Done;
        requestClose();
    }
}

void ImapClientSession::fetchNew()
{
    QList<quint32> wanted;
    for (const quint32 uid : std::as_const(m_newUids)) {
        if (m_wanted.contains(uid))
            wanted.append(uid);
    }
    if (wanted.isEmpty()) {
        roundDone();
        return;
    }
    m_step = Step::Structure;
    QByteArray set;
    for (const quint32 uid : std::as_const(wanted))
        set += (set.isEmpty() ? "" : ",") + QByteArray::number(uid);
    // The structure first: what is there, and how big, before downloading.
    send("UID FETCH " + set + " (UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER])");
}

void ImapClientSession::fetchNextText()
{
    while (m_textIndex < m_result.messages.size()) {
        const ImapFetchedMessage &m = m_result.messages.at(m_textIndex++);
        const QByteArray part = m_textPart.value(m.uid);
        const QByteArray uid = QByteArray::number(m.uid);
        if (m_job.download == ImapDownload::Whole || m.attachments.isEmpty() || part.isEmpty()) {
            send("UID FETCH " + uid + " (BODY.PEEK[])");
            return;
        }
        // The course's point: only the text; the attachments stay on the server.
        send("UID FETCH " + uid + " (BODY.PEEK[" + part + ".MIME] BODY.PEEK[" + part + "])");
        return;
    }
    roundDone();
}

void ImapClientSession::logout()
{
    m_step = Step::Logout;
    m_phase = Phase::Logout;
    send("LOGOUT");
}

void ImapClientSession::fail(const QByteArray &error)
{
    if (m_result.error.isEmpty())
        m_result.error = error;
    if (m_step == Step::Idle || m_step == Step::IdleDone) {
        m_stopping = true; // IDLE's completion leads to LOGOUT
        if (m_step == Step::Idle && m_result.idling)
            done();
        return;
    }
    if (m_step == Step::Logout || m_step == Step::Done || m_step == Step::Greeting) {
        m_result.finished = true;
        m_step = Step::Done;
        requestClose();
        return;
    }
    logout();
}

void ImapClientSession::connectionLost()
{
    if (m_result.finished)
        return;
    m_result.finished = true;
    m_result.ok = false;
    if (m_result.error.isEmpty())
        m_result.error = "the connection was lost";
}

void ImapClientSession::timeout()
{
    if (m_result.error.isEmpty())
        m_result.error = "the server did not answer in time";
    m_result.finished = true;
    requestClose();
}
