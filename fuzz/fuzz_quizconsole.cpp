// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_quizconsole.cpp — QuizConsoleSession fed whatever a student's
// terminal may send (the class's quiz from telnet, issue 17).
//
// Input: see fuzzsupport.h. Options: bit 0 a question is open, bit 1 the
// open question is a second one (an answer to the first is stale), bit 2
// the log-in is refused whatever the password, bit 3 three errors end the
// session, bit 7 the idle deadline ends it instead of a dropped connection.
// Checked besides the sanitizers and fuzzsupport.h's own checks: an answer
// reaches the class only from a logged-in student, for the question that is
// open, with one of its choices; the password is never said back; a
// connection whose log-ins all fail ends after maximumLoginFailures of them.
#include "fuzzsupport.h"
#include "protocol/quizconsolesession.h"

namespace {

class Quiz : public QuizConsoleDelegate
{
public:
    void logIn(const QByteArray &user, const QByteArray &password, LoggedIn done) override
    {
        ++logIns;
        if (!refuseAll && user == "alumno1" && password == "segredo-7")
            done(0, "alumno1@2esi.org");
        else
            done(-1, QByteArray());
    }
    QuizConsoleQuestion openQuestion(int student, const QByteArray &language) override
    {
        FUZZ_CHECK(student == 0);
        FUZZ_CHECK(language == "gl" || language == "es" || language == "en");
        QuizConsoleQuestion question;
        if (open) {
            question.number = number;
            question.host = "cliente.fr";
            question.command = "RCPT TO:<fran@servidor.edu>";
            question.codes = {"250", "450", "550"};
            question.meanings = {"aceptado", "", "rexeitado"};
            question.mine = mine;
        } else {
            question.lastNumber = 1;
            question.lastCode = "250";
            question.lastMine = mine;
        }
        return question;
    }
    Verdict takeAnswer(int student, int asked, const QByteArray &code) override
    {
        FUZZ_CHECK(student == 0);
        if (!open)
            return Verdict::NoQuestion;
        if (asked != number)
            return Verdict::WrongQuestion;
        if (code != "250" && code != "450" && code != "550")
            return Verdict::UnknownChoice;
        const bool replaced = !mine.isEmpty();
        mine = code;
        return replaced ? Verdict::Replaced : Verdict::Taken;
    }

    bool open = false;
    bool refuseAll = false;
    int number = 1;
    int logIns = 0;
    QByteArray mine;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    Quiz quiz;
    quiz.open = input.options & 0x01;
    quiz.number = (input.options & 0x02) ? 2 : 1;
    quiz.refuseAll = input.options & 0x04;
    QuizConsoleConfig config;
    config.host = "2esi.org";
    if (input.options & 0x08)
        config.maximumErrors = 3;
    QuizConsoleSession session(config, &quiz);
    bool closed = false;
    session.start();
    // As Fuzz::play, but every line said is also checked for the password.
    const auto drain = [&] {
        const QList<Utterance> output = session.takeOutput();
        for (const Utterance &utterance : output) {
            FUZZ_CHECK(!closed);
            for (const QByteArray &line : utterance.lines) {
                FUZZ_CHECK(!line.contains('\r'));
                FUZZ_CHECK(!line.contains('\n'));
                FUZZ_CHECK(!line.contains("segredo-7"));
            }
            if (utterance.closeAfter)
                closed = true;
        }
        session.takeHeard();
    };
    drain();
    const qsizetype step = input.chunk > 0 ? input.chunk : qMax<qsizetype>(1, input.stream.size());
    for (qsizetype at = 0; at < input.stream.size() && !session.wantsClose(); at += step) {
        session.receive(input.stream.mid(at, step));
        drain();
    }
    FUZZ_CHECK(session.wantsClose() == closed);
    if (!closed) {
        if (input.options & 0x80)
            session.timeout();
        else
            session.connectionLost();
        drain();
    }
    // Five failed log-ins on one connection end it (the student connects again).
    if (quiz.refuseAll)
        FUZZ_CHECK(quiz.logIns <= config.maximumLoginFailures);
    return 0;
}
