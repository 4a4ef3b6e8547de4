// SPDX-License-Identifier: GPL-3.0-or-later
// smtpserverauth.cpp — the SMTP server's AUTH (RFC 4954) with the PLAIN
// (RFC 4616) and LOGIN mechanisms: the command with its optional initial
// response, the 334 challenges, the base64 continuation lines (heard as
// sensitive, "*" cancels), and the check of the credentials by the delegate.
// When AUTH may come at all is the command table's decision.
#include "smtpserversession.h"

namespace {

// RFC 4954 §4: the LOGIN mechanism's challenges, "Username:" and "Password:".
const QByteArray loginUserChallenge = "VXNlcm5hbWU6";
const QByteArray loginPasswordChallenge = "UGFzc3dvcmQ6";

QByteArray decodeBase64(const QByteArray &text, bool *ok)
{
    const auto result = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    *ok = bool(result);
    return result.decoded;
}

} // namespace

void SmtpServerSession::commandAuth(const QByteArray &argument, Phase phase)
{
    const qsizetype space = argument.indexOf(' ');
    const QByteArray mechanism = (space < 0 ? argument : argument.left(space)).toUpper();
    const QByteArray initial = space < 0 ? QByteArray() : argument.mid(space + 1).trimmed();
    if (mechanism.isEmpty()) {
        reply(501, "5.5.4", "Syntax: AUTH mechanism [initial-response]", phase, ErrorCount::Count);
        return;
    }
    if (mechanism != "PLAIN" && mechanism != "LOGIN") {
        reply(504, "5.5.4", "Unrecognized authentication type", phase, ErrorCount::Count);
        return;
    }
    m_stateBeforeAuth = m_state;
    if (mechanism == "PLAIN") {
        if (!initial.isEmpty()) {
            // RFC 4954 §4: "=" is an empty initial response.
            finishAuthPlain(initial == "=" ? QByteArray() : initial);
            return;
        }
        m_state = State::AuthLogin;
        m_authStep = AuthStep::PlainResponse;
        // An empty challenge: "334 " with its space (RFC 4954 §4).
        Utterance challenge = Utterance::line("334 ", phase, "334");
        say(challenge);
        return;
    }
    m_state = State::AuthLogin;
    if (initial.isEmpty() || initial == "=") {
        m_authStep = AuthStep::LoginUser;
        reply(334, QByteArray(), loginUserChallenge, phase);
        return;
    }
    bool ok = false;
    m_authUser = decodeBase64(initial, &ok);
    if (!ok) {
        leaveAuthentication();
        reply(501, "5.5.2", "Cannot decode response", phase, ErrorCount::Count);
        return;
    }
    m_authStep = AuthStep::LoginPassword;
    reply(334, QByteArray(), loginPasswordChallenge, phase);
}

void SmtpServerSession::handleAuthResponse(const LineReader::Line &line)
{
    const Phase phase = Phase::Opening;
    m_phase = phase;
    Utterance response = Utterance::line(line.text, phase);
    response.sensitive = true;
    response.role = LineRole::AuthResponse;
    heard(response);

    if (line.overlong || line.bareLineFeed || line.bareCarriageReturn || line.hasNul || line.hasEightBit) {
        leaveAuthentication();
        rejectMalformedLine(line, phase);
        return;
    }
    // RFC 4954 §4: "*" cancels the exchange, answered with 501.
    if (line.text == "*") {
        leaveAuthentication();
        reply(501, "5.7.0", "Authentication aborted", phase);
        return;
    }
    if (m_authStep == AuthStep::PlainResponse) {
        finishAuthPlain(line.text);
        return;
    }
    bool ok = false;
    const QByteArray decoded = decodeBase64(line.text, &ok);
    if (!ok) {
        leaveAuthentication();
        reply(501, "5.5.2", "Cannot decode response", phase, ErrorCount::Count);
        return;
    }
    if (m_authStep == AuthStep::LoginUser) {
        m_authUser = decoded;
        m_authStep = AuthStep::LoginPassword;
        reply(334, QByteArray(), loginPasswordChallenge, phase);
        return;
    }
    finishAuthentication(m_authUser, decoded);
}

void SmtpServerSession::finishAuthPlain(const QByteArray &response)
{
    bool ok = false;
    const QByteArray decoded = decodeBase64(response, &ok);
    if (!ok) {
        leaveAuthentication();
        reply(501, "5.5.2", "Cannot decode response", Phase::Opening, ErrorCount::Count);
        return;
    }
    // RFC 4616 §2: authzid NUL authcid NUL passwd. Acting for another
    // identity (authzid differing from authcid) is not supported.
    const QList<QByteArray> parts = decoded.split('\0');
    if (parts.size() != 3 || parts.at(1).isEmpty()
        || (!parts.at(0).isEmpty() && parts.at(0) != parts.at(1))) {
        leaveAuthentication();
        reply(535, "5.7.8", "Authentication credentials invalid", Phase::Opening, ErrorCount::Count);
        return;
    }
    finishAuthentication(parts.at(1), parts.at(2));
}

void SmtpServerSession::finishAuthentication(const QByteArray &user, const QByteArray &password)
{
    // By value: `user` may be m_authUser, which leaving the exchange clears.
    const QByteArray name = user;
    leaveAuthentication();
    if (!name.isEmpty() && m_delegate && m_delegate->authenticate(name, password)) {
        m_envelope.authenticatedUser = name;
        reply(235, "2.7.0", "Authentication successful", Phase::Opening);
        return;
    }
    reply(535, "5.7.8", "Authentication credentials invalid", Phase::Opening, ErrorCount::Count);
}

void SmtpServerSession::leaveAuthentication()
{
    m_authStep = AuthStep::None;
    m_authUser.clear();
    if (m_state == State::AuthLogin)
        m_state = m_stateBeforeAuth;
}
