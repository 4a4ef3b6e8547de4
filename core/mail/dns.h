// SPDX-License-Identifier: GPL-3.0-or-later
// dns.h — the simulated DNS: which host receives mail for a domain (MX records).
//
// A relaying server asks for the MX of the recipient's domain (RFC 5321 §5.1)
// and connects to the best (lowest preference) host; each lookup is an event
// on the transcript, with the DNS as a host of its own.
#pragma once

#include <QList>
#include <QMap>
#include <QString>

class Dns
{
public:
    struct MxRecord {
        QString host;
        int preference = 10;
    };

    void addMx(const QString &domain, const QString &host, int preference = 10);
    // Sorted by preference; empty when the domain has no MX. RFC 5321 §5.1 then
    // falls back to the domain's own address record: see implicitMx().
    QList<MxRecord> lookupMx(const QString &domain) const;
    QStringList domains() const { return m_mx.keys(); }

private:
    QMap<QString, QList<MxRecord>> m_mx; // keys in lower case
};
