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

namespace {

// The value after `name` in a FETCH's list ("UID 3 FLAGS (…)"), or null.
const ImapValue *item(const ImapValue &list, const QByteArray &name)
{
    for (qsizetype i = 0; i + 1 < list.items.size(); i += 2) {
        if (list.items.at(i).kind == ImapValue::Kind::Atom && list.items.at(i).text.toUpper() == name)
            return &list.items.at(i + 1);
    }
    return nullptr;
}

QByteArray parameter(const ImapValue &parameters, const QByteArray &name)
{
    if (parameters.kind != ImapValue::Kind::List)
        return {};
    for (qsizetype i = 0; i + 1 < parameters.items.size(); i += 2) {
        if (parameters.items.at(i).text.compare(name, Qt::CaseInsensitive) == 0)
            return parameters.items.at(i + 1).text;
    }
    return {};
}

struct Leaf {
    QByteArray part;
    QByteArray type;
    QByteArray fileName;
    qint64 size = 0;
    bool attachment = false;
};

// The leaves of a BODYSTRUCTURE, numbered as sections (RFC 3501 §6.4.5).
void leaves(const ImapValue &body, const QByteArray &number, QList<Leaf> *out, int depth = 0)
{
    if (body.kind != ImapValue::Kind::List || body.items.isEmpty() || depth > ImapParser::maximumDepth)
        return;
    if (body.items.first().kind == ImapValue::Kind::List) {
        int n = 0;
        for (const ImapValue &child : body.items) {
            if (child.kind != ImapValue::Kind::List)
                break;
            ++n;
            leaves(child, number.isEmpty() ? QByteArray::number(n) : number + '.' + QByteArray::number(n),
                   out, depth + 1);
        }
        return;
    }
    Leaf leaf;
    leaf.part = number.isEmpty() ? QByteArray("1") : number;
    leaf.type = body.items.value(0).text.toLower() + '/' + body.items.value(1).text.toLower();
    leaf.size = body.items.value(6).text.toLongLong();
    leaf.fileName = parameter(body.items.value(2), "name");
    // The disposition follows the lines (text) or the MD5 (other types).
    const qsizetype dispositionAt = leaf.type.startsWith("text/") ? 9 : 8;
    const ImapValue disposition = body.items.value(dispositionAt);
    if (disposition.kind == ImapValue::Kind::List && !disposition.items.isEmpty()) {
        leaf.attachment = disposition.items.first().text.compare("attachment", Qt::CaseInsensitive) == 0;
        const QByteArray name = parameter(disposition.items.value(1), "filename");
        if (!name.isEmpty())
            leaf.fileName = name;
    }
    leaf.attachment = leaf.attachment || !leaf.fileName.isEmpty() || !leaf.type.startsWith("text/");
    out->append(leaf);
}

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
    m_reader.setMaximumLength(maximumLineLength);
}

void ImapClientSession::send(const QByteArray &command, bool sensitive)
{
    m_tag = 'a' + QByteArray::number(m_nextTag++);
    Utterance u = Utterance::line(m_tag + ' ' + command, m_phase);
    u.sensitive = sensitive;
    u.role = LineRole::Command;
    say(u);
}

void ImapClientSession::handleLine(const LineReader::Line &line)
{
    if (line.overlong) {
        fail("a line from the server is longer than " + QByteArray::number(maximumLineLength) + " octets");
        return;
    }
    m_wire += line.text;
    const std::optional<ImapParser::Literal> literal = ImapParser::trailingLiteral(line.text);
    if (literal && !line.text.startsWith('+')) {
        if (literal->size < 0 || literal->size > maximumLiteral) {
            fail("the server announced a literal too large");
            return;
        }
        m_wire += "\r\n";
        m_literalLeft = literal->size;
        if (m_literalLeft > 0)
            m_reader.expectOctets(m_literalLeft);
        return;
    }
    const QByteArray wire = m_wire;
    m_wire.clear();
    response(wire);
}

void ImapClientSession::handleOctets(const QByteArray &octets)
{
    m_wire += octets;
    m_literalLeft -= octets.size();
}

void ImapClientSession::response(const QByteArray &wire)
{
    Utterance heardResponse;
    heardResponse.lines = ImapParser::heardLines(wire);
    heardResponse.phase = m_phase;
    const bool greeting = m_step == Step::Greeting;
    if (wire.startsWith("+")) {
        heardResponse.role = LineRole::Continuation;
        heardResponse.code = "+";
        heard(heardResponse);
        return; // this client sends no literal: nothing to continue
    }
    const bool isUntagged = wire.startsWith("* ");
    heardResponse.role = greeting ? LineRole::Greeting : isUntagged ? LineRole::Untagged : LineRole::Reply;
    heardResponse.restRole = LineRole::Literal;
    heardResponse.code = isUntagged ? QByteArray("*") : wire.split(' ').value(1).toUpper();
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
        send("LOGIN " + ImapParser::quoted(m_job.user) + ' ' + ImapParser::quoted(m_job.password), true);
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

void ImapClientSession::untagged(const ImapCommand &r)
{
    if (r.name == "BYE" && m_step != Step::Logout) {
        m_result.error = "the server said BYE";
        return;
    }
    if (r.name == "LIST" && r.arguments.size() >= 3)
        m_result.folders.append(r.arguments.at(2).text);
    if (r.name == "OK" && !r.arguments.isEmpty()) {
        const QByteArray text = r.arguments.first().text;
        if (text.startsWith("[UIDVALIDITY"))
            m_result.uidValidity = text.mid(13).split(']').value(0).toUInt();
    }
    if (r.name == "SEARCH") {
        for (const ImapValue &v : r.arguments)
            m_newUids.append(v.text.toUInt());
    }
    bool number = false;
    r.name.toInt(&number);
    if (!number || r.arguments.isEmpty())
        return;
    const QByteArray what = r.arguments.first().upperAtom();
    if (what == "EXISTS")
        m_result.messagesOnServer = r.name.toInt();
    if (what != "FETCH" || r.arguments.size() < 2)
        return;
    const ImapValue &data = r.arguments.at(1);
    const ImapValue *uid = item(data, "UID");
    if (!uid)
        return;
    const quint32 id = uid->text.toUInt();
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
        QList<Leaf> parts;
        leaves(*structure, QByteArray(), &parts);
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
    case Step::Login:
        if (!ok) {
            fail(line);
            return;
        }
        m_phase = Phase::Authenticated;
        m_step = Step::List;
        send("LIST \"\" \"*\"");
        return;
    case Step::List:
        m_step = Step::Select;
        send("SELECT INBOX");
        return;
    case Step::Select:
        if (!ok) {
            fail(line);
            return;
        }
        m_phase = Phase::Selected;
        m_step = Step::Search;
        m_newUids.clear();
        send("UID SEARCH ALL");
        return;
    case Step::Search: {
        if (!ok) {
            fail(line);
            return;
        }
        const bool sameUids = m_job.uidValidity == 0 || m_job.uidValidity == m_result.uidValidity;
        QList<QByteArray> wanted;
        for (const quint32 uid : std::as_const(m_newUids)) {
            if (!sameUids || !m_job.knownUids.contains(uid))
                wanted.append(QByteArray::number(uid));
        }
        if (wanted.isEmpty()) {
            logout();
            return;
        }
        m_step = Step::Structure;
        QByteArray set;
        for (const QByteArray &uid : std::as_const(wanted))
            set += (set.isEmpty() ? "" : ",") + uid;
        // The structure first: what is there, and how big, before downloading.
        send("UID FETCH " + set + " (UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER])");
        return;
    }
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
    logout();
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
