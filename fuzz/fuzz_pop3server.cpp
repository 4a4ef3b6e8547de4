// SPDX-License-Identifier: GPL-3.0-or-later
// fuzz_pop3server.cpp — Pop3ServerSession fed whatever a client may send.
//
// Input: see fuzzsupport.h. Options: bit 0 the maildrop is locked already
// (another session holds it), bit 1 an empty maildrop, bit 2 a fault that
// answers -ERR to RETR (as a scenario's "fail" does), bit 3 three errors end
// the session, bit 7 the idle deadline ends it instead of a dropped connection.
// Checked besides the sanitizers: no line written carries CR or LF, the lock
// is always given back, and only messages that exist are removed, once, and
// only in the UPDATE state (after QUIT, RFC 1939 §6).
#include "fuzzsupport.h"
#include "protocol/pop3serversession.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace {

class Maildrop : public Pop3Maildrop
{
public:
    bool checkPassword(const QByteArray &user, const QByteArray &password) override
    {
        return user == "fran" && password == "claveejemplo";
    }
    QByteArray apopSecret(const QByteArray &user) override
    {
        return user == "fran" ? QByteArray("claveejemplo") : QByteArray();
    }
    bool lock(const QByteArray &user) override
    {
        if (locked.contains(user))
            return false;
        locked.insert(user);
        return true;
    }
    void unlock(const QByteArray &user) override
    {
        FUZZ_CHECK(locked.contains(user));
        locked.remove(user);
    }
    QList<Pop3StoredMessage> messages(const QByteArray &user) override { return boxes.value(user); }
    quint64 remove(const QByteArray &user, const QList<QByteArray> &uids) override
    {
        FUZZ_CHECK(locked.contains(user));
        FUZZ_CHECK(removeCalls == 0);
        ++removeCalls;
        QList<Pop3StoredMessage> &box = boxes[user];
        for (const QByteArray &uid : uids) {
            const auto found = std::find_if(box.begin(), box.end(),
                                            [&](const Pop3StoredMessage &m) { return m.uid == uid; });
            FUZZ_CHECK(found != box.end());
            box.erase(found);
        }
        return 0;
    }

    QHash<QByteArray, QList<Pop3StoredMessage>> boxes;
    QSet<QByteArray> locked;
    int removeCalls = 0;
};

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Fuzz::EngineInput input = Fuzz::engineInput(data, size);
    Maildrop maildrop;
    static const char odd[] = "Subject: odd\r\n\r\n\xc3\xa1\0\r\nno final line end";
    if (!(input.options & 0x02)) {
        maildrop.boxes["fran"] = {
            {"uid-1", "From: ana@cliente.fr\r\nSubject: Ola\r\n\r\nOla, Fran.\r\n"},
            {"uid-2", "Subject: dots\r\n\r\n.\r\n..\r\n.start\r\nend\r\n"},
            {"uid-3", QByteArray(odd, sizeof(odd) - 1)},
        };
    }
    if (input.options & 0x01)
        maildrop.locked.insert("fran");
    Pop3ServerConfig config;
    config.domain = "servidor.edu";
    config.timestamp = "<1.2@servidor.edu>"; // fixed: the same input does the same
    if (input.options & 0x04) {
        config.fault = [](const QByteArray &command, const QByteArray &) {
            return command == "RETR" ? QByteArray("-ERR fault injected") : QByteArray();
        };
    }
    if (input.options & 0x08)
        config.maximumErrors = 3;
    {
        Pop3ServerSession session(config, &maildrop);
        Fuzz::play(&session, input);
    }
    // The destructor gives the lock back if the session still held it.
    if (input.options & 0x01)
        FUZZ_CHECK(maildrop.locked == QSet<QByteArray>{"fran"});
    else
        FUZZ_CHECK(maildrop.locked.isEmpty());
    return 0;
}
