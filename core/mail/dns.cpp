// SPDX-License-Identifier: GPL-3.0-or-later
// dns.cpp — the simulated DNS's MX table.
//
// Domains and hosts are kept in lower case, as DNS names compare without
// case. A lookup sorts a copy of the domain's records by preference with a
// stable sort, so records of equal preference keep the order they were added
// in (RFC 5321 §5.1 has a client randomize among them; here the answer is the
// same every time). An unknown domain gives an empty list, and the caller
// falls back to the domain itself.
#include "dns.h"

#include <algorithm>

void Dns::addMx(const QString &domain, const QString &host, int preference)
{
    m_mx[domain.toLower()].append({host.toLower(), preference});
}

QList<Dns::MxRecord> Dns::lookupMx(const QString &domain) const
{
    QList<MxRecord> records = m_mx.value(domain.toLower());
    std::stable_sort(records.begin(), records.end(),
                     [](const MxRecord &a, const MxRecord &b) { return a.preference < b.preference; });
    return records;
}
