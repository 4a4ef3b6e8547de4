// SPDX-License-Identifier: GPL-3.0-or-later
// quizconsolesession.cpp — the class's quiz over a terminal: USER, PASS,
// QUESTION, ANSWER, LANG, HELP, QUIT; every -ERR says what was wrong, and
// the session reads on from the next line (Postfix's habit, as POP3 here).
#include "quizconsolesession.h"

#include "dotstuffing.h"

namespace {

const QByteArray okCode = "+OK";
const QByteArray errorCode = "-ERR";

QByteArray choiceRange(qsizetype count)
{
    return count == 1 ? QByteArray("1") : "1 to " + QByteArray::number(count);
}

} // namespace

QuizConsoleSession::QuizConsoleSession(const QuizConsoleConfig &config, QuizConsoleDelegate *delegate)
    : m_config(config)
    , m_delegate(delegate)
    , m_language(config.language)
    , m_self(std::make_shared<QuizConsoleSession *>(this))
{
    m_reader.setMaximumLength(maximumCommandLength);
}

QuizConsoleSession::~QuizConsoleSession() = default;

void QuizConsoleSession::start()
{
    replyOk(m_config.host + " quiz ready");
}

void QuizConsoleSession::timeout()
{
    if (m_closed)
        return;
    close("autologout timer expired");
}

void QuizConsoleSession::handleLine(const LineReader::Line &line)
{
    if (m_closed)
        return;
    const qsizetype space = line.text.indexOf(' ');
    const QByteArray keyword = (space < 0 ? line.text : line.text.left(space)).toUpper();
    const QByteArray argument = space < 0 ? QByteArray() : line.text.mid(space + 1).trimmed();

    Utterance said = Utterance::line(line.text, Phase::None);
    // The password is recorded marked, as POP3's PASS (hidden when the class hides them).
    said.sensitive = keyword == "PASS";
    heard(said);

    if (keyword != "PASS" && !m_user.isEmpty() && m_student < 0)
        m_user.clear(); // PASS must come right after USER, as in POP3
    if (line.overlong) {
        replyError("line too long: a command is at most 255 octets with CR LF");
        return;
    }
    if (line.bareLineFeed) {
        replyError("line must end with CR LF");
        return;
    }
    if (line.hasNul) {
        replyError("NUL octet in command");
        return;
    }
    if (line.bareCarriageReturn) {
        replyError("CR without LF in command");
        return;
    }
    if (line.hasEightBit && keyword != "PASS") {
        replyError("8-bit octet in command: commands are ASCII (a password may be UTF-8)");
        return;
    }
    if (keyword.isEmpty()) {
        replyError("empty command: try HELP");
        return;
    }
    if (keyword == "USER")
        commandUser(argument);
    else if (keyword == "PASS")
        commandPass(space < 0 ? QByteArray() : line.text.mid(space + 1));
    else if (keyword == "QUESTION")
        commandQuestion();
    else if (keyword == "ANSWER")
        commandAnswer(argument);
    else if (keyword == "LANG")
        commandLang(argument);
    else if (keyword == "HELP")
        commandHelp();
    else if (keyword == "NOOP")
        replyOk("");
    else if (keyword == "QUIT") {
        replyOk("bye");
        requestClose();
        m_closed = true;
    } else {
        replyError("unknown command " + keyword.left(20)
                   + ": use USER, PASS, QUESTION, ANSWER, LANG, HELP or QUIT");
    }
}

void QuizConsoleSession::commandUser(const QByteArray &argument)
{
    if (m_student >= 0) {
        replyError("already logged in as " + m_address);
        return;
    }
    if (argument.isEmpty() || argument.contains(' ')) {
        replyError("USER needs one user name: USER alumno1");
        return;
    }
    m_user = argument;
    replyOk("send PASS");
}

void QuizConsoleSession::commandPass(const QByteArray &argument)
{
    if (m_student >= 0) {
        replyError("already logged in as " + m_address);
        return;
    }
    if (m_user.isEmpty()) {
        replyError("USER first: USER alumno1, then PASS");
        return;
    }
    if (argument.isEmpty()) {
        m_user.clear();
        replyError("PASS needs the password: USER again, then PASS");
        return;
    }
    const QByteArray user = m_user;
    m_user.clear();
    if (!m_delegate) {
        replyError("wrong user or password (the class's accounts only)");
        return;
    }
    m_waiting = true;
    m_checking = true;
    const std::weak_ptr<QuizConsoleSession *> watched = m_self;
    m_delegate->logIn(user, argument, [watched](int student, const QByteArray &address) {
        const std::shared_ptr<QuizConsoleSession *> self = watched.lock();
        if (!self || !(*self)->m_waiting)
            return; // gone, or answered once already
        QuizConsoleSession *session = *self;
        session->m_waiting = false;
        session->loggedIn(student, address);
        // Answered later (a failed log-in waits): the owner passes it on.
        if (!session->m_checking && session->m_answeredLater)
            session->m_answeredLater();
    });
    m_checking = false;
}

void QuizConsoleSession::loggedIn(int student, const QByteArray &address)
{
    if (m_closed)
        return;
    if (student < 0) {
        ++m_loginFailures;
        if (m_config.maximumLoginFailures > 0 && m_loginFailures >= m_config.maximumLoginFailures) {
            close("wrong user or password, " + QByteArray::number(m_loginFailures)
                  + " times: connect again to try once more");
        } else {
            replyError("wrong user or password (the class's accounts only)");
        }
    } else {
        m_student = student;
        m_address = address;
        replyOk("logged in as " + address);
    }
}

void QuizConsoleSession::commandQuestion()
{
    if (m_student < 0) {
        replyError("log in first: USER, then PASS");
        return;
    }
    const QuizConsoleQuestion q = m_delegate ? m_delegate->openQuestion(m_student, m_language)
                                             : QuizConsoleQuestion();
    if (q.number <= 0) {
        m_shown = 0;
        m_shownCodes.clear();
        QByteArray text = "no question is open now";
        if (q.lastNumber > 0) {
            text += "; question " + QByteArray::number(q.lastNumber) + ": the reply was " + q.lastCode;
            text += q.lastMine.isEmpty()
                ? QByteArray(", you did not answer")
                : ", you answered " + q.lastMine + (q.lastMine == q.lastCode ? ": right" : ": not this time");
        }
        replyOk(text);
        return;
    }
    m_shown = q.number;
    m_shownCodes = q.codes;
    QList<QByteArray> lines;
    lines.append("C: " + q.command);
    for (qsizetype i = 0; i < q.codes.size(); ++i) {
        const QByteArray meaning = q.meanings.value(i);
        lines.append(QByteArray::number(i + 1) + ' ' + q.codes.at(i)
                     + (meaning.isEmpty() ? QByteArray() : ' ' + meaning));
    }
    if (!q.mine.isEmpty())
        lines.append("your answer: " + QByteArray::number(q.codes.indexOf(q.mine) + 1) + " (" + q.mine
                     + "); ANSWER again to change it");
    replyMultiLine("question " + QByteArray::number(q.number) + ": what will " + q.host + " answer? "
                       + QByteArray::number(q.codes.size()) + " choices",
                   lines);
}

void QuizConsoleSession::commandAnswer(const QByteArray &argument)
{
    if (m_student < 0) {
        replyError("log in first: USER, then PASS");
        return;
    }
    if (argument.isEmpty() || argument.contains(' ')) {
        replyError("ANSWER needs the number of one choice: ANSWER 2 (QUESTION lists them)");
        return;
    }
    const QuizConsoleQuestion q = m_delegate ? m_delegate->openQuestion(m_student, m_language)
                                             : QuizConsoleQuestion();
    if (q.number <= 0) {
        replyError("no question is open now");
        return;
    }
    if (m_shown > 0 && m_shown != q.number) {
        replyError("question " + QByteArray::number(q.number) + " is open now, not question "
                   + QByteArray::number(m_shown) + ": send QUESTION to read it");
        return;
    }
    // The choice's number (1, 2 …) or its code as written ("250", "+OK").
    QByteArray code;
    bool numeric = false;
    const int index = argument.toInt(&numeric);
    if (numeric && index >= 1 && index <= q.codes.size()) {
        code = q.codes.at(index - 1);
    } else {
        for (const QByteArray &c : q.codes) {
            if (c.compare(argument, Qt::CaseInsensitive) == 0)
                code = c;
        }
    }
    if (code.isEmpty()) {
        replyError("no choice " + argument.left(20) + ": choose " + choiceRange(q.codes.size())
                   + " (QUESTION lists them)");
        return;
    }
    const QByteArray number = QByteArray::number(q.codes.indexOf(code) + 1);
    const QByteArray which = QByteArray::number(q.number);
    switch (m_delegate->takeAnswer(m_student, q.number, code)) {
    case QuizConsoleDelegate::Verdict::Taken:
        replyOk("answer " + number + " (" + code + ") taken for question " + which);
        return;
    case QuizConsoleDelegate::Verdict::Replaced:
        replyOk("answer " + number + " (" + code + ") replaces your answer to question " + which);
        return;
    case QuizConsoleDelegate::Verdict::NoQuestion: replyError("no question is open now"); return;
    case QuizConsoleDelegate::Verdict::WrongQuestion:
        replyError("that question is closed: send QUESTION to read the open one");
        return;
    case QuizConsoleDelegate::Verdict::UnknownChoice:
        replyError("no choice " + argument.left(20) + ": choose " + choiceRange(q.codes.size()));
        return;
    case QuizConsoleDelegate::Verdict::NotStudent: replyError("log in first: USER, then PASS"); return;
    }
}

void QuizConsoleSession::commandLang(const QByteArray &argument)
{
    const QByteArray wanted = argument.toLower();
    if (!m_config.languages.contains(wanted)) {
        replyError("LANG needs one of " + m_config.languages.join(", ") + ": LANG gl");
        return;
    }
    m_language = wanted;
    replyOk("language " + wanted);
}

void QuizConsoleSession::commandHelp()
{
    replyMultiLine("commands follow",
                   {"USER name      log in with your class account (alumno1)", "PASS password",
                    "QUESTION       the question on the projector and its numbered choices",
                    "ANSWER n       choose the reply n (a second answer replaces the first)",
                    "LANG gl|es|en  the language of the choices' meanings", "QUIT"});
}

void QuizConsoleSession::replyOk(const QByteArray &text)
{
    sayLine(text.isEmpty() ? okCode : okCode + ' ' + text, Phase::None, okCode);
}

void QuizConsoleSession::replyError(const QByteArray &text)
{
    sayLine(errorCode + ' ' + text, Phase::None, errorCode);
    ++m_errors;
    if (m_config.maximumErrors > 0 && m_errors >= m_config.maximumErrors)
        close("too many errors: connect again");
}

void QuizConsoleSession::replyMultiLine(const QByteArray &status, const QList<QByteArray> &lines)
{
    Utterance response;
    response.phase = Phase::None;
    response.code = okCode;
    response.role = LineRole::Reply;
    response.restRole = LineRole::ListingLine;
    response.lines.append(okCode + ' ' + status);
    for (const QByteArray &line : lines)
        response.lines.append(DotStuffing::stuff(line));
    response.lines.append(DotStuffing::terminator);
    say(response);
}

void QuizConsoleSession::close(const QByteArray &errorText)
{
    if (m_closed)
        return;
    m_closed = true;
    sayLine(errorCode + ' ' + errorText, Phase::None, errorCode);
    requestClose();
}
