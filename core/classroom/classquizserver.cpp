// SPDX-License-Identifier: GPL-3.0-or-later
// classquizserver.cpp — the class's quiz page: sessions, the question held on
// the projector, each student's answer, and the scores at the reveal.
#include "classroom/classquizserver.h"

#include "classroom/classgrader.h"
#include "mail/mailserver.h"
#include "net/connection.h"
#include "web/formdata.h"
#include "web/webtext.h"
#include "world/anvil.h"
#include "world/world.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>

namespace {

const QByteArray cookieName = "carteiro_quiz";
constexpr int maximumConnections = 300;
constexpr int maximumSessions = 1000;
constexpr qint64 sessionIdleMs = 4 * 3600 * 1000; // a lesson
constexpr int failuresCounted = 5; // the delay grows up to this many failures
constexpr int idleTimeoutMs = 60 * 1000;
// A student at a terminal reads the question and thinks: a lesson's while.
constexpr int consoleIdleTimeoutMs = 15 * 60 * 1000;
constexpr int consoleSessionTimeoutMs = 4 * 3600 * 1000;

QByteArray randomToken(int octets)
{
    QByteArray bytes(octets, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), octets / 4);
    return bytes.toHex();
}

bool sameToken(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size() || a.isEmpty())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

// The session cookie's value; empty when there is none or it is not one of ours
// (64 hex digits).
QByteArray cookieValue(const HttpRequest &request)
{
    for (const QByteArray &header : request.headers.values("Cookie")) {
        for (const QByteArray &pair : header.split(';')) {
            const QByteArray trimmed = pair.trimmed();
            if (trimmed.startsWith(cookieName + '=')) {
                const QByteArray value = trimmed.mid(cookieName.size() + 1);
                if (value.size() != 64)
                    return {};
                for (const char c : value) {
                    if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')))
                        return {};
                }
                return value;
            }
        }
    }
    return {};
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

} // namespace

ClassQuizServer::ClassQuizServer(World *world, ClassGrader *grader, const QString &host,
                                 const QString &language, QObject *parent)
    : QObject(parent)
    , m_world(world)
    , m_grader(grader)
    , m_host(host)
    , m_language(language)
{
}

ClassQuizServer::~ClassQuizServer()
{
    close();
}

QString ClassQuizServer::classHost(const World *world)
{
    if (!world || world->scenario().students.isEmpty())
        return QString();
    const QString address = world->scenario().students.constFirst().address;
    const QString domain = address.mid(address.lastIndexOf(QLatin1Char('@')) + 1);
    const MailServer *server = world->serverFor(domain);
    return server ? server->domain() : domain;
}

bool ClassQuizServer::asksQuestions(const Scenario &scenario)
{
    return !scenario.students.isEmpty()
        && std::any_of(scenario.steps.cbegin(), scenario.steps.cend(),
                       [](const ScenarioStep &s) { return s.kind == ScenarioStep::Kind::Predict; });
}

bool ClassQuizServer::planned(const World &world, QHostAddress *address, quint16 *port, quint16 *consolePort)
{
    const QString host = classHost(&world);
    if (host.isEmpty())
        return false;
    const World::Options &options = world.options();
    QHostAddress where = options.listenAddress.isNull() ? world.addressOf(host) : options.listenAddress;
    if (where.isNull())
        where = QHostAddress(QHostAddress::LocalHost);
    const int page = standardPort + options.portOffset;
    const int console = standardConsolePort + options.portOffset;
    if (page > 65535 || console > 65535)
        return false;
    *address = where;
    *port = quint16(page);
    *consolePort = quint16(console);
    return true;
}

QString ClassQuizServer::pageUrl(const QHostAddress &address, quint16 port)
{
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
        ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
        : address.toString();
    return QStringLiteral("http://%1:%2/").arg(host).arg(port);
}

QString ClassQuizServer::consoleCommand(const QHostAddress &address, quint16 port)
{
    return QStringLiteral("telnet %1 %2").arg(address.toString()).arg(port);
}

bool ClassQuizServer::listen(QString *error)
{
    if (!m_world)
        return false;
    const World::Options &options = m_world->options();
    QHostAddress address = options.listenAddress.isNull() ? m_world->addressOf(m_host)
                                                          : options.listenAddress;
    if (address.isNull())
        address = QHostAddress(QHostAddress::LocalHost);
    const int port = options.ephemeralPorts ? 0 : standardPort + options.portOffset;
    const int consolePort = options.ephemeralPorts ? 0 : standardConsolePort + options.portOffset;
    if (!bindListener(&m_listener, port, address, error))
        return false;
    if (!bindListener(&m_consoleListener, consolePort, address, error)) {
        if (error)
            *error = QCoreApplication::translate("ClassQuiz",
                                                 "The class's quiz console cannot listen on %1 port %2: %3")
                         .arg(address.toString())
                         .arg(consolePort)
                         .arg(*error);
        close();
        return false;
    }
    connect(m_listener, &QTcpServer::newConnection, this, &ClassQuizServer::accept);
    connect(m_consoleListener, &QTcpServer::newConnection, this, &ClassQuizServer::acceptConsole);
    return true;
}

bool ClassQuizServer::bindListener(QTcpServer **listener, int port, const QHostAddress &address,
                                   QString *error)
{
    *listener = new QTcpServer(this);
    (*listener)->setMaxPendingConnections(World::listenBacklog);
    if (port > 65535 || !(*listener)->listen(address, quint16(port))) {
        if (error) {
            *error = listener == &m_listener
                ? QCoreApplication::translate("ClassQuiz",
                                              "The class's quiz page cannot listen on %1 port %2: %3")
                      .arg(address.toString())
                      .arg(port)
                      .arg((*listener)->errorString())
                : (*listener)->errorString();
        }
        delete *listener;
        *listener = nullptr;
        return false;
    }
    return true;
}

QHostAddress ClassQuizServer::address() const
{
    return m_listener ? m_listener->serverAddress() : QHostAddress();
}

quint16 ClassQuizServer::port() const
{
    return m_listener ? m_listener->serverPort() : 0;
}

QHostAddress ClassQuizServer::consoleAddress() const
{
    return m_consoleListener ? m_consoleListener->serverAddress() : QHostAddress();
}

quint16 ClassQuizServer::consolePort() const
{
    return m_consoleListener ? m_consoleListener->serverPort() : 0;
}

void ClassQuizServer::close()
{
    for (QTcpServer **listener : {&m_listener, &m_consoleListener}) {
        if (*listener) {
            (*listener)->close();
            delete *listener;
            *listener = nullptr;
        }
    }
    const QSet<Connection *> open = m_connections;
    m_connections.clear();
    for (Connection *c : open) {
        disconnect(c, nullptr, this, nullptr);
        c->abort();
        c->deleteLater();
    }
}

void ClassQuizServer::setQuiz(PredictionQuiz *quiz)
{
    if (m_quiz)
        disconnect(m_quiz, nullptr, this, nullptr);
    m_quiz = quiz;
    m_open = false;
    m_answers.clear();
    if (quiz) {
        connect(quiz, &PredictionQuiz::asked, this, &ClassQuizServer::onAsked);
        connect(quiz, &PredictionQuiz::answered, this, &ClassQuizServer::onAnswered);
    }
}

int ClassQuizServer::studentCount() const
{
    return m_grader ? int(m_grader->students().size()) : 0;
}

void ClassQuizServer::onAsked(const PredictionQuiz::Question &question)
{
    m_question = question;
    m_open = true;
    m_answers.clear();
    Q_EMIT answersChanged(0, studentCount());
}

void ClassQuizServer::onAnswered(const PredictionQuiz::Result &result)
{
    if (!m_open || result.question.number != m_question.number)
        return;
    m_open = false;
    const QString real = QString::fromLatin1(result.code);
    int right = 0;
    for (auto it = m_answers.cbegin(); it != m_answers.cend(); ++it)
        right += it.value() == real ? 1 : 0;
    m_lastQuestion = m_question.number;
    m_lastCode = real;
    m_lastAnswers = m_answers;
    m_lastAnswered = int(m_answers.size());
    m_lastRight = right;
    if (m_grader)
        m_grader->recordPrediction(m_question.number, m_answers, real);
    Q_EMIT revealed(m_question.number, m_lastAnswered, right);
}

ClassQuizServer::Verdict ClassQuizServer::answer(int student, int question, const QString &code)
{
    if (student < 0 || student >= studentCount())
        return Verdict::NotStudent;
    if (!m_open)
        return Verdict::NoQuestion;
    if (question != m_question.number)
        return Verdict::WrongQuestion;
    if (!m_question.choices.contains(code))
        return Verdict::UnknownChoice;
    const bool replaced = m_answers.contains(student);
    m_answers.insert(student, code);
    Q_EMIT answersChanged(int(m_answers.size()), studentCount());
    return replaced ? Verdict::Replaced : Verdict::Taken;
}

// ---- connections -------------------------------------------------------------------

Connection::Endpoints ClassQuizServer::studentEnds(const QTcpSocket *socket, const QString &service) const
{
    Connection::Endpoints ends;
    ends.localHost = m_host;
    ends.peerHost = QCoreApplication::translate("World", "outside %1")
                        .arg(Anvil::clientAddress(socket->peerAddress()).toString());
    ends.peerIsOutside = true;
    ends.role = Connection::Role::Server;
    ends.service = service;
    return ends;
}

void ClassQuizServer::adopt(Connection *connection)
{
    m_connections.insert(connection);
    connect(connection, &Connection::finished, this, [this](Connection *c) {
        m_connections.remove(c);
        c->deleteLater();
    });
    connection->begin();
}

void ClassQuizServer::accept()
{
    while (QTcpSocket *socket = m_listener->nextPendingConnection()) {
        if (!m_world || m_connections.size() >= maximumConnections) {
            // Nothing said: a class has far fewer browsers than this.
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const Connection::Endpoints ends = studentEnds(socket, QStringLiteral("http"));
        HttpServerConfig config;
        config.requestLineLimit = 2048;
        config.headerSectionLimit = 16 * 1024;
        config.headerCountLimit = 50;
        config.bodyLimit = 16 * 1024;
        config.requestsPerConnection = 100;
        config.carriesSecret = [](const HttpRequest &request) {
            return request.method == "POST" && request.path() == "/login";
        };
        QPointer<ClassQuizServer> self(this);
        auto engine = std::make_unique<HttpServerSession>(
            config, [self](const HttpRequest &request, HttpResponder responder) {
                if (self)
                    self->handle(request, responder);
            });
        auto *connection = new Connection(m_world->takeConnectionId(), socket, std::move(engine), ends,
                                          m_world->gate(), m_world->transcript(), this);
        connection->setIdleTimeout(idleTimeoutMs);
        connection->setSessionTimeout(10 * 60 * 1000);
        // A failed log-in is answered later (its delay): that answer goes
        // out, and the requests that waited behind it are read.
        QPointer<Connection> guarded(connection);
        static_cast<HttpServerSession *>(connection->engine())->setAnsweredLater([guarded] {
            if (guarded && guarded->isOpen())
                guarded->pump();
        });
        adopt(connection);
    }
}

void ClassQuizServer::acceptConsole()
{
    while (QTcpSocket *socket = m_consoleListener->nextPendingConnection()) {
        if (!m_world || m_connections.size() >= maximumConnections) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        const Connection::Endpoints ends = studentEnds(socket, consoleServiceName());
        QuizConsoleConfig config;
        config.host = m_host.toUtf8();
        config.language = (m_language.isEmpty() ? QStringLiteral("gl") : m_language).toLatin1();
        config.languages.clear();
        for (const QString &code : Web::languages())
            config.languages.append(code.toLatin1());
        QuizConsoleDelegate *delegate = this; // a private base: converted here
        auto engine = std::make_unique<QuizConsoleSession>(config, delegate);
        QuizConsoleSession *console = engine.get();
        auto *connection = new Connection(m_world->takeConnectionId(), socket, std::move(engine), ends,
                                          m_world->gate(), m_world->transcript(), this);
        connection->setIdleTimeout(consoleIdleTimeoutMs);
        connection->setSessionTimeout(consoleSessionTimeoutMs);
        // A failed log-in is answered after its delay: then passed on.
        QPointer<Connection> guarded(connection);
        console->setAnsweredLater([guarded] {
            if (guarded && guarded->isOpen())
                guarded->pump();
        });
        adopt(connection);
    }
}

void ClassQuizServer::checkLogIn(const QString &user, const QString &password,
                                 const std::function<void(int)> &done)
{
    const int student = studentOf(user);
    bool ok = false;
    if (student >= 0 && m_world && m_grader) {
        const QString address = m_grader->students().at(student).address;
        MailServer *server = m_world->serverFor(address.mid(address.lastIndexOf(QLatin1Char('@')) + 1));
        ok = server && server->authenticate(user.toUtf8(), password.toUtf8());
    }
    const QString key = user.trimmed().toLower();
    if (ok) {
        m_failures.remove(key);
        done(student);
        return;
    }
    // Slowed down, never shut out (as the webmail): each failure for this
    // user waits longer, up to five times the delay; the right password
    // is taken at once, however many failures came before.
    if (m_failures.size() > 10000) // names made up by the thousand: bounded
        m_failures.clear();
    int failures = failuresCounted;
    if (key.size() <= 200) {
        failures = qMin(m_failures.value(key) + 1, failuresCounted);
        m_failures.insert(key, failures);
    }
    QTimer::singleShot(m_loginDelayMs * failures, Qt::PreciseTimer, this, [done] { done(-1); });
}

void ClassQuizServer::logIn(const QByteArray &user, const QByteArray &password, LoggedIn done)
{
    checkLogIn(QString::fromUtf8(user), QString::fromUtf8(password), [this, done](int student) {
        const QByteArray address = student >= 0 && m_grader && student < m_grader->students().size()
            ? m_grader->students().at(student).address.toUtf8()
            : QByteArray();
        done(student, address);
    });
}

QuizConsoleQuestion ClassQuizServer::openQuestion(int student, const QByteArray &language)
{
    QuizConsoleQuestion q;
    const QString lang = QString::fromLatin1(language);
    if (m_open) {
        q.number = m_question.number;
        q.host = m_question.host.toUtf8();
        q.command = PredictionQuiz::shownCommand(m_question.command);
        for (const QString &code : m_question.choices) {
            q.codes.append(code.toUtf8());
            q.meanings.append(PredictionQuiz::meaning(code, lang).toUtf8());
        }
        q.mine = m_answers.value(student).toUtf8();
    } else if (m_lastQuestion > 0) {
        q.lastNumber = m_lastQuestion;
        q.lastCode = m_lastCode.toUtf8();
        q.lastMine = m_lastAnswers.value(student).toUtf8();
    }
    return q;
}

QuizConsoleDelegate::Verdict ClassQuizServer::takeAnswer(int student, int number, const QByteArray &code)
{
    using Console = QuizConsoleDelegate::Verdict;
    switch (answer(student, number, QString::fromUtf8(code))) {
    case Verdict::Taken: return Console::Taken;
    case Verdict::Replaced: return Console::Replaced;
    case Verdict::NoQuestion: return Console::NoQuestion;
    case Verdict::WrongQuestion: return Console::WrongQuestion;
    case Verdict::UnknownChoice: return Console::UnknownChoice;
    case Verdict::NotStudent: return Console::NotStudent;
    }
    return Console::NotStudent;
}

// ---- sessions, responses --------------------------------------------------------------

ClassQuizServer::Session *ClassQuizServer::sessionFor(Exchange *x, bool create)
{
    const QByteArray id = cookieValue(x->request);
    Session *s = nullptr;
    auto it = m_sessions.find(id);
    if (!id.isEmpty() && it != m_sessions.end()) {
        if (nowMs() - it->lastUsedMs > sessionIdleMs)
            m_sessions.erase(it);
        else
            s = &it.value();
    }
    if (!s && create) {
        if (m_sessions.size() >= maximumSessions) {
            // The oldest that nobody logged in to goes first: a script asking
            // for the page again and again cannot log the class out.
            auto oldest = std::min_element(m_sessions.begin(), m_sessions.end(),
                                           [](const Session &a, const Session &b) {
                                               if ((a.student < 0) != (b.student < 0))
                                                   return a.student < 0;
                                               return a.lastUsedMs < b.lastUsedMs;
                                           });
            if (oldest != m_sessions.end())
                m_sessions.erase(oldest);
        }
        Session fresh;
        fresh.id = randomToken(32);
        fresh.csrf = randomToken(16);
        s = &m_sessions.insert(fresh.id, fresh).value();
        x->newCookie = true;
    }
    if (s) {
        s->lastUsedMs = nowMs();
        const QString asked = FormData::fromUrlEncoded(x->request.query()).value(QStringLiteral("lang"));
        if (Web::languages().contains(asked))
            s->language = asked;
        if (!s->language.isEmpty())
            x->language = s->language;
    }
    x->session = s;
    return s;
}

QString ClassQuizServer::say(const Exchange &x, const char *source) const
{
    return Web::translate(x.language, "ClassQuiz", source);
}

QByteArray ClassQuizServer::frame(const Exchange &x, const QByteArray &content) const
{
    QByteArray languages;
    for (const QString &code : Web::languages()) {
        languages += code == x.language
            ? "<b>" + code.toLatin1() + "</b> "
            : "<a href=\"/?lang=" + code.toLatin1() + "\">" + code.toLatin1() + "</a> ";
    }
    return "<main>" + content + "<p class=\"languages\">" + languages + "</p></main>";
}

void ClassQuizServer::respond(const Exchange &x, int status, const QByteArray &body,
                              const QByteArray &refresh)
{
    const QByteArray title = Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Predict the reply")));
    QByteArray html = "<!DOCTYPE html>\n<html lang=\"" + x.language.toLatin1()
        + "\">\n<head><meta charset=\"utf-8\">"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    if (!refresh.isEmpty())
        html += "<meta http-equiv=\"refresh\" content=\"" + refresh + "\">";
    html += "<title>" + title
        + "</title>\n<style>body{font-family:sans-serif;max-width:40em;margin:1em auto;padding:0 1em}"
          "pre{background:#eef;padding:.5em;font-size:1.3em}label{display:block;margin:.4em 0}"
          ".right{color:#1b7f3b}.wrong{color:#a03a3a}.error{color:#a03a3a;font-weight:bold}</style>"
          "</head>\n<body>\n<h1>"
        + title + "</h1>\n" + frame(x, body) + "\n</body>\n</html>\n";
    HttpResponse response = HttpResponse::withBody(status, "text/html; charset=utf-8", html);
    response.headers.append("Cache-Control", "no-store");
    response.headers.append("X-Content-Type-Options", "nosniff");
    response.headers.append("X-Frame-Options", "DENY");
    response.headers.append("Content-Security-Policy",
                            "default-src 'none'; style-src 'unsafe-inline'; "
                            "form-action 'self'; frame-ancestors 'none'");
    if (x.newCookie && x.session)
        response.headers.append("Set-Cookie",
                                cookieName + '=' + x.session->id + "; Path=/; HttpOnly; SameSite=Strict");
    x.responder.respond(response);
}

void ClassQuizServer::redirectHome(const Exchange &x)
{
    HttpResponse response = HttpResponse::redirect(303, "/");
    response.headers.append("Cache-Control", "no-store");
    if (x.newCookie && x.session)
        response.headers.append("Set-Cookie",
                                cookieName + '=' + x.session->id + "; Path=/; HttpOnly; SameSite=Strict");
    x.responder.respond(response);
}

void ClassQuizServer::refuse(const Exchange &x, int status, const QString &text)
{
    respond(x, status,
            "<p class=\"error\">" + Web::escape(text) + "</p><p><a href=\"/\">"
                + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Back to the question"))) + "</a></p>");
}

bool ClassQuizServer::formIsCurrent(const Exchange &x, const FormData &form)
{
    if (x.session && sameToken(x.session->csrf, form.value(QStringLiteral("csrf")).toLatin1()))
        return true;
    refuse(x, 403,
           say(x,
               QT_TRANSLATE_NOOP("ClassQuiz",
                                 "This form is out of date (its token does not match your "
                                 "session). Open the page again.")));
    return false;
}

int ClassQuizServer::studentOf(const QString &user) const
{
    if (!m_grader)
        return -1;
    const QList<ClassGrader::Student> &students = m_grader->students();
    for (int s = 0; s < students.size(); ++s) {
        const ClassGrader::Student &student = students.at(s);
        if (user.contains(QLatin1Char('@')) ? user.compare(student.address, Qt::CaseInsensitive) == 0
                                            : user.compare(student.login, Qt::CaseInsensitive) == 0)
            return s;
    }
    return -1;
}

// ---- pages -------------------------------------------------------------------------

void ClassQuizServer::handle(const HttpRequest &request, const HttpResponder &responder)
{
    Exchange x;
    x.request = request;
    x.responder = responder;
    x.language = Web::negotiateLanguage(request.headers.value("Accept-Language"),
                                        m_language.isEmpty() ? QStringLiteral("gl") : m_language);
    const QByteArray path = request.path();
    const bool get = request.method == "GET" || request.method == "HEAD";
    if (get && path == "/") {
        Session *s = sessionFor(&x, true);
        if (s->student < 0)
            loginPage(x);
        else
            questionPage(x);
        return;
    }
    if (request.method == "POST" && (path == "/login" || path == "/answer" || path == "/logout")) {
        sessionFor(&x, false);
        // A form of ours is url-encoded, never larger than a few fields.
        const QByteArray type = request.headers.value("Content-Type").trimmed().toLower();
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            refuse(x, 415,
                   say(x,
                       QT_TRANSLATE_NOOP("ClassQuiz",
                                         "This form must be sent as "
                                         "application/x-www-form-urlencoded.")));
            return;
        }
        if (!x.session) {
            refuse(x, 403,
                   say(x,
                       QT_TRANSLATE_NOOP("ClassQuiz",
                                         "No session: your browser must accept this page's "
                                         "cookie. Open the page again and log in.")));
            return;
        }
        if (path == "/login")
            login(x);
        else if (path == "/logout")
            logout(x);
        else
            postAnswer(x);
        return;
    }
    sessionFor(&x, false);
    if (request.method == "POST")
        refuse(x, 404, say(x, QT_TRANSLATE_NOOP("ClassQuiz", "There is no such form here.")));
    else
        refuse(x, 404, say(x, QT_TRANSLATE_NOOP("ClassQuiz", "There is no such page here.")));
}

void ClassQuizServer::loginPage(const Exchange &x, int status, const QString &error, const QString &user)
{
    QByteArray body;
    body += "<p>"
        + Web::escape(say(x,
                          QT_TRANSLATE_NOOP("ClassQuiz",
                                            "Log in with your class account to answer the "
                                            "teacher's questions.")))
        + "</p>";
    if (!error.isEmpty())
        body += "<p class=\"error\">" + Web::escape(error) + "</p>";
    body += "<form method=\"post\" action=\"/login\">"
            "<input type=\"hidden\" name=\"csrf\" value=\""
        + (x.session ? x.session->csrf : QByteArray()) + "\">" + "<label>"
        + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "User")))
        + " <input name=\"user\" autocomplete=\"username\" value=\"" + Web::escape(user) + "\"></label>"
        + "<label>" + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Password")))
        + " <input name=\"password\" type=\"password\" autocomplete=\"current-password\"></label>"
        + "<button type=\"submit\">" + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Log in")))
        + "</button></form>";
    respond(x, status, body);
}

void ClassQuizServer::questionPage(const Exchange &x)
{
    const Session &s = *x.session;
    const ClassGrader::Student *student = m_grader && s.student < m_grader->students().size()
        ? &m_grader->students().at(s.student)
        : nullptr;
    QByteArray body;
    body += "<form method=\"post\" action=\"/logout\"><p>"
        + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Logged in as %1"))
                          .arg(student ? student->address : QString()))
        + " <input type=\"hidden\" name=\"csrf\" value=\"" + s.csrf + "\"><button type=\"submit\">"
        + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Log out"))) + "</button></p></form>";
    QByteArray refresh;
    if (m_open) {
        const QString mine = m_answers.value(s.student);
        body += "<h2>"
            + Web::escape(
                    say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Question %1: what will %2 answer to this line?"))
                        .arg(m_question.number)
                        .arg(m_question.host))
            + "</h2><pre>" + Web::escape(PredictionQuiz::shownCommand(m_question.command)) + "</pre>";
        if (!mine.isEmpty()) {
            body += "<p class=\"right\">"
                + Web::escape(say(x,
                                  QT_TRANSLATE_NOOP("ClassQuiz",
                                                    "Your answer: %1. You may change it while the "
                                                    "question is open."))
                                  .arg(mine))
                + "</p>";
            refresh = "4"; // until the teacher reveals the reply
        }
        body += "<form method=\"post\" action=\"/answer\">"
                "<input type=\"hidden\" name=\"csrf\" value=\""
            + s.csrf + "\"><input type=\"hidden\" name=\"question\" value=\""
            + QByteArray::number(m_question.number) + "\">";
        for (const QString &code : m_question.choices) {
            const QString meaning = PredictionQuiz::meaning(code, x.language);
            body += "<label><input type=\"radio\" name=\"choice\" value=\"" + Web::escape(code) + "\""
                + (code == mine ? " checked" : "") + "> <b>" + Web::escape(code) + "</b>"
                + (meaning.isEmpty() ? QByteArray() : " — " + Web::escape(meaning)) + "</label>";
        }
        body += "<button type=\"submit\">" + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Answer")))
            + "</button></form>";
    } else {
        refresh = "3";
        body += "<p>"
            + Web::escape(say(x,
                              QT_TRANSLATE_NOOP("ClassQuiz",
                                                "No question right now. This page looks again "
                                                "every few seconds.")))
            + "</p>";
        if (m_lastQuestion > 0) {
            const QString meaning = PredictionQuiz::meaning(m_lastCode, x.language);
            body += "<p>"
                + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Question %1: the server answered %2."))
                                  .arg(m_lastQuestion)
                                  .arg(m_lastCode))
                + (meaning.isEmpty() ? QByteArray() : " (" + Web::escape(meaning) + ")") + "</p>";
            const auto mine = m_lastAnswers.constFind(s.student);
            if (mine == m_lastAnswers.cend())
                body += "<p>" + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "You did not answer it.")))
                    + "</p>";
            else if (mine.value() == m_lastCode)
                body += "<p class=\"right\">"
                    + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "You answered %1: right!"))
                                      .arg(mine.value()))
                    + "</p>";
            else
                body += "<p class=\"wrong\">"
                    + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "You answered %1: not this time."))
                                      .arg(mine.value()))
                    + "</p>";
        }
    }
    if (student && student->predictionsAsked > 0)
        body += "<p>"
            + Web::escape(say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Your score: %1 right of %2 questions."))
                              .arg(student->predictionsRight)
                              .arg(student->predictionsAsked))
            + "</p>";
    respond(x, 200, body, refresh);
}

void ClassQuizServer::login(const Exchange &x)
{
    const FormData form = FormData::fromUrlEncoded(x.request.body, 10);
    if (!form.problem.isEmpty() || !form.has(QStringLiteral("user"))
        || !form.has(QStringLiteral("password"))) {
        refuse(x, 400,
               say(x, QT_TRANSLATE_NOOP("ClassQuiz", "The log-in form needs a user and a password.")));
        return;
    }
    if (!formIsCurrent(x, form))
        return;
    const QString user = form.value(QStringLiteral("user")).trimmed();
    const QString password = form.value(QStringLiteral("password"));
    const QByteArray sessionId = x.session->id;
    checkLogIn(user, password, [this, x, user, sessionId](int student) {
        // Later, after a failure's delay: the session is looked up again.
        Exchange now = x;
        const auto it = m_sessions.find(sessionId);
        now.session = it == m_sessions.end() ? nullptr : &it.value();
        if (student < 0 || !now.session) {
            loginPage(
                now, 403,
                say(now,
                    QT_TRANSLATE_NOOP("ClassQuiz", "Wrong user or password (the class's accounts only).")),
                user.left(200));
            return;
        }
        // A new session at log-in: a cookie someone planted before is worth nothing.
        Session fresh;
        fresh.id = randomToken(32);
        fresh.csrf = randomToken(16);
        fresh.student = student;
        fresh.language = now.session->language;
        fresh.lastUsedMs = nowMs();
        m_sessions.remove(sessionId);
        Exchange next = now;
        next.session = &m_sessions.insert(fresh.id, fresh).value();
        next.newCookie = true;
        redirectHome(next);
    });
}

void ClassQuizServer::logout(const Exchange &x)
{
    const FormData form = FormData::fromUrlEncoded(x.request.body, 10);
    if (!formIsCurrent(x, form))
        return;
    x.session->student = -1;
    redirectHome(x);
}

void ClassQuizServer::postAnswer(const Exchange &x)
{
    const FormData form = FormData::fromUrlEncoded(x.request.body, 10);
    if (x.session->student < 0) {
        refuse(x, 403,
               say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Log in first: only the class's students answer.")));
        return;
    }
    if (!formIsCurrent(x, form))
        return;
    bool numbered = false;
    const int question = form.value(QStringLiteral("question")).toInt(&numbered);
    if (!form.problem.isEmpty() || !numbered || !form.has(QStringLiteral("choice"))) {
        refuse(x, 400,
               say(x, QT_TRANSLATE_NOOP("ClassQuiz", "The answer form needs a question and a choice.")));
        return;
    }
    switch (answer(x.session->student, question, form.value(QStringLiteral("choice")))) {
    case Verdict::Taken:
    case Verdict::Replaced: redirectHome(x); return;
    case Verdict::NoQuestion:
        refuse(x, 409,
               say(x, QT_TRANSLATE_NOOP("ClassQuiz", "No question is open now: the reply was revealed.")));
        return;
    case Verdict::WrongQuestion:
        refuse(x, 409,
               say(x, QT_TRANSLATE_NOOP("ClassQuiz", "That question is closed: another one is open now.")));
        return;
    case Verdict::UnknownChoice:
        refuse(x, 400, say(x, QT_TRANSLATE_NOOP("ClassQuiz", "That is not one of the question's choices.")));
        return;
    case Verdict::NotStudent:
        refuse(x, 403,
               say(x, QT_TRANSLATE_NOOP("ClassQuiz", "Log in first: only the class's students answer.")));
        return;
    }
}
